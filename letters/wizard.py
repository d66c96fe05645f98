"""The letter wizard: its steps, what each one says, its prefills, and the assembly
(``assembly``, re-exported here).

Pure functions of plain values (no database), so the wording can be tested and
changed in one place. The answers live on ``Letter.answers``, keyed by field, each in
the user's own sentences:

    connection         a moment of the conversation ("You showed me ...")
    fit                a list of one to three results ("I cut overtime by 30% at Mercy.")
    value_problem      their problem, as the user would say it back to them
    value_idea         what the user would do about it ("I would ...", "We could ...")
    value_gain         what it would bring them (optional)
    value_gain_detail  a number from the user's own work that backs it (optional)
    question           one question the user still has
    closing            a small next step (optional; the step offers a modest one, never a visit)

Each step says in one line why it matters and gives an example in the voice of the
user's trade (``letters.trades``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from letters import trades
from letters.assembly import (
    MAX_FIT_ITEMS,
    MAX_WORDS,
    MIN_WORDS,
    SUGGESTED,
    THIN,
    Draft,
    Notice,
    assemble,
    check_answers,
    choose,
    greeting,
)
from letters.fragments import USED, Facts
from letters.trades import example_for, trade_for

__all__ = [
    "MAX_FIT_ITEMS",
    "Draft",
    "Facts",
    "Notice",
    "assemble",
    "check_answers",
    "example_for",
    "trade_for",
    "greeting",
]


@dataclass(frozen=True)
class Step:
    number: int
    name: str
    title: str
    why: str
    example_keys: tuple[str, ...] = ()  # which examples of the trade the step shows

    def examples(self, trade: trades.Trade) -> list[str]:
        return [trade.examples[key] for key in self.example_keys if key in trade.examples]

    @property
    def example(self) -> str:
        """The office example, for pages that know no trade."""
        return " ".join(self.examples(trades.OFFICE)) or "Dana Whitfield (decision-maker)"


STEPS: tuple[Step, ...] = (
    Step(
        1,
        "recipient",
        "Recipient",
        "Start with the person who decides; everyone you met can get a letter of their own.",
    ),
    Step(
        2,
        "connection",
        "Connection",
        "One moment only the two of you shared tells them which candidate wrote this.",
        ("connection",),
    ),
    Step(
        3,
        "fit",
        "Fit",
        "A result with a number is what they will repeat when they argue for you.",
        ("fit",),
    ),
    Step(
        4,
        "value",
        "Value",
        "A small idea for their own problem shows how you would work; keep it to a few sentences.",
        ("problem", "idea", "gain"),
    ),
    Step(
        5,
        "question",
        "Question",
        "A real question about their work invites a reply.",
        ("question",),
    ),
    Step(
        6,
        "closing",
        "Closing",
        "One small, concrete next step is easy to say yes to.",
    ),
)
STEP_BY_NUMBER = {step.number: step for step in STEPS}
FIRST_STEP = 1
LAST_STEP = STEPS[-1].number
# ``Letter.wizard_step`` past the last step: the answers have been assembled into a draft.
FINISHED = LAST_STEP + 1
# Which step asks for which answer: the step's page shows the checks of its answers.
STEP_ANSWERS = {
    "connection": ("connection",),
    "fit": ("fit",),
    "value": ("value_problem", "value_idea", "value_gain", "value_gain_detail"),
    "question": ("question",),
    "closing": ("closing",),
}
ANSWER_STEP = {key: name for name, keys in STEP_ANSWERS.items() for key in keys}


def step(number: int) -> Step:
    return STEP_BY_NUMBER[number]


def next_step(number: int) -> int:
    return min(number + 1, FINISHED)


def previous_step(number: int) -> int:
    return max(number - 1, FIRST_STEP)


# --- prefills ---------------------------------------------------------------------


def closing_prefill(*, is_decision_maker: bool, has_idea: bool, seed: str = "") -> str:
    """The closing offered in one click for an empty one: with the person's idea in the
    letter, an offer to talk that idea through; without one, no offer at all. To a
    recruiter or a colleague, a lighter one. Never a visit, a trial or a piece of work
    the person did not offer: those are theirs to write (the step's examples show the
    kind in their trade)."""
    if has_idea:
        options = trades.IDEA_CLOSINGS if is_decision_maker else trades.PANEL_IDEA_CLOSINGS
    else:
        options = trades.PLAIN_CLOSINGS if is_decision_maker else trades.PANEL_CLOSINGS
    return choose(options, seed=seed, part="closing")


def draft_with_prefills(
    *,
    answers: dict,
    is_decision_maker: bool,
    role: str,
    seed: str,
    **names,
) -> Draft:
    """The draft of ``answers`` as the wizard's steps show them. An empty closing stays
    empty: the letter ends with the user's question, then the sign-off, and the closing's
    notice offers a modest one built on what the letter already says, as an option."""
    draft = assemble(
        answers=answers,
        is_decision_maker=is_decision_maker,
        role=role,
        seed=seed,
        trade=trade_for(role, names.get("company", "")).key,
        **names,
    )
    if str(answers.get("closing") or "").strip():
        return draft
    has_idea = any(n.answer == "value_idea" and not n.left_out for n in draft.notices)
    suggestion = closing_prefill(is_decision_maker=is_decision_maker, has_idea=has_idea, seed=seed)
    source = "One option, built on your idea:" if has_idea else "One option:"
    thin = next((n for n in draft.notices if n.answer == "closing" and n.status == THIN), None)
    # A thin letter's closing is not optional: it is the easiest sentence to add.
    words = len(draft.body.split())
    short = "short for a letter" if words < MIN_WORDS else "on the short side"
    why = SHORT_CLOSING.format(words=words, short=short) if thin else SUGGESTED_CLOSING
    if thin and thin.fix and has_idea:
        suggestion = thin.fix  # their own idea's next step, as the draft's notice shows it
    notice = Notice(
        "closing",
        f"Closing: {why} {source} “{suggestion}”",
        status=SUGGESTED,
        fix=suggestion,
        label="Closing",
    )
    if len(draft.body.split()) + len(suggestion.split()) > MAX_WORDS:
        # A closing offered here would take the letter past its length, and the length
        # notice would then ask to cut it: the two notices would undo each other.
        notice = Notice("closing", f"Closing: {FULL_CLOSING}", status=USED, label="Closing")
    notices = [n for n in draft.notices if n.answer != "closing"]
    place = next((i for i, n in enumerate(notices) if n.answer == "draft"), len(notices))
    return replace(draft, notices=(*notices[:place], notice, *notices[place:]))


FULL_CLOSING = (
    "You left it empty, and that is right here: your letter ends with your question, then "
    "your sign-off, and it has no room for more."
)
SUGGESTED_CLOSING = (
    "You left it empty, and that is fine: your letter ends with your question, then your "
    "sign-off. If you want a closing, offer only what you would really do, in your own "
    "words."
)


SHORT_CLOSING = (
    "Your letter is {words} words, {short}, and a closing is the easiest "
    "sentence to add: one small next step you would really take, in your own words."
)


def step_for_answer(key: str) -> Step:
    """The step that asks for an answer ("value_gain" -> the Value step)."""
    name = ANSWER_STEP.get(key, "connection")
    return next(step for step in STEPS if step.name == name)


def step_notices(draft: Draft, step_name: str) -> list[Notice]:
    """The notices about the answers this step asks for."""
    keys = STEP_ANSWERS.get(step_name, ())
    return [n for n in draft.notices if n.answer in keys and n.status != THIN]


def thin_notices(draft: Draft, step_name: str = "") -> list[Notice]:
    """What a letter too short to be read asks of this step (of every step when no step
    is named): about the whole letter, so a step shows them only once the letter is
    assembled (``step_notices`` checks the answers up to the step, and leaves them out)."""
    keys = STEP_ANSWERS.get(step_name, ()) if step_name else ANSWER_STEP
    return [n for n in draft.notices if n.answer in keys and n.status == THIN]
