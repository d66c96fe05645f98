"""How the letter is written: stock phrases (proselint), spelling (pyspellchecker),
readability (Flesch reading ease) and how much it repeats another draft."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from spellchecker import SpellChecker

from letters.quality.patterns import (
    BRITISH_TO_AMERICAN,
    GENERIC_PHRASES_RE,
    JOB_TERMS,
    PREFIXES,
    PROSELINT_CHECK_PREFIXES,
    SIGN_OFF_RE,
    TOKEN_RE,
    URL_OR_EMAIL_RE,
    WORD_RE,
)
from letters.quality.rules import Finding, finding
from letters.quality.text import fold, near_miss, split_sentences

# Over ~35 words a sentence needs a second reading. Flesch reading ease under 40
# reads like a report, not a note read between meetings; plain business letters
# (all our samples) score 50-95.
MAX_SENTENCE_WORDS = 35
MIN_READING_EASE = 40.0
# Word-trigram Jaccard of 0.5 means about two thirds of a letter is word-for-word
# the same as the other (J = f / (2 - f) for a shared fraction f). Reusing one
# paragraph about your results stays well below it; swapping only the name and a
# sentence lands above 0.8.
SIMILARITY_THRESHOLD = 0.5


# --- stock phrases ----------------------------------------------------------------


def check_phrases(body: str) -> list[Finding]:
    found = {m.start(): m.group(0) for m in GENERIC_PHRASES_RE.finditer(body)}
    padded = f"\n{body}\n"  # as proselint's own LintFile pads it
    for check in _proselint_checks():
        for result in check.check_with_flags(padded):
            start, end = result.span
            found.setdefault(start - 1, padded[start:end].strip())
    phrases: dict[str, str] = {}  # lower case -> as first written
    for _, phrase in sorted(found.items()):
        phrases.setdefault(phrase.lower(), phrase)
    if not phrases:
        return []
    listed = ", ".join(f"“{p}”" for p in list(phrases.values())[:5])
    return [finding("generic_phrases", f"Stock phrases any candidate could write: {listed}.")]


@cache
def _proselint_checks() -> tuple:
    # Imported late: proselint builds all its checks on import (~0.1 s).
    from proselint.checks import __register__

    return tuple(c for c in __register__ if c.path.startswith(PROSELINT_CHECK_PREFIXES))


# --- spelling ---------------------------------------------------------------------


def check_spelling(subject: str, body: str, known: list[str], skip: set[str]) -> list[Finding]:
    """Words the dictionary lacks. A capitalised word inside a sentence is taken for a
    proper noun (a former employer, a town) unless it is a near miss of a known name."""
    checker = _spellchecker()
    names = {fold(w) for w in known} | skip
    suspects: dict[str, tuple[str, str | None]] = {}  # lower case -> (as written, known name)
    for sentence in [subject, *split_sentences(_before_signature(body))]:
        sentence = URL_OR_EMAIL_RE.sub(" ", sentence)
        for index, match in enumerate(TOKEN_RE.finditer(sentence)):
            word = re.sub(r"['’]s$", "", match.group()).replace("’", "'").strip("'")
            prefix = sentence[match.end() : match.end() + 1] == "-" and word.lower() in PREFIXES
            if word.lower() in suspects or fold(word) in names or prefix or _unspellable(word):
                continue
            if _in_dictionary(checker, word.lower()):
                continue
            if not index or not word[0].isupper():
                suspects[word.lower()] = (word, None)
            elif near := near_miss(word, known):
                suspects[word.lower()] = (word, near)
    if not suspects:
        return []
    listed = ", ".join(
        _with_suggestion(word, near or checker.correction(word.lower()))
        for word, near in list(suspects.values())[:8]
    )
    return [finding("spelling", f"Possible spelling mistakes: {listed}.")]


@cache
def _spellchecker() -> SpellChecker:
    # Loaded once (~0.2 s). Per-letter names are skipped, never taught: teaching
    # the shared dictionary would make one user's result depend on another's.
    checker = SpellChecker(distance=1)  # distance 2 suggestions cost ~50 ms per long word
    checker.word_frequency.load_words(JOB_TERMS)
    return checker


def _with_suggestion(word: str, suggestion: str | None) -> str:
    return f"{word} ({suggestion}?)" if suggestion and suggestion != word.lower() else word


def _unspellable(word: str) -> bool:
    """Too short, a code or number, an acronym, or CamelCase like HubSpot."""
    return (
        len(word) < 2
        or any(c.isdigit() or c == "_" for c in word)
        or word.isupper()
        or any(c.isupper() for c in word[1:])
    )


def _in_dictionary(checker: SpellChecker, word: str) -> bool:
    # The dictionary is American and lacks many prefixed words: accept "organised"
    # for "organized" and "overbill" for "over" + "bill".
    variants = {word, *(re.sub(old, new, word) for old, new in BRITISH_TO_AMERICAN)}
    variants |= {word[len(p) :] for p in PREFIXES if len(p) > 1 and word.startswith(p)}
    variants.discard(word)
    return not checker.unknown([word]) or any(
        len(v) > 3 and not checker.unknown([v]) for v in variants
    )


def _before_signature(body: str) -> str:
    """The body up to the sign-off ("Best regards,"): the name under it is no word to check."""
    lines = body.splitlines()
    for i, line in enumerate(lines):
        if i and SIGN_OFF_RE.match(line):
            return "\n".join(lines[: i + 1])
    return body


# --- readability ------------------------------------------------------------------


def check_readability(sentences: list[str], word_count: int) -> list[Finding]:
    lengths = [len(WORD_RE.findall(s)) for s in sentences]
    longest = max(lengths, default=0)
    if longest > MAX_SENTENCE_WORDS:
        start = " ".join(sentences[lengths.index(longest)].split()[:6])
        message = f"The sentence starting “{start} ...” runs to {longest} words."
        return [finding("hard_to_read", message)]
    ease = _reading_ease(sentences)
    if word_count >= 40 and ease < MIN_READING_EASE:
        message = f"The letter is dense: Flesch reading ease {ease:.0f}, where 50+ reads easily."
        return [finding("hard_to_read", message)]
    return []


def _reading_ease(sentences: list[str]) -> float:
    """Flesch reading ease: 206.835 - 1.015 words/sentence - 84.6 syllables/word."""
    words = [w for s in sentences for w in WORD_RE.findall(s)]
    if not words:
        return 100.0
    syllables = sum(_syllables(w) for w in words)
    return 206.835 - 1.015 * len(words) / len(sentences) - 84.6 * syllables / len(words)


def _syllables(word: str) -> int:
    """Vowel groups, less a silent final e: right for most English words, cheap for all."""
    word = word.lower()
    count = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(1, count)


# --- similarity -------------------------------------------------------------------


def check_similarity(body: str, other_bodies: Iterable[str]) -> list[Finding]:
    closest = max((similarity(body, other) for other in other_bodies), default=0.0)
    if closest < SIMILARITY_THRESHOLD:
        return []
    message = f"This draft repeats {closest:.0%} of another draft for the same interview."
    return [finding("too_similar", message)]


def similarity(a: str, b: str) -> float:
    """Share of word trigrams two letters have in common (Jaccard), from 0 to 1."""
    shingles_a, shingles_b = _shingles(a), _shingles(b)
    if not shingles_a or not shingles_b:
        return 0.0
    return len(shingles_a & shingles_b) / len(shingles_a | shingles_b)


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in WORD_RE.findall(text)]
    size = 3 if len(words) >= 3 else 1
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}
