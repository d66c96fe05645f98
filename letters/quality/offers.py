"""Offers: what the candidate steps forward to do for the reader.

An offer is told by what it means, not by its verb: after "I can", "happy to", "shall
I", "let me", "if I", "I've attached" (``patterns.OFFER_OPENINGS``) the candidate acts
on something real for them ("the checklist", "your weekend load", "a one-page plan for
the pilot") that the interview notes did not already say. Wishes ("I'd love to hear"),
skills ("I can communicate with drivers") and the candidate's own "vision" or
"background" are no offer. A day of the writer's work ("spend a Saturday with you") and
something the writer has that would serve them ("I've a log sheet that would show your
technicians ...") are offers too; a "let me" for the writer's own ends is not.
"""

from __future__ import annotations

from letters.quality import lexicon
from letters.quality.context import is_content
from letters.quality.patterns import (
    BACK_REFERENCES,
    BUZZWORDS,
    CALENDAR_NAMES,
    METRIC_WORDS,
    NOT_ACTIONS,
    NOT_FOR_THEM,
    NUMBER_WORDS,
    OFFER_OPENINGS,
    SECOND_PERSON,
    STOPWORDS,
    TIME_UNITS,
    TIME_WORDS,
)
from letters.quality.text import stem

WHEN_WORDS = frozenset(
    {"tomorrow", "tonight", "week", "before", "by", "if", "when", "first", "next", "again"}
)
OFFER_WINDOW = 14  # words after "I can" that say what the candidate would do


def is_number(word: str) -> bool:
    return word[:1].isdigit() or word[:1] in "$€£" or word in NUMBER_WORDS


def read_offer(
    words: list[str], echoes: frozenset[str] = frozenset()
) -> tuple[tuple[str, ...], bool, bool, bool]:
    """What the candidate offers to act on: after "I can", "happy to", "shall I", "let
    me", "if I", the first verb that does something (not "hear", "learn", "join"), and
    the real things it acts on ("the checklist", "your weekend load"), not the
    candidate's own "vision" or "background". Something of the candidate's own must be
    in it: "I'd love to help with the callbacks" only echoes the notes (``echoes``).
    After "I suggest", "here is", "I've attached" the phrase itself is the act.
    Returns (those things, whether it acts on "it"/"this"/"the same", whether the
    candidate steps forward at all, whether it is an idea rather than an act)."""
    steps_forward = False
    for i in range(len(words)):
        for phrase in _OPENINGS_BY_FIRST.get(words[i], ()):
            size = len(phrase)
            if tuple(words[i : i + size]) != phrase:
                continue
            window = words[i + size : i + size + OFFER_WINDOW]
            if "not" in window[:2] or (i and words[i - 1] == "not"):
                continue
            if phrase == ("let", "me") and i and words[i - 1] in PERMITTING:
                continue  # "a salon that will let me build my own list": for the writer
            window = _until_clause_ends(window)
            if span := _working_time(window):
                return (span,), False, True, False  # "spend a Saturday with you"
            action = -1 if phrase in ACTING_OPENINGS else next(
                (j for j, w in enumerate(window)
                 if (lexicon.verb_tags(w) & {lexicon.BASE, lexicon.PAST} and w not in NOT_ACTIONS
                     and not _after_determiner(window, j) and not _after_be(window, j)
                     and (w not in STOPWORDS - {"take", "give", "make", "bring", "send"}
                          or _does_the_same(window, j)))
                 or (w in HOLDING and window[j + 1 : j + 2] and window[j + 1] in DETERMINERS)),
                None,
            )  # fmt: skip
            if action is None or _start_date(window, action) or _treat(words[i:]):
                continue
            if _perceived(window) or _anything(words[max(0, i - ANYTHING_REACH) : i]):
                continue  # "I could tell how much it matters", "anything else I can send"
            if _only_aims(window, action):
                continue  # "help strengthen the process", "leverage my skills to enhance"
            if phrase in ABILITY and not _for_them(words[i:]):
                continue  # "I can communicate with drivers": a skill, not an offer
            steps_forward = True
            acted_on = window[action + 1 :]
            if (
                action >= 0
                and window[action] in HELPING
                and acted_on[:1]
                and (lexicon.BASE in lexicon.verb_tags(acted_on[0]))
            ):
                acted_on = acted_on[1:]  # "help find a solution": "find" is the act, no thing
            things = tuple(
                w for j, w in enumerate(acted_on)
                if not _verb_after_subject(acted_on, j) and not _when(acted_on, j)
                and "own" not in acted_on[max(0, j - 2) : j]  # "my own pieces": the writer's
                and not _activity(w)
                and not _describes_the_application(acted_on, j)
                and (real_thing(w) or (_after_determiner(acted_on, j) and _thing_named(w)))
            )  # fmt: skip
            own = tuple(w for w in things if stem(w) not in echoes)
            # "explain how I did it", "walk you through what we changed": the method the
            # letter has told.
            back = _points_back(acted_on[:4]) or bool(set(acted_on[:3]) & {"how", "what"})
            if own or (back and not things):
                return own, back, True, phrase in PROPOSALS_OF_IDEAS
            # "I could fill in the test results as we go and have the certificate ready":
            # a hands-on act on two of their own things is an offer in their words too;
            # "help with the callbacks" only names their problem back.
            acted = window[action] if action >= 0 else ""
            wish = bool(set(window[: max(action, 0)]) & WISHES)  # "I would love to keep ..."
            if acted not in VAGUE_ACTS and not wish and len({stem(w) for w in things}) >= 2:
                return things, back, True, phrase in PROPOSALS_OF_IDEAS
    if things := _offered_possession(words, echoes):
        return things, False, True, False
    return (), False, steps_forward, False


# Words before "let me" that make it the reader's permission for the writer's own ends
# ("somewhere that will let me sell my own pieces"), not the writer stepping forward.
PERMITTING = frozenset({"will", "would", "can", "could", "to", "that", "which", "who", "might"})

# Talk is no work: "come in any day for another chat".
TALK = frozenset(
    {"interview", "chat", "call", "meeting", "conversation", "discussion", "talk", "coffee",
     "catch-up", "meet", "visit", "tour"}
)  # fmt: skip
# Words that may stand between the act and the span it gives: "come in for a trial day".
GIVING_TIME = frozenset({"in", "out", "over", "along", "by", "round", "down", "up", "for"})
# Taking up the job: "start in March" tells when the writer is free, not a day of work.
BEGINNING = frozenset({"start", "begin", "commence"})
WHEN_SPANS = frozenset({"next", "this", "last", "every", "each", "any", "some", "that"})
DETERMINERS_OF_SPAN = frozenset({"a", "an", "one", "the", "two", "three"})


# A wager between the writer and the reader: settling it is friendliness, not work.
WAGERS = frozenset({"bet", "bets", "wager", "wagers"})


def _treat(rest: list[str]) -> bool:
    """ "I'll settle the bet", "the flat white is on me", "I'll pay up on our wager": a
    treat or a wager settled, friendliness between two people, no work for them."""
    on_me = ("on", "me") in set(zip(rest, rest[1:], strict=False))
    return on_me or bool(set(rest) & WAGERS)


# What a start date is told with: "start in March", "begin next week", "start immediately".
DATE_PREPOSITIONS = frozenset({"in", "on", "from", "by", "at", "after", "before"})
AT_ONCE = frozenset({"immediately", "straight", "right", "asap", "now", "tomorrow", "soon"})


def _start_date(window: list[str], action: int) -> bool:
    """ "available to start in March", "can begin next week": when the writer would take
    up the job, not work on something of theirs ("start the cure log" is work)."""
    if action < 0 or window[action] not in BEGINNING:
        return False
    after = window[action + 1 : action + 4]
    if after[:1] and after[0] in DATE_PREPOSITIONS:
        after = after[1:]
    if not after:
        return False
    if after[0] in WHEN_SPANS:  # "start next week", not "start this system"
        return after[1:2] != [] and (after[1] in TIME_UNITS or after[1] in TIME_WORDS)
    return after[0] in TIME_WORDS or after[0] in AT_ONCE or is_number(after[0])


def _working_time(window: list[str]) -> str:
    """The candidate offers a span of their working time, given as what the act acts on:
    "spend a Saturday with you", "come one morning", "do a trial day on the flats",
    "come in for trial day". Not a time saying when ("start next week"), and not talk."""
    if set(window) & TALK:
        return ""
    for j, w in enumerate(window[:4]):
        if not lexicon.verb_tags(w) & {lexicon.BASE} or w in NOT_ACTIONS or w in WISHES:
            continue
        if w in BEGINNING:
            return ""  # "available to start in March": when the job would begin, no work given
        k = j + 1
        while k < len(window) and k <= j + 2 and window[k] in GIVING_TIME:
            k += 1
        counted = k < len(window) and window[k] in DETERMINERS_OF_SPAN
        k += counted
        for n, span in enumerate(window[k : k + 2]):
            if span in WHEN_SPANS:
                break  # "start next week": when, not what
            # One span, counted or named ("a Saturday", "trial day"); "do weekends" is
            # availability, not a day's work offered.
            one = counted or n > 0
            if (span in TIME_UNITS and one and not span.endswith("s")) or span in CALENDAR_NAMES:
                return span
            if not (lexicon.is_noun(span) or lexicon.is_adjective(span)):
                break
        return ""
    return ""


# What the writer has that describes only the writer: "experience that would benefit you".
SELF_DESCRIBING = frozenset(
    {"experience", "knowledge", "expertise", "track", "record", "background", "skills",
     "skill", "passion", "network", "eye", "attitude", "ethic"}
)  # fmt: skip
RELATIVES = frozenset({"that", "which", "that'd", "which'd", "that'll", "which'll"})
POSSESSION_REACH = 6  # words between "I have" and "that would"


def _offered_possession(words: list[str], echoes: frozenset[str]) -> tuple[str, ...]:
    """Something the writer has that would serve them: "I've a starter culture that'd suit
    your sourdough", "I have a log sheet that would show your technicians
    which rooms drift". A thing of the writer's own, a clause that would act, and them."""
    for i in range(len(words) - 3):
        if words[i] != "i" or words[i + 1] != "have":
            continue
        rest = words[i + 2 : i + 2 + POSSESSION_REACH]
        r = next((j for j, w in enumerate(rest) if w in RELATIVES), None)
        if not r or rest[0] not in DETERMINERS:
            continue
        clause = words[i + 2 + r :]
        would = clause[0].endswith(("'d", "'ll")) or bool(set(clause[1:3]) & lexicon.MODALS)
        things = tuple(
            w for w in rest[:r]
            if real_thing(w) and w not in SELF_DESCRIBING and stem(w) not in echoes
        )  # fmt: skip
        if things and would and set(clause) & SECOND_PERSON:
            return things
    return ()


# Openings that are the act themselves: what follows is what is given.
ACTING_OPENINGS = frozenset(
    {("i", "suggest"), ("i", "would", "suggest"), ("i", "propose"), ("i", "recommend"),
     ("my", "suggestion"), ("here", "is"), ("here", "are"), ("attached", "is"),
     ("i", "have", "attached"), ("i", "attached"), ("i", "enclosed"), ("i", "have", "put",
     "together"), ("i", "put", "together"), ("i", "drafted"), ("i", "have", "drafted"),
     ("i", "sketched"), ("i", "have", "sketched"), ("i", "am", "bringing"),
     ("i", "am", "sending"), ("i", "am", "attaching"), ("my", "plan"), ("my", "idea"),
     ("my", "proposal"), ("if", "you", "would", "like"), ("would", "you", "like")}
)  # fmt: skip


PROPOSALS_OF_IDEAS = frozenset(
    {("i", "suggest"), ("i", "would", "suggest"), ("i", "propose"), ("i", "recommend"),
     ("my", "suggestion"), ("my", "plan"), ("my", "idea"), ("my", "proposal")}
)  # fmt: skip


# "I can" states a skill unless the act is for the reader or has a time or a condition:
# "I can drop off a copy this week", "I could send you the template", "if it helps".
ABILITY = frozenset(
    {("i", "can"), ("i", "could"), ("we", "could"), ("we", "can"), ("my", "team", "could"),
     ("my", "team", "can")}
)  # fmt: skip


# What an act aims at without saying how: "improve", "enhance", "make sure". An offer
# made only of these and of vague acts ("help", "leverage my skills") names no act.
AIMS = frozenset(
    {"improve", "enhance", "strengthen", "boost", "ensure", "optimise", "optimize",
     "streamline", "contribute", "elevate", "maximise", "maximize", "leverage", "utilise",
     "utilize", "support", "sure", "raise", "increase", "grow", "transform", "revolutionise",
     "revolutionize"}
)  # fmt: skip
LINKS = frozenset({"to", "and", "help", "or"})


def _only_aims(window: list[str], action: int) -> bool:
    """The act and the verbs chained to it ("help strengthen ... and make sure", "leverage
    ... to enhance") are all vague acts or aims, one of them an aim, with no figure."""
    if action < 0 or any(is_number(w) for w in window):
        return False
    chained = [window[action]] + [
        w for j, w in enumerate(window[action + 1 :], action + 1)
        if window[j - 1] in LINKS | VAGUE_ACTS and lexicon.BASE in lexicon.verb_tags(w)
    ]  # fmt: skip
    vague = all(w in VAGUE_ACTS or w in AIMS for w in chained)
    return vague and any(w in AIMS for w in chained)


CLOCK = frozenset({"a.m", "p.m", "am", "pm", "o'clock"})


# "I could tell how much ...", "I can imagine what ...": what the writer saw or thinks,
# not an act; "I can tell you how we did it" is one.
PERCEIVING = frozenset({"tell", "sense", "imagine", "picture"})
CLAUSE_WORDS = frozenset({"how", "that", "what", "whether", "why", "when"})


def _perceived(window: list[str]) -> bool:
    return len(window) > 1 and window[0] in PERCEIVING and window[1] in CLAUSE_WORDS


# "Is there anything else I can send?": an offer of nothing named.
ANYTHING_REACH = 2


def _anything(before: list[str]) -> bool:
    return bool(set(before) & {"anything", "whatever"})


SOME_TIME = frozenset({"point", "stage", "time"})


# The writer's application: "restate my strong interest in the Class 2 Marine Pilot
# position" acts on the writer's want, whatever words describe it.
APPLICATION = frozenset(
    {"role", "position", "opportunity", "interest", "enthusiasm", "passion", "commitment",
     "candidacy", "application", "vacancy"}
)  # fmt: skip
PHRASE_REACH = 5  # describing words before a noun phrase's head


def _describes_the_application(words: list[str], j: int) -> bool:
    """The word describes the application it stands before ("strong" in "my strong
    interest", "pilot" in "the Class 2 Marine Pilot position"): the phrase's last word
    before the next grammar word is the writer's application."""
    for word in words[j + 1 : j + 1 + PHRASE_REACH]:
        if word in APPLICATION:
            return True
        if word in STOPWORDS:
            return False
    return False


def _when(words: list[str], j: int) -> bool:
    """A day of the month or a clock time ("on Monday 7 December at 3 a.m."): when the
    candidate would act, not a thing acted on; "at some point" too."""
    if words[j] in SOME_TIME and words[max(0, j - 2) : j] == ["at", "some"]:
        return True
    if not words[j][:1].isdigit():
        return False
    before, after = words[j - 1 : j] if j else [], words[j + 1 : j + 2]
    clock = tuple(words[j + 1 : j + 3]) in {("a", "m"), ("p", "m")}  # "3 a.m." as tokens
    return ":" in words[j] or clock or bool(set(before + after) & (CALENDAR_NAMES | CLOCK))


def _after_be(words: list[str], j: int) -> bool:
    """ "Would be keen to", "be really glad to": a word after "be" says how the writer
    feels, not what they would do."""
    return (j > 0 and words[j - 1] == "be") or (
        j > 1 and words[j - 2] == "be" and lexicon.is_adverb(words[j - 1])
    )


def _does_the_same(window: list[str], j: int) -> bool:
    """ "Let me do that for the next part", "do the same for your vans": "do" acts on
    what the letter has told; "do the saw cuts same day", "do the gap checks every
    Friday": on a thing named after "the" (not "do my best", "do a great job")."""
    if window[j] != "do":
        return False
    after = window[j + 1 : j + 3]
    return _points_back(after) or (
        after[:1] == ["the"] and len(after) == 2 and after[1] not in STOPWORDS
    )


# Subjects of a clause inside the offer: the word after one is its verb ("make sure
# nothing slips through", "so it runs"), not a thing acted on.
CLAUSE_SUBJECTS = frozenset({"nothing", "everything", "it", "they", "he", "she", "someone"})


def _verb_after_subject(words: list[str], j: int) -> bool:
    return bool(j) and words[j - 1] in CLAUSE_SUBJECTS and bool(lexicon.verb_tags(words[j]))


def _activity(word: str) -> bool:
    """A verb's -ing form that is no noun ("calendaring", "scheduling"): the kind of work,
    not a thing for them ("strengthen the calendaring process")."""
    return (
        word.endswith("ing")
        and lexicon.GERUND in lexicon.verb_tags(word)
        and not lexicon.is_noun(word)
    )


def _after_determiner(words: list[str], j: int) -> bool:
    """After "the" or "a", perhaps with one describing word between: "the template",
    "the same template", "a short checklist"."""
    if j and words[j - 1] in DETERMINERS:
        return True
    return (
        j > 1
        and words[j - 2] in DETERMINERS
        and (words[j - 1] == "same" or lexicon.is_adjective(words[j - 1]))
    )


def _points_back(words: list[str]) -> bool:
    """ "Explain it", "walk you through that", "set up something similar": the act is on
    something the letter told, or on one like it. "That" after a noun opens a clause
    about it instead ("some ideas that have worked")."""
    return any(
        (w in BACK_REFERENCES or w in LIKENESS)
        and not (w == "that" and j and lexicon.is_noun(words[j - 1]))
        for j, w in enumerate(words)
    )


# Words that make the thing acted on one like a thing already told: "something similar",
# "a comparable log", "the equivalent for your vans".
LIKENESS = frozenset({"similar", "comparable", "equivalent", "likewise", "alike"})


def _for_them(rest: list[str]) -> bool:
    """The offer itself (from its opening on) names them, a time or a figure: an earlier
    clause's "four years" does not make "I could carry a full caseload" one."""
    return any(w in SECOND_PERSON or w in TIME_WORDS or w in WHEN_WORDS for w in rest) or any(
        is_number(w) for w in rest
    )


# Acts that only say the candidate would be involved, not what they would do.
VAGUE_ACTS = frozenset(
    {"help", "assist", "support", "improve", "address", "tackle", "handle", "solve", "fix",
     "work", "do", "get", "make", "add", "bring", "be", "deal", "manage", "focus", "own",
     "lead", "drive", "take", "go", "dive", "jump", "hit", "partner", "collaborate", "keep",
     "have", "provide"}
)  # fmt: skip
# Verbs followed by a bare verb: "help find", "help sort out".
HELPING = frozenset({"help", "assist"})
WISHES = frozenset(
    {"love", "like", "hope", "want", "wish", "eager", "excited", "keen", "prefer", "rather"}
)


CLAUSE_ENDS = frozenset({"which", "who", "because", "hear", "learn"})
# "... a good fit for your crew and I am ready to work": a new subject, a new clause.
NEW_SUBJECTS = frozenset({"i", "we"})
COORDINATORS = frozenset({"and", "but", "so"})


def _until_clause_ends(window: list[str]) -> list[str]:
    """ "I can send the sketch, which took a week", "... and I am ready": the offer ends
    with its clause."""
    end = next(
        (
            j
            for j, w in enumerate(window)
            if w in CLAUSE_ENDS or (j and w in NEW_SUBJECTS and window[j - 1] in COORDINATORS)
        ),
        len(window),
    )
    return window[:end]


# Verbs that act only with an object: "keep a log", "have a draft on your desk",
# "provide the checklist"; not "keep in touch", "have heard", "provide value".
HOLDING = frozenset({"keep", "have", "provide"})
DETERMINERS = frozenset({"a", "an", "the", "your", "our", "my", "this", "that", "their"})


def _thing_named(word: str) -> bool:
    """After "the" or "a", a content word names a thing even where the dictionary knows it
    only as a verb: "the template", "a log"."""
    return (
        is_content(word)
        and word not in NOT_FOR_THEM
        and word not in BUZZWORDS
        and word not in METRIC_WORDS
        and word not in TIME_WORDS
    )


def real_thing(word: str) -> bool:
    """A thing an offer can act on for them: a noun (or jargon) that is neither the
    candidate's own nor a buzzword nor a day."""
    if is_number(word):
        return True
    return _thing_named(word) and (lexicon.is_noun(word) or _jargon(word))


def _jargon(word: str) -> bool:
    """A word the dictionary's parts of speech lack that is no grammar word ("against"
    is common; "dbt", "eicr", "figma" are not)."""
    return not lexicon.is_english_word(word) and lexicon.zipf(word) < 5


def _openings_by_first() -> dict[str, list[tuple[str, ...]]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in OFFER_OPENINGS:
        by_first.setdefault(phrase[0], []).append(phrase)
    return by_first


_OPENINGS_BY_FIRST = _openings_by_first()
