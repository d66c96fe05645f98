"""Names typed in lower case or lost to sentence case, as a wizard step asks about them:
the words where a name goes ("from sunderland", "around te puke", "the bay of plenty"),
words people write that are no English word ("the old sargent locks"), a firm's name
of common words and a trade's tail ("at aqua blue pools"), and the names
of places that Title Case typing hid. No shipped list tells every name from an ordinary
word, so these are asked about, never changed (``answer_case`` capitalises only the
words lemminflect knows only as names, and towns of the gazetteer that are no English
word). Plain word lookups.
"""

from __future__ import annotations

import re

from letters import gazetteer
from letters.answer_case import (
    CALENDAR,
    LANGUAGES,
    TOWNS_AS_WORDS,
    all_capitals,
    compound_word,
    counted_run_together,
    everyday_word,
    ordinary_word,
    plain_made_word,
    said_as_word,
)
from letters.answer_shorthand import (
    DAYS,
    LOWER_SHORTHAND,
    POLITE_WORDS,
    SHORTHAND,
    UNITS,
    UNSURE_SHORTHAND,
    WORKPLACES,
)
from letters.answer_words import (
    CLOSED_WORDS,
    CURRENCY_CODES,
    NAMED_PLACES,
    OTHER_PEOPLE,
    TRADE_SHORT,
)
from letters.quality import lexicon

PARTICLES = frozenset({"off", "on", "up", "down", "out", "over", "back", "away", "along"})


def title_case_hint(
    typed: str, sentences: tuple[str, ...], noted_lower: frozenset[str] = frozenset()
) -> str:
    """Typed With Every Word Capitalised: sentence case lowers names too ("at valley
    mechanical"), and no shipped list tells them apart, so the user is asked to put the
    capitals of names back. The guess quoted is a town that is a word too ("in reading"),
    a run of words where a workplace's name goes, ended where a name ends ("at valley
    mechanical for 6 years"), or a word no dictionary knows; never ordinary words
    ("with no safety incidents", "for urgent repairs"), nor a word the user's notes
    write in lower case ("rattan"): with no good guess, none."""
    if not all_capitals(typed) or len(typed.split()) < 5:
        return ""
    words = " ".join(sentences).split()
    runs = list(dict.fromkeys(_name_runs(words)))[:2]
    unknown = [
        w.strip(".,;:!?()")
        for w in words[1:]
        if w[:1].islower()
        and len(w.strip(".,;:!?()")) > 3
        and w.strip(".,;:!?()").isalpha()
        and not ordinary_word(w.strip(".,;:!?()").lower())
        and not plain_made_word(w.strip(".,;:!?()").lower())
        and not everyday_word(w.strip(".,;:!?()").lower())  # "a condo tower"
        and not counted_run_together(w.strip(".,;:!?()").lower())  # "my callback rate"
        and w.strip(".,;:!?()").lower() not in noted_lower  # "natural rattan peel"
    ]
    towns = _towns_lowered(words)
    named = " ".join(runs).split()
    runs = [r for r in runs if r.split()[-1] not in towns]  # "cork": the town first
    first = [*towns, *runs, *(w for w in unknown if w not in named)]
    asked = list(dict.fromkeys(first))[:3]
    kept = _kept_runs(sentences)
    said = f" The capitals of “{'”, “'.join(kept)}” are kept, as a name's." if kept else ""
    if not asked and not _name_may_go(words):
        return said  # "behind a high volume bar": no place where a name goes
    guess = f" (“{'”, “'.join(asked)}”?)" if asked else ""
    return (
        " You typed every word with a capital, so the wizard wrote it in sentence case: "
        f"put back the capitals of any name in it{guess}.{said}"
    )


# Words after which a workplace's, a place's or a person's name goes: "at valley
# mechanical", "joined harbour freight", "a dog called smokey"; "for" and "with" only
# after a verb of working ("worked for acme plumbing", not "for urgent repairs").
RUN_LEADS = frozenset({"at", "from", "joined", "called", "named", "for", "with"})
WORKED_LEADS = frozenset({"for", "with"})
WORK_VERBS = frozenset({
    "work", "works", "worked", "working", "volunteer", "volunteered", "volunteering",
    "interned", "apprenticed", "trained", "employed", "contracted", "temped", "freelanced",
    "served",
})  # fmt: skip
# Words that end a name: a small word ("since 2019", "for 6 years", "and"), a particle.
RUN_ENDS = CLOSED_WORDS | PARTICLES | {"since", "until", "till", "near", "while", "when"}
# Everyday phrases made with the lead, no names: "at night", "from home", "for free".
LEAD_PHRASES = frozenset({
    "home", "work", "night", "nights", "least", "first", "once", "all", "times", "risk",
    "lunch", "lunchtime", "weekends", "weekend", "school", "uni", "college", "church",
    "dawn", "dusk", "noon", "midnight", "present", "last", "best", "worst", "most", "cost",
    "heart", "sea", "scale", "speed", "peak", "height", "heights", "length", "random",
    "ease", "hand", "odds", "fault", "stake", "large", "bedtime", "breakfast", "dinner",
    "scratch", "start", "day", "memory", "experience", "there", "here", "time", "nothing",
    "abroad", "overseas", "birth", "childhood", "then", "now", "today", "tomorrow",
    "yesterday", "morning", "top", "bottom", "zero", "free", "myself", "himself",
    "herself", "ourselves", "yourself", "themselves", "ages", "life", "long", "forces",
    "shift", "handover", "close", "closing", "opening", "short", "full", "half", "both",
    "each", "every", "some", "any", "many", "several", "no", "one", "who",
})  # fmt: skip
RUN_LENGTH = 4  # "Desert Air Comfort Systems": longer runs are a clause, no name


def _name_runs(words: list[str]) -> list[str]:
    """Runs of words lowered by sentence case where a name goes: after "at", "from",
    "joined", "called" ("for"/"with" after "worked"), ended by a stop, a comma or a small
    word ("at valley mechanical for 6 years" -> "valley mechanical"); none opened by
    "the", "no", a count or an everyday phrase ("at night"), none of one plural word
    ("with arrears") or of a describing word and a plural ("urgent repairs")."""
    runs = []
    for i, lead in enumerate(words[:-1]):
        lead = lead.lower()
        if lead not in RUN_LEADS or lead != lead.strip(".,;:!?()"):
            continue
        if lead in WORKED_LEADS and (i == 0 or words[i - 1].lower() not in WORK_VERBS):
            continue
        if run := _run_after(words, i + 1, single_word=lead not in WORKED_LEADS):
            runs.append(run)
    return [*runs, *_bodies(words), *_versions(words)]


# Bodies whose names are made of ordinary words: "registered with the dental council".
BODY_WORDS = frozenset({
    "council", "university", "institute", "polytechnic", "academy", "society", "ministry",
    "association", "federation", "board",
})  # fmt: skip
# Words before a body's word that say which one, not its name: "the same academy".
WHICH_BODY = frozenset({
    "same", "local", "other", "next", "nearest", "whole", "new", "old", "county", "city",
    "town", "district", "parish", "school", "big", "small", "first", "last",
})  # fmt: skip


def _bodies(words: list[str]) -> list[str]:
    """ "registered with the dental council," -> "dental council": one or two lowered
    words after "the" and before a body's word, where the name ends; quoted without
    "the"."""
    found = []
    for i, word in enumerate(words[:-2]):
        if word.lower() != "the":
            continue
        run = _run_after(words, i + 1)
        parts = run.split()
        if 1 < len(parts) <= 3 and parts[-1] in BODY_WORDS and parts[0] not in WHICH_BODY:
            found.append(run)
    return found


VERSION_LEADS = frozenset({"in", "on", "using", "with", "into", "onto", "via"})
VERSION_RE = re.compile(r"\d{2,4}")


def _versions(words: list[str]) -> list[str]:
    """ "in office 365", "in sage 300 at": a product's name and its number, lowered by
    sentence case, after "in", "using"; not "in year 10" (no name's number)."""
    found = []
    for i, lead in enumerate(words[:-2]):
        name, number = words[i + 1], words[i + 2].rstrip(".,;:!?)")
        if lead.lower() not in VERSION_LEADS or not VERSION_RE.fullmatch(number):
            continue
        after = words[i + 3].lower() if i + 3 < len(words) else ""
        ends = words[i + 2][-1:] in ".,;:!?)" or not after or after in RUN_ENDS
        plain = name.isalpha() and name.islower() and name not in RUN_ENDS | LEAD_PHRASES
        if ends and plain and name not in COUNTED_WORDS and not name.endswith("s"):
            found.append(f"{name} {number}")
    return found


# Words counted by a number, no product's name: "in year 10", "in ward 7", "in under 30".
COUNTED_WORDS = frozenset({
    "year", "years", "grade", "form", "ward", "room", "bay", "level", "stage", "week",
    "month", "day", "unit", "row", "aisle", "zone", "gate", "lane", "platform", "about",
    "around", "over", "under", "only", "just", "nearly", "almost", "top", "page", "step",
    "class", "group", "team", "section", "chapter", "band", "size", "number", "box",
})  # fmt: skip


SAME_WORDS = frozenset({"same", "other", "next", "whole", "first", "last", "local"})


def _name_may_go(words: list[str]) -> bool:
    """A lowered word where a name goes that no guess names: "at the old harbor grill",
    "at the grand."; not "at my last practice", "at the same school", "in the attic"."""
    for i, lead in enumerate(words[:-1]):
        lead = lead.lower()
        if lead not in RUN_LEADS:
            continue
        if lead in WORKED_LEADS and (i == 0 or words[i - 1].lower() not in WORK_VERBS):
            continue
        following = words[i + 1 : i + 3]
        if following[0].lower() == "the" and len(following) > 1:
            following = following[1:]
        core = following[0].strip(".,;:!?()")
        low = core.lower()
        plain = RUN_ENDS | LEAD_PHRASES | NUMBER_WORDS | SAME_WORDS
        if core.isalpha() and core.islower() and low not in plain:
            return True
    return False


def _run_after(words: list[str], at: int, *, single_word: bool = True) -> str:
    """The run of lower-case words from ``at`` to where a name ends; "" for none.
    ``single_word``: one dictionary word may be the name ("at crown."), not after
    "worked with" ("worked with dementia")."""
    run: list[str] = []
    ended = False
    for word in words[at : at + RUN_LENGTH + 1]:
        core = word.strip(".,;:!?()\"'“”")
        if run and core.lower() in RUN_ENDS:
            ended = True
            break
        if not core.isalpha() or not core.islower() or len(run) == RUN_LENGTH:
            return ""  # "at 4%", "at Valley" kept as a name, a clause with no end
        run.append(core)
        if word[-1:] in ".,;:!?)":
            ended = True
            break
    ended = ended or at + len(run) == len(words)
    first, last = run[0] if run else "", run[-1] if run else ""
    if not ended or not run or first in RUN_ENDS or first in LEAD_PHRASES:
        return ""
    if first in NOT_NAMES or first in NUMBER_WORDS or first.endswith("ing"):
        return ""  # "with my team", "for two summers", "at running"
    plural = last.endswith("s") and not last.endswith("ss") and ordinary_word(last)
    if plural and (len(run) == 1 or lexicon.is_adjective(first) and not lexicon.is_noun(first)):
        return ""  # "with arrears", "for urgent repairs"
    if len(run) == 1 and not single_word and lexicon.is_english_word(first):
        return ""
    return " ".join(run)


# The last word of a firm's name in the trades (set Y): "aqua blue pools", "red rock
# plumbing", "oak tree joinery"; a legal ending names a firm after any one word.
FIRM_TAILS = frozenset({
    "pools", "plumbing", "electrical", "electrics", "motors", "roofing", "joinery",
    "glazing", "haulage", "landscaping", "builders", "scaffolding", "plastering",
})  # fmt: skip
LEGAL_TAILS = frozenset({"ltd", "inc", "llc", "pty", "plc", "gmbh", "llp"})


def _firms(words: list[str]) -> list[str]:
    """ "at aqua blue pools pinetown", "rewires for bright spark electrical": two or three
    common words and a trade's word for a firm ended, after "at", "for", "with", "from",
    "joined", typed in lower case; asked about as a name, never changed (the words are
    ordinary: "at indoor leisure pools" would be asked about too, so only a hint)."""
    found = []
    for i, lead in enumerate(words[:-2]):
        if lead.lower() not in RUN_LEADS:
            continue
        run = []
        for word in words[i + 1 : i + 5]:  # "at aqua blue pools Pinetown": to the town
            core = word.strip(".,;:!?()\"'“”")
            if not core.isalpha() or not core.islower() or core in RUN_ENDS:
                break
            run.append(core)
            if word[-1:] in ".,;:!?)":
                break
        if run and (run[0] in NOT_NAMES or run[0] in NUMBER_WORDS or run[0] in LEAD_PHRASES):
            continue
        tail = next((k for k, w in enumerate(run) if w in FIRM_TAILS | LEGAL_TAILS), -1)
        least = 1 if tail >= 0 and run[tail] in LEGAL_TAILS else 2
        if tail < least or tail > 3 or any(w.endswith("ing") for w in run[:tail]):
            continue  # "general plumbing", "private swimming pools"
        found.append(" ".join(run[: tail + 1]))
    return found


NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "several", "many",
})  # fmt: skip


def _towns_lowered(words: list[str]) -> list[str]:
    """Towns that are words too, lowered after "in", "from", "at the": "reading" of "the
    depot in reading for six years", asked about first."""
    found = []
    for i in range(1, len(words)):
        core = words[i].strip(".,;:!?()")
        lead = words[i - 1].lower()
        if lead == "the" and i > 1:
            lead = words[i - 2].lower()
        if core.islower() and lead in TOWN_LEADS | {"at"} and _town_as_word(core):
            found.append(core)
    return found


def _kept_runs(sentences: tuple[str, ...]) -> list[str]:
    """Two or more words left with capitals inside a sentence: "Palmerston North",
    "Registered Piano Technician"."""
    runs = []
    for sentence in sentences:
        run: list[str] = []
        for word in [*sentence.split()[1:], "."]:
            core = word.strip(".,;:!?()")
            if core[:1].isupper() and core[1:].islower() and core.isalpha():
                run.append(core)
                if word[-1:] not in ".,;:!?)":
                    continue
            if len(run) > 1:
                runs.append(" ".join(run))
            run = []
    return runs[:3]


# Words before a name in lower-case typing: "from sunderland", "at the sassoon academy",
# "the same starbucks"; a word after them that is no ordinary word is asked about.
NAME_LEADS = frozenset({
    "at", "in", "from", "near", "called", "named", "same", "to", "for", "lake", "mount", "fort",
    "around", "on", "outside",
})  # fmt: skip


def _typed_lower(typed: str) -> bool:
    """Typed without capitals, but for "I" and acronyms ("i know CIP and the old sargent
    locks"): the keyboard left names in lower case too."""
    for word in typed.split():
        core = word.strip(".,;:!?()\"'").replace("’", "'")
        if any(c.isupper() for c in core) and not (
            core.split("'")[0] == "I" or (len(core) > 1 and core.isupper())
        ):
            return False
    return True


ACRONYM_ZIPF = 3.0  # "ipa": written often enough to be a thing, short enough to be letters
COMMON_NAME_ZIPF = 3.5  # "prep", "cafe": written this often, a trade word, not a brand
RARE_ZIPF = 2.5  # wordfreq has seen it written: a name or a brand more often than a typo


def _known_rare(words: list[str], at: int) -> bool:
    """A word people write that is no English word, before a noun: a maker's or a place's
    name more often than not ("the old sargent locks")."""
    word = words[at]
    stem = word[:-1]
    if word in TRADE_SHORT or word in NOT_LETTERS or word in DAYS:
        return False
    if word.endswith("s") and 2 <= len(stem) <= 3 and word.isascii():
        # "hazy ipas": the plural of a short word that is no English word, most often
        # letters said as a word (IPAs, CNAs)
        known = lexicon.zipf(stem) >= ACRONYM_ZIPF and not lexicon.is_english_word(stem)
        if known and not lexicon.is_english_word(word):
            return True
    following = words[at + 1].lower() if at + 1 < len(words) else ""
    before_noun = lexicon.is_noun(following) and following not in CLOSED_WORDS
    seen = lexicon.zipf(word)
    rare = len(word) > 3 and word.isascii() and RARE_ZIPF <= seen < COMMON_NAME_ZIPF
    if word.endswith("s") and lexicon.zipf(word[:-1]) > seen:
        return False  # "cafes": the plural of a word written more often than it
    if word.endswith("er") and lexicon.is_english_word(word[:-2]):
        return False  # "funder": one who funds
    return rare and before_noun and not lexicon.is_english_word(word) and not _joined(word)


# Endings of English towns' names: "basingstoke", "guildford", "aylesbury".
TOWN_ENDINGS = (
    "stoke", "ford", "bury", "borough", "chester", "mouth", "wick", "wich", "ham", "ton",
    "field", "by", "thorpe", "caster", "minster",
)  # fmt: skip


def _joined(word: str) -> bool:
    """Two words run together, a trade word: "taproom", "handover", "boilerplate"; not
    "basingstoke", which ends the way English towns do."""
    return compound_word(word) and not word.endswith(TOWN_ENDINGS)


# Words before "the" + a place's name: "9 years in the mara", "grew up on the waikato".
THE_PLACE_LEADS = frozenset({"in", "at", "from", "around", "near", "across", "on", "up"})
MODEL_NUMBER_RE = re.compile(r"\d{2,4}")
PLACE_NAME_LENGTH = 9  # "serengeti"; "on the spectrophotometer" is a trade's machine


def _unknown_seen(words: list[str], at: int, typed: list[str]) -> bool:
    """A word people write that no dictionary knows where a name goes: a place's, after
    "in the" and ending the phrase ("9 years in the mara."), or a maker's, before its
    model's number ("a farr 1020"); not letters ("mot", asked as such), nor two words run
    together ("taproom"), nor a trade's noun ("exceedances")."""
    word = words[at]
    following = words[at + 1] if at + 1 < len(words) else ""
    place = at > 1 and words[at - 1] == "the" and words[at - 2].lower() in THE_PLACE_LEADS
    ends = typed[at][-1:] in ".,;:!?)" or not following or following in ("and", "or")
    place = place and ends
    model = words[at - 1] in ("a", "an", "my", "our") and MODEL_NUMBER_RE.fullmatch(following)
    return (
        bool(place or model)
        and 3 < len(word) <= PLACE_NAME_LENGTH
        and not word.endswith("s")  # "at the upstands": a trade's things, counted
        and word.isascii()
        and lexicon.zipf(word) < COMMON_NAME_ZIPF
        and not lexicon.is_english_word(word)
        and not _joined(word)
        and not plain_made_word(word)
        and not everyday_word(word)
        and not _letters_for(word)
    )


def _told(word: str) -> bool:
    """ "went", "dropped", "runs": a verb in the past or with "-s", no noun, so a clause's
    own verb, which no name runs into."""
    tags = lexicon.verb_tags(word)
    return bool(tags & {lexicon.PAST, lexicon.THIRD_PERSON}) and not lexicon.is_noun(word)


SPAN_ENDS = frozenset({"mid", "every", "each", "most", "all", "both", "half"})


def _place_span(words: list[str], at: int, typed: list[str]) -> str:
    """The name starting at ``at`` after "in", "around", ... up to a small word or a
    comma: "te awamutu" of "around te awamutu and sailed"; the word alone elsewhere."""
    if words[at - 1].lower() not in NAME_LEADS or typed[at][-1:] in ".,;:!?)":
        return words[at]
    span = [words[at]]
    for word, as_typed in zip(words[at + 1 : at + 3], typed[at + 1 : at + 3], strict=False):
        if word.lower() in CLOSED_WORDS or not word.isalpha() or not word.islower():
            break
        if lexicon.zipf(word.lower()) >= 5.0:
            break  # "in portland today": a very common word ends it
        if word.lower() in SPAN_ENDS:
            break  # "running to reece mid job": "mid" starts what comes next
        if _told(word.lower()):
            break  # "at ruakura callbacks dropped": a verb of the clause
        span.append(word)
        if as_typed[-1:] in ".,;:!?)":
            break
    following = words[at + len(span)].lower() if at + len(span) < len(words) else ""
    last = span[-1].lower()
    if len(span) > 1 and _told(following) and (ordinary_word(last) or _counted_compound(last)):
        span.pop()  # "at kapiti remakes went from": "remakes" is what went, no name's word
    return " ".join(span)


# Towns that are English words too ("in reading", "from cork"): asked about only where a
# place goes, after "in", "from", "near", "to" and before nothing more of the clause.
TOWN_LEADS = frozenset({"in", "from", "near", "to"})


def _town_as_word(word: str) -> bool:
    """A town's name that is an English word too: "reading", "bologna" (the gazetteer's
    cities, less months and days: "in march")."""
    if word in TOWNS_AS_WORDS:
        return True
    return (
        len(word) > 3
        and word not in CALENDAR
        and word not in CLOSED_WORDS
        and gazetteer.city(word)
        and ordinary_word(word)
        and lexicon.zipf(word) < TOWN_WORD_ZIPF
        and gazetteer.population(word) >= TOWN_SIZE
        and lexicon.BASE not in lexicon.verb_tags(word)
    )


TOWN_WORD_ZIPF = 4.0  # "in time", "in most": a word this common is not asked about
TOWN_SIZE = 50_000  # "in felling": a small town's name read as the word it is


def _town_here(words: list[str], at: int, typed: list[str] | None = None) -> bool:
    """ "in reading and he knew", "from cork": a town's name; not "good in reading and
    writing", "to bath the dog"."""
    word = words[at]
    if words[at - 1].lower() not in TOWN_LEADS or not _town_as_word(word):
        return False
    if at + 1 == len(words) or (typed and typed[at][-1:] in ".,;:!?"):
        return True
    if at == 1 and word not in TOWNS_AS_WORDS:
        return True  # "in limerick no-shows went down": opening the answer, where it was
    following = words[at + 1].lower()
    after_and = words[at + 2].lower() if at + 2 < len(words) else ""
    return following == "and" and not after_and.endswith("ing")


# Words English borrows, written in lower case: "whānau" (family) in New Zealand English.
LOANWORDS = frozenset({
    "whanau", "whānau", "kai", "mahi", "tamariki", "kaupapa", "hui", "aroha", "tikanga",
    "kaiako", "ako",
})  # fmt: skip


NOT_NAMES = frozenset({"a", "an", "my", "our", "your", "his", "her", "their", "you", "me", "us"})


def lower_case_hint(
    typed: str, sentences: tuple[str, ...], noted: frozenset[str] = frozenset()
) -> str:
    """Typed all in lower case: names may be in it ("lyon", "entra id"), and no shipped
    list tells a name from an ordinary word, so the user is asked to check; the words
    that are not common English are named to look at first. ``noted``: words the user's
    notes write in lower case beside capitals ("SOC, phishing, Splunk"), no names."""
    if not _typed_lower(typed) or len(typed.split()) < 3:
        return ""
    typed_words = [x for s in sentences for x in s.split()]
    words = [x.strip(".,;:!?()\"'") for x in typed_words]
    rare = [
        _place_span(words, i, typed_words)
        for i, w in enumerate(words)
        if i
        and w.isalpha()
        and w.islower()
        and not _verb_here(words, i)
        and not _counted_compound(w)
        and not _letter_dropped(w)
        and not _everyday_pair(w)
        and w not in TRADE_SHORT
        and w not in noted
        and w not in LOANWORDS
        and w not in CURRENCY_CODES
        and not _one_who(w)
        and not _verb_made_noun(w)
        and not _language_here(words, i)
        and (
            _street(words, i)
            or _nickname(words, i)
            or _called(words, i)
            or (
                _name_looking(words, i)
                or _known_rare(words, i)
                or _unknown_seen(words, i, typed_words)
            )
            and not ordinary_word(w)
        )
    ]
    rare += _place_of(words)
    rare += _set_off_names(words, typed_words)
    rare += _listed_places(words, typed_words)
    rare += _firms(words)
    rare += [f"{words[i]} {words[i + 1]}" for i in range(1, len(words) - 1) if _person(words, i)]
    rare += [f"{words[i]} {words[i + 1]}" for i in range(1, len(words) - 1) if _venue(words, i)]
    towns = [words[i] for i in range(1, len(words)) if _town_here(words, i, typed_words)]
    rare = [*towns, *rare]
    rare = [w for w in dict.fromkeys(rare) if not any(w != r and w in r.split() for r in rare)][:4]
    tongues = [
        w
        for i, w in enumerate(words)
        if i and w.isalpha() and w.islower() and _language_here(words, i) and not ordinary_word(w)
    ]
    tongues = list(dict.fromkeys(tongues))[:2]
    letters = [
        w
        for i, w in enumerate(words)
        if i and _letters_for(w) and not _called(words, i) and not _said_twice(words, i)
    ]
    # "in nbi & msa": letters listed beside a word taken for a place are most likely a
    # place's short form too (Nairobi, Mombasa), asked about as a name, not as capitals
    named = {x for r in rare for x in r.split()}
    beside = [words[i] for i in range(1, len(words)) if _listed_beside(words, i, named)]
    beside = [w for w in dict.fromkeys(beside) if w in letters and w not in named]
    rare = [*rare, *beside][:4]
    letters = [
        w
        for w in dict.fromkeys(letters)
        if w not in tongues and not any(w in r.split() for r in rare)  # "aro valley"
    ][:4]
    hint = ""
    if rare:
        hint = (
            f" “{'”, “'.join(rare)}” may be {'a name' if len(rare) == 1 else 'names'} (a "
            "place, a product, a person): check the capitals of any names in it, as the "
            "wizard left the words as you typed them."
        )
    if tongues:
        # "i speak english, swahili, maa": a language's name, with one capital ("Maa")
        hint += _asked_as(
            tongues, str.capitalize, "may be the name of a language",
            ("give it its capital letter", "give them their capital letters"),
        )  # fmt: skip
    if letters:
        # "mot", "vor", "adl": no English word, so most likely letters said as a word
        hint += _asked_as(
            letters, str.upper, "may stand for something",
            ("write it in capitals", "write them in capitals"),
        )  # fmt: skip
    return hint  # "" for only ordinary words: nothing that looks like a name to check


LIST_JOINS = frozenset({"and", "&", "or", "/"})


def _listed_beside(words: list[str], at: int, named: set[str]) -> bool:
    """ "nbi & msa", "msa and nbi": the word is joined by "and", "&" or "or" to one of
    ``named``."""
    before = at >= 2 and words[at - 1].lower() in LIST_JOINS and words[at - 2] in named
    after = at + 2 < len(words) and words[at + 1].lower() in LIST_JOINS and words[at + 2] in named
    return before or after


def _asked_as(words: list[str], written, what: str, fixes: tuple[str, str]) -> str:
    """ " “maa” may be the name of a language (Maa?): if so, give it its capital letter." """
    shown = "”, “".join(words)
    guesses = ", ".join(written(w) for w in words)
    return f" “{shown}” {what} ({guesses}?): if so, {fixes[len(words) > 1]}."


def _verb_made_noun(word: str) -> bool:
    """ "conservancy", "adherency": a noun made from a verb with "-ancy"/"-ency" (conserve,
    adhere), which the dictionary may miss; a name ("Clancy") is made from no verb."""
    for ending in ("ancy", "ency", "ancies", "encies"):
        stem = word.removesuffix(ending)
        if stem != word and len(stem) > 3:
            return any("VB" in lexicon.verb_tags(s) for s in (stem, stem + "e"))
    return False


SPEAK_WORDS = frozenset({"speak", "speaks", "spoke", "speaking", "fluent", "native"})


def _language_here(words: list[str], at: int) -> bool:
    """ "i speak maa", "english, swahili, maa and basic german": a word no dictionary
    knows, after "speak" or listed beside a language the wizard knows, is most likely a
    language's name ("Maa", "Twi"), not letters ("MAA")."""
    word = words[at].lower()
    if word in LANGUAGES or not word.isalpha() or lexicon.is_english_word(word):
        return False
    if words[at - 1].lower() in SPEAK_WORDS:
        return True
    near = [w.lower() for w in words[max(0, at - 2) : at] + words[at + 1 : at + 3]]
    return any(w in LANGUAGES for w in near) and words[at - 1].lower() not in ("the", "a")


PERSON_LEADS = frozenset({"knew", "met", "with"})
NAME_AFTER = frozenset({"knew", "met"})  # "with better mise": "with" starts more than names


def _person(words: list[str], at: int) -> bool:
    """ "he knew my old coach pat delaney": a first name and a surname people write that
    is no English word, right after "knew", "met" or a word for a person, a few words
    after "knew", "met", "with"; asked about, as "pat" is a word too."""
    first, last = words[at], words[at + 1]
    return (
        any(w.lower() in PERSON_LEADS for w in words[max(0, at - 4) : at])
        and first.isalpha()
        and first.islower()
        and 2 < len(first) < 7
        and first not in CLOSED_WORDS
        and words[at - 1].lower() in NAME_AFTER | OTHER_PEOPLE
        and last.isalpha()
        and last.islower()
        and len(last) > 3
        and last not in TRADE_SHORT
        and lexicon.zipf(last) >= RARE_ZIPF
        and not ordinary_word(last)
        and not plain_made_word(last)
        and not _letters_for(last)
    )


VENUES = frozenset({"park", "stadium", "arena", "oval"})
MATCHES = frozenset({"final", "semi", "match", "game"})


def _venue(words: list[str], at: int) -> bool:
    """ "were at kings park", "the currie cup final": a ground named with no "the", or a
    cup named before its final; asked about, as "kings" and "currie" are words too."""
    word, following = words[at], words[at + 1].lower()
    after = words[at + 2].lower() if at + 2 < len(words) else ""
    if not (word.isalpha() and word.islower()) or word in CLOSED_WORDS or word in NOT_NAMES:
        return False
    if words[at - 1].lower() == "at" and following in VENUES:
        return not lexicon.is_adjective(word)  # "at kings park"; not "at nearby park"
    return words[at - 1].lower() == "the" and following == "cup" and after in MATCHES


# Words after which a verb comes: "i would mark lane numbers" is no "Mark Lane".
VERB_LEADS = frozenset({
    "i", "we", "you", "they", "would", "will", "can", "could", "should", "must", "might",
    "to", "i'd", "we'd", "i'll", "we'll", "id",
})  # fmt: skip


def _one_who(word: str) -> bool:
    """ "charterer", "subcontracters": one who does what an English verb says (charter,
    subcontract), a trade's word for a party, not a name."""
    stem = word.removesuffix("s")
    if len(stem) < 7 or not stem.endswith(("er", "or")):
        return False
    base = stem[:-2]
    return any(lexicon.BASE in lexicon.verb_tags(b) for b in (base, f"{base}e"))


def _letter_dropped(word: str) -> bool:
    """ "refils", "folowers": an ordinary word with a doubled letter typed once, a typo
    (the spelling check names it), not a name."""
    if len(word) < 5 or ordinary_word(word):
        return False
    return any(
        ordinary_word(word[:at] + word[at] + word[at:])
        for at in range(1, len(word))
        if word[at] not in "aeiouy" and word[at] != word[at - 1]
    )


# Everyday words people run together: "highschool", "fulltime".
EVERYDAY_PAIRS = frozenset({
    "highschool", "fulltime", "parttime", "gradschool", "healthcare", "daycare", "aftercare",
    "homecare", "eldercare", "childcare", "nightshift", "dayshift", "weekday", "workday",
})  # fmt: skip


def _everyday_pair(word: str) -> bool:
    return word in EVERYDAY_PAIRS or word.removesuffix("s") in EVERYDAY_PAIRS


def _verb_here(words: list[str], at: int) -> bool:
    return words[at - 1].lower() in VERB_LEADS and bool(lexicon.verb_tags(words[at]))


def _counted_compound(word: str) -> bool:
    """ "sendbacks", "callouts": the plural of two words run together is a thing counted
    in a trade, not a place or a person."""
    return len(word) > 6 and word.endswith("s") and compound_word(word[:-1])


def _said_twice(words: list[str], at: int) -> bool:
    """ "a ro ro ferry": a word said twice is the trade's word, not letters."""
    neighbours = words[at - 1 : at] + words[at + 1 : at + 2]
    return words[at].lower() in [w.lower() for w in neighbours]


ACRONYM_SEEN = (2.0, 4.0)  # written this often, yet no English word: "mot", "vor", "hgv"
NOT_LETTERS = frozenset({
    "lb", "lbs", "kg", "km", "hr", "hrs", "min", "mins", "sec", "yd", "ft", "mph", "kph",
    "ish", "etc", "aka", "pls", "thx", "tues", "thur", "thurs", "weds", "xmas", "fave",
    "eg", "ie", "nb", "viz",  # "local parts eg foam": Latin's short forms, not letters
    "qtr", "qtrs", "eng", "engs",  # quarter, engineer or engine: short forms, not letters
    "nan", "med", "meds",  # grandmother, medication: everyday words, not letters
    # family, talk and the ward's and kitchen's short words: "my sis", "it was fab",
    # "checking obs", "a vid", "2 tsp"; people write them, and they are no letters
    "sis", "sib", "sibs", "bro", "cuz", "gran", "fab", "yeh", "och", "yer", "gal", "bub",
    "vid", "vids", "rec", "recs", "reg", "regs", "avo", "obs", "ml", "mls", "mcg", "mgs",
    "kgs", "tsp", "tbsp", "ccs",
    # informal everyday words (tickets, mother, father, friends, afternoon, breakfast,
    # break, truck, swimsuit): slang or dialect people write, never letters said as a word
    "tix", "mam", "mum", "da", "ma", "pa", "nana", "nanna", "lads", "craic", "arvo",
    "brekkie", "smoko", "ute", "togs", "jumper", "mate", "mates", "bday", "hols", "telly",
    "uni", "footy", "barbie", "servo", "bottle-o", "cuppa", "brekky", "sarnie", "ciggie",
    # clipped words of a trade, said as words: "ag work", "hrs ag" (agricultural), "sq ft"
    "ag", "sq",
})  # fmt: skip


def _letters_for(word: str) -> bool:
    """A short lower-case word that is no English word but is written: letters said as a
    word ("mot", "vor", "adl", "hgv"); of four letters, only one no English word could
    sound like ("eicr", "gcse", "seai"); not units or known shorthand ("lb", "min")."""
    if len(word) == 4 and not _four_letters(word):
        return False
    if not (2 <= len(word) <= 4 and word.isalpha() and word.isascii() and word.islower()):
        return False
    if word in NOT_LETTERS or word in TRADE_SHORT or word in CLOSED_WORDS or word in DAYS:
        return False
    if word in POLITE_WORDS:
        return False  # "thanks po": a polite word, named by ``polite_word_hint``
    if word in SHORTHAND or word in UNSURE_SHORTHAND or word in UNITS or word in LOWER_SHORTHAND:
        return False  # "mth", "frm", "mos": a short form, spelled out or asked about as one
    if word.endswith("s") and (word[:-1] in CLOSED_WORDS or lexicon.is_english_word(word[:-1])):
        return False  # "walk ins", "ups": the plural of a word, not letters
    low, high = ACRONYM_SEEN
    if len(word) == 4:
        low, high = 0.0, LETTERS_OF_FOUR  # "eicr": hardly written, yet no typo of a word
    return low <= lexicon.zipf(word) < high and not lexicon.is_english_word(word)


LETTERS_OF_FOUR = 2.0  # Zipf: "gwen", "sync", "lakh" are written more often than this
VOWEL_RUN_RE = re.compile(r"[aeiou]{3}")


def _four_letters(word: str) -> bool:
    """ "eicr", "gcse", "rcbo", "seai": four letters no English word starts, ends or
    sounds like; not "surg", "kpis" (the plural of letters: asked about as "kpi")."""
    if word.endswith("s"):
        return False
    run = VOWEL_RUN_RE.search(word)
    return not said_as_word(word) or run is not None and len(set(run.group())) == 3


PLACES_OF = frozenset({
    "bay", "lake", "isle", "isles", "gulf", "cape", "sea", "vale", "firth", "straits",
    "mount", "port", "university", "college", "bank", "church",
})  # fmt: skip


def _place_of(words: list[str]) -> list[str]:
    """ "in the bay of plenty", "the isle of wight": a place and "of" with no "the" after
    it, which is how names are made; "the bay of the river" is not asked about."""
    found = []
    for at in range(1, len(words) - 2):
        lead, place, of, name = (w.lower() for w in words[at - 1 : at + 3])
        named = name.isalpha() and words[at + 2].islower() and name not in CLOSED_WORDS
        if place in PLACES_OF and of == "of" and lead in ("the", *NAME_LEADS) and named:
            found.append(" ".join(words[at : at + 3]))
    return found


NICKNAME_LEADS = frozenset({
    "old", "big", "little", "young", "uncle", "auntie", "aunt", "mr", "mrs", "ms", "dr",
})  # fmt: skip


def _nickname(words: list[str], at: int) -> bool:
    """ "old ken the workshop foreman": a word between "old" and "the" + a job is a
    person's name, however ordinary the word ("ken", "bill")."""
    if at + 2 >= len(words) or words[at - 1].lower() not in NICKNAME_LEADS:
        return False
    if words[at].lower() in WORKPLACES:
        return False  # "at my old job the callouts went down": the job, no one's name
    return words[at + 1].lower() == "the" and lexicon.is_noun(words[at + 2].lower())


# "my old foreman baz", "my mate gaz": a word after one of these is what someone is called.
CALLED_AFTER = frozenset({
    "supervisor", "foreman", "boss", "manager", "mate", "gaffer", "coach", "chef", "teacher",
    "brother", "sister", "cousin", "friend", "pal", "buddy", "named", "called", "nicknamed",
})  # fmt: skip


def _called(words: list[str], at: int) -> bool:
    """ "you knew my old supervisor gaz": a short word after a word for a person is that
    person's name (a nickname), however much it looks like letters said as a word."""
    word = words[at]
    return (
        at > 0
        and words[at - 1].lower() in CALLED_AFTER
        and word.isalpha()
        and word.islower()
        and word not in CLOSED_WORDS
        and not lexicon.is_english_word(word)
    )


STREETS = frozenset({"st", "street", "ave", "avenue", "rd", "road", "blvd", "lane", "ln"})


def _street(words: list[str], at: int) -> bool:
    """ "maple and 3rd", "at oak st": a street's name, ordinary word or not."""
    after = [w.lower() for w in words[at + 1 : at + 3]]
    ordinal = len(after) == 2 and after[0] == "and" and after[1][:1].isdigit()
    ordinal = ordinal and after[1].endswith(("st", "nd", "rd", "th"))
    named = bool(after) and after[0] in STREETS and words[at][:1].isalpha()
    # "trailers off road", "up road": a particle before "road" names no street
    return (ordinal or named) and words[at].lower() not in CLOSED_WORDS | PARTICLES


def _name_looking(words: list[str], at: int) -> bool:
    """A word where a name goes: after "from", "at", "the same", or before "academy",
    "club" ("the sassoon academy"); trade words ("crimper", "focaccia", "barista") and
    shorthand ("min", "ins") are not asked about."""
    word = words[at]
    if len(word) < 4 and not (
        len(word) > 1 and at + 1 < len(words) and words[at - 1].lower() in NAME_LEADS
    ):
        return False
    before = words[at - 1].lower()
    if before == "4" and not _joined(word):
        before = "for"  # "hurling 4 westmeath minors": "for", left as typed; not "loadshedding"
    after = words[at + 1].lower() if at + 1 < len(words) else ""
    if word.lower().endswith(WORD_ENDINGS):
        return False  # "8 years in floristry", "in cabinetry": a field of work
    if word.endswith(("ors", "ers")) and lexicon.zipf(word[:-1]) >= COMMON_NAME_ZIPF:
        return False  # "return items to distributors": those who do it, not a place
    if before == "same" and not lexicon.is_noun(after):
        return False  # "out of the same carcass"; "the same hillier stand" is asked
    return before in NAME_LEADS or after in NAMED_PLACES


# Endings of English nouns for a field or a state, which names rarely have: "floristry".
WORD_ENDINGS = (
    "istry", "etry", "inery", "ology", "tion", "sion", "ment", "ness", "ship", "ism",
)  # fmt: skip


# Words for a person a name is set off after: "the same coach, big tam, who …".
SET_OFF_AFTER = CALLED_AFTER | OTHER_PEOPLE | frozenset({
    "instructor", "trainer", "mentor", "skipper", "captain", "landlord", "sergeant",
    "lecturer", "tutor", "owner", "driver", "neighbour", "neighbor",
})  # fmt: skip
SET_OFF_LENGTH = 3  # "big tam", "wee rab", "old dave": a nickname, not a clause


def _set_off_names(words: list[str], typed: list[str]) -> list[str]:
    """ "the same coach, big tam, who still does …": a few lower-case words set off by
    commas after a word for a person and before "who" are that person's name, a nickname
    as often as not ("big tam"); asked about, as "tam" and "dave" are words too."""
    found = []
    for at in range(1, len(words) - 2):
        if words[at - 1].lower() not in SET_OFF_AFTER or not typed[at - 1].endswith(","):
            continue
        for end in range(at, min(at + SET_OFF_LENGTH, len(words) - 1)):
            span = words[at : end + 1]
            if not all(w.isalpha() and w[1:].islower() for w in span):
                break  # "big Mick": a name the wizard capitalised is one of them
            if any(w.lower() in CLOSED_WORDS for w in span):
                break
            lower = any(w.islower() for w in span)
            after = words[end + 1].lower() in ("who", "who's", "whose")
            if typed[end].endswith(",") and after and lower:
                found.append(" ".join(span))
                break
    return found


# Words before a list of places: "around hay, deniliquin and balranald".
LIST_LEADS = frozenset({"around", "in", "near", "across", "between", "from", "at", "through"})


def _listed_places(words: list[str], typed: list[str]) -> list[str]:
    """ "around hay, deniliquin and balranald": single lower-case words listed by commas
    and "and" after "around", "in", "near", one of them no word a dictionary knows, are a
    list of places; each is asked about, "hay" too ("around tables, chairs and benches"
    is not asked about: no place is among them)."""
    found: list[str] = []
    for at in range(1, len(words) - 2):
        if words[at - 1].lower() not in LIST_LEADS or not typed[at].endswith(","):
            continue
        items, i = [], at
        while i < len(words):
            word = words[i]
            if word in ("and", "or"):
                last = words[i + 1] if i + 1 < len(words) else ""
                if last.isalpha() and last.islower():
                    items.append(last)  # "… and balranald": the list's last place
                break
            if not (word.isalpha() and word.islower()):
                break
            items.append(word)
            if not typed[i].endswith(",") and words[i + 1 : i + 2] != ["and"]:
                break
            i += 1
        # "in opua, cutting and patterning": doing words are what one did there, no places
        places = [w for w in items if w not in CLOSED_WORDS and not _told_or_doing(w)]
        unknown = [w for w in places if not ordinary_word(w) and not lexicon.is_english_word(w)]
        if len(places) == len(items) > 2 and unknown and not any(w in TRADE_SHORT for w in items):
            found += items
    return found


def _told_or_doing(word: str) -> bool:
    """ "cutting", "dropped": a verb's form with an ending, no place's name."""
    return bool(lexicon.verb_tags(word) - {lexicon.BASE})
