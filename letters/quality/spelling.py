"""Spelling, through pyspellchecker's English frequency list (about 160,000 words, all
offline) plus the trades' jargon and British spellings (``jobterms``).

Never flagged: names from the interview (people, the company, capitalised words of the
notes and answers), the user's own dictionary, acronyms, CamelCase, codes, URLs and
email addresses, and a capitalised word inside a sentence (a proper noun) unless it
nearly spells a known name.
"""

from __future__ import annotations

from functools import cache

from spellchecker import SpellChecker

from letters.quality.context import Context
from letters.quality.jobterms import BRITISH_SPELLINGS, BRITISH_TO_AMERICAN, JOB_TERMS, PREFIXES
from letters.quality.patterns import SIGN_OFFS
from letters.quality.rules import Finding, finding
from letters.quality.text import TOKEN_RE, fold, name_tokens, near_miss, split_sentences

MAX_LISTED = 8
MAX_WORD_LENGTH = 40  # longer "words" are codes or noise, not spelling


def check_spelling(
    subject: str, body: str, context: Context, greeted: frozenset[str] = frozenset()
) -> list[Finding]:
    """``greeted``: the names in the greeting, which the greeting check judges."""
    checker = spellchecker()
    known = [w for n in (context.recipient, *context.known_names) for w in name_tokens(n)]
    skip = context.proper_nouns | context.personal_words | context.name_words | greeted
    suspects: dict[str, tuple[str, str | None]] = {}  # lower case -> (as written, known name)
    for sentence in [subject, *split_sentences(before_signature(body))]:
        for index, word in enumerate(_words(sentence)):
            lowered = word.lower()
            if lowered in suspects or fold(word) in skip or _unspellable(word):
                continue
            if in_dictionary(checker, lowered):
                continue
            if not index or not word[0].isupper():
                suspects[lowered] = (word, None)
            elif near := near_miss(word, known):
                suspects[lowered] = (word, near)
            if len(suspects) >= MAX_LISTED:
                break
        if len(suspects) >= MAX_LISTED:
            break
    if not suspects:
        return []
    listed = ", ".join(
        _with_suggestion(word, near or checker.correction(word.lower()))
        for word, near in suspects.values()
    )
    words = tuple(word for word, _ in suspects.values())
    return [finding("spelling", f"Possible spelling mistakes: {listed}.", words=words)]


def _words(sentence: str) -> list[str]:
    """The sentence's words as written, without URLs and email addresses; a hyphenated
    word gives its parts ("mis-picks" -> "mis", "picks"), a prefix alone is no word."""
    kept = " ".join(
        chunk for chunk in sentence.split() if "@" not in chunk and "://" not in chunk
        and not chunk.lower().startswith("www.")
    )  # fmt: skip
    words = []
    for raw in TOKEN_RE.findall(kept):
        raw = raw.replace("’", "'").strip("'-")
        if raw.lower().endswith("'s"):
            raw = raw[:-2]
        if raw.lower() in JOB_TERMS:
            words.append(raw)
            continue
        parts = [p for p in raw.split("-") if p]
        words.extend(p for p in parts if not (len(parts) > 1 and p.lower() in PREFIXES))
    return words


@cache
def spellchecker() -> SpellChecker:
    # Loaded once (~0.2 s). Per-letter names are skipped, never taught: teaching the
    # shared dictionary would make one user's result depend on another's.
    checker = SpellChecker(distance=1)  # distance 2 suggestions cost ~50 ms per long word
    checker.word_frequency.load_words(JOB_TERMS | BRITISH_SPELLINGS)
    return checker


def in_dictionary(checker: SpellChecker, word: str) -> bool:
    # The dictionary is American and lacks many prefixed words: accept "organised"
    # for "organized" and "overbill" for "over" + "bill".
    if word in checker:
        return True
    variants = {rule.sub(new, word) for rule, new in BRITISH_TO_AMERICAN}
    variants |= {word[len(p) :] for p in PREFIXES if word.startswith(p)}
    variants.discard(word)
    return any(len(v) > 3 and v in checker for v in variants)


def _with_suggestion(word: str, suggestion: str | None) -> str:
    return f"{word} ({suggestion}?)" if suggestion and suggestion != word.lower() else word


def _unspellable(word: str) -> bool:
    """Too short or long, a code or number, an acronym, or CamelCase like HubSpot."""
    return (
        len(word) < 2
        or len(word) > MAX_WORD_LENGTH
        or any(c.isdigit() or c == "_" for c in word)
        or word.isupper()
        or any(c.isupper() for c in word[1:])
    )


def before_signature(body: str) -> str:
    """The body up to the sign-off ("Best regards,"): the name under it is no word to check."""
    lines = body.splitlines()
    for i, line in enumerate(lines):
        if i and is_sign_off(line):
            return "\n".join(lines[: i + 1])
    return body


def is_sign_off(line: str) -> bool:
    text = line.strip()
    if not text or len(text) > 40:
        return False
    return "_".join(text.rstrip(",.!").lower().split()) in SIGN_OFFS
