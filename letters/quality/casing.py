"""Casing: a sentence that starts in lower case, a lower-case "i", Title Case in the
middle of a sentence, a known name in lower case, and the one-click fix.

``keep`` holds the names the user wrote (people, the company): never flagged, never
changed, and restored when written in lower case ("benton supply" -> "Benton Supply").
Acronyms and codes ("SLA", "6am", "EICR", "iPhone") stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from letters.quality import lexicon
from letters.quality.patterns import CALENDAR_NAMES
from letters.quality.words import (
    BULLETS,
    FUNCTION_WORDS,
    MAX_SENTENCE_TOKENS,
    MAX_TEXT_CHARS,
    WORD_RE,
    _expand,
    _is_acronym,
    _is_ordinary,
    _is_title_case,
    _keep_map,
    _raw_words,
    is_not_judged,
)


def casing_problem(sentence: str, *, keep: Iterable[str] = frozenset()) -> str | None:
    """ "lower_start", "lower_i", "title_case" or None. Greetings and sign-offs are
    not judged; names in ``keep`` may be written as their owners write them."""
    text = sentence.strip().lstrip(BULLETS + "\"'“‘(").strip()
    if is_not_judged(text):
        return None
    # A grade or a language ("A+", "C#", "C++") is a code, not the article "A".
    raw = [w for w in _raw_words(CODE_RE.sub(r"\1\1", text)) if w[:1].isalnum()]
    if not raw:
        return None
    kept = _keep_map(keep)
    first = raw[0]
    abbreviation = text.lower().startswith(LOWER_ABBREVIATIONS)  # "e.g. the refunds"
    if (
        first[:1].islower()
        and not _is_acronym(first)
        and first.lower() not in kept
        and not abbreviation
    ):
        return "lower_start"
    if any(w.replace("’", "'").split("'")[0] == "i" for w in raw):
        return "lower_i"
    if _is_title_case(raw[1:], kept):
        return "title_case"
    return None


CODE_RE = re.compile(r"\b([A-Z])[+#]+")
# Latin abbreviations written in lower case by convention, even first in a sentence.
LOWER_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "cf.", "vs.", "viz.")


def lower_names(sentence: str, names: Iterable[str]) -> list[str]:
    """The names (people, the company) written in lower case in the sentence: "benton
    supply" for Benton Supply. A one-word name that is also an ordinary word ("Will",
    "Box") counts only as the whole name."""
    lowered = _expand(_raw_words(sentence))
    present = {w for w, _ in lowered}  # a name whose first word is not here is not here
    found = []
    for name in names:
        parts = [w for w in WORD_RE.findall(name or "") if w[:1].isalpha()]
        if not parts or not any(p[:1].isupper() for p in parts):
            continue
        folded = [p.lower() for p in parts]
        if folded[0] not in present:
            continue
        size = len(folded)
        for i in range(len(lowered) - size + 1):
            window = lowered[i : i + size]
            if [w for w, _ in window] != folded:
                continue
            written = [c for _, c in window]
            if all(c[:1].islower() for c, p in zip(written, parts, strict=True) if p[:1].isupper()):
                if size == 1 and _is_common(folded[0]):
                    continue
                found.append((i, " ".join(written)))
                break
    return [text for _, text in sorted(found)]


def _is_common(word: str) -> bool:
    return word in FUNCTION_WORDS or lexicon.is_english_word(word) or lexicon.zipf(word) >= 4.5


def fix_casing(text: str, *, keep: Iterable[str] = frozenset()) -> str:
    """Sentence case for Title Case or all-lower-case input, a capital after each
    sentence end, "I" for "i"; names in ``keep`` as written there, acronyms (SLA, 6am,
    EICR) and names of days and months as they should be. Text already in sentence
    case keeps its capitals (its proper nouns)."""
    text = (text or "")[:MAX_TEXT_CHARS]
    kept = _keep_map(keep)
    names = [n for n in keep if n]
    out_lines = []
    for line in text.split("\n"):
        out_lines.append(_fix_line(line, kept, names))
    return "\n".join(out_lines)


def _fix_line(line: str, kept: dict[str, str], names: list[str]) -> str:
    pieces = []
    for sentence in _split_keep_spacing(line):
        pieces.append(_fix_sentence(sentence, kept, names))
    return "".join(pieces)


def _split_keep_spacing(line: str) -> list[str]:
    """The line cut after each sentence end, spaces kept, so joining gives it back."""
    pieces, start = [], 0
    for i, c in enumerate(line):
        if c in ".!?" and i + 1 < len(line) and line[i + 1] == " ":
            pieces.append(line[start : i + 1])
            start = i + 1
    pieces.append(line[start:])
    return [p for p in pieces if p]


def _fix_sentence(sentence: str, kept: dict[str, str], names: list[str]) -> str:
    words = [w for w in _raw_words(sentence) if w[:1].isalnum()]
    if not words:
        return sentence
    letters = [c for c in sentence if c.isalpha()]
    all_lower = bool(letters) and all(c.islower() for c in letters)
    title = _is_title_case(words[1:], kept)
    matches = list(WORD_PIECE_RE.finditer(sentence[: MAX_SENTENCE_TOKENS * 20]))
    named = _name_positions([m.group().lower().replace("’", "'") for m in matches], names)
    out, i = [], 0
    for index, match in enumerate(matches):
        out.append(sentence[i : match.start()])
        out.append(_fix_word(match.group(), first=index == 0, title=title,
                             all_lower=all_lower, kept=kept, named=index in named))  # fmt: skip
        i = match.end()
    out.append(sentence[i:])
    return "".join(out)


WORD_PIECE_RE = re.compile(r"[^\W_][\w'’]*")


def _name_positions(lowered: list[str], names: list[str]) -> set[int]:
    """Where a kept name of several words stands, whole, in the sentence."""
    positions: set[int] = set()
    for name in names:
        parts = [p.lower().replace("’", "'") for p in WORD_PIECE_RE.findall(name)]
        size = len(parts)
        if size < 2:
            continue
        for i in range(len(lowered) - size + 1):
            if lowered[i] == parts[0] and lowered[i : i + size] == parts:
                positions.update(range(i, i + size))
    return positions


def _fix_word(
    word: str, *, first: bool, title: bool, all_lower: bool, kept: dict[str, str], named: bool
) -> str:
    lower = word.lower().replace("’", "'")
    if lower.split("'")[0] == "i":
        return "I" + word[1:]
    if lower in kept and (named or word[:1].isupper() or not _is_common(lower)):
        return kept[lower]
    if _is_acronym(word) and not all_lower:
        return word
    if lower in CALENDAR_NAMES:
        return lower[:1].upper() + word[1:]
    if first:
        return word[:1].upper() + word[1:]
    if title and word[:1].isupper() and not _is_acronym(word) and _is_ordinary(lower):
        return word.lower()  # "Chromebook", "Storypark": names keep their capitals
    return word
