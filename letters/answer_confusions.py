"""Real-word typos in a wizard answer: a word typed as another word that is spelt right
("operations manger", "a trail day", "you new my teacher", "for there first 2 weeks",
"Hows the work"), mended only where the words around it leave one reading. The mend is
shown as a spelling correction, as ``answer_spelling``'s are; a look-alike that can be
meant as typed ("in a manger", "a walking trail", "you new starters", "in there first
thing") stays. Homophones likewise: "and than help" (then), "which is were the money
is" (where), "so there ready for" (they're), ", its steady money with the grants" (it's),
"your right about" (you're), "me to." (too), "crews quiting mid season" (quitting);
"more than help", "there ready meals", "its steady growth is", "if you want me to" stay.
Where a word is likely but not certain ("quiting a price", "know the saws good"),
``homophone_hints`` names it and the likely word, and the user decides.

Also ``likely_typos``: the words a typo in a name the interview record holds may stand
for, so a notice can name them (the wizard never rewrites a record's name).

Pure functions of plain values; plain word lookups, bounded by the 600-character answer.
"""

from __future__ import annotations

from letters.answer_shorthand import MISSPELLINGS, is_said_of_it
from letters.answer_words import CLOSED_WORDS, FINITE_FORMS, TRADE_SHORT
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


# "I look forward to here from you", "hope to here what you think": "hear" after "to"
# after these, or before "from you".
HEAR_LEADS = frozenset({
    "forward", "hope", "hoping", "love", "like", "glad", "pleased", "happy", "keen",
    "wait", "waiting", "want", "good", "great", "nice",
})  # fmt: skip
HEAR_FROM = frozenset({"you", "them", "him", "her", "back"})
# "paint waisted", "time waisted", "waisted money": "wasted" next to these; not after
# "high", "low", "mid" ("high waisted trousers").
WASTED_WITH = frozenset({
    "paint", "time", "money", "material", "materials", "stock", "food", "effort", "hours",
    "product", "fuel", "water", "days", "energy", "space", "labour", "labor", "resources",
    "cash", "fabric", "timber", "parts", "ink", "trips", "journeys", "miles",
})  # fmt: skip
WAIST_LEADS = frozenset({"high", "low", "mid", "empire", "drop", "dropped"})
# "Thank you for you're time", "with you're help": "your" after these, before a noun.
YOUR_AFTER = frozenset({
    "for", "with", "to", "of", "about", "on", "at", "from", "by", "thank", "thanks", "in",
    # "working under you're foreman": a word of place that no clause follows
    "under", "over", "into", "through", "without", "within", "behind", "near", "alongside",
    "beside", "across", "towards", "toward", "during", "against", "around", "onto",
    "between", "among", "via", "per", "below", "above", "beyond", "inside", "outside",
    "throughout",
})  # fmt: skip
# "10 minuets", "a few minuets": "minutes" after a count; "played the minuets" stays.
COUNT_WORDS = frozenset({
    "few", "couple", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "ninety", "several", "many",
})  # fmt: skip
# "to be apart of the team", "I'm apart of": "a part of" after these ("apart from" is a word
# of its own; "apart of" after a noun, "miles apart of", is left)
A_PART_LEADS = frozenset({
    "be", "being", "been", "am", "is", "are", "was", "were", "i'm", "im", "i’m", "we're",
    "we’re", "become", "became", "becoming", "feel", "felt", "feeling", "remain", "stay",
})  # fmt: skip
A_PART_OWNERS = frozenset({
    "the", "a", "an", "your", "this", "that", "our", "their", "his", "her", "such", "it",
    "something", "what",
})  # fmt: skip
# "done hear in Lagos", "I work hear", "based hear at the depot": "here" after these and
# before a place or the clause's end; "I hear in the news", "you will hear at" stay
HERE_LEADS = frozenset({
    "done", "based", "born", "raised", "trained", "held", "made", "built", "work", "worked",
    "working", "live", "lived", "living", "stay", "stayed", "staying", "been", "is", "are",
    "was", "were", "be", "am", "i'm", "im", "moved", "settled", "located", "employed",
})  # fmt: skip
HERE_NEXT = frozenset({
    "in", "at", "on", "for", "since", "now", "too", "with", "and", "so", "before", "today",
    "already", "locally", "permanently", "full-time", "long", "every",
})  # fmt: skip
# "the colour is of, so", "a bit of.": "off" after these ending its clause.
OFF_AFTER = frozenset({"is", "was", "are", "were", "bit", "slightly", "little", "been"})
# "going else were", "looked else were": "elsewhere" after these.
ELSEWHERE_LEADS = frozenset({
    "go", "going", "goes", "went", "gone", "look", "looking", "looked", "looks", "work",
    "working", "worked", "move", "moved", "moving", "live", "living", "lived", "shop",
    "shopping", "shopped", "stay", "stayed", "staying",
})  # fmt: skip
QUESTION_REACH = 30  # words: "Witch … ?" is a question when "?" ends its sentence


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
        if _elsewhere_here(lowered, words, place):
            lead, _, _ = _core(out[place - 1])
            out[place - 1] = lead + "elsewhere" + _core(words[place])[2]
            out[place] = ""
            mended.append(f"{cores[place - 1]} {core}")
            continue
        titled = core == lowered[place].capitalize()
        if not (core == lowered[place] or (titled and (first or _title_word(cores, place)))):
            continue  # a capital mid sentence: a name ("Manger", "New")
        fixed = _meant(lowered, words, place, first)
        if fixed:
            lead, _, tail = _core(words[place])
            cased = fixed[:1].upper() + fixed[1:] if core[:1].isupper() else fixed
            out[place] = lead + cased + tail
            mended.append(core)
    return [w for w in out if w], mended


def _elsewhere_here(lowered: list[str], words: list[str], place: int) -> bool:
    """ "going else were", "look else were.": "were" after "else" after a verb of going."""
    if place < 2 or lowered[place] != "were" or lowered[place - 1] != "else":
        return False
    if not words[place - 1].islower() or not words[place][:4].islower():
        return False
    return lowered[place - 2] in ELSEWHERE_LEADS and not _core(words[place - 2])[2]


def _question_ahead(words: list[str], place: int) -> bool:
    """Whether the sentence starting at ``place`` ends with a question mark."""
    for word in words[place : place + QUESTION_REACH]:
        end = word.rstrip("\"”’)'")[-1:]
        if end in ".!?":
            return end == "?"
    return False


def _meant(lowered: list[str], words: list[str], place: int, first: bool) -> str | None:
    word = lowered[place]
    before = lowered[place - 1] if place else ""
    after = lowered[place + 1] if place + 1 < len(lowered) else ""
    bare = not _core(words[place])[2]  # no comma or stop after it
    asked_where = place > 1 and lowered[place - 2] in ASKED_WHERE  # "I asked you where in"
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
    if word == "quiting" and _quit_here(lowered, words, place):
        return "quitting"  # "crews quiting mid season"; "quiting a price" may be quoting
    if word in LOOSE:
        return LOOSE[word] if _lose_here(lowered, words, place) else None
    if word == "minuets" and (before[:1].isdigit() or before in COUNT_WORDS):
        return "minutes"  # "for like 10 minuets"; "played the minuets" stays
    if word == "apart" and bare and before in A_PART_LEADS and after == "of":
        owner = lowered[place + 2] if place + 2 < len(lowered) else ""
        return "a part" if owner in A_PART_OWNERS else None  # "to be apart of the team"
    if word == "hear" and before in HERE_LEADS and not first:
        ends = _ends_here(words, place)
        return "here" if ends or (bare and after in HERE_NEXT) else None  # "done hear in"
    if word == "were" and _where_here(lowered, words, place, first):
        return "where"  # "thats were I grew up", "the town were I", "Were do you …?"
    if word == "there" and bare and after == "own" and before not in BE_FORMS:
        return "their"  # "pick there own product"; not "Is there own-brand …" (hyphened)
    if word == "there" and bare and before in THEIR_AFTER_VERBS and after in THEIR_PEOPLE:
        return "their"  # "help there team"; not "went there kids loved it"
    if word == "there" and bare and before in THERE_AFTER and not first:
        if after in THEIR_BEFORE:
            return "their"  # "in there own time", "to there customers"
        later = lowered[place + 2] if place + 2 < len(lowered) else ""
        if after == "first" and (later in FIRST_OF or later.isdigit() or later in NUMBERS):
            return "their"  # "for there first 2 weeks"
        return None
    if word == "hows" and first and after:
        return "how's"  # "Hows the work split …?"
    if word == "where" and bare and before in WERE_SUBJECTS and not first and not asked_where:
        following = after in WERE_NEXT or (after.endswith("ing") and not lexicon.is_noun(after))
        return "were" if following else None  # "you where at Kings Park", "we where going"
    if word == "their" and _clause_ends(words, place, lowered):
        return "there"  # "I was their to,", "we were their."; "their" owns a noun after it
    if word == "to" and not first and before in ("their", "there") and _ends_here(words, place):
        return "too"  # "I was their to, same stand": "there too"
    if word == "to" and not first and _ends_here(words, place) and _said_of_a_thing(lowered, place):
        return "too"  # "which is a safety issue to."; "the shop I went to." stays
    if word == "ones" and before == "at" and _once_here(words, lowered, place):
        return "once"  # "they all start at ones and trip"; "look at ones that fit" stays
    if word == "sight" and before == "on" and _site_here(lowered, place):
        return "site"  # "crews capture new assets on sight"; "recognise it on sight" stays
    return _set_v_meant(lowered, words, place, first)


# "you where at", "we where going": "were" after these, before a place word or a doing
# word; "they where the helmets" (wear) is not certain, so it stays.
WERE_SUBJECTS = frozenset({"you", "we", "they"})
WERE_NEXT = frozenset({
    "at", "in", "on", "there", "here", "so", "really", "very", "all", "both", "also", "not",
    "just", "still", "from", "with", "busy", "short", "able", "told", "asked", "never",
    "always", "already", "too", "looking",
})  # fmt: skip
# "I asked you where in the plan", "showed us where on the map": a real "where"
ASKED_WHERE = frozenset({
    "ask", "asked", "asking", "show", "showed", "showing", "tell", "told", "telling", "know",
    "knew", "wonder", "wondered", "explain", "explained", "remind", "reminded", "see", "saw",
    "let",
})  # fmt: skip
# "at ones and burn out", "at ones.": what may follow "at once"
ONCE_NEXT = frozenset({"and", "or", "but", "so", "then", "when", "if", "because", "which"})
# "on sight" of a workplace: the answer speaks of work done somewhere
SITE_WORDS = frozenset({
    "crew", "crews", "staff", "workers", "worker", "team", "contractor", "contractors",
    "field", "install", "installs", "installed", "work", "works", "working", "job", "jobs",
    "tools", "equipment", "assets", "asset", "safety", "inspection", "inspections", "plant",
    "machine", "machines", "training", "induction", "delivery", "deliveries", "build",
    "repair", "repairs", "maintenance", "shift", "shifts", "survey", "surveys", "client",
    "clients", "engineer", "engineers", "technician", "techs", "supervisor", "manager",
})  # fmt: skip
# "recognise it on sight", "shoot on sight", "sold on sight": the idiom
SIGHT_VERBS = frozenset({
    "shoot", "shot", "kill", "killed", "recognise", "recognised", "recognize", "recognized",
    "know", "knew", "known", "spot", "spotted", "identify", "identified", "arrest",
    "arrested", "fire", "fired", "love", "loved", "hate", "hated", "judge", "judged", "sell",
    "sold", "buy", "bought", "pay", "paid", "approve", "approved", "reject", "rejected",
    "destroy", "destroyed", "tell", "told", "recognisable", "recognizable", "read",
    "translate", "translated", "sing", "sang", "play", "played", "sight", "see", "saw",
    "seen", "notice", "noticed", "detect", "detected", "diagnose", "diagnosed", "name",
    "named", "distinguish", "memorise", "memorize", "tag", "tagged", "grade", "graded",
})  # fmt: skip
# "a safety issue to.": a thing named after "is a", which "to" cannot end
IT_IS = frozenset({
    "is", "was", "are", "were", "it's", "that's", "its", "thats", "be", "being", "they're",
})  # fmt: skip


def _ends_here(words: list[str], place: int) -> bool:
    """The word at ``place`` ends its clause: a comma or stop after it, or the answer ends."""
    return bool(_core(words[place])[2][:1]) or place + 1 == len(words)


def _clause_ends(words: list[str], place: int, lowered: list[str]) -> bool:
    """ "their" before a clause's end ("I was their.") or before a "to" that ends it ("I
    was their to,"): no noun after it for it to own."""
    if _ends_here(words, place):
        return place > 0 and lowered[place - 1] in BE_FORMS
    if _core(words[place])[2] or place + 1 >= len(words):
        return False
    return lowered[place + 1] in ("to", "too") and _ends_here(words, place + 1)


def _said_of_a_thing(lowered: list[str], place: int) -> bool:
    """ "which is a safety issue to", "that's a big problem to": "is a" and a thing (nouns
    and describing words only) before a "to" that ends the clause; "the shop I went to",
    "the crew I was a mentor to" (someone between) stay."""
    back = place - 1
    while back > 0 and lowered[back] not in ("a", "an") and place - back <= 4:
        word = lowered[back]
        thing = lexicon.is_noun(word) or lexicon.is_adjective(word)
        if word in CLOSED_WORDS or not (thing or not lexicon.is_english_word(word)):
            return False  # a typo of one ("a safty issue") counts as one
        back -= 1
    if back < 1 or back == place - 1 or lowered[back] not in ("a", "an"):
        return False
    if lowered[back - 1] not in IT_IS:
        return False
    opener = lowered[back - 2] if back > 1 else ""
    # "the shop we are a supplier to", "the crew I was a mentor to": someone is, so "to"
    # is theirs; "which is", "the deliveries are" a thing
    return opener not in PERSONS and opener not in ("who", "whom")


def _once_here(words: list[str], lowered: list[str], place: int) -> bool:
    if _ends_here(words, place):
        return True
    after = lowered[place + 1] if place + 1 < len(lowered) else ""
    later = lowered[place + 2] if place + 2 < len(lowered) else ""
    return after in ONCE_NEXT and later not in ("twos", "threes", "tens", "hundreds")


def _site_here(lowered: list[str], place: int) -> bool:
    if SIGHT_VERBS & set(lowered[max(0, place - 4) : place]):
        return False
    if place + 1 < len(lowered) and lowered[place + 1] in ("of", "unseen"):
        return False  # "on sight of the coast", "bought on sight unseen"
    return bool(SITE_WORDS & set(lowered))


def _set_v_meant(lowered: list[str], words: list[str], place: int, first: bool) -> str | None:
    """ "to here from you", "Witch paint …?", "paint waisted", "for you're time", "the
    colour is of," (set V's slips)."""
    word = lowered[place]
    before = lowered[place - 1] if place else ""
    earlier = lowered[place - 2] if place > 1 else ""
    after = lowered[place + 1] if place + 1 < len(lowered) else ""
    later = lowered[place + 2] if place + 2 < len(lowered) else ""
    tail = _core(words[place])[2]
    if word == "here" and not tail and before == "to" and not first:
        if earlier in HEAR_LEADS or (after == "from" and later in HEAR_FROM):
            return "hear"  # "look forward to here from you", "hope to here what"
        return None
    if word == "witch" and first and after and _question_ahead(words, place):
        return "which"  # "Witch paint system do you use?"
    if word == "waisted" and before not in WAIST_LEADS:
        if (before in WASTED_WITH and not first) or (not tail and after in WASTED_WITH):
            return "wasted"  # "paint waisted", "waisted time"
        return None
    if word in ("you're", "you’re") and not tail and before in YOUR_AFTER and not first:
        noun = after and lexicon.is_noun(after) and after not in CLOSED_WORDS
        return "your" if noun and not lexicon.verb_tags(after) - {"VB", "VBP"} else None
    if word == "of" and before in OFF_AFTER and not first:
        ends = tail[:1] in (",", ".", "!", ";") or (not tail and after == "because")
        if before == "bit" and earlier != "a":
            return None
        return "off" if ends else None
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


# --- "doesnt loose money", "thats were I grew up", "pick there own", "could of done",
# "more then 40", "Your welcome to call", "its aproved" ---------------------------------

LOOSE = {"loose": "lose", "looses": "loses", "loosing": "losing"}
# a verb's plain form follows these, never an adjective: "doesnt loose money", "might
# loose customers", "would not loose"; not "come loose", "work loose", "cut them loose"
LOSE_LEADS = frozenset({
    "will", "would", "could", "can", "might", "may", "should", "must", "shall", "don't",
    "dont", "doesn't", "doesnt", "didn't", "didnt", "won't", "wont", "can't", "cant",
    "couldn't", "couldnt", "wouldn't", "wouldnt", "shouldn't", "shouldnt", "don’t",
    "doesn’t", "didn’t", "won’t", "can’t", "couldn’t", "wouldn’t", "shouldn’t",
})  # fmt: skip
# "risk to loose the contract", "going to loose staff"; not "from tight to loose"
TO_LOSE_AFTER = frozenset({
    "risk", "risks", "risking", "want", "wants", "wanted", "going", "likely", "unlikely",
    "able", "trying", "try", "tried", "afford", "hate", "bound", "about", "start",
    "started", "starting", "begin", "began", "not", "easy",
})  # fmt: skip
# "are loosing money", "keep loosing staff": the verb's "-ing"
LOSING_AFTER = frozenset({
    "am", "is", "are", "was", "were", "be", "been", "being", "i'm", "we're", "they're",
    "you're", "it's", "he's", "she's", "im", "keep", "keeps", "kept", "stop", "avoid",
    "avoids", "avoided", "start", "started", "risk", "risks", "risking",
})  # fmt: skip
# one word may stand between: "would not loose", "are still loosing"
BETWEEN = frozenset({"not", "never", "also", "still", "even", "just", "really", "always"})
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "isn't", "aren't"})


def _lead_word(lowered: list[str], words: list[str], place: int) -> int:
    """Where the word that governs ``place`` is: the one before, or the one before that
    past "not", "still" …; -1 where a comma or stop stands between."""
    at = place - 1
    if at > 0 and lowered[at] in BETWEEN and not _core(words[at - 1])[2]:
        at -= 1
    return at


def _lose_here(lowered: list[str], words: list[str], place: int) -> bool:
    """ "doesnt loose money", "would not loose", "risk to loose the contract", "are
    loosing money": "lose"; an adjective after a verb ("come loose") or a noun ("tight to
    loose") stays, and "a can loose in the van" is a tin."""
    at = _lead_word(lowered, words, place)
    if at < 0:
        return False
    lead = lowered[at]
    earlier = lowered[at - 1] if at > 0 else ""
    if lowered[place] == "loosing":
        return lead in LOSING_AFTER or (lead == "there" and _they_are_doing(lowered, words, at))
    if lead in LOSE_LEADS or lead.endswith(("'ll", "’ll")):
        return not (lead == "can" and earlier in ("a", "the", "each", "every", "one"))
    return lead == "to" and earlier in TO_LOSE_AFTER and not _core(words[at - 1])[2]


# "thats were I grew up", "from were we live": "where" after these, before a subject
WHERE_LEADS = frozenset({
    "that's", "thats", "that’s", "here's", "heres", "here’s", "exactly", "from",
})  # fmt: skip
WHERE_SUBJECTS = frozenset({
    "i", "we", "you", "he", "she", "they", "it", "the", "my", "our", "your", "his", "her",
    "their", "a", "an", "most", "people", "everyone", "there", "this", "all",
})  # fmt: skip
# "the town were I grew up": a place in the singular is no subject of "were"
WHERE_PLACES = frozenset({
    "place", "town", "city", "village", "area", "school", "club", "site", "spot", "street",
    "road", "house", "estate", "hospital", "ward", "unit", "shop", "pub", "restaurant",
    "hotel", "county", "country", "farm", "yard", "depot", "centre", "center", "gym",
    "church", "college", "uni", "university", "campus", "park", "office", "branch",
})  # fmt: skip
PERSONS = frozenset({"i", "we", "you", "he", "she", "they"})
# "crews quiting mid season", "staff keep quiting.": "quitting" where nothing is quoted
# after it ("quiting a fixed price" may be "quoting", so it is named in a hint)
QUIT_NEXT = frozenset({
    "mid", "after", "before", "because", "and", "but", "so", "when", "early", "halfway",
    "altogether", "completely", "now", "soon", "within", "or", "too", "left",
})  # fmt: skip


def _quit_here(lowered: list[str], words: list[str], place: int) -> bool:
    return _ends_here(words, place) or lowered[place + 1] in QUIT_NEXT


# "this is were I trained", "which is were the money is"; not "the question is were the
# cakes ready" (a question asked)
WHERE_THIS_IS = frozenset({"this", "that", "which", "it"})
# "Were do the new starters train?": a question's "where"; "Were you …?" stays
WHERE_ASKS = frozenset({"do", "does", "did", "is", "can", "could", "would", "should", "will"})
IF_WORDS = frozenset({"if", "wish", "though", "as"})


def _where_here(lowered: list[str], words: list[str], place: int, first: bool) -> bool:
    after = lowered[place + 1] if place + 1 < len(lowered) else ""
    if _core(words[place])[2] or not after:
        return False
    if first:
        return after in WHERE_ASKS
    before = lowered[place - 1]
    if before in WHERE_LEADS and after in WHERE_SUBJECTS:
        return True
    this_is = place > 1 and before in ("is", "was") and lowered[place - 2] in WHERE_THIS_IS
    if this_is and not _core(words[place - 2])[2] and after in WHERE_SUBJECTS:
        return True  # "this is were I trained", "which is were the money is"
    earlier = set(lowered[max(0, place - 5) : place])
    return before in WHERE_PLACES and after in PERSONS and not earlier & IF_WORDS


# "help there team", "thank there staff": "their" after a verb that takes an object,
# before the people it has; "went there kids loved it" (a run-on) stays
THEIR_AFTER_VERBS = frozenset({
    "help", "helped", "helps", "support", "supported", "train", "trained", "manage",
    "managed", "lead", "led", "ask", "asked", "tell", "told", "call", "called", "thank",
    "thanked", "join", "joined", "contact", "contacted", "email", "emailed", "update",
    "updated", "brief", "briefed", "protect", "keep", "kept", "pick", "picks", "choose",
    "about",
})  # fmt: skip
THEIR_PEOPLE = frozenset({
    "team", "teams", "staff", "family", "families", "kids", "children", "parents",
    "clients", "customers", "patients", "residents", "manager", "managers", "boss",
    "carers", "crew", "members",
})  # fmt: skip

# "could of done" -> "could have done"; "could of course" stays
HAVE_MODALS = frozenset({
    "could", "would", "should", "must", "might", "may", "couldn't", "wouldn't",
    "shouldn't", "couldnt", "wouldnt", "shouldnt", "couldn’t", "wouldn’t", "shouldn’t",
})  # fmt: skip
# "more then 40", "better then the old rota": "than" after these
COMPARATIVES = frozenset({
    "more", "less", "fewer", "better", "worse", "bigger", "smaller", "faster", "slower",
    "cheaper", "quicker", "higher", "lower", "longer", "shorter", "easier", "harder",
    "greater", "safer", "busier", "quieter", "larger", "stronger", "happier",
    "older", "younger", "newer", "rather",
})  # fmt: skip
# what a comparison is with: "more then 40", "better then ever", "more then happy"
THAN_WHAT = frozenset({
    "ever", "before", "usual", "expected", "planned", "normal", "anything", "anyone",
    "anybody", "average", "half", "double", "twice", "once", "last", "needed",
    "necessary", "required", "budgeted", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "twenty", "fifty", "hundred",
})  # fmt: skip
MORE_THAN = frozenset({"happy", "willing", "glad", "enough", "welcome", "capable", "keen"})
THAN_ONES = frozenset({
    "a", "an", "the", "our", "my", "their", "your", "his", "her", "that", "this", "any",
    "most", "what",
})  # fmt: skip
# "it got better then the new manager came": a time, maybe; only a figure there
BECAME = frozenset({"got", "get", "gets", "getting", "became", "become", "becomes", "went"})
WOULD_RATHER = frozenset({"would", "i'd", "we'd", "you'd", "they'd", "i’d", "we’d", "id"})
NOT_OTHER = frozenset({"the", "each", "one", "an", "every", "any", "some"})
# "its their turn", "what its like", "its costing them": "it's"; tidy's
# ``is_said_of_it`` has the rest ("its not", "its rejected"); "its own", "its very own",
# "its only branch", "its running costs" stay
IT_IS_BEFORE = frozenset({
    "like", "their", "our", "my", "your", "his", "her", "the", "about", "all", "no", "got",
    "what", "how", "this", "that", "always", "never", "probably", "definitely", "actually",
})  # fmt: skip
OBJECTS = frozenset({
    "me", "you", "him", "her", "us", "them", "a", "an", "the", "my", "our", "your",
    "their", "his", "this", "that", "up", "out", "down", "off",
})  # fmt: skip
WELCOME_LEADS = frozenset({"and", "but", "so", "that", "because", "if", "as", "hope", "know"})
WELCOME_DEGREE = frozenset({"always", "very", "most", "so", "really"})


def written_for(words: list[str]) -> tuple[list[str], list[str]]:
    """The answer's words with a word typed for another in a phrase mended where the
    words around it leave one reading ("could of done", "more then 40", "Your welcome to
    call", "its aproved"), and what was mended ("wrote “could have” for “could of”")."""
    cores = [_core(w)[1] for w in words]
    lowered = [c.lower() for c in cores]
    out = list(words)
    said: list[str] = []
    for place, core in enumerate(cores):
        first = place == 0 or words[place - 1][-1:] in ".!?"
        comma = not first and words[place - 1].endswith(",")
        if not first and _core(words[place - 1])[2] and not comma:
            continue  # a stop or a colon between it and the word before
        if not (core == lowered[place] or (first and core == lowered[place].capitalize())):
            continue
        if comma:  # "…, its steady money", "…, me to.": only these after a comma
            meant = _after_comma_meant(lowered, words, place)
        else:
            meant = _phrase_meant(lowered, words, place, first)
        if meant:
            lead, _, tail = _core(words[place])
            cased = meant[:1].upper() + meant[1:] if core[:1].isupper() else meant
            out[place] = lead + cased + tail
            if meant == "have":
                typed = cores[place - 1]
                said.append(f"wrote “{typed} have” for “{typed} of”")
            else:
                said.append(f"wrote “{meant}” for “{lowered[place]}”")
    return out, list(dict.fromkeys(said))


def _phrase_meant(lowered: list[str], words: list[str], place: int, first: bool) -> str | None:
    word = lowered[place]
    before = lowered[place - 1] if place and not first else ""
    after = lowered[place + 1] if place + 1 < len(lowered) else ""
    bare = not _core(words[place])[2]
    if word == "of" and bare and before in HAVE_MODALS and after != "course":
        return "have" if after == "been" or "VBN" in lexicon.verb_tags(after) else None
    if word == "then" and bare and before in COMPARATIVES and after:
        return "than" if _than_here(lowered, words, place) else None
    joined = place > 0 and not _core(words[place - 1])[2]  # no comma before: "more, then"
    compared = joined and _compared_before(lowered, place)
    if word == "then" and bare and compared and _than_tail(lowered, place):
        return "than"  # "300 more loads then the year before", "fewer pies then last year"
    if word == "there" and bare and not first and _their_thing(lowered, words, place):
        return "their"  # "farmers taking there grain", "drivers leave there trucks idling"
    if word == "then" and bare and before == "other" and after in THAN_ONES and place > 1:
        return "than" if lowered[place - 2] not in NOT_OTHER else None  # "other then that"
    if word == "your" and bare and _you_are_pair(lowered, words, place):
        return "you're"  # "you said your the only one", "and your a bit worried"
    if word == "your" and (first or before in WELCOME_LEADS) and bare:
        if _welcome_here(lowered, words, place) or _you_are_here(lowered, words, place):
            return "you're"  # "Your welcome to call", "your right about the rota"
        return None
    if word == "its" and bare and after:
        if first and _its_a_clause(lowered, words, place):
            return "it's"  # "Its steady work in the winter."
        return "it's" if _it_is_here(lowered, words, place) else None
    return _homophone_meant(lowered, words, place, first)


# What a year's comparison ends with: "then the year before", "then last season".
THAN_SPANS = frozenset({"year", "week", "month", "season", "day", "time", "quarter", "harvest"})
THAN_ALONE = frozenset({"before", "ever", "usual", "expected", "planned", "normal", "budgeted"})


def _compared_before(lowered: list[str], place: int) -> bool:
    """ "more loads then", "fewer pies then": a comparative a word or two before."""
    return any(w in COMPARATIVES for w in lowered[max(0, place - 3) : place - 1])


def _than_tail(lowered: list[str], place: int) -> bool:
    """ "then the year before", "then last year", "then usual": what a comparison is with,
    never a time that follows ("then the numbers dropped")."""
    after = lowered[place + 1 : place + 4]
    if after[:1] and after[0] in THAN_ALONE:
        return True
    if after[:1] == ["last"]:
        return after[1:2] != [] and after[1] in THAN_SPANS
    return (
        len(after) == 3
        and after[0] == "the"
        and after[1] in THAN_SPANS
        and after[2]
        in (
            "before",
            "prior",
        )
    )


# "taking there grain": after these "there" is a place, whatever follows ("work there
# nights", "went there kids loved it", "park there Saturdays").
THERE_PLACE_VERBS = frozenset({
    "go", "goes", "went", "gone", "going", "come", "came", "coming", "live", "lived",
    "living", "lives", "work", "worked", "working", "works", "stay", "stayed", "staying",
    "been", "get", "got", "getting", "park", "parked", "parking", "arrive", "arrived",
    "sit", "sat", "stand", "stood", "wait", "waited", "waiting", "be", "is", "are", "was",
    "were", "move", "moved", "drive", "drove", "driven", "driving", "walk", "walked",
    "started", "start", "finished", "trained", "met", "meet", "stopped", "stop",
})  # fmt: skip
TIME_NOUNS = frozenset({
    "years", "year", "days", "day", "weeks", "week", "months", "month", "hours", "hour",
    "nights", "night", "mornings", "morning", "evenings", "weekends", "summers", "winters",
    "today", "tonight", "yesterday", "tomorrow", "once", "twice", "sometimes", "often",
    "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
    "ages", "times", "shifts", "lots", "first",
})  # fmt: skip


def _their_thing(lowered: list[str], words: list[str], place: int) -> bool:
    """ "farmers taking there grain", "leave there trucks idling": "there" between a verb
    that takes a thing and a noun that is no verb's form: "their". Not after a verb of
    place ("worked there years ago"), before a time ("there every morning"), nor where
    the noun goes on to a verb of its own ("there trucks were late")."""
    if place < 1 or place + 1 >= len(lowered) or _core(words[place - 1])[2]:
        return False
    before, after = lowered[place - 1], lowered[place + 1]
    if before in THERE_PLACE_VERBS or after in TIME_NOUNS or after in CLOSED_WORDS:
        return False
    if not {"VB", "VBG", "VBD", "VBP"} & lexicon.verb_tags(before):
        return False
    if after in OWNED_DESCRIBING:
        return _described_thing(lowered, words, place + 1)  # "lasted there full rated jumps"
    if not after.isalpha() or not lexicon.is_noun(after) or lexicon.is_adjective(after):
        return False
    if lexicon.is_adverb(after) or lexicon.verb_tags(after) - {"VB", "VBZ"}:
        return False
    later = lowered[place + 2] if place + 2 < len(lowered) else ""
    return later not in BE_FORMS and "VBD" not in lexicon.verb_tags(later)


MAX_DESCRIBING = 2  # "there full rated jumps": describing words before the thing owned
# Describing words that ask for an owner or "the" before them ("their full rated jumps",
# "their daily checks"); "sell there ready meals" may be where they sell, so it stays.
OWNED_DESCRIBING = frozenset({
    "full", "whole", "entire", "usual", "daily", "weekly", "monthly", "yearly", "annual",
    "regular", "normal",
})  # fmt: skip


def _described_thing(lowered: list[str], words: list[str], at: int) -> bool:
    """ "lasted there full rated jumps", "do there daily checks": from ``at``, one or two
    describing words, then a plural noun ending its phrase: a thing owned, "their"; not a
    time ("there full time") nor a noun going on to a verb of its own."""
    for place in range(at, min(at + MAX_DESCRIBING + 1, len(lowered))):
        word = lowered[place]
        if not word.isalpha() or word in CLOSED_WORDS or word in TIME_NOUNS or word == "time":
            return False
        ends = place + 1 == len(lowered) or bool(_core(words[place])[2])
        if place > at and word.endswith("s") and lexicon.is_noun(word.removesuffix("s")):
            later = "" if ends else lowered[place + 1]
            return ends or later in CLOSED_WORDS and later not in BE_FORMS
        if _core(words[place])[2]:
            return False
        describes = lexicon.is_adjective(word) or "VBN" in lexicon.verb_tags(word)
        if not describes:
            return False
    return False


def _after_comma_meant(lowered: list[str], words: list[str], place: int) -> str | None:
    """ "…, its good money with the tenders", "I loved it, me to.": a clause after a comma."""
    if lowered[place] == "its" and not _core(words[place])[2]:
        return "it's" if _its_a_clause(lowered, words, place) else None
    if lowered[place] == "to" and lowered[place - 1] == "me":
        return "too" if _me_too(lowered, words, place) else None
    if lowered[place] == "there" and not _core(words[place])[2]:
        return "they're" if _they_are_doing(lowered, words, place) else None  # ", there loosing"
    return None


# --- "and than help", "so there ready", ", its steady money", "your right", "me to." ----

# "so there ready for next season", "and there qualified to work alone": "they're" after
# these, before a word said of people that ends its phrase; "there ready meals", "over
# there ready for the driver", "is there ready access" stay
THEY_RE_LEADS = frozenset({
    "so", "and", "but", "because", "cause", "until", "till", "once", "when", "if",
})  # fmt: skip
THEY_RE_STATES = frozenset({
    "ready", "able", "busy", "happy", "qualified", "trained", "prepared", "certified",
    "ticketed", "signed", "covered", "sorted", "aware", "keen", "willing", "confident",
    "comfortable", "safe", "finished", "done", "competent", "capable", "unable",
})  # fmt: skip
# what may follow the state in a phrase: "ready for", "qualified to", "signed off"
STATE_NEXT = frozenset({
    "for", "to", "at", "in", "on", "with", "by", "when", "and", "before", "after", "if",
    "so", "now", "again", "off", "up", "as", "once", "until", "from",
})  # fmt: skip
# ", its steady money with the grants", "Its good work": "it's" before these and a noun,
# with no verb in the clause after; "its steady growth is", "its own" stay
ITS_SAID = frozenset({
    "steady", "good", "great", "hard", "decent", "easy", "proper", "honest", "solid",
    "tough", "real", "regular", "reliable", "serious", "constant", "quick", "busy",
})  # fmt: skip
# what "it" is said to be: "steady money", "hard work"; "Its regular customers." and "Its
# good reputation." are notes about a firm's own, so they stay
ITS_WHAT = frozenset({
    "money", "work", "pay", "business", "fun", "experience", "value", "graft", "income",
    "overtime", "training", "practice", "craic", "stuff", "going",
})  # fmt: skip
# A clause's verb, or a word that opens one: "its steady money is" is no "it's" clause
FINITE = FINITE_FORMS | {"and", "but", "that", "which", "who", "'s"}
CLAUSE_STOPS = ".!?;:,"
# "if you want me to.", "happy for me to.": "to" owns a verb left unsaid; "me too" else
WANT_ME = frozenset({
    "want", "wants", "wanted", "need", "needs", "needed", "like", "liked", "ask", "asks",
    "asked", "expect", "expects", "expected", "allow", "allowed", "tell", "told", "get",
    "got", "let", "trust", "trusted", "require", "required", "requires", "encourage",
    "encouraged", "prefer", "invite", "invited", "help", "helped", "for", "wanting",
    "needing", "asking", "rather", "love", "hate",
})  # fmt: skip
# "your right about the rota", "Your right.": "you're right"; "your right hand", "your
# right to refuse" stay
RIGHT_NEXT = frozenset({"about", "that", "there", "it", "so", "we", "i", "though"})
# "your a bit worried", "your the only one who": an article and what it starts, which no
# "your" can own ("your a levels" may be "your A levels", so only these)
YOU_ARE_PAIRS = frozenset({
    ("a", "bit"), ("a", "little"), ("a", "lot"), ("the", "best"), ("the", "only"),
    ("the", "first"), ("the", "one"),
})  # fmt: skip


def _homophone_meant(lowered: list[str], words: list[str], place: int, first: bool) -> str | None:
    word = lowered[place]
    before = lowered[place - 1] if place and not first else ""
    after = lowered[place + 1] if place + 1 < len(lowered) else ""
    bare = not _core(words[place])[2]
    if word == "than" and bare and before == "and" and _then_here(lowered, words, place):
        return "then"  # "and than send them"; not "better than X and than the Y"
    if word == "there" and bare and before in THEY_RE_LEADS and after in THEY_RE_STATES:
        return "they're" if _state_ends(lowered, words, place + 1) else None
    if word == "to" and before == "me":
        return "too" if _me_too(lowered, words, place) else None
    if word == "there" and bare and (first or before in THEY_RE_LEADS):
        return "they're" if _they_are_doing(lowered, words, place) else None
    return None


# "there being no van", "there remaining", "is there going to be": "there" itself
THERE_ING = frozenset({"being", "existing", "remaining", "seeming", "appearing", "going"})
# "-ing" words that name a kind of thing before a noun ("their parking spaces")
THEIR_ING = frozenset({
    "parking", "cleaning", "waiting", "booking", "loading", "sleeping", "dining", "living",
    "changing", "cooking", "washing", "shipping", "packing", "sewing", "swimming", "hiring",
    "billing", "ordering", "staffing", "filing", "seating", "lending", "holding", "calling",
})  # fmt: skip
# what a doing word's object starts with: "there loosing money", "there losing the contract"
OBJECT_STARTS = frozenset({
    "the", "a", "an", "my", "our", "your", "their", "his", "her", "them", "us", "me", "it",
    "so", "too", "lots", "more", "all",
})  # fmt: skip


def _they_are_doing(lowered: list[str], words: list[str], place: int) -> bool:
    """ "there loosing money", ", there losing the contract", "so there charging us": a
    clause that opens with "there" and a doing word with its object after it is "they're";
    "there being no van", "I was there working nights" (a place) stay."""
    opens = place == 0 or words[place - 1][-1:] in ".!?," or lowered[place - 1] in THEY_RE_LEADS
    if not opens or place + 2 >= len(lowered) or _core(words[place])[2]:
        return False
    doing, then = lowered[place + 1], lowered[place + 2]
    if not doing.endswith("ing") or doing in THERE_ING or _core(words[place + 1])[2]:
        return False
    if "VBG" not in lexicon.verb_tags(doing) and doing not in LOOSE:
        return False
    if lexicon.is_noun(doing) or lexicon.is_adjective(doing) or doing in THEIR_ING:
        return False  # "there training programme", "there parking spaces": "their"
    if then in OBJECT_STARTS:
        return True
    if then in CLOSED_WORDS or not lexicon.is_noun(then) or lexicon.verb_tags(then):
        return False
    later = lowered[place + 3] if place + 3 < len(lowered) else ""
    finite = later in FINITE or bool(lexicon.verb_tags(later) & {"VBZ", "VBD", "VBP"})
    return not finite or lexicon.is_noun(later)  # "there waiting list is long": "their"


def _then_here(lowered: list[str], words: list[str], place: int) -> bool:
    """ "and than" before a doing word ("and than help", "and than went"), with nothing
    compared before it in the sentence ("more than labour and than help" stays)."""
    after = lowered[place + 1] if place + 1 < len(lowered) else ""
    if not after.isalpha() or after in CLOSED_WORDS or _core(words[place + 1])[0]:
        return False
    if not {"VB", "VBD", "VBZ"} & lexicon.verb_tags(after):
        return False
    back = place - 1
    while back > 0 and words[back - 1][-1:] not in ".!?":
        back -= 1
        if lowered[back] in COMPARATIVES or lowered[back] in ("than", "then", "as"):
            return False
    return True


def _state_ends(lowered: list[str], words: list[str], at: int) -> bool:
    """The word at ``at`` ends its phrase, or a word that goes with it follows."""
    return _ends_here(words, at) or lowered[at + 1] in STATE_NEXT


def _its_a_clause(lowered: list[str], words: list[str], place: int) -> bool:
    """ "its steady money with the grants": a word of ``ITS_SAID`` and of ``ITS_WHAT``
    after "its", and no verb in the clause after them, so "its" can only be "it is"."""
    if place + 2 >= len(lowered) or lowered[place + 1] not in ITS_SAID:
        return False
    noun = lowered[place + 2]
    if _core(words[place + 1])[2] or noun not in ITS_WHAT:
        return False
    at = place + 2
    while not _ends_here(words, at):
        at += 1
        if lowered[at] in FINITE or lowered[at].endswith(("'s", "’s", "n't", "n’t")):
            return False
        tags = lexicon.verb_tags(lowered[at])
        if tags & {"VBD", "VBZ", "VBP"} and not lexicon.is_noun(lowered[at]):
            return False
    return _core(words[at])[2][:1] in ("", ".", "!", ",", ";")


def _me_too(lowered: list[str], words: list[str], place: int) -> bool:
    """ "and me to.", "I loved it, me to.": "too"; "if you want me to." stays."""
    if not _ends_here(words, place) or _core(words[place])[2][:1] == "?":
        return False
    if place < 2 or words[place - 2][-1:] in ".!?":
        return True  # "Me to."
    earlier = lowered[place - 2]
    return earlier not in WANT_ME and earlier not in BE_FORMS and earlier != "to"


def _you_are_pair(lowered: list[str], words: list[str], place: int) -> bool:
    """ "your a bit worried", "your the only one who": two words no "your" can own."""
    two = tuple(lowered[place + 1 : place + 3])
    return two in YOU_ARE_PAIRS and not _core(words[place + 1])[2]


def _you_are_here(lowered: list[str], words: list[str], place: int) -> bool:
    """ "your right about", "Your right.", "your going to need": "you're"."""
    after = lowered[place + 1] if place + 1 < len(lowered) else ""
    if after == "right":
        return _ends_here(words, place + 1) or (
            place + 2 < len(lowered) and lowered[place + 2] in RIGHT_NEXT
        )
    if after != "going" or _core(words[place + 1])[2] or place + 3 >= len(lowered):
        return False
    verb = lowered[place + 3]
    return (
        lowered[place + 2] == "to"
        and not _core(words[place + 2])[2]
        and verb.isalpha()
        and verb not in CLOSED_WORDS
        and "VB" in lexicon.verb_tags(verb)
    ) or (lowered[place + 2] == "to" and verb == "be")


def _than_here(lowered: list[str], words: list[str], place: int) -> bool:
    before = lowered[place - 1]
    after = lowered[place + 1]
    earlier = lowered[place - 2] if place > 1 else ""
    if before == "rather":
        return earlier not in WOULD_RATHER and bool(after)
    if after[:1].isdigit() or after[:1] in "£$€" or after in THAN_WHAT:
        return True  # "more then 40", "better then ever"
    if before == "more" and after in MORE_THAN:
        return True  # "more then happy to"
    return after in THAN_ONES and earlier not in BECAME  # "better then the old rota"


def _welcome_here(lowered: list[str], words: list[str], place: int) -> bool:
    """ "Your welcome to call", "Your more than welcome to visit", "Your welcome!";
    not "your welcome pack", "Your welcome to the team was lovely"."""
    at = place + 1
    if at < len(lowered) and lowered[at] in WELCOME_DEGREE:
        at += 1
    elif lowered[at : at + 2] == ["more", "than"]:
        at += 2
    if (
        at >= len(lowered)
        or lowered[at] != "welcome"
        or any(_core(w)[2] for w in words[place + 1 : at])
    ):
        return False
    if _core(words[at])[2][:1] in (".", "!") or at + 1 == len(lowered):
        return place == 0 or words[place - 1][-1:] in ".!?"  # "Your welcome!"
    verb = lowered[at + 2] if at + 2 < len(lowered) else ""
    return (
        lowered[at + 1] == "to"
        and not _core(words[at + 1])[2]
        and verb.isalpha()
        and verb not in CLOSED_WORDS
        and "VB" in lexicon.verb_tags(verb)
    )


def _it_is_here(lowered: list[str], words: list[str], place: int) -> bool:
    after = lowered[place + 1]
    later = lowered[place + 2] if place + 2 < len(lowered) else ""
    if after in IT_IS_BEFORE:
        return True  # "its their turn"; "its no-show rate" is one word after it
    if after.endswith("ing") and "VBG" in lexicon.verb_tags(after) and later in OBJECTS:
        return not _core(words[place + 1])[2]  # "its costing them a fortune"
    # "its aproved": tidy's rule once the typo is mended
    from letters.answer_spelling import corrected_word  # noqa: PLC0415

    mended = corrected_word(after)
    if not mended:
        return False
    typed = [_core(w)[1].lower() + _core(w)[2] for w in words]
    typed[place + 1] = mended + _core(words[place + 1])[2]
    return is_said_of_it(typed, place)


# "less scraped parts", "the veg gets scraped in the bin", "the order was scraped": maybe
# "scrapped" (thrown out), maybe scraped (scratched): the step asks, it never mends it;
# "scraped the ice off", "got scraped by the forklift" are not asked about
SCRAPED_AFTER = frozenset({
    "get", "gets", "got", "getting", "was", "were", "is", "are", "be", "been", "being",
    "less", "fewer", "more", "had", "has", "have",
})  # fmt: skip
SCRAPED_HOW = frozenset({
    "off", "away", "down", "clean", "back", "along", "against", "from", "out", "up", "by",
    "together", "through", "across", "with",
})  # fmt: skip


def scrapped_hint(text: str, said: str) -> str:
    """A hint that asks about "scraped" where it may mean "scrapped", or ""."""
    words = text.split()
    for place in range(1, len(words)):
        lead, core, tail = _core(words[place])
        if core != "scraped" or _core(words[place - 1])[2]:
            continue
        after = _core(words[place + 1])[1].lower() if place + 1 < len(words) else ""
        if _core(words[place - 1])[1].lower() in SCRAPED_AFTER and after not in SCRAPED_HOW:
            if "“scraped”" in said:
                return ""
            return " If you mean thrown out, the word is “scrapped”: “scraped” means scratched."
    return ""


# "know the saws good", "handles the customers good.": "well" is meant, but "good" may be
# said of the thing ("I keep the tools good"), so the step names it and never mends it
GOOD_VERBS = frozenset({
    "know", "knows", "knew", "handle", "handles", "handled", "run", "runs", "ran", "speak",
    "speaks", "spoke", "use", "uses", "used", "treat", "treats", "treated", "cook", "cooks",
    "cooked", "drive", "drives", "drove", "play", "plays", "played", "did", "do", "does",
    "read", "reads", "operate", "operates", "operated", "weld", "welds", "welded",
})  # fmt: skip
GOOD_DETERMINERS = frozenset({
    "the", "my", "our", "their", "his", "her", "your", "those", "these", "a", "an",
})  # fmt: skip
GOOD_OBJECTS = frozenset({"it", "them", "him", "her", "me", "us", "everything"})


def homophone_hints(text: str, said: str) -> str:
    """Hints on a word that is likely a homophone but not certainly ("quiting a price",
    "know the saws good"), or ""."""
    words = text.split()
    lowered = [_core(w)[1].lower() for w in words]
    hints = ""
    if "quiting" in lowered and "“quiting”" not in said:
        hints += (
            " “quiting” is not a word: if you mean leaving, write “quitting”; if you mean "
            "giving a price, “quoting”."
        )
    hints += _planing_hint(lowered, said)
    for place, word in enumerate(lowered):
        if (
            word == "good"
            and _ends_here(words, place)
            and (phrase := _good_phrase(lowered, words, place))
        ):
            hints += (
                f" “{phrase} good” reads as speech: if you mean how you do it, write "
                f"“{phrase} well”."
            )
            break
    return hints


# "planing the boards", "planed the door": smoothing wood, said near these; elsewhere
# "planing the first wave" is "planning", but a joiner's "planing" is a word, so it is asked
PLANE_WORK = frozenset({
    "board", "boards", "timber", "timbers", "wood", "plank", "planks", "door", "doors",
    "edge", "edges", "hull", "hulls", "surface", "surfaces", "joist", "joists", "beam",
    "beams", "oak", "pine", "ash", "cedar", "lumber", "stock", "plane", "planer", "planers",
    "thicknesser", "joinery", "joiner", "carpentry", "carpenter", "bench", "grain", "top",
    "tops", "frame", "frames", "sash", "sashes", "mdf", "hardwood", "softwood",
})  # fmt: skip
PLANING_MEANT = {"planing": "planning", "planed": "planned"}


def _planing_hint(lowered: list[str], said: str) -> str:
    """ "planing the first wave": "planning"? asked, never mended, as "planing the boards"
    (smoothing wood) is a word of its own; no hint where wood is spoken of."""
    if PLANE_WORK & set(lowered):
        return ""
    for word, meant in PLANING_MEANT.items():
        if word in lowered and f"“{word}”" not in said:
            return (
                f" “{word}” means smoothed with a plane: if you mean made plans, write “{meant}”."
                if word == "planed"
                else f" “{word}” means smoothing with a plane: if you mean making plans, "
                f"write “{meant}”."
            )
    return ""


def _good_phrase(lowered: list[str], words: list[str], place: int) -> str:
    """ "know the saws", "did it": the doing word and its object before a "good" that ends
    its clause, or ""."""
    if place < 2 or any(_core(w)[2] for w in words[place - 2 : place]):
        return ""
    if lowered[place - 1] in GOOD_OBJECTS and lowered[place - 2] in GOOD_VERBS:
        return " ".join(lowered[place - 2 : place])
    noun = lowered[place - 1]
    if place < 3 or _core(words[place - 3])[2] or not lexicon.is_noun(noun):
        return ""
    if lowered[place - 2] in GOOD_DETERMINERS and lowered[place - 3] in GOOD_VERBS:
        return " ".join(lowered[place - 3 : place])
    return ""
