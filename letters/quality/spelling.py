"""Spelling, through wordfreq's English word list (``lexicon.zipf``: 320,000 words with
how often each is written, US and UK spellings and everyday trade words alike) plus the
trades' jargon (``jobterms``).

A word the list knows is no mistake, unless it is rare and one edit away from a far
more common word: "recieve" and "teh" are on the web often enough to be listed, but
"receive" and "the" are a hundred times more common. "Anonymized" (rare, and its
neighbour "anonymised" is as rare) and "metadata" pass. Nor is a misspelling codespell's
list holds with one correction ("permenant", "tommorow", "definately": listed by
wordfreq, but two edits from the word meant or not far rarer), unless it is a word
itself (lemminflect's "occured" is).

Never flagged: names from the interview (people, the company, capitalised words of the
notes and answers), any word the notes or answers use (the interviewer's own trade words:
"mise", "perio"), a plural or agent noun of a known word ("techs", "presetter"), the
user's own dictionary, acronyms, CamelCase, codes, URLs and
email addresses, and a capitalised word inside a sentence (a proper noun) unless it
nearly spells a known name.
"""

from __future__ import annotations

import functools
import importlib.resources

from letters.quality import lexicon
from letters.quality.context import Context
from letters.quality.jobterms import BRITISH_SPELLINGS, BRITISH_TO_AMERICAN, JOB_TERMS, PREFIXES
from letters.quality.rules import Finding, finding
from letters.quality.text import TOKEN_RE, fold, name_tokens, near_miss, split_sentences
from letters.quality.words import is_sign_off

MAX_LISTED = 8
RIDDLED = 5  # this many distinct typos and the letter is not ready
MAX_WORD_LENGTH = 40  # longer "words" are codes or noise, not spelling


def check_spelling(
    subject: str, body: str, context: Context, greeted: frozenset[str] = frozenset()
) -> list[Finding]:
    """``greeted``: the names in the greeting, which the greeting check judges."""
    known = [w for n in (context.recipient, *context.known_names) for w in name_tokens(n)]
    skip = (
        context.proper_nouns | context.personal_words | context.name_words | context.used_words
        | {fold(w) for w in name_tokens(context.sender)} | greeted
    )  # fmt: skip
    suspects: dict[str, tuple[str, str | None]] = {}  # lower case -> (as written, known name)
    for sentence in [subject, *split_sentences(_without_salutations(before_signature(body)))]:
        for index, word in enumerate(_words(sentence)):
            lowered = word.lower()
            if lowered in suspects or fold(word) in skip or _unspellable(word):
                continue
            if in_dictionary(lowered):
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
        _with_suggestion(word, near or correction(word.lower())) for word, near in suspects.values()
    )
    words = tuple(word for word, _ in suspects.values())
    # Each typo costs, up to four; a letter riddled with them is not ready to send.
    riddled = len(suspects) >= RIDDLED
    return [
        finding("spelling", f"Possible spelling mistakes: {listed}.", words=words,
                times=min(len(suspects), 4), capped=riddled)
    ]  # fmt: skip


SALUTATION_WORDS = 6  # a greeting or a sign-off line is this short


def _without_salutations(text: str) -> str:
    """The text less its greeting line and a closing line ("Kia ora Sam,", "Ngā mihi,",
    "Go raibh maith agat,"): salutations in the writer's own language, short lines that
    end with a comma at the top, or among the last three lines (a name and a credential
    under it), of the letter."""
    lines = text.splitlines()
    filled = [i for i, line in enumerate(lines) if line.strip()]
    ends = {*filled[:1], *filled[-3:]} if len(filled) > 3 else set()
    for i in ends:
        line = lines[i].strip()
        if line.endswith((",", "!")) and len(line.split()) <= SALUTATION_WORDS:
            lines[i] = ""
    return "\n".join(lines)


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


COMMON = 3.3  # Zipf: about 2 uses in a million words ("metadata", "comp", "colour")
MUCH_MORE_COMMON = 1.0  # a neighbour ten times as common makes a rare word a typo
MIN_NEIGHBOUR = 3.5
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def in_dictionary(word: str) -> bool:
    """A lower-case word that is spelled right: a form lemminflect knows, common, or rare
    with no far more common word one edit away; the trades' jargon; a British spelling
    or a prefixed word ("overbill") whose base is known."""
    if word in JOB_TERMS or word in BRITISH_SPELLINGS or lexicon.is_english_word(word):
        return True  # lemminflect's tables hold every form of 40,000 words, and no typos
    if common_misspelling(word):
        return False  # "permenant", "tommorow": listed by wordfreq, but a known misspelling
    frequency = lexicon.zipf(word)
    if frequency >= COMMON or _regular_form(word):
        return True
    if _prefixed(word) and _best_neighbour(word, max(frequency + MUCH_MORE_COMMON, 4.5)) is None:
        return True  # "rebook", "reslotting"; not "untill" (one edit from "until")
    if frequency > 0:
        return _best_neighbour(word, frequency + MUCH_MORE_COMMON) is None
    variants = {rule.sub(new, word) for rule, new in BRITISH_TO_AMERICAN}
    variants |= {word[len(p) :] for p in PREFIXES if word.startswith(p)}
    variants.discard(word)
    return any(len(v) > 3 and lexicon.zipf(v) >= COMMON for v in variants)


def _prefixed(word: str) -> bool:
    """A prefix on a known word of four letters or more: "rebook", "reslotting",
    "reauths", "deburr"."""
    for prefix in (*PREFIXES, "de"):
        rest = word[len(prefix) :]
        known = lexicon.is_english_word(rest) or rest in JOB_TERMS or _regular_form(rest)
        if word.startswith(prefix) and len(rest) >= 4 and known:
            return True
    return False


def _regular_form(word: str) -> bool:
    """A plural, an agent noun or an -ing form of a known word: "techs" (tech), "presetter"
    (preset), "callbacks", "sharding" (shard). The base must be common (or a verb) and at
    least four letters long, so "thes" or "whos" stays a typo."""
    if word.endswith("s") and not word.endswith("ss") and len(word) > 4:
        base = word[:-1]
        if lexicon.zipf(base) >= COMMON or lexicon.is_english_word(base):
            return True
        word = base  # "presetters"
    base = word[:-3]
    if word.endswith("ing") and len(base) >= 5 and lexicon.is_noun(base):
        # "sharding" (shard): jargon makes a verb of a noun. A verb's own -ing forms are
        # in the tables, so "begining" (begin) stays a typo.
        return not lexicon.verb_tags(base)
    if word.endswith("er") and len(word) >= 5 and word[:-1].endswith("e"):
        # "carer" (care), "rehomer": a verb ending in "e" takes only "r"; a common verb,
        # so "wher" or "thier" stays a typo
        base = word[:-1]
        if lexicon.BASE in lexicon.verb_tags(base) and lexicon.zipf(base) >= COMMON:
            return True
    if word.endswith("er") and len(word) > 6:
        base = word[:-2]
        bases = (base, base[:-1]) if len(base) > 4 and base[-1] == base[-2] else (base,)
        return any(lexicon.BASE in lexicon.verb_tags(b) for b in bases)
    return False


def correction(word: str) -> str | None:
    """codespell's correction of a misspelling it lists, else the most common word one
    edit away, if any is common at all."""
    return common_misspelling(word) or _best_neighbour(word, MIN_NEIGHBOUR)


def common_misspelling(word: str) -> str | None:
    """The one word a lower-case misspelling from codespell's list stands for
    ("permenant" -> "permanent"), or None: also for a listed "typo" that is a word itself,
    common (Zipf 3.3 or more), a form lemminflect knows or trade jargon ("ehr")."""
    meant = _codespell_correction(word)
    if meant is None or word in JOB_TERMS or lexicon.is_english_word(word):
        return None
    return meant if lexicon.zipf(word) < COMMON else None


@functools.cache
def _codespell_text() -> str:
    """codespell's dictionary of common misspellings, one "typo->right" or "typo->a, b,"
    (several choices) a line, read once; a word is looked up in the text as it is (a
    dictionary of its 65,000 lines took longer to build than a letter's few lookups)."""
    listed = importlib.resources.files("codespell_lib") / "data" / "dictionary.txt"
    return "\n" + listed.read_text(encoding="utf-8")


@functools.cache
def _codespell_correction(word: str) -> str | None:
    """The one correction codespell lists for ``word``; None for none or several."""
    text = _codespell_text()
    at = text.find(f"\n{word}->")
    if at < 0 or not word:
        return None
    start = at + len(word) + 3
    end = text.find("\n", start)
    meant = text[start : end if end >= 0 else len(text)].strip()
    return None if "," in meant or not meant else meant


def _best_neighbour(word: str, at_least: float) -> str | None:
    best, best_zipf = None, max(at_least, MIN_NEIGHBOUR)
    for candidate in edits(word[:MAX_WORD_LENGTH]):
        frequency = lexicon.zipf(candidate)
        if frequency >= best_zipf:
            best, best_zipf = candidate, frequency
    return best


def edits(word: str) -> set[str]:
    """Every word one deletion, swap, replacement or insertion away (Norvig's edits1)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in LETTERS]
    inserts = [a + c + b for a, b in splits for c in LETTERS]
    return set(deletes + swaps + replaces + inserts) - {word}


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
