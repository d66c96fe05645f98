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

import zlib
from dataclasses import dataclass

from letters.fragments import (
    MAX_SENTENCE_WORDS,
    as_result,
    bare,
    idea_shape,
    is_question,
    is_sentence,
    lower_first,
    sentence,
    tidy,
    topic,
    upper_first,
    word_total,
)
from letters.quality.text import fold, name_tokens, salutation


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


def choose(options: tuple[str, ...], *, seed: str, part: str) -> str:
    """One of ``options``, the same for the same letter and part, different across
    letters: two letters from the app rarely share their stock sentences."""
    return options[zlib.crc32(f"{seed}:{part}".encode()) % len(options)]


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
    names = _names(answers, "", "", "")
    found: dict[str, list[str]] = {}
    for item in _fit_items(answers):
        if as_result(item, names) is None:
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
    seed: str = "",
) -> Draft:
    """The letter the answers add up to. Missing answers, and answers of a shape that
    would break a sentence, leave their part out (``suggestions`` says why). ``seed``
    (the letter's id) picks among phrasings: the same letter always reads the same."""
    names = _names(answers, recipient_name, sender_name, company)
    parts = _Parts(answers, names, seed or f"{recipient_name}|{company}|{role}", role, company)
    if is_decision_maker:
        paragraphs = [
            _join(parts.opening(), parts.connection()),
            _join(*parts.results()),
            _join(parts.idea(), parts.gain()),
            _join(parts.question(), parts.closing()),
        ]
        subject = parts.subject()
    else:
        paragraphs = [
            _join(parts.panel_opening(), parts.connection()),
            _join(*parts.results()[:1], parts.idea()),
            _join(parts.question(), parts.closing()),
        ]
        subject = parts.panel_subject()
    body = _paragraphs(
        [f"{greeting(recipient_name)},", *paragraphs, f"Best regards,\n{sender_name}"]
    )
    return Draft(subject=subject, body=body)


def greeting(name: str) -> str:
    """ "Dear Dana" — or "Dear Dr. Patel" when the name starts with a title."""
    who = salutation(name)
    return f"Dear {who}" if who else "Dear"


class _Parts:
    """The sentences of one letter, each phrased one of several ways."""

    def __init__(self, answers: dict, names: frozenset[str], seed: str, role: str, company: str):
        self.answers, self.names, self.seed = answers, names, seed
        self.role, self.company = tidy(role), tidy(company)
        self.topic = topic(answers.get("value_problem", ""))

    def pick(self, part: str, *options: str) -> str:
        return choose(tuple(options), seed=self.seed, part=part)

    def subject(self) -> str:
        role = self.role or "the role"
        if self.topic:
            return self.pick(
                "subject",
                f"{upper_first(self.topic)}: one idea",
                f"An idea for {lower_first(self.topic, self.names)}",
                f"{role}: a thought on {lower_first(self.topic, self.names)}",
            )
        where = f" at {self.company}" if self.company else ""
        return self.pick(
            "subject",
            f"{role}{where}: one idea after our talk",
            f"One idea after the {role} interview",
        )

    def panel_subject(self) -> str:
        role = self.role or "the role"
        return self.pick(
            "panel_subject",
            f"{role} interview: thank you, and one question",
            f"Following our {role} conversation: one question",
        )

    def opening(self) -> str:
        role = self.role or "the"
        return self.pick(
            "opening",
            f"Thank you for talking with me about the {role} role.",
            f"I appreciated our conversation about the {role} role.",
            f"Thanks again for the {role} interview and your questions.",
        )

    def panel_opening(self) -> str:
        role = self.role or "my"
        at = f" at {self.company}" if self.company else ""
        return self.pick(
            "panel_opening",
            f"Thank you for your part in my {role} interview{at}.",
            f"I enjoyed meeting you during the {role} interview{at}.",
        )

    def connection(self) -> str:
        text = tidy(self.answers.get("connection", ""))
        if not text or word_total(text) > MAX_SENTENCE_WORDS:
            return ""
        if is_sentence(text):
            return sentence(text)
        phrase = lower_first(text, self.names)
        return self.pick(
            "connection",
            f"I keep coming back to {phrase}.",
            f"Our talk about {phrase} has stayed with me.",
            f"What stayed with me was {phrase}.",
        )

    def results(self) -> list[str]:
        results = [r for r in (as_result(i, self.names) for i in _fit_items(self.answers)) if r]
        if len(results) > 1:
            second = results[1]
            also = self.pick("also", "I also", "And I", "I have also")
            results[1] = second.replace("I ", f"{also} ", 1) if second.startswith("I ") else second
        return results[:MAX_FIT_ITEMS]

    def idea(self) -> str:
        text = tidy(self.answers.get("value_idea", ""))
        if not text or word_total(text) > MAX_SENTENCE_WORDS - 6:
            return ""
        shape = idea_shape(text)
        if shape == "sentence":
            return sentence(text)
        phrase = lower_first(text, self.names)
        topic_words = word_total(self.topic)
        if shape == "verb":
            if self.topic and word_total(phrase) + topic_words + 4 <= MAX_SENTENCE_WORDS:
                return f"For {lower_first(self.topic, self.names)}, you could {phrase}."
            return self.pick("idea", f"One idea: you could {phrase}.", f"You could {phrase}.")
        return self.pick("idea", f"One idea is {phrase}.", f"What I would try first is {phrase}.")

    def gain(self) -> str:
        if not tidy(self.answers.get("value_idea", "")):
            return ""
        detail = tidy(self.answers.get("value_gain_detail", ""))
        gain = self.answers.get("value_gain", "")
        if detail and word_total(detail) <= MAX_SENTENCE_WORDS - 6:
            detail = lower_first(detail, self.names)
            if _starts_with_amount(detail):
                verb = {Gain.PROFIT: "bring in", Gain.SAVINGS: "save"}.get(gain, "free up")
                return f"It could {verb} {detail}."
            return self.pick("gain", f"The gain would be {detail}.", f"It could mean {detail}.")
        return {
            Gain.EFFICIENCY: "It would give your team back some of that time.",
            Gain.PROFIT: "It could bring in sales you are missing today.",
            Gain.SAVINGS: "It would cost little to try.",
        }.get(gain, "")

    def question(self) -> str:
        text = tidy(self.answers.get("question", ""))
        if not text or word_total(text) > MAX_SENTENCE_WORDS - 6:
            return ""
        if is_question(text):
            return upper_first(text) + "?"
        if is_sentence(text):
            return sentence(text)
        phrase = lower_first(text, self.names)
        return self.pick(
            "question",
            f"I would like to hear more about {phrase}.",
            f"I am curious about {phrase}.",
        )

    def closing(self) -> str:
        text = tidy(self.answers.get("closing", ""))
        if not text or word_total(text) > MAX_SENTENCE_WORDS:
            return ""
        original = " ".join(self.answers.get("closing", "").split())
        return sentence(original if original.endswith(("?", "!")) else text)


def _starts_with_amount(text: str) -> bool:
    first = text.split()[0].lower() if text.split() else ""
    return first[:1].isdigit() or first[:1] in "$€£" or first in {
        "about", "around", "roughly", "up", "nearly", "almost", "over", "half", "one", "two",
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "an"
    }  # fmt: skip


def _fit_items(answers: dict) -> list[str]:
    items = answers.get("fit", [])
    if isinstance(items, str):
        items = [items]
    return [i for i in items if isinstance(i, str) and i.strip()][:MAX_FIT_ITEMS]


def _names(answers: dict, recipient: str, sender: str, company: str) -> frozenset[str]:
    """Words that keep their capital at the start of a fragment: the people, the company,
    and every word the user capitalised inside a sentence (they wrote it as a name)."""
    names = {fold(w) for n in (recipient, sender, company) for w in name_tokens(n)}
    texts = [v for v in answers.values() if isinstance(v, str)] + _fit_items(answers)
    for text in texts:
        for word in text.split()[1:]:
            word = bare(word)
            if word[:1].isupper() and word != "I":
                names.add(fold(word))
    return frozenset(names)


def _join(*sentences: str) -> str:
    return " ".join(s for s in sentences if s)


def _paragraphs(paragraphs: list[str]) -> str:
    return "\n\n".join(p for p in paragraphs if p)
