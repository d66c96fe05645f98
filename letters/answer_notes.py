"""Notes the checker takes for sentences, in shapes seen in the blind sets (issue 19, set
W): each is a note in the letter unless the wizard says so.

- a label and its value: "Old shop: turnaround 2 days down to the same day";
- a noun with "of" and no verb: "Tour of new scan rooms with Helen Marsh";
- a gain said with a participle and no verb: "More repair work won from your inspections";
- a note, then a clause after a comma: "CCHT for 4 years, I cannulate fistulas";
- a state tacked on after a comma: "…running late, contract at risk".

The first four leave the answer out with the step's note notice (its example says it as a
sentence); the last is a hint, as the other tails after a comma are. Pure functions of
plain values; the words looked at are capped, and there are no regular expressions.
"""

from __future__ import annotations

from letters.answer_fixes import can_be_finite, is_note
from letters.answer_words import CLOSED_WORDS, DETERMINERS, GAIN_STARTS
from letters.quality import lexicon

FINITE_FORMS = frozenset({
    "is", "are", "was", "were", "am", "be", "been", "being", "has", "have", "had", "do",
    "does", "did", "can", "could", "will", "would", "shall", "should", "may", "might",
    "must", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "won't",
    "can't", "couldn't", "wouldn't", "shouldn't", "hasn't", "haven't", "hadn't",
})  # fmt: skip
SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they", "it", "there", "i'm", "i've"})
# "Lots of patients come back", "Most of the staff stayed": a quantity, not a heading
QUANTITY_HEADS = frozenset({
    "lots", "lot", "most", "some", "all", "none", "many", "half", "part", "one", "each",
    "both", "few", "several", "plenty", "majority", "rest", "any", "much", "two",
    "three", "four", "five", "because", "instead", "out", "kind", "sort", "top",
})  # fmt: skip
# Participles that are no past tense of their own: "won" is both, "done" only this.
PARTICIPLES = frozenset({
    "won", "done", "made", "kept", "taken", "given", "built", "sold", "fixed", "seen",
    "found", "saved", "cut", "shipped", "picked", "packed", "finished", "cleared", "closed",
    "handled", "booked", "rebooked", "turned", "delivered", "answered", "resolved", "quoted",
    "signed", "caught", "spent", "lost", "met", "paid", "served", "filled", "processed",
})  # fmt: skip
MAX_WORDS = 40


def _bare(word: str) -> str:
    return word.lower().replace("’", "'").strip('.,;:!?()"')


def _has_verb(words: list[str]) -> bool:
    """A word that only a verb can be here ("halved", "runs", "is"), or a subject pronoun."""
    for word in words[:MAX_WORDS]:
        bare = _bare(word)
        if bare in FINITE_FORMS or bare in SUBJECTS or "'" in bare[1:]:
            return True
        if not bare.isalpha():
            continue
        tags = lexicon.verb_tags(bare) & {"VBD", "VBZ", "VBP", "MD"}
        if tags and not lexicon.is_noun(bare) and not lexicon.is_adjective(bare):
            return True
    return False


def labelled_note(sentence: str) -> bool:
    """ "Old shop: turnaround 2 days down to the same day", "Previous salon: 40 clients a
    week": a label of up to three words, a colon, and a value with no verb."""
    label, colon, value = sentence[:300].partition(":")
    words, said = label.split(), value.split()
    if not colon or not 0 < len(words) <= 3 or len(said) < 2:
        return False
    if any(c.isdigit() for c in label) or _has_verb(words):
        return False  # "At 5: …", "I said: …"
    return not _has_verb(said)


def of_note(sentence: str) -> bool:
    """ "Tour of new scan rooms with Helen Marsh, lead sonographer": a thing "of" another,
    and no verb in it; not "Lots of patients come back", a quantity with a verb after."""
    words = sentence[:300].split()
    if len(words) < 3 or _bare(words[1]) != "of":
        return False
    head = _bare(words[0])
    if not head.isalpha() or head in QUANTITY_HEADS or head in DETERMINERS:
        return False
    if not lexicon.is_noun(head):
        return False
    return not _has_verb(words[2:])


def participle_gain(sentence: str) -> bool:
    """ "More repair work won from your own inspections", "Fewer jobs rebooked after the
    first visit": what it gains said as a thing and a participle, no verb that says it
    would happen."""
    words = [_bare(w) for w in sentence[:300].split()]
    if len(words) < 3 or words[0] not in GAIN_STARTS:
        return False
    if any(w in FINITE_FORMS or w in SUBJECTS for w in words):
        return False
    at = next((i for i, w in enumerate(words[2:], 2) if w in PARTICIPLES or _edded(w)), 0)
    return bool(at) and not _has_verb([w for i, w in enumerate(words) if i != at])


def _edded(word: str) -> bool:
    return len(word) > 4 and word.endswith("ed") and "VBN" in lexicon.verb_tags(word)


def head_note(sentence: str) -> str:
    """ "CCHT for 4 years, I cannulate fistulas …": the note before the comma (no verb,
    no one in it) when a clause said with "I" or "we" follows; "" when there is none."""
    head, comma, rest = sentence[:400].partition(", ")
    words, after = head.split(), rest.split()
    if not comma or not 2 <= len(words) <= 7 or len(after) < 2:
        return ""
    if _bare(after[0]) not in ("i", "we", "i've", "i'm", "we've", "we're"):
        return ""
    if _bare(words[0]) in CLOSED_WORDS:
        return ""  # "In my current team, we raised …": an opening phrase, not a note
    if _has_verb(words) or not (is_note(head) or _noun_head(words)):
        return ""
    return head


# "Last year, we …", "Monday mornings, I …": a time, which opens a sentence, no note
TIME_LEADS = frozenset({"last", "this", "next", "every", "each", "most", "some", "early"})
TIME_NOUNS = frozenset({
    "year", "years", "month", "months", "week", "weeks", "day", "days", "night", "nights",
    "morning", "mornings", "evening", "evenings", "summer", "winter", "spring", "autumn",
    "season", "time", "weekend", "weekends", "shift", "shifts",
})  # fmt: skip


def _noun_head(words: list[str]) -> bool:
    """ "Full C licence", "clean driving licence": a noun and the words before it, which
    the checker reads as an order ("full", "clean" as verbs, or "licence"); not where the
    first word is an order with its object or an adverb ("Clean the bays", "work well
    under pressure") or a later word can only be a verb."""
    bare = [_bare(w) for w in words]
    first, second = bare[0], bare[1]
    if lexicon.verb_tags(first) and (
        not (lexicon.is_adjective(first) or lexicon.is_noun(first))
        or second in DETERMINERS | CLOSED_WORDS
        or lexicon.is_adverb(second)
    ):
        return False  # "Clean the bays", "work well under pressure": an order, or "I" left out
    if not lexicon.is_noun(bare[-1]) or first in TIME_LEADS or bare[-1] in TIME_NOUNS:
        return False  # "Last year, we …", "Most days, I …": when, an opening phrase
    return not any(can_be_finite(bare, place) for place in range(len(bare)))


# "FM sector", "offshore side": where the work was, said with "in the"
WHERE_WORDS = frozenset({
    "sector", "industry", "trade", "field", "market", "side", "department", "setting",
})  # fmt: skip


def colon_mended(offer: str) -> str:
    """ "I have 6 years of obs and general experience: CASE accredited." -> "…, and I am
    CASE accredited.": a second note that is a state of the user's own, said with "I am"
    as a note alone is ("Ceramic coating certified" -> "I am ceramic coating certified");
    "" for any other colon (a list of kinds after it reads well: "…: slate and tile")."""
    head, _, tail = offer.rstrip(".").partition(": ")
    words = tail.split()
    if not head or not 0 < len(words) <= 3 or ":" in tail or "," in tail:
        return ""
    last = _bare(words[-1])
    if last in STATE_WORDS or (last.endswith("ed") and "VBN" in lexicon.verb_tags(last)):
        return f"{head}, and I am {tail}."
    return ""


def colon_note_example(offer: str) -> str:
    """ "I have 3 years of bid coordination experience: FM sector." -> "… experience in the
    FM sector.": an example for the notice (never the letter's text), or "" when the part
    after the colon is no sector or field."""
    head, _, tail = offer.rstrip(".").partition(": ")
    words = tail.split()
    if not head or not 0 < len(words) <= 3 or ":" in tail or "," in tail:
        return ""
    return f"{head} in the {tail}." if _bare(words[-1]) in WHERE_WORDS else ""


STATE_WORDS = frozenset({"certified", "qualified", "registered", "licensed", "trained"})
TIME_WORDS = frozenset({
    "shift", "shifts", "morning", "mornings", "night", "nights", "weekend", "weekends",
    "daily", "weekly", "nightly", "am", "pm", "early", "late",
})  # fmt: skip


def timed_part(part: str) -> bool:
    """ "early shift 5am before heat", "nights 10pm till 6": a time jotted after a comma,
    up to six words, with no verb to say what happens then."""
    words = [_bare(w) for w in part[:200].split()]
    if not 2 < len(words) <= 6 or _has_verb(words):
        return False
    return any(w in TIME_WORDS or (w[:1].isdigit() and w.endswith(("am", "pm"))) for w in words)


# "at risk", "on hold", "in danger", "behind schedule", "under pressure": a state
STATE_PREPOSITIONS = frozenset({"at", "on", "in", "behind", "under"})
NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "half", "both"})


def verbless_tail(sentence: str) -> tuple[str, str, str] | None:
    """ "You mentioned dealer recon cars running late, contract at risk": (the sentence
    before the comma, the tail, an example with a verb), or None. The tail is a thing and
    a place or state ("contract at risk", "orders on hold"), no verb in it."""
    before, comma, tail = sentence[:400].rstrip(".!").rpartition(", ")
    words = [_bare(w) for w in tail.split()]
    if not comma or not 2 <= len(words) <= 5 or "," in before[-1:]:
        return None
    at = next((i for i, w in enumerate(words) if w in STATE_PREPOSITIONS), 0)
    if not at or at > 2 or len(words) - at > 2 or not all(w.isalpha() for w in words):
        return None  # "…, 2 at a Toyota dealer", "…, at my last job": another shape
    if not tail[:1].islower() or words[0] in NUMBER_WORDS:
        return None  # "…, Bay of Islands", "…, two as shift lead"
    thing = words[:at]
    if thing[0] in DETERMINERS:
        thing = thing[1:]
    if not thing or not all(lexicon.is_noun(w) for w in thing) or _has_verb(words):
        return None
    if is_note(before) or not _has_verb(before.split()):
        return None
    verb = "are" if thing[-1].endswith("s") and not thing[-1].endswith("ss") else "is"
    place = " ".join(tail.split()[at:])
    example = f"{before}, so the {' '.join(thing)} {verb} {place}."
    return before, tail, example


def verbless_tail_hint(sentences: tuple[str, ...]) -> str:
    """The hint for a tail with no verb after a comma, in the words of the note notices."""
    for sentence in sentences:
        if found := verbless_tail(sentence):
            _, tail, example = found
            return (
                f" “{tail}” after a comma reads as a note: say it as a sentence, "
                f"for example “{example}”"
            )
    return ""
