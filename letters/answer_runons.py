"""Sentences that run on, mended as a careful editor would: a reason tacked onto a
question ("Are you planning to take on an apprentice because I would be happy to
mentor?") is its own sentence after the question; a chain of clauses joined by "and"
("I was a lead for 3 years and we unloaded 40 trailers a shift and I trained new
hires") gets a full stop at its first joint. Each is a fix the step offers ("We suggest
a corrected version"); nothing is reworded, only a mark put in and a capital.

Pure functions of plain values; plain word lookups, no regular expressions.
"""

from __future__ import annotations

from letters.answer_case import _asks as asks
from letters.answer_fixes import is_note, safe_split
from letters.answer_words import CLOSED_WORDS, DETERMINERS, SPAN_UNITS
from letters.quality import lexicon
from letters.quality.patterns import NAME_TITLES

# Who a reason after a question is about: the user ("because I would be happy to mentor").
REASON_SUBJECTS = frozenset({
    "i", "i'd", "i'm", "i'll", "i've", "we", "we'd", "we're", "we'll", "we've",
})  # fmt: skip
# Before "because" these make the reason part of what is asked ("Is that because I …",
# "the same because we …", "just because I …"), not a reason for asking.
REASON_IS_ASKED = frozenset({
    "same", "just", "only", "is", "was", "it", "that", "this", "partly", "mainly",
    "mostly", "simply", "purely", "not",
})  # fmt: skip
ASKS_AGAIN = frozenset({"and", "also", "or", "but", "plus"})  # a second question after the reason
MIN_QUESTION_WORDS = 4  # "Is it because I …": too short to be a question of its own


def _bare(word: str) -> str:
    return word.lower().strip(".,;:!?()").replace("’", "'")


def reason_after_question(text: str, changes: list[str]) -> str:
    """ "Are you planning to take on an apprentice because I would be happy to mentor?"
    -> "Are you planning to take on an apprentice? I would be happy to mentor.": the
    question ends where the user's own reason for asking begins, "because" and then
    "I" or "we"; only where what comes before "because" is a question by its shape."""
    if not text.endswith("?"):
        return text
    words = text.split()
    for at in range(MIN_QUESTION_WORDS, len(words) - 2):
        if _bare(words[at]) != "because" or _bare(words[at + 1]) not in REASON_SUBJECTS:
            continue
        before = _bare(words[at - 1])
        if before in REASON_IS_ASKED or not asks(words[:at]):
            return text
        if "?" in " ".join(words[:at]):
            return text  # asked already: "Is it X? Because I …" is the user's own order
        reason = " ".join(words[at + 1 :]).rstrip("?").rstrip() + "."
        reason = reason[:1].upper() + reason[1:]
        question = " ".join(words[:at]).rstrip(",;:") + "?"
        if is_note(reason) or len(reason.split()) < 3:
            return text
        rest = words[at + 2 :]
        if any(_bare(w) in ASKS_AGAIN and asks(rest[j + 1 :] or [""]) for j, w in enumerate(rest)):
            return text  # "… because I'd like those shifts and also does the grill cook …?"
        changes.append("ended the question before your reason for asking")
        return f"{question} {reason}"
    return text


def reason_for_asking(pieces: list[str], at: int) -> bool:
    """ "Is it possible to have the hours fixed? Because I study English in the morning.":
    the sentence after a question, "Because" and a clause of the user's ("I", "we"): their
    reason for asking, in their own order, kept as typed; not a note asking for a question."""
    words = pieces[at].split()
    if at < 1 or not pieces[at - 1].rstrip().endswith("?") or len(words) < 4:
        return False
    if _bare(words[0]) != "because" or _bare(words[1]) not in REASON_SUBJECTS:
        return False
    said = " ".join(words[1:])
    return not is_note(said[:1].upper() + said[1:])


# A subject that starts a clause after "and": "and we unloaded …", "and I trained …".
CLAUSE_PRONOUNS = frozenset({
    "i", "we", "he", "she", "they", "you", "i'd", "i'm", "i'll", "i've", "we'd", "we're",
    "we'll", "we've", "they're", "they'd", "they'll", "they've", "you're", "you'd",
    "he's", "she's", "it", "it's", "there",
})  # fmt: skip
# Between a subject and its verb: "and we both played", "and I also trained".
BEFORE_VERB = frozenset({
    "both", "all", "also", "still", "never", "always", "then", "just", "really", "often",
    "usually", "even", "only",
})  # fmt: skip
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
FINITE_WORDS = lexicon.MODALS | {
    "is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "don't",
    "doesn't", "didn't", "won't", "can't", "isn't", "aren't", "wasn't", "weren't",
}  # fmt: skip
DEMONSTRATIVES = frozenset({"that", "this"})
NOUN_LEADS = DETERMINERS - {"a", "an", "no", "every", "each", "any", "all", "some"}
LEADS_INTO_CLAUSE = frozenset({
    "when", "if", "after", "before", "because", "since", "as", "while", "although",
    "though", "once", "until", "whenever", "where", "that", "so",
})  # fmt: skip


def _finite(word: str, following: str, *, plural: bool = False) -> bool:
    """A word that can be a clause's verb: "are", "would", "unloaded" (after a plural,
    "stop" too); a word that is a noun too ("stop", "homes") only before a verb's "-ing"
    ("stop ringing")."""
    if word in FINITE_WORDS:
        return True
    if not (FINITE | ({"VB"} if plural else set())) & lexicon.verb_tags(word):
        return False
    return not lexicon.is_noun(word) or "VBG" in lexicon.verb_tags(following)


def _clause_after(words: list[str], at: int) -> bool:
    """ "and" at ``at`` starts a clause with its own subject and verb: "and we unloaded",
    "and the pharmacists are", "and the nursing homes stop ringing"."""
    following = [_bare(w) for w in words[at + 1 : at + 6]] + ["", "", "", "", ""]
    first = following[0]
    if first in CLAUSE_PRONOUNS:
        verb = 2 if following[1] in BEFORE_VERB else 1
        plural = first in ("i", "we", "you", "they")  # "and we still know": "know" is finite
        return "'" in first or _finite(following[verb], following[verb + 1], plural=plural)
    if first in DEMONSTRATIVES and following[1] in FINITE_WORDS:
        return True  # "and that was because …", "and this is why …": a pronoun subject
    if first not in NOUN_LEADS:
        return False
    for place in range(1, 4):
        word = following[place]
        if not word or not word.isalpha():
            return False
        noun = following[place - 1]
        plural = noun.endswith("s") and not noun.endswith("ss")
        if (
            place > 1
            and lexicon.is_noun(noun)
            and _finite(word, following[place + 1], plural=plural)
        ):
            return True
    return False


# A clause these open goes on past an "and" ("… so the confident kids didn't get held back
# and the nervous ones got more attention"): a full stop there would cut it in two.
CLAUSE_OPENERS = LEADS_INTO_CLAUSE | {"which", "who", "whose", "whereas", "unless", "cause"}


def _inside_a_clause(words: list[str]) -> bool:
    """The "and" at the end of ``words`` is inside a clause opened before it, with no
    comma since: "so the kids didn't get held back [and …]"."""
    for word in reversed(words):
        if word.endswith((",", ";", ":")):
            return False
        if _bare(word) in CLAUSE_OPENERS:
            return True
    return False


NOUN_PHRASE_WORDS = 4  # "and the school parents": the noun phrase an "and" may end


def _free_and(words: list[str], at: int) -> bool:
    """A bare "and" the writer put no comma before or after."""
    return (
        _bare(words[at]) == "and"
        and not words[at].endswith(",")
        and not words[at - 1].endswith((",", ";", ":"))
    )


def _joins_nouns(words: list[str], at: int) -> int | None:
    """The "and" at ``at`` joins two noun phrases into one subject: "… and the schools
    [and] the parents are complaining", where the words before it back to an earlier
    "and" are a noun phrase with no verb ("the schools"); a full stop there would leave
    "… in the afternoons and the schools." The earlier "and"'s place, where the clause
    starts, 0 when it is the sentence's start ("The schools and the parents are …"); None
    when the "and" joins no noun phrases. Only before a noun phrase, not "and we …"."""
    if _bare(words[at + 1]) not in NOUN_LEADS:
        return None
    nouns = 0
    for back in range(at - 1, max(-1, at - 1 - NOUN_PHRASE_WORDS), -1):
        word = words[back]
        low = _bare(word)
        if word[-1:] in ".,;:!?" or not low.isalpha():
            return None  # a mark ends the phrase
        if low == "and":
            return back if nouns else None
        if low not in NOUN_LEADS:
            noun = lexicon.is_noun(low)
            if not (noun or lexicon.is_adjective(low)) or (
                not noun and lexicon.verb_tags(low) & {"VBD", "VBZ", "VBN", "MD"}
            ):
                return None
            nouns += 1
        if back == 0:
            return 0 if nouns else None
    return None


def split_and_chain(pieces: list[str], changes: list[str]) -> list[str]:
    """A sentence whose clauses run on with two or more bare "and"s ("I was a lead at
    FedEx for 3 years and we unloaded 40 trailers a shift and I trained new hires") split
    at the first: "I was a lead at FedEx for 3 years. We unloaded 40 trailers a shift and
    I trained new hires." Only where both parts are sentences of their own; an "and"
    after a comma ("…, and we had a laugh") is the writer's own joint and is not counted."""
    return _split_each(
        pieces, changes, _split_chain, "put a full stop where the sentence ran on with “and”"
    )


def _split_each(pieces: list[str], changes: list[str], split, change: str) -> list[str]:
    """Each piece split by ``split``; ``change`` said once for each piece it split."""
    result = []
    for piece in pieces:
        parts = split(piece)
        if len(parts) > 1:
            changes.append(change)
        result += parts
    return result


def _split_chain(piece: str) -> list[str]:
    words = piece.split()
    joints = []
    for at in range(2, len(words) - 2):
        if not _clause_after(words, at) or not _free_and(words, at):
            continue
        # "… in the afternoons and the schools and the parents are complaining": the
        # clause starts at the "and" before "the schools", its subject two nouns
        joint = _joins_nouns(words, at)
        joint = at if joint is None else joint  # 0: the sentence's own subject
        if joint > 1 and _free_and(words, joint) and joint not in joints:
            joints.append(joint)
    if len(joints) < 2 or _bare(words[0]) in LEADS_INTO_CLAUSE or piece.endswith("?"):
        return [piece]
    at = joints[0]
    if _inside_a_clause(words[:at]):
        return [piece]
    first = " ".join(words[:at]).rstrip(",;:") + "."
    second = " ".join(words[at + 1 :])
    second = second[:1].upper() + second[1:]
    if is_note(first) or is_note(second) or not safe_split([first, second]):
        return [piece]
    return [first, *_split_chain(second)]  # four clauses: split again, as a round would


# "…, 7 years", "…, 3 as control room operator", "…, 9 years, 0 at-fault collisions": a
# count tacked on after a comma at the end of a sentence, with no verb of its own.
NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "fifteen", "twenty", "zero",
})  # fmt: skip
TAIL_SPANS = frozenset({"year", "years", "yrs", "yr", "month", "months"})
# "2 years ago", "two years apart", "3 years running": the count says when, in the sentence.
WHEN_AFTER = frozenset({
    "ago", "apart", "running", "later", "earlier", "before", "after", "old", "straight",
    "back", "on", "now",
})  # fmt: skip
# Whose sentence the count is tacked onto: "I'm …", "I have …", "We ran …".
HEAD_SUBJECTS = frozenset({"i", "i'm", "i've", "i'd", "we", "we're", "we've", "my", "our"})
TAIL_SUBJECTS = frozenset({"i", "we", "you", "they", "he", "she", "it", "who", "which", "that"})


def _count(word: str) -> bool:
    core = word.replace("+", "").replace(",", "").replace(".", "")
    return core.isdigit() or word in NUMBER_WORDS


def _verbless(words: list[str]) -> bool:
    from letters.answer_fixes import can_be_finite

    if set(words) & TAIL_SUBJECTS:
        return False
    if lexicon.verb_tags(words[0]) & {"VBD", "VBZ"}:
        return False
    # "7 years service work": the word after the span is what the years were in
    return not any(
        can_be_finite(words, place)
        for place in range(1, len(words))
        if not (place == 2 and words[1] in TAIL_SPANS)
    )


def tacked_count(sentence: str) -> tuple[str, str] | None:
    """ "I'm reach and counterbalance certified, 7 years." -> ("I'm reach and
    counterbalance certified", "7 years"): the sentence before the comma and the count
    tacked on after it, or None. The first tail is "<N> years" or "<N> as <role>"; any
    after it starts with a count too ("…, 9 years, 0 at-fault collisions")."""
    text = sentence.rstrip()
    if not text.endswith(".") or text.count(",") > 3:
        return None
    parts = text[:-1].split(", ")
    for at in range(1, len(parts)):
        tails = parts[at:]
        words = [[_bare(w) for w in tail.split()] for tail in tails]
        if any(len(w) < 2 or not _count(w[0]) or not _verbless(w) for w in words):
            continue
        first = words[0]
        if not (first[1] in TAIL_SPANS or first[1] == "as"):
            continue
        if first[1] in TAIL_SPANS and len(first) > 2 and first[2] in WHEN_AFTER:
            return None  # "…, 2 years ago": when, not a note
        if any(w in ("and", "or") for w in first) and first[1] not in TAIL_SPANS:
            return None  # "…, 3 warehouses and 2 depots": a list
        head = ", ".join(parts[:at])
        if _bare(head.split()[0]) not in HEAD_SUBJECTS or is_note(head + "."):
            return None  # the whole line is a note: its own notice says so
        return head, ", ".join(tails)
    return None


def tacked_count_hint(sentences: tuple[str, ...]) -> str:
    """The notice for a count tacked on after a comma (``tacked_count``), naming it, with
    an example that says it in the sentence where one is sure to read right."""
    for sentence in sentences:
        found = tacked_count(sentence)
        if not found:
            continue
        head, tail = found
        example = _tail_example(head, tail)
        said = f", for example “{example}”" if example else ", with a verb of its own."
        return f" “, {tail}” reads as a note: say it in the sentence{said}"
    return ""


def _tail_example(head: str, tail: str) -> str:
    tails = tail.split(", ")
    first = tails[0].split()
    rest = "".join(f", with {t}" for t in tails[1:])
    if first[1] == "as" or (len(first) > 3 and first[2] == "as"):
        # "…, 2 as shift lead", "…, 3 years as supervisor": part of the time before it
        return f"{head}, including {tails[0]}{rest}."
    if len(first) != 2:
        return ""
    span = f"for {tails[0]}"
    lowered = head.lower().replace("’", "'")
    spans = {w.strip(".,;:") for w in lowered.split()} & SPAN_UNITS
    after_have = lowered[len("i have ") :].split()[:1] if lowered.startswith("i have ") else []
    if spans or (after_have and lexicon.verb_tags(after_have[0]) & {"VBN", "VBD"}):
        # "I have spent 11 years …, 6 years": a second span, and never "I have had spent"
        return ""
    for said, been in (
        ("i'm ", "I have been "),
        ("i am ", "I have been "),
        ("i have ", "I have had "),
    ):
        if lowered.startswith(said):
            return f"{been}{head[len(said) :]} {span}{rest}."
    return ""


def subjectless_tail_hint(sentences: tuple[str, ...]) -> str:
    """ "We talked about your mum for a bit, was nice.": a comment after the last comma
    with a verb and no subject; "and" before it would make it the sentence's ("we was
    nice"), so the notice names it and shows "it" put in."""
    from letters.answer_fixes import COMMENT_VERBS

    for sentence in sentences:
        head, comma, tail = sentence.rstrip(" .!").rpartition(", ")
        words = [_bare(w) for w in tail.split()]
        if not comma or not words or words[0] not in COMMENT_VERBS or len(words) > 4:
            continue
        if _bare(head.split()[0]) not in HEAD_SUBJECTS | {"you", "she", "he", "they"}:
            continue
        return (
            f" “{tail}” after a comma does not say what {words[0]}: for example “…, and it {tail}.”"
        )
    return ""


# A measured change whose subject is the thing measured: "went from 6 regulars to 19".
OTHER_SUBJECTS = frozenset({"you", "she", "he", "they"})


def _past_verb(word: str) -> bool:
    """ "went", "grew", "dropped": a past form that is no noun or adjective."""
    tags = lexicon.verb_tags(word)
    return "VBD" in tags and not lexicon.is_noun(word) and not lexicon.is_adjective(word)


def _measured_change(words: list[str], at: int) -> bool:
    """ "went from 6 regulars to 19": a past verb at ``at``, then "from" and "to"."""
    return (
        _past_verb(words[at])
        and words[at + 1 : at + 2] == ["from"]
        and "to" in words[at + 2 :]
        and any(_count(w) for w in words[at + 2 :])
    )


def subjectless_change_hint(sentences: tuple[str, ...]) -> str:
    """ "I ran the community garden, went from 6 regulars to 19": a change told after a
    comma with no subject (the garden went from 6 to 19, not "I"); "At my old job went
    from about 1 mismatch a month to 0": after an opening phrase, no one who went. The
    notice names the part and shows the subject put in; the letter keeps it as typed."""
    for sentence in sentences:
        text = sentence.rstrip(" .!")
        head, comma, tail = text.rpartition(", ")
        words = [_bare(w) for w in tail.split()]
        subject = head.split()[:1] and _bare(head.split()[0]) in HEAD_SUBJECTS | OTHER_SUBJECTS
        if subject and len(words) > 3 and _measured_change(words, 0) and not is_note(head + "."):
            return (
                f" “{tail}” after a comma does not say what {words[0]}: for example "
                f"“…, and it {tail}.”"
            )
        if (opened := _opening_without_subject(text)) is not None:
            opening, rest = opened
            return (
                f" “{rest}” does not say who {rest.split()[0]}: for example “{opening} we {rest}.”"
            )
    return ""


OPENING_PREPOSITIONS = frozenset({"at", "in", "on", "during", "over", "with", "after", "within"})
OPENING_DETERMINERS = frozenset({"my", "our", "the", "that", "this", "last", "each", "every"})


def _opening_without_subject(text: str) -> tuple[str, str] | None:
    """ "At my old job went from about 1 mismatch a month to 0" -> ("At my old job",
    "went from about 1 mismatch a month to 0"): an opening phrase (a preposition, "my" or
    "the", then nouns and adjectives) and straight after it a measured change with no one
    doing it; None else."""
    raw = text.split()
    words = [_bare(w) for w in raw]
    if len(words) < 6 or words[0] not in OPENING_PREPOSITIONS:
        return None
    if words[1] not in OPENING_DETERMINERS and not raw[1][:1].isupper():
        return None
    for at in range(2, min(len(words) - 3, 6)):
        if _measured_change(words, at):
            between = words[2:at] if words[1] in OPENING_DETERMINERS else words[1:at]
            if not between or not (lexicon.is_noun(between[-1]) or raw[at - 1][:1].isupper()):
                return None
            if between[-1].endswith("s") and not between[-1].endswith("ss"):
                return None  # "At my last site incidents dropped …": the plural is who
            if any(not lexicon.is_adjective(w) for w in between[:-1]):
                return None  # "At my last company close went …": "close" may be who
            return " ".join(raw[:at]).rstrip(","), " ".join(raw[at:])
    return None


def later_note_parts(sentences: tuple[str, ...]) -> list[str]:
    """ "I would scan instead of plaster for most feet. Clear check shell for tricky ones.
    Batch thermoforming days.": after a whole first sentence, a later one with no verb
    whose first word passes for an order ("clear", "batch") but is a noun or adjective
    too, with a noun after it and no "a", "the" or "every" an order would have ("Label
    every plot" is one). The first sentence is judged by the step already."""
    from letters.answer_fixes import verbless_note

    found = []
    for sentence in sentences[1:]:
        words = [_bare(w) for w in sentence.split()]
        if len(words) > 2 and _how_often_note(words):
            found.append(sentence)  # "Daily cleaver blade check and arc calibration."
            continue
        if not sentence.rstrip().endswith("?") and (_headed_note(words) or _unagreed_note(words)):
            found.append(sentence)  # "Also a simple tracker so …", "Splice log with …"
            continue
        if len(words) < 2 or set(words) & (DETERMINERS | CLAUSE_PRONOUNS):
            continue
        first, second = words[0], words[1]
        if not (lexicon.is_noun(first) or lexicon.is_adjective(first)):
            continue
        if second in CLOSED_SECOND | CLOSED_WORDS or lexicon.is_adverb(second):
            continue  # "Test and tag weekly", "Start with …", "Check often": orders
        if verbless_note("fit", sentence):  # as a line of a result is judged: no order
            found.append(sentence)
    return found


CLOSED_SECOND = frozenset({"and", "or", "with", "to", "for", "in", "on", "up", "out", "off"})
# How often a step is done, heading a note: "Daily cleaver blade check and arc calibration."
HOW_OFTEN = frozenset({
    "daily", "weekly", "monthly", "hourly", "nightly", "yearly", "annual", "fortnightly",
    "quarterly",
})  # fmt: skip
# What ends the run of nouns a note is named by: "Weekly backlog figures for trustees".
NOUN_RUN_ENDS = frozenset({"and", "or", "for", "to", "on", "in", "at", "per", "with", "of", ""})


def _how_often_note(words: list[str]) -> bool:
    """ "Daily cleaver blade check and arc calibration.", "Weekly backlog figures for
    trustees.": how often, then things, and no word that can be its verb; an "-s" noun
    that ends the run of nouns is the thing named ("figures for"), not "Daily checks
    catch the mildew", whose "catch" follows a plural."""
    if words[0] not in HOW_OFTEN or set(words) & CLAUSE_PRONOUNS:
        return False
    if not lexicon.is_noun(words[1]) or lexicon.verb_tags(words[1]) & {"VBD", "MD"}:
        return False
    following = [*words[1:], ""]
    for at, word in enumerate(words[1:], 1):
        if word in lexicon.MODALS or word in lexicon.AUXILIARY_FORMS or "'" in word[1:]:
            return False
        tags = lexicon.verb_tags(word)
        if not tags or word in CLOSED_WORDS:
            continue
        prior = words[at - 1]
        plural_before = prior.endswith("s") and not prior.endswith("ss") and at > 1
        named = lexicon.is_noun(word) and (
            following[at] in NOUN_RUN_ENDS or not plural_before and "VBZ" not in tags
        )
        if not named and (tags & {"VBD", "VBZ"} or plural_before or prior in CLOSED_WORDS):
            return False
    return True


# After the two nouns of a thing named: "Shift debrief after every call".
THING_PREPOSITIONS = frozenset({"after", "before", "by", "from", "during", "under", "over"})
# Opening a later line of an idea before what it names: "Also a simple tracker …".
LEAD_ADVERBS = frozenset({"also", "plus", "and", "then", "maybe", "perhaps", "possibly", "next"})
# Nouns with no "-s" that take a plural verb: "Staff log in with …", "People walk past".
PLURAL_NOUNS = frozenset({
    "staff", "people", "police", "children", "men", "women", "crew", "team", "management",
    "data", "family", "public", "cattle", "livestock", "sheep", "deer", "fish", "kids",
})  # fmt: skip


def _no_finite(words: list[str]) -> bool:
    """No word after the first can be a verb with a subject; a noun straight after "a",
    "with" or a figure is a thing ("with initials per shift", "the grounds"), not one."""
    from letters.answer_fixes import can_be_finite

    return not any(
        can_be_finite(words, place)
        and not (
            lexicon.is_noun(words[place])
            and (
                words[place - 1] in DETERMINERS | THING_PREPOSITIONS | NOUN_RUN_ENDS - {""}
                or words[place - 1][:1].isdigit()
            )
        )
        for place in range(1, len(words))
    )


def _headed_note(words: list[str]) -> bool:
    """ "Also a simple tracker so everyone can see what's open.", "A weekly huddle with
    the night shift.": a thing named ("a", "the", "my"), which no order starts with, and
    no verb of its own; one after "so" or "because" is the verb of the reason, not
    of the thing ("A tracker would help so …" has its own)."""
    start = 0
    while start < len(words) and words[start] in LEAD_ADVERBS:
        start += 1
    head = words[start:]
    if len(head) < 2 or head[0] not in DETERMINERS - {"all", "both", "each", "every", "no"}:
        return False
    if head[0] in {"her", "his", "its", "their", "your", "this", "these", "those"}:
        return False  # "This keeps …", "Their team …": a subject as often as a heading
    for at, word in enumerate(head):
        if word in ("so", "because") and at > 1:
            head = head[:at]  # "… so everyone can see": the reason's own verb
            break
    if set(head) & CLAUSE_PRONOUNS:
        return False
    pairs = zip(head, head[1:], strict=False)
    if any(w in PLURAL_NOUNS and "VB" in lexicon.verb_tags(n) for w, n in pairs):
        return False  # "The team work weekends": a plural verb after a plural with no "-s"
    return _no_finite(["", *head])


def _unagreed_note(words: list[str]) -> bool:
    """ "Splice log with photos per closure.", "Shift debrief after every call.": a noun
    and then a word that is only a verb's plain form, which a singular noun cannot be the
    subject of ("the splice logs"), then straight away a preposition or the end: two
    nouns naming a thing, the dictionary missing the second ("log" is no noun there)."""
    if len(words) < 2 or words[0] in PLURAL_NOUNS | CLAUSE_PRONOUNS or words[0].endswith("s"):
        return False  # "I pretend to make …": "I" is a subject, not a thing named
    if not lexicon.is_noun(words[0]) or lexicon.verb_tags(words[0]) - {"VB"}:
        return False
    second = words[1]
    if lexicon.verb_tags(second) != {"VB"} or lexicon.is_noun(second) or second in CLOSED_WORDS:
        return False
    rest = words[2:]
    if rest and rest[0] not in NOUN_RUN_ENDS | THING_PREPOSITIONS:
        return False
    return not rest or _no_finite(["", *rest])


# Past verbs that after a comma tell what was done to the user, not by them ("…,
# awarded employee of the year", "…, given a team of 4"), or where someone else went:
# no "and I" is put before them.
DONE_TO = frozenset({
    "awarded", "given", "granted", "offered", "promoted", "named", "voted", "chosen",
    "selected", "sent", "shown", "taught", "told", "asked", "paid", "hired", "employed",
    "went", "came", "became", "got", "left", "fell", "rose", "grew", "was", "were", "had",
})  # fmt: skip
# What starts the thing done, after the verb: "ran 6 trials", "led a crew of 3".
DONE_OBJECT_STARTS = (DETERMINERS | NUMBER_WORDS) - {"no"}
FIRST_PERSON_STARTS = frozenset({"i", "i'm", "i've", "i'd"})
# A share of the thing done, before "of": "did most of the repairs", "ran half of the shifts".
SHARE_WORDS = frozenset({"most", "half", "all", "much", "many", "some", "part", "each"})


def past_said_with_i(sentence: str) -> str:
    """ "I have 3 years as a CRC in cardiology at a university hospital, ran 6 trials at
    once" -> "…, and I ran 6 trials at once": a sentence about the user ("I" and a verb),
    one comma, and after it a past verb with no subject and the thing done ("6 trials",
    "a crew of 3"), so the user did it. As typed where anything else may have ("…, went
    from 6 regulars to 19", "…, run by the NHS", "…, awarded employee of the year")."""
    head, comma, tail = sentence.partition(", ")
    head_words = [_bare(w) for w in head.split()]
    done = [_bare(w) for w in tail.split()]
    if not comma or ", " in tail or len(head_words) < 3 or len(done) < 3:
        return sentence
    if head_words[0] not in FIRST_PERSON_STARTS or is_note(head + "."):
        return sentence
    verb, thing = done[0], done[1]
    share = thing in SHARE_WORDS and done[2] == "of"  # "did most of the tubing checks"
    done_work = verb == "did" and (share or thing in DONE_OBJECT_STARTS)  # not "did well"
    if "VBD" not in lexicon.verb_tags(verb) or verb in DONE_TO:
        return sentence
    if verb in lexicon.AUXILIARY_FORMS and not done_work:
        return sentence
    if thing not in DONE_OBJECT_STARTS and not thing[:1].isdigit() and not share:
        return sentence
    return f"{head}, and I {tail}"


def later_unsaid_part(sentences: tuple[str, ...]) -> str:
    """ "I will do time study …. Will keep 2 multi-skilled operators …": a later step
    opening with "will", "can" and its verb, so no one does it, as a whole answer with
    no subject says no one does; "I" is likely but not certain ("we"), so it is named.
    A question ("Would that help?") is not one."""
    for sentence in sentences[1:]:
        words = [_bare(w) for w in sentence.split()]
        if len(words) < 3 or sentence.rstrip().endswith("?") or words[0] not in STEP_MODALS:
            continue
        if "VB" in lexicon.verb_tags(words[1]) or lexicon.is_adverb(words[1]):
            return sentence
    return ""


STEP_MODALS = frozenset({"will", "would", "can", "could", "shall", "should", "might"})


def later_notes_hint(sentences: tuple[str, ...]) -> str:
    parts = later_note_parts(sentences)
    if not parts:
        return ""
    shown = " and ".join(f"“{p}”" for p in parts)
    said = "reads as a note: say it" if len(parts) == 1 else "read as notes: say each"
    return f" {shown} {said} as what you would do, starting with “I would also …”."


def label_hint(sentences: tuple[str, ...]) -> str:
    """ "Nevis: stoppages roughly halved on beginner tow with a loader.": a name set
    before a colon as a heading, then the sentence; the notice names it and shows it said
    in the sentence ("At Nevis, stoppages roughly halved …")."""
    for sentence in sentences:
        label, colon, rest = sentence.partition(": ")
        raw = label.split()
        if not colon or not 0 < len(raw) <= 3 or not rest.strip() or is_note(rest):
            continue
        if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in raw):
            continue
        first = raw[0].lower()
        if lexicon.is_noun(first) or lexicon.is_adjective(first) or lexicon.verb_tags(first):
            continue  # "Result: …", "Update: …": a word, not a place's name
        if first in DETERMINERS | CLAUSE_PRONOUNS:
            continue
        said = rest[:1].lower() + rest[1:] if rest.split()[0].lower() != "i" else rest
        shown = " ".join(said.split()[:4])
        return (
            f" “{label}:” reads as a note heading: say it in the sentence, for example "
            f"“At {label}, {shown} …”"
        )
    return ""


# A comma splice: "I worked there 5 years, I know the area well". The subject that starts
# the sentence after the comma; "it" and "there" only before a verb that is surely one.
SPLICE_PRONOUNS = frozenset({
    "i", "we", "they", "he", "she", "you", "it", "there",
    "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'd", "we'll", "they're", "they've",
    "they'd", "they'll", "you're", "you've", "you'd", "you'll", "he's", "he'd", "she's",
    "she'd", "it's", "there's",
})  # fmt: skip
# "the parents said", "my accuracy was": a noun subject's first word ("that" may open a
# clause about the noun before: "I fixed the pump, that was leaking").
SPLICE_LEADS = frozenset({
    "the", "my", "our", "their", "his", "her", "your", "its", "these", "those",
})  # fmt: skip
# A clause these open leads into the one after the comma ("I knew that when it rained,
# we got …"): no stop; "as", "after", "before" and "since" only before a subject.
SPLICE_SUBORDINATORS = frozenset({
    "when", "if", "because", "although", "though", "while", "once", "until", "whenever",
    "unless", "whereas", "whether", "cause", "cos", "coz",
})  # fmt: skip
SUBORDINATE_BEFORE_SUBJECT = frozenset({"as", "after", "before", "since", "till"})
# What was said or thought: "The owner told me, we need …", "I would say, we …".
SAID_VERBS = frozenset({
    "said", "say", "says", "saying", "told", "tell", "tells", "asked", "ask", "think",
    "thought", "reckon", "reckoned", "guess", "hope", "hoped", "know", "knew", "mean",
    "meant", "feel", "felt", "believe", "suppose", "bet", "wonder", "wondered", "promise",
    "promised", "swear", "admit", "remember", "remembered", "forget", "noticed", "realised",
    "realized", "found", "heard", "explained", "mentioned", "agreed", "replied", "added",
    "wrote", "suggested", "answered", "joked", "laughed", "warned", "insisted", "sure",
})  # fmt: skip
SAID_OBJECTS = frozenset({"me", "us", "him", "her", "them", "you", "so", "it", "this"})
# "…, it turned out", "…, I think so": a tag after the comma, no sentence of its own.
TAG_ENDINGS = frozenset({"out", "so", "too", "though", "anyway", "really", "again", "it"})
QUOTES = ('"', "“", "”", "‘")
MIN_SPLICE_WORDS = 3  # "I think, I hope …", "I cook, I clean": too short to be two sentences


def _subject_verb(words: list[str], at: int) -> int | None:
    """The place of the finite verb of a clause whose subject starts at ``at`` ("we never
    had", "the parents said", "my manager always used"), or None. A contraction ("I've")
    is its own verb."""
    following = [_bare(w) for w in words[at : at + 7]] + [""] * 7
    first = following[0]
    if first in SPLICE_PRONOUNS:
        if "'" in first:
            return at
        place = 2 if following[1] in BEFORE_VERB else 1
        verb, after = following[place], following[place + 1]
        if first in ("it", "there"):
            sure = verb in FINITE_WORDS or (
                "VBD" in lexicon.verb_tags(verb) and not lexicon.is_noun(verb)
            )
            return at + place if sure else None
        if first in ("i", "we", "you", "they") and verb.isalpha():
            # after "I" or "we" a word that may be a verb is one: "I use", "we ship"
            tags = lexicon.verb_tags(verb) & {"VB", "VBP", "VBD", "MD"}
            return at + place if tags or verb in FINITE_WORDS | {"am"} else None
        if first in ("he", "she") and verb.isalpha():
            tags = lexicon.verb_tags(verb) & {"VBZ", "VBD", "MD"}  # "he works", "she ran"
            return at + place if tags or verb in FINITE_WORDS else None
        return at + place if _finite(verb, after) else None
    if first == "this":
        return at + 1 if following[1] in FINITE_WORDS else None
    if first not in SPLICE_LEADS:
        return None
    for place in range(1, 4):  # "the parents", "my old manager", "the night shift team"
        noun = following[place]
        if not noun.isalpha() or not (lexicon.is_noun(noun) or lexicon.is_adjective(noun)):
            return None
        if words[at + place].endswith((",", ";", ":")):
            return None  # "…, the owner, for 3 years": a noun set beside the one before
        if not lexicon.is_noun(noun):
            continue
        adverb = following[place + 1] in BEFORE_VERB
        verb = place + 2 if adverb else place + 1
        word = following[verb]
        plural = noun.endswith("s") and not noun.endswith("ss")
        if not word.isalpha():
            continue
        if _finite(word, following[verb + 1], plural=plural) or (
            adverb and lexicon.verb_tags(word) & {"VBZ", "VBD", "VBP"}  # "always uses"
        ):
            return at + verb
    return None


def _leads_on(words: list[str]) -> bool:
    """The part before the comma holds a clause that leads into the one after it ("I
    knew that when it rained", "I stayed on as we were short"), or ends with what was
    said ("The owner told me", "I would say")."""
    bare = [_bare(w) for w in words]
    for place, word in enumerate(bare):
        if word in SPLICE_SUBORDINATORS:
            return True
        if word in SUBORDINATE_BEFORE_SUBJECT and _subject_verb(words, place + 1) is not None:
            return True
    last = bare[-2:] if bare[-1] in SAID_OBJECTS else bare[-1:]
    return last[0] in SAID_VERBS


def _splice_at(words: list[str]) -> int | None:
    """The place of the first word after a comma that starts a new sentence, or None."""
    if _subject_verb(words, 0) is None and not _named_subject(words):
        return None  # "Good with customers, …", "At my last job, …", "Thanks Marc, …"
    for at in range(MIN_SPLICE_WORDS, len(words) - MIN_SPLICE_WORDS + 1):
        if not words[at - 1].endswith(","):
            continue
        before = words[:at]
        if any(w.endswith((",", ";", ":")) for w in before[:-1]) and not _whole_clauses(before):
            return None  # "I worked for Dave, the owner, for …": each part a sentence, or none
        if _leads_on(before):
            return None
        verb = _subject_verb(words, at)
        if verb is None and (lead := _time_lead(words, at)):
            verb = _subject_verb(words, at + lead)  # "…, in my first week I would check …"
        if verb is None:
            continue
        if words[verb].endswith((",", ";", ":")):
            return None  # "…, I think, if that suits", "…, you know, the Saturday one"
        rest = [_bare(w) for w in words[verb + 1 :]]
        if "'" not in _bare(words[at]) and all(w in TAG_ENDINGS for w in rest):
            return None  # "…, I think.", "…, it turned out."
        if _bare(words[verb]) in SAID_VERBS and rest[:1] in (["because"], ["so"], ["not"]):
            return None  # "It was busy, I guess because of the rain": a hedge
        if any(
            words[j].endswith(",")
            and _bare(words[j + 1]) in ("and", "or")
            and _clause_after(words, j + 1)
            for j in range(at, len(words) - 2)
        ):
            return None  # "The guests would wait less, we would …, and the staff …": a series
        return at
    return None


def _named_subject(words: list[str]) -> bool:
    """ "Mr Adebayo the rig superintendent remembered …": a first sentence whose subject is
    a titled name, with a verb in the past or "-s" form among its next few words."""
    if len(words) < 3 or _bare(words[0]).rstrip(".") not in NAME_TITLES:
        return False
    if not words[1][:1].isupper() or words[1].endswith((",", ";", ":")):
        return False
    for word in words[2:7]:
        bare = _bare(word)
        if (
            bare.isalpha()
            and lexicon.verb_tags(bare) & {"VBD", "VBZ"}
            and not lexicon.is_noun(bare)
        ):
            return True
        if word.endswith((",", ";", ":")):
            return False
    return False


# "in my first week", "on the first day", "after that month": a short phrase of when or
# where that opens the second sentence of a splice, before its own subject and verb.
LEAD_PREPOSITIONS = frozenset({"in", "on", "at", "after", "by", "within", "during", "over"})
LEAD_DETERMINERS = frozenset({"my", "the", "our", "that", "this", "those", "his", "her"})
LEAD_SUBJECTS = frozenset({"i", "we", "he", "she", "they"})


def _time_lead(words: list[str], at: int) -> int:
    """The length of a lead phrase at ``at`` ("in my first week") that a subject pronoun
    follows ("I would"), or 0. Never "in case we …": the phrase needs its determiner."""
    if _bare(words[at]) not in LEAD_PREPOSITIONS or at + 2 >= len(words):
        return 0
    if _bare(words[at + 1]) not in LEAD_DETERMINERS:
        return 0
    for length in range(3, 6):  # "in that time", "on the first day", "in my first two weeks"
        if at + length >= len(words) or words[at + length - 1].endswith((",", ";", ":")):
            return 0
        if _bare(words[at + length]) in LEAD_SUBJECTS:
            return length
    return 0


def _whole_clauses(words: list[str]) -> bool:
    """Each part of ``words`` between commas is a sentence: "We both worked at Harlow,
    you knew …" before a later comma, never "I worked for Dave, the owner"."""
    parts, part = [], []
    for word in words:
        part.append(word)
        if word.endswith(","):
            parts.append(part)
            part = []
    return all(
        _subject_verb(p, 0) is not None or _bare(p[0]) in ("and", "but", "so") for p in parts
    )


def split_comma_splice(pieces: list[str], changes: list[str]) -> list[str]:
    """ "I worked there 5 years, I know the area well" -> "I worked there 5 years. I know
    the area well.": two sentences joined by a comma, each opening with its subject and
    verb, get a full stop at the comma. Not where the first part is under three words
    ("I think, I hope …"), leads into the second ("When I started, we …", "I knew that
    when it rained, we …"), ends with what was said ("The owner told me, we …"), or
    where the second is a tag ("…, I think.") or a parenthesis ("…, you know, …"); not
    in a question or quoted speech."""
    return _split_each(
        pieces, changes, _split_splice,
        "put a full stop between two sentences run together with a comma",
    )  # fmt: skip


def _split_splice(piece: str, depth: int = 0) -> list[str]:
    words = piece.split()
    if (
        depth > 3
        or len(words) < 2 * MIN_SPLICE_WORDS
        or piece.rstrip().endswith("?")
        or any(q in piece for q in QUOTES)
        or any(w.startswith("'") for w in words)
    ):
        return [piece]
    at = _splice_at(words)
    if at is None:
        return [piece]
    first = " ".join(words[:at]).rstrip(",") + "."
    second = " ".join(words[at:])
    second = second[:1].upper() + second[1:]
    if is_note(first) or is_note(second) or not safe_split([first, second]):
        return [piece]
    return [first, *_split_splice(second, depth + 1)]
