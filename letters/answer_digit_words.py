"""A "2" or a "4" typed for a word in a wizard answer: ``digit_word`` tells "happy 2 come"
("to"), "the queue is 2 long" ("too") and "thanks 4 coming" ("for") from a figure that
counts or names ("2 fitters", "level 2", "worked 4 weekends", "Year 4"), with the tables and
tests it weighs the neighbouring words with; ``counted_at_end`` tells a "2" ending a
sentence that is a count ("18 complaints a month, after this it was 2") from "me 2".
Pure functions of plain values; plain word lookups, no regular expressions.
"""

from __future__ import annotations

from letters.answer_figures import (
    AMOUNT_HEDGES,
    AMOUNT_TAILS,
    COUNTED_SPANS,
    FIGURE_BEFORE,
    FIGURE_HEDGES,
    NUMBER_LABELS,
    PEOPLE_COUNTED,
    PLURAL_FORMS,
    RATE_UNITS,
    SPAN_UNITS,
    TIME_UNITS,
    plural_noun,
)
from letters.answer_shorthand_phrases import what_like
from letters.answer_shorthand_words import next_word, previous_word
from letters.answer_words import CLOSED_WORDS
from letters.quality import lexicon

# "happy 2 come", "thanks 4 showing": a digit for a word, after these only.
TO_BEFORE = frozenset({
    "happy", "glad", "able", "want", "wanted", "need", "needed", "have", "had", "going",
    "got", "like", "love", "keen", "ready", "free", "hoping", "trying", "try", "used",
    "forward", "way", "time", "nice", "easy", "hard", "plan", "planning", "looking",
    "back", "pleased", "excited", "chance", "due", "come", "came", "went", "go", "talk",
    "talked", "spoke", "speak", "send", "sent", "similar", "next", "close", "new", "hope",
    "hopes", "moved", "move", "moving", "switched", "switch", "wish", "expect",
})  # fmt: skip
# "free 4 a road test", "happy 4 u", "responsible 4 ordering": "for"; before a plural a
# figure may count ("free 4 weekends a month"), so these go in ``FOR_OR_COUNT`` too.
FOR_ADJECTIVES = frozenset({
    "free", "happy", "responsible", "eligible", "suitable", "known", "famous", "qualified",
})  # fmt: skip
FOR_BEFORE = FOR_ADJECTIVES | frozenset({
    "thanks", "thank", "thx", "ty", "you", "good", "great", "ready", "looking", "wait",
    "waiting", "ask", "asking", "asked", "time", "pay", "paid", "worked", "work", "cover",
    "covered", "here", "there", "perfect", "available", "thankful", "grateful", "sorry",
})  # fmt: skip
FOR_AFTER_MOVES = frozenset({
    "in", "out", "round", "around", "over", "back", "by", "come", "pop", "go", "stay",
})  # fmt: skip
# After these a figure may count what follows ("worked 4 weekends", "covered 4 stores",
# "asked 4 references"): "for" only before what no figure counts ("paid 4 it").
FOR_OR_COUNT = frozenset({
    "ask", "asking", "asked", "pay", "paid", "worked", "work", "cover", "covered",
    *FOR_ADJECTIVES,
})  # fmt: skip
FOR_NEXT = frozenset({"u", "you", "me", "us", "them", "your", "ur", "it", "that", "this"})


def digit_word(word: str, before: list[str], typed: list[str], place: int) -> str | None:
    """ "happy 2 come" -> "to", "thanks 4 coming" -> "for": a digit for a word only after
    a word that goes with one; "2 fitters", "level 2", "4 years" stay figures."""
    previous = previous_word(before)
    following = next_word(typed, place)
    if _after_to(before):
        return None  # "from 9 to 2 over 6 months", "to just 2": the figure of a range
    if _counted_again(typed, place):
        return None  # "2 colour and 4 colour presses", "2 bed or 3 bed": both figures count
    if word == "2" and _range_of_figures(before, following, typed, place):
        return "to"  # "from 80 2 130 customers", "from 22% 2 about 35%"
    if not previous[-1:].isalpha() or not before[-1][-1:].isalpha():
        return None  # after a word or a code ("e-verify 4 30+ hires"), not after a figure
    if _labelled_figure(word, before) and not _either_side(previous, following, typed, place):
        return None  # "a class 2 licence", "level 2 and up": a figure naming which one
    if word == "2" and following == "b" and previous in TO_BEFORE:
        return "to"  # "I would love 2 b part of the team": "to be"
    if word == "2" and previous in ("down", "up") and _how_far(before, typed, place):
        return "to"  # "from 15 a year down 2 2", "up 2 40%"; not "picked up 2 10kg bags"
    if word == "2" and following in OWNERS_NEXT and _thing_before(previous, before):
        return "to"  # "no risk 2 the licence", "a note 2 your team"; not "sold 2 the same day"
    if word == "2" and previous in WHOM_TO_DO and _to_do_after_whom(following, typed, place):
        return "to"  # "wants me 2 come out", "asked them 2 sign"; not "gave her 2 shifts"
    if word == "2" and _either_side(previous, following, typed, place):
        return "to"  # "week 2 week", "door 2 door", "start 2 finish"
    if word == "2" and _to_someone(before, previous, typed, place):
        return "to"  # "take activities 2 them", "send the plan 2 you"
    if word == "2" and previous in TO_SOMEONE and _person_named(typed, place + 1):
        return "to"  # "send 2 Mick same day", "report 2 Ciara"; not "had 2 Daves"
    if word == "2" and _too_at_end(before, typed, place):
        return "too"  # "you support Leeds, me 2", "your son went there, mine did 2"
    if word == "4" and _for_work(previous, following, typed, place, before):
        return "for"  # "ops 4 night work"; "4 night shifts" counts
    if word == "2" and _word_to_word(typed, place):
        # "who would i report 2 day to day?": "to"; "had 2 back to back shifts" counts
        ends = _ends_after(typed, place + 3)
        return "to" if previous in REPORT_TO and ends else None
    if word == "2" and previous in TO_BEFORE and following.isalpha():
        tags = lexicon.verb_tags(following)
        if following in ("u", "you", "me", "them", "the") or typed[place + 1] == "us":
            return "to"
        if previous in MOVED_TO and typed[place + 1].isupper() and len(following) > 1:
            return "to"  # "we moved 2 RF scanning": a system, not two of them
        if "VB" in tags and not _counted_noun(following, typed, place):
            return "to"  # "happy 2 come", "used 2 drive the 16"; not "had 2 staff off"
    if word == "2" and _to_whom_described(previous, following, before):
        return "to"  # "would you be open 2 me", "kind 2 us"
    if word == "2" and _too_here(following, typed, place):
        return "too"  # "the queue is 2 long", "2 much": never a count
    if word == "2" and previous not in FIGURE_BEFORE and _to_do_here(following, typed, place):
        return "to"  # "push ppl 2 tap their card", "the senior 2 open or close"
    if word == "2" and following in RANGE_NEXT and _from_before(before, typed, place):
        return "to"  # "from ~6 min 2 under 3": a range, "to under 3"
    if word == "2" and _range_from_rate(before, typed, place):
        return "to"  # "from like 6 a month 2 1 or 2", "from 12 a month 2 3-4"
    if word == "2" and _to_do_after_thing(previous, following, before, typed, place):
        return "to"  # "on paper 2 start.", "a whiteboard 2 begin with"; not "had 2 start"
    if word == "4" and following in SEASONS and _for_season(previous, typed, place):
        return "for"  # "the 4th crew 4 spring"; "4 winters" counts, "4 december" is a date
    if following in SHARE_WORDS and next_word(typed, place + 1)[:1].isdigit():
        return None  # "4 from 5 new carers", "2 of 3 sites", "4 out of 5": a share
    counted = following in COUNTED_SPANS  # "worked 4 years", "paid 2 days": a figure
    if (
        word == "4"
        and following.isalpha()
        and not counted
        and (previous in FOR_BEFORE or following in FOR_NEXT)
        and not (previous in FOR_OR_COUNT and _counts_next(following, typed, place))
        and not (following in ("a", "an") and next_word(typed, place + 1) in RATE_UNITS)
    ):
        return "for"  # "thanks 4 coming", "4 u"; not "worked 4 weekends"
    if word == "4" and previous == "like" and what_like(before[:-1], the=True):
        return (
            "for" if _people_or_things(typed, place) else None
        )  # "What's the roster like 4 new starters?"
    if word == "4" and following in ("a", "an") and _for_a(previous, typed, place):
        return "for"  # "mum 4 a bit", "free 4 a road test"; not "did 4 a day"
    if word == "4" and following in ("same", "same-day") and _for_same_day(before, typed, place):
        return "for"  # "a backup list 4 same day cancels"; not "we had 4 same day cancels"
    if word == "4" and _for_doing(before, following, typed, place):
        return "for"  # "a spotter 4 backing at hotels"; not "Year 4 reading"
    if word == "4" and previous in FOR_AFTER_MOVES and following in ("a", "an", "the", "my"):
        return "for"  # "come in 4 a trial day", "pop round 4 a look"; not "at 4 a day"
    if word == "4" and previous not in FIGURE_BEFORE and following in ("the", "my", "our"):
        return "for"  # "a par sheet 4 the grill": no count stands before "the"
    if word == "4" and _for_whose(before, following):
        return "for"  # "posts a day 4 their focus kids", "a slot 4 your regulars"
    if (
        word == "4"
        and following in ("like", "about", "around", "nearly", "almost")
        and next_word(typed, place + 1)[:1].isdigit()
    ):
        return "for"  # "talked bbq 4 like 10 min": for about ten minutes
    if (
        word == "4"
        and previous not in FIGURE_BEFORE
        and not _labelled(before)
        and following.removesuffix("+").isdigit()
        and next_word(typed, place + 1) in PEOPLE_COUNTED
    ):
        return "for"  # "half a day 4 2 guys", "i-9s 4 30+ hires": for them; not "Year 4 30 kids"
    if word == "4" and _for_a_span(previous, following, typed, place):
        return "for"  # "talked about the finals 4 5 minutes before"; not "4 5-hour shifts"
    if word == "4" and _for_whom(before, following, typed, place):
        return "for"  # "less scrambling 4 managers"; not "hiring 4 managers"
    if (
        word in ("2", "4")
        and previous not in FIGURE_BEFORE
        and not _labelled(before)  # "in bay 4 every night", "table 2 every week": which one
        and _each_of(typed, place)
    ):
        return "to" if word == "2" else "for"  # "email 2 every client", "4 all 3 sites"
    return None


def _counted_again(typed: list[str], place: int) -> bool:
    """ "2 colour and 4 colour", "2 axle or 3 axle": the word after the figure follows
    another figure after "and", "or" or a comma: both count the same thing."""
    following = next_word(typed, place)
    if not following.isalpha():
        return False
    after = [w.lower().strip(",.;:!?") for w in typed[place + 2 : place + 5]]
    if after[:1] in (["and"], ["or"]):
        after = after[1:]
    elif typed[place + 1][-1:] != ",":
        return False
    return after[:1] != [] and after[0].isdigit() and after[1:2] == [following]


# "2 the licence", "4 your team": a figure counts no "the" or "your" after it.
OWNERS_NEXT = frozenset({"the", "my", "our", "your", "their", "his"})


def _thing_before(previous: str, before: list[str]) -> bool:
    """A noun that is no verb's past or "-s" form and no label ("day 2 the fridge died"):
    "risk", "note"; not "sold", "sells", "day", "level"."""
    if previous in FIGURE_BEFORE or previous in NUMBER_LABELS or _labelled(before):
        return False
    if previous in CLOSED_WORDS or not lexicon.is_noun(previous):
        return False
    return not lexicon.verb_tags(previous) - {"NN", "NNS", "VB", "VBP"}


def _how_far(before: list[str], typed: list[str], place: int) -> bool:
    """ "from 15 a year down 2 2", "cut them down 2 3 a week", "up 2 40%": a figure after
    "down 2"/"up 2" that is where it went ("from" earlier, or the figure ends the clause
    or has its rate after it), not a count of things ("picked up 2 10kg bags")."""
    figure = typed[place + 1] if place + 1 < len(typed) else ""
    if not figure.lstrip("~$£€")[:1].isdigit():
        return False
    if "from" in (w.lower() for w in before[-8:]):
        return True
    after = next_word(typed, place + 1)
    return figure[-1:] in ".,;:!?%" or not after or after in ("a", "an", "per", "each", "%")


# "start 2 finish", "top 2 bottom": pairs said with "to" between them.
TO_PAIRS = frozenset({
    ("start", "finish"), ("top", "bottom"), ("head", "toe"), ("nose", "tail"),
    ("cradle", "grave"), ("floor", "ceiling"), ("front", "back"), ("coast", "coast"),
})  # fmt: skip
# "activities 2 them", "talk 2 me": someone "to" whom; "2 US stores" (capitals) counts.
TO_WHOM = frozenset({"him", "her", "them", "me", "you", "u", "us"})
# "mine did 2": whose, then a verb that stands for the earlier one.
OWNERS = frozenset({"mine", "ours", "yours", "theirs", "hers"})
# "ops 4 night work", "available 4 weekend work": a kind of work, never counted.
WORK_KINDS = frozenset({
    "night", "day", "weekend", "shift", "agency", "contract", "temp", "casual", "relief",
    "evening", "seasonal", "overnight", "weekday", "holiday", "cover",
})  # fmt: skip


def _either_side(previous: str, following: str, typed: list[str], place: int) -> bool:
    """ "week 2 week", "door 2 door", "back 2 back", "start 2 finish": the same noun (or a
    known pair) either side of "2", nothing between; "had 2 back to back" counts."""
    if not following.isalpha() or not typed[place][-1:].isalnum():
        return False
    if (previous, following) in TO_PAIRS:
        return True
    return following == previous and lexicon.is_noun(following)


def _to_someone(before: list[str], previous: str, typed: list[str], place: int) -> bool:
    """ "activities 2 them", "the plan 2 you", "talk 2 me": after a noun or a verb said
    with "to", a "2" before someone is "to" (no figure counts "them"); "trained 2 them",
    "2 US stores" stay as typed."""
    if place + 1 >= len(typed) or typed[place + 1].strip(".,;:!?") not in TO_WHOM:
        return False
    if previous in FIGURE_BEFORE or previous in CLOSED_WORDS or _labelled(before):
        return False
    noun = lexicon.is_noun(previous) and not lexicon.verb_tags(previous) - {"NN", "NNS", "VBZ"}
    return noun or previous in TO_BEFORE or previous in REPORT_TO or previous in TO_ONLY


# Verbs that take no count of people after them: "happen 2 me", "listen 2 them" ("trained
# 2 them" may be two of them, so it stays).
TO_ONLY = frozenset({
    "happen", "happened", "happens", "happening", "listen", "listened", "listening",
    "belong", "belonged", "belongs", "reply", "replied", "respond", "responded", "write",
    "wrote", "writing", "explain", "explained", "explaining", "apply", "applied", "listens",
    "matter", "matters", "mattered", "mean", "meant", "means", "talk", "talking", "speak",
    "speaking", "chatting", "chatted", "go", "goes", "went", "come", "came",
})  # fmt: skip
# "wants me 2 come", "told us 2 wait": someone, then "to" and what they are to do.
WHOM_TO_DO = frozenset({"me", "him", "her", "us", "them", "you", "u"})


def _to_do_after_whom(following: str, typed: list[str], place: int) -> bool:
    """A verb in its plain form after "me 2" ("come", "sign"), not a noun that may be
    counted ("her 2 kids", "them 2 shifts", "me 2 weeks")."""
    if not following.isalpha() or following in CLOSED_WORDS:
        return False
    if "VB" not in lexicon.verb_tags(following) or following in COUNTED_SPANS:
        return False
    return not _counted_noun(following, typed, place) and not plural_noun(following)


def _person_named(typed: list[str], at: int) -> bool:
    """ "Mick", "ciara" of "send 2 Mick same day": one person's name (lemminflect knows it
    only as a name, or it is typed with a capital and is no English word), with no noun
    after it that it would name ("2 Boston marathons" counts them)."""
    if at >= len(typed):
        return False
    word = typed[at].strip(".,;:!?")
    if not word.isalpha() or (len(word) > 1 and word.isupper()):
        return False
    known = lexicon.is_name(word.capitalize())
    capital = word[:1].isupper() and not lexicon.is_english_word(word.lower())
    if not (known or capital) or word.lower().endswith("s") and not known:
        return False
    following = next_word(typed, at) if typed[at][-1:].isalpha() else ""
    return not (following and following not in CLOSED_WORDS and lexicon.is_noun(following))


def _too_at_end(before: list[str], typed: list[str], place: int) -> bool:
    """ "Leeds fan, me 2": "me 2" opening its clause; "your son went there, mine did 2"
    with no other figure in the answer: "too". "give me 2", "mine did 2" after "3 games"
    may count, and the notice asks."""
    if typed[place][-1:] not in ".,;:!?" and place + 1 < len(typed):
        return False
    previous = previous_word(before)
    opening = len(before) < 2 or before[-2][-1:] in ".,;:!?"
    if previous == "me":
        return opening or previous_word(before, 2) in ("and", "n", "so")
    if previous not in ("did", "do", "does") or previous_word(before, 2) not in OWNERS:
        return False
    return sum(any(c.isdigit() for c in w) for w in typed) == 1


def _for_work(previous: str, following: str, typed: list[str], place: int, before) -> bool:
    """ "ops 4 night work", "free 4 weekend work": "work" after a kind of work is never
    counted, so the "4" is "for"; "4 night shifts", "4 weekends" count."""
    if following not in WORK_KINDS or next_word(typed, place + 1) != "work":
        return False
    if not typed[place + 1][-1:].isalpha():
        return False
    return previous not in FIGURE_BEFORE and not _labelled(before)


def _counts_next(following: str, typed: list[str], place: int) -> bool:
    """ "worked 4 weekends", "covered 4 night shifts": what a figure may count, there or
    after a word that describes it."""
    if plural_noun(following):
        return True
    if following in FOR_NEXT or not typed[place + 1][-1:].isalpha():
        return False
    return plural_noun(next_word(typed, place + 1))


# "report 2 day to day": verbs said with "to" before someone or a span of time.
REPORT_TO = frozenset({
    "report", "reports", "reporting", "reported", "answer", "answering", "talk", "talking",
    "speak", "speaking", "listen", "listening", "reply", "replying", "respond", "responding",
    "write", "writing", "explain", "explaining",
})  # fmt: skip
# Verbs said with "to" someone: "send 2 Mick", "talk 2 Ciara".
TO_SOMEONE = REPORT_TO | frozenset({
    "send", "sent", "give", "gave", "pass", "passed", "hand", "handed", "show", "showed",
    "email", "emailed", "text", "texted", "forward", "forwarded", "talked", "spoke", "said",
    "mention", "mentioned", "introduce", "introduced",
})  # fmt: skip
# "less scrambling 4 managers", "more time 4 staff": an amount of something, then whom
# it is for.
AMOUNT_BEFORE = frozenset({"less", "more", "fewer", "no", "extra", "enough"})
# "night shift 4 US clients": a kind of shift, so "shift" names no shift's number.
SHIFT_KINDS = frozenset({
    "night", "day", "late", "early", "weekend", "double", "split", "morning", "evening",
    "graveyard", "swing", "back", "relief", "extra",
})  # fmt: skip
# "half a day 4 2 guys", "a day": a span of time, not the day's number.
SPAN_BEFORE = frozenset({"half", "a", "per", "each", "every", "full", "whole", "one", "all"})


def _labelled_figure(word: str, before: list[str]) -> bool:
    """ "a class 2", "key stage 2": a "2" after a label is its number, never "to" (a
    "4" after one is weighed where it is mended); "night shift 2" names no number."""
    return word == "2" and _labelled(before) and previous_word(before, 2) not in SHIFT_KINDS


def _labelled(before: list[str]) -> bool:
    """ "Year 4", "on day 4": the figure names which one ("a day", "half day" do not)."""
    previous = previous_word(before)
    spans = previous in ("day", "week", "month", "year", "shift", "session")
    spanned = previous_word(before, 2).lstrip("~") in SPAN_BEFORE  # "~half day"
    return previous in NUMBER_LABELS and not (spans and spanned)


def _ends_after(typed: list[str], at: int) -> bool:
    """Whether the phrase ends with ``typed[at]``: a stop or comma after it, the end, or a
    closed word next ("day to day, you or ...", "day to day with ...")."""
    if at >= len(typed) - 1 or typed[at][-1:] in ".,;:!?":
        return True
    return next_word(typed, at) in CLOSED_WORDS


def _word_to_word(typed: list[str], place: int) -> bool:
    """ "2 day to day", "2 back to back": the digit stands before "W to W"."""
    if place + 3 >= len(typed):
        return False
    first, to, last = (w.lower() for w in typed[place + 1 : place + 4])
    return first.isalpha() and to == "to" and last.strip(".,;:!?") == first


def _counted_noun(following: str, typed: list[str], place: int) -> bool:
    """ "had 2 staff off", "need 2 bed flats": the word after the digit may be what it
    counts, a noun in its plural form ("staff") or one that describes the next noun
    ("2 bed flats"); "used 2 drive the 16", "happy 2 help" are not."""
    if not lexicon.is_noun(following):
        return False
    if following in PLURAL_FORMS:
        return True
    if typed[place + 1][-1:] in ".,;:!?":
        return False
    after = next_word(typed, place + 1)
    return after.isalpha() and lexicon.is_noun(after) and after not in CLOSED_WORDS


def _for_whom(before: list[str], following: str, typed: list[str], place: int) -> bool:
    """ "less scrambling 4 managers", "more time 4 staff": after an amount of something
    ("less", "more", "no" and a noun or an -ing word) the people after "4" are whom it
    is for; "hiring 4 managers", "the same 4 managers", "extra pay 4 weekends" count."""
    noun = previous_word(before)
    if previous_word(before, 2) not in AMOUNT_BEFORE or not before[-1][-1:].isalpha():
        return False
    if noun in CLOSED_WORDS or noun in COUNTED_SPANS or not noun.isalpha():
        return False
    if not (lexicon.is_noun(noun) or noun.endswith("ing")) or lexicon.is_adjective(noun):
        return False
    return following in PEOPLE_COUNTED or following in PLURAL_FORMS  # not "4 weekends"


# "4 from 5", "2 of 3", "4 out of 5": a figure's share of another.
SHARE_WORDS = frozenset({"from", "of", "out", "in"})

# "2 long", "2 much": "too" before these, where no noun follows ("2 late shifts" counts).
TOO_NEXT = frozenset({
    "long", "late", "busy", "early", "slow", "expensive", "much", "many", "hard", "short",
    "quiet", "far", "soon",
})  # fmt: skip
# After "2 long", "2 late": these end the phrase, so the "2" is "too".
PHRASE_ENDS = frozenset({
    "and", "n", "&", "+", "but", "so", "or", "for", "to", "at", "in", "on", "because", "cos",
    "with", "now", "already", "",
})  # fmt: skip
# "push ppl 2 tap their card": a base verb before these is what someone is to do.
OBJECT_NEXT = frozenset({
    "the", "a", "an", "their", "your", "ur", "our", "my", "his", "her", "its", "it", "them",
    "or", "and", "n",
})  # fmt: skip
RANGE_NEXT = frozenset({"under", "over", "about", "around", "below", "above", "less"})


def _too_here(following: str, typed: list[str], place: int) -> bool:
    """ "2 long n ur losing", "2 much": "too"; not "2 late shifts", "2 long days"."""
    if following not in TOO_NEXT:
        return False
    if following in ("much", "many"):
        return True
    ends = typed[place + 1][-1:] in ".,;:!?"
    return ends or next_word(typed, place + 1) in PHRASE_ENDS


def _to_do_here(following: str, typed: list[str], place: int) -> bool:
    """ "ppl 2 tap their card", "senior 2 open or close": a base verb that no figure can
    count; "2 guys", "2 cut offs", "2 tap machines" stay figures. "educator 2 do 2-3
    posts": a verb that is no noun, before a figure, is "to" it."""
    if not following.isalpha() or "VB" not in lexicon.verb_tags(following):
        return False
    if typed[place + 1][-1:] in ".,;:!?":
        return False
    after = next_word(typed, place + 1)
    if after[:1].isdigit() and not lexicon.is_noun(following):
        return following == "do" or following not in CLOSED_WORDS
    return after in OBJECT_NEXT


# "4 their focus kids", "4 your regulars": whose, after a noun; no figure counts them.
WHOSE_NEXT = frozenset({"their", "your", "his", "its", "ur"})


def _for_whose(before: list[str], following: str) -> bool:
    """ "a day 4 their focus kids", "a slot 4 your regulars": a "4" after a noun (not a
    label, "Year 4 their") before "their", "your": "for"; "ran 4 their sites" (after a
    verb, a figure may count what is theirs) stays."""
    previous = previous_word(before)
    if following not in WHOSE_NEXT or not before or not before[-1][-1:].isalpha():
        return False
    if previous in FIGURE_BEFORE or previous in CLOSED_WORDS or _labelled(before):
        return False
    return lexicon.is_noun(previous) and not lexicon.verb_tags(previous) - {"NN", "NNS", "VBZ"}


def _to_whom_described(previous: str, following: str, before: list[str]) -> bool:
    """ "would you be open 2 me", "so kind 2 us": a describing word (no verb, no noun),
    then "2" and someone: "to"; no figure counts "me"."""
    if following not in ("me", "us", "you", "u") or previous in FIGURE_BEFORE:
        return False
    if not before[-1][-1:].isalpha() or previous in CLOSED_WORDS:
        return False
    return lexicon.is_adjective(previous) and not lexicon.is_noun(previous)


MOVED_TO = frozenset({"moved", "move", "moving", "switched", "switch"})


def _for_a_span(previous: str, following: str, typed: list[str], place: int) -> bool:
    """ "talked about the finals 4 5 minutes": a "4" before a span of time that ends its
    phrase is "for"; "4 5 hour shifts" (four of them) and "level 4 3 days" stay."""
    if previous in FIGURE_BEFORE or not following.isdigit():
        return False
    unit = next_word(typed, place + 1)
    if unit not in SPAN_UNITS or typed[place + 1][-1:] in ".,;:!?":
        return False
    after = next_word(typed, place + 2)
    if not after or typed[place + 2][-1:] in ".,;:!?":
        return True
    return not lexicon.is_noun(after) or after in ("before", "after", "ago", "each", "then")


def _after_to(before: list[str]) -> bool:
    """ "to 2", "to just 2", "to about 4": the range is joined already, so the digit is
    its second figure, never a word ("from 9 to to over 6 months" lost the result)."""
    back = [w.lower().strip(".,;:!?~") for w in before[-2:]]
    if back[-1:] == ["to"]:
        return True
    return len(back) == 2 and back[0] == "to" and back[1] in FIGURE_HEDGES


def _range_of_figures(before: list[str], following: str, typed: list[str], place: int) -> bool:
    """ "from 80 2 130", "from 22% 2 about 35%": a "2" between two figures after "from"
    (within a few words) joins them as "to"; "80 2 130" alone may be three counts."""
    back = before[-2:]
    if len(back) == 2 and back[-1].lower().strip(".,;:!?") in TIME_UNITS:
        # "from 40 minutes 2 25 at the depot": the first figure's unit after it; not
        # "from 40 minutes 2 25-minute slots" (a count of them)
        counted = next_word(typed, place + 1)
        if place + 1 < len(typed) and typed[place + 1][-1:].isalnum() and plural_noun(counted):
            return False
        back = back[:-1]
    if not back or not any(c.isdigit() for c in back[-1]):
        return False
    after = following
    if after in AMOUNT_HEDGES or after in RANGE_NEXT:
        after = next_word(typed, place + 1)  # "from 250 2 under 40", "from 80 2 about 130"
    near = [w.lower().strip(".,;:!?") for w in before[-5:]]
    if before[-1].rstrip(".,;:!?").endswith("%") and after[:1].isdigit():
        return after.rstrip(".,;:!?").endswith("%")  # "went 8% 2 about 14%"
    return "from" in near and after.lstrip("£$€~")[:1].isdigit()


def _from_before(before: list[str], typed: list[str], place: int) -> bool:
    """ "from ~6 min 2 under 3": a figure after "from" within a few words, another after
    "under"; the "2" joins them."""
    near = [w.lower().strip(".,;:!?~") for w in before[-5:]]
    after = next_word(typed, place + 1).lstrip("~£$€")
    return "from" in near and after[:1].isdigit() and any(c.isdigit() for w in near for c in w)


def _range_from_rate(before: list[str], typed: list[str], place: int) -> bool:
    """ "from like 6 a month 2 1 or 2", "from about 12 a week 2 3-4", "from 40 a day 2
    about 5": "from", a figure and its rate, then "2" and a figure that ends the clause,
    is one of two ("1 or 2") or has a rate of its own; "2 3-tonne trucks" counts them."""
    window = before[-7:]
    back = [w.lower().strip(".,;:!?~") for w in window]
    tail = 0
    while back and back[-1] in AMOUNT_TAILS and not back[-1][:1].isdigit():
        back.pop()
        tail += 1
    if not tail or not back or not back[-1].lstrip("£$€")[:1].isdigit():
        return False
    back.pop()
    while back and back[-1] in AMOUNT_HEDGES | {"like"}:
        back.pop()
    if not back or back[-1] != "from":
        return False
    if any(w[-1:] in ".,;:!?" for w in window[len(back) - 1 :]):
        return False  # "from 6 a month, 2 more": the range is broken off
    at = place + 1
    if next_word(typed, place) in AMOUNT_HEDGES:
        at += 1
    figure = typed[at] if at < len(typed) else ""
    if (
        not figure.lstrip("~£$€")[:1].isdigit()
        or not figure.rstrip(".,;:!?%").replace("-", "").isdigit()
    ):
        return False
    after = next_word(typed, at)
    return figure[-1:] in ".,;:!?%" or not after or after in ("or", "a", "an", "per", "each")


# "4 spring", "4 summer": a season no figure counts in the singular.
SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})


def _for_season(previous: str, typed: list[str], place: int) -> bool:
    """ "the 4th crew 4 spring or ...": after a noun (no label: "Year 4 spring"), a season
    with no noun after it is "for" it; "4 spring rolls", "4 summer shifts" may count."""
    if previous in FIGURE_BEFORE or previous in NUMBER_LABELS or previous in CLOSED_WORDS:
        return False
    if not lexicon.is_noun(previous) or typed[place + 1][-1:] == "s":
        return False
    then = next_word(typed, place + 1)
    ends = typed[place + 1][-1:] in ".,;:!?"
    return ends or not then or then in CLOSED_WORDS or not lexicon.is_noun(then)


def _to_do_after_thing(
    previous: str, following: str, before: list[str], typed: list[str], place: int
) -> bool:
    """ "on paper 2 start.", "a whiteboard 2 begin with": after a noun, a plain verb that
    ends the clause (or has only "with" and the like after it) is "to" it; no count
    stands before a lone verb. "2 starts", "2 start-ups" and "level 2 start" do not."""
    if not following.isalpha() or "VB" not in lexicon.verb_tags(following):
        return False
    if not _thing_before(previous, before):
        return False
    ends = typed[place + 1][-1:] in ".,;:!?" or place + 2 >= len(typed)
    if ends:
        return True
    then = typed[place + 2].lower().strip(".,;:!?")
    return (
        then in ("with", "from", "on", "off", "up")
        and not lexicon.is_noun(following)
        and (place + 3 >= len(typed) or typed[place + 2][-1:] in ".,;:!?")
    )


def _each_of(typed: list[str], place: int) -> bool:
    """ "2 every client", "4 each stage", "4 all 3": a figure can't count "every" or a
    group ("all 3"), so the digit is a word; "2 each" alone is a price."""
    ahead = [w.lower().strip(".,;:!?") for w in typed[place + 1 : place + 3]]
    if len(ahead) < 2 or not typed[place + 1][-1:].isalpha():
        return False
    quantifier, thing = ahead
    if quantifier == "every":
        return thing.isalpha() and thing not in CLOSED_WORDS
    if quantifier == "each":
        return lexicon.is_noun(thing) and thing not in ("time", "day", "week", "month")
    return quantifier == "all" and (thing.isdigit() or thing in ("of", "the", "our", "your"))


# "for a bit", "for a chat", "for a road test": what a figure never counts one of.
FOR_A_THINGS = frozenset({
    "bit", "while", "chat", "look", "coffee", "cuppa", "trial", "test", "shadow", "tour",
    "walk", "quote", "drink", "catch", "reason", "change", "living", "road", "interview",
    "meeting", "start", "few",
})  # fmt: skip


def _for_a(previous: str, typed: list[str], place: int) -> bool:
    """ "mum 4 a bit", "free 4 a road test", "ready 4 a trial": "for a"; "did 4 a day",
    "4 a side", "£4 a pint" stay a count."""
    thing = next_word(typed, place + 1)
    if not previous.isalpha() or previous in FIGURE_BEFORE or thing in RATE_UNITS:
        return False
    return thing in FOR_A_THINGS or previous in FOR_BEFORE


def _for_doing(before: list[str], following: str, typed: list[str], place: int) -> bool:
    """ "a spotter 4 backing at hotels": a noun, "4", an -ing word ending its phrase;
    "Year 4 reading levels", "ran 4 housing estates", "4 training sessions" stay."""
    previous = previous_word(before)
    if not following.endswith("ing") or "VBG" not in lexicon.verb_tags(following):
        return False
    if previous in CLOSED_WORDS or previous in FIGURE_BEFORE or _labelled(before):
        return False
    if not before[-1].islower():
        return False  # "Cert 4 training", "NVQ 4 coaching": a name's number
    if not lexicon.is_noun(previous) or lexicon.verb_tags(previous) - {"NN"}:
        return False
    after = next_word(typed, place + 1)
    # "spotter 4 backing @ hotels": a mark standing for a word ends the phrase as the word would
    ends = after in CLOSED_WORDS or after in ("@", "&", "+", "w/", "->")
    return typed[place + 1][-1:] in ".,;:!?" or not after or ends


# "a list", "the backup list": what "4 same day ..." after them is for.
NOUN_LEADS = frozenset({"a", "an", "the", "my", "our", "your", "their", "his", "her", "this"})


def _for_same_day(before: list[str], typed: list[str], place: int) -> bool:
    """ "a backup list 4 same day cancels", "the rota 4 same-day cover": after a noun led by
    "a", "the", "my" (at most one word between), no figure counts "same day" work, so the
    "4" is "for"; "we had 4 same day cancels", "1 a week 4 same day" stay a count."""
    if typed[place + 1].lower() == "same" and next_word(typed, place + 1) != "day":
        return False
    noun = previous_word(before)
    if noun in CLOSED_WORDS or noun in RATE_UNITS or noun in COUNTED_SPANS or _labelled(before):
        return False
    if not lexicon.is_noun(noun) or len(before) < 2:
        return False
    lead = previous_word(before, 2)
    if lead in NOUN_LEADS:
        return True
    between = before[-2]
    plain = between.isalpha() and between.islower() and lead not in CLOSED_WORDS
    return plain and previous_word(before, 3) in NOUN_LEADS and lexicon.is_noun(lead)


def _people_or_things(typed: list[str], place: int) -> bool:
    """ "like 4 new starters?": describing words then a plural noun that ends the phrase,
    not a span of time ("like 4 weeks out") or a rate's unit: "for" them."""
    for at in range(place + 1, min(place + 4, len(typed))):
        word = typed[at].lower().strip(".,;:!?")
        ends = typed[at][-1:] in ".,;:!?" or at + 1 == len(typed)
        if word in COUNTED_SPANS or word.removesuffix("s") in RATE_UNITS:
            return False
        if plural_noun(word) and not lexicon.verb_tags(word) - {"VBZ"}:
            return ends or next_word(typed, at) in CLOSED_WORDS
        if not (word.isalpha() and lexicon.is_adjective(word) and not lexicon.is_noun(word)):
            return False
    return False


# "it was 2", "there were 2": a "2" ending its sentence after these may be a count.
BE_FORMS = frozenset({"was", "were", "is", "are", "be", "been", "it's", "its", "now"})


def counted_at_end(words: list[str]) -> bool:
    """ "18 late complaints a month, after we started this it was 2": a "2" that ends its
    sentence after "was", "is" or "now", with a figure earlier in the sentence, is the
    new count, not "too"; "my brother does 2", "it was 2" with no figure before it may be."""
    if len(words) < 3 or words[-1] != "2":
        return False
    if words[-2].lower().strip(",;:") not in BE_FORMS:
        return False
    return any(c.isdigit() for w in words[:-2] for c in w)
