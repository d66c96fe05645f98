"""Real-word typos in a wizard answer: a word typed as another word that is spelt right
("operations manger", "a trail day", "you new my teacher", "for there first 2 weeks",
"Hows the work"), mended only where the words around it leave one reading. The mend is
shown as a spelling correction, as ``answer_spelling``'s are; a look-alike that can be
meant as typed ("in a manger", "a walking trail", "you new starters", "in there first
thing") stays.

Also ``likely_typos``: the words a typo in a name the interview record holds may stand
for, so a notice can name them (the wizard never rewrites a record's name).

Pure functions of plain values; plain word lookups, bounded by the 600-character answer.
"""

from __future__ import annotations

from letters.answer_shorthand import MISSPELLINGS
from letters.answer_words import TRADE_SHORT
from letters.quality import lexicon
from letters.quality.jobterms import JOB_TERMS
from letters.quality.spelling import edits, in_dictionary

PUNCTUATION = ".,!?;:()\"“”‘’'"  # as ``answer_spelling`` strips them

# "a trail day", "on a trail basis": "trial" before these; "a walking trail" stays.
TRIAL_BEFORE = frozenset({
    "day", "days", "shift", "shifts", "period", "week", "weeks", "basis", "lesson",
    "lessons", "session", "sessions", "month", "months", "fortnight",
})  # fmt: skip
# "a trail run" is a run on a trail too: "trial" only where it is offered or tried first.
# "a trail day", "2 trail shifts", "an unpaid trail shift": only after these.
TRIAL_AFTER = frozenset({
    "a", "an", "the", "one", "two", "three", "paid", "unpaid", "short", "another", "first",
    "second", "this", "that", "my", "your", "our", "each", "free", "quick", "full", "half",
    "on",
})  # fmt: skip
TRIAL_RUN_AFTER = frozenset({"of", "first", "before", "so", "if"})
OFFERED = frozenset({"happy", "glad", "willing", "offer", "offered", "offering", "free"})
SUBJECTS = frozenset({"i", "you", "he", "she", "we", "they"})
# "you new my old teacher", "I new him", "she new the area": "knew" before these.
KNOWN = frozenset({
    "my", "your", "his", "her", "our", "their", "the", "a", "an", "that", "this", "him",
    "them", "me", "us", "it", "what", "how", "exactly", "straight", "instantly",
})  # fmt: skip
THERE_AFTER = frozenset({"for", "in", "on", "with", "to", "of", "at", "into", "by", "during"})
# "in there own time", "for there first 2 weeks", "to there customers": "their" before
# these; "in there first thing" (a place) stays, so "first" needs a count or a time after.
THEIR_BEFORE = frozenset({
    "own", "team", "teams", "staff", "family", "families", "kids", "children", "parents",
    "clients", "customers", "patients", "residents", "homes", "manager", "managers",
    "boss", "mum", "dad", "needs", "rota", "rotas", "names", "lives", "carers", "crew",
    "crews", "members",
})  # fmt: skip
FIRST_OF = frozenset({
    "day", "days", "week", "weeks", "month", "months", "shift", "shifts", "year", "years",
    "job", "visit", "time",
})  # fmt: skip


def _core(word: str) -> tuple[str, str, str]:
    core = word.strip(PUNCTUATION)
    lead = word[: len(word) - len(word.lstrip(PUNCTUATION))]
    return lead, core, word[len(lead) + len(core) :]


def mended_confusions(words: list[str]) -> tuple[list[str], list[str]]:
    """The answer's words with their certain real-word typos mended, and the words as
    typed that were mended (for "corrected the spelling of …")."""
    cores = [_core(w)[1] for w in words]
    lowered = [c.lower() for c in cores]
    out = list(words)
    mended: list[str] = []
    for place, core in enumerate(cores):
        first = place == 0 or words[place - 1][-1:] in ".!?"
        if place and _core(words[place - 1])[2] and not first:
            continue  # "Thank you, new starters": a comma or stop between
        titled = core == lowered[place].capitalize()
        if not (core == lowered[place] or (titled and (first or _title_word(cores, place)))):
            continue  # a capital mid sentence: a name ("Manger", "New")
        fixed = _meant(lowered, words, place, first)
        if fixed:
            lead, _, tail = _core(words[place])
            cased = fixed[:1].upper() + fixed[1:] if core[:1].isupper() else fixed
            out[place] = lead + cased + tail
            mended.append(core)
    return out, mended


def _meant(lowered: list[str], words: list[str], place: int, first: bool) -> str | None:
    word = lowered[place]
    before = lowered[place - 1] if place else ""
    after = lowered[place + 1] if place + 1 < len(lowered) else ""
    bare = not _core(words[place])[2]  # no comma or stop after it
    if word in ("manger", "mangers"):
        if "in" in lowered[max(0, place - 2) : place] or "nativity" in lowered:
            return None  # "born in a manger", "the dog in the manger"
        if after in ("scene", "scenes"):
            return None  # "the manger scene"
        return "manager" + word[6:]
    if word == "trail" and not (before in TRIAL_AFTER or before.isdigit()):
        return None  # "a walking trail day", "the coastal trail session"
    if word == "trail" and bare and after in TRIAL_BEFORE:
        return "trial"  # "happy to do a trail day"
    if word == "trail" and bare and after == "run":
        later = lowered[place + 2] if place + 2 < len(lowered) else ""
        offered = OFFERED & set(lowered[max(0, place - 4) : place])
        if later in TRIAL_RUN_AFTER or offered:
            return "trial"  # "happy to do a trail run", "a trail run of the new rota"
        return None
    if word == "new" and bare and before in SUBJECTS and not first:
        if after in KNOWN or _named(words, place + 1):
            return "knew"  # "you new my old teacher", "I new him", "she new Dave"
        return None
    if word == "there" and bare and before in THERE_AFTER and not first:
        if after in THEIR_BEFORE:
            return "their"  # "in there own time", "to there customers"
        later = lowered[place + 2] if place + 2 < len(lowered) else ""
        if after == "first" and (later in FIRST_OF or later.isdigit() or later in NUMBERS):
            return "their"  # "for there first 2 weeks"
        return None
    if word == "hows" and first and after:
        return "how's"  # "Hows the work split …?"
    return None


LONG_ENOUGH = 6  # letters: a shorter word has too many neighbours to guess one ("tane")


def _title_word(cores: list[str], place: int) -> bool:
    """ "Operations Manger": "Manger" in a job title typed with capitals."""
    before = cores[place - 1] if place else ""
    return cores[place].lower() in ("manger", "mangers") and before in MANAGER_OF


# What a manager manages, typed with a capital in a job title: "Operations Manger".
MANAGER_OF = frozenset({
    "Operations", "Store", "Shift", "General", "Project", "Site", "Office", "Branch",
    "Account", "Area", "Regional", "Assistant", "Deputy", "Duty", "Floor", "Restaurant",
    "Bar", "Care", "Ward", "Practice", "Team", "Sales", "Warehouse", "Fleet", "Property",
    "Facilities", "Contracts", "Service", "Production", "Plant", "Estate", "Kitchen",
    "Marketing", "Finance", "Retail", "Depot", "Transport", "Registered",
})  # fmt: skip


NUMBERS = frozenset({"two", "three", "four", "five", "six", "few", "couple"})


def _named(words: list[str], place: int) -> bool:
    """A person's name: a capitalised word the name lists know that is no common word."""
    if place >= len(words):
        return False
    core = _core(words[place])[1]
    return (
        core[:1].isupper()
        and core[1:].islower()
        and lexicon.is_name(core)
        and not in_dictionary(core.lower())
    )


def name_typo(word: str) -> str | None:
    """The common word a word of a name the interview record holds ("BrightPath Facilty
    Services") may be a typo of, or None. A name's words are its own, so only a word of
    six letters or more that is hardly ever written (no name nor brand in use: "Solent",
    "Hamble"), one slip from a common word where the slip is a letter left out
    ("Facilty"), two letters swapped ("Servcies") or a certain typo (``corrected_word``);
    never a letter doubled, a brand's way ("Fiix", "Intacct"). The app's table of typos
    people write ("Managment") is named whatever its use."""
    # imported here: ``answer_spelling`` imports this module for ``mended_confusions``
    from letters.answer_spelling import _likely_slip, corrected_word  # noqa: PLC0415

    lowered = word.lower()
    if lowered in MISSPELLINGS:
        return MISSPELLINGS[lowered]
    if len(word) < LONG_ENOUGH or not word.isalpha() or word[1:] != word[1:].lower():
        return None  # "3M", "HSBC", "BrightPath"
    if lexicon.zipf(lowered) >= WRITTEN or lexicon.is_name(lowered.capitalize()):
        return None
    if in_dictionary(lowered) or lowered in JOB_TERMS or lowered in TRADE_SHORT:
        return None
    slips = sorted(
        (lexicon.zipf(c), c)
        for c in edits(lowered)
        if lexicon.is_english_word(c) and lexicon.zipf(c) >= GENERIC and _likely_slip(lowered, c)
    )
    if not slips:
        return None
    best = slips[-1][1]
    if len(best) == len(lowered) - 1:
        return None  # "Fiix", "Dampp": a letter doubled, as brands spell
    if best == corrected_word(lowered) or len(best) == len(lowered) + 1:
        return best  # "Facilty"
    return best if sorted(best) == sorted(lowered) else None  # "Servcies"; not "Tane"


LONG_ENOUGH = 6  # letters: a shorter word has too many neighbours to guess one ("tane")
WRITTEN = 1.0  # Zipf: a word written this often is in use as a name ("Solent" is 2.45)
GENERIC = 3.5  # Zipf: the word a name's typo stands for is a common one ("plumbing")
