"""A singular countable noun with no article, named in a hint; never mended.

Blind graders marked drafts "needs work" for "worked 3 years as actuarial analyst", "I am
PADI Instructor", "I built lapse model in R", "check with moisture meter" and "so export
buyer is rejecting the fabric" (draft_grades24), which no notice pointed at. The hint names
the words and offers "a" or "the": the wizard cannot know which one the person means.

Precision matters more than recall, so only a noun lemminflect counts and never lets go
bare ("analyst", "model", "buyer"; not "work", "software", "training", "time") and only in
these places:

- after "as" following work or a length of it: "worked 3 years as actuarial analyst";
- after "I am", "I was", "I'm" (a title may lead: "I am PADI Instructor");
- after a verb in the past: "I built lapse model in R";
- after "with", "on", "in", "into", "onto", "using", "under": "check with moisture meter";
- as a subject after "so", "because", "but", "when" …: "so export buyer is rejecting".

Fixed phrases go bare ("on site", "by hand", "in person", "on call", "on shift", "took
note"), as do names and titles written with capitals mid-sentence ("in R", "with Excel"),
"X to X" ("from lot to lot", "site to site"), a noun followed by "of" ("as head of
sales", "member of") and time ("last week", "every day"). Each check looks at most five
words ahead, so the work is linear.
"""

from __future__ import annotations

from letters import gazetteer
from letters.answer_verb_slips import countable_only
from letters.answer_words import (
    CLOSED_WORDS,
    FINITE_FORMS,
    LANGUAGE_WORDS,
    NATIONALITY_WORDS,
    PREPOSITIONS,
    WORD_MARKS,
    bare_word,
    ends_clause,
)
from letters.quality import lexicon

# Before "as": the work done in that role ("worked 3 years as actuarial analyst").
AS_AFTER = frozenset({
    "work", "worked", "working", "works", "served", "serve", "serving", "employed",
    "hired", "started", "start", "began", "trained", "qualified", "joined", "promoted",
    "years", "months", "yrs", "seasons", "experience", "job", "position", "role",
    "volunteered", "volunteer", "volunteering", "certified", "licensed", "registered",
    "career", "time", "stint", "contract",
})  # fmt: skip
BE_FORMS = {("i", "am"), ("i", "was"), ("i'm",)}
BE_AFTER = frozenset({"since", "with", "at", "in", "for"})  # "I am PADI Instructor since"
PLACE_PREPOSITIONS = frozenset({"with", "on", "in", "into", "onto", "using", "under"})
SUBJECT_OPENERS = frozenset({"so", "because", "but", "when", "and", "since", "while", "if"})
SUBJECT_VERBS = frozenset({
    "is", "was", "has", "isn't", "wasn't", "hasn't", "doesn't", "didn't", "keeps", "kept",
    "wants", "wanted", "said", "says", "complained", "rejected", "asked", "needs",
})  # fmt: skip
# Fixed phrases that go bare: "on site", "by hand", "in person" … by the word after the
# preposition (the noun's own list) or by the whole phrase.
FIXED = frozenset({
    "on site", "on call", "on shift", "on foot", "on board", "on hand", "on top",
    "on line", "on record", "on file", "on screen", "on camera", "on stage", "on deck",
    "on duty", "on leave", "on track", "on target", "on course", "on schedule", "on budget",
    "on spec", "on tap", "on paper", "on trial", "on loan", "on hire", "on contract",
    "on request", "on arrival", "on sight", "on behalf", "on shore",
    "in person", "in charge", "in hand", "in house", "in front", "in case", "in place",
    "in line", "in bed", "in hospital", "in prison", "in court", "in church", "in class",
    "in town", "in stock", "in store", "in season", "in shift", "in turn", "in return",
    "in depth", "in situ", "in transit", "in tandem", "in office", "in school", "in camp",
    "in step", "in tow", "in sync", "in contact", "in touch", "in order", "in view",
    "in detail", "in bulk", "in batch", "in parallel", "in theory", "in principle",
    "in writing", "in cash", "in kind", "in full", "in part", "in advance", "in favour",
    "in favor", "in shape", "in debt", "in power", "in range", "in sight",
    "with hand", "with child", "under way", "under contract", "under warranty",
    "under oath", "under pressure", "under budget", "under cover", "under canvas",
    "into account", "into play", "into shape", "into port", "into town", "into orbit",
    "into bed", "into school", "into hospital", "onto shore",
})  # fmt: skip
# Nouns trades use bare after a preposition: "waiting on crew", "mixed with agency",
# "call fire times with expo", "pours stay on programme", "eating into margin".
BARE_IN_TRADES = frozenset({
    "crew", "agency", "expo", "scene", "programme", "program", "stop", "payday", "margin",
    "inventory", "product", "date", "clinic", "core", "paint", "panel", "ward", "theatre",
    "surgery", "reception", "site", "board", "deck", "staff", "security", "pass", "grill",
    "line", "float", "rota", "roster", "nights", "call", "shore", "land",
    "target", "budget", "spec", "hold", "delivery", "collection", "account", "invoice",
    "order", "demand", "request", "tap", "draught", "sale", "offer", "display", "file",
    "record", "camera", "radio", "air", "screen", "stage", "appointment", "referral",
    "prescription", "arrival", "departure", "discharge", "admission", "entry", "exit",
    "rotation", "placement", "secondment", "probation", "furlough", "payroll", "retainer",
    "commission", "salary", "wage", "contract", "lease", "licence", "license", "approval",
    "completion", "handover", "startup", "shutdown", "turnaround", "outage", "standby",
    "start", "finish", "location", "premise", "campus", "ship", "plane", "train",
    "bus", "foot", "horseback", "bike", "boat", "truck", "van", "car", "lorry", "ferry",
    "course", "schedule", "track", "time", "cue", "paper", "trial", "average", "store",
    "drip", "batch", "yard", "recess", "break", "assembly", "mass", "prayer", "college", "uni",
})  # fmt: skip
# After a past verb: "took note of", "set foot in", "shook hands", "went home".
FIXED_AFTER_VERB = frozenset({
    "note", "foot", "place", "part", "hold", "aim", "heart", "root", "shape", "office",
    "command", "charge", "notice", "sight", "track", "touch", "suit", "course", "fire",
    "way", "home", "school", "bed", "ground", "shop", "camp", "court", "guard", "watch",
    "cover", "hand", "first", "second", "third", "last", "lunch", "breakfast", "dinner",
    "class", "church", "town", "work", "sea", "market", "step", "face", "service",
})  # fmt: skip
# Time and quantity nouns that go bare after their own words ("last week", "per shift").
NOT_HEADS = frozenset({
    "day", "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend",
    "hour", "minute", "season", "winter", "summer", "spring", "autumn", "fall", "decade",
    "shift", "semester", "term", "quarter", "percent", "per", "cent", "dozen", "hundred",
    "thousand", "million", "lot", "bit", "couple", "number", "kind", "sort", "type",
    "half", "part", "end", "top", "bottom", "side", "front", "back", "middle", "rest",
    "whole", "most", "least", "case", "point", "degree", "extent", "order",
    "mean", "average", "total", "sum", "maximum", "minimum", "max", "min", "plus", "minus",
})  # fmt: skip
# Words that open a noun phrase with no article of its own, or need none.
NO_ARTICLE_NEEDED = frozenset({
    "every", "each", "any", "some", "no", "this", "that", "these", "those", "another",
    "one", "per", "what", "which", "whose", "own", "same", "last", "next", "such", "either",
    "neither", "first", "second", "third", "final", "only", "other", "more", "less", "most",
    "much", "many", "few", "enough", "half", "both", "all", "whole", "former", "current",
    "previous", "following", "certain", "full", "new", "about", "like", "around",
    "over", "under", "nearly", "almost", "just", "zero", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "hundred", "single",
    "how", "nobody", "somebody", "anybody", "everybody", "nothing", "something",
    "anything", "everything", "someone", "anyone", "everyone", "while", "late", "early",
    "up", "down", "out", "off", "back", "away", "sir", "madam", "mum", "dad", "mom",
    "mother", "father", "grandma", "grandad", "granny", "nan", "auntie", "uncle", "boss",
})  # fmt: skip
# Words after a noun that end its phrase though lemminflect has them as nouns too.
CLOSED = frozenset({
    "in", "at", "for", "with", "from", "since", "so", "but", "when", "if", "because",
    "before", "until", "while", "into", "under", "over", "as", "than", "is", "was", "has",
    "will", "can", "would", "could", "should", "are", "were", "that", "which", "who",
})  # fmt: skip
# Words that end a noun phrase: "as analyst at", "buyer is", "model which".
FOLLOWERS = CLOSED | frozenset({
    "which", "who", "that", "since", "because", "so", "but", "when", "if", "until",
    "every", "each", "daily", "weekly", "too", "also", "now", "today", "here", "there",
})  # fmt: skip
# Made or built: "I built lapse model", "made checklist for every area".
MAKING_VERBS = frozenset({
    "built", "made", "created", "designed", "wrote", "developed", "installed", "fitted",
    "bought", "opened", "drew", "launched", "introduced", "set",
    "rebuilt", "produced", "prepared", "organised", "organized", "ran",
})  # fmt: skip
# People whose word has no "-er", "-or", "-ist" ending.
PERSON_NOUNS = frozenset({
    "nurse", "chef", "cook", "guide", "pilot", "medic", "coach", "midwife", "doula",
    "carer", "barista", "sous", "butcher", "nanny", "maid", "clerk", "plumber", "mate",
    "apprentice", "trainee", "intern", "paramedic", "surgeon", "vet", "tiler", "roofer",
    "sparky", "chippy", "hairdresser", "stylist", "beautician", "housekeeper", "porter",
    "attendant", "steward", "stewardess", "host", "hostess", "waitress", "bartender",
})  # fmt: skip
PERSON_ENDINGS = ("er", "or", "ist", "yst", "ian", "ant", "ent", "ee", "ic", "wright", "man")
VOWEL_LETTERS = "AEFHILMNORSX"  # said with a vowel first: "an MBA", "an NHS nurse"


def _article(first: str) -> str:
    """ "a" or "an" for the phrase's first word: "an actuarial", "a PADI", "an MBA"."""
    if first.isupper() and len(first) > 1:
        return "an" if first[0] in VOWEL_LETTERS else "a"
    low = first.lower()
    if low.startswith(("uni", "use", "usu", "eu", "one", "once")):
        return "a"
    if low.startswith(("hour", "honest", "honour", "honor", "heir")):
        return "an"
    return "an" if low[:1] in "aeiou" else "a"


def _modifier(word: str) -> bool:
    """A word before the noun inside its phrase: "actuarial", "lapse", "moisture"."""
    bare = bare_word(word)
    if not bare.isalpha() or bare in NO_ARTICLE_NEEDED or bare in CLOSED_WORDS:
        return False
    if bare in LANGUAGE_WORDS or bare in NATIONALITY_WORDS:
        return word[:1].isupper()  # "as English tutor"
    if lexicon.is_adjective(bare):
        return True  # "qualified", "actuarial"
    # "booking spreadsheet", not "built", "rejecting": the clause goes on
    tags = lexicon.verb_tags(bare) - {lexicon.BASE}
    return lexicon.is_noun(bare) and (not tags or tags == {lexicon.GERUND})


def _phrase(words: list[str], start: int, *, capitals: bool) -> int:
    """The index of the head noun of a bare phrase starting at ``start`` ("actuarial
    analyst" -> the index of "analyst"), or -1 when it is no bare singular countable noun
    in a place it needs an article."""
    end = start
    while end < len(words) and end - start < 4:
        word = words[end]
        typed = word.strip(WORD_MARKS)
        if word.startswith("("):
            break  # "with experienced picker (buddy)": an aside
        if typed != typed.lower() and not capitals:
            return -1  # "with Excel", "in R": a name
        if typed.isupper() and len(typed) > 1 and end == start and capitals:
            end += 1  # "PADI Instructor": a body's name leads the title
            continue
        if not _modifier(typed):
            break
        end += 1
        if word != typed:
            break  # "on scale.", "with moisture meter,": the phrase ends there
    if end == start or (end < len(words) and end - start == 4 and _modifier(words[end])):
        return -1  # nothing, or a phrase longer than four words: not read
    head = end - 1
    word = words[head]
    bare = bare_word(word)
    if not bare.isalpha() or bare in NOT_HEADS or bare in NO_ARTICLE_NEEDED:
        return -1
    if bare in BARE_IN_TRADES or lexicon.zipf(bare) < 2.5:
        return -1  # "ran payroll", "on programme"; "wen", typed for "when"
    if not countable_only(bare) or lexicon.is_adjective(bare) or lexicon.is_name(bare.title()):
        return -1
    if lexicon.GERUND in lexicon.verb_tags(bare) or gazetteer.city(bare):
        return -1  # "started doing", "with planning"; "in limerick" typed lower case
    if word.strip(WORD_MARKS) != bare and not capitals:
        return -1
    if lexicon.verb_tags(bare) - {lexicon.BASE} and not lexicon.is_noun(bare):
        return -1
    if head + 1 < len(words) and not ends_clause(word):
        after = bare_word(words[head + 1])
        if after in ("of", "to", "by", "after", "on") or not (
            after in PREPOSITIONS or after in FOLLOWERS or after in FINITE_FORMS
        ):
            # "as head of sales", "from lot to lot", "on paint or panel", "on heat pump
            # installs": what follows may be the phrase's own, so it is not read
            return -1
    return head


def _person(word: str) -> bool:
    """ "analyst", "instructor", "nurse": a person's job."""
    return word in PERSON_NOUNS or word.endswith(PERSON_ENDINGS)


def _tool(words: list[str], at: int) -> int:
    """ "on scale", "with moisture meter": tools lemminflect also lets go bare as a
    measure ("100 meter", "economies of scale"), so only after these prepositions."""
    bare = bare_word(words[at])
    start = at + 1
    end = min(len(words), start + 3)
    for head in range(start, end):
        word = bare_word(words[head])
        if (bare, word) in (("on", "scale"), ("with", "meter"), ("on", "meter")):
            ends = head + 1 == len(words) or ends_clause(words[head])
            lower = all(_modifier(w) and w == bare_word(w) for w in words[start:head])
            if lower and (ends or bare_word(words[head + 1]) in PREPOSITIONS | FOLLOWERS):
                return head
        if not _modifier(words[head]) or ends_clause(words[head]):
            break
    return -1


def _hint(
    words: list[str], lead: int, start: int, head: int, *, subject: bool = False
) -> tuple[str, str]:
    """("as actuarial analyst", "add “a” or “the”, for example “as an actuarial
    analyst”"); a subject is shown with its verb and "the": "so export buyer is" ->
    "the export buyer is"."""
    end = head + 2 if subject else head + 1
    typed = [w.strip(WORD_MARKS) for w in words[lead:end]]
    led, phrase = typed[: start - lead], typed[start - lead :]
    article = "the" if subject else _article(phrase[0])
    example = " ".join([*led, article, *phrase])
    return " ".join(typed), f"add “a” or “the”, for example “{example}”"


def article_slips(words: list[str]) -> list[tuple[str, str]]:
    """Bare singular countable nouns in one sentence's words: (the words, the fix said)."""
    found: list[tuple[str, str]] = []
    seen: set[int] = set()
    bares = [bare_word(w) for w in words]

    def add(lead: int, start: int, head: int, *, subject: bool = False) -> None:
        if head >= 0 and head not in seen:
            seen.add(head)
            found.append(_hint(words, lead, start, head, subject=subject))

    for at, bare in enumerate(bares[:-1]):
        if ends_clause(words[at]):
            continue
        start = at + 1
        before = bares[at - 1] if at else ""
        if bare == "as" and before in AS_AFTER and not ends_clause(words[at - 1]):
            add(at, start, _phrase(words, start, capitals=True))
        elif (before, bare) in BE_FORMS or (bare,) in BE_FORMS:
            subject = at - (bare != "i'm")
            if (
                subject
                and not ends_clause(words[subject - 1])
                and bares[subject - 1] not in ("and", "but", "so")
            ):
                continue  # "what I am", "the man I was": no clause of its own
            head = _phrase(words, start, capitals=True)
            ends = head + 1 == len(words) or ends_clause(words[head])
            if head >= 0 and _person(bares[head]) and (ends or bares[head + 1] in BE_AFTER):
                add(subject, start, head)
        elif bare in PLACE_PREPOSITIONS and words[at] == bare:
            head = _phrase(words, start, capitals=False)
            if head < 0:
                head = _tool(words, at)
            if head >= 0 and f"{bare} {bares[start]}" not in FIXED:
                add(at, start, head)
        elif words[at] in MAKING_VERBS and before in ("i", "we", "he", "she", "they"):
            head = _phrase(words, start, capitals=False)
            if head >= 0 and bares[start] not in FIXED_AFTER_VERB:
                add(at, start, head)
        elif bare in SUBJECT_OPENERS and words[at] == bare and bares[start] == "there":
            # "check if there grease trap is working": "there" typed for "their"
            head = _phrase(words, start + 1, capitals=False)
            if head >= 0 and head + 1 < len(words) and bares[head + 1] in SUBJECT_VERBS:
                typed = [w.strip(WORD_MARKS) for w in words[start : head + 2]]
                example = " ".join(["their", *typed[1:]])
                found.append((" ".join(typed), f"if it is theirs, write “their”: “{example}”"))
        elif bare in SUBJECT_OPENERS and words[at] == bare:
            head = _phrase(words, start, capitals=False)
            if head >= 0 and head + 1 < len(words) and bares[head + 1] in SUBJECT_VERBS:
                add(start, start, head, subject=True)
    return found
