"""How a letter is assembled from the wizard's answers: each part phrased one of several
ways, chosen per letter, with the user's fragments spliced by their shape (see
``fragments``). Pure functions of plain values, no database."""

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

MAX_FIT_ITEMS = 3
PANEL_MIN_WORDS = 80  # the checker wants 75 words of substance; keep a margin


class Gain:
    EFFICIENCY = "efficiency"
    PROFIT = "profit"
    SAVINGS = "savings"
    CHOICES = [
        (EFFICIENCY, "Efficiency: it saves time"),
        (PROFIT, "Profit: it brings in revenue"),
        (SAVINGS, "Savings: it cuts costs"),
    ]


def choose(options: tuple[str, ...], *, seed: str, part: str) -> str:
    """One of ``options``, the same for the same letter and part, different across
    letters: two letters from the app rarely share their stock sentences."""
    return options[zlib.crc32(f"{seed}:{part}".encode()) % len(options)]


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
    known = names(answers, recipient_name, sender_name, company)
    parts = _Parts(answers, known, seed or f"{recipient_name}|{company}|{role}", role, company)
    if is_decision_maker:
        paragraphs = [
            _join(parts.opening(), parts.connection()),
            _join(*parts.results()),
            _join(parts.idea(), parts.gain()),
            _join(parts.question(), parts.closing()),
        ]
        subject = parts.subject()
    else:
        # A colleague gets one result, or two when one leaves the note too thin to read
        # as more than a thank-you.
        for kept in (1, 2):
            paragraphs = [
                _join(parts.panel_opening(), parts.connection()),
                _join(*parts.results()[:kept], parts.idea(), parts.gain()),
                _join(parts.question(), parts.closing()),
            ]
            if word_total(" ".join(paragraphs)) >= PANEL_MIN_WORDS:
                break
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
        results = [r for r in (as_result(i, self.names) for i in fit_items(self.answers)) if r]
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


def fit_items(answers: dict) -> list[str]:
    items = answers.get("fit", [])
    if isinstance(items, str):
        items = [items]
    return [i for i in items if isinstance(i, str) and i.strip()][:MAX_FIT_ITEMS]


def names(answers: dict, recipient: str, sender: str, company: str) -> frozenset[str]:
    """Words that keep their capital at the start of a fragment: the people, the company,
    and every word the user capitalised inside a sentence (they wrote it as a name)."""
    names = {fold(w) for n in (recipient, sender, company) for w in name_tokens(n)}
    texts = [v for v in answers.values() if isinstance(v, str)] + fit_items(answers)
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
