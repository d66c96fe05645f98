"""Each wizard answer checked as the user types it: is it a sentence the letter can carry,
does it need a fix the user can take in one click, or is it left out, and why.

The rule for what a sentence is lives in the checker (``letters.quality.sentences``):
this module only calls it. What this module adds is the wizard's side: phone shorthand
spelled out ("yrs", "w/", "u"), names the app knows written with their capitals, a
corrected casing, "she"/"he" turned to "you" in a letter to that person, a long
sentence split, and for a note a short way to say it as a sentence. Every change is a
*fix*: the step shows it before "Next" with a one-click "Use this", and the letter uses
the fixed text, so the page that shows the draft says what changed. An answer that is
still a note after the fixes is left out of the letter, and both the step and the draft
page say which and why. Nothing is dropped silently.

Pure functions of plain values, no database. Every pattern is a plain word lookup or a
regular expression with one quantifier, so a long paste costs linear time.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from letters.answer_words import (
    ACRONYMS,
    AMOUNT_STARTS,
    BASE_VERBS,
    CALENDAR_WORDS,
    CREDENTIALS,
    FILLERS,
    FIRST_PERSON,
    GAIN_STARTS,
    LANGUAGE_WORDS,
    NOT_AFTER_HER,
    NUMBER_WORDS,
    OWN_STARTS,
    PAST_MARKERS,
    PAST_VERBS,
    PREPOSITIONS,
    QUESTION_WORDS,
    SPAN_UNITS,
    STATE_WORDS,
    THIRD_SUBJECTS,
)
from letters.quality import lexicon
from letters.quality import sentences as grammar
from letters.quality.text import fold, name_tokens
from letters.trades import example_for

MAX_ANSWER_CHARS = 600  # the longest wizard field; the view caps input before this
LONG_SENTENCE_WORDS = 30  # offered a split
UNSPLIT_LIMIT = 35  # an unsplittable sentence longer than this is left out (hard to read)

COMMON_ZIPF = 4.5  # as common as "invoice": an ordinary word, not a name
USED, FIXED, LEFT_OUT = "used", "fixed", "left_out"

# Phone shorthand spelled out, whole words only (matched lower case).
SHORTHAND = {
    "yrs": "years", "yr": "year", "hrs": "hours", "wks": "weeks",
    "wk": "week", "w/": "with", "w/o": "without", "u": "you", "ur": "your",
    "thx": "thanks", "thanx": "thanks", "pls": "please", "plz": "please",
    "b/c": "because", "abt": "about", "mgr": "manager", "incl": "including",
    "avg": "average", "approx": "about", "resi": "residential", "yoy": "year over year",
    "+": "and", "&": "and", "->": "to", "=>": "to", "dont": "don't", "cant": "can't",
    "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't", "wasnt": "wasn't",
    "theres": "there's", "whats": "what's", "thats": "that's", "im": "I'm", "ive": "I've",
    "youre": "you're", "couldnt": "couldn't", "wouldnt": "wouldn't",
}  # fmt: skip
CALENDAR = {w: w.capitalize() for w in CALENDAR_WORDS}
LANGUAGES = {w: w.capitalize() for w in LANGUAGE_WORDS}
CLOSING_STARTS = {
    "can": "I", "could": "I", "would": "I", "will": "I", "happy": "I'm", "ready": "I'm",
    "glad": "I'm", "looking": "I'm", "available": "I'm", "free": "I'm", "hope": "I",
    "hoping": "I'm", "appreciate": "I",
}  # fmt: skip
# A verb after "he"/"she" that changes form after "you".
THIRD_PERSON = {"has": "have", "is": "are", "was": "were", "does": "do", "doesn't": "don't"}

RUN_ON_JOINTS = frozenset({"and", "so", "but"})
RUN_ON_SUBJECTS = frozenset({"i", "we", "you", "they", "i'd", "i'll", "we'd", "we'll"})
PROBLEM_LEADS = ("You mentioned", "We talked about", "You told me about")
# Words that make a gain a clause of its own: "you would", "it will", "they can".
CLAUSE_WORDS = frozenset(
    {"you", "they", "it", "he", "she", "there", "this", "that", *lexicon.MODALS}
)
GAIN_LEADS = ("That would mean", "It would mean", "The result would be")


@dataclass(frozen=True)
class Check:
    """What the wizard says about one answer (one item of the fit list)."""

    key: str  # the answer's key: "connection", "fit", "value_idea", ...
    typed: str  # what the user typed, on one line
    status: str  # USED, FIXED or LEFT_OUT
    sentences: tuple[str, ...]  # what the letter carries (empty when left out)
    message: str  # what the step and the draft page say
    fix: str = ""  # the corrected answer offered in one click
    number: int = 0  # the fit item's place (1-3), 0 for other answers

    @property
    def used(self) -> bool:
        return self.status != LEFT_OUT

    def left_out(self, message: str) -> Check:
        return Check(self.key, self.typed, LEFT_OUT, (), message, self.fix, self.number)


@dataclass(frozen=True)
class Facts:
    """What the app knows around the answers: names keep their capitals."""

    names: tuple[str, ...] = ()  # recipient, sender, company, and the like
    recipient: str = ""  # the reader: "she" and their name become "you"
    seed: str = ""  # picks among phrasings: the same letter always reads the same
    trade: str = ""  # the trade whose examples the messages quote (``letters.trades``)

    company: str = ""

    def keep(self) -> frozenset[str]:
        """Names that keep their capitals: the people, the company, languages."""
        named = {n.strip() for n in (*self.names, self.company) if n.strip()}
        return frozenset(named | set(LANGUAGES.values()))

    def name_words(self) -> frozenset[str]:
        """The words of the names, less "The" and "of" ("The Grand Hotel")."""
        words = {w for n in self.keep() for w in name_tokens(n)}
        return frozenset(w for w in words if w.lower() not in grammar.FUNCTION_WORDS)

    def spelled(self) -> dict[str, str]:
        """Lower-case spelling -> the name's own spelling ("walt" -> "Walt"), for the
        people's names (a company's "Plumbing" is an ordinary word on its own)."""
        people = [w for n in self.names for w in name_tokens(n)]
        found = {fold(w): w for w in people if len(w) > 1 and w[:1].isupper()}
        return {**CALENDAR, **LANGUAGES, **found}


def one_line(text) -> str:
    return " ".join(str(text or "")[:MAX_ANSWER_CHARS].split())


def check_answer(key: str, typed: str, *, facts: Facts, number: int = 0) -> Check | None:
    """The check of one answer, or None for an empty one."""
    typed = one_line(typed)
    if not typed.strip(" .!?,;:-"):
        return None
    text, changes = _tidy(typed, facts)
    if key == "connection":
        text = _to_second_person(text, facts, changes)
    if key == "question":
        text = _as_question(text, changes)
    pieces = grammar.split_sentences(text)
    pieces = [_cased(p, facts, changes) for p in pieces]
    if _all_capitals(text):
        # "Thank You", "Field Training Officer": too short for the checker to call
        # Title Case, but every word capitalised is the keyboard, not names.
        pieces = [_plain_case(p, facts) for p in pieces]
        if pieces != grammar.split_sentences(text):
            changes.append("corrected the capital letters")
    pieces = _split_long(pieces, changes)
    if pieces is None:
        return Check(key, typed, LEFT_OUT, (), _too_long(key, typed), number=number)
    typed_lower = typed[:1].islower()
    if said := _with_subject(key, " ".join(pieces), facts, typed_lower=typed_lower):
        # "ran my own service calls" says what the user did, without saying who did it.
        pieces = grammar.split_sentences(said)
        changes.append("said who does it")
    if shaped := _shaped(key, " ".join(pieces), facts, typed_lower=typed_lower):
        # A note of a known shape ("8 yrs service plumbing") said as a sentence, even
        # where a word of it could pass for a verb ("light commercial").
        pieces = grammar.split_sentences(shaped)
        changes.append("said it as a sentence")
    notes = [p for p in pieces if is_note(p)]
    if notes:
        mended = _mend(key, " ".join(pieces), facts, typed_lower=typed_lower)
        if mended and not any(is_note(p) for p in grammar.split_sentences(mended)):
            pieces = grammar.split_sentences(mended)
            changes.append("said it as a sentence")
            notes = []
    if notes:
        return Check(key, typed, LEFT_OUT, (), _note_message(key, notes, facts), number=number)
    if key in FIRST_PERSON_KEYS and not _says_who(pieces[:1]):
        return Check(key, typed, LEFT_OUT, (), _not_you_message(key, typed, facts), number=number)
    if key == "closing":
        pieces = [_thanks_comma(p, facts, changes) for p in pieces]
    sentences = tuple(_finished(p) for p in pieces)
    fixed = " ".join(sentences)
    longest = max(len(s.split()) for s in sentences)
    hint = (
        f" One sentence is still {longest} words; a reader takes in about "
        f"{LONG_SENTENCE_WORDS} at once, so split it if you can."
        if longest > LONG_SENTENCE_WORDS
        else ""
    )
    if changes:
        message = (
            f"We suggest a corrected version ({', '.join(dict.fromkeys(changes))}): "
            f"“{fixed}” Your letter uses it; change it here if it is not what you mean."
        )
        return Check(key, typed, FIXED, sentences, message + hint, fix=fixed, number=number)
    return Check(key, typed, USED, sentences, "Used as you wrote it." + hint, number=number)


FIRST_PERSON_KEYS = ("fit", "value_idea")


def _says_who(pieces: list[str]) -> bool:
    """A result or an idea says it is the user acting: "I", "we", "my team", "let's"."""
    words = {w.lower().strip(".,!?;:()").replace("’", "'") for p in pieces for w in p.split()}
    return bool(words & FIRST_PERSON)


def _all_capitals(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _thanks_comma(sentence: str, facts: Facts, changes: list[str]) -> str:
    """ "Thanks Walt" -> "Thanks, Walt": a name after thanks takes a comma."""
    words = sentence.rstrip(".!").split()
    if len(words) < 2 or words[0].lower() not in ("thanks", "thank") or "," in sentence:
        return sentence
    name = words[-1].strip(".!")
    lead = words[:-1]
    if name in facts.name_words() and [w.lower() for w in lead] in (["thanks"], ["thank", "you"]):
        changes.append("added a comma before the name")
        return f"{' '.join(lead)}, {name}{sentence[len(sentence.rstrip('.!')) :]}"
    return sentence


def is_note(sentence: str) -> bool:
    """The checker's rule (``is_fragment``) on the sentence as the letter would carry it.
    Work-arounds: the checker reads a question opening with "When" as a "when" clause
    alone ("When does the menu go out?"), so the question is judged as "Where ...?";
    and "We both run ..." is judged without its "both"."""
    finished = _finished(sentence)
    if finished.endswith("?") and finished.lower().startswith("when "):
        finished = "Where " + finished[5:]
    if not grammar.is_fragment(finished):
        return False
    # Work-around: "We both run old lathes" reads to the checker as "both" + a noun.
    words = finished.split()
    if len(words) > 2 and words[1].lower() == "both" and words[0].lower() in RUN_ON_SUBJECTS:
        return grammar.is_fragment(" ".join([words[0], *words[2:]]))
    return True


# --- the fixes ------------------------------------------------------------------------


def _tidy(text: str, facts: Facts) -> tuple[str, list[str]]:
    """Shorthand spelled out, fillers dropped, known names and days capitalised."""
    changes: list[str] = []
    spelled = facts.spelled()
    words = []
    for word in text.split():
        core = word.strip(".,!?;:")
        lead = word[: len(word) - len(word.lstrip(".,!?;:"))]
        tail = word[len(lead) + len(core) :]
        lowered = core.lower()
        if lowered in FILLERS:
            changes.append("left out “lol” and the like")
            continue
        if lowered in SHORTHAND:
            words.append(lead + SHORTHAND[lowered] + tail)
            changes.append("spelled out the shorthand")
        elif lowered == "id" and not words:
            words.append("I'd" + tail)  # "id run the CMM" at the start
            changes.append("spelled out the shorthand")
        elif core and core == lowered and fold(core) in spelled and spelled[fold(core)] != core:
            words.append(lead + spelled[fold(core)] + tail)
            changes.append("capitalised names")
        elif lowered in ACRONYMS and core != core.upper():
            words.append(lead + core.upper() + tail)
            changes.append("capitalised names")

        else:
            words.append(word)
    text = " ".join(words)
    company = facts.company.strip()
    if company and company != company.lower():
        at = text.lower().find(company.lower())
        if at >= 0 and text[at : at + len(company)] != company:
            text = text[:at] + company + text[at + len(company) :]
            changes.append("capitalised names")
    squeezed = text.replace("!!!", "!").replace("!!", "!").replace("??", "?")
    if squeezed != text:
        changes.append("one exclamation mark is enough")
    return squeezed, changes


def _cased(sentence: str, facts: Facts, changes: list[str]) -> str:
    if grammar.casing_problem(sentence, keep=facts.keep()) is None:
        return sentence
    fixed = _days_capitalised(
        _kept_lower(sentence, grammar.fix_casing(sentence, keep=facts.keep()))
    )
    if fixed != sentence:
        changes.append("corrected the capital letters")
    return fixed


def _kept_lower(typed: str, fixed: str) -> str:
    """Ordinary words the user wrote in lower case stay so mid-sentence (a work-around:
    ``fix_casing`` capitalises "morning" as it does "Monday")."""
    before, after = typed.split(" "), fixed.split(" ")
    if len(before) != len(after):
        return fixed
    for i in range(1, len(after)):
        word, was = after[i], before[i]
        core = was.strip(".,!?;:()")
        pronoun = core == "i" or core.startswith(("i'", "i’"))
        if word != was and word.lower() == was and core.islower() and not pronoun and _common(core):
            after[i] = was
    return " ".join(after)


def _common(word: str) -> bool:
    """An ordinary English word, not a name: "laser", "the", "morning"."""
    if word in CALENDAR or word in LANGUAGES:
        return False
    return (
        lexicon.is_english_word(word)
        or word in grammar.FUNCTION_WORDS
        or lexicon.zipf(word) >= COMMON_ZIPF
    )


def _ordinary(word: str) -> bool:
    """An ordinary word, or made of them: "post-op", "techs", "credentialed"."""
    parts = [p for p in word.split("-") if p]
    stems = [word]
    for ending, back in (("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)] + back
            stems += [stem, stem[:-1]] if stem[-1:] == stem[-2:-1] else [stem]
    return any(_common(w) for w in stems) or (len(parts) > 1 and _common(parts[0]))


def _days_capitalised(sentence: str) -> str:
    """ "on fridays" -> "on Fridays": days and months, which sentence case lowers."""
    words = sentence.split(" ")
    for i, word in enumerate(words):
        core = word.strip(".,!?;:")
        if core in CALENDAR and len(core) > 3:
            words[i] = word.replace(core, CALENDAR[core], 1)
    return " ".join(words)


def _split_long(pieces: list[str], changes: list[str]) -> list[str] | None:
    """Sentences over 30 words split where the checker finds a joint; None when one is
    too long to read and has no joint."""
    result = []
    for piece in pieces:
        if len(piece.split()) <= LONG_SENTENCE_WORDS:
            result.append(piece)
            continue
        parts = _split_run_on(piece)
        if parts:
            result += parts
            changes.append("split a long sentence")
        elif len(piece.split()) <= UNSPLIT_LIMIT:
            result.append(piece)
        else:
            return None
    return result


def _split_run_on(sentence: str, depth: int = 0) -> list[str] | None:
    """The checker's split (``split_long``), also where a run-on typed without commas
    goes on with "and I ...", "so we ...": a comma is put there first (a work-around:
    ``split_long`` cuts only at ", and" and the like). Parts still long are split again."""
    parts = grammar.split_long(sentence, limit=LONG_SENTENCE_WORDS)
    if parts is None:
        words = sentence.split()
        for i in range(1, len(words) - 1):
            joint = words[i].lower() in RUN_ON_JOINTS
            subject = words[i + 1].lower().strip(",") in RUN_ON_SUBJECTS
            if joint and subject and not words[i - 1].endswith((",", ";", ".")):
                words[i - 1] += ","
        commas = " ".join(words)
        parts = (
            grammar.split_long(commas, limit=LONG_SENTENCE_WORDS) if commas != sentence else None
        )
    if parts is None or depth >= 3:
        return parts
    result = []
    for part in parts:
        longer = len(part.split()) > LONG_SENTENCE_WORDS and _split_run_on(part, depth + 1)
        result += longer or [part]
    return result


def _to_second_person(text: str, facts: Facts, changes: list[str]) -> str:
    """ "she showed me her truck" -> "you showed me your truck": the letter is to her.
    Only when the answer speaks of one person as "he" or "she", "about her ...", or
    by the recipient's name: that person is the reader."""
    named = _name_to_you(text, facts)
    text, named = named, named != text
    words = text.split()
    lowered = [w.lower().strip(".,!?;:") for w in words]
    speaks_of = (
        named
        or set(lowered) & THIRD_SUBJECTS
        or any(
            lowered[i] == "about" and lowered[i + 1] in ("her", "his")
            for i in range(len(lowered) - 1)
        )
    )
    if not speaks_of:
        return text
    out = []
    for i, word in enumerate(words):
        core = word.strip(".,!?;:")
        lead = word[: len(word) - len(word.lstrip(".,!?;:"))]
        tail = word[len(lead) + len(core) :]
        lowered_word = core.lower()
        before = out[-1].lower().strip(".,!?;:") if out else ""
        following = lowered[i + 1] if i + 1 < len(words) and not tail else ""
        swapped = None
        if lowered_word in ("he", "she", "him"):
            swapped = "you"
        elif lowered_word in ("he's", "she's", "he’s", "she’s"):
            swapped = "you're"
        elif lowered_word == "his":
            swapped = "your"
        elif lowered_word == "her":
            noun_follows = following and (
                lexicon.is_noun(following) or lexicon.is_adjective(following)
            )
            swapped = "your" if noun_follows and following not in NOT_AFTER_HER else "you"
        elif before == "you" and lowered_word in THIRD_PERSON:
            swapped = THIRD_PERSON[lowered_word]
        elif (
            before == "you"
            and lowered_word.endswith("s")
            and "VBZ" in lexicon.verb_tags(lowered_word)
        ):
            swapped = _base_form(lowered_word)
        if swapped is None:
            out.append(word)
            continue
        if core[:1].isupper():
            swapped = swapped[:1].upper() + swapped[1:]
        out.append(lead + swapped + tail)
    changes.append("wrote “you”: the letter is to them")
    return " ".join(out)


def _name_to_you(text: str, facts: Facts) -> str:
    """ "Dr. Brooks introduced me to her cat" -> "You introduced me to her cat"."""
    name = facts.recipient.strip()
    if not name:
        return text
    parts = name.split()
    forms = [name, " ".join(parts[:: len(parts) - 1]) if len(parts) > 2 else "", parts[-1]]
    if parts[0].rstrip(".").lower() in ("dr", "mr", "mrs", "ms", "mx"):
        forms.append(parts[0] + " " + parts[-1])
    else:
        forms.append(parts[0])
    for form in sorted((f for f in forms if len(f) > 2), key=len, reverse=True):
        at = text.lower().find(form.lower())
        if at < 0 or (text[at + len(form) : at + len(form) + 2] in ("'s", "’s")):
            continue
        start_of_word = at == 0 or not text[at - 1].isalnum()
        end = at + len(form)
        end_of_word = end == len(text) or not text[end].isalnum()
        if start_of_word and end_of_word:
            return f"{text[:at]}{'You' if at == 0 else 'you'}{text[end:]}"
    return text


def _base_form(verb: str) -> str:
    """ "likes" -> "like", "watches" -> "watch", "carries" -> "carry"."""
    for ending, base in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss")):
        if verb.endswith(ending) and base + "" and lexicon.verb_tags(verb[: -len(ending)] + base):
            return verb[: -len(ending)] + base
    return verb[:-1]


def _as_question(text: str, changes: list[str]) -> str:
    words = text.split()
    if words and words[0].lower() in QUESTION_WORDS and not text.endswith("?"):
        changes.append("added the question mark")
        return text.rstrip(" .!,;:") + "?"
    return text


def _with_subject(key: str, text: str, facts: Facts, *, typed_lower: bool = False) -> str:
    """An answer that starts with the verb, as notes do ("slot the fast movers near
    packing", "can start Jan 4"), said with its subject; "" for any other answer."""
    words = text.rstrip(" .!?").split()
    if len(words) < 2:
        return ""
    first = words[0].lower()
    second = words[1].lower()
    body = _lower_first(" ".join(words), facts, typed_lower=typed_lower)
    if key == "fit" and (first in BASE_VERBS | {"can", "never", "always"} or _is_past(first)):
        if first == "trained" and second in PREPOSITIONS:
            return f"I am {body}."
        return f"I {body}."
    if key == "value_idea" and _is_base_verb(first, second):
        return f"I would {body}."
    if key == "value_gain_detail" and (first in ("never", "always") or _is_past(first)):
        return f"I {body}."
    if key == "closing" and first in CLOSING_STARTS:
        return f"{CLOSING_STARTS[first]} {body}."
    if (
        key == "connection"
        and first in ("talked", "laughed")
        or (key == "connection" and first == "both" and second not in PREPOSITIONS)
    ):
        return f"We {body}."
    return ""


def _is_past(word: str) -> bool:
    """ "ran", "dispatched", "trained": a past verb that is no noun as well."""
    if word in CREDENTIALS or word in STATE_WORDS:
        return False  # "licensed barber", "experienced cook": what the user is
    return word in PAST_VERBS or ("VBD" in lexicon.verb_tags(word) and not lexicon.is_noun(word))


def _is_base_verb(word: str, following: str) -> bool:
    """ "slot the fast movers", "photo every detail": a verb to say what one would do."""
    if word in BASE_VERBS:
        return True
    if "VB" not in lexicon.verb_tags(word):
        return False
    return not lexicon.is_noun(word) or following in grammar.DETERMINERS


def _shaped(key: str, text: str, facts: Facts, *, typed_lower: bool = False) -> str:
    """A note whose shape says what it is, said as a sentence whatever its words:
    "10 years service plumbing", "Laser Certified", "fewer mis-picks", "slow turnover"."""
    words = text.rstrip(" .!?").split()
    if len(words) < 2 and key != "fit" or not words:
        return ""
    first = words[0].lower()
    body = _lower_first(" ".join(words), facts, typed_lower=typed_lower)
    if key == "fit":
        return _mend_result(words, body, facts)
    second = words[1].lower() if len(words) > 1 else ""
    if (
        key == "value_gain"
        and first in BASE_VERBS | {"get", "win", "keep", "save"}
        and "VBZ" not in lexicon.verb_tags(second)  # "schedule stays on time" says it
    ):
        return f"You would {body}."
    if key == "value_gain" and (
        (first in GAIN_STARTS and not _has_clause(words)) or _lists_results(words)
    ):
        # "Fewer mis-picks, faster picks", "Units back in service faster".
        return f"{_pick(GAIN_LEADS, facts.seed, key)} {body}."
    if key == "value_gain_detail" and first in AMOUNT_STARTS and not _past(words):
        return f"{_pick(GAIN_LEADS, facts.seed, key)} {body}."
    if key == "value_problem" and first not in OWN_STARTS:
        lead = PROBLEM_LEADS[0] if not is_note(text) else _pick(PROBLEM_LEADS, facts.seed, key)
        return f"{lead} {body}."
    return ""


def _lists_results(words: list[str]) -> bool:
    """A gain written as what changes, with no clause of its own: "Materials ordered on
    time, fewer delays" (not "Doctor stays on time", not "We would save a day")."""
    lowered = {w.lower().strip(".,;:!?") for w in words}
    if lowered & (FIRST_PERSON | CLAUSE_WORDS) or _has_clause(words) or _has_clause(["", *words]):
        return False
    first = words[0].lower()
    finite = {"VB", "VBP", "VBZ", "VBD"} & lexicon.verb_tags(first)
    return not finite or lexicon.is_noun(first)  # "Billing done ...", not "Track it"


def _has_clause(words: list[str]) -> bool:
    """ "More patients finish their plan": a noun and its verb after the first word."""
    if len(words) < 3 or words[1].endswith((",", ";")):
        return False  # "less waste, lower food cost" lists what it gains
    noun, verb = words[1].lower().strip(".,;:"), words[2].lower().strip(".,;:")
    tags = lexicon.verb_tags(verb)
    if not (lexicon.is_noun(noun) and {"VB", "VBP", "VBZ"} & tags) or lexicon.is_adjective(verb):
        return False
    # "finish their plan", "start on time": a verb goes on; "food cost" ends as a noun.
    after = words[3].lower().strip(".,;:") if len(words) > 3 else ""
    return (
        not lexicon.is_noun(verb)
        or bool(after)
        and (
            after in grammar.FUNCTION_WORDS
            or after[:1].isdigit()
            or lexicon.is_adverb(after)
            or lexicon.is_adjective(after)
            or "VBN" in lexicon.verb_tags(after)
        )
    )


def _past(words: list[str]) -> bool:
    """Words that tell of the user's past ("last time", "at my last shop"): a result,
    not a gain to promise."""
    lowered = {w.lower().strip(".,") for w in words}
    return bool(PAST_MARKERS & lowered) or any(
        "VBD" in lexicon.verb_tags(w) and not lexicon.is_noun(w) for w in lowered
    )


def _plain_case(text: str, facts: Facts) -> str:
    """Ordinary words in lower case after the first ("I have Seven Years Clinical
    Experience" -> "I have seven years clinical experience"); names and acronyms kept."""
    if not text:
        return ""
    words = text.split()
    names = facts.name_words()
    out = words[:1]
    for word in words[1:]:
        core = word.strip(".,!?;:()")
        lowered = core.lower()
        common = (
            lexicon.is_english_word(lowered)
            or lowered in grammar.FUNCTION_WORDS
            or lexicon.zipf(lowered) >= COMMON_ZIPF
        )
        plain = core[:1].isupper() and core[1:].islower() and core not in names and common
        plain = plain and core != "I" and lowered not in CALENDAR and lowered not in LANGUAGES
        out.append(word.replace(core, core.lower(), 1) if plain else word)
    return " ".join(out)


def _mend(key: str, text: str, facts: Facts, *, typed_lower: bool = False) -> str:
    """A note said as a sentence, when it has a shape the wizard can say safely ("8 yrs
    service plumbing" -> "I have 8 years of service plumbing experience"); "" when it
    has none."""
    words = text.rstrip(" .!?").split()
    if not words:
        return ""
    first = words[0].lower()
    body = _lower_first(" ".join(words), facts, typed_lower=typed_lower)
    if key == "fit":
        return _mend_result(words, body, facts)
    if key == "value_problem":
        return f"{_pick(PROBLEM_LEADS, facts.seed, key)} {body}."
    ranged = "to" in {w.lower() for w in words[1:]}  # "10 to 5 days": a result, not a gain
    amount = key == "value_gain" or ((first[:1].isdigit() or "$" in first) and not ranged)
    promise = amount and not _past(words) and not _has_clause(["", *words])
    if key in ("value_gain", "value_gain_detail") and promise:
        return f"{_pick(GAIN_LEADS, facts.seed, key)} {body}."
    return ""


def _mend_result(words: list[str], body: str, facts: Facts) -> str:
    first = words[0].lower()
    second = words[1].lower() if len(words) > 1 else ""
    lowered = [w.lower() for w in words]
    if (
        2 <= len(words) <= 5
        and lowered[-1] in SPAN_UNITS | {"yrs"}
        and (lowered[-2][:1].isdigit() or lowered[-2] in NUMBER_WORDS)
    ):
        # "Produce manager 4 years" -> "I have worked 4 years as a produce manager."
        what = " ".join(words[:-2]).rstrip(",;:")
        if not what or lowered[0] in PREPOSITIONS:
            return ""
        role = f"{_article(what)} {_lower_first(what, facts)}"
        return f"I have worked {words[-2]} {words[-1]} as {role}."
    if first in STATE_WORDS:
        return f"I am {body}."
    if first.endswith(tuple(CREDENTIALS)):
        if second in PREPOSITIONS or not second:
            return f"I am {body}."
        return f"I am {_article(words[0])} {body}."
    if first == "experience":
        return f"I have {body}."
    if (first[:1].isdigit() or first in NUMBER_WORDS) and second in SPAN_UNITS | {"yrs"}:
        rest = words[2:]
        span = f"{_lower_first(words[0], facts)} {words[1]}"
        if not rest:
            return ""
        lead = rest[0].lower()
        tail = " ".join(rest)
        if lead == "as":
            return f"I have worked {span} {tail}."
        if lead in grammar.PREPOSITIONS | {"behind"}:
            return f"I have {span} of experience {tail}."
        if lead.endswith("ing"):
            return f"I have spent {span} {tail}."
        if any(c.isdigit() for c in tail) or {w.lower() for w in rest} & PREPOSITIONS:
            return ""
        if rest[-1].lower() == "experience":
            return f"I have {span} of {tail}."
        return f"I have {span} of {tail} experience."
    credential = next((i for i, w in enumerate(lowered) if w in CREDENTIALS), None)
    if credential is not None and 1 <= credential <= 3 and len(words) <= 7:
        return f"I am {body}."  # "NATE certified", "OASIS certified (COS-C)"
    return ""


def _article(phrase: str) -> str:
    """ "an" before a vowel sound: "an ASCP-certified MLT", "an RDA", "a licensed barber"."""
    word = phrase.split()[0].split("-")[0] if phrase.split() else ""
    if word.isupper() and len(word) > 1:
        return "an" if word[:1] in "AEFHILMNORSX" else "a"
    return "an" if word[:1].lower() in "aeio" else "a"


def _lower_first(text: str, facts: Facts, *, typed_lower: bool = False) -> str:
    """The note's first word in lower case to follow "I", unless it is a name or an
    acronym ("Show patients" -> "show patients"; "NATE certified" stays)."""
    first, _, rest = text.partition(" ")
    if first in facts.name_words() or first.isupper() or any(c.isupper() for c in first[1:]):
        return text
    if first.lower() in ("i", "i'd", "i'm"):
        return text
    if not typed_lower and not _ordinary(first.lower().strip(".,")):
        return text  # "Procore certified", "Klaviyo certified": a name
    return f"{first[:1].lower()}{first[1:]} {rest}".strip()


def _finished(sentence: str) -> str:
    """What assembly may do and no more: a capital first letter and a final stop."""
    sentence = sentence.strip()
    if not sentence:
        return ""
    sentence = sentence[:1].upper() + sentence[1:]
    return sentence if sentence[-1] in ".!?" else sentence.rstrip(",;:") + "."


def _pick(options: tuple[str, ...], seed: str, part: str) -> str:
    return options[zlib.crc32(f"{seed}:{part}".encode()) % len(options)]


# --- what the step says -------------------------------------------------------------

NOTE_ADVICE = {
    "connection": "say the moment as a sentence",
    "fit": "say what you did or have as a sentence",
    "value_problem": "say their problem as a sentence",
    "value_idea": "say what you would do as a sentence",
    "value_gain": "say what it would bring them as a sentence",
    "value_gain_detail": "say how much as a sentence",
    "question": "ask it as a full question",
    "closing": "say the next step as a sentence",
}


def _note_message(key: str, notes: list[str], facts: Facts) -> str:
    quoted = "”, “".join(_quote(n) for n in notes)
    return (
        f"“{quoted}” reads as a note, so it is not in your letter: "
        f"{NOTE_ADVICE.get(key, 'say it as a sentence')}, "
        f"for example “{example_for(key, facts.trade)}”"
    )


def _not_you_message(key: str, typed: str, facts: Facts) -> str:
    what = "what you did" if key == "fit" else "what you would do"
    return (
        f"“{_quote(typed)}” does not say it is you, so it is not in your letter: say "
        f"{what}, with “I” or “we”, for example “{example_for(key, facts.trade)}”"
    )


def _too_long(key: str, typed: str) -> str:
    return (
        f"“{_quote(typed)}” is one sentence of {len(typed.split())} words with no place to "
        "split it, so it is not in your letter: say it in two or three shorter sentences."
    )


def _quote(text: str, limit: int = 70) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
