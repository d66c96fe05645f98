"""How good is a follow-up letter? A pure, deterministic, offline checker.

A strong follow-up goes to the decision-maker by name, is short (about 75-200
words), recalls something concrete from the interview, reminds them of a result
that matters to them, offers something of value, proposes a next step, keeps a calm
tone, and goes out within the follow-up window. ``check_letter`` judges substance by how
concrete each sentence is (see ``substance``), not by keywords: buzzwords earn
nothing, and a promise with nothing real behind it is a ``hollow_claim``.

Fatal errors cap the score (the finding says so with ``cap``): a greeting to
someone else, "Dear Hiring Manager" to a named interviewer, another company's name,
over 300 words. A finding caps only when its evidence is unambiguous; an ambiguous one
(one verbless line, a name that may be the writer's past workplace) takes points off and
caps only beside another (``rules.settle_caps``).

Pure and bounded: no database, no network, work linear in the input and at most
``MAX_CHECKED_CHARS`` of the body analysed, so it runs on every keystroke.

Issue 19: a letter with a fragment, a casing slip, a placeholder, a pasted note, a
wrong fact (role, day, signature, another firm in the employer's place) or a tone
problem is not ready to send, and scores below 70 (``readiness``, ``facts``, ``tone``)
when the evidence is unambiguous or two such findings meet; one that may be meant (a line
for effect, a past workplace's name, a hard situation told in negative words) costs 10-20
points and still names its fix.

Modules: ``rules`` (findings, weights, caps), ``patterns`` and ``jobterms`` (word
lists), ``lexicon`` (lemminflect's verb forms and wordfreq's word list, read from the
packages' data files), ``text`` (sentences, tokens), ``sentences`` (the API shared
with the wizard: fragments and splits), ``words`` and ``casing`` (its parts),
``context`` (what we know of the interview), ``greeting``, ``content`` (subject,
length, other companies), ``readiness``, ``facts``, ``substance``, ``quantities`` and ``offers``,
``tone``, ``spelling``, ``language`` (stock phrases, readability, similarity) and
``timing``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from letters.quality import substance
from letters.quality.content import (
    IDEAL_MAX_WORDS,
    MAX_WORDS,
    MIN_WORDS,
    check_length,
    check_other_companies,
    check_subject,
)
from letters.quality.context import Context
from letters.quality.facts import check_facts
from letters.quality.greeting import check_greeting, read_greeting
from letters.quality.language import (
    MAX_SENTENCE_WORDS,
    SIMILARITY_THRESHOLD,
    check_phrases,
    check_readability,
    check_similarity,
    similarity,
)
from letters.quality.patterns import SUBJECT_LINE_RE
from letters.quality.readiness import check_readiness
from letters.quality.rules import CAPS, RULE_ORDER, RULES, Finding, Rule, finding, settle_caps
from letters.quality.spelling import before_signature, check_spelling, is_sign_off
from letters.quality.text import Sentence, split_sentences, word_count
from letters.quality.timing import (
    DEFAULT_WINDOW_HOURS,
    SEND_SOON_WITHIN,
    check_before_interview,
    check_timing,
)
from letters.quality.tone import (
    check_hedging,
    check_late_apology,
    check_talks_down,
    check_tone,
)

__all__ = [
    "CAPS",
    "DEFAULT_WINDOW_HOURS",
    "IDEAL_MAX_WORDS",
    "MAX_CHECKED_CHARS",
    "MAX_SENTENCE_WORDS",
    "MAX_WORDS",
    "MIN_WORDS",
    "RULES",
    "RULE_ORDER",
    "SEND_SOON_WITHIN",
    "SIMILARITY_THRESHOLD",
    "Context",
    "Finding",
    "Report",
    "Rule",
    "check_letter",
    "parse_letter_file",
    "similarity",
]

# A letter is 1,000-2,000 characters. Past this, the rest of the text is counted but
# not read: the over-300-words cap has already said what matters.
MAX_CHECKED_CHARS = 20_000


@dataclass(frozen=True)
class Report:
    score: int
    word_count: int
    findings: tuple[Finding, ...]

    def as_dict(self) -> dict:
        findings = []
        for f in self.findings:
            item = {"code": f.code, "message": f.message, "fix": f.fix}
            if f.cap is not None:
                item["cap"] = f.cap
            findings.append(item)
        return {"score": self.score, "word_count": self.word_count, "findings": findings}


def check_letter(
    *,
    subject: str,
    body: str,
    recipient_name: str = "",
    company: str = "",
    role: str = "",
    sender: str = "",
    interview_date: date | None = None,
    known_names: Iterable[str] = (),
    discussed: str = "",
    problem: str = "",
    answers: Iterable[str] = (),
    other_companies: Iterable[str] = (),
    personal_words: Iterable[str] = (),
    interview_ended_at: datetime | None = None,
    interview_starts_at: datetime | None = None,
    drafted_at: datetime | None = None,
    now: datetime | None = None,
    other_bodies: Iterable[str] = (),
    window_hours: float = DEFAULT_WINDOW_HOURS,
) -> Report:
    """Rate a follow-up letter and say what to fix.

    The context makes the judgment fair: ``recipient_name``, ``company`` and ``role``
    of the interview; ``known_names`` (the panel); the notes on what was ``discussed``
    and the ``problem`` mentioned, and the user's wizard ``answers`` (a letter that
    echoes them is concrete); the companies of the user's other interviews
    (``other_companies``: naming one caps the score); the user's own dictionary
    (``personal_words``: never spelling mistakes). ``other_bodies`` are the drafts to
    the other interviewers of the same interview. The letter is due ``window_hours``
    after ``interview_ended_at``, judged at ``now``; ``drafted_at`` tells a late letter
    that was ready in time from one written late. Before ``interview_starts_at`` it may
    not thank them for the interview yet. Findings come in the order of RULES.
    """
    context = Context.build(
        recipient=recipient_name,
        company=company,
        role=role,
        sender=sender,
        interview_date=interview_date,
        known_names=known_names,
        notes=(discussed, problem),
        answers=answers,
        other_companies=other_companies,
        personal_words=personal_words,
    )
    subject = subject[:500]
    words = word_count(body)
    body = body[:MAX_CHECKED_CHARS]
    greeting = read_greeting(body)
    letter_body = before_signature(body)
    greeted = frozenset(greeting.folded) if greeting else frozenset()
    # The whole letter, a P.S. after the signature included, less the sign-off itself.
    sentences = [Sentence(s) for s in split_sentences(body) if not is_sign_off(s)]
    # The greeting line is a sentence of its own, and says nothing of substance.
    readings = substance.read(sentences[1:] if greeting else sentences, context)
    hollow = substance.hollow_sentences(readings)
    findings = [
        *check_subject(subject),
        *check_greeting(greeting, context),
        *(copied := check_other_companies(subject, body, context)),
        *check_length(words, words - sum(word_count(s) for s in hollow)),
        *check_readiness(body, letter_body, context),
        *[
            f
            for f in check_facts(subject, letter_body, body, context)
            if not (copied and f.code == "other_company")
        ],
        *_check_substance(readings, hollow, context),
        *check_tone(sentences),
        *check_late_apology(sentences),
        *check_talks_down(sentences[1:] if greeting else sentences),
        *check_hedging(sentences),
        *check_phrases(sentences, context),
        *check_spelling(subject, body, context, greeted),
        *check_readability([r.sentence for r in readings if not r.hollow]),
        *check_similarity(body, other_bodies),
        *check_before_interview([s.text for s in sentences], interview_starts_at, now),
        *check_timing(interview_ended_at, drafted_at, now, window_hours),
    ]
    findings = settle_caps(sorted(findings, key=lambda f: RULE_ORDER[f.code]))
    score = max(0, min(100, 100 - sum(f.weight for f in findings)))
    score = min([score, *(f.cap for f in findings if f.cap is not None)])
    return Report(score=score, word_count=words, findings=tuple(findings))


def _check_substance(
    readings: list[substance.Reading], hollow: list[str], context: Context
) -> list[Finding]:
    findings = []
    recalls = substance.references(readings, context)
    if not recalls:
        message = "Nothing recalls something concrete from your conversation."
        findings.append(finding("no_specific_reference", message))
    result = substance.reminds_of_result(readings)
    if not result:
        message = "Nothing reminds them of a concrete result or experience of yours."
        findings.append(finding("no_skill_reminder", message))
    about_the_writer = substance.about_the_writer(readings)
    if about_the_writer:
        # Nothing in it is about them: whatever it claims to offer does not bear on
        # their situation, so it is not ready, result or no result.
        message = (
            "The letter is about you: no sentence is about their situation (what they told "
            "you, something of theirs, what you would do for them)."
        )
        findings.append(finding("no_value_offer", message, capped=True))
    elif not substance.offers_value(readings):
        message = "The letter offers nothing concrete: no sketch, checklist, plan or idea for them."
        if not result:
            # Thanks, names and echoes of the notes, and nothing for them: not ready.
            message = "Nothing in the letter is for them: no result of yours, and no offer."
        elif not recalls:
            # Achievements, and nothing of theirs: neither their situation nor an offer.
            message = (
                "The letter is about you: nothing recalls their situation, and nothing is "
                "offered to them."
            )
        findings.append(finding("no_value_offer", message, capped=not (result and recalls)))
    if hollow:
        quoted = "; ".join(f"“{_short(s)}”" for s in hollow[:3])
        message = f"Claims with nothing concrete behind them: {quoted}."
        findings.append(finding("hollow_claim", message, times=len(hollow)))
    if not substance.proposes_next_step(readings):
        message = "The letter neither proposes a concrete next step nor asks a real question."
        findings.append(finding("no_next_step", message))
    return findings


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def parse_letter_file(text: str) -> tuple[str, str]:
    """Split a text file into (subject, body); the first line may be ``Subject: ...``."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    subject = ""
    if lines and (match := SUBJECT_LINE_RE.match(lines[0])):
        subject, lines = lines[0][match.end() :].strip(), lines[1:]
    return subject, "\n".join(lines).strip()
