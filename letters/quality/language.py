"""How the letter is written: stock phrases, readability (sentence length) and how
much it repeats another draft to the same interview."""

from __future__ import annotations

from collections.abc import Iterable

from letters.quality.context import Context, is_content
from letters.quality.patterns import GENERIC_PHRASES, TIME_WORDS
from letters.quality.rules import Finding, finding
from letters.quality.text import QUOTED_RE, Sentence, stem, tokens
from letters.quality.tone import phrase_hits, phrase_index

# Over ~35 words a sentence needs a second reading, unless it is a list.
MAX_SENTENCE_WORDS = 35
LIST_ITEM_WORDS = 8  # a sentence whose comma-separated parts are this short is a list
# Word-trigram Jaccard of 0.5 means about two thirds of a letter is word-for-word
# the same as the other (J = f / (2 - f) for a shared fraction f). Reusing one
# paragraph about your results stays well below it; swapping only the name and a
# sentence lands above 0.8.
SIMILARITY_THRESHOLD = 0.5
MAX_COMPARED_CHARS = 20_000
MAX_PHRASES_COUNTED = 4  # each stock phrase costs; four say it all
FOLLOWING_WORDS = 8  # a stock opening followed this closely by something specific is fine

GENERIC_BY_FIRST = phrase_index(GENERIC_PHRASES)


def check_phrases(sentences: list[Sentence], context: Context | None = None) -> list[Finding]:
    """Stock phrases, unless something specific follows in the same sentence: "thank you
    for your time on Tuesday, and for being so open about the rota" is no stock line."""
    found: list[tuple[str, ...]] = []
    echoes = context.note_stems if context else frozenset()
    for sentence in sentences:
        words = sentence.words
        for phrase in phrase_hits(words, GENERIC_BY_FIRST):
            if phrase in found or _followed_by_specifics(words, phrase, echoes):
                continue
            found.append(phrase)
    if not found:
        return []
    listed = ", ".join(f"“{' '.join(p)}”" for p in found[:5])
    message = f"Stock phrases any candidate could write: {listed}."
    return [finding("generic_phrases", message, times=min(len(found), MAX_PHRASES_COUNTED))]


def _followed_by_specifics(
    words: list[str], phrase: tuple[str, ...], echoes: frozenset[str]
) -> bool:
    """A day, a number or something from the interview's notes right after the phrase."""
    start = next(i for i in range(len(words)) if tuple(words[i : i + len(phrase)]) == phrase)
    after = words[start + len(phrase) : start + len(phrase) + FOLLOWING_WORDS]
    return any(
        w in TIME_WORDS or w[:1].isdigit() or (is_content(w) and stem(w) in echoes) for w in after
    )


def check_readability(sentences: list[Sentence]) -> list[Finding]:
    """Only a sentence over about 35 words is hard to read (a list reads as its items):
    plain short sentences with long words are a matter of style, not a finding."""
    pieces = [piece for s in sentences for piece in _pieces(s)]
    lengths = [len(p) for p in pieces]
    longest = max(lengths, default=0)
    if longest > MAX_SENTENCE_WORDS:
        start = " ".join(pieces[lengths.index(longest)][:6])
        message = f"The sentence starting “{start} ...” runs to {longest} words."
        return [finding("hard_to_read", message)]
    return []


def _pieces(sentence: Sentence) -> list[list[str]]:
    """A sentence as the reader takes it in: a colon parts what it announces from what
    follows ("we brought in a simple rule: any ESI 3 waiting ..."), and a list
    ("retrieval, new teaching, practice and review") reads as its items, whatever its
    length. So does a quotation ('like "want me to grab you a Tuesday?"')."""
    text = sentence.text
    quotes = QUOTED_RE.findall(text)  # a quotation is taken in as one utterance
    pieces = [_list_pieces(q)[0] for q in quotes if _list_pieces(q)]
    for clause in QUOTED_RE.sub(" ", text).split(": "):
        pieces += _list_pieces(clause)
    return pieces


def _list_pieces(text: str) -> list[list[str]]:
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    parts, part = [], []
    for word in words:
        part.append(word)
        if word.endswith((",", ";")):
            parts.append(part)
            part = []
    if part:
        parts.append(part)
    if len(parts) >= 3 and all(len(p) <= LIST_ITEM_WORDS for p in parts[1:-1]):
        return parts
    return [words] if words else []


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
    words = tokens(text[:MAX_COMPARED_CHARS])
    size = 3 if len(words) >= 3 else 1
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}
