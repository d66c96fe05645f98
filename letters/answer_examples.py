"""Examples for a wizard notice in the user's own words: the note they typed, said as a
sentence with a lead that fits its shape ("residents losing weight" -> "You told me
about residents losing weight."), or a result said with "I". The notice shows them; the
user writes the sentence, so no lead is ever put in the letter by the wizard. "" when
no lead fits: the notice then quotes the trade's example (``letters.trades``).

Pure functions of plain values, no database; plain word lookups.
"""

from __future__ import annotations

import zlib

from letters.answer_case import (
    AWARDING_BODIES,
    SUBJECTS,
    Facts,
    all_capitals,
    ordinary_word,
    plain_case,
)
from letters.answer_fixes import (
    CLAUSE_WORDS,
    GAIN_LINKS,
    JOB_TITLES,
    READER_OBJECTS,
    activity,
    article,
    modal_and_verb,
    past_result,
    says_it_means,
    work_done,
)
from letters.answer_words import (
    AMOUNT_STARTS,
    CALENDAR_WORDS,
    CLOSED_WORDS,
    DETERMINERS,
    FIRST_PERSON,
    GAIN_STARTS,
    LANGUAGE_WORDS,
    OWN_STARTS,
    PREPOSITIONS,
    SPAN_UNITS,
)
from letters.quality import lexicon
from letters.quality import sentences as grammar

# Leads for an example said in the user's own words; the notice shows it, the user writes
# the sentence (a lead is never put in the letter by the wizard).
# Nouns a gain names without "a": "better use of", "more control of".
UNCOUNTED = frozenset({
    "use", "access", "control", "visibility", "value", "quality", "service", "cover",
    "coverage", "stock", "time", "money", "work", "care", "information", "management",
})  # fmt: skip
PROBLEM_LEADS = ("You told me about", "You mentioned")
GAIN_LEADS = ("That would mean", "That should mean")
CONNECTION_LEAD = "We talked about"


# The first marks of a figure: "about 20% less waste" is a thing a gain may mean.
AMOUNT_MARKS = frozenset("0123456789$£€~")

LONG_EXAMPLE = 24  # an example longer than this is cut at its first "and"


def own_words_example(key: str, note: str, facts: Facts) -> str:
    """The note said as a sentence with its own words, for the notice's "for example":
    their problem "residents losing weight" -> "You told me about residents losing
    weight."; a gain "less waste, lower food cost" -> "That would mean less waste and
    lower food cost."; "" when the note has no shape a lead fits. A long one is cut
    at its first "and": the example shows the shape, the user says the rest."""
    example = _said_in_own_words(key, note, facts)
    words = example.split()
    if len(words) <= LONG_EXAMPLE:
        return example
    cut = next((i for i, w in enumerate(words) if i > 5 and w.lower() == "and"), None)
    return f"{' '.join(words[:cut]).rstrip(',;:')}." if cut and cut <= LONG_EXAMPLE else ""


ASKED_OF_YOU = frozenset({
    "still", "planning", "looking", "thinking", "hoping", "hiring", "expanding", "going",
    "open", "interested", "happy", "ok", "okay",
})  # fmt: skip


def question_example(text: str) -> str:
    """ "How many CHF patients on census now" -> "How many CHF patients are on census
    now?"; "How many FAIs a week" -> "How many FAIs do you get a week?"; "" else."""
    if asked := dashed_question(text) or reporting_question(text):
        return asked
    words = text.rstrip(" ?.").split()
    if len(words) >= 3 and words[0].lower() in ASKED_OF_YOU:
        # "Still planning to take on flat roof?" -> "Are you still planning to ...?"
        return f"Are you {words[0].lower()} {' '.join(words[1:])}?"
    if len(words) < 4 or [w.lower() for w in words[:2]] != ["how", "many"]:
        return ""
    if any(
        "VB" in "".join(lexicon.verb_tags(w.lower()))
        and not lexicon.is_noun(w.lower())
        or w.lower() in ASKING_VERBS
        for w in words[2:]
    ):
        return ""  # "How many FAIs do you run", "… a week does the team take on": its verb
    for i in range(3, len(words)):
        word = words[i].lower()
        if word in ("a", "an", "per", "each", "every") and i + 1 < len(words):
            return f"{' '.join(words[:i])} do you get {' '.join(words[i:])}?"
        if word in ("on", "in", "at", "for", "with", "there"):
            return f"{' '.join(words[:i])} are {' '.join(words[i:])}?"
    return ""


# Verbs a question asks with, some of them nouns too to the lexicon ("does", "can").
ASKING_VERBS = frozenset({
    "do", "does", "did", "is", "are", "was", "were", "can", "could", "will", "would",
    "should", "may", "might", "has", "have", "had",
})  # fmt: skip

DASHES = (" - ", " – ", " — ")
# Words a choice after a dash may not have: then it is a question of its own.
ASKED_WORDS = frozenset({
    "i", "you", "we", "they", "he", "she", "it", "there", "is", "are", "was", "were", "do",
    "does", "did", "will", "would", "can", "could", "should", "who", "what", "when",
    "where", "why", "how", "which",
})  # fmt: skip


def dashed_question(text: str) -> str:
    """ "Landlord cert work - mine alone or split with Dean?" -> "Would the landlord cert
    work be mine alone or split with Dean?": a heading of up to four words with no verb,
    a dash, and a choice of up to eight words with no one and no verb that asks; "" else."""
    if not text.endswith("?"):
        return ""
    dash = next((d for d in DASHES if d in text), "")
    head, _, choice = text[:300].rstrip(" ?").partition(dash) if dash else ("", "", "")
    heads, chosen = head.split(), [w.lower().strip(",") for w in choice.split()]
    if not 2 <= len(heads) <= 4 or not 2 <= len(chosen) <= 8 or "or" not in chosen[1:]:
        return ""
    if any(d in choice for d in DASHES) or set(chosen) & ASKED_WORDS:
        return ""
    lowered = [w.lower() for w in heads]
    if lowered[0] in DETERMINERS or set(lowered) & ASKED_WORDS or not lexicon.is_noun(lowered[-1]):
        return ""
    if not all(_head_word(w, at) for at, w in enumerate(heads)):
        return ""  # "Mr Dean - his or mine?", "Starting Monday - 6 or 7?": no thing named
    thing = " ".join(lowered if heads[0][1:].islower() else heads)
    return f"Would the {thing} be {' '.join(choice.split())}?"


def _head_word(word: str, at: int) -> bool:
    """A word of a thing's name: a noun or a short word the lexicon lacks ("cert"), in
    lower case after the first; no verb but its base form, no name."""
    lowered = word.lower()
    if not lowered.isalpha() or (at and not word.islower()):
        return False
    if lexicon.verb_tags(lowered) - {"VB"}:
        return False
    return lexicon.is_noun(lowered) or not lexicon.is_english_word(lowered)


REPORT_LINES = frozenset({"direct", "directly", "straight"})


def reporting_question(text: str) -> str:
    """ "Is reporting direct to Mr. de Vries?" -> "Would I report directly to Mr. de
    Vries?": "Is", a verb's "-ing" form with no one doing it, "direct" and "to"; "" else."""
    words = text[:300].rstrip(" ?").split()
    lowered = [w.lower() for w in words[:4]]
    if len(words) < 5 or lowered[0] != "is" or lowered[2] not in REPORT_LINES:
        return ""
    doing = lowered[1]
    if lowered[3] != "to" or not doing.endswith("ing") or "VBG" not in lexicon.verb_tags(doing):
        return ""
    base = doing[:-3]
    if "VB" not in lexicon.verb_tags(base):
        base += "e"  # "liaising" -> "liaise"
    if "VB" not in lexicon.verb_tags(base):
        return ""
    return f"Would I {base} directly to {' '.join(words[4:])}?"


def _said_in_own_words(key: str, note: str, facts: Facts) -> str:
    parts = grammar.split_sentences(note)
    if len(parts) > 1 and key == "value_gain" and all(_listed_gain(p) for p in parts):
        # "Less waste. Better margin per event.": the notes said as one list
        note = ", ".join(_example_body(p.rstrip(" .!?"), facts) for p in parts)
    elif len(parts) > 1:
        return ""  # two notes: a lead before them would make the second a fragment
    words = note.rstrip(" .!?").split()
    if key == "value_gain" and len(words) > 2 and words[0].lower().strip(",") in GAIN_LINKS:
        words = words[1:]  # "Then fewer callbacks, …": the lead says it, not "mean then …"
    if len(words) < 2 or any(w.endswith(":") for w in words):
        return ""  # "Previous trust: 16 weeks …": a heading and a note, no one sentence
    first = words[0].lower().strip(",")
    lowered = {w.lower().strip(".,;:!?") for w in words}
    body = _example_body(" ".join(words), facts)
    numbered = first[:1].isdigit() or first[:1] == "$"
    tags = lexicon.verb_tags(first)
    if key == "question" and first in ("you", "u") and len(words) > 2:
        return f"Are you {' '.join(words[1:])}?"
    if key == "question":
        return question_example(note)
    if first in OWN_STARTS | CLAUSE_WORDS | {"not", "no", "never"} and key != "value_gain":
        return ""
    if "=" in body or "£££" in body or "$$$" in body:
        return ""  # "chairs full = more £££": the user says it in words
    if key == "value_gain" and says_it_means(words):
        return ""  # "Fewer leakers means less rework": no "That should mean" before it
    if key == "value_gain" and modal_and_verb(words, opening=True):
        return ""  # "turnaround would keep …": no "That should mean" before its own modal
    second = words[1].lower()
    if key == "value_gain" and first in PREPOSITIONS and second[:1] not in AMOUNT_MARKS:
        return ""  # "On time", "within a week": no "That would mean on time."
    if key == "value_gain" and (first in THIRD_PERSON or be_and_base_verb(words)):
        return ""  # "He'd get through …", "the bearings are change …": no example of it
    if key == "value_gain" and first in SAID_BY_ITSELF and _finite_after(second):
        return ""  # "This will be safer …": a clause of its own, no "That would mean" before
    if key == "value_gain" and _state_alone(first, second):
        return ""  # "safe for the residents": not "That would mean safe for …"
    if key == "value_gain" and _bare_count_noun(words):
        return ""  # "Fuller hut, …": not "That should mean fuller hut", "a" not certain
    if key == "value_gain" and first not in OWN_STARTS:
        head, _, last = body.rpartition(", ")
        joined = " and " in f" {last.lower()} " or last.lower().startswith(LINKS)
        does = last.split()[0].lower() if last.split() else ""
        if head and _does_to_it(last) and "," not in head:
            body = f"{head}, which {last}"  # "fewer remakes, saves material": which saves
        elif head and not joined and does not in ASIDES and does not in PREPOSITIONS:
            # "fewer falls, better nutrition and ..."; not ", especially before the rush"
            body = f"{head} and {last}"
        parts = body.lower().split()
        one = len(parts) > 3 and parts[2] == "of" and not parts[1].endswith("s")
        one = one and parts[1] not in UNCOUNTED  # "better use of vet time": no "a"
        one = one and parts[0] not in AMOUNT_WORDS  # "less downtime of …": no "a less"
        if one and lexicon.is_adjective(parts[0]) and lexicon.is_noun(parts[1]):
            body = f"{article(body)} {body}"  # "a steady supply of jellies"
        if _says_what_it_does(words):
            # "saves you 2 hours a shift": "That would save you …", kept conditional
            verb, _, rest = body.partition(" ")
            return f"That would {lexicon.verb_lemma(verb.lower())} {rest}."
        if _does_first(words):
            body = f"you {body}"  # "pass the audits …": "That should mean you pass …"
        return f"{_lead(GAIN_LEADS, facts)} {body}."
    arrow = {"→", "->", "=>", "="} & set(body.split())  # "30% → 12%": a note's mark
    if key == "value_gain_detail" and (numbered or first in AMOUNT_STARTS) and " to " not in body:
        if arrow or past_result(words):
            return ""  # "Around €600 a month saved at my last place": no "It could be worth"
        return f"It could be worth {body}."
    if key == "value_problem":
        dash = any(w in ("-", "–", "—") for w in words)
        if dash or _lists_things(words) or {"because", "bc", *THIRD_PERSON} & lowered:
            return ""  # "callbacks on chimney flashings, 3-4 a month he said"
        if "said" in lowered or _reported(words):
            return ""  # "Declan said late timesheets": no "You mentioned" before a "said"
        if _may_say_it(words):
            return ""  # "quotes take 2-3 days": not "You told me about quotes take …"
        second = words[1].lower().strip(".,;:!?") if len(words) > 1 else ""
        state = lexicon.is_adjective(first) and not lexicon.is_noun(first) and "VB" not in tags
        if state and second and second not in PREPOSITIONS and second not in ("and", "or"):
            state = False  # "hazy ipas sitting ...": an adjective before its noun
        third = words[2].lower() if len(words) > 2 else ""
        if lexicon.is_adjective(first) and _participle(second) and third in PREPOSITIONS:
            state = True  # "short handed for main shear": "being short handed", not "about"
        last = words[-1].lower().strip(".,;:!?")
        before_last = words[-2].lower().strip(".,;:!?")
        said = len(words) == 2 and lexicon.is_noun(before_last) and before_last.endswith("s")
        said = said and not before_last.endswith("ss")  # "process slow": not a plural
        if said and lexicon.is_adjective(last) and not lexicon.is_noun(last):
            # "orders late": "You mentioned that orders are late", not "... about orders late"
            clause = f"{body.rsplit(' ', 1)[0]} are {words[-1].rstrip('.')}"
            return problem_example(clause, facts, clause=True)
        if (too := _thing_too(body.split())) is not None:
            # "demurrage too high": "You mentioned that demurrage is too high"; "" when
            # the noun may need "the" ("queue too long")
            return problem_example(too, facts, clause=True) if too else ""
        if first in ("to", "too") and second in ("much", "many"):
            # "to much agency staff": "too much", not "You mentioned being to much ..."
            return problem_example(f"too {body.split(' ', 1)[1]}", facts)
        if first in PREPOSITIONS or state:
            # "behind on jobs" -> "You mentioned being behind on jobs", not "You
            # mentioned behind on jobs"
            return problem_example(f"being {body}", facts, lead="You mentioned")
        if _thing_and_state(words):
            return ""  # "content library out of date": "is" or "are", "the" or not, unsure
        return problem_example(f"{'the ' if numbered else ''}{body}", facts)
    if key == "connection" and first == "both":
        return ""  # "both ex-Navy": not a thing to have talked about
    if key == "connection" and (first in DETERMINERS or first in ("our", "your", "my")):
        return f"{CONNECTION_LEAD} {body}."
    if key == "connection" and "VBD" in tags and not lexicon.is_noun(first):
        if words[1].lower() in ("me", "us"):
            # "showed me pics of hers": they showed it, not "I showed me"
            yours = " ".join("yours" if w.lower() in ("hers", "his") else w for w in body.split())
            return f"You {yours}."
        return f"I {body}."
    if key == "fit" and first == "own":
        if work_done(second.strip(".,;:&")):
            return f"I do my {body}."  # "own servicing on saw head": work done
        return f"I have my {body}."  # "own van and tools", not "I own van and tools"
    if key in ("fit", "value_idea") and "VB" in tags and not lexicon.is_noun(first):
        if words[0] in PRODUCT_VERBS and not _verb_follows(words):
            return ""  # "Excel deadline tracker": the spreadsheet, not "I excel …"
        if lexicon.is_adjective(first) and _bare_noun(second.strip(".,;:")):
            return ""  # "top negotiator in the branch": the adjective's, not "I top …"
        if key == "value_idea" and _lists_things(words):
            return ""  # "wash bottles + buckets every feeding, calf jackets": two notes
        return f"{'I' if key == 'fit' else 'I would'} {body}."
    if key == "fit":
        return _result_example(words, body, numbered=numbered or first in AMOUNT_STARTS)
    ordinal = first.endswith(("st", "nd", "rd", "th"))
    if (
        key == "value_gain_detail"
        and numbered
        and not ordinal
        and " to " in f" {body} "
        and "," not in body
    ):
        return f"It went from {body}."
    return ""


# Words a gain opens with that are its subject: "This will be safer …", "It saves …".
SAID_BY_ITSELF = frozenset({"this", "that", "it", "there", "they", "he", "she"})


def _finite_after(word: str) -> bool:
    """ "will", "is", "saves": a word that says the note is a clause of its own."""
    word = word.strip(".,;:!?")
    if word in lexicon.MODALS or word in ("is", "are", "was", "were", "'ll", "would", "could"):
        return True
    return bool({"VBZ", "VBD"} & lexicon.verb_tags(word)) and not lexicon.is_noun(word)


def _state_alone(first: str, second: str) -> bool:
    """ "safe for the residents", "faster to fit": a state with no one in it, an adjective
    and then a preposition or "to"; not an amount ("more of the fruit", "less of a wait")."""
    second = second.strip(".,;:!?")
    if first in AMOUNT_WORDS or second not in PREPOSITIONS | {"to"}:
        return False
    return lexicon.is_adjective(first)


def _bare_count_noun(words: list[str]) -> bool:
    """ "Fuller hut, fewer fly-outs": a comparative and one singular thing with nothing
    after it, a thing counted one at a time ("hut", "kitchen") that needs "a" the wizard
    cannot be sure of; not a gain's usual word ("better retention", "lower turnover"),
    whose noun is mostly one with no "a", nor a gain's amount ("fewer", "less")."""
    if len(words) < 2 or len(words) > 2 and not words[1].endswith(","):
        return False
    first, noun = words[0].lower(), words[1].lower().rstrip(".,")
    if first in AMOUNT_WORDS or first in GAIN_STARTS or not first.endswith("er"):
        return False
    if not lexicon.is_adjective(first) or noun in UNCOUNTED or noun.endswith("s"):
        return False
    return lexicon.is_noun(noun) and not lexicon.verb_tags(noun) and not lexicon.is_adjective(noun)


def _does_to_it(last: str) -> bool:
    """ "saves material": the part after the comma says what the gain does, so "which"
    joins it; not "jobs finished when promised", a thing and its state (a list's item)."""
    words = last.lower().split()
    does = words[0] if words else ""
    if "VBZ" not in lexicon.verb_tags(does) or not does.endswith("s"):
        return False
    after = words[1].strip(".,;:!?") if len(words) > 1 else ""
    tags = lexicon.verb_tags(after)
    if tags and tags <= {"VBD", "VBN"} and not lexicon.is_noun(after):
        return False  # "jobs finished when promised"
    # "trucks out on time", "parts in stock": a plural thing and where it is
    return not lexicon.is_noun(does) or after not in PREPOSITIONS | PARTICLES


PARTICLES = frozenset({"out", "up", "down", "off", "back", "away", "through"})


# Products typed with their capital that the dictionary reads as verbs: "Excel rota for 60
# drivers" is the spreadsheet, "I excel" no example of it (set Y).
PRODUCT_VERBS = frozenset({"Excel", "Access", "Sage", "Teams", "Word", "Outlook", "Slack"})
# "Excel at fault finding": the verb goes on to one of these
VERB_FOLLOWERS = frozenset({"at", "in", "as", "with", "when", "under"})


def _bare_noun(word: str) -> bool:
    """ "negotiator", "seller": a noun that is no verb, with no "a" or "the" before it."""
    return lexicon.is_noun(word) and not lexicon.verb_tags(word) and word not in CLOSED_WORDS


def _verb_follows(words: list[str]) -> bool:
    return len(words) > 1 and words[1].lower().strip(",.;:") in VERB_FOLLOWERS


# ", especially before the spring rush": a word that adds to what comes before the comma.
ASIDES = frozenset({
    "especially", "particularly", "mostly", "mainly", "even", "including", "like", "just",
    "above", "ideally", "hopefully", "probably",
})  # fmt: skip

CREDENTIAL_NOUNS = frozenset(
    {"cert", "certificate", "certification", "license", "licence", "card", "ii", "iii"}
)
TITLE_NOUNS = frozenset(
    {"tech", "technician", "officer", "mp", "mechanic", "nurse", "driver", "trainer", "lead"}
)


LINKS = ("so ", "which ", "because ", "and ", "but ", "as ", "then ")


def _listed_gain(part: str) -> bool:
    """ "Less waste.", "Better margin per event.": a gain of a few words with no verb."""
    words = [w.lower().strip(".,;:!?") for w in part.split()]
    return (
        0 < len(words) <= 6
        and words[0] in GAIN_STARTS
        and not any(
            {"VB", "VBP", "VBZ", "VBD", "MD"} & lexicon.verb_tags(w) and not lexicon.is_noun(w)
            for w in words[1:]
        )
    )


def _may_say_it(words: list[str]) -> bool:
    """ "quotes take 2-3 days", "contractors just buy from …": a plural and a word that
    may be its verb; the note may be a clause, so no lead for a thing goes before it."""
    lowered = [w.lower().strip(".,;:!?") for w in words]
    for at, word in enumerate(lowered[:-1]):
        plural = word.endswith("s") and not word.endswith("ss") and lexicon.is_noun(word)
        # its head, or after "and": "… when charter flights arrive" is a thing still
        plural = plural and (at == 0 or lowered[at - 1] in ("and", "+", "&"))
        nxt = lowered[at + 1]
        if plural and nxt in ("just", "still", "often", "always", "never", "only", "usually"):
            nxt = lowered[at + 2] if at + 2 < len(lowered) else ""
        if nxt in PREPOSITIONS or nxt in ("up", "down", "out", "off", "back", "round"):
            continue  # "rates down to 14%", "leaks round the frames"
        if plural and {"VB", "VBP"} & lexicon.verb_tags(nxt) and not nxt.endswith("ing"):
            return True
    return False


FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})

# "He's got an 18 month waiting list": whether "he" is the reader is not certain, so the
# note is not told back to them as it stands.
THIRD_PERSON = frozenset({"he", "she", "he's", "she's", "he'd", "she'd", "his"})
# A gain's amount word, never after "a": "less downtime", not "a less downtime".
AMOUNT_WORDS = frozenset({"less", "more", "fewer", "much", "little", "no", "enough"})
INTENSIFIERS = frozenset({"too", "very", "so", "far", "way", "really", "quite"})


def _participle(word: str) -> bool:
    """ "handed", "staffed": a participle that makes the word before it a state."""
    word = word.lower().strip(".,;:!?")
    return word.endswith("ed") and "VBN" in lexicon.verb_tags(word) and not lexicon.is_noun(word)


def _thing_too(words: list[str]) -> str | None:
    """ "demurrage too high" -> "demurrage is too high"; "trucks too slow" -> "trucks are
    too slow"; "" when the noun may need "the" ("queue too long"); None for any other
    shape."""
    lowered = [w.lower().strip(".,;:!?") for w in words]
    at = next((i for i, w in enumerate(lowered) if w in INTENSIFIERS), None)
    if at is None or at == 0 or at >= len(lowered) - 1 or len(lowered) - at > 3:
        return None
    between = lowered[at + 1 : -1]  # "far too high": only more of them before the word
    if not lexicon.is_adjective(lowered[-1]) or any(w not in INTENSIFIERS for w in between):
        return None
    if any(FINITE_TAGS & lexicon.verb_tags(w) and not lexicon.is_noun(w) for w in lowered[:at]):
        return None
    if any(w.endswith("ing") or w in ("and", "or", "&", "+") for w in lowered[:at]):
        return None  # "pickers walking too much", "mis-picks and …": not one thing
    noun = lowered[at - 1]
    plural = noun.endswith("s") and not noun.endswith("ss")
    if not plural and (at > 1 or lexicon.is_noun(noun + "s")):
        return ""  # "queue too long", "scrap rate too high": "the" is not certain
    head = " ".join(words[:at])
    return f"{head} {'are' if plural else 'is'} {' '.join(words[at:])}"


# "1.2 tonnes a month", "400 covers a night": a rate, what is done in a span, not had.
RATE_LEADS = frozenset({"a", "an", "per", "each", "every"})
RATE_SPANS = frozenset({
    "day", "week", "month", "year", "shift", "hour", "night", "season", "cycle", "run",
    "fortnight", "quarter", "weekend", "intake", "term", "semester", "cohort", "batch",
})  # fmt: skip
# "2 apprentices through to qualification", "3 trainees up to journeyman": people the
# writer took through something, not things the writer has.
MOVED_ON = frozenset({"through", "up", "into", "onto"})


def not_had(words: list[str]) -> bool:
    """A counted note that "I have" cannot go before: a rate ("About 1.2 tonnes a month
    on Probat 25kg") or people moved on ("2 apprentices through to qualification");
    not "1.2 million safe miles" or "2 NVQ certificates in welding"."""
    lowered = [w.lower().strip(".,;:!?()") for w in words[:40]]
    if any(a in RATE_LEADS and b in RATE_SPANS for a, b in zip(lowered, lowered[1:], strict=False)):
        return True
    counted = next((i for i, w in enumerate(lowered[:3]) if w[:1].isdigit()), None)
    if counted is None:
        return False
    moved = next((i for i, w in enumerate(lowered) if w in MOVED_ON), None)
    return moved is not None and counted < moved <= counted + 3


def be_and_base_verb(words: list[str]) -> bool:
    """ "the bearings are change during the shutdown": "are" and a bare verb."""
    lowered = [w.lower().strip(".,;:!?") for w in words]
    for be, word, after in zip(lowered, lowered[1:], [*lowered[2:], ""], strict=False):
        if be not in ("is", "are", "was", "were") or lexicon.is_adjective(word):
            continue
        tags = lexicon.verb_tags(word)
        bare_verb = "VB" in tags and not tags & {"VBN", "VBG", "VBD"} and not word.endswith("s")
        if bare_verb and (after in PREPOSITIONS or after in ("", "every", "each")):
            return True
    return False


def _thing_and_state(words: list[str]) -> bool:
    """ "content library out of date": a thing and what it is with no verb between, so no
    lead fits it as typed; not "product damage in racking" or "jobs running late"."""
    lowered = [w.lower().strip(".,;:!?") for w in words]
    if any(FINITE_TAGS & lexicon.verb_tags(w) and not lexicon.is_noun(w) for w in lowered):
        return False
    if any(w.endswith("ing") for w in lowered):
        return False
    last = lowered[-1]
    state = lexicon.is_adjective(last) and not lexicon.is_noun(last)
    out_of = " out of " in f" {' '.join(lowered)} "
    return out_of or state and len(lowered) > 2 and lexicon.is_noun(lowered[-2])


def _lists_things(words: list[str]) -> bool:
    """A note of several things ("wash bottles + buckets every feeding, calf jackets"):
    a lead before it would join the things to the wrong verb."""
    return any(w in ("+", "&", "/") or w.endswith((",", ";")) for w in words[:-1])


PERSON_ENDINGS = ("ist", "er", "or", "ic", "ant", "ian", "ee", "ed")


def _field_of_work(phrase: str) -> bool:
    """ "HR in manufacturing", "balayage and color correction": a field to have
    experience in; not a role ("barista", "NRP certified paramedic"), a credential
    ("conflict management trained", "OSHA certified") or a list with figures."""
    words = [w.lower().strip(".,;:()") for w in phrase.split()]
    if not words or any(w[:1].isdigit() for w in words) or {"+", "&"} & set(words):
        return False
    if "," in phrase or any(w in CREDENTIAL_WORDS for w in words):
        return False
    last = words[-1]
    return last.endswith("ing") or not last.endswith(PERSON_ENDINGS)


CREDENTIAL_WORDS = frozenset({
    "certified", "trained", "licensed", "qualified", "registered", "cert", "certificate",
    "licence", "license", "card", "ticket",
})  # fmt: skip


# "Declan mentioned …", "she said …": the answer says who told it already.
REPORTED_WORDS = frozenset({
    "said", "says", "mentioned", "told", "talked", "spoke", "explained", "raised",
})  # fmt: skip


def _reported(words: list[str]) -> bool:
    """ "Declan mentioned …", "Mr. Rao told me about …": who told it, then a reporting
    verb near the start; not "customers not told about delays"."""
    lowered = [w.lower().strip(".,;:!?") for w in words[:5]]
    return any(
        w in REPORTED_WORDS and lowered[i - 1] not in ("not", "never", "be", "been", "being")
        for i, w in enumerate(lowered)
        if i
    )


def problem_example(said: str, facts: Facts, *, clause: bool = False, lead: str = "") -> str:
    """Their problem said as a sentence for an example: to the decision-maker, who was
    at the interview, as what they told ("You told me about late timesheets."); to a
    recruiter or HR, who may not have said it, as what came up ("The interview touched
    on late timesheets.", "I understand that orders are late.")."""
    if facts.decision_maker:
        if clause:
            return f"You mentioned that {said}."
        return f"{lead or _lead(PROBLEM_LEADS, facts)} {said}."
    if clause:
        return f"I understand that {said}."
    return f"{HEARD_LEAD} {said}."


HEARD_LEAD = "We talked about"  # says what came up, not who said it


def _lead(leads: tuple[str, ...], facts: Facts) -> str:
    return leads[zlib.crc32(f"{facts.seed}:lead".encode()) % len(leads)]


def _result_example(words: list[str], body: str, *, numbered: bool) -> str:
    """A result typed as a note, said with "I": "1.2 million safe miles" -> "I have 1.2
    million safe miles."; "140% of quota last year" -> "I reached 140% of ..."; "6 years
    HR in manufacturing" -> "I have 6 years of experience in HR in manufacturing."; "EPA
    608 type II" -> "I have my EPA 608 type II."; "Former army MP" -> "I am a former army MP"."""
    lowered = [w.lower().strip(".,;:") for w in words]
    span = next((i for i, w in enumerate(lowered) if w in SPAN_UNITS | {"yrs"}), None)
    if span is not None and span >= 1 and lowered[span - 1][:1].isdigit():
        if span == 2 == len(words) - 1 and activity(lowered[0]):
            # "tuning 15 years": the work done for that long, never "as a tuning"
            unit = "years" if lowered[span] == "yrs" else words[span]
            return f"I have been {lowered[0]} for {words[1]} {unit}."
        if span > 1:
            return ""  # "CPhT 4 yrs retail": what the years were in is not certain
        rest = " ".join(words[span + 1 :])
        unit = "years" if lowered[span] == "yrs" else words[span]
        role = next((w for w in lowered[span + 1 :] if w in PREPOSITIONS), None)
        role = lowered[span + 1 : lowered.index(role, span + 1)] if role else lowered[span + 1 :]
        if role and role[-1] in TITLE_NOUNS | JOB_TITLES:
            # "5 years mechanic at a Toyota dealer": a job, not a field to be "in"; not
            # "5 years like technician …" or "12 yrs army, 4 yrs security supervisor"
            plain = all(w.isalpha() and w not in CLOSED_WORDS | {"like"} for w in role)
            if not plain or "," in rest or not rest[:1].islower():
                return ""
            return f"I have worked {words[span - 1]} {unit} as {article(rest)} {rest}."
        if not rest or not _field_of_work(rest):
            return ""  # "7 yrs OSHA certified", "3 yrs barista": not a field to be "in"
        if rest.split()[0].lower() != "experience" and " experience " in f" {rest} ":
            # "5 years procurement experience in a hospital chain": its own "experience"
            return f"I have {words[span - 1]} {unit} of {rest}."
        return f"I have {words[span - 1]} {unit} of experience in {rest}."
    if numbered and not_had(words):
        return ""  # "About 1.2 tonnes a month on …": not "I have about 1.2 tonnes a month"
    if numbered and "%" in body:
        return f"I reached {body}."
    if numbered:
        return f"I have {body}."
    if lowered[-1] in CREDENTIAL_NOUNS or lowered[-1].endswith("+"):
        return f"I have my {body}."
    if lowered[-1] in TITLE_NOUNS:
        if "," in body or {"VBD", "VBN"} & lexicon.verb_tags(lowered[0]):
            return ""  # "Done listed work, used to … officer": not "I am a done …"
        return f"I am {article(body)} {body}."
    if words[0].islower() and not any(c.isdigit() for c in body) and _field_of_work(body):
        return f"I have experience with {body}."  # "balayage and color correction"
    return ""


# After a verb a gain starts with: "pass the audits", "keep the contract", "save money".
DONE_TO = frozenset({"money", "time", "costs", "jobs", "customers", "staff", "up", "back"})


def _does_first(words: list[str]) -> bool:
    """ "pass the audits and less time lost", "stay in compliance and avoid notices": a
    gain that starts with what they would do, so a lead needs "you" before it; not "lower
    costs", "fewer returns" or "freight on time"."""
    lowered = [w.lower().strip(".,;:!?") for w in words]
    first, second = lowered[:2]
    if lexicon.is_adjective(first) or first in DETERMINERS or first.endswith(("ing", "ed")):
        return False
    if "VB" not in lexicon.verb_tags(first) or first in UNCOUNTED:
        return False
    if second in DETERMINERS or second in DONE_TO or not lexicon.is_noun(first):
        return True
    # "stay in compliance … and avoid notices": "avoid" is only a verb, so "stay" is one
    return any(
        before == "and" and "VB" in lexicon.verb_tags(w) and not lexicon.is_noun(w)
        for before, w in zip(lowered, lowered[1:], strict=False)
    )


def _example_body(text: str, facts: Facts) -> str:
    """The note's words to follow a lead: its first word lower case unless a name or an
    acronym ("Prepped veg" -> "prepped veg", "ER troponin" stays)."""
    if all_capitals(text):
        text = plain_case(text, facts)
    first, _, rest = text.partition(" ")
    capitalised_only = first[:1].isupper() and first[1:] == first[1:].lower()
    named = first in facts.name_words() or first.lower() in CALENDAR_WORDS | LANGUAGE_WORDS
    named = named or any(text.startswith(f"{body} ") for body in AWARDING_BODIES)  # "Red Seal"
    named = named or typed_as_name(first, facts)  # "Greg", "Webster packs"
    if capitalised_only and not named:
        return f"{first.lower()} {rest}".strip()
    return text


CHANGE_VERBS = frozenset({"went", "dropped", "fell", "rose", "grew", "climbed", "cut", "down"})
# A result said with these is a forecast: "maybe", "could", "if we got 15% off".
FORECAST_WORDS = frozenset({
    "maybe", "could", "would", "might", "if", "expect", "probably", "hopefully", "should",
    "potentially", "possibly", "estimate", "estimated",
})  # fmt: skip
# A first word that is no thing whose figure changed: "Roughly 2 weeks", "On about 50 ha".
NOT_A_THING = frozenset({
    "roughly", "about", "around", "approx", "approximately", "on", "in", "at", "over",
    "maybe", "nearly", "almost", "up", "down", "from", "~", "by", "for", "with",
})  # fmt: skip
CHANGE_TO = frozenset({"from", "to", "by", "about", "around", "roughly", "nearly", "over"})


def whose_result(sentence: str, facts: Facts) -> str:
    """A result that does not say who did it, said with "I" for the notice's example:
    "Make-ready time cut from 12 days to 5 at my last property." -> "I cut make-ready
    time from 12 days to 5 at my last property."; "Shrink 2.9% to 1.2% at my last
    store." -> "I got shrink from 2.9% to 1.2% at my last store."; "" when the
    sentence says who ("I", "we", "my team" in its first words) or has no figure."""
    words = sentence.rstrip(" .!?").split()
    lowered = [w.lower().strip(".,;:") for w in words]
    if len(words) < 3 or set(lowered[:3]) & (FIRST_PERSON | {"you", "they", "he", "she"}):
        return ""
    if any(w.endswith(":") for w in words):
        return ""  # "Previous trust: 16 weeks down to 6": "I got previous trust: …" is none
    if not any(c.isdigit() for c in sentence):
        return ""
    if set(lowered) & FORECAST_WORDS:
        return ""  # "maybe R40 000 saved a season": a forecast, no one did it yet
    verb = next((i for i, w in enumerate(lowered) if w in CHANGE_VERBS), None)
    start = next((i for i, w in enumerate(lowered) if w[:1].isdigit() or w[:1] == "$"), None)
    at = ""
    if lowered[0] == "last" and len(words) > 3:  # "Last shop cut ..." -> "At my last shop I cut"
        at, words, lowered = f"At my last {words[1]} ", words[2:], lowered[2:]
        verb = verb - 2 if verb is not None and verb >= 2 else None
        start = start - 2 if start is not None and start >= 2 else None
    following = lowered[verb + 1] if verb is not None and verb + 1 < len(lowered) else ""
    if verb and not (following[:1].isdigit() or following[:1] in "$£€~" or following in CHANGE_TO):
        verb = None  # "each hour down on a Saturday costs them": not a change from one figure
    before = verb if verb is not None else start
    if before and lowered[0] in NOT_A_THING:
        return ""  # "Roughly 2 weeks quicker", "On about 50 ha": no thing to say "got" of
    if verb is not None and 0 <= verb < 5 and (verb > 0 or lowered[0] == "cut"):
        if verb and _maybe_a_name(words[0], facts):
            return ""  # "Chennai wastage dropped 25%": "I got chennai …" would lose a name
        what = _example_body(" ".join(words[:verb]), facts) if verb else ""
        rest = " ".join(words[verb + 1 :])
        lead = "cut" if lowered[verb] == "cut" else "got"
        ranged = "to" in lowered[verb + 1 :]
        if lead == "got" and rest[:1].isdigit() and ranged:
            rest = f"from {rest}"
        elif lead == "got" and following != "from":
            # "dropped about 60%" -> "got ... down about 60%", never "got ... about 60%"
            direction = "down" if lowered[verb] in ("dropped", "fell", "down") else "up"
            if lowered[verb] == "went":
                return ""
            rest = f"{direction} {rest}"
        return _said(at, f"{lead} {what} {rest}".replace("  ", " "))
    clause = lowered[start:] if start is not None else []
    clause = clause[: next((i for i, w in enumerate(words[start:]) if w.endswith(",")), None)]
    heading = words[: start or 0]
    heading = heading[:-1] if heading and heading[-1].lower() == "from" else heading
    thing = not any(w.endswith(":") or w.lower() in NOT_A_THING for w in heading)
    if start is not None and 0 < start < 4 and "to" in clause and thing:
        # "Chennai: about 25% less wastage, food cost 34% to 30%": no thing before the
        # figure to say "got" of, and its "to" is another figure's
        if _maybe_a_name(words[0], facts):
            return ""
        what = _example_body(" ".join(words[:start]), facts)
        rest = " ".join(words[start:])
        lead = "" if lowered[start - 1] == "from" else "from "
        return _said(at, f"got {what} {lead}{rest}")
    return ""


def typed_as_name(word: str, facts: Facts) -> bool:
    """ "Greg" when the user typed "if Greg wants" somewhere: a capital inside a sentence,
    after a word in lower case, on a word that is no ordinary one, is the name's."""
    bare = word.strip(".,;:!?")
    if not bare[:1].isupper() or ordinary_word(bare.lower()):
        return False
    for text in facts.typed:
        tokens = text.split()
        for before, typed in zip(tokens, tokens[1:], strict=False):
            if typed.strip(".,;:!?") == bare and before[:1].islower() and before[-1] not in ".!?":
                return True
    return False


def _maybe_a_name(word: str, facts: Facts) -> bool:
    """ "Chennai", "Kovalam": a first word with its capital that is no ordinary word, so
    the capital may be the name's, not the sentence's."""
    bare = word.strip(".,;:!?")
    if not bare[:1].isupper() or bare in facts.name_words():
        return False
    return not ordinary_word(bare.lower())


def _said(at: str, clause: str) -> str:
    return f"{at}I {clause}." if at else f"I {clause}."


# Verbs whose base form is not the present tense less its "s".
IRREGULAR_BASE = {
    "is": "be", "are": "be", "was": "be", "were": "be", "has": "have", "does": "do",
    "goes": "go", "am": "be",
}  # fmt: skip


def _clause_after(lowered: list[str], at: int) -> bool:
    """A subject and its verb from ``at`` ("… you aren't getting paid for"): the words
    before them are a noun the clause is about, not a subject and its verb."""
    if at + 1 >= len(lowered) or lowered[at] not in SUBJECTS:
        return False
    verb = lowered[at + 1].replace("’", "'")
    return (
        verb in lexicon.AUXILIARY_FORMS
        or verb.endswith("n't")
        or bool(lexicon.verb_tags(verb) & {"VBD", "VBP"})
    )


def as_would(sentence: str) -> str:
    """A gain stated as a fact, said as what would happen: "Doctor stays on time." ->
    "The doctor would stay on time."; "Patients get meds faster" -> "Patients would get
    meds faster."; "" when it has a modal already or no such shape."""
    words = sentence.rstrip(" .!").split()
    lowered = [w.lower().strip(".,;:") for w in words]
    if len(words) < 3 or set(lowered) & (lexicon.MODALS | {"would", "could", "should"}):
        return ""
    at = 2 if lowered[0] in DETERMINERS | {"your", "our", "their", "more", "fewer"} else 1
    if at >= len(words) or not lexicon.is_noun(lowered[at - 1]):
        return ""
    verb = lowered[at]
    tags = lexicon.verb_tags(verb)
    if _clause_after(lowered, at + 1):
        return ""  # "Fewer call backs you aren't paid for": a noun and a clause about it
    if verb in IRREGULAR_BASE:
        base = IRREGULAR_BASE[verb]  # "The client is happy" -> "would be happy", not "would i"
    elif "VBZ" in tags and verb.endswith("s"):
        base = verb[:-3] + "y" if verb.endswith("ies") else verb[:-1]
        base = verb[:-2] if verb.endswith(("ches", "shes", "sses", "xes")) else base
    elif {"VBP", "VB"} & tags and (lowered[at - 1].endswith("s") or not lexicon.is_noun(verb)):
        base = verb
    else:
        return ""
    subject = " ".join(words[:at])
    if at == 1 and not lowered[0].endswith("s"):
        subject = f"the {subject[:1].lower()}{subject[1:]}" if subject[1:].islower() else subject
    said = f"{subject} would {base} {' '.join(words[at + 1 :])}".strip()
    return f"{said[:1].upper()}{said[1:]}."


def _says_what_it_does(words: list[str]) -> bool:
    """A gain that opens on what the idea does to something: "saves you 2 hours", "cuts
    the wait", a verb's -s form and then its object."""
    if len(words) < 3:
        return False
    first, second = words[0].lower(), words[1].lower().strip(".,;:!?")
    objects = DETERMINERS | READER_OBJECTS
    return "VBZ" in lexicon.verb_tags(first) and (second in objects or second[:1].isdigit())
