"""Shorthand for days, dates and set phrases in a wizard answer, read from the words around
it: a day's or a month's short form ("fri", "in feb"), "1st" for "first", "last min",
"same day", "exp" for experience, "co" for one's own company, "no shows", "like" as a hedge
("in like two months"), "at last job" and an "&" that is part of a name.
Pure functions of plain values; plain word lookups, no regular expressions.
"""

from __future__ import annotations

from letters.answer_figures import COUNTED_SPANS, PEOPLE_COUNTED
from letters.answer_shorthand_words import (
    DAYS,
    MONTH_NAMES,
    MONTHS,
    OBJECT_LEADS,
    SHORTHAND,
    WEEKDAYS,
    WORKPLACES,
    ends_phrase,
    next_word,
    previous_word,
)
from letters.answer_words import CLOSED_WORDS
from letters.quality import lexicon

DAY_BEFORE = frozenset({
    "on", "every", "this", "next", "last", "for", "and", "or", "by", "until", "til",
    "through", "thru", "a", "weekend", "busy", "from", "to", "start", "starting", "after",
    "before", "till", "since",
})  # fmt: skip
DAY_AFTER = frozenset({
    "night", "nights", "morning", "mornings", "afternoon", "afternoons", "evening",
    "evenings", "shift", "shifts", "and", "or", "no", "rush", "lunch", "brunch", "service",
    "too", "mornin", "arvo", "arvos",
})  # fmt: skip
SAT_VERB_AFTER = frozenset({
    "on", "down", "in", "at", "with", "there", "beside", "by", "up", "next", "around",
    "outside", "back", "quietly", "still", "together", "through", "behind", "near",
})  # fmt: skip
# Short forms that are only ever a day ("a trial shift fri if that works"): spelled out
# wherever they stand; "sat", "sun", "mon" and "wed" are words too, so they need a place.
ONLY_DAYS = frozenset({"tue", "tues", "thu", "thur", "thurs", "fri"})


def day_spelled(word: str, before: list[str], typed: list[str], place: int) -> str | None:
    """ "fri and sat nights", "on sat", "fri/sat": a day's short form spelled out; not
    "I sat down", "the sun"."""
    if "/" in word and all(p in DAYS for p in word.split("/")):
        return "/".join(DAYS[p] for p in word.split("/"))
    if "+" in word and all(p in DAYS for p in word.split("+")):
        *first, last = (DAYS[p] for p in word.split("+"))
        return f"{', '.join(first)} and {last}"  # "sat+sun" -> "Saturday and Sunday"
    if word.count("-") == 1 and all(p in DAYS for p in word.split("-")):
        first, last = word.split("-")
        return f"{DAYS[first]} to {DAYS[last]}"  # "mon-sat" -> "Monday to Saturday"
    if word not in DAYS:
        return None
    previous = before[-1].lower().strip(".,;:") if before else ""
    following = next_word(typed, place)
    following = SHORTHAND.get(following, following)  # "fri nite": night
    daytime = following in DAY_AFTER - {"and", "or", "no", "too"}
    if (
        previous in ("i", "we", "he", "she", "they", "you")
        or (
            previous == "the" and not daytime  # "the sat mornin queue" is Saturday's
        )
        or (word == "sun" and not previous)
    ):
        return None
    if previous in ("and", "or") and word not in ONLY_DAYS and following not in DAY_AFTER:
        # "fri and sat" is a day; "he came and sat", "wed and" alone is not certain
        earlier = before[-2].lower().strip(".,;:") if len(before) > 1 else ""
        return DAYS[word] if earlier in DAYS or earlier in WEEKDAYS else None
    if word == "sat" and following in SAT_VERB_AFTER:
        return None  # "we sat down", "sat on my foot": the verb
    if previous in DAY_BEFORE or following in DAY_AFTER or (not previous and following):
        return DAYS[word]
    if word in ONLY_DAYS:
        return DAYS[word]
    return None


MONTH_BEFORE = frozenset({
    "in", "by", "until", "til", "till", "since", "from", "early", "late", "mid", "end", "of",
    "the", "last", "next", "this", "every", "before", "after", "to", "through", "during",
})  # fmt: skip


def month_here(word: str, before: list[str], typed: list[str], place: int) -> bool:
    """ "in feb", "the Nov shutdown", "oct 1": a month; "mar" only where a month goes."""
    following = next_word(typed, place)
    dated = following[:1].isdigit() or previous_word(before) in MONTH_BEFORE
    return dated or (word != "mar" and not before)


def own_last(before: list[str], typed: list[str], place: int) -> bool:
    """ "at last job", "with last boss": phone style for "at my last job" ("at last," alone
    means finally)."""
    after = typed[place + 1].lower().strip(".,;:!?") if place + 1 < len(typed) else ""
    previous = before[-1].lower() if before else ""
    return previous in ("at", "from", "in", "on", "with") and after in WORKPLACES


# "5 yrs exp", "freezer exp at Sysco": experience after a span or before these; not "exp
# 2026", "card exp in june" (a date: expiry).
EXPERIENCE_BEFORE = frozenset({"years", "year", "yrs", "yr", "months", "mths"})
EXPERIENCE_NEXT = frozenset({"in", "at", "with", "on", "as", "of", "from", "doing", "running"})
# "at my last co we ...", "prev co - about 3 weeks": the company where these name it.
OWN_COMPANY_BEFORE = frozenset({"last", "old", "previous", "prior", "former", "current"})
# "co" before these is a prefix ("my co workers") or a co-op: never the company.
CO_PREFIXED = frozenset({"op", "ops", "operative", "worker", "workers", "owner", "owners"})
# "cut the no shows", "loads of no shows": a noun there, so "no-shows"; "there were no
# shows on Monday", "we had no shows" (no performances) stay as typed.
NO_SHOWS_AFTER = frozenset({
    "the", "of", "fewer", "less", "more", "cut", "cutting", "cuts", "reduce", "reduced",
    "reducing", "reduces", "track", "tracking", "tracked", "chase", "chasing", "chased",
    "mentioned", "any", "many", "those", "these", "our", "your", "their", "my", "prevent",
    "preventing", "prevented", "stop", "stopping", "avoid", "avoiding", "handle", "handling",
    "manage", "managing", "a", "lost", "losing", "lose", "about", "on", "with", "for",
})  # fmt: skip
# "in like two months": "like" before a spelled-out count of these is "about".
SPELLED_COUNTS = frozenset({
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred",
})  # fmt: skip
# After these "like" is no hedge: "more like 4", "something like 40", "felt like 10 min".
LIKE_COMPARES = frozenset({
    "more", "less", "something", "anything", "nothing", "look", "looks", "looked", "feel",
    "feels", "felt", "seem", "seems", "seemed", "sound", "sounds", "sounded", "just",
    "exactly", "much", "not", "i", "we", "you", "they", "he", "she", "would", "i'd", "really",
    "also", "don't", "didn't", "do", "did", "to", "who", "people",
})  # fmt: skip
# "in like two months", "for like five minutes": "like" there is a hedge.
LIKE_HEDGES_AFTER = frozenset({
    "in", "for", "took", "take", "takes", "taking", "was", "were", "is", "are", "be",
    "been", "after", "within", "at", "had", "got", "have", "has", "with", "maybe", "only",
    "around", "by", "over", "under", "waited", "worked", "spent", "lasted", "talked",
})  # fmt: skip


def experience_here(before: list[str], typed: list[str], place: int) -> bool:
    """ "5 yrs exp", "freezer exp at Sysco", "exp in retail": "experience"; "exp 2026",
    "exp date", "card exp in june" (an expiry) stay as typed."""
    following = next_word(typed, place)
    then = next_word(typed, place + 1)
    if following[:1].isdigit() or following in MONTHS or following in CALENDAR_DATES:
        return False
    if following in EXPERIENCE_NEXT:
        if then[:1].isdigit() or then in MONTHS or then in CALENDAR_DATES:
            return False
        return bool(before) and before[-1][-1:].isalpha()
    ends = typed[place][-1:] in ".,;:!?" or not following or following in CLOSED_WORDS
    return ends and previous_word(before) in EXPERIENCE_BEFORE


CALENDAR_DATES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "date", "dates", "end", "next", "soon", "today",
    "tomorrow",
})  # fmt: skip


def own_company_here(before: list[str], typed: list[str], place: int) -> bool:
    """ "at my previous co we did", "prev co - about 3 weeks": the company, where a word
    of one's own workplace stands before it and no noun after it ("my last co worker")."""
    if previous_word(before) not in OWN_COMPANY_BEFORE:
        return False
    following = next_word(typed, place)
    if following in CO_PREFIXED or typed[place][-1:] == "-":
        return False
    ends = typed[place][-1:] in ".,;:!?" or not following or following in ("-", "–", "—")
    return ends or (following in CLOSED_WORDS and following not in ("op", "ops"))


def no_shows_here(before: list[str], typed: list[str], place: int) -> bool:
    """ "cut the no shows", "No shows went from 12 a week": "no-shows"; "there were no
    shows on Monday" (no performances) stays as typed."""
    if previous_word(before) != "no" or before[-1][-1:] not in "oO":
        return False
    ahead = previous_word(before, 2)
    if len(before) >= 2 and before[-2][-1:].isalpha() and ahead in NO_SHOWS_AFTER:
        return True
    if len(before) >= 2 and (ahead[:1].isdigit() and before[-2][-1:].isdigit()):
        return True  # "1 in 8 no shows"
    opening = len(before) == 1 or before[-2][-1:] in ".!?"
    if not opening or typed[place][-1:] in ".,;:!?":
        return False
    tags = lexicon.verb_tags(next_word(typed, place))
    return bool({"VBD", "VBZ", "VBP"} & tags) and next_word(typed, place) not in CLOSED_WORDS


def like_about(before: list[str], typed: list[str], place: int) -> bool:
    """ "in like two months", "for like 10 min": "like" as a hedge, "about"; "more like 4",
    "I like two things", "felt like 10 minutes" keep it."""
    previous = previous_word(before)
    following = next_word(typed, place)
    if previous in LIKE_COMPARES or what_like(before):
        return False  # "What's the roster like 4 new starters?": "what's it like", no hedge
    if following[:1] in tuple("0123456789£$€~"):
        return True  # "like £40 a week"
    if (
        not before
        or not before[-1][-1:].isalpha()
        or following not in SPELLED_COUNTS
        or previous not in LIKE_HEDGES_AFTER
    ):
        return False
    counted = next_word(typed, place + 1)
    return counted in COUNTED_SPANS or counted in PEOPLE_COUNTED


# "What's the roster like", "what is the pay like": "like" closes the question.
WHAT_LIKE_LEADS = (("what's",), ("what’s",), ("whats",), ("what", "is"), ("what", "was"),
                   ("what", "are"), ("what", "were"))  # fmt: skip


def what_like(before: list[str], *, the: bool = False) -> bool:
    """The clause so far opens "what's …" / "what is …" with a word or more after it: a
    "like" next is the question's own ("what's the roster like"), not a hedge."""
    start = max((at + 1 for at, w in enumerate(before) if w[-1:] in ".!?;:,"), default=0)
    clause = [w.lower().strip('"“‘(') for w in before[start:]]
    lead = next((lead for lead in WHAT_LIKE_LEADS if tuple(clause[: len(lead)]) == lead), None)
    if lead is None or len(clause) <= len(lead):
        return False
    return not the or clause[len(lead)] == "the"  # "what's the roster", not "what's it"


# "aides cancel last min": a verb then "last min" ending the clause is "at the last minute".
LAST_MIN_PARTICLES = frozenset({"out", "off", "in", "up", "down"})
# "my last min wage job": "min" for "minimum" before these.
MINIMUM_NEXT = frozenset({"wage", "wages", "pay", "salary", "rate", "order", "spend", "age"})


def last_minute(words: list[str], typed: list[str], place: int) -> str | None:
    """How "last min" reads, ``words[-1]`` being "last": "describes" before a noun ("last
    min cancels" -> "last-minute cancels"); "at the" after a verb at the clause's end ("aides
    cancel last min"); "the" after "at", "until", "to" ("left it to last min"); "" after
    "the" ("the last min of the shift"); None where it is not certain ("my last min wage")."""
    if previous_word(words) != "last" or not words[-1][-1:].isalpha():
        return None
    following = next_word(typed, place)
    if following in MINIMUM_NEXT:
        return None
    mark = typed[place][-1:] in ".,;:!?"
    if not mark and following.isalpha() and following not in CLOSED_WORDS:
        return "describes" if noun_described(typed, place + 1) else None
    before = previous_word(words, 2)
    if len(words) >= 2 and not words[-2][-1:].isalpha():
        return None  # "cancels, last min": no verb before it
    if before == "the":
        return ""
    if not (mark or not following or following in CLOSED_WORDS):
        return None
    if before in ("at", "until", "till", "til", "to"):
        return "the"
    verb = before.isalpha() and before not in CLOSED_WORDS and bool(lexicon.verb_tags(before))
    if before in LAST_MIN_PARTICLES and len(words) >= 3 and words[-3][-1:].isalpha():
        earlier = previous_word(words, 3)
        verb = earlier not in CLOSED_WORDS and bool(lexicon.verb_tags(earlier))
    return "at the" if verb else None


def noun_described(typed: list[str], at: int) -> bool:
    """ "last min cancels.", "same day cancels and no-shows": ``typed[at]`` a noun (or a
    verb's plural used as one, "cancels") ending its phrase, so the words before it describe
    it; "cancel last min leaves us short" (a verb with its object after it) is not."""
    word = typed[at].strip(".,;:!?")
    if not (word.isalpha() and word.islower()) or word in CLOSED_WORDS:
        return False
    if lexicon.is_adverb(word):
        return False  # "left it to last min once"
    tags = lexicon.verb_tags(word)
    if not (lexicon.is_noun(word) or (word.endswith("s") and tags == {"VBZ"})):
        return False
    after = next_word(typed, at)
    if typed[at][-1:] in ".,;:!?" or not after:
        return True
    return after in CLOSED_WORDS and after not in OBJECT_LEADS


def same_day_describes(typed: list[str], place: int) -> bool:
    """ "for same day cancels": "same day" before a noun describes it, one word
    "same-day"; "for same day and next day" stays."""
    if place + 2 >= len(typed) or typed[place + 1] != "day":
        return False
    return noun_described(typed, place + 2)


def ampersand_kept(words: list[str], typed: list[str], place: int, names: tuple[str, ...]) -> bool:
    """ "Mason & Hamlin", "Hollis & Sons": an "&" between two capitalised words, or one
    in the company's or the reader's name, is the name's own and stays."""
    before = words[-1].lstrip("(\"'“‘") if words else ""
    after = typed[place + 1].lstrip("(\"'“‘") if place + 1 < len(typed) else ""
    if before[:1].isupper() and after[:1].isupper():
        return True
    said_before = [w.strip(".,;:()").lower() for w in words]
    said_after = [w.strip(".,;:()").lower() for w in typed[place + 1 :]]
    for name in names:
        parts = [p.strip(".,;:()").lower() for p in name.split()]
        if "&" not in parts[1:-1]:
            continue
        at = parts.index("&")
        head, rest = parts[:at], parts[at + 1 :]
        if rest[-1:] and rest[-1] in LEGAL_ENDINGS:
            rest = rest[:-1]  # "Hollis & Sons Ltd" typed "hollis & sons"
        if said_before[len(said_before) - len(head) :] == head and said_after[: len(rest)] == rest:
            return True  # the whole name as typed: "hollis & sons", not "lift & escalator work"
    return False


LEGAL_ENDINGS = frozenset({"ltd", "limited", "inc", "llc", "plc", "llp", "co"})

# "the 1st of May", "May 1st", "by the 1st": a date; "came 1st in the cup": a place won.
FIRST_NOT_AFTER = frozenset({"came", "come", "finished", "placed", "ranked", "won", "got"})
FIRST_NEXT = frozenset({"then", "and", "before", "n"})
OWNERS_BEFORE_FIRST = frozenset({"my", "our", "your", "his", "her", "their"})


def first_here(before: list[str], typed: list[str], place: int) -> bool:
    """ "automate the regression cases 1st, run ...", "plate the starters 1st": "first"
    ending a phrase after a noun or a doing word; not a date nor a rank."""
    if typed[place].strip(".,;:!?") != "1st" or not before or not before[-1][-1:].isalpha():
        return False
    previous = previous_word(before)
    following = next_word(typed, place)
    if previous in OWNERS_BEFORE_FIRST and before[-1].isalpha():
        # "my 1st crew boss", "her 1st placement": whose first, then the thing
        return following.isalpha() and following != "of"
    if previous in CLOSED_WORDS or previous in FIRST_NOT_AFTER or previous in MONTHS:
        return False
    if previous in MONTH_NAMES or not previous.isalpha():
        return False
    return ends_phrase(typed[place], typed, place) or next_word(typed, place) in FIRST_NEXT
