"""Probable second-language slips, named in a hint with the likely fix; never mended.

Blind graders marked drafts "needs work" that carried "the 7018 rods is in the oven",
"… since the technician leave", "The millwright who do the vibration", "400+ equipments",
"losing lot of time" or "responsible of the routes" under "Used as you wrote it"
(draft_grades22). Each is *probably* a slip, but the wizard cannot be sure of the one fix
("left" or "leaves"? "equipment" or "pieces of equipment"?), so ``slips_hint`` names the
exact words and the likely fix, and the user decides:

- a plural noun with is/was/has/doesn't: "the 7018 rods is" -> "are", also with a phrase
  between ("The welds on the chutes and the hoppers is" -> "are"). Only a subject that
  starts its clause with a determiner, so "one of the problems is", "what the customers need
  is", "training the apprentices is" are no subject; names and titles (capitals), numbers
  ("the 1990s"), words whose plural is also their singular ("series", "means", "news") and
  "-ics" subjects ("logistics is") are left alone;
- a singular noun with its determiner straight before "have" at a clause's start: "if the
  job have overtime" -> "has" (AB14, draft_grades26); groups ("the team have") and
  nouns that are plural as they stand ("the staff", "the sheep") are left alone;
- a person (or "machine") with a bare verb at the end of a clause after "and", "since",
  "when" …: "since the technician leave." -> "leaves" (or "left");
- a person, "who" and a bare verb: "The millwright who do" -> "does"; a group ("the team
  who run") may take either in British English, so it is left alone;
- a mass noun given a plural: "equipments", "informations", "feedbacks" …;
- small words: "losing lot of time" -> "a lot of time", "a less downtime" -> "less
  downtime", "responsible of" -> "responsible for", "reduced … of around 40%" -> "by",
  "we was" -> "we were".

A verb's form or tense ("You have tell me", "since 4 winters", "I am … since 2024",
"already certify 87", "was lessen") is ``letters.answer_verb_slips``'s, a singular countable
noun with no article ("as actuarial analyst", "built lapse model", "on scale") is
``letters.answer_articles``'s, how words go together ("explained me", "waiting your answer",
"more faster", "I check always") is ``letters.answer_phrase_slips``'s, a word that means
something else in English ("I pretend to organize", "Actually I am working in") is
``letters.answer_false_friends``'s; ``sentence_slips`` joins theirs to these.

Nouns, their plurals and the verbs' forms come from lemminflect's table (its data file
only, read once, as ``letters.quality.lexicon`` reads it). Pure functions of plain
strings; each sentence is capped at 120 words and every loop looks a bounded number of
words ahead, so the work is linear.
"""

from __future__ import annotations

from functools import cache

from letters.answer_articles import article_slips
from letters.answer_false_friends import false_friends
from letters.answer_phrase_slips import phrase_slips
from letters.answer_verb_slips import verb_slips
from letters.answer_words import WORD_MARKS, bare_word, ends_clause
from letters.quality import lexicon

MAX_WORDS = 120
MAX_HINTS = 3

# The subject's own determiner, and the words after which a clause (so a subject) starts.
SUBJECT_DETERMINERS = frozenset({
    "the", "these", "those", "my", "our", "your", "their", "his", "her", "its", "some",
    "many", "several", "both"
})  # fmt: skip
PRE_DETERMINERS = frozenset({"all", "both"})
CLAUSE_OPENERS = frozenset({
    "that", "because", "but", "so", "when", "if", "while", "since", "as", "where",
    "although", "though", "then", "also", "now", "often", "sometimes", "usually", "and"
})  # fmt: skip
PLURAL_FIX = {
    "is": "are", "was": "were", "has": "have", "isn't": "aren't", "wasn't": "weren't",
    "hasn't": "haven't", "doesn't": "don't", "does": "do",
}  # fmt: skip
# Between a subject and its verb: "The welds on the chutes and the hoppers is …"
LINKING_PREPOSITIONS = frozenset({
    "on", "in", "at", "of", "for", "from", "with", "under", "over", "near", "by", "along",
    "inside", "behind", "around"
})  # fmt: skip
# Plural in form, one thing or a field in use: "our works is", "thanks is", "logistics".
NOT_PLURAL = frozenset({
    "thanks", "works", "premises", "headquarters", "barracks", "crossroads", "whereabouts",
    "odds", "kudos", "gallows", "means", "series", "species", "news", "lens", "savings",
    "earnings"
})  # fmt: skip
# People (and machines) whose bare verb after them reads as the slip, not a compound noun.
ACTORS = frozenset({
    "technician", "mechanic", "engineer", "electrician", "plumber", "welder", "fitter",
    "millwright", "boilermaker", "carpenter", "joiner", "driver", "operator", "supervisor",
    "manager", "foreman", "boss", "chef", "cook", "nurse", "doctor", "patient", "client",
    "customer", "resident", "tenant", "student", "teacher", "owner", "worker", "apprentice",
    "guy", "man", "woman", "lady", "person", "machine", "inspector", "cleaner", "porter",
    "labourer", "laborer", "contractor", "planner", "storeman", "receptionist",
    "pharmacist", "therapist", "surveyor"
})  # fmt: skip
# A bare verb after an actor that is also a compound noun's head ("the nurse call").
COMPOUND_HEADS = frozenset({
    "change", "call", "check", "review", "visit", "report", "service", "support", "care",
    "shift", "break", "return"
})  # fmt: skip
# Groups: "the team who run the warehouse" is good British English.
GROUPS = frozenset({
    "team", "crew", "staff", "family", "company", "firm", "council", "government", "band",
    "group", "club", "department", "committee", "board", "management", "couple", "public",
    "audience", "class", "squad", "gang", "army", "school", "hospital", "union", "shop",
    "business", "agency", "practice", "office", "store", "restaurant", "hotel", "trust",
    "unit", "ward", "workforce", "panel", "jury", "community", "organisation",
    "organization", "church", "bank", "charity", "brigade", "police", "parish", "side",
    "people", "folk"
})  # fmt: skip
MASS_NOUNS = {
    "equipments": "equipment", "informations": "information", "advices": "advice",
    "feedbacks": "feedback", "furnitures": "furniture", "luggages": "luggage",
    "baggages": "baggage", "softwares": "software", "machineries": "machinery",
    "homeworks": "homework", "knowledges": "knowledge", "researches": "research",
    "evidences": "evidence",
}  # fmt: skip
# "she researches", "this evidences": verbs too, so only after these.
MASS_AFTER = frozenset({
    "the", "my", "our", "their", "your", "his", "her", "its", "many", "some", "several",
    "these", "those", "all", "any", "no", "more", "new", "recent", "different", "various",
    "other", "of", "and", "with", "on", "for", "in"
})  # fmt: skip
# "the last lot of steel", "a job lot of": "lot" is a noun of its own after these.
LOT_AFTER = frozenset({
    "is", "are", "was", "were", "have", "has", "had", "get", "got", "getting", "with",
    "for", "in", "to", "there's", "losing", "lose", "lost", "wasting", "waste",
    "wasted", "spend", "spent", "spending", "save", "saved", "saving", "take", "takes",
    "took", "taking", "make", "made", "making", "need", "needs", "do", "did"
})  # fmt: skip
CHANGE_VERBS = frozenset({
    "reduced", "reduce", "reducing", "cut", "cutting", "increased", "increase",
    "increasing", "decreased", "decrease", "lowered", "lower", "raised", "improved",
    "improve", "dropped", "brought"
})  # fmt: skip
ABOUT_WORDS = frozenset(
    ["around", "about", "approximately", "nearly", "almost", "over", "roughly", "some"]
)
PLURAL_PRONOUNS = frozenset({"we", "they", "you"})


@cache
def _tables() -> tuple[frozenset[str], frozenset[str], dict[str, tuple[str, str]], frozenset[str]]:
    """(plural noun forms, noun lemmas, verb lemma -> (past, -s form), nouns whose plural
    may be the word itself: "people", "staff", "sheep"), from
    lemminflect's ``infl_lu.csv.gz`` (``lemma,category,form,…``)."""
    plurals: set[str] = set()
    lemmas: set[str] = set()
    verbs: dict[str, tuple[str, str]] = {}
    unchanged: set[str] = set()
    for line in lexicon.inflection_lines():
        if not line or line[0].isupper():
            continue
        lemma, category, rest = (line.split(",", 2) + ["", ""])[:3]
        if category == "noun":
            lemmas.add(lemma)
            forms = rest.replace(",", "/").split("/")
            plurals.update(f for f in forms if f and f != lemma)
            if lemma in forms:
                unchanged.add(lemma)
        elif category == "verb":
            forms = rest.split(",") + ["", "", "", ""]
            past, third = forms[0].split("/")[0], forms[3].split("/")[0]
            if past and third:
                verbs.setdefault(lemma, (past, third))
    verbs.update({"do": ("did", "does"), "have": ("had", "has"), "go": ("went", "goes")})
    return frozenset(plurals), frozenset(lemmas), verbs, frozenset(unchanged)


def _plural(word: str) -> bool:
    """ "rods", "welds", "porters": only a plural, lower case as typed ("The Beatles" is a
    name); not "series", "glasses" of "glass" is, "logistics" is not."""
    plurals, lemmas, *_ = _tables()
    return (
        word.isalpha()
        and word.islower()
        and word.endswith("s")
        and word in plurals
        and word not in lemmas
        and word not in NOT_PLURAL
        and not word.endswith("ics")
    )


def _modifier(word: str) -> bool:
    """A word before a noun inside its phrase: "torque", "new", "7018", "kitchen"."""
    bare = bare_word(word)
    if word != word.rstrip(WORD_MARKS) or not bare:
        return False
    if bare.isdigit():
        return True
    return (
        word.islower()
        and bare not in PLURAL_FIX
        and (lexicon.is_noun(bare) or lexicon.is_adjective(bare))
    )


def _clause_starts_before(words: list[str], at: int) -> bool:
    """Whether a clause starts at ``at``: the sentence's start, after a comma or after
    "that", "because", "so" … (never after "of", "training", "what")."""
    if (
        at
        and bare_word(words[at - 1]) in PRE_DETERMINERS
        and words[at - 1] == bare_word(words[at - 1])
    ):
        at -= 1
    if at == 0:
        return True
    before = words[at - 1]
    # not after "and": "cleaning the vents and the filters is", "the chutes and the hoppers is";
    # after the sentence's first comma and "and" a clause starts ("Less slabs wasted, and
    # the kitchens is"), not after a list's ("the vents, the ducts, and the filters is")
    opens = before in CLAUSE_OPENERS and (before != "and" or _first_comma_before(words, at - 1))
    return ends_clause(before) or (before == bare_word(before) and opens)


def _first_comma_before(words: list[str], at: int) -> bool:
    """Whether the word before ``at`` ends with the sentence's first comma."""
    return (
        at >= 1
        and words[at - 1].endswith(",")
        and not any(w.endswith(",") for w in words[: at - 1])
    )


# Nouns that are plurals as they stand: "the sheep have", "the data have".
PLURAL_TOO = frozenset({
    "sheep", "fish", "deer", "staff", "people", "police", "cattle", "personnel", "crew",
    "aircraft", "salmon", "trout", "livestock", "poultry", "clergy", "youth", "data",
    "media", "criteria", "bacteria", "swine", "cod", "shellfish", "offspring", "folk",
})  # fmt: skip
# Before a singular noun and "have": its own determiner ("the job have overtime").
SINGULAR_DETERMINERS = frozenset({
    "the", "this", "that", "my", "our", "your", "their", "each", "every"
})  # fmt: skip


def _singular_have(words: list[str]) -> tuple[str, str] | None:
    """ "if the job have overtime" -> ("the job have", "has"): a singular countable noun
    with its determiner straight before "have", at a clause's start; not a group ("the
    team have", "the staff have") nor a noun whose plural is itself ("the sheep have")."""
    for at in range(2, len(words)):
        if words[at] != "have":
            continue
        noun = words[at - 1]
        if noun != bare_word(noun) or noun not in _tables()[1] or noun in GROUPS | PLURAL_TOO:
            continue
        if noun.endswith("s") or _plural(noun) or noun in lexicon.MODALS:
            continue  # "the supervisor will have": "will" is no noun there
        start = at - 2
        while start > 0 and at - start <= 3 and _modifier(words[start]):
            start -= 1
        det = words[start]
        if bare_word(det) not in SINGULAR_DETERMINERS or det.rstrip(WORD_MARKS) != det:
            continue
        if det != det.lower() and start:
            continue
        bare_before = bare_word(words[start - 1]) if start else ""
        if start and not (
            ends_clause(words[start - 1]) or bare_before in CLAUSE_OPENERS | {"whether"}
        ):
            continue
        if bare_before == "and" and not _first_comma_before(words, start - 1):
            continue
        return " ".join(words[start : at + 1]), "has"
    return None


def _plural_subject(words: list[str]) -> tuple[str, str] | None:
    """ "the 7018 rods is" -> ("the 7018 rods is", "are"); "The welds on the chutes and the
    hoppers is" -> ("The welds … is", "are")."""
    for start, word in enumerate(words):
        if bare_word(word) not in SUBJECT_DETERMINERS or word != word.rstrip(WORD_MARKS):
            continue
        if (start and bare_word(word) in ("her", "his", "its")) or not _clause_starts_before(
            words, start
        ):
            continue
        end = start + 1
        while end < len(words) and end - start <= 4 and _modifier(words[end]):
            end += 1
        head = end - 1
        if head == start or not _plural(bare_word(words[head])) or end >= len(words):
            continue
        verb = bare_word(words[end])
        if verb in PLURAL_FIX and words[end - 1] == words[end - 1].rstrip(WORD_MARKS):
            said = " ".join(words[start : end + 1]).rstrip(WORD_MARKS)
            return said, PLURAL_FIX[verb]
        if verb not in LINKING_PREPOSITIONS:
            continue
        at, joined = end + 1, False
        while at < len(words) and at - end <= 8:
            bare = bare_word(words[at])
            if bare in PLURAL_FIX and words[at - 1] == words[at - 1].rstrip(WORD_MARKS):
                # "the gang waits for kit and the access point is": a clause of its own
                if at + 1 < len(words) and not (joined and not _plural(bare_word(words[at - 1]))):
                    return f"{' '.join(words[start : head + 1])} … {bare}", PLURAL_FIX[bare]
                break
            joined = joined or bare == "and"
            if words[at] != words[at].rstrip(WORD_MARKS) or not (
                bare in LINKING_PREPOSITIONS
                or bare in SUBJECT_DETERMINERS
                or bare in ("a", "an", "and")
                or _modifier(words[at])
            ):
                break
            at += 1
    return None


def _bare_verb(word: str) -> tuple[str, str] | None:
    """ "leave" -> ("left", "leaves"): a base form that is no past ("put", "cut")."""
    bare = bare_word(word)
    forms = _tables()[2].get(bare)
    if not forms or not word.rstrip(WORD_MARKS).islower():
        return None
    if lexicon.PAST in lexicon.verb_tags(bare) or lexicon.PARTICIPLE in lexicon.verb_tags(bare):
        return None
    return forms


def _actor_bare_verbs(words: list[str]) -> list[tuple[str, str]]:
    """ "since the technician leave." -> ("the technician leave", "“leaves” (or “left”)")."""
    found = []
    for at in range(1, len(words) - 2):
        opener, det, actor, verb = words[at - 1 : at + 3]
        if opener != opener.rstrip(WORD_MARKS) or bare_word(opener) not in CLAUSE_OPENERS | {
            "until",
            "after",
            "before",
            "once",
        }:
            continue
        if bare_word(det) not in ("the", "my", "our", "their", "this") or det != det.lower():
            continue
        if actor != actor.lower() or actor not in ACTORS:
            continue
        if at + 3 < len(words) and not ends_clause(verb):
            continue
        if bare_word(verb) in COMPOUND_HEADS or not (forms := _bare_verb(verb)):
            continue
        past, third = forms
        said = f"{det} {actor} {verb.rstrip(WORD_MARKS)}"
        found.append((said, f"“{third}” (or “{past}” for the past)"))
    return found


def _who_bare_verbs(words: list[str]) -> list[tuple[str, str]]:
    """ "The millwright who do" -> ("The millwright who do", "does")."""
    found = []
    for at in range(1, len(words) - 1):
        if words[at] != "who":
            continue
        noun, verb = words[at - 1], words[at + 1]
        bare = bare_word(noun)
        lemmas = _tables()[1]
        if noun != bare or (bare not in lemmas and bare not in ACTORS):
            continue
        if bare in GROUPS or bare in _tables()[3]:  # "the team who run", "people who do"
            continue
        if at >= 2 and bare_word(words[at - 2]) == "of":
            continue
        if bare_word(verb) == "don't":
            fix = "doesn't"
        elif forms := _bare_verb(verb):
            fix = forms[1]
        else:
            continue
        start = (
            at - 2
            if at >= 2 and bare_word(words[at - 2]) in ("the", "a", "an", "my", "our")
            else at - 1
        )
        found.append((" ".join(words[start : at + 2]).rstrip(WORD_MARKS), f"“{fix}”"))
    return found


def _small_slips(words: list[str]) -> list[tuple[str, str]]:
    """ "equipments", "lot of time", "a less downtime", "responsible of", "of around 40%"
    after "reduced", "we was": each (the words, the fix said)."""
    found: list[tuple[str, str]] = []
    bares = [bare_word(w) for w in words]
    for at, bare in enumerate(bares):
        before = bares[at - 1] if at else ""
        after = bares[at + 1] if at + 1 < len(bares) else ""
        if bare in MASS_NOUNS and (at == 0 or not words[at][:1].isupper()):
            if bare in ("researches", "evidences") and before not in MASS_AFTER:
                continue
            one = MASS_NOUNS[bare]
            found.append((bare, f"say “{one}”, which has no plural"))
        elif (
            bare == "lot"
            and after == "of"
            and at + 2 < len(words)
            and (at == 0 or (before in LOT_AFTER and words[at - 1] == words[at - 1].rstrip(",")))
        ):
            said = " ".join(words[at : at + 3]).rstrip(WORD_MARKS)
            found.append((said, f"say “a {said}”"))
        elif bare == "less" and before == "a" and after and words[at] == "less":
            if (
                lexicon.is_noun(after)
                and not lexicon.is_adjective(after)
                and not lexicon.is_adverb(after)
                and not lexicon.verb_tags(after) & {lexicon.PARTICIPLE, lexicon.GERUND}
            ):
                said = f"{words[at - 1]} less {words[at + 1].rstrip(WORD_MARKS)}"
                found.append((said, f"say “less {words[at + 1].rstrip(WORD_MARKS)}”"))
        elif bare == "responsible" and after == "of" and before not in ("most", "least", "more"):
            found.append(("responsible of", "say “responsible for”"))
        elif bare in PLURAL_PRONOUNS and after == "was" and before != "thank":
            said = f"{words[at]} was"
            found.append((said, f"say “{words[at]} were”"))
        elif bare in CHANGE_VERBS and (share := _by_share(words, at)):
            found.append((share, f"after “{bare}”, say “by{share[2:]}”"))
    return found


# Words that carry a figure's "of" themselves: "an average of 16%", "a drop of 16%".
FIGURE_NOUNS = frozenset({
    "average", "total", "drop", "rise", "fall", "rate", "level", "maximum", "minimum",
    "peak", "high", "low", "mean", "increase", "decrease", "reduction", "cut", "share",
    "margin", "figure", "score", "gain", "loss", "saving", "savings", "growth", "target",
})  # fmt: skip
# A change said with these already: "dropped from … of 16% to 5%", "dropped to …".
FIGURE_LEADS = frozenset({"from", "to", "by", "at"})


def _by_share(words: list[str], at: int) -> str:
    """ "reduced the downtime on the dryer section of around 40% in …" -> "of around 40%";
    "" where the "of" is of something else ("of 40% of the parts")."""
    for of in range(at + 1, min(len(words) - 1, at + 11)):
        if ends_clause(words[of - 1]):
            return ""
        if bare_word(words[of]) in FIGURE_LEADS:
            return ""  # "dropped from an average of 16% to 5%", "dropped to a low of 4%"
        if bare_word(words[of]) != "of":
            continue
        if bare_word(words[of - 1]) in FIGURE_NOUNS:
            return ""  # "cut costs, a drop of 16%": the figure's own noun takes "of"
        share = of + 1 + (bare_word(words[of + 1]) in ABOUT_WORDS)
        if share >= len(words):
            return ""
        amount = words[share].rstrip(WORD_MARKS)
        percent = amount.endswith("%") and amount[:-1].replace(".", "", 1).isdigit()
        if not percent or (share + 1 < len(words) and bare_word(words[share + 1]) == "of"):
            return ""
        return " ".join(words[of : share + 1]).rstrip(WORD_MARKS)
    return ""


def sentence_slips(sentence: str) -> list[tuple[str, str]]:
    """The probable slips of one sentence: (the words as typed, the fix said)."""
    words = sentence.split()[:MAX_WORDS]
    found = []
    if plural := _plural_subject(words):
        found.append((plural[0], f"with more than one, say “{plural[1]}”"))
    if singular := _singular_have(words):
        found.append((singular[0], f"with one, say “{singular[1]}”"))
    for said, fix in _actor_bare_verbs(words) + _who_bare_verbs(words):
        found.append((said, f"with one, say {fix}"))
    return (
        found
        + _small_slips(words)
        + verb_slips(words)
        + phrase_slips(words)
        + article_slips(words)
        + false_friends(words)
    )


def slips_hint(sentences: tuple[str, ...] | list[str]) -> str:
    """ " “the 7018 rods is”: with more than one, say “are”.": each probable slip of the
    answer's sentences, at most three, or ""."""
    found: dict[str, str] = {}
    for sentence in sentences:
        for said, fix in sentence_slips(sentence):
            found.setdefault(said, fix)
    return "".join(f" “{said}”: {fix}." for said, fix in list(found.items())[:MAX_HINTS])
