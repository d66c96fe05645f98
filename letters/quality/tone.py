"""Tone: begging, pressure, salary demands, apologising for the interview and blaming a
former employer or colleague each cost the candidate more than any typo."""

from __future__ import annotations

from letters.quality.patterns import APOLOGY, BEGGING, BLAME, PRESSURE, SALARY
from letters.quality.rules import Finding, finding
from letters.quality.text import Sentence

TONES = (
    ("begging", BEGGING, "It pleads: “{}”."),
    ("pressure", PRESSURE, "It pressures the reader: “{}”."),
    ("salary_demand", SALARY, "It raises pay: “{}”."),
    ("apology", APOLOGY, "It apologises for the interview: “{}”."),
    ("blame", BLAME, "It blames someone you worked with: “{}”."),
)


def check_tone(sentences: list[Sentence]) -> list[Finding]:
    findings = []
    for code, phrases, message in TONES:
        index = _index(phrases)
        hit = next((s for s in sentences if _matches(s.words, index)), None)
        if hit is not None:
            findings.append(finding(code, message.format(_quote(hit.text)), capped=True))
    return findings


def _index(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase)
    return by_first


def _matches(words: list[str], index: dict[str, list[tuple[str, ...]]]) -> bool:
    return any(
        tuple(words[i : i + len(p)]) == p for i, w in enumerate(words) for p in index.get(w, ())
    )


def phrase_hits(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> list[tuple[str, ...]]:
    """The phrases found in ``words``, in order, each once."""
    index = _index(phrases)
    found: list[tuple[str, ...]] = []
    for i, w in enumerate(words):
        for p in index.get(w, ()):
            if tuple(words[i : i + len(p)]) == p and p not in found:
                found.append(p)
    return found


def _quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split()[:20])
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
