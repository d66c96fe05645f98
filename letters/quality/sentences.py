"""Sentences as a reader takes them: is it one, is it cased as a sentence, is it too long.

The wizard and the checker share this small API:

- ``split_sentences(text)``: the text's sentences (a greeting or a sign-off line is one);
- ``is_fragment(sentence)``: no finite verb outside a relative or subordinate clause
  ("The nightly batch that misses the 6am SLA."), a verb with its subject left out ("Both
  from Cleveland, talked Browns.") or a result noted without one ("Shrink 2.9% to 1.2%.");
  greetings, sign-offs, name lines and set phrases ("Happy to help.", "Thanks again for
  Tuesday.") are not judged;
- ``casing_problem(sentence, keep=...)``: "lower_start", "lower_i", "title_case" or None;
- ``fix_casing(text, keep=...)``: sentence case, capitals after a sentence end, "I";
  names in ``keep`` and acronyms stay as written;
- ``split_long(sentence, limit=30)``: a split at a clause boundary, or None.

``keep`` holds the names the user wrote (people, the company): never flagged, never
changed, and restored when written in lower case ("benton supply" -> "Benton Supply").

Verbs are told by lemminflect's tables (``lexicon``), not by a list. Work is linear in
the input and bounded: a sentence is read up to ``MAX_SENTENCE_TOKENS`` tokens, a text
up to ``MAX_TEXT_CHARS`` characters; the one regular expression has no nested or
adjacent quantifiers.
"""

from __future__ import annotations

import re

from letters.quality import lexicon
from letters.quality.casing import casing_problem, fix_casing, lower_names
from letters.quality.lexicon import BASE, GERUND, MODALS, PARTICIPLE, PAST, THIRD_PERSON
from letters.quality.text import split_sentences as _split_lines
from letters.quality.words import (
    ARTICLES,
    BULLETS,
    DETERMINERS,
    LONG_SENTENCE_WORDS,
    MAX_SENTENCE_TOKENS,
    MAX_TEXT_CHARS,
    NUMBERS,
    OPENERS,
    PLEASANTRIES,
    PREPOSITION_LIKE,
    PREPOSITIONS,
    RELATIVE_MARKERS,
    SET_OPENINGS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    VERB_ADVERBS,
    WORD_RE,
    _expand,
    _is_title_case,
    _raw_words,
    _verb_tags,
    is_not_judged,
)

__all__ = [
    "BULLETS",
    "WORD_RE",
    "casing_problem",
    "fix_casing",
    "is_fragment",
    "is_not_judged",
    "lower_names",
    "split_long",
    "split_sentences",
]


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, each line split after . ! ? and a space; a greeting,
    a sign-off and a name line are sentences of their own."""
    return _split_lines((text or "")[:MAX_TEXT_CHARS])


# --- fragments -------------------------------------------------------------------------


def is_fragment(sentence: str) -> bool:
    """True when the sentence has no finite verb of its own: a noun phrase, perhaps with
    a relative clause ("The afternoons you lose to demos nobody shows up for."), a
    subordinate clause alone ("Because the rota changes weekly."), or a CV line with
    no subject ("Reduced overtime by 20%.")."""
    text = sentence.strip().lstrip(BULLETS).strip()
    if is_not_judged(text):
        return False
    # A spaced hyphen is a dash as typed ("the queue you mentioned - we had the same"):
    # it sets off a clause as "—" does.
    tokens = _expand(_raw_words(SPACED_HYPHEN_RE.sub(" \u2014 ", text)))
    words = [w for w, _ in tokens]
    if _is_title_case([c for _, c in tokens[1:] if c[:1].isalnum()], {}):
        tokens = [(w, w) for w, _ in tokens]  # "Who Owns The List?": no names to see
    if _starts_with_set_phrase(words):
        return False
    content = [w for w in words if w[:1].isalnum()]
    if len(content) < 2:
        return False
    if len(content) <= 4 and text.endswith(("?", "!")):
        return False  # "Any thoughts?", "Worth a try?", "What a morning!"
    if text.endswith("?") and _asks_with_auxiliary(content):
        return False  # "When does the menu go out?": the auxiliary is the finite verb
    if text.endswith("?") and len(content) <= 6 and content[0].lower() in QUESTION_WORDS:
        return False  # "How many FAIs a week?": a short question says its verb by leaving it out
    if _is_elliptical_feeling(tokens):
        return False  # "Sorry they were all asleep.": "(I'm) sorry (that) they were ..."
    # A label and what it names ("Something that worked: warm-ups every lesson.") is
    # whole when either side has a verb; otherwise each side may stand alone.
    clauses, current = [], []
    for token in tokens:
        if token[0] in {":", ";", "\u2014", "\u2013"}:
            clauses.append(current)
            current = []
        else:
            current.append(token)
    clauses.append(current)
    clauses = [c for c in clauses if c]
    if len(clauses) > 1:
        return not any(_has_main_verb(c, lenient=True) for c in clauses)
    return not _has_main_verb(clauses[0]) if clauses else False


# Words of feeling a speaker opens with, leaving "I'm" or "it's a" out: "Sorry they were
# all asleep", "Shame it rained", "Lucky we finished", "Pity the printer jammed".
FEELINGS = frozenset(
    {"sorry", "glad", "shame", "pity", "lucky", "pleased", "happy", "sad", "funny",
     "strange", "odd", "good", "great", "nice", "lovely", "thankful", "grateful",
     "relieved", "amazing", "interesting", "typical", "proud"}
)  # fmt: skip


def _is_elliptical_feeling(tokens: list[tuple[str, str]]) -> bool:
    """A word of feeling, then a clause with its own subject and finite verb."""
    content = [w for w, _ in tokens if w[:1].isalnum()]
    if len(content) < 3 or content[0].lower() not in FEELINGS:
        return False
    if content[1].lower() == "to" and BASE in _verb_tags(content[2].lower()):
        return True  # "Sorry to hear about the flood", "Sorry to miss the tour"
    if content[1].lower() not in SUBJECT_PRONOUNS | DETERMINERS:
        return False
    rest = tokens[[w for w, _ in tokens].index(content[0]) + 1 :]
    return _has_main_verb(rest)


# Words that open a verb's object: after "this cut", a verb's.
OBJECT_OPENERS = frozenset({"the", "a", "an", "our", "their", "my", "his", "her", "its", "your"})
SPACED_HYPHEN_RE = re.compile(r"\s-{1,2}\s")
QUESTION_WORDS = frozenset({"who", "what", "when", "where", "why", "how", "which", "whose"})


def _asks_with_auxiliary(words: list[str]) -> bool:
    """A question word and then an auxiliary or a modal: "When does …", "How would …",
    "Which shifts are …" (a question word may take one noun before its verb)."""
    lowered = [w.lower() for w in words[:3]]
    if not lowered or lowered[0] not in QUESTION_WORDS:
        return False
    finite = lexicon.AUXILIARY_FORMS.keys() | lexicon.MODALS
    return any(w in finite for w in lowered[1:3])


def _starts_with_set_phrase(words: list[str]) -> bool:
    words = [w for w in words if w[:1].isalnum()]
    if any(tuple(words[: len(p)]) == p for p in SET_OPENINGS):
        return True
    # "Great meeting you Tuesday.", "Lovely talking with you."
    return len(words) > 1 and words[0] in PLEASANTRIES and GERUND in lexicon.verb_tags(words[1])


def _has_main_verb(tokens: list[tuple[str, str]], *, lenient: bool = False) -> bool:
    """A finite verb outside an opening subordinate clause and outside a relative clause
    of an opening noun phrase; ``lenient``: any finite verb at all."""
    words, written, comma_before = [], [], []
    comma = False
    for word, as_written in tokens:
        if word in {",", "(", ")"}:
            comma = True
            continue
        words.append(word)
        written.append(as_written)
        comma_before.append(comma)
        comma = False
    if not words:
        return False
    first = words[0]
    second = words[1] if len(words) > 1 else ""
    # "After graduating, I joined" and "As COO, I led": prepositions, not clauses.
    subordinate = first in SUBORDINATORS and (
        first not in PREPOSITION_LIKE or second in SUBJECT_PRONOUNS
    )
    noun_led = (
        not lenient
        and not _time_opening(words)
        and (
            first in DETERMINERS
            or first in NUMBERS
            or (
                first not in PREPOSITIONS
                and first not in SUBORDINATORS
                and first not in SUBJECT_PRONOUNS
                and first not in RELATIVE_MARKERS
                and first not in OPENERS
                and not lexicon.is_adverb(first)
                and not _verb_tags(first)
            )
        )
    )
    has_comma = any(comma_before)
    embedded = False  # inside a relative clause of the opening noun phrase
    closed = not subordinate  # the opening subordinate clause has ended
    subordinate_verbs = 0
    commas_seen = False
    reduced_by = ""  # the subject of the opening noun phrase's clause: "every leak *I* find"
    topic_main = -1  # where that subject says it again: "every leak I find *I* mark"
    for i, word in enumerate(words):
        starts_clause = i == 0
        if not closed and comma_before[i]:
            closed, starts_clause = True, True
        if noun_led and i and (word in RELATIVE_MARKERS or _starts_reduced_clause(words, i)):
            if embedded and word == reduced_by and word in PERSONAL_SUBJECTS:
                topic_main = i
            reduced_by = reduced_by or word
            embedded = True
        first_comma = not lenient and comma_before[i] and not commas_seen
        commas_seen = commas_seen or comma_before[i]
        if not _is_finite(words, written, i, clause_start=starts_clause,
                          after_comma=comma_before[i],
                          after_first_comma=first_comma):  # fmt: skip
            continue
        if lenient:
            return True
        if not closed:
            # "If I don't hear by Monday I will go": no comma, a second subject.
            subordinate_verbs += 1
            if has_comma or subordinate_verbs < 2 or not _subject_before(words, i):
                continue
            return True
        if embedded and _in_relative_clause(words, i) and not 0 <= topic_main < i:
            continue
        return True
    return False


# A subject said again after the clause of a noun put first: "Every leak I find I mark".
PERSONAL_SUBJECTS = frozenset({"i", "we", "he", "she", "they"})
# "Every morning I send …", "The day before a job I would phone …", "Last season we …":
# a time put first with no comma, then the clause; not "The afternoons you lose …".
TIME_NOUNS = frozenset({
    "morning", "evening", "night", "day", "week", "weekend", "month", "year", "season",
    "shift", "time", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "summer", "winter", "spring", "autumn", "quarter", "afternoon", "fortnight",
})  # fmt: skip
TIME_LEADS = frozenset({"every", "each", "this", "next", "last", "one", "that"})


def _time_opening(words: list[str]) -> bool:
    """The sentence opens on when, with no comma: "every (single) morning", "last season",
    "the day before …", "the night after …"."""
    if len(words) < 3:
        return False
    if words[0] in TIME_LEADS:
        noun = words[2] if words[1] in ("single", "other", "busy") else words[1]
        return noun in TIME_NOUNS
    return words[0] == "the" and words[1] in TIME_NOUNS and words[2] in ("before", "after")


def _previous(words: list[str], i: int) -> str:
    """The word before ``words[i]``, skipping adverbs: "I really need", "we just moved"."""
    j = i - 1
    while j > 0 and _is_verb_adverb(words[j]):
        j -= 1
    return words[j] if j >= 0 else ""


def _is_verb_adverb(word: str) -> bool:
    return word in VERB_ADVERBS or (word.endswith("ly") and lexicon.is_adverb(word))


def _subject_before(words: list[str], i: int) -> bool:
    return _previous(words, i) in SUBJECT_PRONOUNS


def _in_relative_clause(words: list[str], i: int) -> bool:
    """ "...that misses the SLA and leaves dispatch waiting": the clause goes on after
    "and", and its own subject stands just before its verb ("nobody shows", "that
    misses"); a verb after the clause has ended is the sentence's main verb ("the batch
    you mentioned *is* ...")."""
    previous = _previous(words, i)
    return (
        previous in {"and", "or", "but"}
        or previous in RELATIVE_MARKERS
        or (previous in SUBJECT_PRONOUNS)
    )


def _starts_reduced_clause(words: list[str], i: int) -> bool:
    """ "the afternoons *you* lose": a subject pronoun right after a noun opens a
    relative clause without "that"."""
    word, previous = words[i], words[i - 1]
    if word not in SUBJECT_PRONOUNS - {"it", "there", "one"}:
        return False
    return previous not in PREPOSITIONS and previous not in {"and", "or", "but", "than"}


def _is_finite(
    words: list[str],
    written: list[str],
    i: int,
    *,
    clause_start: bool,
    after_comma: bool,
    after_first_comma: bool = False,
) -> bool:
    word = words[i]
    previous = "" if after_comma else _previous(words, i)
    if i and written[i][:1].isupper() and word != "i":
        return False  # "May", "Will", "Mark": a name mid-sentence
    if word in MODALS:
        # "This will be safer": "this" the subject, "will" no noun it names
        subject = previous == "this" or (previous == "that" and i == 1)
        after = words[i + 1] if i + 1 < len(words) else ""
        subject = subject and (BASE in _verb_tags(after) or after in {"not", "also", "still"})
        return subject or not _modifies_a_noun(previous)
    if word in {"do", "does", "did", "have", "has", "had"}:
        return previous != "to" and previous not in MODALS  # "What time do the queues peak?"
    tags = _verb_tags(word)
    if not tags:
        return False
    if word in AMOUNT_WORDS and any(_after_an_amount(words, j) for j in range(i + 1, 7)):
        return False  # "20 minutes saved": the amount, not "minutes" the verb
    if previous == "to" or previous in MODALS or previous in {"do", "does", "did"}:
        return False  # an infinitive, or the verb of an auxiliary already counted
    adjective_before = lexicon.is_adjective(previous) and word.endswith("s")  # "busy teams"
    after_subject = i > 1 and words[i - 2] in SUBJECT_PRONOUNS  # "we both run", "they all work"
    following = words[i + 1] if i + 1 < len(words) else ""
    if previous in {"this", "that"} and following in OBJECT_OPENERS:
        after_subject = True  # "this cut the backlog": "this" the subject, "the" the object
    if (
        (_modifies_a_noun(previous) or adjective_before)
        and lexicon.is_noun(word)
        and not after_subject
        and not _after_one(previous, word, tags)
    ):
        # "the leaves", "two shifts", "nightly batch": a noun.
        return word in lexicon.AUXILIARY_FORMS
    if previous in ARTICLES and tags & {PAST, PARTICIPLE}:
        return False  # "a reviewed catalogue", "the fixed rate": an adjective
    floating = previous in {"both", "all", "each"} and i > 1 and words[i - 2] in SUBJECT_PRONOUNS
    subject_before = (
        previous in SUBJECT_PRONOUNS or previous in {"who", "that", "which"} or floating
    )  # "we both run old lathes"
    if tags & {THIRD_PERSON, PAST}:
        if _after_an_amount(words, i):
            return False  # "Around €600 a month saved at my last place.": a result noted
        # "Reduced overtime by 20%" is a CV line without a subject; an auxiliary at the
        # start asks a question ("Is Thursday good?"). So is a verb just after the first
        # comma with no subject before it ("Both from Cleveland, talked Browns."): a
        # subject before a comma takes a second one ("Derek, our lead, said").
        if after_first_comma:
            return BASE in tags or word in lexicon.AUXILIARY_FORMS
        if (
            THIRD_PERSON in tags
            and word not in lexicon.AUXILIARY_FORMS
            and _follows_a_verb(previous)
            and not any(w in SUBJECT_PRONOUNS or w in RELATIVE_MARKERS for w in words[:i])
        ):
            return False  # "talked browns", "reviewed logs": the verb's object, a noun
        return not clause_start or BASE in tags or word in lexicon.AUXILIARY_FORMS
    if BASE in tags:
        if clause_start and _heads_a_measured_change(words, i):
            return False  # "Shrink 2.9% to 1.2% at my last store.": a result noted, no verb
        if clause_start or subject_before or previous in {"please", "and", "not"}:
            return True  # an imperative ("Send me the rota."), or "we cover nights"
        # After a plural noun subject: "the nurses cover nights"; not an adjective
        # ("the dashboards empty on Mondays"). A floating "both" or "all" may stand
        # between ("the two rules both apply"), and two nouns joined by "and" are plural
        # ("the Act and the code apply").
        noun = i - 2 if previous in {"both", "all"} and i > 1 else i - 1
        previous = words[noun]
        plural = previous.endswith("s") and lexicon.is_noun(previous)
        named = noun > 0 and written[noun][:1].isupper()  # "the Holidays Act"
        joined = (
            (lexicon.is_noun(previous) or named)
            and "and" in words[1:noun]
            and not lexicon.is_noun(word)
        )
        if not (plural or joined):
            return False
        if lexicon.is_adjective(word) or (noun > 0 and words[noun - 1] in PREPOSITIONS):
            return False  # "ten years of payments work": no subject after "of"
        if joined and not plural:
            return True  # "the Act and the code apply": the verb of two nouns
        return not _verb_tags(previous) or (noun > 0 and _modifies_a_noun(words[noun - 1]))
    return False  # a participle or an -ing form alone


# "-s" words that are singular nouns, which "one" may count: "one means of getting there".
SINGULAR_S_NOUNS = frozenset({"means", "news", "series", "species", "barracks", "headquarters"})


def _after_one(previous: str, word: str, tags: set[str]) -> bool:
    """ "Your young one plays camogie", "This one runs hot": "one" counts no plural, so an
    "-s" form after it is the verb of "one", the noun it stands for."""
    return (
        previous == "one"
        and THIRD_PERSON in tags
        and word.endswith("s")
        and not word.endswith("ss")
        and word not in SINGULAR_S_NOUNS
    )


def _follows_a_verb(previous: str) -> bool:
    """The word before is a past or -ing form and nothing else (no auxiliary, no noun)."""
    tags = _verb_tags(previous)
    return (
        bool(tags & {PAST, PARTICIPLE, GERUND})
        and previous not in lexicon.AUXILIARY_FORMS
        and not lexicon.is_noun(previous)
    )


def _is_figure(word: str) -> bool:
    return word[:1].isdigit()


# What an amount opening a sentence is made of: "around €600 a month", "about 2 hrs a week",
# "20-25 minutes per room", "$2k a month".
AMOUNT_WORDS = frozenset({
    "about", "around", "roughly", "nearly", "almost", "approx", "approximately", "over",
    "under", "up", "to", "some", "just", "a", "an", "per", "each", "every", "k", "grand",
    "percent", "min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "day",
    "days", "week", "weeks", "wk", "wks", "month", "months", "year", "years", "shift",
    "shifts",
})  # fmt: skip
# Verbs of a gain an amount cannot be the subject of: "€600 saved", "2 hours lost a shift".
AMOUNT_PARTICIPLES = frozenset({
    "saved", "cut", "reduced", "lost", "freed", "gained", "wasted", "recovered", "trimmed",
    "spent",
})  # fmt: skip
OBJECT_PRONOUNS = frozenset({"me", "us", "them", "him", "her", "you", "it"})


def _after_an_amount(words: list[str], i: int) -> bool:
    """ "Around €600 a month saved at my last place", "2 hrs a week lost to rework": a past
    participle right after the amount the sentence opens with says what was done to the
    amount, not what the amount did ("Two hours saved us" has its object, so "saved" is
    the verb)."""
    if i >= len(words) or words[i] not in AMOUNT_PARTICIPLES or not 0 < i <= 6:
        return False
    before = words[:i]
    if not any(_is_figure(w) for w in before):
        return False
    if not all(_is_figure(w) or w in AMOUNT_WORDS for w in before):
        return False
    following = words[i + 1] if i + 1 < len(words) else ""
    return (
        following not in OBJECT_OPENERS | OBJECT_PRONOUNS
        or following in ARTICLES
        and (i + 2 < len(words) and words[i + 2] in AMOUNT_WORDS)
    )


def _heads_a_measured_change(words: list[str], i: int) -> bool:
    """A noun that is also a verb, then a figure that goes to another figure ("Shrink
    2.9% to 1.2%", "Overtime 40 to 12 hours"): a note of a result, not an imperative
    (an order is followed by what to do it to: "Call 0161 555 0101.")."""
    rest = words[i + 1 : i + 8]
    if not rest or not _is_figure(rest[0]) or not lexicon.is_noun(words[i]):
        return False
    return any(w == "to" and j + 1 < len(rest) and _is_figure(rest[j + 1])
               for j, w in enumerate(rest))  # fmt: skip


def _modifies_a_noun(word: str) -> bool:
    if word in DETERMINERS or word in NUMBERS:
        return True
    return bool(word) and lexicon.is_adjective(word) and not lexicon.verb_tags(word)


# --- long sentences --------------------------------------------------------------------

SPLIT_AFTER_COMMA = ("and", "but", "so")
MAX_SPLIT_CANDIDATES = 8


def split_long(sentence: str, *, limit: int = LONG_SENTENCE_WORDS) -> list[str] | None:
    """A sentence over ``limit`` words cut at the clause boundary nearest its middle,
    where both halves stand as sentences: at a semicolon, or at ", and" / ", but" /
    ", so" before a new subject. None when it is short enough or has no such boundary."""
    text = sentence.strip()[: MAX_SENTENCE_TOKENS * 20]
    words = text.split()
    if len(words) <= limit:
        return None
    candidates = []
    for i, word in enumerate(words[:-1]):
        following = words[i + 1].lower()
        if word.endswith(";"):
            candidates.append((i + 1, i + 1))
        elif word.endswith(",") and following in SPLIT_AFTER_COMMA and i + 2 < len(words):
            candidates.append((i + 1, i + 2 if following == "and" else i + 1))
        elif word.endswith(",") and following in SUBJECT_PRONOUNS - {"there", "it", "one"}:
            candidates.append((i + 1, i + 1))  # a comma splice: "..., we could ..."
    # The boundaries nearest the middle only: a bounded number of sentence tests.
    candidates.sort(key=lambda c: abs(c[0] - len(words) / 2))
    best = None
    for cut, start in candidates[:MAX_SPLIT_CANDIDATES]:
        head = " ".join(words[:cut]).rstrip(",;") + "."
        tail_words = words[start:]
        if cut < 6 or len(tail_words) < 6:
            continue
        tail = " ".join(tail_words)
        tail = tail[:1].upper() + tail[1:]
        if is_fragment(head) or is_fragment(tail):
            continue
        score = abs(cut - len(words) / 2)
        if best is None or score < best[0]:
            best = (score, [head, tail])
    return best[1] if best else None
