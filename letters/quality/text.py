"""Small text helpers the checks share: sentences, names and how names compare."""

from __future__ import annotations

import re
import unicodedata

from letters.quality.patterns import ABBREVIATION_END_RE, SENTENCE_END_RE


def split_sentences(body: str) -> list[str]:
    """Lines split at . ! ? (a greeting or a sign-off is a sentence of its own)."""
    sentences = []
    for line in body.splitlines():
        pieces = [p.strip() for p in SENTENCE_END_RE.split(line) if p.strip()]
        for i, piece in enumerate(pieces):
            if i and ABBREVIATION_END_RE.search(pieces[i - 1]):
                sentences[-1] = f"{sentences[-1]} {piece}"  # "at St. Anne's" goes on
            else:
                sentences.append(piece)
    return sentences


def name_tokens(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", text or "")


def fold(word: str) -> str:
    """Lower case without accents, so “José” and “jose” compare equal."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def near_miss(word: str, known: list[str]) -> str | None:
    """The known name that ``word`` nearly but not exactly spells: Jon for John."""
    folded = fold(word)
    # Names are capitalised: "of" in "Bank of America" is no name to misspell.
    candidates = [k for k in known if k[:1].isupper()]
    if any(fold(k) == folded for k in candidates):
        return None
    for candidate in candidates:
        limit = 1 if len(candidate) <= 5 else 2  # Jon/John; Stephen/Steven
        if _edit_distance(folded, fold(candidate)) <= limit:
            return candidate
    return None


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance counting a swap of neighbours as one edit (“Jonh” → “John”)."""
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            row.append(min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb)))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]
