"""The letter wizard: its steps, their prefills, and what the assembly (``assembly``,
re-exported here) could not use from the answers.

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

The decision-maker gets the full letter. Other panel members get a lighter one (one
result, unless the note would be too thin), phrased differently: interviewers compare
notes, and two copies of one letter read as a form letter. Each letter picks its own
phrasings, so two letters from the app rarely share a stock sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from letters.assembly import (
    MAX_FIT_ITEMS,
    Draft,
    Gain,
    assemble,
    choose,
    fit_items,
    greeting,
    names,
)
from letters.fragments import MAX_SENTENCE_WORDS, as_result, tidy, word_total

__all__ = ["MAX_FIT_ITEMS", "Draft", "Gain", "assemble", "greeting"]


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


DEFAULT_CLOSINGS = (
    "Shall I send you a one-page sketch of the idea by Friday?",
    "I can walk you through the idea in 20 minutes next week, if that helps.",
    "Happy to bring a short sketch of it to a call next week; would Tuesday suit you?",
)
DEFAULT_PANEL_CLOSINGS = (
    "If it helps the team, I can send you the same sketch on Monday.",
    "Happy to share my notes on it with you this week, if that is useful.",
    "I can send a short write-up of it by Thursday, if that helps your review.",
)
DEFAULT_CLOSING = DEFAULT_CLOSINGS[0]
DEFAULT_PANEL_CLOSING = DEFAULT_PANEL_CLOSINGS[0]


def step(number: int) -> Step:
    return STEP_BY_NUMBER[number]


def next_step(number: int) -> int:
    return min(number + 1, FINISHED)


def previous_step(number: int) -> int:
    return max(number - 1, FIRST_STEP)


# --- prefills ---------------------------------------------------------------------


def closing_prefill(*, is_decision_maker: bool, seed: str = "") -> str:
    options = DEFAULT_CLOSINGS if is_decision_maker else DEFAULT_PANEL_CLOSINGS
    return choose(options, seed=seed, part="closing")


def initial_answers(
    *, discussed: str, problem_mentioned: str, is_decision_maker: bool, seed: str = ""
) -> dict:
    """What the wizard shows for a question the user has not answered yet. The
    Connection step is not prefilled: the notes are shown beside it as material, since
    a sentence glued from notes reads as notes ("...about Walked through my design")."""
    return {
        "value_problem": tidy(problem_mentioned),
        "closing": closing_prefill(is_decision_maker=is_decision_maker, seed=seed),
    }


# --- what the assembly could not use -------------------------------------------------


def suggestions(answers: dict) -> dict[str, list[str]]:
    """Per step name, the answers the assembly left out and how to make them fit: a
    fragment of the wrong shape is never spliced into the letter."""
    known = names(answers, "", "", "")
    found: dict[str, list[str]] = {}
    for item in fit_items(answers):
        if as_result(item, known) is None:
            found.setdefault("fit", []).append(_fit_suggestion(item))
    connection = tidy(answers.get("connection", ""))
    if connection and word_total(connection) > MAX_SENTENCE_WORDS:
        found.setdefault("connection", []).append(
            f"“{_quote(connection)}” is {word_total(connection)} words; the letter keeps "
            f"sentences under {MAX_SENTENCE_WORDS + 1}. Split it, or keep its heart."
        )
    for key in ("value_idea", "question", "closing", "value_gain_detail"):
        text = tidy(answers.get(key, ""))
        if text and word_total(text) > MAX_SENTENCE_WORDS - 6:
            step_name = "value" if key.startswith("value") else key
            found.setdefault(step_name, []).append(
                f"“{_quote(text)}” is long for one sentence: we left it out. "
                f"Say it in under {MAX_SENTENCE_WORDS - 6} words."
            )
    return found


def _fit_suggestion(item: str) -> str:
    if word_total(item) > MAX_SENTENCE_WORDS - 1:
        return (
            f"“{_quote(item)}” is too long for one sentence, so we left it out. "
            "Keep one result and its number."
        )
    return (
        f"“{_quote(item)}” doesn't say what you did, so we left it out. Start with a verb: "
        "“held a journeyman license for six years”, “cut overtime by 30%”."
    )


def _quote(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
