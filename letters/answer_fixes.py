"""The fixes a wizard step offers for an answer, and the one test of whether a sentence
reads as a note (the checker's ``is_fragment``, with three work-arounds).

Each fix is one the user sees at the step, with "Use this": a long sentence split, a
subject left out phone-style put back ("ran my own calls" -> "I ran my own calls"), a
note said with a subject and a verb ("8 yrs service plumbing" -> "I have 8 years of
service plumbing experience"). No lead sentence is put before their problem or a gain:
for those, and any note left out, ``own_words_example`` gives the notice an example in
the user's own words, for the user to write. ``letters.fragments`` runs them in order
and says what they did.

Pure functions of plain values, no database; plain word lookups, and one anchored regular
expression (``REPORT_THAT_RE``, who reported what before a "that").
"""

from __future__ import annotations

import re

from letters.answer_case import (
    UNSURE_YOU,
    Facts,
    common_word,
    compound_word,
    finished,
    ordinary_word,
    to_second_person,
)
from letters.answer_words import (
    AMOUNT_STARTS,
    BASE_VERBS,
    CLOSED_WORDS,
    CREDENTIALS,
    DETERMINERS,
    FIRST_PERSON,
    GAIN_STARTS,
    NUMBER_WORDS,
    OWN_STARTS,
    PAST_MARKERS,
    PAST_VERBS,
    PREPOSITIONS,
    QUESTION_WORDS,
    SPAN_UNITS,
    STATE_WORDS,
)
from letters.quality import lexicon
from letters.quality import sentences as grammar
from letters.quality.patterns import JOB_HEADS, RANKS, TITLES
from letters.quality.words import LONG_SENTENCE_WORDS  # offered a split

UNSPLIT_LIMIT = 35  # an unsplittable sentence longer than this is left out (hard to read)


CLOSING_STARTS = {
    "can": "I", "could": "I", "would": "I", "will": "I", "happy": "I'm", "ready": "I'm",
    "glad": "I'm", "looking": "I'm", "available": "I'm", "free": "I'm", "hope": "I",
    "hoping": "I'm", "appreciate": "I",
}  # fmt: skip

RUN_ON_JOINTS = frozenset({"and", "so", "but"})
RUN_ON_SUBJECTS = frozenset({"i", "we", "you", "they", "i'd", "i'll", "we'd", "we'll"})


def says_who(pieces: list[str]) -> bool:
    """A result or an idea says it is the user acting: "I", "we", "my team", "let's"."""
    words = {w.lower().strip(".,!?;:()").replace("’", "'") for p in pieces for w in p.split()}
    return bool(words & FIRST_PERSON)


# Who a result or an idea is said of when it is not the user: "He could try …".
OTHERS = frozenset({"he", "she", "they", "someone", "somebody", "anyone", "management"})
# "my", "our" own a thing; they do not say the user did it ("… at my current studio").
OWNING = frozenset({"my", "our", "me", "us"})


def not_the_users(key: str, piece: str) -> bool:
    """A first piece whose "I" or "we" is later and not its subject: an idea said of
    someone else ("He could try announcements …, like we did at busy bus stops"), a
    result as a CV line after a count of years ("5 years tattooing, …, fully booked 6
    weeks out at my current studio"). ``says_who`` finds "we" and "my" there."""
    words = [w.lower().strip('.,;:!?()"“”').replace("’", "'") for w in piece.split()]
    words = [w for w in words if w]
    if len(words) < 3:
        return False
    if key == "value_idea":
        mine = set(words) & {"i", "i'd", "i'll", "i'm", "we'd", "we'll", "let's"}
        we_would = any(
            a == "we" and b in lexicon.MODALS for a, b in zip(words, words[1:], strict=False)
        )
        # not "They could put a sign up and I would make it": the user acts in it too
        return words[0] in OTHERS and words[1] in lexicon.MODALS and not mine and not we_would
    if key != "fit":
        return False
    counted = words[0][:1].isdigit() or words[0] in NUMBER_WORDS
    return counted and words[1] in SPAN_UNITS and not set(words) & (FIRST_PERSON - OWNING)


def is_note(sentence: str) -> bool:
    """The checker's rule (``is_fragment``) on the sentence as the letter would carry it.
    Work-arounds: the checker reads a question opening with "When" as a "when" clause
    alone ("When does the menu go out?"), so the question is judged as "Where ...?";
    and "We both run ..." is judged without its "both"."""
    text = finished(sentence)
    if text.endswith("?") and text.lower().startswith("when "):
        text = "Where " + text[5:]
    first, _, rest = text.partition(" ")
    if first.lower().rstrip(",") in POLITE_OPENERS and rest:
        # "Kindly allow me to suggest ...", "Sir, you mentioned ...": judged without it
        text = rest[:1].upper() + rest[1:]
    if not grammar.is_fragment(text):
        return False
    if (shorter := _without_relative(text)) and not grammar.is_fragment(_plain(shorter)):
        return False  # "Some of the dads you used to feed now bring ...": a clause in it
    if _says_it([w.lower().strip(".,;:!?") for w in text.split()]):
        return False  # a subject and its verb the checker misreads: "Jobs start 1 day sooner"
    # Work-around: "We both run old lathes" reads to the checker as "both" + a noun.
    words = text.split()
    if len(words) > 2 and words[1].lower() == "both" and words[0].lower() in RUN_ON_SUBJECTS:
        return grammar.is_fragment(" ".join([words[0], *words[2:]]))
    return True


ADVERBS_BEFORE_VERB = frozenset({
    "now", "still", "also", "always", "never", "often", "usually", "just", "really",
    "even", "actually", "sometimes",
})  # fmt: skip


def _plain(text: str) -> str:
    """The sentence without the adverbs the checker stumbles on ("the dads now bring")."""
    return " ".join(w for w in text.split() if w.lower() not in ADVERBS_BEFORE_VERB)


def _without_relative(text: str) -> str:
    """ "Some of the dads you used to feed now bring their kids in" -> "Some of the dads
    now bring their kids in": a clause after a noun with no "who" or "that", which the
    checker misreads; "" when there is none."""
    words = text.split()
    for i in range(1, len(words) - 2):
        before = words[i - 1].lower().strip(",")
        if words[i].lower() not in ("you", "we", "they", "i") or words[i - 1][-1:] in ",.;:":
            continue
        if not lexicon.is_noun(before) or before in CLAUSE_WORDS or lexicon.verb_tags(before):
            continue
        if not lexicon.verb_tags(words[i + 1].lower()):
            continue
        end = i + 2
        if (
            words[end - 1].lower() in ("used", "want", "wanted", "had", "need")
            and end + 1 < len(words)
            and words[end].lower() == "to"
        ):
            end += 2  # "you used to feed"
        if end < len(words):
            return " ".join(words[:i] + words[end:])
    return ""


POLITE_OPENERS = frozenset({"kindly", "please", "sir", "madam", "ma'am"})


# Words that make a gain a clause of its own: "you would", "it will", "they can".
CLAUSE_WORDS = frozenset(
    {"you", "they", "it", "he", "she", "there", "this", "that", *lexicon.MODALS}
)


def gain_is_note(key: str, text: str) -> bool:
    """A gain or an amount written as a heading: "less waste, lower food cost", "Units
    back in service faster", "maybe 15-20% off the bill". The checker may pass them (a
    word can pass for a verb); no lead is put before them ("That would mean ..."): the
    user says it as a sentence."""
    words = text.rstrip(" .!?").split()
    if len(words) < 2:
        return False
    first = words[0].lower()
    if key == "value_gain" and says_it_means(words):
        return False  # "Fewer remakes means less wasted thread and …": a clause
    if key == "value_gain":
        listed = first in ("a", "an") and words[1].lower() in GAIN_STARTS and "," in text
        if listed and len(words) > 2 and words[2].endswith(","):
            return True  # "A faster close, so the owner gets his numbers"
        if first in ("a", "an") and words[1].lower() in GAIN_STARTS and _verbs_in_clauses(words):
            return True  # "A cleaner new make that the blender is happy with and …"
        if (first in GAIN_STARTS and not _has_clause(words)) or _lists_results(words):
            return True
        if _comparatives_listed(words):
            return True  # "Shorter dwell times … and fewer trams running late …"
        # "Steady supply of jellies for the gallery, less spent on buying them in": a
        # heading before its first comma, whatever the checker makes of the rest
        head = text.split(",")[0]
        if "," not in text or first in OWN_STARTS | CLAUSE_WORDS:
            return False
        return (
            is_note(head)
            or _noun_phrase_of([w.lower() for w in head.split()])
            or _listed_with_a_gain(text)
        )
    if key != "value_gain_detail" or past_result(words) or _has_clause(["", *words]):
        return False
    ranged = "to" in {w.lower() for w in words[1:]}  # "10 to 5 days": a result, not a gain
    return first in AMOUNT_STARTS or ((first[:1].isdigit() or "$" in first) and not ranged)


# The answers where an order reads as nothing: a line opening with a verb's base form
# ("Last site accuracy 99.7%.", "Lower turnover on my shift.") is a heading there. The idea
# ("Lower the shelves ...": said "I would ...") and the question and the closing ("Call me
# any time") may open with one.
NO_ORDER_KEYS = frozenset({"connection", "fit", "value_problem", "value_gain", "value_gain_detail"})
VERB_SUBJECTS = frozenset({"i", "we", "you", "they", "he", "she", "it", "who", "that", "which"})


def verbless_note(key: str, sentence: str) -> bool:
    """A line with no verb whose first word passes for one: "Last site accuracy 99.7%."
    ("last" read as the verb), where an order makes no sense. No later word can be a
    finite verb: a past or -s form, a modal, an auxiliary, a contraction, or a base form
    that is no noun or follows its subject ("we both run", "pickers walk")."""
    if key not in NO_ORDER_KEYS | {"closing"}:
        return False
    words = [w.lower().replace("’", "'").strip('.,;:!?()"“”') for w in sentence.split()]
    words = [w for w in words if w]
    if len(words) == 1 and key in NO_ORDER_KEYS:
        # "Faster.", "Cheaper.": a gain or a result of one word says what, not for whom
        return not lexicon.verb_tags(words[0]) & {"VBD", "VBZ", "MD"} and words[0].isalpha()
    if len(words) < 2:
        return False
    if key == "closing" and not _counted_span(words):
        return False  # "Call me any time.": an order reads right in a closing
    first = words[0]
    tags = lexicon.verb_tags(first)
    if "VB" not in tags or tags & {"VBD", "VBZ"} or "'" in first:
        return False  # "Trained 30 temps": phone style, with a verb
    if first in lexicon.MODALS or first in lexicon.AUXILIARY_FORMS or first in POLITE_OPENERS:
        return False
    # "Average 22 minutes on rotation calls": a first word that is a noun too makes the
    # line a note, and an "-s" word counted or in a place is a noun; after an order
    # ("Live in Wick …") the rest may be anything
    counted = lexicon.is_noun(first)
    return not any(
        can_be_finite(words, place) and not (counted and _counted_noun(words, place))
        for place in range(1, len(words))
    )


def _counted_noun(words: list[str], place: int) -> bool:
    """ "Average 22 minutes on scene on rotation calls" (set Z): an "-s" word that is a
    noun after a figure or "the"/"my", or after a noun that follows a preposition ("on
    rotation calls"), not the line's verb ("Average shift runs 10 hours" has one)."""
    word, prior = words[place], words[place - 1]
    if not lexicon.is_noun(word) or not lexicon.verb_tags(word) <= {"VBZ"}:
        return False
    if prior[:1].isdigit() or prior in DETERMINERS:
        return True
    further = words[place - 2] if place > 1 else ""
    return (
        lexicon.is_noun(prior)
        and prior not in CLOSED_WORDS
        and (further in PREPOSITIONS or further in DETERMINERS or further[:1].isdigit())
    )


def _counted_span(words: list[str]) -> bool:
    """ "Notice 30 days", "Availability 2 weeks": a noun that passes for an order, then a
    count of time; no order is ever said that way ("Call 0412 …" has no span after it)."""
    return (
        len(words) >= 3
        and lexicon.is_noun(words[0])
        and words[1].isdigit()
        and words[2] in TIME_SPANS
    )


TIME_SPANS = frozenset({"day", "days", "week", "weeks", "wks", "month", "months", "hours"})


def can_be_finite(words: list[str], place: int) -> bool:
    word = words[place]
    if word in lexicon.MODALS or "'" in word[1:] or word.endswith("n't"):
        return True  # "I'd", "it's", "we've": a verb in it
    if word in lexicon.AUXILIARY_FORMS:
        return word not in ("be", "been", "being")
    tags = lexicon.verb_tags(word)
    if tags & {"VBD", "VBZ"}:
        return True
    if "VB" not in tags:
        return False
    before = place - 1
    while before > 0 and (words[before] in ("both", "all") or lexicon.is_adverb(words[before])):
        before -= 1  # "we both run", "I usually go": the subject before the adverb
    prior = words[before]
    plural = prior.endswith("s") and not prior.endswith("ss") and lexicon.is_noun(prior)
    return prior in VERB_SUBJECTS | lexicon.MODALS or plural or not lexicon.is_noun(word)


def _noun_phrase_of(words: list[str]) -> bool:
    """ "steady supply of jellies for the gallery": an adjective, a noun and "of", and no
    word after that only a verb can be; the checker reads "supply" as the verb."""
    if len(words) < 4 or words[2] != "of" or not lexicon.is_adjective(words[0]):
        return False
    if lexicon.verb_tags(words[0]) - {"VB"} or not lexicon.is_noun(words[1]):
        return False
    return not any(
        {"VBP", "VBZ", "VBD", "MD"} & lexicon.verb_tags(w) and not lexicon.is_noun(w)
        for w in words[3:]
    )


def problem_is_note(text: str) -> bool:
    """Their problem written as a heading ("slow turnover on the weekend crew"): it does
    not start with who has it and has no verb that only a verb can be. The checker
    reads "turnover" as a verb; the problem step needs to say whose problem it is."""
    words = [w.lower().strip(".,;:!?") for w in text.split()]
    if not words or words[0] in OWN_STARTS or named_report(text.split()):
        return False
    if words[:4] == ["the", "interview", "touched", "on"] and len(words) > 4:
        return False  # the step's own lead for a letter to a recruiter: a sentence
    if _heading(text.split()):
        return True  # "EV installs - DNO notifs and EICs going out late": a heading
    if _says_it(words):
        return False
    counted = bool(QUANTITIES & set(words))
    verbs = [
        i for i, w in enumerate(words) if _finite_verb(w, plural=counted and i == len(words) - 1)
    ]
    if not verbs:
        return True
    said = reporter_length(text.split())  # "Gary said callbacks on water heater installs"
    start = said + 1 if said and words[said : said + 1] == ["said"] else 0
    later = [v - start for v in verbs if v > start]
    return bool(later) and _plural_head(words[start:], later)


# "Declan mentioned …", "Mr. Venkatesh talked about …": someone named, then a verb that
# reports what they said, with what they said after it; a sentence as "You mentioned …"
# is. "said" and "told me" with no "about" are not here: "Declan said late timesheets"
# is a note, as "You said the Saturday queue" is.
REPORTING_VERBS = (
    ("mentioned",), ("told", "me", "about"), ("told", "us", "about"), ("talked", "about"),
    ("spoke", "about"), ("brought", "up"), ("raised",), ("pointed", "out"),
)  # fmt: skip


def named_report(words: list[str]) -> bool:
    """ "Declan mentioned late paper timesheets", "Mr. Venkatesh mentioned the forecast
    misses": a person's name (a title and a word, or a word that is no ordinary word,
    as typed with its capital), a reporting verb, and at least two words after it."""
    named = reporter_length(words)
    if not named:
        return False
    lowered = [w.lower().strip(".,;:!?") for w in words[named : named + 3]]
    for verb in REPORTING_VERBS:
        if tuple(lowered[: len(verb)]) == verb:
            return len(words) - named - len(verb) >= 2
    if lowered[:1] == ["said"]:
        return _said_clause([w.lower().strip(".,;:!?") for w in words[named + 1 : named + 9]])
    return False


SAID_SUBJECTS = frozenset({"they", "we", "he", "she", "it", "there"})
SAID_HEADS = frozenset({"the", "their", "his", "her", "our"})
SAID_FINITE = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "can", "can't", "will", "won't",
    "does", "doesn't", "don't", "isn't", "aren't", "wasn't", "weren't", "keeps", "needs",
})  # fmt: skip


def _said_clause(after: list[str]) -> bool:
    """ "(said) they have too many …", "(said) the night shift is short": what was said is
    a clause with its own subject and verb, not a note ("said late timesheets")."""
    after = after[1:] if after[:1] == ["that"] else after
    if len(after) < 3:
        return False
    if after[0] in SAID_SUBJECTS:
        return after[1] in SAID_FINITE or _finite_verb(after[1], plural=after[0] != "it")
    if _plural_acts(after[0], after[1], after[2]):
        return True  # "(said) jobs land on the app", "(said) referrals pile up on Mondays"
    return after[0] in SAID_HEADS and bool(SAID_FINITE & set(after[2:6]))


# After a plural and a verb that is a noun too, what shows it is the verb: "land on",
# "pile up", "queue in"; "orders backlog" or "orders on the system" have no such verb.
ACTS_AFTER = frozenset({*PREPOSITIONS, "up", "out", "down", "off", "back", "away"})


def _plural_acts(subject: str, verb: str, after: str) -> bool:
    """ "jobs land on", "referrals pile up": a plural noun, a verb's plain form (the
    lexicon may have it as a noun too: "land", "queue") and a preposition or particle
    after it, so the plural is its subject, not a word before a noun."""
    if not subject.endswith("s") or subject.endswith("ss") or not lexicon.is_noun(subject):
        return False
    tags = lexicon.verb_tags(verb)
    if "VB" not in tags or tags & {"VBD", "VBZ"} or verb in CLOSED_WORDS:
        return False
    return after in ACTS_AFTER


def reporter_length(words: list[str]) -> int:
    """How many words at the start name a person: "Declan" 1, "Mr. Venkatesh" 2, "Dr.
    Okafor" 2, "Chef Marco" 2, "Declan Ryan" 2; 0 when it opens with no name."""
    if len(words) < 2:
        return 0
    first, second = words[0].strip(",").rstrip("."), words[1].strip(",.")
    if first.lower() in TITLES and second[:1].isalpha():
        at = 2  # "Mr. venkatesh": the title makes it a name
    elif first.lower() in RANKS and second[:1].isupper() and not common_word(second.lower()):
        at = 2  # "Chef Marco", not "Officer reports"
    elif first[:1].isupper() and first.isalpha() and not common_word(first.lower()):
        at = 1
    else:
        return 0
    if at < len(words):
        after = words[at].strip(",.")
        if after[:1].isupper() and after.isalpha() and not common_word(after.lower()):
            at += 1  # "Declan Ryan", "Mr. Venkatesh Rao"
    return at


def _plural_head(words: list[str], verbs: list[int]) -> bool:
    """ "callbacks on water heater installs": a plural first, then a phrase after a
    preposition whose "-s" word can only be a noun, as a plural takes no "installs"."""
    head = words[0]
    if not head.endswith("s") or head.endswith("ss") or lexicon.verb_tags(head):
        return False
    if not all(words[i].endswith("s") and lexicon.verb_tags(words[i]) == {"VBZ"} for i in verbs):
        return False
    return any(w in PREPOSITIONS for w in words[1 : verbs[0]])


def _says_it(words: list[str]) -> bool:
    """A subject and its verb the word lookup would miss: "Parents feel out of the loop",
    "Patients aren't mobilized", "The nightly billing job runs 6 hours"."""
    if any(w.endswith(("n't", "n’t")) for w in words):
        return True
    if modal_and_verb(words, subject=True):
        return True  # "Quicker turnaround would keep the contract safe"
    counted = bool(QUANTITIES & set(words))  # "too many password resets": a plural
    for place, (before, word) in enumerate(zip(words, words[1:-1], strict=False), start=2):
        tags = lexicon.verb_tags(word)
        plural = before.endswith("s") and not before.endswith("ss")
        if plural and {"VB", "VBP"} & tags and not lexicon.is_noun(word):
            return True
        earlier = words[place - 3] if place >= 3 else ""
        adverb = before in ADVERBS_BEFORE_VERB or lexicon.is_adverb(before)
        people = earlier.endswith("s") and not earlier.endswith("ss") and lexicon.is_noun(earlier)
        if adverb and people and {"VB", "VBP"} & tags and not lexicon.is_noun(word):
            return True  # "families now choose livestreaming": a plural, an adverb, its verb
        singular = not plural and lexicon.is_noun(before) and before not in DETERMINERS
        # "job runs 6 hours", "turnaround misses the target"; not "reefer loads because"
        after = words[place]
        goes_on = after[:1].isdigit() or after in DETERMINERS or after in NUMBER_WORDS
        if singular and not counted and "VBZ" in tags and goes_on:
            return True
        # "The rig waits for concrete", "The line stops for changeovers": "the" and one
        # thing open the sentence, then its verb and where or what it goes on to
        opened = place == 3 and words[0] in THE_ONE
        if opened and singular and "VBZ" in tags and after in PREPOSITIONS:
            return True
    return False


THE_ONE = frozenset({"the", "our", "their", "your", "my", "each", "every"})


SAYING_MODALS = frozenset({"would", "will", "could", "should", "can"})


def modal_and_verb(words: list[str], *, subject: bool = False, opening: bool = False) -> bool:
    """ "turnaround would keep", "stock would last": a modal, then a verb's base form;
    with ``subject``, a noun just before the modal; with ``opening``, that noun's phrase
    opens the text (no comma or linking word before the modal: not "fewer tickets, so
    techs can work …")."""
    for place in range(1, len(words) - 1):
        word = words[place].lower().strip(".,;:!?")
        if word not in SAYING_MODALS or words[place - 1][-1:] in ",;:.":
            continue
        before = words[place - 1].lower().strip(".,;:!?")
        after = words[place + 1].lower().strip(".,;:!?")
        if "VB" not in lexicon.verb_tags(after) or after in CLOSED_WORDS:
            continue
        if opening and any(w[-1:] in ",;:" or w.lower() in OPENING_BREAKS for w in words[:place]):
            return False
        if not (subject or opening) or (lexicon.is_noun(before) and before not in CLOSED_WORDS):
            return True
    return False


# Words that start a clause of their own inside a gain: "fewer tickets so techs can …".
OPENING_BREAKS = frozenset({"so", "which", "that", "who", "because", "but", "as", "then"})


QUANTITIES = frozenset({"many", "more", "fewer", "less", "lots", "too", "constant", "frequent"})


def _finite_verb(word: str, *, plural: bool) -> bool:
    """A word that says something happens: a modal, or a verb that is no noun. After
    "too many" the last word is a plural ("too many password resets")."""
    if word in lexicon.MODALS:
        return True
    tags = lexicon.verb_tags(word)
    if "VBN" in tags and not {"VBZ", "VBP"} & tags:
        return False  # "customers not told", "veg tossed by Tuesday": no one does it
    if not {"VBZ", "VBP", "VBD"} & tags or lexicon.is_noun(word):
        return False
    return not (plural and word.endswith("s"))


# --- the fixes ------------------------------------------------------------------------


def split_long(pieces: list[str], changes: list[str]) -> list[str] | None:
    """Sentences over 30 words split where the checker finds a joint; None when one is
    too long to read and has no joint."""
    result = []
    for piece in pieces:
        if len(piece.split()) <= LONG_SENTENCE_WORDS:
            result.append(piece)
            continue
        run_on = _split_run_on(piece)
        parts = _purpose_kept(run_on) if run_on else run_on
        if parts:
            parts = _report_said_again(parts)  # "…. That the old filer …": "You also said that"
        if parts and not safe_split(parts):
            parts = None
        if parts:
            for part in parts:  # a part still too long to read split at its second action
                long = len(part.split()) > UNSPLIT_LIMIT
                result += (long and _second_action(part)) or [part]
            changes.append("split a long sentence")
        elif len(piece.split()) <= UNSPLIT_LIMIT:
            result.append(piece)
        elif parts := _second_action(piece) or _split_where_sure(piece, run_on):
            result += parts
            changes.append("split a long sentence")
        else:
            return None
    return result


# "You mentioned that …", "Doug said that …": who reported it, the verb, its "that".
REPORT_THAT_RE = re.compile(
    r"^(?P<who>You|I|We|They|He|She|[A-Z][a-z]{1,20})"
    r" (?P<verb>said|mentioned|explained|told me|told us|added|noted|remembered) that "
)


def _report_said_again(parts: list[str]) -> list[str]:
    """ "You mentioned that you started in 1994, and that the old filer taught you …" split
    at its ", and": the second "that" hangs on "mentioned", so the part says it again
    ("You also mentioned that the old filer …"), not "That the old filer …"."""
    result = [parts[0]]
    for part in parts[1:]:
        report = REPORT_THAT_RE.match(result[-1])
        words = [w.lower().strip(".,;:!?") for w in part.split()[:2]]
        if report and len(words) == 2 and words[0] == "that" and words[1] in COMPLEMENT_OPENERS:
            part = f"{report['who']} also {report['verb']} that {part.split(' ', 1)[1]}"
        result.append(part)
    return result


def _split_where_sure(sentence: str, parts: list[str] | None) -> list[str] | None:
    """ "I'd cap the groups …, and give every guide …, and I'd plan each tour …, and at
    the end I'd ask …": the checker's split where a part cannot stand alone ("Give every
    guide …", an order that lost its "I'd") is joined back to the part before it as it was
    typed, so the sentence is split only where a part has its own subject ("I'd plan …",
    "At the end I'd ask …"); a part still too long is split at its second action.
    ``parts`` is the checker's split of ``sentence`` (``_split_run_on``)."""
    kept = _joined_back(sentence, parts) if parts and len(parts) > 1 else None
    if not kept or len(kept) < 2 or not safe_split(kept):
        return None
    result = []
    for part in kept:
        if len(part.split()) <= UNSPLIT_LIMIT:
            result.append(part)
        elif more := _second_action(part):
            result += more
        else:
            return None
    return result


def _joined_back(sentence: str, parts: list[str]) -> list[str] | None:
    """``parts`` of ``sentence`` with each one that cannot follow the one before it
    (``safe_split``) joined back to it in the words typed between them; None when a part
    is not found among the typed words in order."""
    words = sentence.split()
    typed = [w.lower().strip(".,;:!?") for w in words]
    spans: list[tuple[int, int]] = []
    at = 0
    for part in parts:
        said = [w.lower().strip(".,;:!?") for w in part.split()]
        start = next(
            (i for i in range(at, len(words) - len(said) + 1) if typed[i : i + len(said)] == said),
            None,
        )
        if start is None or not said:
            return None
        spans.append((start, start + len(said)))
        at = start + len(said)
    kept = [(parts[0], *spans[0])]
    for part, (start, end) in zip(parts[1:], spans[1:], strict=True):
        before, first, _ = kept[-1]
        if safe_split([before, part]):
            kept.append((part, start, end))
            continue
        # the part before's first word as it was said (a capital), the rest as typed
        joined = [before.split()[0], *words[first + 1 : end - 1], part.split()[-1]]
        kept[-1] = (" ".join(joined), first, end)
    return [text for text, _start, _end in kept]


def split_second_action(pieces: list[str], changes: list[str]) -> list[str]:
    """A sentence still too long to read once its subject is said or its parts joined
    ("I would take photos … and send it to the assessor, and order parts …") split at
    its second action ("… the assessor. I would also order parts …")."""
    result = []
    for piece in pieces:
        parts = len(piece.split()) > UNSPLIT_LIMIT and _second_action(piece)
        if parts:
            joined = "joined the two parts with “and”"
            if joined in changes and f", and {parts[1].split(' also ', 1)[-1]}" in piece:
                changes.remove(joined)  # its "and" is where the split is
            if "split a long sentence" not in changes:
                changes.append("split a long sentence")
        result += parts or [piece]
    return result


def _second_action(sentence: str) -> list[str] | None:
    """ "I would text parents the night before … and then send parents a message …",
    "I would set up the packs …, and keep a list …": one subject's second action, split
    where it starts with the subject said again ("Then I would send …", "I would also
    keep …"); None where no part of it is sure. Only after "I would", "I'd", "I can", "I
    could" or "we would" at the start, and not where someone else may do the second
    action ("ask them to check … and send …") or it belongs to a clause ("so that …")."""
    words = sentence.split()
    bare = [w.lower().replace("’", "'").strip(".,;:!?()") for w in words]
    if bare[:1] == ["i'd"]:
        subject, body = "I'd", 1
    elif tuple(bare[:2]) in SECOND_ACTION_SUBJECTS:
        subject, body = " ".join(words[:2]), 2
    else:
        return None
    candidates = []
    for at in range(body + 3, len(words) - 4):
        if bare[at] != "and" or words[at].endswith(","):
            continue
        if _someone_else_acts(words[body:at], bare[body:at]):
            continue  # the verb after it may be theirs, not the subject's
        if _inside_listed_item(words, bare, body, at):
            continue  # "…, start with the worst and fix the chews first, and keep …"
        lead = bare[at + 1] if bare[at + 1] in ("then", "also") else ""
        verb = bare[at + 2] if lead else bare[at + 1]
        after = bare[at + 3] if lead else bare[at + 2]
        if "VB" not in lexicon.verb_tags(verb) or verb in lexicon.MODALS:
            continue
        if not (lead or words[at - 1].endswith(",") or after in SECOND_ACTION_OBJECTS):
            continue  # "… and keep a list": not "… the packs and stock"
        rest = " ".join(words[at + (2 if lead else 1) :])
        second = f"Then {subject} {rest}" if lead == "then" else f"{subject} also {rest}"
        head = words[:at]
        if words[at - 1].endswith(",") and (listed := _listed_action(words, bare, body, at)):
            # "I would set aside …, sort …, and keep …": the list's last comma before the
            # split becomes its "and" ("… a week and sort …. I would also keep …")
            head = [*words[:listed], words[listed].rstrip(","), "and", *words[listed + 1 : at]]
        elif any(
            words[i].endswith(",")
            and "VB" in lexicon.verb_tags(bare[i + 1])
            and (bare[i + 2] in SECOND_ACTION_OBJECTS or _item_of_actions(words, bare, i + 1))
            for i in range(body, at - 2)
        ):
            continue  # "I would give …, book the … and run …": a list left without "and"
        first = " ".join(head).rstrip(",;:") + "."
        candidates.append((abs(at - len(words) / 2), [first, second]))
    for found in (candidates, _listed_splits(words, bare, subject, body)):
        for _score, parts in sorted(found, key=lambda c: c[0]):
            short = all(len(p.split()) <= UNSPLIT_LIMIT for p in parts)
            if short and safe_split(parts) and not any(grammar.is_fragment(p) for p in parts):
                return parts
    return None


def _listed_splits(
    words: list[str], bare: list[str], subject: str, body: int
) -> list[tuple[float, list[str]]]:
    """ "I would use a survey sheet for every job, measure twice …, photograph every
    opening and make a template …": splits at a comma before a listed action with no "and"
    after the comma ("I would use … and measure twice …. I would also photograph …"),
    tried when no split at ", and" is short enough. Only where the
    sentence opens with its subject's action and its list closes with "and" and an
    action, so the comma is certainly one of a list of actions."""
    if not _action_at(bare, body, first=True):
        return []
    closing = next(
        (j for j in range(len(bare) - 2, body, -1) if bare[j] == "and" and _action_at(bare, j + 1)),
        None,
    )
    found = []
    for i in range(body + MIN_ACTION_WORDS, (closing or 0) - 1):
        if not words[i].endswith(",") or not (
            _action_at(bare, i + 1) or _item_of_actions(words, bare, i + 1)
        ):
            continue
        before = " ".join(words[: i + 1])
        if before.count("(") != before.count(")") or bare[i + 2] in ("and", "or"):
            continue
        if _someone_else_acts(words[body : i + 1], bare[body : i + 1]):
            continue
        head = words[: i + 1]
        if listed := _listed_action(words, bare, body, i + 1):
            head = [*words[:listed], words[listed].rstrip(","), "and", *words[listed + 1 : i + 1]]
        elif any(words[j].endswith(",") and _action_at(bare, j + 1) for j in range(body, i)):
            continue  # "I would A, B, C. I would also D": a list left without "and"
        first = " ".join(head).rstrip(",;:") + "."
        second = f"{subject} also {' '.join(words[i + 1 :])}"
        found.append((abs(i - len(words) / 2), [first, second]))
    return found


def _item_of_actions(words: list[str], bare: list[str], at: int) -> bool:
    """ "start with the worst sections and fix the squirrel chews first": a listed item
    opening with a verb ("start", a noun too) whose own "and" joins a second action on a
    thing ("fix the …"), so the item is two actions, not a list of things."""
    if "VB" not in lexicon.verb_tags(bare[at]) or bare[at] in lexicon.MODALS:
        return False
    end = next((j for j in range(at, len(words)) if words[j].endswith(",")), len(words) - 1)
    return any(
        bare[j] == "and" and _action_at(bare, j + 1) and bare[j + 2] in SECOND_ACTION_OBJECTS
        for j in range(at + 1, end)
    )


def _inside_listed_item(words: list[str], bare: list[str], body: int, at: int) -> bool:
    """A bare "and" at ``at`` inside one item of a list of actions: after a comma that
    opens an item with a verb ("…, start with the worst sections and fix …") and before a
    later ", and" with an action ("…, and keep a map …"). Splitting there would part the
    item's "A and B" ("I would also fix … first"), so the split is at the list's commas."""
    opened = next((i for i in range(at - 1, body, -1) if words[i].endswith(",")), None)
    if opened is None or "VB" not in lexicon.verb_tags(bare[opened + 1]):
        return False
    if any(w.endswith(",") for w in words[opened + 1 : at]):
        return False
    closing = next((j for j in range(at + 1, len(words) - 2) if words[j].endswith(",")), None)
    return closing is not None and bare[closing + 1] == "and" and _action_at(bare, closing + 2)


def also_once(pieces: list[str], changes: list[str]) -> list[str]:
    """ "… every morning. I would also fix …. I would also redo …": where a split made a
    later sentence open with "I would also" right before one that opens so too, the
    split's "also" goes ("I would start with …. I would also redo …"). Only after a split
    and never in the first sentence, which the user opened."""
    if "split a long sentence" not in changes:
        return pieces
    result = list(pieces)
    for at in range(1, len(result) - 1):
        head = _also_head(result[at])
        if head and _also_head(result[at + 1]) == head:
            result[at] = f"{head} {result[at][len(head) + len(' also ') :]}"
    return result


def _also_head(sentence: str) -> str:
    """ "I would" of "I would also fix …"; "" where the sentence opens otherwise."""
    words = sentence.split()
    for size in (1, 2):
        if len(words) > size + 1 and words[size].lower() == "also":
            said = tuple(w.lower().replace("’", "'") for w in words[:size])
            if said == ("i'd",) or said in SECOND_ACTION_SUBJECTS:
                return " ".join(words[:size])
    return ""


# Words an action's verb may take before its object: "log each", "ask them", "take 2".
ACTION_OBJECTS = frozenset({"it", "them", "him", "her", "us", "me", "everyone", "everything"})


def _action_at(bare: list[str], at: int, *, first: bool = False) -> bool:
    """ "measure twice", "photograph every opening", "ask customers for …": a verb that
    starts an action, told from a thing in a list ("tension, crown and strain", "tension,
    strain levels …") by what follows it: a determiner, a pronoun or a number after any
    verb; an adverb, a preposition or a plural noun only after one that is no noun."""
    if at + 1 >= len(bare):
        return False
    verb, after = bare[at], bare[at + 1]
    if "VB" not in lexicon.verb_tags(verb) or verb in lexicon.MODALS or verb == "be":
        return False
    if lexicon.is_adjective(verb) and not first:
        return False  # "clean", "back": a describing word in a list of things
    if after in SECOND_ACTION_OBJECTS or after in ACTION_OBJECTS or after[:1].isdigit():
        return True
    if lexicon.is_adverb(after) and not lexicon.is_adjective(after) and not lexicon.is_noun(after):
        return True  # "measure twice"
    if first or lexicon.is_noun(verb):
        return first and (after in PREPOSITIONS or after in ACTS_AFTER or lexicon.is_noun(after))
    plural = after.endswith("s") and lexicon.is_noun(after) and not lexicon.verb_tags(after)
    return after in PREPOSITIONS or after in ACTS_AFTER or plural


MIN_ACTION_WORDS = 3  # an action listed between commas: a verb and what it acts on


def _listed_action(words: list[str], bare: list[str], body: int, at: int) -> int | None:
    """The word ending with the comma before an action listed ahead of a ", and" split at
    ``at`` ("…, sort incoming repairs …, and keep …": the comma after "week"), None when
    no comma before it is followed by a verb that is not also a describing word ("clean
    ones first"), or when a comma-less "and" already joins actions in it ("sort and
    label"); an "and" of things ("each saw's hours and where …") is no joint."""
    for i in range(at - 3, body, -1):
        if not words[i].endswith(",") or bare[i + 1] in lexicon.MODALS:
            continue
        verb = bare[i + 1]
        if " ".join(words[: i + 1]).count("(") > " ".join(words[: i + 1]).count(")"):
            continue  # "(prescription, discharge letter, transport, …)": a list of things
        item = next((j for j in range(i + 1, at) if words[j].endswith(",")), at - 1) - i
        if item < MIN_ACTION_WORDS:
            continue  # "…, transport, follow-up …": a word or two between commas is a thing
        acts_on = bare[i + 2] in SECOND_ACTION_OBJECTS or bare[i + 2] in ACTION_OBJECTS
        if "VB" in lexicon.verb_tags(verb) and (acts_on or not lexicon.is_adjective(verb)):
            # "record each cow's yield", "clean the bays": a describing word too, yet
            # a verb before what it acts on; "clean ones first" is no action
            joined = (j for j in range(i + 1, at - 1) if bare[j] == "and")
            if any("VB" in lexicon.verb_tags(bare[j + 1]) for j in joined):
                return None  # "…, sort and label …, and keep …": its own "and" of actions
            return i  # "…, log each saw's hours and where …, and check …": of things
    return None


def _someone_else_acts(typed: list[str], words: list[str]) -> bool:
    """Words before an "and" after which its verb may be someone else's or a clause's:
    "ask them to check …", "so that they …", "because …", "who …", "let them …"; a
    subject or "that" of a clause ("before they leave") only until a comma closes it."""
    for i, word in enumerate(words):
        if word in CLOSED_BY_COMMA and any(w.endswith(",") for w in typed[i:]):
            continue  # "as soon as they arrive, and keep …": the comma closed the clause
        if word in CAUSATIVES and _has_a_thing(words[i + 1 : i + 2 + CAUSATIVE_REACH]):
            continue  # "have a final meeting with …": a thing had, no one made to act
        if word in SECOND_ACTION_STOPS or word in DEPENDENT_STARTS:
            return True
        if word == "to" and i + 1 < len(words) and "VB" in lexicon.verb_tags(words[i + 1]):
            return True
        if word in CLAUSE_OPENERS and not any(w.endswith(",") for w in typed[i:]):
            return True
    return False


def _has_a_thing(after: list[str]) -> bool:
    """ "a final meeting with", "one coordinator on the day": after "have", "make" or
    "get" a determiner and no verb acting on something in the words that follow, so
    nobody is made to act ("have the crew walk the line", "have the apprentices check
    every door" have one)."""
    if not after or after[0] not in SECOND_ACTION_OBJECTS:
        return False
    for word, following in zip(after[1:], after[2:], strict=False):
        if "VB" not in lexicon.verb_tags(word):
            continue
        acts_on = following in SECOND_ACTION_OBJECTS or following in ACTION_OBJECTS
        if acts_on or following in ACTS_AFTER or not lexicon.is_noun(word):
            return False
    return True


CAUSATIVES = frozenset({"have", "make", "get"})
CAUSATIVE_REACH = 4  # "have a final meeting with": the determiner and the next three words


SECOND_ACTION_SUBJECTS = frozenset({
    ("i", "would"), ("i", "can"), ("i", "could"), ("we", "would"),
})  # fmt: skip
SECOND_ACTION_OBJECTS = frozenset({
    "a", "an", "the", "my", "our", "your", "their", "his", "her", "its", "this", "that",
    "these", "those", "every", "each", "some", "any", "all", "both",
})  # fmt: skip
# A word after which a later verb may belong to someone else or to a clause.
SECOND_ACTION_STOPS = frozenset({
    "so", "who", "whom", "whose", "when", "whenever", "if", "until", "once", "as", "where",
    "let", "make", "help", "get", "have", "or", "either", "not",
})  # fmt: skip
# Clause openers whose clause a comma closes: a verb after the comma's "and" is the
# subject's again ("… as soon as they arrive, and keep a small stock …").
CLOSED_BY_COMMA = frozenset({"so", "when", "whenever", "if", "until", "once", "as", "where", "or"})
# A clause's own subject or opener: its verbs may go on after a bare "and".
CLAUSE_OPENERS = frozenset({
    "that", "they", "he", "she", "it", "them", "him", "you", "we", "i", "there", "how",
    "what", "what's", "they're", "it's", "you're", "we're",
})  # fmt: skip


def _purpose_kept(parts: list[str]) -> list[str] | None:
    """A "So they are not walking round lost." part put back after the sentence it is for
    ("..., so they are not walking round lost."); None when only one sentence is left."""
    kept: list[str] = []
    for part in parts:
        if kept and _purpose_tail(part, kept[-1]):
            kept[-1] = f"{kept[-1].rstrip('.')}, {part[:1].lower()}{part[1:]}"
        else:
            kept.append(part)
    return kept if len(kept) > 1 else None


def _purpose_tail(part: str, before: str = "") -> bool:
    """ "So they know what clean looks like", "Because the ETL runs overnight": a part
    that hangs on the sentence before it, so no split starts with it."""
    words = [w.lower().replace("’", "'").strip(".,;:!?()") for w in part.split()]
    if len(words) < 3:
        return False
    if words[0] in DEPENDENT_STARTS or words[:2] == ["so", "that"]:
        return True
    if words[0] != "so":
        return False
    if len(words) <= 10 or words[2] in PURPOSE_MODALS:
        return True  # a short "So ..." alone reads as a fragment; "So you can go back …"
    # "I would do a buddy system … so they know …": after a plan, "so" says what it is
    # for; after a fact ("… it turned out I worked there too. So we were swapping …")
    # it says what came of it, which a sentence of its own can say.
    planned = [w.lower().replace("’", "'").strip(".,;:!?()") for w in before.split()]
    return any(w in PLAN_MODALS or w.endswith(("'d", "'ll")) for w in planned)


# A clause that hangs on the sentence before it ("…, because the ETL runs overnight",
# "…, which saves an hour", "…, plus a huddle"): a split never starts a sentence with one.
DEPENDENT_STARTS = frozenset({
    "because", "cause", "cos", "which", "while", "whilst", "whereas", "plus", "since",
    "though", "although", "unless", "whereby",
})  # fmt: skip
PURPOSE_MODALS = frozenset({"can", "could", "will", "would", "might"})
PLAN_MODALS = SAYING_MODALS | {"might"}
LEADING_JOINTS = frozenset({"then", "plus", "and", "also", "so", "but"})


def safe_split(parts: list[str]) -> bool:
    """A split the user can take: every part a full sentence with its own subject and
    verb, no part cut inside brackets or quotes, none a purpose clause left alone ("So
    you can go back to ...") and none an order with "I would" cut off ("Let them snap a
    photo ...", "Then run five tests ...")."""
    for place, part in enumerate(parts):
        if (
            part.count("(") != part.count(")")
            or part.count('"') % 2
            or part.count("“") != part.count("”")
        ):
            return False
        if is_note(part) or not _own_verb(part, order_ok=place == 0) or _place_alone(part):
            return False
        if place == 0:
            continue
        words = [w.lower().strip(".,;:!?()") for w in part.split()]
        if len(words) < 3:
            return False
        if _purpose_tail(part, parts[place - 1]):
            return False  # "So they know …", "Because …": what the part before is for
        start = 1 if words[0] in LEADING_JOINTS else 0
        if start + 1 < len(words) and _is_base_verb(words[start], words[start + 1]):
            return False  # "Let them snap ...": whoever does it stayed in the first part
        if _subject_left_behind(words[start:]):
            return False
    return True


def _subject_left_behind(words: list[str]) -> bool:
    """ "That the old filer taught you …", "Not leave site till …", "Look at the 20
    longest trips first": a part that opens with what hangs on a verb before it (a
    complement "that", a "not") or with an order whose subject stayed in the part
    before ("I would … and look at …"): no sentence of its own."""
    if len(words) < 3:
        return False
    first, second, third = words[0], words[1], words[2]
    if first == "not":
        return True
    if first == "that" and (second in COMPLEMENT_OPENERS or second in DETERMINERS):
        return True  # not "That saves a trip", "That was the week I started"
    return (
        "VB" in lexicon.verb_tags(first)
        and second in PREPOSITIONS
        and (third in DETERMINERS or third[:1].isdigit() or third in READER_OBJECTS)
    )


# After a complement "that", the subject of the clause it hangs on: "… and that you …".
COMPLEMENT_OPENERS = frozenset({
    "i", "you", "he", "she", "we", "they", "it", "there", "my", "your", "his", "her",
    "our", "their", "the", "a", "an", "this", "every", "each",
})  # fmt: skip


def _place_alone(part: str) -> bool:
    """ "At bridgetown charters.": a short phrase that opens with a preposition and whose
    only word that may be a verb is its last, a noun too ("charters", "works"): where
    something happened, cut off from what happened there."""
    words = [w.lower().strip(".,;:!?()") for w in part.split()]
    if not 2 <= len(words) <= PLACE_ALONE_WORDS or words[0] not in PREPOSITIONS:
        return False
    finite = {"VBD", "VBZ", "VBP", "MD"}
    if any(lexicon.verb_tags(w) & finite and not lexicon.is_noun(w) for w in words[1:-1]):
        return False
    last = words[-1]
    return lexicon.is_noun(last) or not lexicon.verb_tags(last) & finite


PLACE_ALONE_WORDS = 5


# The last word of a job title: "5 yrs conveyancing secretary" is a job held so long.
JOB_TITLES = frozenset({
    "secretary", "nurse", "driver", "chef", "cleaner", "assistant", "technician",
    "operator", "manager", "supervisor", "clerk", "receptionist", "barista", "cook",
    "carer", "electrician", "plumber", "mechanic", "bookkeeper", "accountant", "teacher",
    "administrator", "coordinator", "officer", "labourer", "foreman", "welder",
})  # fmt: skip


def _own_verb(part: str, *, order_ok: bool = False) -> bool:
    """A split part says something happens before any "so", "because" or "which"
    clause: "Visual timers and a now-next board so the children know …" and "An SNA
    always placed near the gate" (a past form after a noun, which may be "who is") do
    not. A word that may be past or a participle counts only after a pronoun. With
    ``order_ok`` the part may open with an order ("Text reminders …", said with "I
    would" later)."""
    words = [w.lower().replace("’", "'").strip('.,;:!?()"“”') for w in part.split()]
    words = [w for w in words if w]
    for place, word in enumerate(words):
        if place and (word in DEPENDENT_STARTS or word in CLAUSE_HEADS):
            break
        if word in lexicon.MODALS or "'" in word[1:] or word.endswith("n't"):
            return True
        if word in lexicon.AUXILIARY_FORMS and word not in ("be", "been", "being"):
            return True
        if place == 0:
            opens_noun = word in SECOND_ACTION_OBJECTS or (
                lexicon.is_adjective(word) and not lexicon.verb_tags(word)
            )
            if order_ok and not opens_noun:
                return True  # "Text reminders …": an order, or what the checker passed
            continue  # a later part's order ("Then run …") is judged by the caller
        tags = lexicon.verb_tags(word)
        if not tags or lexicon.is_adverb(word):
            continue  # "near the gate": no verb
        if words[place - 1][:1].isdigit() and lexicon.is_noun(word):
            continue  # "10 minutes", "3 shifts": a thing counted, not "it minutes"
        if "VBZ" in tags or (tags & {"VBD"} and "VBN" not in tags):
            return True
        before = place - 1
        while before > 0 and (words[before] in ("both", "all") or lexicon.is_adverb(words[before])):
            before -= 1  # "we both worked", "they always run"
        prior = words[before]
        plural = prior.endswith("s") and not prior.endswith("ss") and lexicon.is_noun(prior)
        plural = plural and prior not in TIME_UNITS  # "10 minutes talk": no one talks
        if prior in VERB_SUBJECTS or (plural and "VBN" not in tags):
            return True  # "I placed", "we run", "pickers walk"
    return len(words) == 1


# Words after which a verb is a clause's own: "talk … about what we found", "so we …".
CLAUSE_HEADS = frozenset({"so", "what", "which", "who", "whom", "whose"})
# Lengths of time: never the subject of the verb after them ("10 minutes talk with …").
TIME_UNITS = frozenset({
    "seconds", "minutes", "mins", "hours", "hrs", "days", "weeks", "months", "years", "yrs",
})  # fmt: skip


def _split_run_on(sentence: str, depth: int = 0) -> list[str] | None:
    """The checker's split (``split_long``), also where a run-on typed without commas
    goes on with "and I ...", "so we ...": a comma is put there first (a work-around:
    ``split_long`` cuts only at ", and" and the like). Parts still long are split again."""
    parts = grammar.split_long(sentence, limit=LONG_SENTENCE_WORDS)
    if parts is None:
        words = sentence.split()
        for i in range(1, len(words) - 1):
            joint = words[i].lower() in RUN_ON_JOINTS
            subject = words[i + 1].lower().strip(",") in RUN_ON_SUBJECTS
            if joint and subject and not words[i - 1].endswith((",", ";", ".")):
                words[i - 1] += ","
        commas = " ".join(words)
        parts = (
            grammar.split_long(commas, limit=LONG_SENTENCE_WORDS) if commas != sentence else None
        )
    if parts is None or depth >= 3:
        return parts
    result = []
    for part in parts:
        longer = len(part.split()) > LONG_SENTENCE_WORDS and _split_run_on(part, depth + 1)
        result += longer or [part]
    return result


def with_subject(key: str, text: str, facts: Facts, *, typed_lower: bool = False) -> str:
    """An answer that starts with the verb, as notes do ("slot the fast movers near
    packing", "can start Jan 4"), said with its subject; "" for any other answer."""
    words = text.rstrip(" .!?").split()
    if len(words) < 2:
        return ""
    first = words[0].lower()
    second = words[1].lower()
    body = _lower_first(" ".join(words), facts, typed_lower=typed_lower)
    if key in ("fit", "value_idea") and _heading(words):
        return ""  # "lead work - code 4/5 flashings": a heading and its list, no verb
    if key == "closing" and (thanks := _thanks_head(words)):
        # "Thanks, can start next week" -> "Thanks. I can start next week."; "Thanks
        # again, can start in 2 weeks" -> "Thanks again. I can start in 2 weeks."
        rest = words[thanks:]
        lead = rest[0].lower() if rest else ""
        if len(rest) > 1 and lead in CLOSING_STARTS and rest[1].lower() not in SUBJECT_WORDS:
            head = " ".join(words[:thanks]).rstrip(",")
            return f"{head[:1].upper()}{head[1:]}. {CLOSING_STARTS[lead]} {' '.join(rest)}."
        return ""
    if second in SUBJECT_WORDS:
        return ""  # "could you pass my ideas on": a question to them, not "I could you"
    if key == "fit" and first == "own" and second not in ("a", "an", "the"):
        if work_done(second.strip(".,;:&")):
            return ""  # "own servicing on saw head": "I do", not "I have my own servicing"
        return _own_after_comma(f"I have my {body}.")  # "own van & tools"
    third = words[2].lower() if len(words) > 2 else ""
    if key == "fit" and _names_a_thing(first, second, third):
        return ""  # "clean record", "own van & tools": a thing they have, not "I clean"
    if key == "fit" and _describes_a_change(words):
        return ""  # "rejected orders down 30%": what went down, not "I rejected orders"
    if key == "fit" and _job_title(words):
        return ""  # "Chartered Accountant with six years": what they are, not "I chartered"
    if key == "fit" and _base_verb_before_i(words):
        return f"I {body}."  # "speak spanish, english and french, I handled ..."
    if key == "fit" and (first in BASE_VERBS | {"can", "never", "always"} or _is_past(first)):
        if (first, second) == ("used", "to") and _used_to_a_thing(words[2:3]):
            return _own_after_comma(f"I am {body}.")  # "used to late shifts", not "I used to"
        if first == "trained" and second in PREPOSITIONS:
            return _own_after_comma(f"I am {body}.")
        if _done_to_me(words):
            return _own_after_comma(f"I was {body}.")  # "raised on a ranch", "born in Cork"
        return _own_after_comma(f"I {body}.")
    if key == "value_idea" and _is_base_verb(first, second):
        return f"I would {body}."
    if key == "value_idea" and first in ("can", "could") and lexicon.verb_tags(second):
        return f"I {body}."  # "can start Monday, bring my own labourer"
    if key == "value_gain" and _says_of_it(words):
        return f"That {body}."  # "Frees up vet time and brings in ..." -> "That frees up"
    if key in ("fit", "value_gain_detail") and _describes_a_change(words):
        return ""  # "abandoned Rx down ~15%": what went down, not "I abandoned Rx"
    if key == "value_gain_detail" and (first in ("never", "always") or _is_past(first)):
        return f"I was {body}." if _done_to_me(words) else f"I {body}."
    if key == "closing" and first in CLOSING_STARTS:
        return f"{CLOSING_STARTS[first]} {body}."
    if key == "connection" and first == "both" and second in PREPOSITIONS:
        return f"We are {body}."  # "both from cleveland" -> "We are both from cleveland"
    fourth = words[3].lower() if len(words) > 3 else ""
    if (
        key == "connection"
        and (first, second) == ("we", "both")
        and third
        and not _does(third, fourth)
        and _what_we_are(third, fourth)
    ):
        return f"We are both {' '.join(words[2:])}."  # "we both Leeds fans"
    if (
        key == "connection"
        and first == "both"
        and not _does(second, third)
        and _what_we_are(second, third)
    ):
        return f"We are {body}."  # "both Steelers fans" -> "We are both Steelers fans"
    if key == "connection" and first == "both" and not _does(second, third):
        return ""  # "both west ham": a team, a place? Asked, not guessed
    if key == "connection" and first in ("talked", "laughed", "both"):
        return f"We {body}."
    return ""


# A thanks before a comma: "Thanks,", "Thanks again,", "Thank you so much,".
THANKS_OPENERS = frozenset({"thanks", "thank", "thx", "cheers"})
THANKS_WORDS = frozenset({"you", "again", "so", "very", "much", "heaps", "once", "more"})
# "Cheers for your time,", "thanks for the chat today,": what the thanks is for, when it is
# the interview itself.
THANKS_FOR = frozenset({
    "for", "your", "the", "time", "today", "chat", "meeting", "interview", "me", "with",
    "seeing", "talking", "all",
})  # fmt: skip


def _thanks_head(words: list[str]) -> int:
    """How many words the thanks before the first comma takes ("Thanks again," is 2,
    "cheers for your time," 4), or 0 when the answer does not open with one."""
    lowered = [w.lower().rstrip(",") for w in words[:7]]
    if not lowered or lowered[0] not in THANKS_OPENERS:
        return 0
    if lowered[0] == "thank" and lowered[1:2] != ["you"]:
        return 0  # "Thank them for …": no thanks of its own
    for at, word in enumerate(words[:7]):
        if at and lowered[at] not in THANKS_WORDS | THANKS_FOR:
            return 0
        if word.endswith(","):
            return at + 1
    return 0


TITLE_NOUNS = frozenset(JOB_HEADS | {"nurse", "tech", "chef", "mechanic", "driver", "trainer"})
AGENT_ENDINGS = ("ant", "ent", "ist", "ian", "er", "or", "eer")
TITLE_ENDS = frozenset(PREPOSITIONS | {"and", "since", "with", "for", "at", "in"})


def _job_title(words: list[str]) -> int:
    """ "Chartered Accountant with ...", "Registered Nurse", "Senior Staff Nurse, ...",
    "chartered accountant with ...": the words of a job title that opens the note (what
    the user is, so "I am a ..."), 0 when it opens with none. Typed with capitals, each
    word has one and the last is a job noun or a person's noun ("-ant", "-ist"); typed
    in lower case, only a describing word and a job noun ("registered nurse")."""
    if len(words) < 2 or words[0].lower() in FIRST_PERSON | DETERMINERS:
        return 0
    for size in (2, 3):
        head = words[:size]
        if len(head) < size or any(w.endswith((",", ";", ":")) for w in head[:-1]):
            return 0
        last = head[-1].strip(".,;:").lower()
        after = words[size].lower() if len(words) > size else ""
        ends = not after or head[-1].endswith((",", ";", ":", ".")) or after in TITLE_ENDS
        if not ends or not last.isalpha():
            continue
        capitals = all(w[:1].isupper() and not w.isupper() for w in head)
        if capitals and head[0].lower() not in PAST_VERBS:
            person = lexicon.is_noun(last) and last.endswith(AGENT_ENDINGS)
            if last in TITLE_NOUNS or person:
                return size
        first = head[0].lower()
        # "chartered accountant", "Registered nurse", "senior staff nurse"
        plain = all(w == w.lower() for w in head[1:])
        middle = all(lexicon.is_noun(w) or lexicon.is_adjective(w) for w in head[1:-1])
        if plain and middle and last in TITLE_NOUNS - {"lead"}:
            said = lexicon.is_adjective(first) or "VBN" in lexicon.verb_tags(first)
            if first in CREDENTIALS or said:
                return size
    return 0


def _base_verb_before_i(words: list[str]) -> bool:
    """ "speak spanish, english and french, I handled the groups check in": a first note
    that opens with a base verb, before a clause the user says with "I", is theirs too."""
    first, second = words[0].lower(), words[1].lower().strip(",")
    # "work well under pressure, I ...": a verb that is a noun too, before an adverb
    if not (
        _is_base_verb(first, second)
        or "VB" in lexicon.verb_tags(first)
        and lexicon.is_adverb(second)
    ):
        return False
    return any(
        before.endswith(",") and (word == "I" or word == "and" and then == "I")
        for before, word, then in zip(words[:-1], words[1:], [*words[2:], ""], strict=True)
    )


ASK_AUXILIARIES = frozenset(
    QUESTION_WORDS - {"how", "what", "what's", "whats", "when", "where", "which", "who", "why"}
)
ASK_LEADS = frozenset({"she", "he", "you", "they", "we", "i"})
ASKED_ABOUT = frozenset({"i", "you", "we", "they", "he", "she", "it", "there"})


def asked_after_comma(text: str, facts: Facts, changes: list[str]) -> str:
    """ "she mentioned Quick60, does the school already have the books for it" -> "You
    mentioned Quick60: does the school already have the books for it?": a clause after
    a comma that opens with an auxiliary and its subject asks, so the whole is asked,
    what leads to it said to the reader ("Also, do you have parking" only gets its
    question mark); the text as it was otherwise."""
    words = text.rstrip(" .?!").split()
    if len(words) < 4 or len(grammar.split_sentences(text)) > 1:
        return text
    if words[0].lower().strip(",") in QUESTION_WORDS:
        return text  # "which app you use ..., is it ...": asked from its first word
    for at in range(1, len(words) - 2):
        if not words[at - 1].endswith(","):
            continue
        aux, subject = words[at].lower(), words[at + 1].strip(",").lower()
        if aux not in ASK_AUXILIARIES:
            return text
        if subject not in ASKED_ABOUT and subject not in DETERMINERS:
            return text
        if at < 3 or words[0].lower() not in ASK_LEADS | facts.name_words():
            if text.rstrip().endswith("?"):
                return text
            changes.append("added the question mark")
            return text.rstrip(" .!,;:") + "?"
        scratch: list[str] = []
        lead = to_second_person(" ".join(words[:at]).rstrip(","), facts, scratch)
        if any(c.startswith(UNSURE_YOU) for c in scratch):
            return text
        changes.extend(scratch)
        changes.append("asked it as a question")
        return f"{lead[:1].upper()}{lead[1:]}: {' '.join(words[at:])}?"
    return text


CHANGE_WORDS = frozenset({"down", "up", "from"})
FIGURE_HEDGES = frozenset({"about", "around", "roughly", "nearly", "almost", "over", "under"})


def _describes_a_change(words: list[str]) -> bool:
    """ "abandoned Rx down ~15%", "missed calls from 30 to 5": a past form that describes
    the thing whose figure changed, not something the user did to it (a verb the user
    does, "cut", "reduced", "trained", is in ``PAST_VERBS``); unsure, so no "I"."""
    first = words[0].lower()
    if first in PAST_VERBS or "VBN" not in lexicon.verb_tags(first):
        return False
    lowered = [w.lower() for w in words[1:6]]
    return any(
        w in CHANGE_WORDS and (nxt[:1] in "0123456789~$£€≈" or nxt in FIGURE_HEDGES)
        for w, nxt in zip(lowered, lowered[1:], strict=False)
    )


SUBJECT_WORDS = frozenset({"you", "u", "we", "they", "he", "she", "i", "it", "someone"})


def _own_after_comma(sentence: str) -> str:
    """ "I walked dogs 3 years, own ute with dog cages" -> "..., and I have my own ute
    with dog cages": the second note said with its own subject."""
    return sentence.replace(", own ", ", and I have my own ", 1)


def work_done(word: str) -> bool:
    """ "servicing", "maintenance", "repairs": work a person does, not a thing they own."""
    return word in WORK_NOUNS or (
        word.endswith("ing") and lexicon.GERUND in lexicon.verb_tags(word)
    )


# After "own": work done, said with "I do", never "I have my own maintenance".
WORK_NOUNS = frozenset({
    "maintenance", "repairs", "repair", "upkeep", "admin", "bookkeeping", "paperwork",
    "quotes", "invoicing", "scheduling", "servicing", "marketing", "sharpening",
})  # fmt: skip


def _names_a_thing(first: str, second: str, third: str = "") -> bool:
    """ "clean record", "own van", "full licence", "clean driving record": a word that is
    also a describing word before a noun with no article: "I" before it would break the
    sentence."""
    second = second.strip(".,;:&")
    if second in ("a", "an", "the", "my", "our", "their", "all", "up", "out", "in", "on"):
        return False
    third = third.strip(".,;:&")
    if (
        second.endswith("ing")
        and lexicon.is_adjective(first)
        and lexicon.is_noun(third)
        and third not in CLOSED_WORDS
    ):
        return True  # "clean driving record", "full driving licence"
    # "advanced scaff ticket": before a trade's own word, which no word list knows
    unknown = second.isalpha() and second.islower() and not lexicon.is_english_word(second)
    unknown = unknown and second not in CLOSED_WORDS
    if first in ("photo", "video") and second not in CLOSED_WORDS and lexicon.is_noun(second):
        return True  # "photo proof on every drop": a thing, not "I photo proof"
    return lexicon.is_adjective(first) and (lexicon.is_noun(second) or unknown)


def _clause_after_comma(words: list[str]) -> bool:
    """A second note after a comma that starts with a participle ("..., been milking
    since I was 12", "..., used to busy phones"): said after "I have" it breaks."""
    for before, word in zip(words, words[1:], strict=False):
        if not before.endswith(","):
            continue
        word = word.lower().strip(".,;:")
        tags = lexicon.verb_tags(word)
        if word in ("been", "used") or (
            "VBN" in tags and not lexicon.is_noun(word) and not lexicon.is_adjective(word)
        ):
            return True
    return False


def _head_and_list(words: list[str]) -> tuple[str, str]:
    """ "residential service - gas furnaces, heat pumps" -> ("residential service", "gas
    furnaces, heat pumps"); ("", "") when the note lists nothing."""
    for i, word in enumerate(words[:-1]):
        if word in ("-", "–", "—") and i:
            return " ".join(words[:i]), " ".join(words[i + 1 :])
        if word.endswith((",", ":")) and i < 4:
            return " ".join(words[: i + 1]).rstrip(",:"), " ".join(words[i + 1 :])
    return "", ""


def _says_of_it(words: list[str]) -> bool:
    """A gain that starts with its verb, said of the idea: "Frees up vet consult time",
    "Saves a trip": a verb with "-s" that is no noun, so "That" goes before it."""
    first = words[0].lower()
    tags = lexicon.verb_tags(first)
    return first.endswith("s") and "VBZ" in tags and not lexicon.is_noun(first)


def _heading(words: list[str]) -> bool:
    """A note that names a thing and lists it ("lead work - code 4/5 flashings, soakers",
    "Tools: Revit, AutoCAD"): its first word is no verb to put "I" before."""
    head = words[:4]
    return any(w in ("-", "–", "—") for w in head[1:]) or any(w.endswith(":") for w in head)


GROUPS = frozenset({
    "fans", "supporters", "members", "alumni", "grads", "graduates", "veterans", "vets",
    "parents", "mums", "moms", "dads", "locals", "natives", "volunteers", "runners",
})  # fmt: skip


def _what_we_are(word: str, following: str = "") -> bool:
    """ "Leeds fans", "ex-Navy", "nurses", "from cleveland": words known to say what the
    two are; an unknown word ("luv", "wrk") may be a verb typed short, and a name alone
    ("west ham", "arsenal") may be a team they support or a place, so no "are"."""
    core, after = word.strip(".,;:!?").lower(), following.strip(".,;:!?").lower()
    if core.startswith("ex-") or after in GROUPS or core in PREPOSITIONS:
        return True
    if after and word[-1:] not in ",;:.!?":
        known = word[:1].isupper() or lexicon.is_noun(core) or lexicon.is_adjective(core)
        return known and after.endswith("s") and lexicon.is_noun(after)  # "night nurses"
    if core.endswith("s") and lexicon.is_noun(core):
        return True  # "nurses"
    return lexicon.is_adjective(core) and not lexicon.is_noun(core)  # "both Irish"


HAVING = frozenset({"have", "had", "has", "got", "love", "loved", "like", "liked", "know", "knew"})


def _does(word: str, following: str = "") -> bool:
    """ "served", "love doing", "volunteer with": a verb after "both"; not what the two
    are ("Steelers fans", "ex-Navy", "leeds fans", "nurses")."""
    word, following = word.strip(".,;:!?"), following.strip(".,;:!?").lower()
    if word.lower() in HAVING:
        return True  # "we both have moms with alzheimers": "have" is the verb, "moms" its object
    if word[:1].isupper() or word.lower().startswith("ex-") or following in GROUPS:
        return False
    word = word.lower()
    if word in PAST_VERBS or word in BASE_VERBS:
        return True
    return bool({"VBD", "VBP", "VB"} & lexicon.verb_tags(word))


# "raised on a cow-calf ranch", "born in Cork", "brought up on a farm": a past participle
# of what was done to the user, so "I was raised", never "I raised" (which says they did
# the raising). "born" always; the others only before a place ("raised £2,000" is done).
DONE_TO_ME = frozenset({"raised", "reared", "bred", "brought", "educated", "schooled"})
DONE_TO_ME_PLACES = frozenset({"on", "in", "at", "near", "around", "outside", "by", "up"})


def _done_to_me(words: list[str]) -> bool:
    first = words[0].lower()
    second = words[1].lower().strip(".,;:") if len(words) > 1 else ""
    if first == "born":
        return True
    if first == "brought":
        return second == "up"  # "brought up in Cork"; "brought 40 clients" is done
    return first in DONE_TO_ME and second in DONE_TO_ME_PLACES


def _is_past(word: str) -> bool:
    """ "ran", "dispatched", "trained": a past verb that is no noun as well."""
    if word in CREDENTIALS or word in STATE_WORDS:
        return False  # "licensed barber", "experienced cook": what the user is
    return word in PAST_VERBS or ("VBD" in lexicon.verb_tags(word) and not lexicon.is_noun(word))


def _used_to_a_thing(after: list[str]) -> bool:
    """ "used to late shifts", "used to working nights": what one is used to, not a past
    habit ("used to drive buses"), which only a verb's base form after "to" makes."""
    word = after[0].lower() if after else ""
    return bool(word) and "VB" not in lexicon.verb_tags(word)


def _is_base_verb(word: str, following: str) -> bool:
    """ "slot the fast movers", "photo every detail": a verb to say what one would do."""
    if word in BASE_VERBS:
        return True
    if "VB" not in lexicon.verb_tags(word):
        return False
    return not lexicon.is_noun(word) or following in DETERMINERS


READER_OBJECTS = frozenset({"you", "your", "them", "their", "us", "our", "him", "her"})


def shaped(key: str, text: str, facts: Facts, *, typed_lower: bool = False) -> str:
    """A note whose shape says what it is, said as a sentence whatever its words:
    "10 years service plumbing", "Laser Certified", "fewer mis-picks", "slow turnover"."""
    words = text.rstrip(" .!?").split()
    if len(words) < 2 and key != "fit" or not words:
        return ""
    first = words[0].lower()
    body = _lower_first(" ".join(words), facts, typed_lower=typed_lower)
    if key == "fit":
        return _mend_result(words, body, facts)
    second = words[1].lower() if len(words) > 1 else ""
    if (
        key == "value_gain"
        and first in BASE_VERBS | {"get", "win", "keep", "save"}
        and "VBZ" not in lexicon.verb_tags(second)  # "schedule stays on time" says it
    ):
        # "get paid sooner": a gain with no one in it; offered kept conditional. "save
        # you 2 hours": the reader is its object, so the idea is what does it.
        return f"{'It' if second in READER_OBJECTS else 'You'} would {body}."
    return ""


def _lists_results(words: list[str]) -> bool:
    """A gain written as what changes, with no clause of its own: "Materials ordered on
    time, fewer delays" (not "Doctor stays on time", not "We would save a day")."""
    lowered = {w.lower().strip(".,;:!?") for w in words}
    if lowered & (FIRST_PERSON | CLAUSE_WORDS) or _has_clause(words) or _has_clause(["", *words]):
        return False
    if any(_subject_contracted(w) for w in lowered):
        return False  # "you'd keep the quick jobs", "they'll have more time": a clause
    if _opens_with_clause([w.lower().strip(".,;:!?") for w in words[:5]]):
        return False  # "Then the chefs don't wait, service is faster": a clause first
    first = words[0].lower()
    finite = {"VB", "VBP", "VBZ", "VBD"} & lexicon.verb_tags(first)
    return not finite or lexicon.is_noun(first)  # "Billing done ...", not "Track it"


# A gain's link to the idea before its clause: "Then the chefs don't wait"
GAIN_LINKS = frozenset({"then", "so"})
# What the gain's subject is said of with: "are", "don't", "aren't"
GAIN_CLAUSE_VERBS = frozenset({"is", "are", "was", "were", "will", "would", "can", "could"})


def _opens_with_clause(words: list[str]) -> bool:
    """ "(Then) the chefs don't wait", "So the crews aren't idle", "drivers are back
    sooner": a noun (after "the" or a possessive) and an auxiliary or its negation
    ("don't", "isn't"): the gain opens with a clause of its own, not a heading."""
    at = 1 if words[:1] and words[0] in GAIN_LINKS else 0
    if at < len(words) and words[at] in SAID_HEADS:
        at += 1
    if at + 1 >= len(words) or not lexicon.is_noun(words[at]) or words[at] in CLOSED_WORDS:
        return False
    verb = words[at + 1].replace("’", "'")
    return verb in GAIN_CLAUSE_VERBS or verb.endswith("n't") and verb[:-3].isalpha()


# "you'd", "they'll", "it's": a subject and its verb in one word
# ("she'd", "he'd" may be the reader, told of in the third person: left to their rule)
CONTRACTED_SUBJECTS = frozenset({"you", "they", "we", "it", "that", "there"})
CONTRACTED_VERBS = frozenset({"d", "ll", "re", "ve", "s"})


def _subject_contracted(word: str) -> bool:
    subject, mark, verb = word.replace("’", "'").partition("'")
    return bool(mark) and subject in CONTRACTED_SUBJECTS and verb in CONTRACTED_VERBS


# Verbs a gain says its change with ("Shorter waits mean …", "Less waste goes …"),
# which the lexicon also has as nouns: never a word of the noun phrase.
GAIN_VERBS = frozenset({
    "bring", "brings", "come", "comes", "cut", "cuts", "get", "gets", "give", "gives",
    "go", "goes", "help", "helps", "keep", "keeps", "lead", "leads", "let", "lets",
    "make", "makes", "mean", "means", "need", "needs", "pay", "pays", "run", "runs",
    "save", "saves", "stay", "stays", "stop", "stops", "take", "takes", "free", "frees",
    "drop", "drops", "end", "ends", "show", "shows", "win", "wins", "add", "adds",
})  # fmt: skip
# What ends a noun phrase in a list of gains: "… per shift", "… and more …", "…, without".
PHRASE_ENDS = PREPOSITIONS | frozenset({"per", "and", "or", "", "than"})


def _comparatives_listed(words: list[str]) -> bool:
    """ "More drilling time per shift and more metres blasted, without cutting any
    safety checks": two or more comparatives, each before a noun phrase, and no verb of
    its own. A word that may be a verb is a noun of the phrase before a noun ("dwell
    times") or at its end ("more metres", "per shift"), or a participle after a noun
    ("metres blasted,", "trams running late"); no pronoun, modal or auxiliary."""
    lowered = [w.lower().strip('().!?"“”').replace("’", "'") for w in words]
    bare = [w.strip(",;:") for w in lowered]
    if bare[0] not in GAIN_STARTS or sum(w in GAIN_STARTS for w in bare) < 2:
        return False
    if set(bare) & (FIRST_PERSON | CLAUSE_WORDS | OTHERS | set(lexicon.AUXILIARY_FORMS)):
        return False
    if any("'" in w for w in bare) or not lexicon.is_noun(bare[1]) and bare[1] not in GAIN_STARTS:
        return False
    for i, word in enumerate(bare[1:], 1):
        if word in GAIN_VERBS:
            return False
        tags = lexicon.verb_tags(word) & {"VB", "VBP", "VBZ", "VBD"}
        if not tags or word in GAIN_STARTS:
            continue
        ends = lowered[i] != word  # a comma after it
        after = bare[i + 1] if i + 1 < len(bare) else ""
        before = bare[i - 1]
        if word.endswith("ed") and lexicon.is_noun(before) and (ends or after in PREPOSITIONS):
            continue  # "more metres blasted," : a participle after its noun
        if not lexicon.is_noun(word):
            return False  # "come", "went": only a verb
        participle = after.endswith("ed") and "VBN" in lexicon.verb_tags(after)
        if ends or after in PHRASE_ENDS or participle or lexicon.is_noun(after):
            continue  # "dwell times in", "per shift and", "metres blasted,"
        return False
    return True


# A gain's own verb after its subject: "Fewer leakers means less rework".
MEANING_VERBS = frozenset({"means", "mean", "meant"})


def says_it_means(words: list[str]) -> bool:
    """ "Fewer leakers means less rework …": a thing, then "means" and what it brings, a
    clause of its own (not "by means of", "a means to")."""
    bare = [w.lower().strip(".,;:!?") for w in words[:40]]
    return any(
        word in MEANING_VERBS
        and not words[place - 1].endswith((",", ";"))
        and bare[place - 1] not in PREPOSITIONS | DETERMINERS | CLOSED_WORDS | MEANS_AFTER
        and not set(bare[:place]) & MEANS_AFTER  # "… waiting around which means …"
        for place, word in enumerate(bare)
        if place >= 2
    )


# Words whose "means" is a clause about what comes before: "…, which means more money".
MEANS_AFTER = frozenset({"which", "that", "this", "it", "what", "so", "and", "who"})


def _has_clause(words: list[str]) -> bool:
    """ "More patients finish their plan": a noun and its verb after the first word."""
    if says_it_means(words):
        return True  # "Fewer leakers means less rework": its verb, however far on
    if len(words) < 3 or words[1].endswith((",", ";")) or words[2].endswith((",", ";")):
        return False  # "less waste, lower food cost" lists what it gains
    noun, verb = words[1].lower().strip(".,;:"), words[2].lower().strip(".,;:")
    if verb in lexicon.MODALS and lexicon.is_noun(noun) and len(words) > 3:
        return True  # "More orders would finish on time": the wizard's own example
    tags = lexicon.verb_tags(verb)
    plural = _plural_subject(noun, tags)
    if not ((lexicon.is_noun(noun) or plural) and {"VB", "VBP", "VBZ"} & tags):
        return False
    if lexicon.is_adjective(verb):
        return False
    if plural and len(words) > 3:
        return True  # "More techs stay past their first year"
    # "finish their plan", "start on time": a verb goes on; "food cost" ends as a noun.
    after = words[3].lower().strip(".,;:") if len(words) > 3 else ""
    return (
        not lexicon.is_noun(verb)
        or bool(after)
        and (
            after in CLOSED_WORDS - {"and", "or"}  # "food cost and less waste": a list
            or after[:1].isdigit()
            or lexicon.is_adverb(after)
            or lexicon.is_adjective(after)
            or "VBN" in lexicon.verb_tags(after)
        )
    )


RELATIVES = frozenset({"that", "which", "who", "whose", "where"})


def _verbs_in_clauses(words: list[str]) -> bool:
    """ "A cleaner new make that the blender is happy with and more litres … which saves
    steam" (set Z): a thing, and each verb in a clause about a thing ("that …", "which
    …", up to "and" or a comma), none of its own."""
    bare = [w.lower().strip(".,;:!?()") for w in words[:60]]
    inside = clauses = False
    for place, word in enumerate(bare):
        if word in RELATIVES:
            inside = clauses = True
        elif word == "and":
            inside = False
        elif (
            not inside
            and place
            and can_be_finite(bare, place)
            and bare[place - 1] not in GAIN_STARTS  # "fewer feints": things, no verb
            and not _counted_noun(bare, place)
        ):
            return False
        if words[place].endswith((",", ";")):
            inside = False
    return clauses


def _plural_subject(noun: str, tags: frozenset[str]) -> bool:
    """ "More refs stay", "More techs stay": a plural the dictionary knows only as a
    verb's "-s" form ("refs") or not at all ("techs"), then a verb that agrees with a
    plural ("stay", not "stays")."""
    return (
        noun.isalpha()
        and noun.endswith("s")
        and not noun.endswith("ss")
        and lexicon.verb_tags(noun) <= {"VBZ"}
        and not lexicon.is_adjective(noun)
        and "VBZ" not in tags
    )


def _listed_with_a_gain(text: str) -> bool:
    """ "Cloths delivered on time, less thread wasted, and customers will order again"
    (set Y): a gain said as a note in the middle of the list ("less thread wasted", no
    clause) makes the head before it one too, when the head is a thing and a participle
    ("Cloths delivered"; "Orders ship on time" is a clause) with no modal in it."""
    items = [item.split() for item in text[:400].split(",")]
    head = [w.lower().strip(".;:") for w in items[0]]
    if len(items) < 3 or len(head) < 2 or len(head) > 8:
        return False
    if not lexicon.is_noun(head[0].removesuffix("s")) or head[0] in GAIN_STARTS:
        return False  # "More selections will mean …" is said by ``_has_clause``'s rules
    if "VBN" not in lexicon.verb_tags(head[1]):
        return False  # "Orders ship on time": its verb; "Cloths delivered": a participle
    if any(w in lexicon.MODALS or w in lexicon.AUXILIARY_FORMS or "'" in w for w in head):
        return False  # "Rooms turned round would mean …"
    return any(
        len(item) > 1 and item[0].lower() in GAIN_STARTS and not _has_clause(item)
        for item in items[1:-1]
    )


def past_result(words: list[str]) -> bool:
    """Words that tell of the user's past ("last time", "at my last shop"): a result,
    not a gain to promise."""
    lowered = {w.lower().strip(".,") for w in words}
    return bool(PAST_MARKERS & lowered) or any(
        "VBD" in lexicon.verb_tags(w) and not lexicon.is_noun(w) for w in lowered
    )


def mend(key: str, text: str, facts: Facts, *, typed_lower: bool = False) -> str:
    """A note said as a sentence, when it has a shape the wizard can say safely ("8 yrs
    service plumbing" -> "I have 8 years of service plumbing experience"); "" when it
    has none."""
    words = text.rstrip(" .!?").split()
    if not words:
        return ""
    body = _lower_first(" ".join(words), facts, typed_lower=typed_lower)
    if key == "fit":
        return _mend_result(words, body, facts)
    # No lead is put before their problem or their gain ("You mentioned ...", "That
    # would mean ..."): a sentence the user did not write reads as a form letter.
    return ""


# A paper one holds, not a job one works as: "LF licence 7 yrs", "CDL 5 years".
HELD_PAPERS = frozenset({
    "licence", "license", "cert", "certificate", "certification", "ticket", "card", "permit",
    "endorsement", "qualification", "cdl", "registration",
})  # fmt: skip


JOINT_SUBJECTS = frozenset({"i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've"})


def span_note_joint(words: list[str]) -> int:
    """ "4 years chairside with registered dental assistant cert and I'm confident with
    the iTero scanner": where the clause said with "I" or "we" starts after a first part
    that is a note of a span ("4 years chairside …", no verb, no one in it), joined by
    "and" or a comma; 0 when the answer has no such parts."""
    lowered = [w.lower().replace("’", "'").strip(".,;:!?()") for w in words]
    if len(lowered) < 5 or lowered[1] not in SPAN_UNITS | {"yrs"}:
        return 0
    if not (lowered[0][:1].isdigit() or lowered[0] in NUMBER_WORDS):
        return 0
    for at in range(2, len(lowered) - 1):
        word = lowered[at]
        if word in FIRST_PERSON and at > 3 and _span_before(lowered, at):
            # "…, 6 years I was responsible …": the clause starts at its own span
            return at - 2 if words[at - 3].endswith(",") and word in JOINT_SUBJECTS else 0
        if word in FIRST_PERSON:
            joined = lowered[at - 1] == "and" or words[at - 1].endswith(",")
            return at if joined and word in JOINT_SUBJECTS else 0
        if word in lexicon.MODALS or word in lexicon.AUXILIARY_FORMS or "'" in word:
            return 0  # "4 years is a long time and I …": a verb of its own
        after = lowered[at - 1] in PREPOSITIONS or lowered[at - 1] in DETERMINERS
        verb = lexicon.verb_tags(word) & {"VBD", "VBZ", "VBP"} and not lexicon.is_noun(word)
        if verb and not after:
            return 0  # "2 years went by and I …"; not "with registered …", an adjective
    return 0


def _span_before(lowered: list[str], at: int) -> bool:
    """ "6 years I was …": a count and its span just before "I", no joint between."""
    return (
        at >= 2
        and lowered[at - 1] in SPAN_UNITS | {"yrs"}
        and (lowered[at - 2][:1].isdigit() or lowered[at - 2] in NUMBER_WORDS)
    )


def span_note_head(sentence: str) -> str:
    """The note before the clause ("4 years chairside with registered dental assistant
    cert"), "" when the sentence has no such parts (``span_note_joint``)."""
    words = sentence.split()
    at = span_note_joint(words)
    if not at:
        return ""
    head = words[: at - 1] if words[at - 1].lower() == "and" else words[:at]
    return " ".join(head).rstrip(",")


def _joined_span_note(words: list[str], facts: Facts) -> str:
    """ "8 yrs service plumbing and I know the local codes" -> "I have 8 years of service
    plumbing experience and I know the local codes": the note said as it would be alone,
    the clause after it as typed; "" when the note has no certain shape."""
    at = span_note_joint(words)
    if not at:
        return ""
    head = words[: at - 1] if words[at - 1].lower() == "and" else words[:at]
    head = [*head[:-1], head[-1].rstrip(",")]
    said = _mend_result(head, _lower_first(" ".join(head), facts), facts)
    if not said:
        return ""
    joint = ", " if words[at - 1].endswith(",") else " and "
    if words[at - 1].lower() == "and" and words[at - 2].endswith(","):
        joint = ", and "
    return f"{said.rstrip('.')}{joint}{' '.join(words[at:])}."


def _mend_result(words: list[str], body: str, facts: Facts) -> str:
    if span_note_joint(words):
        return _joined_span_note(words, facts)
    if _clause_after_comma(words):
        return ""  # "2 yrs reception at a GP surgery, used to busy phones"
    lowered_all = [w.lower().replace("’", "'").strip(".,;:") for w in words]
    if any(
        words[at - 1].endswith(",") and _span_before(lowered_all, at + 2)
        for at in range(1, len(words) - 2)
        if lowered_all[at + 2] in FIRST_PERSON
    ):
        return ""  # "11 years in marble, 6 years I was responsible …": whose span, unsure
    if _job_title(words):
        # "Registered Nurse with 5 years ..." -> "I am a Registered Nurse with ...": the
        # title in the case it was typed, capitals and all, or in lower case.
        said = " ".join(words) if words[1][:1].isupper() else body
        return f"I am {article(words[0])} {said}."
    first = words[0].lower()
    second = words[1].lower() if len(words) > 1 else ""
    lowered = [w.lower() for w in words]
    if (
        2 <= len(words) <= 5
        and lowered[-1] in SPAN_UNITS | {"yrs"}
        and (lowered[-2][:1].isdigit() or lowered[-2] in NUMBER_WORDS)
    ):
        # "Produce manager 4 years" -> "I have worked 4 years as a produce manager."
        what = " ".join(words[:-2]).rstrip(",;:")
        if not what or lowered[0] in PREPOSITIONS:
            return ""
        if activity(lowered[-3].strip(",;:")):
            return ""  # "tuning 15 years": work done, no job to have worked "as a tuning"
        if lowered[-3].strip(",;:") in HELD_PAPERS:
            # "LF licence 7 yrs" -> "I have held my LF licence for 7 years", not "worked as"
            return f"I have held my {_lower_first(what, facts)} for {words[-2]} {words[-1]}."
        role = f"{article(what)} {_lower_first(what, facts)}"
        return f"I have worked {words[-2]} {words[-1]} as {role}."
    if first in STATE_WORDS and "," not in body and not _thing_after(lowered):
        return f"I am {body}."
    if first.endswith(tuple(CREDENTIALS)):
        if second in PREPOSITIONS or not second:
            return f"I am {body}."
        return f"I am {article(words[0])} {body}."
    if first == "experience":
        return f"I have {body}."
    if (first[:1].isdigit() or first in NUMBER_WORDS) and second in SPAN_UNITS | {"yrs"}:
        rest = words[2:]
        span = f"{_lower_first(words[0], facts)} {words[1]}"
        if not rest:
            return ""
        lead = rest[0].lower()
        tail = " ".join(rest)
        if lead == "as":
            return f"I have worked {span} {tail}."
        titled = rest[-1].lower() in JOB_TITLES and all(w.isalpha() for w in rest)
        if titled and len(rest) <= 4 and not {w.lower() for w in rest} & PREPOSITIONS:
            # "5 yrs conveyancing secretary": not "I have spent 5 years conveyancing secretary"
            role = f"{article(tail)} {_lower_first(tail, facts)}"
            return f"I have been {role} for {span}."
        if lead == "of":
            return (
                f"I have {span} {tail}."  # "ten years of bookkeeping", not "... of experience of"
            )
        if lead in PREPOSITIONS:
            return f"I have {span} of experience {tail}."
        if "experience" in {w.lower().strip(".,;:") for w in rest[1:]}:
            return f"I have {span} of {tail}."  # "6 years rigging experience in a yard"
        if "/" in lead:
            return f"I have {span} in {tail}."  # "10 yrs flys/rigging": not "spent ... flys"
        if lead.endswith("ing"):
            return f"I have spent {span} {tail}."
        if any(c.isdigit() for c in tail) or {w.lower() for w in rest} & PREPOSITIONS:
            return ""
        if rest[-1].lower() == "experience":
            return f"I have {span} of {tail}."
        head, listed = _head_and_list(rest)
        if listed:
            # "residential roofing, slate + concrete tile" -> "... of residential roofing
            # experience: slate and concrete tile", not "... concrete tile experience"
            return f"I have {span} of {head} experience: {listed}."
        return f"I have {span} of {tail} experience."
    credential = next((i for i, w in enumerate(lowered) if w in CREDENTIALS), None)
    said_by_me = lowered[0] in FIRST_PERSON  # "I am laser certified": said already
    if credential is not None and 1 <= credential <= 3 and len(words) <= 7 and not said_by_me:
        acronym = words[0].rstrip(",")
        if words[0].endswith(",") and acronym.isupper() and len(acronym) > 1:
            return f"I am {article(acronym)} {body}."  # "RVN, VCI registered": "an RVN"
        return f"I am {body}."  # "NATE certified", "OASIS certified (COS-C)"
    return ""


def activity(word: str) -> bool:
    """ "tuning", "welding": a verb's "-ing" form, the work itself and not a job's name."""
    return word.endswith("ing") and "VBG" in lexicon.verb_tags(word) and word not in JOB_TITLES


DISTANCES = frozenset({
    "minutes", "minute", "mins", "min", "miles", "mile", "km", "hours", "hour", "hrs",
})  # fmt: skip


def so_near(text: str) -> str:
    """ "I live in Wick so 20 minutes from the sites" -> "... so I'm 20 minutes from the
    sites": the distance said with who is that near; the text as it was otherwise."""
    words = text.split()
    if not words or words[0] not in ("I", "I'm", "I've"):
        return text
    for at, word in enumerate(words[:-3]):
        if word.lower() != "so" or not words[at + 1][:1].isdigit():
            continue
        unit, then = words[at + 2].lower(), words[at + 3].lower().strip(".,")
        if unit in DISTANCES and then in ("from", "away", "to"):
            return " ".join([*words[: at + 1], "I'm", *words[at + 1 :]])
    return text


def _thing_after(lowered: list[str]) -> bool:
    """ "good hands on SAP MM": a noun after the state word ("hands"), so "I am good
    hands on" would not be what they mean; "happy doing nights", "good with" are fine."""
    if len(lowered) < 2:
        return False
    second = lowered[1]
    if second in PREPOSITIONS or second in CLOSED_WORDS or second.endswith("ing"):
        return False
    return lexicon.is_noun(second) and not lexicon.is_adjective(second)


def have_been(offer: str) -> str:
    """ "I am a licensed funeral director in Ohio for 12 years." -> "I have been a ...":
    a state that has lasted a span takes "have been"."""
    if not offer.startswith("I am "):
        return offer
    words = [w.lower().strip(".,;:") for w in offer.split()]
    lasting = any(
        w == "for"
        and (words[i + 1][:1].isdigit() or words[i + 1] in NUMBER_WORDS)
        and words[i + 2] in SPAN_UNITS | {"yrs"}
        for i, w in enumerate(words[:-2])
    )
    return "I have been " + offer[len("I am ") :] if lasting else offer


def article(phrase: str) -> str:
    """ "an" before a vowel sound: "an ASCP-certified MLT", "an RDA", "a licensed barber"."""
    word = phrase.split()[0].split("-")[0] if phrase.split() else ""
    if word.isupper() and len(word) > 1:
        return "an" if word[:1] in "AEFHILMNORSX" else "a"
    return "an" if word[:1].lower() in "aeio" else "a"


def _lower_first(text: str, facts: Facts, *, typed_lower: bool = False) -> str:
    """The note's first word in lower case to follow "I", unless it is a name or an
    acronym ("Show patients" -> "show patients"; "NATE certified" stays)."""
    first, _, rest = text.partition(" ")
    if first in facts.name_words() or first.isupper() or any(c.isupper() for c in first[1:]):
        return text
    if first.lower() in ("i", "i'd", "i'm"):
        return text
    if not typed_lower and not ordinary_word(first.lower().strip(".,")):
        return text  # "Procore certified", "Klaviyo certified": a name
    return f"{first[:1].lower()}{first[1:]} {rest}".strip()


IDEA_STARTS = (
    ("i", "would"),
    ("i", "can"),
    ("i", "could"),
    ("we", "could"),
    ("we", "would"),
    ("i'd",),
    ("we'd",),
)
JOINED = frozenset({"and", "then", "or", "so", "but", "plus"})
# After a comma these go on with what was said, not a second thing to do: ", like the
# red tray scheme you mentioned", ", including nights".
NOT_JOINED = frozenset({"like", "including", "especially", "as", "just", "even", "mostly"})


def joined_with_and(sentence: str, changes: list[str], *, past: bool = False) -> str:
    """ "I would paint and clean at once, order parts at move-out" -> "..., at once and
    order parts ...": the last step of an idea after a bare comma joined with "and" (the
    phone-style list of two things one would do), only where the word after the comma
    is a verb to do and the idea says who does it; with ``past``, a moment's second
    past verb ("We both trained at Local 98, talked about ...")."""
    words = sentence.split()
    lowered = tuple(w.lower().replace("’", "'") for w in words[:2])
    starts = (("we",), ("you",), ("i",)) if past else IDEA_STARTS
    if not any(lowered[: len(start)] == start for start in starts):
        return sentence
    commas = [i for i, w in enumerate(words[:-2]) if w.endswith(",")]
    if len(commas) != 1 or commas[0] < 3:
        return sentence
    at = commas[0]
    verb, following = words[at + 1].lower(), words[at + 2].lower()
    if past:
        # "We both trained at Local 98, talked about our old instructor"
        if verb not in PAST_VERBS | {"talked", "laughed", "joked"} and not _is_past(verb):
            return sentence
        if verb in COMMENT_VERBS:
            return sentence  # "…, was nice": a comment on it all, its subject not "we"
    elif (
        verb in JOINED | NOT_JOINED
        or not _is_base_verb(verb, following)
        or describes(verb, following)
        or (verb.endswith("ing") and verb not in ("bring", "sing", "ring", "string"))
    ):
        return sentence
    after = [w.lower().strip(".,;:!?") for w in words[at + 2 :]] + [""]
    if any(
        after[i] == "and" and _is_base_verb(after[i + 1], after[i + 2])
        for i in range(len(after) - 2)
    ):
        return sentence  # "…, put a floater on at peak and do a rota": "X, Y and Z" already
    changes.append("joined the two parts with “and”")
    # After an "and" already ("paint and clean at once, order parts"), the comma stays.
    last = words[at] if "and" in {w.lower() for w in words[:at]} else words[at][:-1]
    return " ".join([*words[:at], last, "and", *words[at + 1 :]])


def describes(word: str, following: str) -> bool:
    """ "own gear", "clean licence", "full kit": a word that is a verb and an adjective,
    before a bare noun, says what the noun is; "and" before it would make it an action
    ("… and own gear"). With an object after a determiner it is the verb ("own the count")."""
    following = following.strip(".,;:!?")
    return (
        lexicon.is_adjective(word)
        and following not in DETERMINERS
        and lexicon.is_noun(following)
        and not lexicon.is_adverb(following)
    )


# "We talked about your mum for a bit, was nice": a verb after the comma whose subject is
# the whole moment ("it"), not the sentence's, so "and" before it makes a fragment.
COMMENT_VERBS = frozenset(
    {"was", "were", "is", "are", "been", "felt", "seemed", "looked", "sounded"}
)


# "When you told me about your dad's allotment, and I said my nan had one too.": a clause
# that waits for a main one which never comes. "when" takes "I remember" before it; these
# others are left out, as the clause says it whole ("Because we both grew up in Enugu").
REMEMBER_LEADS = frozenset({"when", "whenever"})
DROPPED_LEADS = frozenset({"because", "since", "as", "although", "though", "while", "whilst"})
CLAUSE_SUBJECTS = frozenset({
    "i", "we", "you", "he", "she", "they", "my", "your", "our", "his", "her", "their",
})  # fmt: skip
# Before a subject, these make it part of the clause already begun, not a main clause:
# "and I said", "told me we were", "the pasta machine that you".
CLAUSE_GOES_ON = frozenset({
    "and", "but", "or", "so", "that", "which", "who", "whom", "when", "where", "because",
    "if", "as", "since", "while", "whilst", "though", "although", "than", "then", "how",
    "why", "what", "me", "us", "him", "her", "them", "said", "told", "knew", "know",
    "thought", "think", "realised", "realized", "found", "heard", "mentioned", "saw",
    # after a comma, an aside rather than a main clause: "…, especially near the market"
    "especially", "mostly", "mainly", "just", "back", "years", "probably", "like", "not",
})  # fmt: skip
MAIN_SUBJECTS = frozenset({
    "i", "we", "you", "he", "she", "they", "it", "i'm", "we're", "you're", "i've", "we've",
    "you've", "i'd", "we'd", "you'd", "he's", "she's", "it's", "they're", "there",
})  # fmt: skip


def with_main_clause(sentence: str) -> str:
    """ "When you told me about your dad's allotment, and I said my nan had one too." ->
    "I remember when you told me …"; "Because we both grew up in Enugu …" -> "We both grew
    up in Enugu …". "" when a main clause follows ("…, it was quite emotional", "When you
    came in we talked") or the lead is one whose clause cannot stand alone ("If …")."""
    typed = sentence.split()
    words = [w.lower().strip(".,;:!?()\"'").replace("’", "'") for w in typed]
    if len(words) < 4 or words[1] not in CLAUSE_SUBJECTS:
        return ""
    lead = words[0]
    if lead not in REMEMBER_LEADS | DROPPED_LEADS:
        return ""
    for at in range(2, len(words)):
        before = typed[at - 1]
        if (
            before.endswith(",")
            and words[at] not in CLAUSE_GOES_ON
            and words[at] not in PREPOSITIONS
        ):
            return ""  # "…, it was quite emotional": the main clause after the comma
        if words[at] in MAIN_SUBJECTS and words[at - 1] not in CLAUSE_GOES_ON:
            return ""  # "When you came in we talked about …"
    rest = " ".join(typed[1:])
    if lead in REMEMBER_LEADS:
        return f"I remember {lead} {rest}"
    return rest[:1].upper() + rest[1:]


# "You said …", "You mentioned that …": the interview noted back. In a gain, a question
# or a closing the user's own words follow; the frame is left off when a whole clause does.
FRAME_VERBS = (("said",), ("mentioned",), ("told", "me"), ("reckon",), ("reckoned",))
FRAME_KEYS = frozenset({"value_gain", "question", "closing"})
CLAUSE_LEADS = frozenset({"if", "when", "once", "with"})
ASK_MODALS = frozenset({"could", "can", "should", "might"})
CLOSING_MODALS = frozenset({"could", "can", "should", "would", "might"})
OPEN_ASKS = frozenset(QUESTION_WORDS | {
    "is", "are", "was", "were", "do", "does", "did", "will", "would", "could", "can",
    "should", "shall", "have", "has", "may",
})  # fmt: skip


def _after_frame(words: list[str]) -> int:
    """The place after "You said (that)", "You told me (that)"; 0 when it does not open so."""
    lowered = [w.lower() for w in words[:4]]
    if lowered[:1] not in (["you"], ["u"]):
        return 0
    for verb in FRAME_VERBS:
        if tuple(lowered[1 : 1 + len(verb)]) == verb:
            at = 1 + len(verb)
            return at + 1 if lowered[at : at + 1] == ["that"] else at
    return 0


def _whole_clause(rest: list[str]) -> bool:
    """ "the client stops complaining", "if the scans are complete the client …": a
    subject and its verb, not a note ("fewer callbacks")."""
    lowered = [w.lower().strip(".,;:!?") for w in rest]
    if len(rest) < 3:
        return False
    if lowered[0] in CLAUSE_LEADS:
        return len(rest) >= 6 and _whole_clause(rest[1:])
    if lowered[0] in ("i", "we", "they", "it", "there") and len(rest) > 2:
        # "it would", "we get": a gain to come; "it was" tells of the past, not of a gain
        return bool({"VBP", "VBZ", "MD"} & lexicon.verb_tags(lowered[1])) or (
            lowered[1] in lexicon.MODALS
        )
    return _has_clause(rest) or _has_clause(["", *rest])


def without_frame(key: str, text: str, changes: list[str]) -> str:
    """ "You said if the scans are complete the client stops complaining." -> "If the
    scans are complete the client stops complaining."; "You said I could ask X, so who
    would I report to?" -> "Who would I report to?"; "You said I could do an induction
    shift" -> "I could do an induction shift". The gain, the question and the closing
    are the user's own words; the problem and the figure keep "You said"."""
    if key not in FRAME_KEYS:
        return text
    words = text.split()
    at = _after_frame(words)
    if not at or len(words) - at < 3:
        return text
    rest = words[at:]
    lowered = [w.lower().strip(".,;:!?") for w in rest]
    kept: list[str] = []
    if key == "value_gain" and _whole_clause(rest) and not any(w[-1:] == "?" for w in rest):
        kept = rest
    elif key == "question" and lowered[:3] in (["i", m, "ask"] for m in ASK_MODALS):
        # "You said I could ask X, so who would I report to?": the question after "so"
        joint = next(
            (
                i
                for i in range(2, len(rest) - 2)
                if rest[i].endswith(",") and lowered[i + 1] == "so"
            ),
            0,
        )
        asked = rest[joint + 2 :] if joint else []  # "…, so who would I report to?"
        if asked and asked[-1].endswith("?") and lowered[joint + 2] in OPEN_ASKS and len(asked) > 2:
            kept = asked
    elif key == "closing" and lowered[0] == "i" and lowered[1] in CLOSING_MODALS:
        verb = lowered[2]
        if verb in BASE_VERBS or "VB" in lexicon.verb_tags(verb):
            kept = rest  # "I could do an induction shift on Friday"
    if not kept:
        return text
    first = kept[0]
    kept = [first[:1].upper() + first[1:], *kept[1:]]
    said = " ".join(kept)
    if is_note(said) or verbless_note(key, said) or gain_is_note(key, said):
        return text  # "If they catch up the teachers could …" reads as a note without it
    frame = " ".join(["You", *(w.lower() for w in words[1:at])])
    changes.append(f"left out “{frame}”: the letter says it in your own words")
    return " ".join(kept)


TRAILING_WHO = frozenset({"you", "u", "she", "he"})
TRAILING_VERBS = frozenset({"said", "mentioned", "reckoned", "reckons", "says", "reckon"})
# "It was just as you said", "everything you said": the report is the sentence's object.
NOT_BEFORE_TRAILING = frozenset({
    "what", "as", "that", "like", "how", "which", "who", "whatever", "everything",
    "anything", "things", "thing", "all", "the", "than", "because", "what's",
})  # fmt: skip
# In what they said, "I" and "my" are theirs: moved after "You said" they would be yours.
SPEAKERS = FIRST_PERSON | {"mine", "ours"}
TRAILING_KEYS = frozenset({"value_problem", "value_gain_detail", "value_gain"})


def trailing_report(key: str, text: str, facts: Facts, changes: list[str]) -> str:
    """ "Callbacks cost you about 2 days a month, you said." -> "You said callbacks cost
    you about 2 days a month." (the problem and the figure say what they told you, first);
    in a gain the report is left off: "Fewer callbacks would save you a day." """
    if key not in TRAILING_KEYS:
        return text
    words = text.rstrip(" .!").split()
    if len(words) < 5:
        return text
    who, verb = words[-2].lower().strip(","), words[-1].lower()
    if who not in TRAILING_WHO or verb not in TRAILING_VERBS or words[-2].startswith(","):
        return text
    body = words[:-2]
    comma = body[-1].endswith(",")
    if not comma and body[-1].lower().strip(".,") in NOT_BEFORE_TRAILING:
        return text
    if any(w[-1:] in ".!?;:," for w in body[:-1]):
        # two sentences, or a list ("reports late or half done, audit issues he said"):
        # the report may be of the last part only, or of notes
        return text
    body[-1] = body[-1].rstrip(",")
    if {w.lower().strip(".,!?;:").replace("’", "'") for w in body} & SPEAKERS:
        return text  # "My boss is the same, she said": hers, not "You said my boss …"
    if is_note(" ".join(body)):
        return text  # "callbacks on chimney flashings, 3-4 a month he said": a note
    said = "said" if verb in ("said", "says") else verb
    if verb.startswith("reckon"):
        said = "reckon" if verb != "reckoned" else "reckoned"
    if key == "value_gain":
        out = [body[0][:1].upper() + body[0][1:], *body[1:]]
        changes.append(f"left out “{who} {verb}”: the letter says it in your own words")
        return " ".join(out) + "."
    first = body[0].lower()
    known = ordinary_word(first) or ordinary_word(first.removesuffix("s")) or compound_word(first)
    lead = _lower_first(" ".join(body), facts, typed_lower=known)  # "Callbacks" was the start
    said = f"{'You' if who == 'u' else who.capitalize()} {said} {lead}."
    if who in ("he", "she"):
        # "…, he said" -> "He said …" -> "You said …": the reader, "him" included
        scratch: list[str] = []
        said = to_second_person(said, facts, scratch)
        if any(c.startswith(UNSURE_YOU) for c in scratch) or not said.startswith("You "):
            return text
        changes.extend(scratch)
    changes.append(f"put “{who} {verb}” first")
    return said
