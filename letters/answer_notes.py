"""Notes the checker takes for sentences, in shapes seen in the blind sets (issue 19, set
W): each is a note in the letter unless the wizard says so.

- a label and its value: "Old shop: turnaround 2 days down to the same day";
- a noun with "of" and no verb: "Tour of new scan rooms with Helen Marsh";
- a gain said with a participle and no verb: "More repair work won from your inspections";
- a note, then a clause after a comma: "CCHT for 4 years, I cannulate fistulas";
- a state tacked on after a comma: "…running late, contract at risk";
- a thing and a participle that is never a past tense, no verb (set X): "Quick stuff
  (sail patches, webbing) done in 48 hours on one machine";
- in the idea, a note before ", and" and a clause of its own (set X): "Pre-job photos and
  material checklist off the work order before the truck leaves, and we did it on tablets",
  and things listed there, each after the first with "a" (set Y): "Thread from the same
  batch for each cloth, a wooden width gauge on every loom, and I will check …";
- a result the wizard would say with a colon before a name (set Y): "7 yrs fencing, Mid
  Canterbury" is no "I have 7 years of fencing experience: Mid Canterbury." (its example
  says "in" a region or town, "at" any other name);
- a count of people and what was done to them, no "were" (set Y): "9 of my boys selected
  in the district U-16 squad", a hint with "were" put in.

All but the fifth and the last leave the answer out with the step's note notice (its
example says it as a sentence); those two are hints, as the other tails after a comma
are. Pure functions of plain values; the words looked at are capped, and there are no
regular expressions.
"""

from __future__ import annotations

from letters import gazetteer
from letters.answer_fixes import can_be_finite, is_note, says_it_means, verbless_note
from letters.answer_words import CLOSED_WORDS, DETERMINERS, FINITE_FORMS, GAIN_STARTS
from letters.quality import lexicon

SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they", "it", "there", "i'm", "i've"})
# "Lots of patients come back", "Most of the staff stayed": a quantity, not a heading
QUANTITY_HEADS = frozenset({
    "lots", "lot", "most", "some", "all", "none", "many", "half", "part", "one", "each",
    "both", "few", "several", "plenty", "majority", "rest", "any", "much", "two",
    "three", "four", "five", "because", "instead", "out", "kind", "sort", "top",
})  # fmt: skip
# Participles that are no past tense of their own: "won" is both, "done" only this.
PARTICIPLES = frozenset({
    "won", "done", "made", "kept", "taken", "given", "built", "sold", "fixed", "seen",
    "found", "saved", "cut", "shipped", "picked", "packed", "finished", "cleared", "closed",
    "handled", "booked", "rebooked", "turned", "delivered", "answered", "resolved", "quoted",
    "signed", "caught", "spent", "lost", "met", "paid", "served", "filled", "processed",
    "used", "burnt", "burned",
})  # fmt: skip
MAX_WORDS = 40


def _bare(word: str) -> str:
    return word.lower().replace("’", "'").strip('.,;:!?()"')


def _has_verb(words: list[str]) -> bool:
    """A word that only a verb can be here ("halved", "runs", "is"), or a subject pronoun."""
    for word in words[:MAX_WORDS]:
        bare = _bare(word)
        if bare in FINITE_FORMS or bare in SUBJECTS or "'" in bare[1:]:
            return True
        if not bare.isalpha():
            continue
        tags = lexicon.verb_tags(bare) & {"VBD", "VBZ", "VBP", "MD"}
        if tags and not lexicon.is_noun(bare) and not lexicon.is_adjective(bare):
            return True
    return False


def labelled_note(sentence: str) -> bool:
    """ "Old shop: turnaround 2 days down to the same day", "Previous salon: 40 clients a
    week": a label of up to three words, a colon, and a value with no verb."""
    label, colon, value = sentence[:300].partition(":")
    words, said = label.split(), value.split()
    if not colon or not 0 < len(words) <= 3 or len(said) < 2:
        return False
    if any(c.isdigit() for c in label) and not _dated_label(words) or _has_verb(words):
        return False  # "At 5: …", "I said: …"
    return not _has_verb([w for at, w in enumerate(said) if not _counted_participle(said, at)])


def _dated_label(words: list[str]) -> bool:
    """ "Midrand project 2024", "Leeds site 2023": a place or job and its year, the only
    figure in the label; not "At 5" or "Since 2019"."""
    year = words[-1]
    return (
        len(words) > 1
        and len(year) == 4
        and year.isdigit()
        and year[:2] in ("19", "20")
        and not any(c.isdigit() for c in "".join(words[:-1]))
        and _bare(words[0]) not in LABEL_PREPOSITIONS
    )


LABEL_PREPOSITIONS = frozenset({"at", "in", "on", "since", "from", "by", "for", "until", "after"})


def _counted_participle(words: list[str], at: int) -> bool:
    """ "250 quotes cleared in 7 weeks", "40 pallets shipped a day": a participle after a
    counted plural names what was done to them, as in a heading; no verb."""
    if at < 2 or not _edded(_bare(words[at])):
        return False
    counted, figure = _bare(words[at - 1]), _bare(words[at - 2])
    return counted.endswith("s") and lexicon.is_noun(counted) and figure[:1].isdigit()


def of_note(sentence: str) -> bool:
    """ "Tour of new scan rooms with Helen Marsh, lead sonographer": a thing "of" another,
    and no verb in it; not "Lots of patients come back", a quantity with a verb after."""
    words = sentence[:300].split()
    if len(words) < 3 or _bare(words[1]) != "of":
        return False
    head = _bare(words[0])
    if not head.isalpha() or head in QUANTITY_HEADS or head in DETERMINERS:
        return False
    if not lexicon.is_noun(head):
        return False
    return not _has_verb(words[2:])


def participle_gain(sentence: str) -> bool:
    """ "More repair work won from your own inspections", "Fewer jobs rebooked after the
    first visit": what it gains said as a thing and a participle, no verb that says it
    would happen."""
    words = [_bare(w) for w in sentence[:300].split()]
    if len(words) < 3 or words[0] not in GAIN_STARTS:
        return False
    if any(w in FINITE_FORMS or w in SUBJECTS for w in words) or says_it_means(words):
        return False  # "Fewer remakes means less wasted thread": "means" is its verb
    at = next((i for i, w in enumerate(words[2:], 2) if w in PARTICIPLES or _edded(w)), 0)
    return bool(at) and not _has_verb([w for i, w in enumerate(words) if i != at])


def _edded(word: str) -> bool:
    return len(word) > 4 and word.endswith("ed") and "VBN" in lexicon.verb_tags(word)


# Participles that are never a past tense: "Quick stuff done in 48 hours" has no verb,
# where "Parts ordered the day before cut our wait" may have one ("ordered", "cut").
ONLY_PARTICIPLES = frozenset({
    "done", "taken", "given", "seen", "gone", "shown", "written", "driven", "known",
    "grown", "drawn", "broken", "chosen", "spoken", "frozen", "eaten", "ridden", "begun",
    "hidden", "worn", "torn", "thrown", "flown", "blown", "beaten", "forgotten", "sewn",
    "sown", "mown", "proven",
})  # fmt: skip
OBJECT_PRONOUNS = frozenset({"it", "them", "me", "us", "him", "her", "everything", "all"})
NOTE_HEAD_MAX = 6  # the thing before the participle: "Small fixes done …"


def _unbracketed(sentence: str) -> str:
    """The sentence without one aside in brackets: "Quick stuff (sail patches) done …"."""
    start = sentence.find("(")
    end = sentence.find(")", start + 1)
    if start < 0 or end < 0:
        return sentence
    return f"{sentence[:start]} {sentence[end + 1 :]}"


def participle_note(sentence: str) -> bool:
    """ "Quick stuff (sail patches, webbing) done in 48 hours on one machine", "Minor
    services done in the yard": a thing (nouns and their modifiers) and a participle that
    is never a past tense, with no word after it that is a verb after its subject ("Jobs
    done right the first time keep customers"), and no one in it."""
    words = [_bare(w) for w in _unbracketed(sentence[:300]).split()[:MAX_WORDS]]
    words = [w for w in words if w]
    at = next((i for i, w in enumerate(words[: NOTE_HEAD_MAX + 1]) if w in ONLY_PARTICIPLES), 0)
    if not at:
        return False
    head, rest = words[:at], words[at + 1 :]
    if any(w in FINITE_FORMS or w in SUBJECTS or w in OBJECT_PRONOUNS for w in words):
        return False  # "Most of it can be done …", "we get it done …"
    if head[0] in DETERMINERS or head[0] in QUANTITY_HEADS or not any(map(lexicon.is_noun, head)):
        return False  # "All done by Friday", "the rest …": no thing named
    if not all(lexicon.is_noun(w) or lexicon.is_adjective(w) for w in head) or _has_verb(head):
        return False
    return not any(_verb_after_subject(rest, i) for i in range(len(rest)))


def _verb_after_subject(words: list[str], place: int, *, agree: bool = False) -> bool:
    """ "… the first time keep customers": a finite form after a noun that may be its
    subject; not "on one machine", "by hand" (after a number, "the" or a preposition).
    With ``agree`` the form must agree with that noun ("footfall doubles", "bins stack";
    not "work order", a noun before a noun)."""
    word = words[place]
    tags = lexicon.verb_tags(word)
    if not tags & {"VBD", "VBZ", "VBP", "MD"}:
        return False
    if not lexicon.is_noun(word) and not lexicon.is_adjective(word):
        return True
    prior = words[place - 1] if place else ""
    if not prior or prior[:1].isdigit() or prior in DETERMINERS or prior in CLOSED_WORDS:
        return False
    if not lexicon.is_noun(prior):
        return False
    if not agree:
        return True
    plural = prior.endswith("s") and not prior.endswith("ss")
    return "VBD" in tags or ("VBP" if plural else "VBZ") in tags


# What ends the main part of a note: "… before the truck leaves" is a clause of its own.
LATER_CLAUSE = frozenset({
    "before", "after", "when", "while", "until", "once", "so", "because", "if", "as",
})  # fmt: skip
AND_SUBJECTS = frozenset({"i", "we", "i've", "we've", "i'd", "we'd"})
AND_HEAD_MAX = 10
RESUMING = frozenset({"them", "those", "these", "both"})  # the things before, taken up


def and_head_note(sentence: str) -> str:
    """ "Pre-job photos and material checklist off the work order before the truck leaves,
    and we did it on tablets at ATCO": the part before ", (and) I/we" when its main words
    (before "before", "when" …) have no verb and it opens with no order ("Check the van
    before …, and we …" is a step of the plan); "" when there is none."""
    head, joint, rest = sentence[:400].partition(", and ")
    if not joint:
        # "…, we did it on tablets": as typed, before the step puts in its "and"; only a
        # list of things ("photos and checklist"), as "Two years ago, we …" is an opening
        head, joint, rest = sentence[:400].partition(", ")
    after = rest.split()
    if not joint or len(after) < 2 or _bare(after[0]) not in AND_SUBJECTS:
        return ""
    # "Thread from the same batch for each cloth, a wooden gauge on every loom, and I
    # will …" (set Y): things listed, each after the first with "a", make the first a
    # thing too, though its first word may be a verb ("thread"); else the head is one
    items = head.split(", ") if joint == ", and " else [head]
    listed = 1 < len(items) <= LISTED_MAX and all(
        len(i.split()) > 1 and _bare(i.split()[0]) in ("a", "an") for i in items[1:]
    )
    items = items if listed else [head]
    for number, item in enumerate(items):
        words = [_bare(w) for w in item.split()]
        cut = next((i for i, w in enumerate(words) if i and w in LATER_CLAUSE), len(words))
        main = words[1:cut] if number else words[:cut]  # "a wooden gauge": its thing
        # "Thread from …": a noun before "from"/"of" ("Train the new starters" is an order)
        thing = (
            listed and not number and main[1:2] in (["from"], ["of"]) and lexicon.is_noun(main[0])
        )
        if not _verbless_item(main, after, joint, verb_first=not (thing or number)):
            return ""
    return head


LISTED_MAX = 3  # things listed before ", and I …"


def _verbless_item(main: list[str], after: list[str], joint: str, *, verb_first: bool) -> bool:
    """One thing of a note before ", and I/we": no verb in its main words, no opening;
    ``verb_first``: its first word may not be a verb ("Check the van …")."""
    if not 2 <= len(main) <= AND_HEAD_MAX or not all(main):
        return False
    if joint == ", " and ("and" not in main[1:-1] or main[0][:1].isdigit()):
        return False
    if joint == ", " and {_bare(w) for w in after} & RESUMING:
        return False  # "Vans and trailers before the rush, we would check them all"
    first = main[0]
    if first in SUBJECTS or first in CLOSED_WORDS or first in DETERMINERS:
        return False  # "In my last job …", "The way we …": an opening, not a note
    if verb_first and lexicon.verb_tags(first) & {"VB", "VBP", "VBG", "VBD", "VBN"}:
        return False  # "Check the van …", "Checking …", "Trained in …": a verb of its own
    if any(w in FINITE_FORMS or w in SUBJECTS or "'" in w for w in main):
        return False
    return not (
        _has_verb(main) or any(_verb_after_subject(main, i, agree=True) for i in range(len(main)))
    )


# A time a plan's slots or shifts are in: with no "the" it is no subject ("Morning slots
# for landlord certs"; "The morning starts at 6" has its "the").
TIME_HEADS = frozenset({
    "morning", "evening", "afternoon", "night", "weekend", "weekday", "lunchtime",
    "overnight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday",
})  # fmt: skip


def idea_note_example(note: str, *, joined: bool = False) -> str:
    """The example for a line of the idea found a note here, in its own words, with "I
    would" and the one verb its shape takes: a thing and a participle "have" ("I would
    have quick stuff done in 48 hours"), slots at a time "set up", a note before ", and"
    (``joined``) "use the"; "" for any other note."""
    words = note.rstrip(" .").split()
    if not words or len(words) > MAX_WORDS:
        return ""
    first = words[0] if words[0][1:2].isupper() else words[0].lower()
    said = " ".join([first, *words[1:]])
    if participle_note(note):
        return f"I would have {said}."
    if joined:  # "the": right for "photos", "a photo" and "signage" alike
        said = said if _bare(words[0]) in DETERMINERS else f"the {said}"
        return f"I would use {said}."
    if _bare(words[0]) in TIME_HEADS:
        return f"I would set up {said}."
    return ""


NONE_WORDS = frozenset({"no", "zero", "nil"})
SPANS = frozenset({
    "years", "months", "weeks", "days", "hours", "shifts", "seasons", "summers", "winters",
})  # fmt: skip


def counted_none(part: str) -> tuple[str, str] | None:
    """ "412 joints no leaks at startup", "60 welds zero rejects": a count of things,
    then none of another, with no verb; (the count and its things, the rest from "no")
    or None."""
    words = part[:200].rstrip(" .").split()
    if not 4 <= len(words) <= 8 or not words[0].replace(",", "").isdigit():
        return None
    bare = [_bare(w) for w in words]
    if bare[2] not in NONE_WORDS or not lexicon.is_noun(bare[1]) or not bare[1].endswith("s"):
        return None
    if bare[1] in SPANS:
        return None  # "3 years no incidents": a time, which ``tacked_count`` names
    if not all(w.isalpha() for w in bare[1:]) or _has_verb(bare[1:]):
        return None
    if any(w in SUBJECTS or w in FINITE_FORMS for w in bare):
        return None
    return " ".join(words[:2]), " ".join(["no", *words[3:]])


def counted_none_hint(sentences: tuple[str, ...]) -> str:
    """ "I ran the blind list on the Motiva TA, 412 joints no leaks at startup": the count
    after the last comma named, with an example that gives it a verb ("had")."""
    for sentence in sentences:
        before, comma, tail = sentence.rstrip(" .").rpartition(", ")
        if not comma or not before or not (found := counted_none(tail)):
            continue
        counted, none = found
        return (
            f" “{tail}” after a comma has no verb: say it with one, for example "
            f"“{before}, and the {counted} had {none}.”"
        )
    return ""


# Verbs whose "-ed" form after a count of people is done to them, never by them:
# "9 of my boys selected for …" is "were selected" ("passed", "moved" are their own acts).
CHOSEN = frozenset({
    "selected", "picked", "chosen", "signed", "promoted", "hired", "recruited", "accepted",
    "admitted", "awarded", "named", "drafted", "capped", "shortlisted", "placed",
    "appointed", "offered", "employed", "taken", "kept", "called", "invited", "sponsored",
    "retained", "certified", "registered", "licensed", "given", "sent", "released",
})  # fmt: skip
COUNT_OWNERS = frozenset({"my", "our", "the", "his", "her", "their"})
CHOSEN_AFTER = frozenset({"in", "into", "for", "by", "to", "as", "on", "at", "up", "onto"})


def counted_participle(sentence: str) -> str:
    """ "9 of my boys selected in Pune district U-16", "14 apprentices hired by the yard":
    a count of people, then what was done to them with no "were" before it, and no other
    verb; the sentence with "were" (or "was", for one) put in, or ""."""
    words = sentence[:300].rstrip(" .").split()
    bare = [_bare(w) for w in words]
    if len(words) < 4 or not (bare[0].isdigit() or bare[0] in COUNT_WORDS):
        return ""
    at = 3 if bare[1] == "of" and bare[2] in COUNT_OWNERS else 1
    if at + 2 > len(bare) or not lexicon.is_noun(bare[at]) or bare[at] in SPANS:
        return ""  # "3 years selected …": a time, not people
    verb = at + 1
    if bare[verb] not in CHOSEN or (verb + 1 < len(bare) and bare[verb + 1] not in CHOSEN_AFTER):
        return ""  # "3 of my apprentices passed their …", "… selected the team"
    if any(w in FINITE_FORMS or w in SUBJECTS for w in bare):
        return ""  # "12 of my apprentices were hired": it has its verb
    be = "was" if bare[0] in ("1", "one") else "were"
    return " ".join([*words[:verb], be, *words[verb:]]) + "."


def counted_participle_hint(sentences: tuple[str, ...]) -> str:
    """The hint for a result said as ``counted_participle`` finds it: the verb is the
    user's to choose ("were", "have been"), so the letter keeps it as typed."""
    for sentence in sentences:
        if said := counted_participle(sentence):
            head = " ".join(sentence.split()[:5])
            return f" “{head} …” has no verb: say it with one, for example “{said}”"
    return ""


COUNT_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "all", "both", "most", "half",
})  # fmt: skip


GLUED_SUBJECTS = frozenset({"we", "i"})


def glued_heading(sentence: str) -> str:
    """ "2022 Motiva TA we had 412 joints on our unit", "2019 Fonterra shutdown we …": a
    year and a name (and what it was) written as a heading, glued before the clause with
    no comma or word to join it; "" else."""
    words = sentence[:300].split()
    at = next((i for i, w in enumerate(words[:5]) if _bare(w) in GLUED_SUBJECTS), 0)
    if at < 2 or not (len(words[0]) == 4 and words[0][:2] in ("19", "20") and words[0].isdigit()):
        return ""
    names = words[1:at]
    if not names[0][:1].isupper() or not all(w.replace("-", "").isalnum() for w in names):
        return ""  # "2022 season we …": not a name
    if not all(w[:1].isupper() or lexicon.is_noun(w) for w in names[1:]):
        return ""  # "2019 Opua, at the loft we …": a name, then its job ("shutdown")
    if at + 1 >= len(words) or "VBD" not in lexicon.verb_tags(_bare(words[at + 1])):
        return ""
    return " ".join(words[:at])


def glued_heading_hint(sentences: tuple[str, ...]) -> str:
    for sentence in sentences:
        if head := glued_heading(sentence):
            rest = " ".join(sentence.split()[len(head.split()) :][:2])
            return (
                f" “{head}” before “{rest} …” reads as a note heading: say it in the "
                f"sentence, for example “During the {head}, {rest} …”"
            )
    return ""


def head_note(sentence: str) -> str:
    """ "CCHT for 4 years, I cannulate fistulas …": the note before the comma (no verb,
    no one in it) when a clause said with "I" or "we" follows; "" when there is none."""
    head, comma, rest = sentence[:400].partition(", ")
    words, after = head.split(), rest.split()
    if not comma or not 2 <= len(words) <= 7 or len(after) < 2:
        return ""
    if _bare(after[0]) not in ("i", "we", "i've", "i'm", "we've", "we're"):
        return ""
    if _bare(words[0]) in CLOSED_WORDS:
        return ""  # "In my current team, we raised …": an opening phrase, not a note
    if _has_verb(words) or not (is_note(head) or _noun_head(words)):
        return ""
    return head


AND_NOTE_MAX = 12


def and_i_head(sentence: str) -> str:
    """ "No lost production days on my shift in 2025 and I trained two new operators"
    (set Z): a result's note before "and I/we" with no comma, no verb in it, and no
    opening ("In 2025 we …"); "" when there is none."""
    text = sentence[:400]
    # the "and" before "I" or "we": "City and Guilds level 3, full clean licence and I …"
    at = next(
        (m for m in _and_joints(text) if _bare(text[m + 5 :].split(" ", 1)[0]) in AND_SUBJECTS),
        -1,
    )
    if at < 0:
        return ""
    head, rest = text[:at].rstrip(","), text[at + 5 :]  # "Bsc economics (ui), and I …"
    words, after = head.split(), rest.split()
    if not 3 <= len(words) <= AND_NOTE_MAX or len(after) < 2:
        return ""
    first = _bare(words[0])
    if first in CLOSED_WORDS - {"no"} or first in SUBJECTS:
        return ""
    if any(_bare(w) in FINITE_FORMS or _bare(w) in SUBJECTS for w in words):
        return ""  # a verb the checker may miss; "lost" in "No lost … days" is none
    if "," in head:
        # "Level 4 Award in Poultry Meat Inspection, full driving licence and I have my
        # own car": a list of notes, each one a thing with no verb
        items = [item.split() for item in head.split(", ")]
        if len(items) > LISTED_MAX or any(len(item) < 2 for item in items):
            return ""
        listed = all(
            is_note(" ".join(item)) or verbless_note("fit", " ".join(item)) or _noun_head(item)
            for item in items
        )
        return head if listed else ""
    return head if is_note(head) or verbless_note("fit", head) else ""


def _and_joints(text: str) -> list[int]:
    """Where each " and " in ``text`` starts."""
    found, at = [], text.find(" and ")
    while at >= 0:
        found.append(at)
        at = text.find(" and ", at + 1)
    return found


# "Last year, we …", "Monday mornings, I …": a time, which opens a sentence, no note
TIME_LEADS = frozenset({"last", "this", "next", "every", "each", "most", "some", "early"})
TIME_NOUNS = frozenset({
    "year", "years", "month", "months", "week", "weeks", "day", "days", "night", "nights",
    "morning", "mornings", "evening", "evenings", "summer", "winter", "spring", "autumn",
    "season", "time", "weekend", "weekends", "shift", "shifts",
})  # fmt: skip


def _noun_head(words: list[str]) -> bool:
    """ "Full C licence", "clean driving licence": a noun and the words before it, which
    the checker reads as an order ("full", "clean" as verbs, or "licence"); not where the
    first word is an order with its object or an adverb ("Clean the bays", "work well
    under pressure") or a later word can only be a verb."""
    bare = [_bare(w) for w in words]
    first, second = bare[0], bare[1]
    if lexicon.verb_tags(first) and (
        not (lexicon.is_adjective(first) or lexicon.is_noun(first))
        or second in DETERMINERS | CLOSED_WORDS
        or lexicon.is_adverb(second)
    ):
        return False  # "Clean the bays", "work well under pressure": an order, or "I" left out
    if not lexicon.is_noun(bare[-1]) or first in TIME_LEADS or bare[-1] in TIME_NOUNS:
        return False  # "Last year, we …", "Most days, I …": when, an opening phrase
    return not any(can_be_finite(bare, place) for place in range(len(bare)))


# "FM sector", "offshore side": where the work was, said with "in the"
WHERE_WORDS = frozenset({
    "sector", "industry", "trade", "field", "market", "side", "department", "setting",
})  # fmt: skip


def colon_mended(offer: str) -> str:
    """ "I have 6 years of obs and general experience: CASE accredited." -> "…, and I am
    CASE accredited.": a second note that is a state of the user's own, said with "I am"
    as a note alone is ("Ceramic coating certified" -> "I am ceramic coating certified");
    "" for any other colon (a list of kinds after it reads well: "…: slate and tile")."""
    head, _, tail = offer.rstrip(".").partition(": ")
    words = tail.split()
    if not head or not 0 < len(words) <= 3 or ":" in tail or "," in tail:
        return ""
    last = _bare(words[-1])
    if last in STATE_WORDS or (last.endswith("ed") and "VBN" in lexicon.verb_tags(last)):
        return f"{head}, and I am {tail}."
    return ""


def colon_note_example(offer: str) -> str:
    """ "I have 3 years of bid coordination experience: FM sector." -> "… experience in the
    FM sector.": an example for the notice (never the letter's text), or "" when the part
    after the colon is no sector or field."""
    head, _, tail = offer.rstrip(".").partition(": ")
    words = tail.split()
    if not head or not 0 < len(words) <= 3 or ":" in tail or "," in tail:
        return ""
    if _bare(words[-1]) in WHERE_WORDS:
        return f"{head} in the {tail}."
    if not colon_named(offer):
        return ""
    # "… in Mid Canterbury", a region or a town; "… at Aga Khan Kisumu", a firm or a site
    return f"{head} {'in' if _a_place(words) else 'at'} {tail}."


def colon_named(offer: str) -> bool:
    """ "I have 7 years of fencing experience: Mid Canterbury.": after the colon the
    wizard put in, a name (up to three words, each a capital and small letters: a place
    or a firm), not a list of kinds; "Label: Place." is no sentence to offer."""
    head, _, tail = offer.rstrip(".").partition(": ")
    words = tail.split()
    return (
        bool(head)
        and 0 < len(words) <= 3
        and all(w[:1].isupper() and w[1:].isalpha() and not w[1:].isupper() for w in words)
    )


# A name's first word that makes it a region: "Mid Canterbury", "North Yorkshire"
REGION_HEADS = frozenset({
    "north", "south", "east", "west", "mid", "central", "greater", "upper", "lower",
    "inner", "outer", "northern", "southern", "eastern", "western",
})  # fmt: skip


def _a_place(words: list[str]) -> bool:
    """ "Mid Canterbury", "Lancashire", "Stockport": a region or a town the gazetteer
    knows, so "in" goes before it; a firm's or a site's name ("Bupa") takes "at"."""
    lowered = [_bare(w) for w in words]
    if lowered[0] in REGION_HEADS and len(lowered) > 1 or lowered[-1].endswith("shire"):
        return True
    if len(lowered) == 1:
        return gazetteer.known_city(lowered[0])
    return len(lowered) == 2 and gazetteer.two_word_city(*lowered)


STATE_WORDS = frozenset({"certified", "qualified", "registered", "licensed", "trained"})
TIME_WORDS = frozenset({
    "shift", "shifts", "morning", "mornings", "night", "nights", "weekend", "weekends",
    "daily", "weekly", "nightly", "am", "pm", "early", "late",
})  # fmt: skip


def timed_part(part: str) -> bool:
    """ "early shift 5am before heat", "nights 10pm till 6": a time jotted after a comma,
    up to six words, with no verb to say what happens then."""
    words = [_bare(w) for w in part[:200].split()]
    if not 2 < len(words) <= 6 or _has_verb(words):
        return False
    return any(w in TIME_WORDS or (w[:1].isdigit() and w.endswith(("am", "pm"))) for w in words)


# "at risk", "on hold", "in danger", "behind schedule", "under pressure": a state
STATE_PREPOSITIONS = frozenset({"at", "on", "in", "behind", "under"})
NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "half", "both"})


def verbless_tail(sentence: str) -> tuple[str, str, str] | None:
    """ "You mentioned dealer recon cars running late, contract at risk": (the sentence
    before the comma, the tail, an example with a verb), or None. The tail is a thing and
    a place or state ("contract at risk", "orders on hold"), no verb in it."""
    before, comma, tail = sentence[:400].rstrip(".!").rpartition(", ")
    words = [_bare(w) for w in tail.split()]
    if not comma or not 2 <= len(words) <= 5 or "," in before[-1:]:
        return None
    at = next((i for i, w in enumerate(words) if w in STATE_PREPOSITIONS), 0)
    if not at or at > 2 or len(words) - at > 2 or not all(w.isalpha() for w in words):
        return None  # "…, 2 at a Toyota dealer", "…, at my last job": another shape
    if not tail[:1].islower() or words[0] in NUMBER_WORDS:
        return None  # "…, Bay of Islands", "…, two as shift lead"
    thing = words[:at]
    if thing[0] in DETERMINERS:
        thing = thing[1:]
    if not thing or not all(lexicon.is_noun(w) for w in thing) or _has_verb(words):
        return None
    if is_note(before) or not _has_verb(before.split()):
        return None
    verb = "are" if thing[-1].endswith("s") and not thing[-1].endswith("ss") else "is"
    place = " ".join(tail.split()[at:])
    example = f"{before}, so the {' '.join(thing)} {verb} {place}."
    return before, tail, example


def verbless_tail_hint(sentences: tuple[str, ...]) -> str:
    """The hint for a tail with no verb after a comma, in the words of the note notices."""
    for sentence in sentences:
        if found := verbless_tail(sentence):
            _, tail, example = found
            return (
                f" “{tail}” after a comma reads as a note: say it as a sentence, "
                f"for example “{example}”"
            )
    return ""
