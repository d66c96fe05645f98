"""Spelling in a wizard answer: a typo corrected where the word it stands for is certain
("demensia" -> "dementia", "apprenticship" -> "apprenticeship"), a few confusions hasty
and non-native writers make fixed where the grammar is certain ("to much agency staff",
"a hour", "an shift"), and shorthand the wizard cannot spell out named in a hint ("wld",
"ctrl"). The letter uses the corrected answer, as it does ``answer_case.tidy``'s fixes;
the step says what it corrected, word by word.

The checker's spelling module (``letters.quality.spelling``) skips every word the answers
use, so a typo typed in an answer would reach the letter as typed: this is where it is
caught. A word is corrected only when all of these hold:

- typed in lower case, or capitalised only as a sentence's first word and a typo people
  write ("Diffrent"): a capital mid sentence, or on a word never written ("Procore"),
  is a name;
- four letters or more, all letters, not in the checker's dictionary (``in_dictionary``:
  wordfreq, lemminflect, the trades' jargon), not a name the app knows (the people, the
  company, lemminflect's names) nor shorthand the wizard's tables hold;
- one edit from a common English word (a lemminflect form), the edit one that typing
  makes: a letter left out ("diffrent", "exept"), a letter doubled ("trainning"), two
  letters swapped ("daugther"), or a vowel, a neighbouring key or a sound-alike typed for
  another ("surgury", "alumimium", "demensia"); never the first letter, and never the last
  one added, dropped or changed, so clipped and trade words ("perio", "staffy", "biab",
  "smoko") and names typed in lower case ("nonna", "kalk", "champaign") are left alone;
- that word far more common than the typed one, and clearly more common than any other
  such slip ("specialy": "specially" or "specialty" is not certain, so it stays);
- or, where no such slip is found, the one correction codespell's list of common
  misspellings gives a word hardly ever written ("permenant" -> "permanent", two edits
  away; "saterday", "controler"), by the same rules of first and last letters; a word
  with slips to choose from stays ruled by them ("specialy").

A typo not mended is named in a hint, with its likely word where one stands out
(``likely_word``: "certificat", did you mean "certificate"?). A trade's own word
(``TRADE_WORDS``: "lyne", "feinty") and a word the role, the company or the user's notes
of the talk use too ("hilot", "kienyeji") are the user's own, never unknown.

Pure functions of plain values; plain word lookups, bounded by the 600-character answer.
"""

from __future__ import annotations

import functools

from letters.answer_case import Facts, compound_word
from letters.answer_confusions import (
    homophone_hints,
    mended_confusions,
    scrapped_hint,
    written_for,
)
from letters.answer_shorthand import MISSPELLINGS, PEOPLE_COUNTED, SHORTHAND, UNSURE_SHORTHAND
from letters.answer_words import ACRONYMS, CLOSED_WORDS, TRADE_SHORT, TRADE_WORDS
from letters.quality import lexicon
from letters.quality.jobterms import JOB_TERMS
from letters.quality.spelling import common_misspelling, edits, in_dictionary
from letters.quality.text import fold, name_tokens

MIN_LENGTH = 4
MAX_LENGTH = 30
COMMON = 2.8  # the word meant is at least this common (Zipf: "invoice" is 4)
FAR_MORE_COMMON = 2.0  # and this much more common than the typed word (100 times)
CLEAR_LEAD = 0.5  # and this much more common than any other neighbour (3 times)
RARE_WORD = 1.5  # a word written this often is in use, though rare ("contactor")
VOWELS = frozenset("aeiouy")
# Keys next to each other on a QWERTY keyboard: a slip types one for the other.
KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# A letter typed for one that sounds the same there: "demensia", "ocasion".
SOUND_ALIKE = frozenset(
    {("s", "c"), ("c", "s"), ("s", "t"), ("c", "k"), ("k", "c"), ("s", "z"), ("z", "s")}
)
SILENT_E_WORD = 5.0  # Zipf: "before", "because": a word this common, its silent "e" left off
PUNCTUATION = ".,!?;:()\"“”‘’'"


def _neighbours(a: str, b: str) -> bool:
    """Keys side by side on a QWERTY keyboard ("m" and "n")."""
    for row in KEY_ROWS:
        i, j = row.find(a), row.find(b)
        if i >= 0 and j >= 0 and abs(i - j) == 1:
            return True
    return False


def _first_difference(a: str, b: str) -> int:
    """Where two spellings first differ (the shorter one's length if one starts the other)."""
    same = (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y)
    return next(same, min(len(a), len(b)))


def _final_d_unvoiced(typed: str, meant: str, differ: list[int]) -> bool:
    """Whether ``typed`` is ``meant`` with its last "d" (before a plural "s") as a "t"."""
    stem_end = len(typed) - (2 if typed.endswith("s") and meant.endswith("s") else 1)
    return differ == [stem_end] and typed[stem_end] == "t" and meant[stem_end] == "d"


def _likely_slip(typed: str, meant: str) -> bool:
    """Whether ``meant`` is one typing slip from ``typed`` (see the module's rules)."""
    if typed[:1] != meant[:1]:
        return False  # the first letter is hardly ever the typo
    if len(meant) == len(typed) + 1:
        # a letter left out: "diffrent", "exept"; not one added at the end ("perio")
        at = next(
            (i for i, (x, y) in enumerate(zip(typed, meant, strict=False)) if x != y), len(typed)
        )
        if at == len(typed):
            # never a letter added at the end ("perio"), but a very common word's silent
            # "e" left off: "befor", "becaus"
            return (
                meant[-1] == "e"
                and typed[-1] not in VOWELS
                and lexicon.zipf(meant) >= SILENT_E_WORD
            )
        return meant[:at] + meant[at + 1 :] == typed
    if len(meant) == len(typed) - 1:
        # a letter doubled: "trainning", "arround"; not "staffy" -> "staff"
        at = next(
            (i for i, (x, y) in enumerate(zip(typed, meant, strict=False)) if x != y), len(meant)
        )
        return typed[:at] + typed[at + 1 :] == meant and at > 0 and typed[at] == typed[at - 1]
    if len(meant) != len(typed):
        return False
    differ = [i for i, (x, y) in enumerate(zip(typed, meant, strict=True)) if x != y]
    if len(differ) == 2:
        i, j = differ
        return j == i + 1 and typed[i] == meant[j] and typed[j] == meant[i]  # "daugther"
    if _final_d_unvoiced(typed, meant, differ):
        return True  # "standart", "standarts": a last "d" said and written as "t"
    if len(differ) != 1 or differ[0] == len(typed) - 1:
        return False  # never the last letter: "ragu", "lakh", "clio"
    x, y = typed[differ[0]], meant[differ[0]]
    if x in VOWELS and y in VOWELS:
        return True  # "surgury"
    if (x, y) in SOUND_ALIKE:
        return True  # "demensia"
    return _neighbours(x, y)  # "alumimium"


def corrected_word(word: str) -> str | None:
    """The word a lower-case typo stands for when it is certain, else None."""
    if not (MIN_LENGTH <= len(word) <= MAX_LENGTH) or not word.isalpha() or not word.islower():
        return None
    if word in JOB_TERMS or word in TRADE_SHORT or word in TRADE_WORDS or word in ACRONYMS:
        return None
    unknown = not lexicon.is_english_word(word)
    if word.endswith("in") and "VBG" in lexicon.verb_tags(word + "g") and unknown:
        # "huntin", "doin", "goin": the "g" dropped as it is said, even where a spelling
        # list carries the clipped form; "robin", "satin" are words of their own
        return word + "g"
    if unknown and (agent := _agent_in_or(word)):
        return agent  # "protecters", "inspecter": "-or", as the word is written
    if in_dictionary(word):
        return None
    own = lexicon.zipf(word)
    if own >= COMMON:
        # "haas": written often enough to be a word of its own (a name); but a misspelling
        # codespell lists for a word far more common is common itself ("definately", "thier")
        return _listed_misspelling(word)
    # "contactors": the plural of a word in use ("contactor"), unless that word is itself
    # the slip ("standarts": "standart" for "standard")
    plural_in_use = word.endswith("s") and lexicon.zipf(word[:-1]) >= RARE_WORD
    listed = _listed_misspelling(word)  # "permenant", "controler"
    if plural_in_use and listed and listed == f"{corrected_word(word[:-1])}s":
        return listed  # "comissions": the plural of a slip mended in the singular
    agent = word.removesuffix("s").removesuffix("er")
    if agent != word.removesuffix("s") and lexicon.BASE in lexicon.verb_tags(agent):
        return listed  # "funder", "canner": one who does what a verb says; not "controler"
    found = sorted(
        (
            (lexicon.zipf(c), c)
            for c in edits(word)
            if lexicon.is_english_word(c) and lexicon.zipf(c) >= COMMON
        ),
        reverse=True,
    )
    slips = [(z, c) for z, c in found if _likely_slip(word, c)]
    if not slips:
        return listed  # the meant word two edits away ("permenant") or no lemminflect word
    best_zipf, best = slips[0]
    if plural_in_use and not _final_d_unvoiced(word, best, [_first_difference(word, best)]):
        return None
    if best_zipf < own + FAR_MORE_COMMON:
        return None
    if any(c != best and z > best_zipf - CLEAR_LEAD for z, c in slips):
        return None  # "specialy": "specially" or "specialty"
    return best


def _agent_in_or(word: str) -> str | None:
    """ "protecters" -> "protectors", "inspecter" -> "inspector": a word that ends in
    "-ter(s)" where the "-tor(s)" form is a common word and the typed one is none; or, for
    a typed word never written ("ventilaters"), a "-tor(s)" word in use ("ventilators")."""
    stem = word.removesuffix("s")
    if not stem.endswith("ter") or len(stem) < 6:
        return None
    meant = stem[:-2] + "or" + word[len(stem) :]
    if not lexicon.is_english_word(meant):
        return None
    unwritten = lexicon.zipf(word) == 0 and in_dictionary(meant)
    return meant if lexicon.zipf(meant) >= (AGENT_IN_USE if unwritten else COMMON) else None


AGENT_IN_USE = 2.0  # Zipf: "ventilators" (2.5), for a typed "-ters" never written


def _listed_misspelling(word: str) -> str | None:
    """codespell's one correction of a misspelling hardly ever written ("permenant",
    "saterday", "controler"), by the slip rules above: never the first letter, and not
    a word that differs only at its end ("regio", "juni", "earnt", "arbitral": clipped,
    foreign or a word of its own). A word in use, though rare ("segway", "licker",
    "pugin"), is left alone unless its correction is far more common ("becuase",
    "definately": misspellings common on the web): codespell's list is made for code and
    knows few names."""
    listed = common_misspelling(word)
    if listed is None or _formed(word):
        return None
    meant = listed.lower()
    own = lexicon.zipf(word)
    if own >= RARE_WORD and lexicon.zipf(meant) < own + FAR_MORE_COMMON:
        return None  # "segway", "licker": in use, and its correction not far more common
    if meant[:1] != word[:1] or _first_difference(word, meant) >= min(len(word), len(meant)) - 1:
        return None
    return listed


# "missable", "digitalize", "unuseful": a word formed from a known one, which codespell's
# list would put back to another word
FORMING_SUFFIXES = ("able", "ly", "ize", "ise")
FORMING_PREFIXES = ("un", "re", "mis", "non")


def _formed(word: str) -> bool:
    """A known word of four letters or more with a suffix or prefix added; not an
    adjective in "-ic" with "-ly" ("automaticly": "-ically" is the word)."""
    for suffix in FORMING_SUFFIXES:
        base = word.removesuffix(suffix)
        if base != word and len(base) >= 4 and lexicon.is_english_word(base):
            return not (suffix == "ly" and base.endswith("ic"))
    return any(
        word.startswith(p) and len(word) - len(p) >= 4 and lexicon.is_english_word(word[len(p) :])
        for p in FORMING_PREFIXES
    )


def _name_words(facts: Facts) -> frozenset[str]:
    names = (*facts.names, facts.recipient, facts.company)
    return frozenset(fold(w) for n in names for w in name_tokens(n))


def own_words(facts: Facts) -> frozenset[str]:
    """The words of the role, the company and the user's notes of the talk, lower case:
    the user's own terms ("lyne", "hilot", "doula"), kept as typed in the answers where
    they are words in use and never called unknown without a likely word to offer; less
    a misspelling codespell lists ("captins" noted twice is still a slip). Notes typed
    all in lower case are left out: a name may be in them as typed ("servicetrak")."""
    notes = (n for n in facts.noted if n != n.lower())
    text = " ".join((facts.role, facts.company, *notes))
    words = {_core(w)[1].lower() for w in text.split()[:MAX_NOTED]}
    return frozenset(w for w in words if w.isalpha() and not common_misspelling(w))


MAX_NOTED = 400  # words of the notes read: a pasted page says no more


def _own(word: str, own: frozenset[str]) -> bool:
    """One of ``own_words``, or its plural or singular ("doulas" for a "Doula")."""
    return word in own or word.removesuffix("s") in own or f"{word}s" in own


def _role_slip(word: str, facts: Facts) -> str | None:
    """codespell's one correction of ``word`` where it names the role's own word:
    "captins" for a "Raft Captain" is "captains" (not "captions")."""
    meant = common_misspelling(word)
    role = {fold(w) for w in facts.role.split()}
    if meant and meant[:1] == word[:1] and meant.removesuffix("s") in role:
        return meant
    return None


# "a hour", "a honest": a silent "h" takes "an".
SILENT_H = frozenset({
    "hour", "hours", "hourly", "honest", "honestly", "honour", "honor", "honours",
    "honors", "honourable", "honorable", "heir",
})  # fmt: skip
# Words that start with a vowel letter and a consonant sound: "a one-off", "a unique".
CONSONANT_SOUND = frozenset({
    "one", "once", "unique", "university", "uniform", "union", "unit", "units", "united",
    "universal", "usual", "useful", "user", "users", "usually", "utility", "european",
    "euro", "eulogy", "unanimous", "ewe", "ubiquitous", "usable", "useless", "utensil",
    "uniforms", "unicorn", "universities",
})  # fmt: skip
# "is to much", "way to many", "to much agency staff": "too" after these (or first); not
# after a verb that takes "to" ("I spoke to many customers") nor "and" ("and to many").
TOO_AFTER = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "way", "far", "just", "bit", "got",
    "get", "gets", "getting", "there's", "theres", "it's", "its", "spend", "spends",
    "spent", "spending", "cost", "costs", "costing", "waste", "wasted", "wasting", "have",
    "has", "had",
})  # fmt: skip
# "straight" typed as the sea's "strait": before these it is the adverb.
STRAIGHT_BEFORE = frozenset({
    "to", "away", "after", "back", "into", "out", "up", "in", "home", "through", "off",
    "on", "onto", "over", "there", "from",
})  # fmt: skip


# "ther": a letter left out of "their" or "there", too short for ``corrected_word`` to
# choose; the word after it tells which ("ther phones", "ther is").
THERE_BEFORE = frozenset({
    "is", "are", "was", "were", "will", "would", "has", "had", "have", "should", "could",
    "might", "may", "must", "be", "been", "isn't", "aren't", "wasn't", "weren't", "and",
    "as", "too", "for", "with", "at", "in", "on", "by", "from", "when", "before", "after",
})  # fmt: skip


def _ther_meant(tail: str, following: str) -> str | None:
    """ "their" before a noun or an adjective ("ther phones", "ther own"), "there" before
    a verb of being or at a phrase's end ("ther is", "we were ther."), else None."""
    after = following.lower()
    if tail or not after or after in THERE_BEFORE:
        return "there" if not tail or tail[:1] in ".,;:!?" else None
    if after in ("own", "best") or lexicon.is_noun(after) or lexicon.is_adjective(after):
        return "their" if after.isalpha() else None
    return None


def _core(word: str) -> tuple[str, str, str]:
    core = word.strip(PUNCTUATION)
    lead = word[: len(word) - len(word.lstrip(PUNCTUATION))]
    return lead, core, word[len(lead) + len(core) :]


def _cased(fixed: str, typed: str) -> str:
    return fixed[:1].upper() + fixed[1:] if typed[:1].isupper() else fixed


def spell_checked(text: str, facts: Facts, changes: list[str], typed: str = "") -> str:
    """The answer with its certain typos and confusions corrected; the corrections are
    added to ``changes`` ("corrected the spelling of “demensia” and “emotinal”"). ``typed``
    (the answer as typed) names the words ``tidy`` already corrected ("seperate") too."""
    names = _name_words(facts)
    own = own_words(facts)
    words, misspelt = mended_confusions(text.split())  # "operations manger", "a trail day"
    words, written = written_for(words)  # "could of done", "more then 40", "its aproved"
    changes.extend(w for w in written if w not in changes)
    out: list[str] = []
    for place, word in enumerate(words):
        lead, core, tail = _core(word)
        lowered = core.lower()
        first = not out or out[-1][-1:] in ".!?"
        previous = _core(out[-1])[1].lower() if out else ""
        following = _core(words[place + 1])[1] if place + 1 < len(words) else ""
        as_typed = core == lowered or (first and core == lowered.capitalize())
        much = following.lower() in ("much", "many")
        if lowered == "to" and as_typed and much and _too_here(previous, first, words, place):
            out.append(lead + _cased("too", core) + tail)
            changes.append("wrote “too” for “to”")
            continue
        if lowered == "to" and as_typed and not tail and _too_before_end(words, place):
            out.append(lead + _cased("too", core) + tail)  # "idling to long at the port"
            changes.append("wrote “too” for “to”")
            continue
        if lowered == "a" and as_typed and following.lower() in SILENT_H and not tail:
            out.append(lead + _cased("an", core) + tail)
            changes.append(f"wrote “an {following.lower()}”")
            continue
        if lowered == "an" and as_typed and not tail and _consonant_sound(following):
            out.append(lead + _cased("a", core) + tail)
            changes.append(f"wrote “a {following}”")
            continue
        if lowered == "ther" and as_typed and (meant := _ther_meant(tail, following)):
            out.append(lead + _cased(meant, core) + tail)  # "on ther phones", "ther is"
            misspelt.append(core)
            continue
        if lowered == "strait" and as_typed and following.lower() in STRAIGHT_BEFORE:
            out.append(lead + _cased("straight", core) + tail)  # "send it strait to"
            misspelt.append(core)
            continue
        if as_typed and (mended := _run_together(lowered, previous, words, place)):
            out.append(lead + _cased(mended, core) + tail)  # "upto", "throught the year"
            misspelt.append(core)
            continue
        if (core == lowered or first) and (said := _clipped(lowered, first, words, place)):
            out.append(lead + _cased(said, core) + tail)  # "v keen", "diff contractors"
            changes.append("spelled out the shorthand")
            continue
        fixed = None
        # a capital only as the sentence's first letter, on a typo people write
        # ("Diffrent"); a word seen nowhere with a capital there is a name ("Procore")
        opens = first and core == lowered.capitalize() and lexicon.zipf(lowered) > 0
        if (
            (core == lowered or opens)
            and fold(core) not in names
            and not _known_shorthand(lowered)
            and not (core == lowered and _place_slot(words, place) and not _things_slip(lowered))
            and not (_own(lowered, own) and lexicon.zipf(lowered) >= RARE_WORD)
        ):  # "the lyne arm", noted of the talk too and a word in use; not "weekneds"
            fixed = corrected_word(lowered) or _role_slip(lowered, facts)
            if fixed and lexicon.is_name(core.capitalize()):
                fixed = None  # "champaign", "eugene": a place typed in lower case
        if fixed:
            out.append(lead + _cased(fixed, core) + tail)
            misspelt.append(core)
            continue
        out.append(word)
    earlier = [
        w for w in (_core(t)[1] for t in typed.split()) if w.lower() in MISSPELLINGS
    ]  # "seperate": ``tidy`` corrected it already, "corrected the spelling"
    if misspelt or (earlier and "corrected the spelling" in changes):
        while earlier and "corrected the spelling" in changes:
            changes.remove("corrected the spelling")  # once for each word ``tidy`` mended
        shown = [f"“{w}”" for w in dict.fromkeys([*earlier, *misspelt])]
        listed = shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"
        changes.append(f"corrected the spelling of {listed}")
    return " ".join(out)


# "a nursing home in tuam", "from the valley near knysna.": a word in a place's slot, after
# these (and "the") and ending its phrase, or before a kind of place ("tyger valley",
# "queen idia hall", "st bede college"), may be a name typed in lower case: it is asked
# about, never corrected.
PLACE_LEADS = frozenset({"in", "at", "from", "near", "to", "around"})
PLACE_NOUNS = frozenset({
    "valley", "road", "street", "park", "mall", "centre", "center", "square", "bay", "hill",
    "beach", "plaza", "estate", "hall", "college", "school", "church", "market", "avenue",
    "lane", "chapel", "mosque", "temple", "academy", "hospital", "stadium", "barracks",
})  # fmt: skip
PHRASE_AFTER_PLACE = frozenset({
    "and", "but", "so", "or", "for", "with", "since", "until", "from", "to", "at", "in", "on",
    "as", "when", "where", "because", "before", "after", "during", "over", "which",
    "who", "last", "this", "then", "now", "i", "we",
})  # fmt: skip


def _place_slot(words: list[str], place: int) -> bool:
    following = _core(words[place + 1])[1].lower() if place + 1 < len(words) else ""
    if following in PLACE_NOUNS:
        return True  # "tyger valley"
    lead = _core(words[place - 1])[1].lower() if place > 0 else ""
    if lead == "the" and place > 1:
        lead = _core(words[place - 2])[1].lower()
    if lead not in PLACE_LEADS or words[place - 1][-1:] in ".,;:!?":
        return False
    return not following or words[place][-1:] in ".,;:!?)" or following in PHRASE_AFTER_PLACE


def _things_slip(word: str) -> bool:
    """ "saved $140,000 in comissions": a plural whose mend is the plural of a common noun
    ("commissions") is no place's name typed in lower case, though it stands in a place's
    slot."""
    meant = corrected_word(word) if word.endswith("s") and not word.endswith("ss") else None
    if not meant or not meant.endswith("s"):
        return False
    return lexicon.is_noun(meant[:-1]) and lexicon.zipf(meant[:-1]) >= COMMON


def _before_place_noun(words: list[str], place: int) -> bool:
    """ "idia hall", "tyger valley": the word before a kind of place, in its phrase."""
    if place + 1 >= len(words) or words[place][-1:] in ".,;:!?)":
        return False
    return _core(words[place + 1])[1].lower() in PLACE_NOUNS


def _titled_typo(core: str, words: list[str], place: int) -> bool:
    """ "Basic Life Suport", "Food Hygeine Certificate": a capitalised word in a course's
    or a certificate's name, beside another capitalised word that is a common one, and
    itself never seen with its capital (no name) but seen in lower case as a typo."""
    if core != core.lower().capitalize() or len(core) < 4 or not core.isalpha():
        return False
    if lexicon.zipf(core) > 0 or lexicon.is_name(core) or lexicon.zipf(core.lower()) <= 0:
        return False
    near = [_core(w)[1] for w in words[max(0, place - 1) : place] + words[place + 1 : place + 2]]
    return any(w[:1].isupper() and w.lower() in COURSE_WORDS for w in near)


# Words a course's or a certificate's name is made of: "Basic Life Support", "Food
# Hygiene Certificate", "Manual Handling Award"; a typo beside one is a common word's.
COURSE_WORDS = frozenset({
    "basic", "life", "support", "first", "aid", "food", "hygiene", "safety", "health",
    "certificate", "cert", "award", "diploma", "course", "training", "advanced", "manual",
    "handling", "level", "fire", "emergency", "care", "management", "license", "licence",
    "infection", "control", "protection", "awareness", "practice", "skills", "operator",
})  # fmt: skip


def _known_shorthand(word: str) -> bool:
    """Shorthand the wizard's own tables spell out or ask about."""
    return word in SHORTHAND or word in MISSPELLINGS or word in UNSURE_SHORTHAND


# "to long", "to late", "to busy": "too" where the word ends its phrase ("idling to long
# at the port", "staff are to busy."); not "go to late shows", "from early to late at".
TOO_WORDS = frozenset({"long", "late", "busy", "early", "slow", "expensive"})
PHRASE_ENDS = frozenset({
    "and", "but", "so", "or", "for", "to", "at", "in", "on", "because", "with", "now",
    "already", "n",
})  # fmt: skip


def _too_before_end(words: list[str], place: int) -> bool:
    if place + 1 >= len(words) or _core(words[place + 1])[1].lower() not in TOO_WORDS:
        return False
    earlier = [_core(w)[1].lower() for w in words[max(0, place - 4) : place]]
    if "from" in earlier or not earlier or earlier[-1] in ("how", "used", "back", "up"):
        return False
    ends = words[place + 1][-1:] in ".,;:!?" or place + 2 == len(words)
    return ends or _core(words[place + 2])[1].lower() in PHRASE_ENDS


def _too_here(previous: str, first: bool, words: list[str], place: int) -> bool:
    """ "to much agency staff", "it costs to much", "way to many": "too"; not "I spoke to
    many customers" nor "led to much of the work"."""
    ahead = _core(words[place + 2])[1].lower() if place + 2 < len(words) else ""
    quantity = _core(words[place + 1])[1].lower()
    if not (first or previous in TOO_AFTER or previous in TOO_AFTER_WORDS):
        # "You mentioned to many jobs fail the inspection": the things are the subject of
        # a verb after them, so not where "to" went ("I spoke to many customers about")
        return _subject_of_verb(words, place + 2)
    if not ahead:
        return quantity == "much"  # "it costs to much."
    if ahead in ("of", "the", "a", "an", "my", "our", "your", "their", "his", "her"):
        # "to many of the sites": where it went; but a sentence that opens "To much of
        # the bookings come ..." with no comma soon after says "too"
        return first and ahead == "of" and "," not in " ".join(words[place : place + 6])
    if first and "," in " ".join(words[place + 2 : place + 4]):
        return False  # "To many people, a letter is ...": said to them
    noun = lexicon.is_noun(ahead) or lexicon.is_noun(ahead.removesuffix("s"))
    return noun or lexicon.is_adjective(ahead) or ahead.endswith("ing")


# "about to many new staff", "because of to much paperwork": no "to" is said after these,
# so "to many" and "to much" are "too".
TOO_AFTER_WORDS = frozenset({"about", "with", "of", "because", "cos", "from"})
# What a verb that ends a subject's clause has after it: "fail the inspection", "go out".
VERB_THEN = frozenset({
    "the", "a", "an", "their", "our", "your", "my", "his", "her", "its", "out", "up", "back",
    "off", "late", "down", "through", "missing", "wrong",
})  # fmt: skip


def _subject_of_verb(words: list[str], at: int) -> bool:
    """ "to many parcels get returned", "to many jobs fail the inspection": "many"'s noun
    (after at most one describing word), then a verb ("get", or "fail" with an object or
    a particle after it, since "fail" is a noun too); "to many clients that", "to many
    customers face to face" are where "to" went."""
    ahead = [_core(w)[1].lower() for w in words[at : at + 4]]
    for step, noun in enumerate(ahead[:2]):
        if not noun.isalpha() or noun in CLOSED_WORDS:
            return False
        if not lexicon.is_noun(noun):
            if step or not lexicon.is_adjective(noun):
                return False
            continue  # "to many new staff leave": a describing word, then the noun
        if words[at + step][-1:] in ".,;:!?" or step + 1 >= len(ahead):
            return False
        verb = ahead[step + 1]
        tags = lexicon.verb_tags(verb) & {"VB", "VBD"}
        then = ahead[step + 2] if step + 2 < len(ahead) else ""
        if tags and verb not in CLOSED_WORDS and (not lexicon.is_noun(verb) or then in VERB_THEN):
            return True
    return False


def _consonant_sound(word: str) -> bool:
    """ "an shift", "an one person": a lower-case word that starts with a consonant sound;
    not an acronym ("an MRI", "an RN"), nor a word with a silent or sounded "h"."""
    lowered = word.lower()
    if not word or not word.isalpha() or word != lowered or len(word) < 2:
        return False
    if lowered in CONSONANT_SOUND:
        return True
    if lowered[0] in "aeiouh" or lowered in ACRONYMS or lowered in CLOSED_WORDS:
        return False
    if not set(lowered) & VOWELS:
        return False  # "an sms", "an mri": letters said one by one
    return lexicon.is_english_word(lowered) and in_dictionary(lowered)


def unknown_words_hint(text: str, facts: Facts, said: str) -> str:
    """Words no dictionary knows, less names, trade words, acronyms, and any word ``said``
    (the notice so far) already names: with no vowel they are shorthand ("“ctrl” may not
    be a word your reader knows: spell it out"); with vowels a typo the wizard was not sure
    how to mend ("specialy"), or a name typed in lower case ("booksy", "albert's schloss"),
    so the user is asked to check it."""
    names = _name_words(facts)
    own = own_words(facts)
    hints = scrapped_hint(text, said) + homophone_hints(text, said)  # "quiting", "good"
    named = (said + hints).lower()
    shorthand: list[str] = []
    unknown: list[str] = []
    typed = text.split()
    titled = {}  # "Basic Life Suport": asked, as a course's name keeps its capitals
    for place, word in enumerate(typed):
        core = _core(word)[1]
        if core.lower().endswith(("'s", "’s")):
            core = core[:-2]
        lowered = core.lower()
        if _titled_typo(core, typed, place) and f"“{core}”" not in named:
            if (meant := corrected_word(lowered)) and fold(core) not in names:
                titled[core] = meant.capitalize()
            continue
        if not (core.isalpha() and core == lowered and 2 <= len(core) <= 20):
            continue
        if lowered in shorthand or lowered in unknown or f"“{lowered}”" in named:
            continue
        if lowered in JOB_TERMS or lowered in TRADE_SHORT or lowered in ACRONYMS:
            continue
        if _before_place_noun(typed, place):
            continue  # "queen idia hall": a name's word, never "did you mean “idea”?"
        if lowered in TRADE_WORDS or (_own(lowered, own) and not likely_word(lowered)):
            continue  # "cooperage"; "hilot" of a "Hilot Therapist"; not "leters" noted too
        if fold(core) in names or lowered in CLOSED_WORDS or in_dictionary(lowered):
            continue
        if not set(lowered) & VOWELS:
            shorthand.append(lowered)
        elif _unheard_of(lowered):
            unknown.append(lowered)
        elif meant := _silent_e_left(lowered):
            titled[lowered] = meant  # "granit": "granite"?
    guessed = {w: meant for w in unknown if (meant := likely_word(w))}
    unknown = [w for w in unknown if w not in guessed]
    guessed |= titled
    return _shorthand_said(shorthand) + _guessed_said(guessed) + _unknown_said(unknown) + hints


def _guessed_said(guessed: dict[str, str]) -> str:
    return "".join(
        f" “{typed}” may be a typo: did you mean “{meant}”?" for typed, meant in guessed.items()
    )


RARELY_WRITTEN = 2.0  # Zipf: under one use in ten million words ("specialy", "fresha")


def _unheard_of(word: str) -> bool:
    """A word hardly ever written, and no two words run together ("packhouse",
    "stockouts": trade words) nor a plural of one ("sendbacks")."""
    if len(word) < 4 or lexicon.is_name(word) or lexicon.zipf(word) >= RARELY_WRITTEN:
        return False
    single = word[:-1] if word.endswith("s") else word
    if single != word and lexicon.zipf(single) > 0 and in_dictionary(single):
        return False  # "doulas", "chlorinators": the plural of a word in use
    return not (compound_word(word) or compound_word(single) or _verb_made(word))


# A typo the wizard cannot mend for certain is offered its likely word, as a hint: a
# common word (Zipf) a cheap slip or two away (``_slip_cost``), well ahead of the next.
GUESS_COMMON = 3.3
GUESS_MAX_COST = 0.9  # "minit" -> "minute": a vowel for a vowel and the silent "e"
GUESS_LEAD = 0.3  # the next guess costs this much more, or is far rarer ("minute", "mint")
MAX_GUESSED = 14  # letters: longer unknown words are codes or names


@functools.lru_cache(maxsize=1024)  # a word is asked about on each pass over its answer
def likely_word(word: str) -> str | None:
    """The word a lower-case typo most likely stands for, when one stands out: codespell's
    one correction ("certificat" -> "certificate"), else the common word a cheap slip or
    two away ("minit" -> "minute", "wattsapp" -> "whatsapp"). Never another first letter,
    nor a word the typed one clips or is clipped from ("granda" is no "grand"), nor
    another last letter but for a silent "e" added ("mici" is no "mice")."""
    listed = common_misspelling(word)
    if listed and listed[:1] == word[:1]:
        return listed
    if len(word) > MAX_GUESSED:
        return None
    if word[:1] == "b" and _in_use(voiceless := "p" + word[1:]):
        return voiceless  # "bolishing": "b" typed for a "p" (Arabic has no "p")
    at_least = max(GUESS_COMMON, lexicon.zipf(word) + FAR_MORE_COMMON)
    costs = sorted(
        (cost, -lexicon.zipf(c), c)
        for c in lexicon.common_words(word[:1], GUESS_COMMON)
        if abs(len(c) - len(word)) <= 2
        and _same_end(word, c)
        and (cost := _slip_cost(word, c)) <= GUESS_MAX_COST + GUESS_LEAD
        and lexicon.zipf(c) >= at_least
        and in_dictionary(c)
        and not lexicon.is_name(c.capitalize())  # "marae" is no "marie"
    )
    if not costs or costs[0][0] > GUESS_MAX_COST:
        return None
    (best, best_zipf, meant), *others = costs
    for cost, zipf, _ in others[:1]:
        if cost < best + GUESS_LEAD and -zipf > -best_zipf - CLEAR_LEAD:
            return None  # as cheap a slip from a word about as common: no clear guess
    return meant


def _in_use(word: str) -> bool:
    return in_dictionary(word) and lexicon.zipf(word) >= B_FOR_P_COMMON


B_FOR_P_COMMON = 3.0  # Zipf: "polishing"; a "b" word typed for a "p" one this common


def _silent_e_left(word: str) -> str | None:
    """ "granit" -> "granite": a word no dictionary holds, though written (in another
    language), whose "e" is left off a common English word."""
    meant = f"{word}e"
    if len(word) < 5 or in_dictionary(word) or lexicon.is_name(word.capitalize()):
        return None
    common = in_dictionary(meant) and lexicon.zipf(meant) >= GUESS_COMMON
    return meant if common and lexicon.zipf(meant) > lexicon.zipf(word) else None


def _same_end(typed: str, meant: str) -> bool:
    if typed.startswith(meant) or meant.startswith(typed):
        return meant == f"{typed}e"  # "certificat" -> "certificate"; not "granda" -> "grand"
    return meant[-1] == typed[-1] or (meant[-1] == "e" and meant[-2] == typed[-1])


def _slip_cost(typed: str, meant: str) -> float:
    """How cheap a slip turns ``meant`` into ``typed`` (edit distance, with the slips people
    make costing less): a vowel for a vowel, a neighbouring key or a sound-alike, a letter
    doubled or left single, two letters swapped, a silent "e" or "h" left out."""
    rows, cols = len(typed) + 1, len(meant) + 1
    cost = [[0.0] * cols for _ in range(rows)]
    for i in range(rows):
        cost[i][0] = float(i)
    for j in range(cols):
        cost[0][j] = float(j)
    for i in range(1, rows):
        for j in range(1, cols):
            a, b = typed[i - 1], meant[j - 1]
            cost[i][j] = min(
                cost[i - 1][j] + _extra_cost(typed, i - 1),
                cost[i][j - 1] + _left_out_cost(meant, j - 1),
                cost[i - 1][j - 1] + _swap_cost(a, b),
            )
            if i > 1 and j > 1 and a == meant[j - 2] and typed[i - 2] == b:
                cost[i][j] = min(cost[i][j], cost[i - 2][j - 2] + 0.6)  # "teh"
    return cost[-1][-1]


def _swap_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if a in VOWELS and b in VOWELS:
        return 0.5
    return 0.6 if (a, b) in SOUND_ALIKE or _neighbours(a, b) else 1.0


def _extra_cost(typed: str, at: int) -> float:
    """A letter typed that the word has not: cheap when it doubles the one before."""
    return 0.4 if at and typed[at] == typed[at - 1] else 1.0


def _left_out_cost(meant: str, at: int) -> float:
    """A letter of the word left out: cheap for a doubled one, a silent "e" at the end,
    an "h" after a consonant ("wattsapp"), a vowel."""
    letter = meant[at]
    if at and meant[at - 1] == letter:
        return 0.4
    if letter == "e" and at == len(meant) - 1:
        return 0.4
    if letter == "h" and at and meant[at - 1] not in VOWELS:
        return 0.5
    return 0.7 if letter in VOWELS else 1.0


# Endings that make a verb of a noun: "cannulate" (cannula), "palletise" (pallet).
VERB_MAKING = tuple(
    f"{stem}{end}" for stem in ("at", "is", "iz") for end in ("e", "es", "ed", "ing")
)


def _verb_made(word: str) -> bool:
    """A trade's verb made of a word the dictionary knows: "cannulate" (to put in a
    cannula), "palletised" (put on pallets); not a typo, which has no such word in it."""
    for ending in VERB_MAKING:
        stem = word.removesuffix(ending)
        if stem != word and len(stem) >= 4:
            return any(
                lexicon.zipf(base) > 0 and in_dictionary(base)
                for base in (stem, f"{stem}a", f"{stem}e")
            )
    return False


def _shorthand_said(found: list[str]) -> str:
    if not found:
        return ""
    shown = " and ".join(f"“{w}”" for w in found[:3])
    if len(found) == 1:
        return (
            f" {shown} may not be a word your reader knows: spell it out, or write it in "
            "capitals if it is letters that stand for a name."
        )
    return (
        f" {shown} may not be words your reader knows: spell them out, or write them in "
        "capitals if they are letters that stand for names."
    )


def _unknown_said(found: list[str]) -> str:
    if not found:
        return ""
    shown = " and ".join(f"“{w}”" for w in found[:3])
    return (
        f" We do not know {shown}: if it is a typo, correct it; if a name, give it its "
        "capital letter; if a word of your trade, leave it."
    )


# "going throught the year", "all the way throught the": "through"; "I throught the plan
# was good" is "thought", so only after a doing word that is no noun, or an object.
THROUGH_AFTER = frozenset({"way", "right", "straight", "halfway", "it", "them", "us", "me", "him"})


def _run_together(lowered: str, previous: str, words: list[str], place: int) -> str | None:
    """ "upto" -> "up to"; "throught" -> "through" before "the" after a doing word."""
    if lowered == "upto":
        return "up to"
    if lowered != "throught" or place + 1 >= len(words):
        return None
    if _core(words[place + 1])[1].lower() != "the" or words[place][-1:] in ".,;:!?":
        return None
    tags = lexicon.verb_tags(previous)
    doing = bool({"VBD", "VBN", "VBG"} & tags) and not lexicon.is_noun(previous)
    return "through" if doing or previous in THROUGH_AFTER else None


# "diff contractors", "diff sites": people, places and kinds, which "diff" before them
# can only call different; "diff locks", "diff checks" (a differential, a file diff) stay.
DIFFERENT_KINDS = PEOPLE_COUNTED | frozenset({
    "contractors", "suppliers", "sites", "places", "teams", "departments", "ways", "types",
    "kinds", "areas", "stores", "shops", "branches", "schools", "companies", "jobs", "roles",
    "options", "things", "countries", "cultures", "backgrounds", "languages", "locations",
    "homes", "families", "brands", "vendors", "agencies", "routes", "hospitals", "firms",
    "employers", "venues", "projects", "industries", "sectors", "ideas", "approaches",
    "batches", "shifts", "years", "classes", "courses", "colleges", "sizes", "styles",
    "models", "products", "customers", "clients", "versions", "times", "crews", "groups",
})  # fmt: skip
# "v" for "we" (South African phone style) before these after it: "V both worked".
WE_ADVERBS = frozenset({"both", "all", "just", "also", "never", "always", "still", "only"})
# "do v just stop?", "can v start": after these "v" can only be who does it.
WE_AUXILIARIES = frozenset({
    "do", "did", "can", "could", "should", "shall", "will", "would", "must", "may", "might",
})  # fmt: skip


def _clipped(lowered: str, first: bool, words: list[str], place: int) -> str | None:
    """ "v keen", "v busy": "very" before a describing word; "V both worked", "do v just
    stop?": "we" where a doing word follows and no other reading is left; "diff
    contractors": "different" before a plural noun. Else None ("Leeds v Hull", "the diff")."""
    ahead = [_core(w)[1] for w in words[place + 1 : place + 4]]
    if not ahead or words[place][-1:] in ".,;:!?" or not ahead[0].isalpha():
        return None
    following = ahead[0].lower()
    if ahead[0] != following:
        return None  # "v Hull", "diff IDs": a name or letters after it
    if lowered == "diff":
        return "different" if following in DIFFERENT_KINDS else None  # not "diff locks"
    if lowered != "v":
        return None
    previous = _core(words[place - 1])[1].lower() if place else ""
    verb = following
    if verb in WE_ADVERBS and len(ahead) > 1 and ahead[1].isalpha():
        verb = ahead[1].lower()
    tags = lexicon.verb_tags(verb)
    if previous in WE_AUXILIARIES and "VB" in tags:
        return "we"  # "do v just stop?", "can v start"
    if first and {"VBD", "VBP"} & tags and not lexicon.is_noun(verb):
        return "we"  # "V both worked at the depot"
    if following in WE_ADVERBS or lexicon.verb_tags(following) - {"VB"}:
        return None  # "v just", "v worked": not "very"
    if not lexicon.is_adjective(following):
        return None
    # "v keen to start", "v busy.": the describing word ends its phrase; "Leeds v old
    # rivals" may be "versus"
    ends = words[place + 1][-1:] in ".,;:!?" or len(ahead) == 1
    return "very" if ends or ahead[1].lower() in CLOSED_WORDS else None
