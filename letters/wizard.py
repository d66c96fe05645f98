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

import re
from dataclasses import dataclass, replace

from letters import quality, trades
from letters.assembly import (
    ANSWER_LABELS,
    MAX_FIT_ITEMS,
    MAX_WORDS,
    MIN_WORDS,
    SHORT_IDEA,
    SUGGESTED,
    THIN,
    Draft,
    Notice,
    assemble,
    check_answers,
    choose,
    content_words,
    fit_items,
    greeting,
)
from letters.draft_repeats import SAME_RESULTS
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
    trade = trade_for(role, names.get("company", "")).key
    draft = assemble(
        answers=answers,
        is_decision_maker=is_decision_maker,
        role=role,
        seed=seed,
        trade=trade,
        **names,
    )
    if not str(answers.get("closing") or "").strip():
        draft = _closing_offered(draft, is_decision_maker=is_decision_maker, seed=seed)
    draft = _same_results(draft, answers)
    draft = _no_fit_paragraph(draft)
    return _with_findings(draft, answers, role=role, trade=trade, **names)


NO_FIT_PARAGRAPH = (
    "Your letter has no paragraph about your work yet: every result you gave is left "
    "out, and each one's notice says why. Say at least one of them as a sentence and "
    "your letter has its Fit paragraph."
)


def _no_fit_paragraph(draft: Draft) -> Draft:
    """Every result typed and every one left out: each notice says why its own result is
    out, and this one says what that adds up to, a letter with no Fit paragraph at all.
    A thin letter's notice lists what is left out already."""
    results = [i for i, n in enumerate(draft.notices) if n.answer == "fit" and n.number]
    if not results or not all(draft.notices[i].left_out for i in results):
        return draft
    if any(n.answer == "draft" and "Result 1" in n.message for n in draft.notices):
        return draft
    label = ANSWER_LABELS["fit"]
    notice = Notice("fit", f"{label}: {NO_FIT_PARAGRAPH}", status=ADVICE, label=label)
    at = results[-1] + 1
    return replace(draft, notices=(*draft.notices[:at], notice, *draft.notices[at:]))


def _closing_offered(draft: Draft, *, is_decision_maker: bool, seed: str) -> Draft:
    """An empty closing's notice: the modest closing offered as an option."""
    has_idea = any(n.answer == "value_idea" and not n.left_out for n in draft.notices)
    suggestion = closing_prefill(is_decision_maker=is_decision_maker, has_idea=has_idea, seed=seed)
    source = "One option, built on your idea:" if has_idea else "One option:"
    thin = next((n for n in draft.notices if n.answer == "closing" and n.status == THIN), None)
    # A thin letter's closing is not optional: it is the easiest sentence to add.
    words = len(draft.body.split())
    short = "short for a letter" if words < MIN_WORDS else "on the short side"
    # the word count is the draft's notice's, said once
    why = SHORT_CLOSING.format(short=short) if thin else SUGGESTED_CLOSING
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
    "Your letter is {short}, and a closing is the easiest "
    "sentence to add: one small next step you would really take, in your own words."
)


def step_for_answer(key: str) -> Step:
    """The step that asks for an answer ("value_gain" -> the Value step)."""
    name = ANSWER_STEP.get(key, "connection")
    return next(step for step in STEPS if step.name == name)


def step_notices(draft: Draft, step_name: str) -> list[Notice]:
    """The notices about the answers this step asks for."""
    keys = STEP_ANSWERS.get(step_name, ())
    return [n for n in draft.notices if n.answer in keys and n.status not in WHOLE_LETTER]


def thin_notices(draft: Draft, step_name: str = "") -> list[Notice]:
    """What a letter too short to be read asks of this step (of every step when no step
    is named): about the whole letter, so a step shows them only once the letter is
    assembled (``step_notices`` checks the answers up to the step, and leaves them out)."""
    keys = STEP_ANSWERS.get(step_name, ()) if step_name else ANSWER_STEP
    return [n for n in draft.notices if n.answer in keys and n.status in WHOLE_LETTER]


# --- what the checker finds, told on the step that can fix it ------------------------

ADVICE = "advice"  # a notice on an answer (or an empty one) saying what would make it count
WHOLE_LETTER = frozenset({THIN, ADVICE})  # about the whole letter: shown once it is assembled
# Fit results that share this many of the smaller one's content words say the same thing.
SAME_RESULT = 0.6
# Words two results of one person share without saying the same thing.
RESULT_FRAME = frozenset({
    "last", "previous", "current", "job", "jobs", "work", "worked", "working", "years",
    "year", "company", "experience", "role", "team",
})  # fmt: skip
NO_OFFER = (
    "Your letter does not yet read as an offer to them: say what you would do about their "
    "problem, and how, like “{example}”"
)
NO_RESULT = (
    "Nothing in your letter tells them what went better because of you: say one result, "
    "with a number if you have one, like “{example}”"
)
NO_MOMENT = "Nothing in your letter recalls your talk: add one moment from it, like “{example}”"
NO_NEXT_STEP = (
    "Your letter neither proposes a next step nor asks a question about their work: ask "
    "one about something they told you, like “{example}”"
)
SAID_NOT_ASKED = (
    "Your question says what you want to know rather than asking it, so your letter asks "
    "them nothing yet: ask it directly, ending with “?”, and about their work if you can, "
    "like “{example}”"
)
ASKED_ALREADY = "rather than asking it"  # the question's own notice says to ask it
STOCK_PHRASE = (
    "“{phrase}” is a stock phrase any candidate could write: say something only you could "
    "say, or leave it out."
)
QUOTED = re.compile(r"“([^”]{1,80})”")


SAID_MUCH = "says much what"


def _same_results(draft: Draft, answers: dict) -> Draft:
    """A fit result that says much what an earlier one says ("I did a self-service reset
    rollout", then "I rolled out self-service password reset"): its notice says so."""
    items = fit_items(answers)
    words = [content_words(item) - RESULT_FRAME for item in items]
    notices = list(draft.notices)
    for later in range(1, len(items)):
        for earlier in range(later):
            a, b = words[earlier], words[later]
            small = min(len(a), len(b))
            if small < 3 or len(a & b) < SAME_RESULT * small:
                continue
            place = _notice_at(notices, "fit", later + 1)
            if place is None or notices[place].left_out or SAID_MUCH in notices[place].message:
                break  # left out, or the draft's own notice names the two sentences already
            line = SAME_RESULTS.format(later=f"Result {later + 1}", earlier=f"Result {earlier + 1}")
            notices[place] = _advised(notices[place], line)
            break
    return replace(draft, notices=tuple(notices))


def _notice_at(notices: list[Notice], answer: str, number: int = 0) -> int | None:
    return next(
        (
            i
            for i, n in enumerate(notices)
            if n.answer == answer
            and (not number or n.number == number)
            and n.status not in WHOLE_LETTER
        ),
        None,
    )


def _advised(notice: Notice, line: str) -> Notice:
    return replace(notice, message=f"{notice.message} {line}")


def _told(notices: list[Notice], keys: tuple[str, ...]) -> bool:
    """A notice on these answers already asks for a change: one left out, or a thin
    letter's ask."""
    return any(n.answer in keys and (n.left_out or n.status == THIN) for n in notices)


def _advise(notices: list[Notice], answer: str, line: str, *, number: int = 0) -> list[Notice]:
    """``line`` as a notice of its own on the answer, after the answer's own notice: about
    the whole letter, so a step shows it only once the letter is assembled (as a thin
    letter's ask), and the step's own notice stays what the answers up to it give."""
    label = ANSWER_LABELS[answer] + (f" {number}" if number else "")
    notice = Notice(answer, f"{label}: {line}", status=ADVICE, number=number, label=label)
    place = _notice_at(notices, answer, number)
    if place is None:
        place = next((i for i, n in enumerate(notices) if n.answer == "draft"), len(notices)) - 1
    return [*notices[: place + 1], notice, *notices[place + 1 :]]


def _with_findings(
    draft: Draft,
    answers: dict,
    *,
    role: str,
    trade: str,
    recipient_name: str = "",
    sender_name: str = "",
    company: str = "",
    discussed: str = "",
    problem: str = "",
    **_,
) -> Draft:
    """What the checker finds that costs the letter points, said on the step that can
    fix it, unless a notice there already asks for a change."""
    if not draft.body.strip():
        return draft
    report = quality.check_letter(
        subject=draft.subject,
        body=draft.body,
        recipient_name=recipient_name,
        company=company,
        role=role,
        sender=sender_name,
        known_names=[recipient_name],
        discussed=discussed,
        problem=problem,
        answers=answer_texts(answers),
    )
    notices = list(draft.notices)
    for found in report.findings:
        if not (found.weight or found.cap):
            continue
        if found.code == "no_value_offer" and not _told(notices, VALUE_ANSWERS):
            if len(str(answers.get("value_idea") or "").split()) > SHORT_IDEA:
                continue  # an idea told at length: the checker may not read it as an offer
            line = NO_OFFER.format(example=example_for("value_idea", trade))
            notices = _advise(notices, "value_idea", line)
        elif found.code == "no_skill_reminder" and not _told(notices, ("fit",)):
            if any(n.answer == "fit" and "says much what" in n.message for n in notices):
                continue  # its notice asks for another result with a number
            notices = _advise(notices, "fit", NO_RESULT.format(example=example_for("fit", trade)))
        elif found.code == "no_specific_reference" and not _told(notices, ("connection",)):
            line = NO_MOMENT.format(example=example_for("connection", trade))
            notices = _advise(notices, "connection", line)
        elif found.code == "no_next_step" and not _told(notices, ("closing", "question")):
            said = "?" not in draft.body and said_not_asked(str(answers.get("question") or ""))
            notices = _next_step_asked(notices, trade, said_not_asked=said)
        elif found.code == "generic_phrases":
            notices = _stock_phrases(notices, found.message, answers)
    question = str(answers.get("question") or "")
    if "?" not in draft.body and not _told(notices, ("question",)) and said_not_asked(question):
        # "Ibrahim wants to know if …" beside an offer: the letter has its next step, yet
        # its question is still said rather than asked
        notices = _next_step_asked(notices, trade, said_not_asked=True)
    notices = _stock_wish(notices, str(answers.get("closing") or ""), draft.body)
    return replace(draft, notices=tuple(notices))


# A closing that only wishes to hear back ("I'm hoping to hear back soon", "Looking
# forward to hearing from you and blessings") is a stock phrase whether or not the
# checker counts it: told on every letter alike, as the wizard never offers one itself
# (``trades.PLAIN_CLOSINGS``). A wish with something of its own after it ("… from you
# about the Hartley commission") is the person's own.
WISH_LEADS = (("hope", "to"), ("hoping", "to"), ("look", "forward", "to"),
              ("looking", "forward", "to"))  # fmt: skip
WISH_HEARS = (("hear", "from", "you"), ("hearing", "from", "you"), ("hear", "back"),
              ("hearing", "back"))  # fmt: skip
WISH_TAIL = frozenset({
    "soon", "shortly", "again", "and", "blessings", "god", "bless", "best", "wishes",
    "regards", "kind", "warm", "many", "thanks", "thank", "you", "very", "much", "sir",
    "madam", "cheers",
})  # fmt: skip
WISH_WORD = re.compile(r"[a-z']+")
SENTENCE_END = re.compile(r"[.!?]+")
MAX_CLOSING_CHARS = 600


def _stock_wish(notices: list[Notice], closing: str, body: str) -> list[Notice]:
    """A closing sentence that is only a wish to hear back, said as a stock phrase on the
    closing, unless a notice there says so already or the closing is not in the letter."""
    place = _notice_at(notices, "closing")
    if place is None or notices[place].left_out:
        return notices
    if any(n.answer == "closing" and "stock phrase" in n.message for n in notices):
        return notices
    letter = " ".join(WISH_WORD.findall(body.lower()))
    for sentence in SENTENCE_END.split(closing[:MAX_CLOSING_CHARS].lower()):
        words = WISH_WORD.findall(WISH_SHORTHAND_RE.sub(_spelled_out, sentence.replace("’", "'")))
        wish = _wish_in(words)
        if wish and wish in letter:
            return _advise(notices, "closing", STOCK_PHRASE.format(phrase=wish))
    return notices


# A wish to hear back typed in shorthand, as the letter spells it: "hope 2 hear from u
# soon" is "hope to hear from you soon" there.
WISH_SHORTHAND = {"2": "to", "u": "you", "ya": "you", "hearin": "hearing", "frm": "from"}
WISH_SHORTHAND_RE = re.compile(r"(?<![\w'])(?:2|u|ya|hearin|frm)(?![\w'])")


def _spelled_out(found: re.Match) -> str:
    return WISH_SHORTHAND[found[0]]


def _wish_in(words: list[str]) -> str:
    """ "hoping to hear back" when ``words`` wish to hear back and say nothing after it
    but a "soon" or a blessing; else ""."""
    for start in range(len(words)):
        for lead in WISH_LEADS:
            if tuple(words[start : start + len(lead)]) != lead:
                continue
            rest = start + len(lead)
            for hear in WISH_HEARS:
                end = rest + len(hear)
                if tuple(words[rest:end]) == hear and set(words[end:]) <= WISH_TAIL:
                    return " ".join(words[start:end])
    return ""


VALUE_ANSWERS = ("value_problem", "value_idea", "value_gain", "value_gain_detail")


def _next_step_asked(
    notices: list[Notice], trade: str, *, said_not_asked: bool = False
) -> list[Notice]:
    """No next step and no real question: the question step is where one is sure to
    count (the modest closings the wizard offers are not concrete offers). A letter with
    no room left for a closing is told nothing more: its question is theirs to sharpen.
    A question said rather than asked ("I would like to know if …") is one: the notice
    says to ask it, not that there is none, and nothing when its own notice says so."""
    if any(n.answer == "closing" and FULL_CLOSING in n.message for n in notices):
        return notices
    example = example_for("question", trade)
    if said_not_asked:
        if any(n.answer == "question" and ASKED_ALREADY in n.message for n in notices):
            return notices
        return _advise(notices, "question", SAID_NOT_ASKED.format(example=example))
    return _advise(notices, "question", NO_NEXT_STEP.format(example=example))


# "I would like to know if …", "I want to ask whether …", "wondering when …": a question
# said as what the user wants to know; "let me know if" asks nothing of them.
ASKING_WORDS = frozenset({"know", "ask", "asking", "wondering", "wonder", "enquire", "inquire"})
ASKED_WORDS = frozenset({"if", "whether", "when", "what", "how", "who", "which", "where", "why"})


def said_not_asked(text: str) -> bool:
    """The question answer says what the user wants to know, with no question mark."""
    words = [w.lower().strip('.,;:!"“”') for w in text[:300].split()]
    if "?" in text:
        return False
    return any(
        word in ASKING_WORDS and words[at + 1] in ASKED_WORDS and words[at - 1 : at] != ["me"]
        for at, word in enumerate(words[:-1])
    )


def _stock_phrases(notices: list[Notice], message: str, answers: dict) -> list[Notice]:
    """Each stock phrase the checker quotes, said on the answer the person typed it in."""
    typed = [(key, 0, text) for key, text in answers.items() if isinstance(text, str)]
    typed += [("fit", i, text) for i, text in enumerate(fit_items(answers), 1)]
    for phrase in QUOTED.findall(message[:600]):
        for key, number, text in typed:
            if key in ANSWER_LABELS and phrase.lower() in " ".join(text.lower().split()):
                place = _notice_at(notices, key, number)
                if place is not None and not notices[place].left_out:
                    line = STOCK_PHRASE.format(phrase=phrase)
                    notices = _advise(notices, key, line, number=number)
                break
    return notices


def answer_texts(answers: dict) -> list[str]:
    """The wizard's answers as plain texts, as the checker reads them (the fit answer is
    a list)."""
    texts = []
    for value in (answers or {}).values():
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, list):
            texts += [v for v in value if isinstance(v, str)]
    return texts
