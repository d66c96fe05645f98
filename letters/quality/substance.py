"""What a letter says, judged by how concrete it is.

A sentence is *concrete* when it names or echoes something real: it shares content
words with the interview's notes or the user's answers, or it carries a quantity
(a number with what it counts, a rate, a time span), a name (a product, a place, a
former employer) or a day. Buzzwords ("efficiency", "save money", "streamline")
never make a sentence concrete; a sentence that promises such a benefit with nothing
concrete behind it is a hollow claim and earns nothing.

The parts of a strong letter are recognised by their shape, not by set phrases:
- a reference: a concrete sentence that echoes the notes, or points at the reader;
- a result: a quantity of something real, told in the first person, as a change
  ("went from 40 minutes to 12") or as experience ("six years running payroll");
- an offer: a verb of giving or showing after "I can" / "happy to" / "shall I",
  concrete itself or pointing back at a concrete sentence ("glad to sketch it");
- a next step: a concrete offer, a concrete question, or a proposal with a time.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from letters.quality.context import Context, is_content
from letters.quality.patterns import (
    BACK_REFERENCES,
    CHANGE_WORDS,
    CLAIMS,
    FIRST_PERSON,
    GENERIC_NOUNS,
    NUMBER_WORDS,
    OFFER_VERBS,
    RATE_WORDS,
    SECOND_PERSON,
    STOPWORDS,
    TIME_UNITS,
    TIME_WORDS,
    WILLING,
)
from letters.quality.text import Sentence, content_parts, fold, stem

IDEA_WORDS = frozenset({"idea", "suggest", "suggestion", "propose", "proposal"})
CONVERSATION_CUES = frozenset(
    {"story", "point", "tour", "walk-through", "conversation", "discussion", "question"}
)
PROPOSALS = frozenset({"call", "meet", "talk", "chat", "minutes", "suit", "works", "free"})


@dataclass(frozen=True)
class Reading:
    """What one sentence of the letter does."""

    sentence: Sentence
    echoes: frozenset[str]  # stems shared with the notes and answers
    specifics: frozenset[str]  # content words, echoed or not
    quantity: bool  # a number of something real, a rate or a time span
    named: bool  # a capitalised name inside the sentence
    dated: bool  # a day, a date or a time
    claims: bool  # promises a benefit (saves, cuts, boosts, efficiency ...)
    offers: bool  # "I can send", "happy to walk", "shall I bring"

    @property
    def concrete(self) -> bool:
        return bool(self.echoes) or self.quantity or (self.named and len(self.specifics) >= 1)

    @property
    def hollow(self) -> bool:
        return self.claims and not self.concrete and len(self.specifics) < 3


def read(sentences: list[Sentence], context: Context) -> list[Reading]:
    readings = [_read(s, context) for s in sentences]
    # "It costs nothing and protects revenue" says what the concrete sentence before
    # it would change: it is not a hollow claim.
    for i in range(1, len(readings)):
        r = readings[i]
        if r.hollow and readings[i - 1].concrete and set(r.sentence.words[:3]) & BACK_REFERENCES:
            readings[i] = replace(r, claims=False)
    return readings


def _read(sentence: Sentence, context: Context) -> Reading:
    words = sentence.words
    specifics, echoes = set(), set()
    for word in words:
        for part in content_parts(word):
            if is_content(part) and fold(part) not in context.name_words:
                specifics.add(part)
                if stem(part) in context.note_stems:
                    echoes.add(stem(part))
    return Reading(
        sentence=sentence,
        echoes=frozenset(echoes),
        specifics=frozenset(specifics),
        quantity=_has_quantity(words),
        named=_has_name(sentence, context),
        dated=any(w in TIME_WORDS for w in words) or _has_clock_time(words),
        claims=any(w in CLAIMS for w in words),
        offers=_offers(words),
    )


def _is_number(word: str) -> bool:
    return word[:1].isdigit() or word[:1] in "$€£" or word in NUMBER_WORDS


def _has_quantity(words: list[str]) -> bool:
    """A number that counts something real: "40 minutes", "one in five", "$11 million",
    "18%" of shrink; not "20%" of costs nor "one idea"."""
    for i, word in enumerate(words):
        if not _is_number(word):
            continue
        if word[:1].isdigit() or word[:1] in "$€£":
            after = words[i + 1 : i + 3]
            if word.endswith("%") or word[:1] in "$€£":
                # A share or a sum needs something real near it: "shrink dropped 18%".
                near = words[max(0, i - 4) : i + 4]
                if any(is_content(w) for w in near if not _is_number(w)):
                    return True
                continue
            if any(w in TIME_UNITS or is_content(w) or w in GENERIC_NOUNS for w in after):
                return True
            if i and words[i - 1] in CHANGE_WORDS | {"to", "than", "of"}:
                return True
            continue
        after = words[i + 1 : i + 3]
        if any(w in TIME_UNITS for w in after[:1]) or any(is_content(w) for w in after[:1]):
            return True
        if after[:1] and after[0] in RATE_WORDS and len(after) > 1 and _is_number(after[1]):
            return True  # "one in five"
    return False


def _has_clock_time(words: list[str]) -> bool:
    return any(
        w[:1].isdigit() and (":" in w or (i + 1 < len(words) and words[i + 1] in {"a.m", "p.m"}))
        for i, w in enumerate(words)
    )


def _has_name(sentence: Sentence, context: Context) -> bool:
    """A capitalised word after the first: a product, a place, an employer."""
    for word in sentence.raw_words[1:]:
        if (
            word[:1].isupper()
            and word.lower() not in STOPWORDS
            and word != "I"
            and not word.startswith("I'")
            and fold(word) not in context.name_words
            and word.lower() not in TIME_WORDS
        ):
            return True
    return False


def _offers(words: list[str]) -> bool:
    """ "I can bring", "I'd be glad to walk", "happy to send", "shall I share"."""
    for i, word in enumerate(words):
        if word not in OFFER_VERBS:
            continue
        before = words[max(0, i - 5) : i]
        if "not" in before or "you" in before[-2:]:
            continue
        if before[-2:] in (["shall", "i"], ["should", "i"], ["let", "me"], ["me", "to"]):
            return True
        if ("i" in before or before[-1:] == ["to"]) and any(w in WILLING for w in before):
            return True
    return False


# --- the parts of a letter -------------------------------------------------------------


def references(readings: list[Reading], context: Context) -> bool:
    """Recalls something concrete from the conversation: echoes the notes while speaking
    to the reader or of the conversation, or names two things from the notes outside
    the writer's own story."""
    for r in readings:
        if r.hollow:
            continue
        words = set(r.sentence.words)
        addressed = bool(words & (SECOND_PERSON | {"we", "our"} | CONVERSATION_CUES))
        if r.echoes and addressed:
            return True
        if len(r.echoes) >= 2 and not words & {"i", "my"} and not r.offers:
            return True
        if not context.notes and addressed and (r.quantity or (r.named and len(r.specifics) >= 3)):
            return True  # no notes to compare with: a number or a name will do
    return False


def reminds_of_result(readings: list[Reading]) -> bool:
    """A result or experience of the writer's, with a quantity of something real."""
    for r in readings:
        words = set(r.sentence.words)
        if not r.quantity or len(r.specifics) < 1 or words & SECOND_PERSON:
            continue  # "you said the team spends 2 days" is their problem, not a result
        if words & FIRST_PERSON or words & CHANGE_WORDS:
            return True
        if words & {"years", "months"} and not words & SECOND_PERSON:
            return True
    return False


def offers_value(readings: list[Reading]) -> bool:
    """A concrete offer (or one pointing back to a concrete sentence), or an idea for
    them that names something real: "One idea: pair payouts with invoices nightly"."""
    return any(_concrete_offer(readings, i) or _concrete_idea(r) for i, r in enumerate(readings))


def _concrete_idea(r: Reading) -> bool:
    words = r.sentence.words
    suggests = bool(set(words) & IDEA_WORDS) or any(
        a in {"you", "we"} and b in {"could", "might"} or (a, b) == ("what", "if")
        for a, b in zip(words, words[1:], strict=False)
    )
    return suggests and not r.hollow and (bool(r.echoes) or r.quantity)


def proposes_next_step(readings: list[Reading]) -> bool:
    """A concrete offer, a question about something real, or a proposal with a time."""
    for i, r in enumerate(readings):
        if _concrete_offer(readings, i):
            return True
        if r.sentence.is_question and (r.echoes or len(r.specifics) >= 2 or r.dated):
            return True
        if r.sentence.is_question and r.quantity:
            return True
        words = set(r.sentence.words)
        if r.dated and words & PROPOSALS and words & {"could", "can", "would", "shall", "let"}:
            return True
    return False


def _concrete_offer(readings: list[Reading], i: int) -> bool:
    r = readings[i]
    if not r.offers:
        return False
    if r.concrete or r.dated or len(r.specifics - {"sketch"}) >= 2:
        return True
    points_back = bool(set(r.sentence.words) & BACK_REFERENCES)
    return points_back and i > 0 and readings[i - 1].concrete


def hollow_sentences(readings: list[Reading]) -> list[str]:
    return [r.sentence.text for r in readings if r.hollow]
