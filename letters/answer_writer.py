"""The writer named inside the letter's body. Some write about themselves by name, as a
reference would ("Dana appreciates the time", "Would Dana be reporting to Linda?"); the
letter is from them, so their own first name is "I", "me" or "my" ("I appreciate the
time", "Would I be reporting …?", "You and I turned out …"). Only when the name is the
sender's and not also the reader's, and no "his", "her", "him" or "he"/"she" after it
could be theirs: then the answer stays as typed. Word by word, no search that backtracks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from letters.answer_words import OTHER_PEOPLE
from letters.quality import lexicon
from letters.quality.text import fold, person_name
from letters.quality.words import SUBORDINATORS

if TYPE_CHECKING:  # answer_case imports this module
    from letters.answer_case import Facts

WROTE_I = "wrote “I”: the letter is from you"

# After these the name is an object: "asked Dana", "to Dana" -> "me"
OBJECT_LEADS = frozenset({
    "to", "with", "for", "from", "about", "by", "asked", "told", "gave", "showed", "sent",
    "called", "offered", "let", "help", "helped", "thanked", "met", "invited", "hired",
})  # fmt: skip
# A question's auxiliary before the name: "Would Dana be" -> "Would I be"
ASKING = frozenset({
    "would", "could", "will", "can", "should", "shall", "may", "might", "did", "do", "does",
})  # fmt: skip
# "Does Dana need" -> "Do I need": the auxiliary that agrees with "I"
AUX_FOR_I = {"does": "do", "is": "am", "was": "was", "has": "have", "doesn't": "don't"}
# "Dana is" -> "I am": the verb after the name as subject
VERB_FOR_I = {"is": "am", "has": "have", "does": "do", "was": "was", "isn't": "am not"}
THEIRS = frozenset({
    "he", "she", "him", "her", "his", "hers", "himself", "herself", "he's", "she's", "he'd",
    "she'd", "he'll", "she'll", "he’s", "she’s", "he’d", "she’d", "he’ll", "she’ll",
})  # fmt: skip
SUBJECTS = frozenset({"he", "she"})
ENDS = ".!?"


def writer_name(facts: Facts) -> str:
    """The sender's first name, folded, when it is not also the reader's: "dana"."""
    sender = person_name(facts.sender).split()
    if not sender:
        return ""
    first = fold(sender[0])
    reader = {fold(w) for w in person_name(facts.recipient).split()}
    return "" if len(first) < 3 or first in reader else first


def writer_named(text: str, facts: Facts) -> str:
    """The writer's own first name in ``text`` as typed, with its capital ("Aoife thanks
    Dr Brennan …", "Muthukumar's reply"): they write of themself in the third person; ""
    else."""
    first = writer_name(facts)
    if not first:
        return ""
    for word in text.split():
        core = _core(word).removesuffix("'s").removesuffix("’s")
        if core[:1].isupper() and fold(core) == first:
            return core
    return ""


def _core(word: str) -> str:
    return word.strip('.,!?;:()"“”')


def _for_i(verb: str) -> str:
    """ "appreciates" -> "appreciate", "is" -> "am", "got" -> "got"."""
    low = verb.lower()
    if low in VERB_FOR_I:
        return VERB_FOR_I[low]
    if low in ASKING:
        return low  # "Dana would do an audit" -> "I would do"
    if low.endswith("s") and "VBZ" in lexicon.verb_tags(low):
        for stem in (low[:-1], low[:-2], low[:-3] + "y"):
            if stem and lexicon.verb_tags(stem) & {"VB", "VBP"}:
                return stem
        return ""
    return low if lexicon.verb_tags(low) & {"VBD", "MD"} else ""


def _swap(word: str, new: str) -> str:
    core = _core(word)
    at = word.find(core)
    return word[:at] + new + word[at + len(core) :]


def writer_to_first(text: str, facts: Facts, changes: list[str]) -> str:
    """ "Dana appreciates the time and is happy to …" -> "I appreciate the time and am
    happy to …"; the answer stays as typed wherever a reading is not certain."""
    first = writer_name(facts)
    if not first or first not in fold(text.lower()):
        return text
    if text.islower() and lexicon.is_english_word(first):
        return text  # "and mark the tags": a word, not Mark
    words = text.split(" ")
    lowered = [fold(_core(w).lower()) for w in words]
    places = [
        i
        for i, w in enumerate(lowered)
        if w.removesuffix("'s").removesuffix("’s") == first
        and (_core(words[i])[:1].isupper() or text.islower())
    ]
    if not places:
        return text
    start = places[0]
    paired = start > 1 and lowered[start - 1] == "and"
    # "Linda and Dana turned out …, she remembered": "she" is not the pair
    theirs = THEIRS - SUBJECTS if paired else THEIRS
    not_mine = _paired_with(lowered, first)  # "she and Dana had a laugh": she is not Dana
    objects = _asked_of_me(words, lowered, start, first)  # "… if Linda will call her"
    if any(
        w in theirs and w not in not_mine and at not in objects and at - 1 not in objects
        for at, w in enumerate(lowered[start:], start)
    ):
        return text  # "Dana cut her last group's denials": whose "her" is not certain
    out = list(words)
    for at in objects:
        out[at] = _swap(words[at], "me")  # "call her herself" -> "call me herself"
    mine_before = _mine_before(words, lowered, start)
    for at in mine_before:
        out[at] = _swap(words[at], "My" if words[at][:1].isupper() else "my")
    for at in places:
        word = lowered[at]
        before = lowered[at - 1] if at else ""
        opens = at == 0 or words[at - 1][-1:] in ENDS
        nxt = lowered[at + 1] if at + 1 < len(words) else ""
        if words[at][-1:] in ",;:" and not nxt:
            return text
        if word != first:  # "Dana's"
            if nxt in ("been", "got", "gone", "going", "a", "an", "the") or not nxt:
                return text  # "Dana's been" is "I've been": not made here
            out[at] = _swap(words[at], "My" if opens else "my")
            continue
        if before == "as" and (words[at][-1:] in ",.;" or not nxt):
            out[at] = _swap(words[at], "me")  # "same as Dana," -> "same as me,"
            continue
        if nxt == "and" or words[at][-1:] == ",":
            return text  # "Dana and Linda …": "I and Linda" reads wrong
        if before in OBJECT_LEADS:
            out[at] = _swap(words[at], "me")
            continue
        if before in ASKING and not opens:
            out[at] = _swap(words[at], "I")  # "Would Dana be reporting" -> "Would I be"
            if before in AUX_FOR_I:
                out[at - 1] = _swap(words[at - 1], _cased(AUX_FOR_I[before], words[at - 1]))
            continue
        pair = (
            before == "and"
            and at > 1
            and (
                lowered[at - 2] in ("you", "he", "she")  # "she and Dana had a laugh"
                or _core(words[at - 2])[:1].isupper()
            )
        )
        if pair:
            if at > 2 and lowered[at - 3] in OBJECT_LEADS:
                out[at] = _swap(words[at], "me")  # "with Linda and Dana"
                continue
            # "You and Dana turned out", "Linda and Dana turned out": a pair's subject
        elif not (
            opens
            or before in ("and", "then", "so", "but")
            or before in SUBORDINATORS  # "when Sipho started doing this"
            or words[at - 1][-1:] == ","
            or (at > 1 and _core(words[at - 1])[:1].isupper())  # "At Summit Ortho Dana got"
            or (at == start and mine_before)  # "In his first season Tomas cut"
        ):
            return text  # "the team Dana ran": not certain which it is
        verb = _for_i(nxt) if nxt else ""
        if not verb and not (pair and lexicon.verb_tags(nxt)):
            return text
        out[at] = _swap(words[at], "I")
        if verb and not pair:
            out[at + 1] = _swap(words[at + 1], verb)
            _agree_after_and(out, at + 2)
    changes.append(WROTE_I)
    return " ".join(out)


def _cased(word: str, like: str) -> str:
    return word.capitalize() if _core(like)[:1].isupper() else word


def _agree_after_and(out: list[str], start: int) -> None:
    """ "I appreciate the time and is happy" -> "and am happy": the second verb of the
    same subject, up to the end of the sentence or a comma."""
    first = True
    for i in range(start, len(out) - 1):
        if out[i][-1:] == "," and out[i + 1].lower() == "and" and i + 3 < len(out):
            # "I say thanks to you for the tour, and hopes to hear …": after a comma only
            # a verb with "to" or the like after it, so "and parts are" stays
            low = _core(out[i + 2]).lower()
            if (
                _core(out[i + 3]).lower() in AFTER_LATER_VERB
                and (low in VERB_FOR_I or (low.endswith("s") and "VBZ" in lexicon.verb_tags(low)))
                and (verb := _for_i(low))
            ):
                out[i + 2] = _swap(out[i + 2], verb)
            return
        if out[i][-1:] in ENDS + ",;":
            return
        if out[i].lower() == "and":
            low = _core(out[i + 1]).lower()
            after = _core(out[i + 2]).lower() if i + 2 < len(out) else ""
            # a later "and": "thanks Carl and Linda for their time and hopes to …"; only
            # before "to" or the like, not "and parts are" (a noun)
            if (first or after in AFTER_LATER_VERB) and (
                low in VERB_FOR_I or (low.endswith("s") and "VBZ" in lexicon.verb_tags(low))
            ):
                verb = _for_i(low)
                if verb:
                    out[i + 1] = _swap(out[i + 1], verb)
                return
            if not _core(out[i + 1])[:1].isupper():
                first = False  # "thanks Joanne and Mark for … and looks": names, no verb


AFTER_LATER_VERB = frozenset({
    "to", "that", "you", "your", "the", "a", "an", "it", "this", "forward",
})  # fmt: skip
# "… to know if Linda will call her": the clause whose subject the pronoun cannot be
CLAUSE_LEADS = frozenset({"if", "whether", "that"})
REFLEXIVES = {"him": "himself", "her": "herself"}


def _paired_with(lowered: list[str], first: str) -> frozenset[str]:
    """ "she and Dana had a laugh", "Dana and he": that "she" is someone else, so every
    "she" and "her" is."""
    found: set[str] = set()
    for at, word in enumerate(lowered):
        if word not in SUBJECTS:
            continue
        after = lowered[at + 1 : at + 3] == ["and", first]
        before = at > 1 and lowered[at - 2 : at] == [first, "and"]
        if after or before:
            found |= SHE_WORDS if word == "she" else HE_WORDS
    return frozenset(found)


SHE_WORDS = frozenset({"she", "her", "hers", "herself", "she's", "she'd", "she'll"})
HE_WORDS = frozenset({"he", "him", "his", "himself", "he's", "he'd", "he'll"})


def _asked_of_me(words: list[str], lowered: list[str], start: int, first: str) -> set[int]:
    """ "Dana would like to know if Linda will call her (herself)": "her" is the object of
    a clause whose subject is Linda, so not Linda, and no one else is named since Dana: it
    is Dana, "me". The places of such "him" or "her"; none when someone else is named
    before ("Dana met Carl's brother and … if Linda will call him")."""
    found: set[int] = set()
    for at in range(start + 1, len(lowered) - 3):
        if lowered[at] not in CLAUSE_LEADS:
            continue
        subject = _core(words[at + 1])
        if not subject[:1].isupper() or lowered[at + 1] == first or subject == "I":
            continue
        for i in (at + 3, at + 4):  # "will call her", "will ring him"
            if i >= len(lowered) or lowered[i] not in REFLEXIVES:
                continue
            verbs = lowered[at + 2 : i]
            if not all(lexicon.verb_tags(v) for v in verbs) or words[i - 1][-1:] in ",;:":
                break
            if _someone_between(words, lowered, start, at, first):
                return set()
            found.add(i)
            break
    return found


def _someone_between(
    words: list[str], lowered: list[str], start: int, end: int, first: str
) -> bool:
    """A person named between the sender's name and the clause: "Carl's brother", "Mark"."""
    for i in range(start + 1, end):
        bare = lowered[i].removesuffix("'s").removesuffix("’s")
        if bare in OTHER_PEOPLE or bare in THEIRS:
            return True
        if _core(words[i])[:1].isupper() and bare != first and words[i - 1][-1:] not in ENDS:
            return True
    return False


# "At his last company Jarrah's …", "In her first year Dana …": a phrase these open, before
# the sentence's subject, may speak of that subject ahead of its name
OPENING_LEADS = frozenset({
    "at", "in", "on", "during", "with", "for", "from", "after", "before", "since", "over",
    "throughout", "across", "within",
})  # fmt: skip
NAME_LEADS = OPENING_LEADS | {"the"}  # "At The Pines his …": a place's capital, no one


def _mine_before(words: list[str], lowered: list[str], start: int) -> list[int]:
    """ "At his last company Jarrah's fix rate went up": a "his" or "her" in the phrase
    that opens the sentence, before the writer's name as its subject, is the writer's
    own ("At my last company my fix rate"); the places of such words, none when anyone
    else is spoken of before the name (a "he", "my foreman", another name)."""
    opening = start
    while opening and words[opening - 1][-1:] not in ENDS:
        opening -= 1
    if lowered[opening] not in OPENING_LEADS or start - opening > MAX_OPENING:
        return []
    if any(w in OTHERS_BEFORE for w in lowered[:start]):
        return []
    if any(lowered[at] in THEIRS for at in range(opening)):
        return []  # a "she" in a sentence before: whose this one is is not certain
    found = []
    for at in range(opening + 1, start):
        if _core(words[at])[:1].isupper() and lowered[at - 1] not in NAME_LEADS:
            return []  # "At Mick's yard his …": Mick is someone "his" may mean
        if lowered[at] in ("his", "her") and at + 1 < start and words[at][-1:].isalpha():
            found.append(at)
    return found


MAX_OPENING = 8  # "At his last company in Brisbane": a short phrase, no clause
# Before the name: someone else ("he", "my foreman") whom an opening "his" may mean.
OTHERS_BEFORE = (THEIRS - {"his", "her"}) | OTHER_PEOPLE
