"""The letter wizard: its steps, and how a letter is assembled from the answers.

Pure functions of plain values (no database), so the wording can be tested and
changed in one place. The answers live on ``Letter.answers``, keyed by field:

    connection         a sentence recalling a moment of the conversation
    fit                a list of one to three results ("cut month-end close from 6 days to 3")
    value_problem      the problem they mentioned
    value_idea         the user's concrete idea for it
    value_gain         "efficiency" | "profit" | "savings"
    value_gain_detail  how much, roughly (optional)
    question           one question the user still has
    closing            an invitation to the next step

The decision-maker gets the full letter. Other panel members get a shorter one,
phrased differently: interviewers compare notes, and two copies of one letter
read as a form letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    number: int
    name: str
    title: str
    why: str
    example: str


STEPS: tuple[Step, ...] = (
    Step(
        1,
        "recipient",
        "Recipient",
        "The person who decides reads this letter; write to them by name.",
        "Dana Whitfield, Head of Data (decision-maker)",
    ),
    Step(
        2,
        "connection",
        "Connection",
        "A moment only you two shared makes them remember which candidate you were.",
        "When you described the two-day invoice backlog, I kept thinking about how "
        "we cleared ours at Globex.",
    ),
    Step(
        3,
        "fit",
        "Fit",
        "A result with a number is what they will repeat when they argue for you.",
        "cut month-end close from 6 days to 3 at Globex",
    ),
    Step(
        4,
        "value",
        "Value",
        "An idea for their own problem shows how you think; keep it a sketch, not a "
        "free consulting plan.",
        "Problem: reports arrive a day late. Idea: load the data every hour instead "
        "of overnight. Gain: efficiency, about 10 analyst hours a week.",
    ),
    Step(
        5,
        "question",
        "Question",
        "A real question invites a reply and keeps the conversation going.",
        "Is the delay worst at month-end, or every day?",
    ),
    Step(
        6,
        "closing",
        "Closing",
        "Ask for the next step plainly; a busy reader says yes to a small, concrete ask.",
        "Would you be open to a 20-minute call next week so I can walk you through the idea?",
    ),
)
STEP_BY_NUMBER = {step.number: step for step in STEPS}
FIRST_STEP = 1
LAST_STEP = STEPS[-1].number
# ``Letter.wizard_step`` past the last step: the answers have been assembled into a draft.
FINISHED = LAST_STEP + 1
MAX_FIT_ITEMS = 3


class Gain:
    EFFICIENCY = "efficiency"
    PROFIT = "profit"
    SAVINGS = "savings"
    CHOICES = [
        (EFFICIENCY, "Efficiency: it saves time"),
        (PROFIT, "Profit: it brings in revenue"),
        (SAVINGS, "Savings: it cuts costs"),
    ]


GAIN_CLAUSES = {
    Gain.EFFICIENCY: "which could save your team time",
    Gain.PROFIT: "which could raise revenue",
    Gain.SAVINGS: "which could cut costs",
}

DEFAULT_CLOSING = (
    "Would you be open to a 20-minute call next week so I can walk you through the idea?"
)
DEFAULT_PANEL_CLOSING = (
    "If it helps the team's decision, I would be glad to continue the conversation."
)

# Notes are often written about the person ("Their plan to ..."); the letter speaks to them.
_TO_SECOND_PERSON = {"their": "your", "his": "your", "her": "your", "they": "you"}
_LEADING_COMMON_WORDS = {
    "a", "an", "the", "their", "his", "her", "they", "your", "how", "why", "what", "when",
    "reports", "our", "its", "it", "moving", "using", "building", "hiring", "scaling",
}  # fmt: skip
_DANGLING_WORDS = {
    "a", "an", "the", "and", "or", "but", "by", "to", "of", "for", "in", "on", "at", "with",
    "from", "into", "their", "your", "our", "is", "are", "was", "were", "be", "that",
}  # fmt: skip
_CLAUSE_BREAK_RE = re.compile(r"[,;:.!?]|\s(?:because|since|so|which|when|while|and)\s")


def step(number: int) -> Step:
    return STEP_BY_NUMBER[number]


def next_step(number: int) -> int:
    return min(number + 1, FINISHED)


def previous_step(number: int) -> int:
    return max(number - 1, FIRST_STEP)


# --- prefills from the interview notes --------------------------------------------


def connection_prefill(discussed: str) -> str:
    """A first sentence built from the note on what was discussed."""
    topic = _as_phrase(discussed)
    return f"I keep thinking about our conversation about {topic}." if topic else ""


def problem_prefill(problem_mentioned: str) -> str:
    return _as_phrase(problem_mentioned)


def closing_prefill(*, is_decision_maker: bool) -> str:
    return DEFAULT_CLOSING if is_decision_maker else DEFAULT_PANEL_CLOSING


def initial_answers(*, discussed: str, problem_mentioned: str, is_decision_maker: bool) -> dict:
    """What the wizard shows for a question the user has not answered yet."""
    return {
        "connection": connection_prefill(discussed),
        "value_problem": problem_prefill(problem_mentioned),
        "closing": closing_prefill(is_decision_maker=is_decision_maker),
    }


# --- assembly ---------------------------------------------------------------------


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str


def assemble(
    *,
    answers: dict,
    recipient_name: str,
    sender_name: str,
    company: str,
    role: str,
    is_decision_maker: bool,
) -> Draft:
    """The letter the answers add up to. Missing answers leave their part out."""
    if is_decision_maker:
        return _decision_maker_letter(answers, recipient_name, sender_name, company, role)
    return _panel_letter(answers, recipient_name, sender_name, company, role)


def _decision_maker_letter(answers, recipient_name, sender_name, company, role) -> Draft:
    problem = _as_phrase(answers.get("value_problem", ""))
    topic = _topic(problem)
    subject = (
        f"{_capitalise(topic)}: an idea after our {role} interview"
        if topic
        else f"An idea after our {role} interview at {company}"
    )
    opening = f"Thank you for talking with me about the {role} role."
    paragraphs = [
        f"{greeting(recipient_name)},",
        _join(opening, _sentence(answers.get("connection", ""))),
        _fit_sentence(answers.get("fit", []), lead="This is close to work I have done"),
        _value_paragraph(answers, problem),
        _question(answers.get("question", "")),
        _sentence(answers.get("closing", "")),
        f"Best regards,\n{sender_name}",
    ]
    return Draft(subject=_clip(subject), body=_paragraphs(paragraphs))


def _panel_letter(answers, recipient_name, sender_name, company, role) -> Draft:
    subject = f"{role} interview at {company}: thank you, and one question"
    fit = answers.get("fit", [])[:1]
    paragraphs = [
        f"{greeting(recipient_name)},",
        _join(
            f"Thank you for your part in my {role} interview at {company}.",
            _sentence(answers.get("connection", "")),
        ),
        _fit_sentence(fit, lead="It connects to something I have done"),
        _panel_value(answers),
        _question(answers.get("question", "")),
        _sentence(answers.get("closing", "")),
        f"Best regards,\n{sender_name}",
    ]
    return Draft(subject=_clip(subject), body=_paragraphs(paragraphs))


def greeting(name: str) -> str:
    """ "Dear Dana" — or "Dear Dr. Patel" when the name starts with a title."""
    parts = name.split()
    if not parts:
        return "Dear"
    if parts[0].rstrip(".").lower() in {"dr", "prof", "mr", "mrs", "ms", "mx"} and len(parts) > 1:
        return f"Dear {parts[0]} {parts[-1]}"
    return f"Dear {parts[0]}"


def _fit_sentence(items: list[str], *, lead: str) -> str:
    """One sentence per result: results with numbers are long, and long sentences lose
    a reader who skims."""
    results = [_as_result(item) for item in items if item and item.strip()][:MAX_FIT_ITEMS]
    if not results:
        return ""
    first, *more = results
    sentences = [f"{lead}: I {first}."]
    sentences += [f"I also {more[0]}."] if more else []
    sentences += [f"And I {more[1]}."] if len(more) > 1 else []
    return " ".join(sentences)


def _value_paragraph(answers: dict, problem: str) -> str:
    idea = _as_phrase(answers.get("value_idea", ""))
    clause = GAIN_CLAUSES.get(answers.get("value_gain", ""), "")
    detail = _as_phrase(answers.get("value_gain_detail", ""))
    if clause and detail:
        clause = f"{clause} ({detail})"
    idea_sentence = ""
    if idea:
        idea_sentence = f"One idea: {idea}, {clause}." if clause else f"One idea: {idea}."
    return _join(
        f"You mentioned {problem}." if problem else "",
        idea_sentence,
        "It is only a sketch, and I would gladly refine it with your team." if idea else "",
    )


def _panel_value(answers: dict) -> str:
    """A colleague gets the idea in one line, not the decision-maker's pitch."""
    problem = _as_phrase(answers.get("value_problem", ""))
    idea = _as_phrase(answers.get("value_idea", ""))
    if not (problem and idea):
        return ""
    clause = GAIN_CLAUSES.get(answers.get("value_gain", ""), "")
    return _join(
        f"You mentioned {problem}.",
        f"One small idea for it: {idea}, {clause}." if clause else f"One small idea: {idea}.",
    )


def _question(text: str) -> str:
    text = text.strip().rstrip(".!").rstrip()
    if not text:
        return ""
    return _capitalise(text if text.endswith("?") else f"{text}?")


# --- text helpers -----------------------------------------------------------------


def _as_phrase(text: str) -> str:
    """A note as a phrase to embed in a sentence: no final stop, no leading capital
    on an ordinary word, written to the reader ("their plan" -> "your plan")."""
    text = " ".join(text.split()).rstrip(" .!;:")
    if not text:
        return ""
    first, _, rest = text.partition(" ")
    lowered = first.lower()
    if lowered in _TO_SECOND_PERSON:
        first = _TO_SECOND_PERSON[lowered]
    elif lowered in _LEADING_COMMON_WORDS and not first.isupper():
        first = lowered
    return f"{first} {rest}".strip()


def _as_result(item: str) -> str:
    """ "I cut costs by 20%." -> "cut costs by 20%" (the sentence adds "I")."""
    item = _as_phrase(item)
    return re.sub(r"^I\s+", "", item)


def _topic(problem: str, *, max_words: int = 8) -> str:
    """The first clause of the problem, short enough for a subject line."""
    clause = _CLAUSE_BREAK_RE.split(problem, maxsplit=1)[0]
    words = clause.split()[:max_words]
    while words and words[-1].lower() in _DANGLING_WORDS:  # "... numbers by" reads cut off
        words.pop()
    return " ".join(words)


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        return ""
    text = _capitalise(text)
    return text if text[-1] in ".!?" else f"{text}."


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _join(*sentences: str) -> str:
    return " ".join(s for s in sentences if s)


def _paragraphs(paragraphs: list[str]) -> str:
    return "\n\n".join(p for p in paragraphs if p)


def _clip(subject: str, *, limit: int = 200) -> str:
    return subject if len(subject) <= limit else subject[: limit - 1].rstrip() + "…"
