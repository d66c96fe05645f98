"""How good is a follow-up letter? A pure, deterministic checker.

A strong follow-up goes to the decision-maker by name, is short (about 75-200
words), recalls a specific moment of the interview, reminds them of one to three
results that matter to them, offers something of value (an idea that saves time
or money or solves a problem they mentioned), asks a question, invites the next
conversation, and goes out within 24 hours. ``check_letter`` looks for each of
those with plain regular expressions and word lists, so it needs no database and
no network and is fast enough to run on every keystroke (a few milliseconds for a
200-word letter once the spelling dictionary is loaded).

Heuristics, not grammar: every check errs towards staying quiet on a letter that
does the thing in any reasonable wording, and towards speaking up on a letter
that only says "thank you, I'm a great fit, I look forward to hearing from you".

This package is the checker's public face; its modules hold the parts:
``rules`` (what each finding weighs and how to fix it), ``patterns`` (the regular
expressions and word lists), ``content`` (subject, greeting, length and what the
letter says), ``language`` (stock phrases, spelling, readability, similarity),
``timing`` (the 24 hours) and ``text`` (sentences and names).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from letters.quality.content import (
    IDEAL_MAX_WORDS,
    MAX_WORDS,
    MIN_WORDS,
    check_content,
    check_greeting,
    check_length,
    check_subject,
    read_greeting,
)
from letters.quality.language import (
    MAX_SENTENCE_WORDS,
    MIN_READING_EASE,
    SIMILARITY_THRESHOLD,
    check_phrases,
    check_readability,
    check_similarity,
    check_spelling,
    similarity,
)

# Re-exported so a test can drop the loaded dictionaries and load them afresh.
from letters.quality.language import _proselint_checks as _proselint_checks
from letters.quality.language import _spellchecker as _spellchecker
from letters.quality.patterns import SUBJECT_LINE_RE, WORD_RE
from letters.quality.rules import RULE_ORDER, RULES, Finding, Rule
from letters.quality.text import fold, name_tokens, split_sentences
from letters.quality.timing import DUE_WITHIN, SEND_SOON_WITHIN, check_timing

__all__ = [
    "DUE_WITHIN",
    "IDEAL_MAX_WORDS",
    "MAX_SENTENCE_WORDS",
    "MAX_WORDS",
    "MIN_READING_EASE",
    "MIN_WORDS",
    "RULES",
    "RULE_ORDER",
    "SEND_SOON_WITHIN",
    "SIMILARITY_THRESHOLD",
    "Finding",
    "Report",
    "Rule",
    "check_letter",
    "parse_letter_file",
    "similarity",
]


@dataclass(frozen=True)
class Report:
    score: int
    word_count: int
    findings: tuple[Finding, ...]

    def as_dict(self) -> dict:
        return {
            "score": self.score,
            "word_count": self.word_count,
            "findings": [
                {"code": f.code, "message": f.message, "fix": f.fix} for f in self.findings
            ],
        }


def check_letter(
    *,
    subject: str,
    body: str,
    recipient_name: str = "",
    known_names: Iterable[str] = (),
    interview_ended_at: datetime | None = None,
    drafted_at: datetime | None = None,
    now: datetime | None = None,
    other_bodies: Iterable[str] = (),
) -> Report:
    """Rate a follow-up letter and say what to fix.

    ``known_names`` are the people, company and role words of the interview: never
    spelling mistakes, and the names a greeting may misspell. ``other_bodies`` are
    the drafts to the other interviewers of the same interview. The letter is due
    24 hours after ``interview_ended_at``, judged at ``now``; ``drafted_at`` (when
    the draft was last saved) only tells a late letter that was ready in time from
    one written late. Findings come in the order of ``RULES``.
    """
    known_names = tuple(known_names)
    known_words = [w for n in (recipient_name, *known_names) for w in name_tokens(n)]
    sentences = split_sentences(body)
    word_count = len(WORD_RE.findall(body))
    greeting_words, misspelled = read_greeting(body, recipient_name, known_names)
    findings = [
        *check_subject(subject),
        *check_greeting(greeting_words, misspelled, recipient_name),
        *check_length(word_count),
        *check_content(sentences, {fold(w) for w in known_words}),
        *check_phrases(body),
        *check_spelling(subject, body, known_words, {fold(w) for w in greeting_words or ()}),
        *check_readability(sentences, word_count),
        *check_similarity(body, other_bodies),
        *check_timing(interview_ended_at, drafted_at, now),
    ]
    findings.sort(key=lambda f: RULE_ORDER[f.code])  # already so; one place says it
    penalty = sum(RULES[f.code].weight for f in findings)
    return Report(
        score=max(0, min(100, 100 - penalty)), word_count=word_count, findings=tuple(findings)
    )


def parse_letter_file(text: str) -> tuple[str, str]:
    """Split a text file into (subject, body); the first line may be ``Subject: ...``."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    subject = ""
    if lines and (match := SUBJECT_LINE_RE.match(lines[0])):
        subject, lines = match.group(1).strip(), lines[1:]
    return subject, "\n".join(lines).strip()
