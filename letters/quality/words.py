"""The words of a sentence as the sentence checks see them: tokens with contractions
spread out, the small closed classes of English (pronouns, determiners, prepositions),
what is not a sentence at all (a greeting, a sign-off, a name line), and Title Case.

Shared by ``sentences`` (fragments, splits) and ``casing``; the one regular expression
has no nested or adjacent quantifiers, and a sentence is read up to
``MAX_SENTENCE_TOKENS`` tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from letters.quality import lexicon
from letters.quality.lexicon import MODALS
from letters.quality.patterns import GREETING_WORDS, SIGN_OFFS, TIME_WORDS, word_set

MAX_TEXT_CHARS = 20_000
MAX_SENTENCE_TOKENS = 150
LONG_SENTENCE_WORDS = 30

# A word as written, with its apostrophes and hyphens ("don't", "night-shift", "6am",
# "I'd"), or one mark of punctuation that matters to a clause.
WORD_RE = re.compile(r"[\w][\w'’.-]*|[,;:()\u2014\u2013]")

SUBJECT_PRONOUNS = word_set(
    "i we you they he she it there nobody everyone everybody someone somebody anyone "
    "anybody people one"
)
RELATIVE_MARKERS = word_set("that which who whom whose where")
SUBORDINATORS = word_set(
    "when if because although though while since after before once until unless whereas "
    "as whenever wherever"
)
# These open a clause or a phrase: "After we moved..." / "After this, ...".
PREPOSITION_LIKE = word_set("after before since until as once")
DETERMINERS = word_set(
    "the a an this these those my our your their his her its every each any some no all "
    "both another such"
)
ARTICLES = word_set("a an the my our your their his her its every each these those no some any")
NUMBERS = word_set(
    "two three four five six seven eight nine ten twelve twenty thirty fifty hundred"
)
PREPOSITIONS = word_set(
    "of in on at by for from with about into onto over under after before during to "
    "than per via across between through around without within"
)
# Mid-sentence, these are never capitalised outside Title Case.
FUNCTION_WORDS = (
    PREPOSITIONS
    | DETERMINERS
    | word_set(
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
PLEASANTRIES = word_set("great good lovely nice wonderful really so")
CONTRACTED = {"n't": "not", "'re": "are", "'m": "am", "'ve": "have", "'ll": "will", "'d": "would"}
IS_AFTER = word_set("it that there here what who where how he she this")
BULLETS = "-*•–—>"
# Adverbs that stand before a verb ("I also ran", "we just moved").
VERB_ADVERBS = word_set(
    "also just then really still never always often already only recently finally quickly "
    "actually even usually sometimes once first last personally previously currently"
)
# Words that open a clause without being its subject or a noun phrase.
OPENERS = word_set("what how why so and but or yes also then please just")


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
        if "'" not in lower:  # no contraction, no possessive: most words
            out.append((lower, written))
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


# Lower-case words inside a family name: "Ludwig van Beek", "Ana dos Santos", "Rhys ap Gwyn".
NAME_PARTICLES = frozenset(
    {"van", "von", "de", "da", "das", "dos", "do", "del", "della", "der", "den", "di", "du",
     "la", "le", "ter", "ten", "ap", "bin", "binti", "binte", "bint", "ibn", "al", "el", "zu"}
)  # fmt: skip


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
    if is_sign_off(text):
        return True
    if text.lower().startswith("to whom") and len(words) <= 5:
        return True
    if len(words) <= 3 and text.endswith(","):
        return True  # a sign-off of one's own: "God bless,", "Warmly,"
    # A name (and title) line: a few capitalised words or unknown ones, no full stop,
    # no verb ("Maya Okafor", "maya okafor", "Registered Nurse"); not "prior auths".
    if len(words) <= 4 and not text.endswith((".", "?", "!")):
        raw = [w for w in _raw_words(text) if w[:1].isalpha()]
        if all(w[:1].isupper() or (0 < i < len(raw) - 1 and w in NAME_PARTICLES)
               for i, w in enumerate(raw)):  # fmt: skip
            return True  # "Maya Okafor", "Hannah Brooks, RN", "God bless,", "Anouk de Jong"
        return all(not lexicon.is_english_word(w.lower()) for w in raw)  # "maya okafor"
    return False


def _verb_tags(word: str) -> frozenset[str]:
    if word in MODALS:
        return frozenset({"MD"})
    return lexicon.verb_tags(word)


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
    # Two capital letters or more always include one after the first character, so
    # "all capitals" ("SLA") is a case of "a capital inside" ("iPhone").
    return any(map(str.isdigit, word)) or any(map(str.isupper, word[1:]))


def _is_title_case(words: list[str], kept: dict[str, str]) -> bool:
    """Capitalised ordinary words mid-sentence: "I cut Cancellations By 18% At Plated
    Box." Names keep their capitals ("at Mercy Valley Hospital on Tuesday"), so it takes
    a capitalised function word with two more capitals, or mostly capitals."""
    capitals = function = ordinary = countable = 0
    for word in words:
        acronym = _is_acronym(word)
        countable += not acronym and word.lower() not in kept
        lower = word.lower().replace("’", "'")
        if lower in kept or acronym or word == "I" or lower.startswith("i'"):
            continue
        if lower in TIME_WORDS:
            continue
        if word[:1].isupper() and not _is_ordinary(lower):
            countable -= 1  # "Chromebook", "Storypark", "Mazatrol": a name, as its makers write it
            continue
        if word[:1].isupper():
            capitals += 1
            function += lower in FUNCTION_WORDS
            ordinary += bool(_verb_tags(lower)) or lower in FUNCTION_WORDS
    if function >= 2 or (function and capitals >= 3):
        return True
    return capitals >= 4 and ordinary >= 2 and capitals * 3 >= countable * 2


def _is_ordinary(lower: str) -> bool:
    """A word Title Case typing would capitalise: a function word or a dictionary word.
    A word in no dictionary ("chromebook", "mazatrol") is a product's or a place's name."""
    return lower in FUNCTION_WORDS or lexicon.is_english_word(lower.split("'")[0])


def is_sign_off(line: str) -> bool:
    """ "Best regards," and its kin, on a line of their own."""
    text = line.strip()
    if not text or len(text) > 40:
        return False
    return "_".join(text.rstrip(",.!").lower().split()) in SIGN_OFFS
