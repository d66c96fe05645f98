"""The reader named inside the letter's body. The letter is to them ("Dear Mr van Wyk,"),
so their name called out at the start of a sentence is left out ("Mr van Wyk, would the
technician …?" -> "Would the technician …?"), a question asked of them by name asks "you"
("Could Ciara find out …?" -> "Could you find out …?", "… if Ciara wants me" -> "if you
want me"), and their name after "to" or, in a letter to the one who decides, "for" is
"you" ("send to Mick" -> "send to you", "less firefighting for Marc" -> "for you"). Only
these shapes: "Thanks Gord," and "Cheers Mick," greet them and stay. Word by word over
the answer, no search that backtracks.
"""

from __future__ import annotations

from letters.answer_case import AUX_FOR_YOU, VERB_FOR_YOU, WROTE_YOU, not_the_reader
from letters.quality import lexicon
from letters.quality.patterns import NAME_TITLES
from letters.quality.text import family_name, fold, person_name, rank_run

LEFT_OUT_NAME = "left out their name: the letter greets them already"

# After the reader's name and a comma, these start what is said to them: "Gary, when
# would …", "Mick, I can start Monday"; not "Mick, Dave and I", "Mick, who runs …".
CALL_NEXT = frozenset({
    "would", "could", "can", "will", "should", "shall", "may", "might", "do", "does", "did",
    "is", "are", "was", "were", "have", "has", "i", "i'd", "i'm", "i'll", "i've", "i’d",
    "i’m", "i’ll", "i’ve", "you", "we", "thanks", "thank", "please", "just",
})  # fmt: skip
# These open a question after the name, or a clause about them ("Mick, when we spoke,
# mentioned …"): dropped only before a question mark or with no comma after them.
ASKING_NEXT = frozenset({"what", "what's", "what’s", "when", "where", "how", "why"})
# "Mick, who runs the crew, …": these only before a question mark.
RELATIVE_NEXT = frozenset({"who", "which"})
# A question asked of the reader by name: "Could Ciara find out …", "Is Gary planning …";
# the verb form each of them takes after their subject.
ASKED_BY_NAME = {
    "could": "VB", "would": "VB", "can": "VB", "will": "VB", "should": "VB", "does": "VB",
    "did": "VB", "is": "VBG", "was": "VBG", "has": "VBN",
}  # fmt: skip
# "is Ciara based in Dublin": after "is" a participle of being is a verb form too
PASSIVE_AFTER = frozenset({"is", "was"})
# "Could Ciara ask her manager": whose "her" is unsure, so the question stays as typed
THIRD_PERSON = frozenset({
    "he", "she", "him", "her", "his", "hers", "himself", "herself", "he's", "she's", "he'd",
    "she'd", "he'll", "she'll", "he’s", "she’s", "he’d", "she’d", "he’ll", "she’ll",
})  # fmt: skip
ENDS = ".!?"


def reader_forms(recipient: str) -> list[tuple[str, ...]]:
    """The ways the reader may be named, as folded words, longest first: "mr pieter van
    wyk", "pieter van wyk", "mr van wyk", "pieter" for Mr Pieter van Wyk (a title's stop
    left off: "Dr." is "dr")."""
    parts = person_name(recipient).split()
    run = rank_run(parts)
    title, rest = parts[:run], parts[run:]
    if not rest:
        return []
    family = family_name(rest).split()
    given = rest[: len(rest) - len(family)]
    forms = [rest]
    if title:
        forms += [title + rest, title + family]
    if given:
        forms.append(given[:1])
    elif not title and len(rest) == 1:
        forms.append(rest)  # "Ciara": their first name alone
    folded = {tuple(fold(w.rstrip(".")) for w in form) for form in forms}
    return sorted((f for f in folded if len("".join(f)) > 2), key=len, reverse=True)


def _bare(word: str) -> str:
    return fold(word.strip('.,;:!?"“”()').rstrip("."))


def _named_at(words: list[str], at: int, forms: list[tuple[str, ...]]) -> int:
    """How many words from ``at`` name the reader (the longest form), 0 for none; a
    name's last word may carry a comma, the others nothing."""
    for form in forms:
        span = words[at : at + len(form)]
        if len(span) < len(form):
            continue
        if any(w[-1:] in ",;:!?" for w in span[:-1]):
            continue
        if tuple(_bare(w) for w in span) == form:
            return len(form)
    return 0


def _sentence_starts(words: list[str]) -> list[int]:
    """Where each sentence starts; "Dr." and "Mr." end none."""
    return [
        i
        for i in range(len(words))
        if i == 0
        or words[i - 1][-1:] in ENDS
        and words[i - 1].lower().rstrip(".") not in NAME_TITLES
    ]


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


def without_call(text: str, facts, changes: list[str]) -> str:
    """ "Mr van Wyk, would the technician …?" -> "Would the technician …?", "Gary, when
    would …": the reader's name and its comma opening a sentence, before what is said
    to them; not "Mr van Wyk would …" (the name is the subject)."""
    forms = reader_forms(facts.recipient)
    if not forms:
        return text
    words = text.split(" ")
    dropped = False
    starts = _sentence_starts(words)
    for n, at in reversed(list(enumerate(starts))):
        named = _named_at(words, at, forms)
        end = starts[n + 1] if n + 1 < len(starts) else len(words)
        if not named or not words[at + named - 1].endswith(","):
            continue
        following = words[at + named] if at + named < end else ""
        first = following.lower().strip(".,;:!?")
        asked = words[end - 1].endswith("?")
        rest = words[at + named : end - 1]
        called = (
            first in CALL_NEXT
            or first in ASKING_NEXT
            and (asked or not any(w.endswith(",") for w in rest))
            or first in RELATIVE_NEXT
            and asked
        )
        if not called:
            continue
        words[at : at + named + 1] = [_capitalised(following)]
        dropped = True
    if not dropped:
        return text
    changes.append(LEFT_OUT_NAME)
    return " ".join(words)


def asked_by_name(text: str, facts, changes: list[str]) -> str:
    """ "Could Ciara find out …?" -> "Could you find out …?", "Does Mr van Wyk need …?"
    -> "Do you need …?": a question opening with a verb of asking, the reader's name and
    a verb; not when "he", "she" or "her" may be theirs too ("Could Ciara ask her
    manager"), nor "Thanks Gord"."""
    forms = reader_forms(facts.recipient)
    calls = _calls(facts)
    if not forms and not calls:
        return text
    words = text.split(" ")
    starts = _sentence_starts(words)
    changed = False
    for n, at in reversed(list(enumerate(starts))):
        aux = words[at].lower()
        if aux not in ASKED_BY_NAME:
            continue
        named = _named_at(words, at + 1, forms) if forms else 0
        if not named and at + 1 < len(words) and _bare(words[at + 1]) in calls:
            named = 1  # "Will sir give me …?" to Mr Deshpande: sir is how he is called
        if not named or words[at + named][-1:] in ",;:!?" or at + named + 1 >= len(words):
            continue
        verb = words[at + named + 1]
        core = verb.strip(".,;:!?").lower()
        tags = lexicon.verb_tags(core)
        form = ASKED_BY_NAME[aux]
        fits = form in tags or (aux in PASSIVE_AFTER and "VBN" in tags)
        if not verb[:1].islower() or not fits:
            continue
        end = starts[n + 1] if n + 1 < len(starts) else len(words)
        if {w.lower().strip(".,;:!?") for w in words[at:end]} & THIRD_PERSON:
            continue
        said = AUX_FOR_YOU.get(aux, aux)
        said = _capitalised(said) if words[at][:1].isupper() else said
        words[at : at + named + 1] = [said, "you"]
        changed = True
    if not changed:
        return text
    changes.append(WROTE_YOU)
    return " ".join(words)


# "Will sir give me …", "Does madam want …": how the reader is called, by their title
MADAM = frozenset({"madam", "ma'am", "maam", "ma’am"})  # not "ma", "mam": a mother too
CALLS_FOR = {"mr": frozenset({"sir"}), "ms": MADAM, "mrs": MADAM, "miss": MADAM}


def _calls(facts) -> frozenset[str]:
    """ "sir" in a letter to Mr Deshpande, "madam" to Mrs Adeyemi: the reader; nothing to
    someone untitled, where "sir" may be the boss."""
    title = facts.recipient.split()[0].lower().rstrip(".") if facts.recipient.split() else ""
    return CALLS_FOR.get(title, frozenset())


def sir_asked(text: str, facts) -> str:
    """ "Will sir give me the weekend shifts?" to someone untitled: the question asked of
    "sir" or "madam" as it would read asked of them ("Will you give me …?"), for a hint;
    "" when it is not asked so, or the reader's title settles it (mended, or someone else)."""
    first = text.split()[:3]
    if _calls(facts) or not_the_reader(facts) or len(first) < 3:
        return ""
    if first[0].lower() not in ASKED_BY_NAME or _bare(first[1]) not in CALLS_ALL:
        return ""
    scratch: list[str] = []
    asked = asked_by_name(text, _Called(facts.recipient, _bare(first[1])), scratch)
    return asked if scratch else ""


CALLS_ALL = MADAM | {"sir"}


class _Called:
    """A reader titled as the question calls them, to ask it of them in a hint."""

    def __init__(self, recipient: str, call: str) -> None:
        self.recipient = ("Mr " if call == "sir" else "Ms ") + recipient


def to_you(text: str, facts, changes: list[str]) -> str:
    """ "send the photos to Mick the same day" -> "to you the same day", "less
    firefighting for Marc" -> "for you": the reader's own name after "to" or "for"; not
    "to Mick's ute" nor "to Mick Jagger" (another Mick)."""
    forms = reader_forms(facts.recipient)
    if not forms:
        return text
    words = text.split(" ")
    changed = False
    # "less firefighting for Marc" in a letter to Marc; not to a recruiter, where the
    # letter's own talk of the one who decides is of someone else
    leads = ("to", "for") if getattr(facts, "decision_maker", True) else ("to",)
    for at in range(len(words) - 2, -1, -1):
        if words[at].lower() not in leads:
            continue
        named = _named_at(words, at + 1, forms)
        if not named:
            continue
        last = words[at + named]
        if last.strip(".,;:!?").endswith(("'s", "’s")):
            continue
        following = words[at + named + 1] if at + named + 1 < len(words) else ""
        if last[-1:].isalpha() and following[:1].isupper():
            continue  # "to Mick Jagger": a longer name
        tail = last[len(last.rstrip(".,;:!?)")) :]
        words[at + 1 : at + named + 1] = ["you" + tail]
        changed = True
    if not changed:
        return text
    changes.append(WROTE_YOU)
    return " ".join(words)


# "if Mick wants me" -> "if you want me": the verb after the reader's name, said of "you"
ASKED_IF = frozenset({"if", "whether"})


def _for_you(verb: str) -> str:
    """ "wants" -> "want", "is" -> "are", "will" -> "will"; "" for no verb of theirs."""
    if verb in VERB_FOR_YOU:
        return VERB_FOR_YOU[verb]
    tags = lexicon.verb_tags(verb)
    if "MD" in tags or "VBD" in tags:
        return verb  # "if Mick would want", "if Mick needed"
    if verb.endswith("s") and "VBZ" in tags:
        for stem in (verb[:-1], verb[:-2], verb[:-3] + "y"):
            if stem and lexicon.verb_tags(stem) & {"VB", "VBP"}:
                return stem
    return ""


def if_by_name(text: str, facts, changes: list[str]) -> str:
    """ "I would like to know if Michael wants me in the shop" -> "if you want me": the
    reader's name as the subject after "if" or "whether", with a verb; not "if Mick's
    crew" nor "if Mick Jagger plays", nor where a "he" or "her" may be theirs too."""
    forms = reader_forms(facts.recipient)
    if not forms:
        return text
    words = text.split(" ")
    if {w.lower().strip(".,;:!?") for w in words} & THIRD_PERSON:
        return text
    changed = False
    for at in range(len(words) - 3, -1, -1):
        if words[at].lower() not in ASKED_IF:
            continue
        named = _named_at(words, at + 1, forms)
        if not named or at + named + 1 >= len(words) or words[at + named][-1:] in ",;:!?":
            continue
        verb = words[at + named + 1]
        core = verb.strip(".,;:!?")
        said = _for_you(core.lower()) if core.islower() else ""
        if not said:
            continue
        words[at + 1 : at + named + 2] = ["you", verb.replace(core, said, 1)]
        changed = True
    if not changed:
        return text
    changes.append(WROTE_YOU)
    return " ".join(words)


def reader_in_body(text: str, facts, changes: list[str]) -> str:
    """The four mends above, in order."""
    text = without_call(text, facts, changes)
    text = asked_by_name(text, facts, changes)
    text = if_by_name(text, facts, changes)
    return to_you(text, facts, changes)
