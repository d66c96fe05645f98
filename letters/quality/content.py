"""What the letter says: a specific subject, the decision-maker's name, a length a busy
person reads, a recalled moment, a result, something of value, a question, a next step."""

from __future__ import annotations

import re

from letters.quality.patterns import (
    ACHIEVEMENT_RE,
    AT_COMPANY_RE,
    BARE_NAME_GREETING_RE,
    BENEFIT_RE,
    EXPERIENCE_RE,
    FIRST_PERSON_RE,
    GAIN_RE,
    GENERIC_ADDRESSEES,
    GENERIC_SUBJECT_WORDS,
    GREETING_RE,
    GROWTH_RE,
    METRIC_RE,
    NEXT_STEP_RE,
    NOT_NAMES,
    OFFER_RE,
    REFERENCE_RE,
    STOPWORDS,
    TITLES,
    TOKEN_RE,
    WORD_RE,
    YOU_RE,
)
from letters.quality.rules import Finding, finding
from letters.quality.text import fold, name_tokens, near_miss

MIN_WORDS = 75
IDEAL_MAX_WORDS = 200
MAX_WORDS = 250


def check_subject(subject: str) -> list[Finding]:
    words = {w.lower() for w in TOKEN_RE.findall(subject)}
    if not words:
        return [finding("vague_subject", "The subject line is empty.")]
    if words <= GENERIC_SUBJECT_WORDS:
        message = f"The subject “{subject.strip()}” could be any candidate's follow-up."
        return [finding("vague_subject", message)]
    return []


def read_greeting(
    body: str, recipient_name: str, known_names: tuple[str, ...]
) -> tuple[list[str] | None, tuple[str, str] | None]:
    """The words naming whom the greeting addresses (None without a greeting) and, if one
    of them is a near miss of a known name, that (wrong, right) pair."""
    first_line = next((line for line in body.splitlines() if line.strip()), "")
    if re.search(r"\bto whom it may concern\b", first_line, re.IGNORECASE):
        return ["whom", "concern"], None
    match = GREETING_RE.match(first_line) or BARE_NAME_GREETING_RE.match(first_line)
    if not match:
        return None, None
    words = [w for w in name_tokens(match.group("name")) if fold(w) not in TITLES][:4]
    known = [w for n in (recipient_name, *known_names) for w in name_tokens(n)]
    for word in words:
        if fold(word) not in GENERIC_ADDRESSEES | NOT_NAMES and (near := near_miss(word, known)):
            return words, (word, near)
    return words, None


def check_greeting(
    words: list[str] | None, misspelled: tuple[str, str] | None, recipient_name: str
) -> list[Finding]:
    if misspelled:
        wrong, right = misspelled
        message = f"The greeting spells the name “{wrong}”; did you mean “{right}”?"
        return [finding("misspelled_name", message, name=right)]
    name = recipient_name.split()[0] if recipient_name.strip() else "FirstName"
    greeted = {fold(w) for w in words or ()}
    recipient = {fold(w) for w in name_tokens(recipient_name)} - TITLES
    if greeted & GENERIC_ADDRESSEES and not greeted & recipient:
        message = "The greeting addresses nobody in particular."
        return [finding("generic_greeting", message, name=name)]
    addressed = greeted & recipient if recipient else greeted  # any name will do without one
    if addressed:
        return []
    message = f"The letter doesn't open with {recipient_name or 'the decision-maker'}'s name."
    return [finding("missing_name", message, name=name)]


def check_length(word_count: int) -> list[Finding]:
    if word_count < MIN_WORDS:
        message = f"At {word_count} words there is no room for a moment, a result and an idea."
        return [finding("too_short", message)]
    if word_count > MAX_WORDS:
        return [finding("too_long", f"At {word_count} words it reads like a second cover letter.")]
    if word_count > IDEAL_MAX_WORDS:
        message = f"At {word_count} words it is a little long for a busy decision-maker."
        return [finding("long", message)]
    return []


def check_content(sentences: list[str], known: set[str]) -> list[Finding]:
    findings = []
    # A claim and its backing often sit in two sentences: "One idea: ... . It would
    # save ..."; "At Acme I led ... . Overtime fell 30%."
    pairs = list(zip(sentences, [*sentences[1:], ""], strict=False))  # none for no sentences
    if not any(_recalls_moment(s, known) for s in sentences):
        message = "Nothing recalls a specific moment or topic of your conversation."
        findings.append(finding("no_specific_reference", message))
    if not any(_reminds_of_result(s, then) for s, then in pairs):
        message = "Nothing reminds them of a skill or result that matters to them."
        findings.append(finding("no_skill_reminder", message))
    if not any(_offers_value(s, then) for s, then in pairs):
        message = "The letter offers nothing of value: no idea, solution or saving."
        findings.append(finding("no_value_offer", message))
    if not any(_asks(s) for s in sentences):
        findings.append(finding("no_question", "The letter asks no question."))
    if not any(NEXT_STEP_RE.search(s) for s in sentences):
        findings.append(finding("no_next_step", "The letter doesn't invite a next conversation."))
    return findings


def _recalls_moment(sentence: str, known: set[str]) -> bool:
    """A reference phrase ("you mentioned") with at least two telling words around it;
    the company's own name tells nothing ("learning about Acme and its goals")."""
    match = REFERENCE_RE.search(sentence)
    if not match:
        return False
    rest = WORD_RE.findall(sentence[: match.start()] + " " + sentence[match.end() :])
    rest = [re.sub(r"['’]s$", "", w) for w in rest]
    ignored = STOPWORDS | known
    telling = [w for w in rest if w.isdigit() or (len(w) >= 4 and fold(w) not in ignored)]
    return len(telling) >= 2


def _reminds_of_result(sentence: str, then: str) -> bool:
    """ "My experience with", or a first-person result backed by a number or an employer."""
    if EXPERIENCE_RE.search(sentence):
        return True
    if METRIC_RE.search(sentence) and FIRST_PERSON_RE.search(sentence):
        # "We grew sign-ups 30%" is a result; "you said the team spends 2 days" is not.
        return not YOU_RE.search(sentence)
    backing = f"{sentence} {then}"
    return bool(
        ACHIEVEMENT_RE.search(sentence)
        and (METRIC_RE.search(backing) or AT_COMPANY_RE.search(sentence))
    )


def _offers_value(sentence: str, then: str) -> bool:
    """ "Could save/cut/automate ...", or an idea or proposal tied to a cost or a problem."""
    if GAIN_RE.search(sentence) or (GROWTH_RE.search(sentence) and BENEFIT_RE.search(sentence)):
        return True
    return bool(OFFER_RE.search(sentence) and BENEFIT_RE.search(f"{sentence} {then}"))


def _asks(sentence: str) -> bool:
    return sentence.rstrip("\"'”’) ").endswith("?") and len(WORD_RE.findall(sentence)) >= 3
