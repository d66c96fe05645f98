"""Shorthand the fix leaves as typed but the wizard step names and asks about: words whose
meaning is not certain ("req", "OT", "my last co"), a letter or digit kept where it may
stand for a word ("hurling 4 westmeath", "drove der trucks"), and a sum written as a note
("6 casuals x £14/hr").
Pure functions of plain values; plain word lookups, no regular expressions.
"""

from __future__ import annotations

from letters.answer_digit_words import FOR_ADJECTIVES, OWNERS_NEXT, TO_BEFORE, TOO_NEXT
from letters.answer_figures import (
    COUNTED_SPANS,
    FIGURE_BEFORE,
    FIGURE_HEDGES,
    NUMBER_LABELS,
    SPAN_UNITS,
    counted_next,
    plural_noun,
)
from letters.answer_phone_words import GRADE_LEADS, GRADE_WORDS, LETTER_LABELS
from letters.answer_shorthand_phrases import OWN_COMPANY_BEFORE
from letters.answer_shorthand_words import UNSURE_SHORTHAND, next_word, previous_word
from letters.answer_words import CLOSED_WORDS
from letters.quality import lexicon


def unsure_shorthand(text: str) -> list[str]:
    """Shorthand in an answer the wizard cannot spell out for certain ("req", "OT"), as
    typed, each with the word it may stand for."""
    found = {}
    typed = text.split()
    for place, word in enumerate(typed):
        core = word.strip(".,!?;:()")
        if core.lower() in UNSURE_SHORTHAND and core not in found:
            found[core] = UNSURE_SHORTHAND[core.lower()]
        elif core == "co" and previous_word(typed[:place]) in OWN_COMPANY_BEFORE:
            found[core] = "company"  # "in my last co regression went": "co worker" may follow
    return list(found.items())


# A letter or a digit people type for a word, left where the wizard was not sure of it.
LEFT_LETTERS = {
    "b": "be", "r": "are", "u": "you", "v": "very", "2": "to", "4": "for", "d": "the",
    "der": "there",
}  # fmt: skip


def shorthand_left(text: str) -> list[tuple[str, str]]:
    """Letters and digits standing for a word the fix kept as typed, each with the words
    around it and the word it may stand for: ("hurling 4 westmeath", "for"), ("used 2
    buy", "to"), ("range 4 a month", "for"); figures that count ("4 weekends", "2 still
    there", "4 a day" after a verb) and labels ("plan b", "Year 4") are not named."""
    typed = text.split()
    found: list[tuple[str, str]] = []
    for place in range(1, len(typed) - 1):
        word, before, after = typed[place], typed[place - 1], typed[place + 1]
        if word not in LEFT_LETTERS and not (word == "V" and before[-1:] in ".,!?"):
            continue
        previous = before.lower().strip("(\"'“‘")
        following = after.lower().strip(".,;:!?)")
        if word in ("d", "der"):
            if left := _article_left(word, previous.rstrip(","), following, after):
                found.append((" ".join([before.rstrip(","), word, following]), left))
            continue
        if word.isdigit() and following in ("am", "pm"):
            continue  # "fewer 2 am call-outs": a time
        if not (previous.isalpha() and following.isalpha()) or before != previous:
            continue  # "9k 2 13k", "Leeds v Hull", "sales, 2 still there": not a word between
        if word == "2" and following in TOO_NEXT and not counted_next(typed, place + 1):
            # "the tills were 2 slow most days": likely "too", not certain enough to mend
            found.append((" ".join([before, word, after.rstrip(".,;:!?")]), "too"))
            continue
        if word == "2" and following in TOO_THEN and _too_left(typed, place):
            # "my aunt was in a trial there 2 so ...": likely "too"; "gave them 2 so" counts
            found.append((" ".join([before, word, after.rstrip(".,;:!?")]), "too"))
            continue
        if previous in CLOSED_WORDS - {"that", "which", "who"} or previous in LETTER_LABELS:
            continue
        for_or_count = word == "4" and (
            previous in FOR_ADJECTIVES  # "free 4 paying jobs"
            or _things_then_things(previous, following, typed, place)
            or _thing_then_kind(previous, following, typed, place)
        )
        if (
            word.isdigit()
            and not for_or_count
            and not _figure_for_word(previous, following, typed, place)
        ):
            continue
        if word.isalpha() and (after[:1].isupper() or len(following) < 2):
            continue
        span = [before, word, after.rstrip(".,;:!?")]
        if following in ("a", "an") and after == following and place + 2 < len(typed):
            span.append(typed[place + 2].rstrip(".,;:!?"))  # "range 4 a month"
        found.append((" ".join(span), LEFT_LETTERS[word.lower()]))
    return found[:3]


def _article_left(word: str, previous: str, following: str, after: str) -> str:
    """ "sort the paddy, d new line", "drove der trucks": a lower-case "d" or "der" the
    fix kept, with the word it may be ("the", "there" or "their"); "" for a grade's
    letter ("a d in maths", "vitamin d levels") or a name after it."""
    if not (previous.isalpha() and following.isalpha()) or after[:1].isupper():
        return ""
    if word == "d":
        # "plan b and d" is a label; "after milling and d dryer" is "the"
        labels = LETTER_LABELS - {"and", "or"}
        grade = previous in GRADE_LEADS or previous in labels or following in GRADE_WORDS
        return "" if grade or following in CLOSED_WORDS else "the"
    owned = following not in CLOSED_WORDS and lexicon.is_noun(following)
    return "their" if owned else "there"


# "a trial there 2 so", "it happened to me 2 and": a place, or someone after a word said
# with them, then "2" and a word that joins a new clause: "too" reads well, but it is
# only named ("gave them 2 so they ..." counts).
TOO_PLACES = frozenset({"there", "here"})
TOO_PEOPLE = frozenset({"me", "us", "them", "him", "her", "it", "that"})
TOO_PEOPLE_AFTER = frozenset({"to", "with", "for", "at", "from", "and", "n", "about", "on"})
TOO_THEN = frozenset({"so", "and", "n", "but", "as", "though", "tho", "lol"})


def _too_left(typed: list[str], place: int) -> bool:
    """ "there 2 so", "to me 2 but": a "2" that is likely "too" (see above)."""
    previous = typed[place - 1].lower()
    if previous in TOO_PLACES:
        return True
    return previous in TOO_PEOPLE and place > 1 and typed[place - 2].lower() in TOO_PEOPLE_AFTER


def _thing_then_kind(previous: str, following: str, typed: list[str], place: int) -> bool:
    """ "have budget 4 local materials", "a kit 4 new starters": a noun in the singular
    that is no verb's past or "-ing" form, then "4" and a describing word or a noun:
    "for" reads well, but the "4" may count what follows, so it is only named. Not
    after a label ("Year 4 reading"), a span or a figure's word ("at 4 local shops")."""
    if previous in NUMBER_LABELS or previous in COUNTED_SPANS or previous in SPAN_UNITS:
        return False
    if previous in FIGURE_BEFORE or previous in CLOSED_WORDS or plural_noun(previous):
        return False
    if not following.isalpha() or following in CLOSED_WORDS or following in COUNTED_SPANS:
        return False
    if not lexicon.is_noun(previous) or lexicon.verb_tags(previous) - {"NN", "VB", "VBP"}:
        return False
    if place > 1 and any(c.isdigit() for c in typed[place - 2]):
        return False  # "3 vans 4 trailers"
    return lexicon.is_adjective(following) or lexicon.is_noun(following)


def _things_then_things(previous: str, following: str, typed: list[str], place: int) -> bool:
    """ "on overnights 4 tournaments": a plural noun that is no verb's form, then "4" and
    a plural; "for" reads well, but the "4" may count them, so it is only named. Not
    spans ("2 weeks 4 days"), nor after a figure ("3 vans 4 trailers")."""
    if previous in COUNTED_SPANS or following in COUNTED_SPANS or lexicon.verb_tags(previous):
        return False
    if place > 1 and any(c.isdigit() for c in typed[place - 2]):
        return False
    plural = previous.endswith("s") and not previous.endswith("ss") and len(previous) > 3
    things = plural_noun(previous) or lexicon.is_english_word(previous[:-1])  # "overnights"
    return plural and things and plural_noun(following)


def _figure_for_word(previous: str, following: str, typed: list[str], place: int) -> bool:
    """ "hurling 4 westmeath", "used 2 buy", "range 4 a month": a figure between words
    where no count goes; "worked 4 weekends", "level 2 kids", "did 4 a day", "4 new
    starters" (a plural a few words on) may count."""
    if previous in FIGURE_BEFORE or previous in NUMBER_LABELS or previous in COUNTED_SPANS:
        return False
    if _counted_done(following):
        return False  # "only 2 needed a second visit", "by friday 2 passed": a count
    if following in OWNERS_NEXT:
        return True  # "sold 2 the same day" may count, but "2 the" is asked about
    if previous in FIGURE_HEDGES:
        return False  # "only 2 on the night shift", "just 4 this week": an amount
    if following in ("a", "an"):
        # "range 4 a month": after a noun that is no verb's form, no count; "did 4 a day"
        noun = lexicon.is_noun(previous) and not previous.endswith("s")
        return noun and not lexicon.verb_tags(previous) - {"NN", "VB", "VBP"}
    if following in CLOSED_WORDS or plural_noun(following) or following in COUNTED_SPANS:
        return False
    if not lexicon.is_english_word(following):
        return True  # "hurling 4 westmeath minors": a name after it, asked about
    if "VB" in lexicon.verb_tags(following) and previous in TO_BEFORE:
        return True  # "used 2 buy cattle"; "moved up 2 colour bands" counts
    counted = next_word(typed, place + 1)
    plural = counted.endswith("s") and not counted.endswith("ss") and len(counted) > 3
    describes = lexicon.is_adjective(following) or lexicon.is_noun(following)
    if describes and plural:
        # "trained 2 new baristas", "mentored 4 trainee sonographers": "2 cold drinks";
        # not "4 cold food"
        return False
    for word in typed[place + 2 : place + 4]:
        core = word.lower().strip(".,;:!?")
        if plural_noun(core) and core.isalpha():
            return False  # "2 new starters", "4 night shifts": counted
        if word[-1:] in ".,;:!?" or core in CLOSED_WORDS:
            break
    return True


def _counted_done(following: str) -> bool:
    """ "2 needed", "2 passed", "2 left": a verb's past form that is no plain verb says
    what the counted ones did; no one types "to needed" ("used 2 buy" is a plain verb)."""
    tags = lexicon.verb_tags(following)
    return bool(tags & {"VBD", "VBN"}) and "VB" not in tags


def times_sign(text: str) -> bool:
    """ "6 casuals x £14/hr": an "x" between figures, a sum written as a note."""
    words = text.split()
    for at, word in enumerate(words[1:-1], start=1):
        if word.lower() != "x":
            continue
        before = " ".join(words[max(0, at - 2) : at])
        if any(c.isdigit() for c in before) and any(c.isdigit() for c in words[at + 1]):
            return True
    return False
