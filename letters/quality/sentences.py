"""Sentences as a reader takes them: is it one, is it cased as a sentence, is it too long.

The wizard and the checker share this small API:

- ``split_sentences(text)``: the text's sentences (a greeting or a sign-off line is one);
- ``is_fragment(sentence)``: no finite verb outside a relative or subordinate clause
  ("The nightly batch that misses the 6am SLA."); greetings, sign-offs, name lines and
  set phrases ("Happy to help.", "Thanks again for Tuesday.") are not judged;
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
from collections.abc import Iterable

from letters.quality import lexicon
from letters.quality.lexicon import BASE, GERUND, MODALS, PAST, THIRD_PERSON
from letters.quality.patterns import GREETING_WORDS, SIGN_OFFS, TIME_WORDS
from letters.quality.text import split_sentences as _split_lines

__all__ = [
    "casing_problem",
    "fix_casing",
    "is_fragment",
    "is_not_judged",
    "lower_names",
    "split_long",
    "split_sentences",
]


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


MAX_TEXT_CHARS = 20_000
MAX_SENTENCE_TOKENS = 150
LONG_SENTENCE_WORDS = 30

# A word as written, with its apostrophes and hyphens ("don't", "night-shift", "6am",
# "I'd"), or one mark of punctuation that matters to a clause.
WORD_RE = re.compile(r"[\w][\w'’.-]*|[,;:()\u2014\u2013]")

SUBJECT_PRONOUNS = _set(
    "i we you they he she it there nobody everyone everybody someone somebody anyone "
    "anybody people one"
)
RELATIVE_MARKERS = _set("that which who whom whose where")
SUBORDINATORS = _set(
    "when if because although though while since after before once until unless whereas "
    "as whenever wherever"
)
# These open a clause or a phrase: "After we moved..." / "After this, ...".
PREPOSITION_LIKE = _set("after before since until as once")
DETERMINERS = _set(
    "the a an this these those my our your their his her its every each any some no all "
    "both another such"
)
NUMBERS = _set("two three four five six seven eight nine ten twelve twenty thirty fifty hundred")
PREPOSITIONS = _set(
    "of in on at by for from with about into onto over under after before during to "
    "than per via across between through around without within"
)
# Mid-sentence, these are never capitalised outside Title Case.
FUNCTION_WORDS = (
    PREPOSITIONS
    | DETERMINERS
    | _set(
        "and or but so is are was were be been will would can could should have has had "
        "do does did it we you our your me us not if then as"
    )
) - frozenset({"no"})
# Set phrases that are complete without a verb: "Happy to help.", "Thanks again."
SET_OPENINGS = (
    ("thanks",), ("thank", "you"), ("many", "thanks"), ("happy", "to"), ("glad", "to"),
    ("looking", "forward"), ("more", "soon"), ("speak", "soon"), ("talk", "soon"),
    ("all", "the", "best"), ("congratulations",), ("cheers",), ("no", "worries"),
    ("great", "to"), ("good", "to"), ("lovely", "to"), ("nice", "to"), ("a", "pleasure"),
    ("what", "a"), ("any", "chance"), ("best", "of", "luck"), ("with", "thanks"),
    ("in", "short"), ("either", "way"), ("until", "then"), ("again",), ("p.s",), ("ps",),
    ("no", "pressure"), ("no", "rush"), ("one", "more", "thing"), ("just", "a", "thought"),
    ("quick", "question"), ("fingers", "crossed"), ("best", "wishes"), ("good", "luck"),
    ("not", "a", "problem"), ("same", "here"),
)  # fmt: skip
PLEASANTRIES = _set("great good lovely nice wonderful really so")
CONTRACTED = {"n't": "not", "'re": "are", "'m": "am", "'ve": "have", "'ll": "will", "'d": "would"}
IS_AFTER = _set("it that there here what who where how he she this")
BULLETS = "-*•–—>"
# Adverbs that stand before a verb ("I also ran", "we just moved").
VERB_ADVERBS = _set(
    "also just then really still never always often already only recently finally quickly "
    "actually even usually sometimes once first last personally previously currently"
)
# Words that open a clause without being its subject or a noun phrase.
OPENERS = _set("what how why so and but or yes also then please just")


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, each line split after . ! ? and a space; a greeting,
    a sign-off and a name line are sentences of their own."""
    return _split_lines((text or "")[:MAX_TEXT_CHARS])


# --- tokens ---------------------------------------------------------------------------


def _raw_words(sentence: str) -> list[str]:
    return WORD_RE.findall(sentence[: MAX_SENTENCE_TOKENS * 20])[:MAX_SENTENCE_TOKENS]


def _expand(raw: list[str]) -> list[tuple[str, str]]:
    """(lower-case token, as written) with contractions spread out: "I'd" -> i, would."""
    out: list[tuple[str, str]] = []
    for word in raw:
        written = word.replace("’", "'").rstrip(".'")
        lower = written.lower()
        if not lower:
            continue
        for ending, full in CONTRACTED.items():
            if lower.endswith(ending) and len(lower) > len(ending):
                stem = written[: -len(ending)]
                if ending == "n't":
                    stem = {"wo": "will", "ca": "can", "sha": "shall"}.get(stem.lower(), stem)
                out += [(stem.lower(), stem), (full, full)]
                break
        else:
            if lower.endswith("'s") and len(lower) > 2:
                stem = written[:-2]
                out.append((stem.lower(), stem))
                if stem.lower() == "let":
                    out.append(("us", "us"))
                elif stem.lower() in IS_AFTER:
                    out.append(("is", "is"))
            else:
                out.append((lower, written))
    return out


# --- what is not a sentence ------------------------------------------------------------


def is_not_judged(sentence: str) -> bool:
    """A greeting ("Hi Dana,"), a sign-off ("Best regards,") or a name line ("Maya
    Okafor"): parts of a letter, not sentences."""
    text = sentence.strip()
    if not text:
        return True
    words = [w for w, _ in _expand(_raw_words(text)) if w[:1].isalnum()]
    if not words:
        return True
    if words[0] in GREETING_WORDS and len(words) <= 6 and not text.endswith((".", "?")):
        return True
    if len(text) <= 40 and "_".join(text.rstrip(",.!").lower().split()) in SIGN_OFFS:
        return True
    if text.lower().startswith("to whom") and len(words) <= 5:
        return True
    if len(words) <= 3 and text.endswith(","):
        return True  # a sign-off of one's own: "God bless,", "Warmly,"
    # A name (and title) line: a few capitalised words or unknown ones, no full stop,
    # no verb ("Maya Okafor", "maya okafor", "Registered Nurse"); not "prior auths".
    if len(words) <= 4 and not text.endswith((".", "?", "!")):
        raw = [w for w in _raw_words(text) if w[:1].isalpha()]
        if all(w[:1].isupper() for w in raw):
            return True  # "Maya Okafor", "Hannah Brooks, RN", "God bless,"
        return all(not lexicon.is_english_word(w.lower()) for w in raw)  # "maya okafor"
    return False


def _verb_tags(word: str) -> frozenset[str]:
    if word in MODALS:
        return frozenset({"MD"})
    return lexicon.verb_tags(word)


# --- fragments -------------------------------------------------------------------------


def is_fragment(sentence: str) -> bool:
    """True when the sentence has no finite verb of its own: a noun phrase, perhaps with
    a relative clause ("The afternoons you lose to demos nobody shows up for."), a
    subordinate clause alone ("Because the rota changes weekly."), or a CV line with
    no subject ("Reduced overtime by 20%.")."""
    text = sentence.strip().lstrip(BULLETS).strip()
    if is_not_judged(text):
        return False
    tokens = _expand(_raw_words(text))
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
    noun_led = not lenient and (
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
    has_comma = any(comma_before)
    embedded = False  # inside a relative clause of the opening noun phrase
    closed = not subordinate  # the opening subordinate clause has ended
    subordinate_verbs = 0
    for i, word in enumerate(words):
        starts_clause = i == 0
        if not closed and comma_before[i]:
            closed, starts_clause = True, True
        if noun_led and i and (word in RELATIVE_MARKERS or _starts_reduced_clause(words, i)):
            embedded = True
        if not _is_finite(words, written, i, clause_start=starts_clause,
                          after_comma=comma_before[i]):  # fmt: skip
            continue
        if lenient:
            return True
        if not closed:
            # "If I don't hear by Monday I will go": no comma, a second subject.
            subordinate_verbs += 1
            if has_comma or subordinate_verbs < 2 or not _subject_before(words, i):
                continue
            return True
        if embedded and _in_relative_clause(words, i):
            continue
        return True
    return False


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
    words: list[str], written: list[str], i: int, *, clause_start: bool, after_comma: bool
) -> bool:
    word = words[i]
    previous = "" if after_comma else _previous(words, i)
    if i and written[i][:1].isupper() and word != "i":
        return False  # "May", "Will", "Mark": a name mid-sentence
    if word in MODALS:
        return not _modifies_a_noun(previous)
    if word in {"do", "does", "did", "have", "has", "had"}:
        return previous != "to" and previous not in MODALS  # "What time do the queues peak?"
    tags = _verb_tags(word)
    if not tags:
        return False
    if previous == "to" or previous in MODALS or previous in {"do", "does", "did"}:
        return False  # an infinitive, or the verb of an auxiliary already counted
    adjective_before = lexicon.is_adjective(previous) and word.endswith("s")  # "busy teams"
    if (_modifies_a_noun(previous) or adjective_before) and lexicon.is_noun(word):
        # "the leaves", "two shifts", "nightly batch": a noun.
        return word in lexicon.AUXILIARY_FORMS
    subject_before = previous in SUBJECT_PRONOUNS or previous in {"who", "that", "which"}
    if tags & {THIRD_PERSON, PAST}:
        # "Reduced overtime by 20%" is a CV line without a subject; an auxiliary at the
        # start asks a question ("Is Thursday good?").
        return not clause_start or BASE in tags or word in lexicon.AUXILIARY_FORMS
    if BASE in tags:
        if clause_start or subject_before or previous in {"please", "and", "not"}:
            return True  # an imperative ("Send me the rota."), or "we cover nights"
        # After a plural noun subject: "the nurses cover nights"; not an adjective
        # ("the dashboards empty on Mondays").
        if not (previous.endswith("s") and lexicon.is_noun(previous)):
            return False
        if lexicon.is_adjective(word) or (i > 1 and words[i - 2] in PREPOSITIONS):
            return False  # "ten years of payments work": no subject after "of"
        return not _verb_tags(previous) or (i > 1 and _modifies_a_noun(words[i - 2]))
    return False  # a participle or an -ing form alone


def _modifies_a_noun(word: str) -> bool:
    if word in DETERMINERS or word in NUMBERS:
        return True
    return bool(word) and lexicon.is_adjective(word) and not lexicon.verb_tags(word)


# --- casing ----------------------------------------------------------------------------


def _keep_map(keep: Iterable[str]) -> dict[str, str]:
    """Folded word -> as written, for every word of every kept name."""
    kept: dict[str, str] = {}
    for name in keep:
        for word in WORD_RE.findall(name or ""):
            if word[:1].isalnum():
                kept.setdefault(word.lower().replace("’", "'"), word)
    return kept


def _is_acronym(word: str) -> bool:
    """ "SLA", "6am", "EICR", "iPhone", "HubSpot": written as they are."""
    letters = [c for c in word if c.isalpha()]
    return (
        any(c.isdigit() for c in word)
        or (len(letters) >= 2 and all(c.isupper() for c in letters))
        or any(c.isupper() for c in word[1:])
    )


def casing_problem(sentence: str, *, keep: Iterable[str] = frozenset()) -> str | None:
    """ "lower_start", "lower_i", "title_case" or None. Greetings and sign-offs are
    not judged; names in ``keep`` may be written as their owners write them."""
    text = sentence.strip().lstrip(BULLETS + "\"'“‘(").strip()
    if is_not_judged(text):
        return None
    raw = [w for w in _raw_words(text) if w[:1].isalnum()]
    if not raw:
        return None
    kept = _keep_map(keep)
    first = raw[0]
    if first[:1].islower() and not _is_acronym(first) and first.lower() not in kept:
        return "lower_start"
    if any(w.replace("’", "'").split("'")[0] == "i" for w in raw):
        return "lower_i"
    if _is_title_case(raw[1:], kept):
        return "title_case"
    return None


def _is_title_case(words: list[str], kept: dict[str, str]) -> bool:
    """Capitalised ordinary words mid-sentence: "I cut Cancellations By 18% At Plated
    Box." Names keep their capitals ("at Mercy Valley Hospital on Tuesday"), so it takes
    a capitalised function word with two more capitals, or mostly capitals."""
    capitals = function = ordinary = 0
    for word in words:
        lower = word.lower().replace("’", "'")
        if lower in kept or _is_acronym(word) or word == "I" or lower.startswith("i'"):
            continue
        if lower in TIME_WORDS:
            continue
        if word[:1].isupper():
            capitals += 1
            function += lower in FUNCTION_WORDS
            ordinary += bool(_verb_tags(lower)) or lower in FUNCTION_WORDS
    countable = len([w for w in words if w.lower() not in kept and not _is_acronym(w)])
    if function >= 2 or (function and capitals >= 3):
        return True
    return capitals >= 4 and ordinary >= 2 and capitals * 3 >= countable * 2


def lower_names(sentence: str, names: Iterable[str]) -> list[str]:
    """The names (people, the company) written in lower case in the sentence: "benton
    supply" for Benton Supply. A one-word name that is also an ordinary word ("Will",
    "Box") counts only as the whole name."""
    lowered = _expand(_raw_words(sentence))
    found = []
    for name in names:
        parts = [w for w in WORD_RE.findall(name or "") if w[:1].isalpha()]
        if not parts or not any(p[:1].isupper() for p in parts):
            continue
        folded = [p.lower() for p in parts]
        size = len(folded)
        for i in range(len(lowered) - size + 1):
            window = lowered[i : i + size]
            if [w for w, _ in window] != folded:
                continue
            written = [c for _, c in window]
            if all(c[:1].islower() for c, p in zip(written, parts, strict=True) if p[:1].isupper()):
                if size == 1 and _is_common(folded[0]):
                    continue
                found.append((i, " ".join(written)))
                break
    return [text for _, text in sorted(found)]


def _is_common(word: str) -> bool:
    return word in FUNCTION_WORDS or lexicon.is_english_word(word) or lexicon.zipf(word) >= 4.5


def fix_casing(text: str, *, keep: Iterable[str] = frozenset()) -> str:
    """Sentence case for Title Case or all-lower-case input, a capital after each
    sentence end, "I" for "i"; names in ``keep`` as written there, acronyms (SLA, 6am,
    EICR) and names of days and months as they should be. Text already in sentence
    case keeps its capitals (its proper nouns)."""
    text = (text or "")[:MAX_TEXT_CHARS]
    kept = _keep_map(keep)
    names = [n for n in keep if n]
    out_lines = []
    for line in text.split("\n"):
        out_lines.append(_fix_line(line, kept, names))
    return "\n".join(out_lines)


def _fix_line(line: str, kept: dict[str, str], names: list[str]) -> str:
    pieces = []
    for sentence in _split_keep_spacing(line):
        pieces.append(_fix_sentence(sentence, kept, names))
    return "".join(pieces)


def _split_keep_spacing(line: str) -> list[str]:
    """The line cut after each sentence end, spaces kept, so joining gives it back."""
    pieces, start = [], 0
    for i, c in enumerate(line):
        if c in ".!?" and i + 1 < len(line) and line[i + 1] == " ":
            pieces.append(line[start : i + 1])
            start = i + 1
    pieces.append(line[start:])
    return [p for p in pieces if p]


def _fix_sentence(sentence: str, kept: dict[str, str], names: list[str]) -> str:
    words = [w for w in _raw_words(sentence) if w[:1].isalnum()]
    if not words:
        return sentence
    letters = [c for c in sentence if c.isalpha()]
    all_lower = bool(letters) and all(c.islower() for c in letters)
    title = _is_title_case(words[1:], kept)
    matches = list(WORD_PIECE_RE.finditer(sentence[: MAX_SENTENCE_TOKENS * 20]))
    named = _name_positions([m.group().lower().replace("’", "'") for m in matches], names)
    out, i = [], 0
    for index, match in enumerate(matches):
        out.append(sentence[i : match.start()])
        out.append(_fix_word(match.group(), first=index == 0, title=title,
                             all_lower=all_lower, kept=kept, named=index in named))  # fmt: skip
        i = match.end()
    out.append(sentence[i:])
    return "".join(out)


WORD_PIECE_RE = re.compile(r"[^\W_][\w'’]*")


def _name_positions(lowered: list[str], names: list[str]) -> set[int]:
    """Where a kept name of several words stands, whole, in the sentence."""
    positions: set[int] = set()
    for name in names:
        parts = [p.lower().replace("’", "'") for p in WORD_PIECE_RE.findall(name)]
        size = len(parts)
        if size < 2:
            continue
        for i in range(len(lowered) - size + 1):
            if lowered[i] == parts[0] and lowered[i : i + size] == parts:
                positions.update(range(i, i + size))
    return positions


def _fix_word(
    word: str, *, first: bool, title: bool, all_lower: bool, kept: dict[str, str], named: bool
) -> str:
    lower = word.lower().replace("’", "'")
    if lower.split("'")[0] == "i":
        return "I" + word[1:]
    if lower in kept and (named or word[:1].isupper() or not _is_common(lower)):
        return kept[lower]
    if _is_acronym(word) and not all_lower:
        return word
    if lower in TIME_WORDS and lower != "may":
        return lower[:1].upper() + word[1:]
    if first:
        return word[:1].upper() + word[1:]
    if title and word[:1].isupper() and not _is_acronym(word):
        return word.lower()
    return word


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
