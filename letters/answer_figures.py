"""Figures in a wizard answer: units and rates said in words ("1hr", "£14/hr", "per hr"),
"-ish" and "~" ("£250ish", "~25"), an arrow between two amounts ("40 -> 90"), and the
tables and tests of what a figure counts or names (``plural_noun``, ``counted_next``,
``NUMBER_LABELS``, ``COUNTED_SPANS``, ``PEOPLE_COUNTED``) that the digit and hint rules share.
Pure functions of plain values.
"""

from __future__ import annotations

from letters.answer_shorthand_words import UNITS, WEEKDAYS, next_word
from letters.answer_words import CLOSED_WORDS
from letters.quality import lexicon

# "£14/hr", "consults/wk": a rate said in words.
PER_UNITS = {
    "hr": "an hour", "hour": "an hour", "h": "an hour", "wk": "a week", "week": "a week",
    "day": "a day", "yr": "a year", "year": "a year", "mo": "a month", "mth": "a month",
    "mnth": "a month",
    "month": "a month", "shift": "a shift", "night": "a night",
}  # fmt: skip


def number_and_unit(word: str) -> str | None:
    """ "1hr" -> "1 hour", "24h" -> "24 hours", "3wks" -> "3 weeks"; None for others."""
    digits = len(word) - len(word.lstrip("0123456789"))
    number, unit = word[:digits], word[digits:].lower()
    if not digits or unit not in UNITS or not number.isdigit():
        return None
    spelled = UNITS[unit]
    return f"{number} {spelled[:-1] if number == '1' else spelled}"


def between_amounts(words: list[str], typed: list[str], place: int) -> bool:
    """An arrow from one amount to another ("40 -> 90", "20 min -> 12 min", "~60/month ->
    ~15", "about 60 a month -> about 15"): a figure on both sides, so "to", not "so"."""
    back = [w.lower().strip(".,;:!?") for w in words[-4:]]
    while back and not any(c.isdigit() for c in back[-1]) and back[-1] in AMOUNT_TAILS:
        back.pop()  # "60 a month", "20 min", "40 per night": the figure's unit after it
    if not back or not any(c.isdigit() for c in back[-1]):
        return False
    following = next_word(typed, place)
    if following in AMOUNT_HEDGES and place + 2 < len(typed):
        following = typed[place + 2].lower()  # "-> about 15"
    return following.lstrip("~$£€≈<>")[:1].isdigit()


# What may stand between a figure and an arrow: its unit or rate ("60 a month ->").
AMOUNT_TAILS = frozenset({
    "a", "an", "per", "each", "every", "month", "months", "week", "weeks", "day", "days",
    "year", "years", "hour", "hours", "hr", "hrs", "h", "min", "mins", "minute", "minutes",
    "night", "nights", "shift", "shifts", "%", "percent", "k", "m", "mo", "wk", "wks", "yr",
})  # fmt: skip

AMOUNT_HEDGES = frozenset({
    "about", "around", "roughly", "approximately", "approx", "abt", "arnd", "maybe", "nearly",
    "almost", "~",
})  # fmt: skip

# Nouns that count in their own form: "2 staff", "2 people" are figures.
PLURAL_FORMS = frozenset({
    "people", "staff", "men", "women", "children", "kids", "crew", "police", "personnel",
    "sheep", "cattle", "fish", "deer", "stock", "feet", "teeth", "mice", "geese",
})  # fmt: skip
# "Year 4 30 kids", "on day 1": a figure naming which one, not a count.
NUMBER_LABELS = frozenset({
    "year", "level", "band", "grade", "class", "ward", "stage", "tier", "phase", "step",
    "page", "room", "floor", "unit", "bay", "gate", "zone", "route", "no", "number", "day",
    "week", "month", "key", "section", "platform", "lane", "line", "table", "team", "group",
    "round", "terminal", "exit", "junction", "hwy", "highway", "area", "block", "aisle",
    "dock", "door", "bus", "shift", "module", "part", "chapter", "session", "wave",
    "type", "division", "category", "cat", "cohort", "version", "pier", "berth",
    "hangar", "runway", "standard", "tranche", "wing", "plot", "mk", "pen", "shed", "hall",
})  # fmt: skip


def plural_noun(word: str) -> bool:
    """ "weekends", "stores", "staff": what a figure before it may count."""
    if word in PLURAL_FORMS or word in PEOPLE_COUNTED or word[:-1] in WEEKDAYS:
        return True
    return word.endswith("s") and (lexicon.is_noun(word) or lexicon.is_noun(word[:-1]))


COUNTED_SPANS = frozenset({
    "years", "months", "weeks", "days", "hours", "minutes", "shifts", "nights", "yrs",
    "mths", "wks", "hrs", "mins", "times", "seasons", "summers", "winters",
})  # fmt: skip
# "4 2 guys": people a job takes, so the "4" before their number is "for".
PEOPLE_COUNTED = frozenset({
    "guys", "people", "men", "lads", "blokes", "staff", "carers", "techs", "fitters",
    "workers", "nurses", "drivers", "porters", "cleaners", "chefs", "electricians",
    "hires", "starters", "employees", "customers", "clients", "patients", "students",
    "kids", "children", "guests", "residents", "tenants", "members", "managers",
    "candidates", "volunteers", "visitors", "passengers",
})  # fmt: skip
# "at 4 all day", "cost 2 each": a figure after these, however "each" or "all" follows.
FIGURE_BEFORE = frozenset({
    "at", "cost", "costs", "costing", "was", "were", "is", "are", "about", "around", "by",
    "of", "from", "and", "or", "till", "until", "ordered", "order", "buy", "bought", "sold",
})  # fmt: skip
SPAN_UNITS = frozenset({
    "min", "mins", "minutes", "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks",
    "wk", "wks", "month", "months", "year", "years", "yrs",
})  # fmt: skip

# A span's unit after a figure: "from 40 minutes 2 25".
TIME_UNITS = frozenset({
    "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "h", "sec", "secs",
    "seconds", "day", "days", "week", "weeks", "wk", "wks",
})  # fmt: skip

FIGURE_HEDGES = AMOUNT_HEDGES | frozenset({"just", "only", "under", "over", "below", "above"})


def per_unit(word: str) -> str | None:
    """ "£14/hr" -> "£14 an hour", "consults/wk" -> "consults a week"; None for others
    ("24/7", "fri/sat", "and/or")."""
    head, slash, unit = word.partition("/")
    if not slash or unit.lower() not in PER_UNITS or not head or "/" in unit:
        return None
    if not (head[-1:].isdigit() or (head.isalpha() and len(head) > 2 and head.islower())):
        return None
    return f"{head} {PER_UNITS[unit.lower()]}"


# "per hr", "£28 an hr", "half an hr", "extra hrs": an hour; "in hr", "the hr team" is HR.
HOUR_BEFORE = frozenset({"per", "an", "a", "each", "every", "one", "half", "by"})
HOURS_BEFORE = frozenset({"few", "extra", "more", "many", "long", "less", "fewer", "some", "the"})
HOUR_AFTER = frozenset({"team", "department", "dept", "manager", "managers", "side", "rep"})


def hour_here(word: str, before: list[str], following: str) -> str | None:
    """ "rounds sold per hr", "£28 an hr", "a few hrs": "hour" or "hours" where "hr" can
    only be the unit; None where it may be the department ("worked in hr")."""
    previous = before[-1].lower().strip(".,;:") if before else ""
    if following in HOUR_AFTER:
        return None
    if word == "hr" and previous in HOUR_BEFORE:
        return "hour"
    if word == "hrs" and (previous in HOURS_BEFORE or previous in HOUR_BEFORE):
        return "hours"
    return None


def figure_ish(word: str) -> str | None:
    """ "£250ish", "40-ish" -> "£250", "40"; None for a word that is not a figure."""
    lowered = word.lower()
    if not lowered.endswith("ish"):
        return None
    figure = word[:-3].rstrip("-")
    return figure if figure[-1:].isdigit() else None


def figure_before(words: list[str]) -> bool:
    return bool(words) and words[-1][-1:].isdigit()


def counted_next(typed: list[str], place: int) -> bool:
    """ "2 late shifts", "2 slow days": a noun after the word, which the "2" counts."""
    if typed[place][-1:] in ".,;:!?" or place + 1 >= len(typed):
        return False
    after = typed[place + 1].lower().strip(".,;:!?")
    return after.isalpha() and after not in CLOSED_WORDS and lexicon.is_noun(after)


# "4 a day", "4 an hour", "4 a head": a count for each of these, so the "4" stays.
RATE_UNITS = frozenset({
    "day", "week", "month", "year", "hour", "minute", "second", "shift", "night", "session",
    "head", "piece", "pop", "side", "go", "time", "person", "weekend", "quarter", "term",
    "season", "dozen", "pair", "pound", "lb", "kilo", "kg", "bag", "box", "case", "unit",
    "pack", "room", "load", "trip", "visit", "round", "turn", "fortnight", "morning",
    "evening", "afternoon", "class", "table", "bed", "page", "pint", "cup", "job", "run",
    "lesson", "batch", "tray", "slot", "hr", "min", "wk", "yr", "mth", "sec", "penny",
})  # fmt: skip


def tilde_spelled(core: str) -> str | None:
    """ "~25" -> "about 25", "~$40", "~25/month" -> "about 25 a month", "~half", "6~8"
    -> "6 to 8"; None where "~" is no such shorthand."""
    if core == "~":
        return "about"
    if core.startswith("~"):
        rest = figure_ish(core[1:]) or core[1:]  # "~250ish": about 250, once
        figure = rest[:1].isdigit() or (rest[:1] in "£$€" and rest[1:2].isdigit())
        if not figure and rest.lower() != "half":
            return None
        return "about " + (per_unit(rest) or number_and_unit(rest) or rest)
    low, tilde, high = core.partition("~")
    if not tilde or not low.lstrip("£$€").isdigit() or not high[:1].isdigit() or "~" in high:
        return None
    return f"{low} to {per_unit(high) or number_and_unit(high) or high}"
