"""The user's wizard answers as fragments: what shape each one has, and how to splice it
into a sentence without breaking its case or grammar.

Users type "Reduced weekend overtime by 30%", "led a team of 6", "Journeyman license"
or a full sentence. Spliced after "I", the first reads "I reduced weekend overtime by
30%"; the third has no verb and is not spliced at all (the wizard offers a suggestion
instead). Names and acronyms keep their capitals: "Kafka streams", "ETL", "NetSuite".
"""

from __future__ import annotations

from letters.quality.jobterms import JOB_TERMS
from letters.quality.spelling import spellchecker
from letters.quality.text import fold


def _words(text: str) -> list[str]:
    return text.split()


MAX_SENTENCE_WORDS = 24  # every sentence the wizard writes stays under 25 words

# Words whose capital, at the start of a fragment, is only the user's keyboard.
FUNCTION_WORDS = frozenset(
    _words(
        """
        a an the this that these those my our your their his her its one two three some
        any each every all both most more half several many few about around over under
        after before during since while when where how why what which who whether
        because so and or but if at in on for from with without by to of into onto as
        than then there here it they we you he she i me us them
        """
    )
)
IRREGULAR_PAST = frozenset(
    _words(
        """
        led built ran cut grew made won wrote set took kept brought drove taught held
        sold began became spent oversaw put got gave found saw rebuilt undertook rode
        flew met thought understood withdrew rewrote overtook bought fought stuck stood
        struck
        """
    )
)
BASE_VERBS = frozenset(
    _words(
        """
        lead build run manage teach train supervise own handle write design coach mentor
        plan cut grow reduce improve launch migrate automate ship deliver organise
        organize create maintain support keep sell negotiate recruit hire close open set
        load move add split send ask use try start stream refresh check map pair share
        schedule batch cache put swap stagger mark tape label give replace merge drop
        switch rotate review track measure audit count book bring show walk sketch draft
        outline test pilot trial offer hold introduce label route prioritise prioritize
        """
    )
)
NOT_PAST = frozenset(
    _words(
        """
        need needed speed red bed shed bleed feed seed breed shred weed
        """
    )
)
PRONOUNS = frozenset(
    _words(
        """
        i we you they he she it
        """
    )
)
QUESTION_STARTS = frozenset(
    _words(
        """
        is are was were do does did how what which who whom whose when where why could
        would can will should shall have has may might
        """
    )
)
VERB_HINTS = frozenset(
    _words(
        """
        is are was were has have had takes take end ends arrive arrives go goes run runs
        cost costs cause causes fail fails need needs keep keeps pile piles get gets
        come comes miss misses lose loses wait waits spend spends sit sits stall stalls
        block blocks slip slips fall falls drop drops break breaks time times stay stays
        leave leaves
        """
    )
)
DAYS_AND_MONTHS = frozenset(
    _words(
        """
        monday tuesday wednesday thursday friday saturday sunday january february march
        april june july august september october november december
        """
    )
)
COMMON_WORD_FREQUENCY = 2000  # rarer words at a fragment's start are likely names


def tidy(text: str) -> str:
    """One line, single spaces, no final stop, question mark or dangling punctuation."""
    return " ".join((text or "").split()).strip().rstrip(" .!?;:,")


def word_list(text: str) -> list[str]:
    return tidy(text).split()


def bare(word: str) -> str:
    return word.strip("\"'“”‘’()[],.;:!?")


def is_name_like(word: str, names: frozenset[str]) -> bool:
    """Keeps its capital anywhere: an acronym, CamelCase, a code, a known name, a day, or
    a capitalised word too rare to be an ordinary word."""
    word = bare(word)
    if not word or not word[:1].isupper():
        return False
    lowered = word.lower()
    if word == "I" or lowered.startswith("i'"):
        return True
    if (len(word) > 1 and word.isupper()) or any(c.isupper() for c in word[1:]):
        return True
    if any(c.isdigit() for c in word) or fold(word) in names or lowered in DAYS_AND_MONTHS:
        return True
    if lowered in FUNCTION_WORDS or is_verb(lowered) or lowered in JOB_TERMS:
        return False
    frequency = spellchecker().word_frequency
    return max(frequency[part] for part in [lowered, *lowered.split("-")]) < COMMON_WORD_FREQUENCY


def lower_first(text: str, names: frozenset[str]) -> str:
    """The fragment to go mid-sentence: its first word in lower case unless it is a name
    or an acronym ("Reduced overtime" -> "reduced overtime"; "Kafka streams" stays)."""
    text = tidy(text)
    first, _, rest = text.partition(" ")
    if not first or is_name_like(first, names):
        return text
    return f"{first[:1].lower()}{first[1:]} {rest}".strip()


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def is_verb(word: str) -> bool:
    word = word.lower()
    if word in IRREGULAR_PAST or word in BASE_VERBS:
        return True
    return len(word) > 4 and word.endswith("ed") and word not in NOT_PAST


def has_verb(words: list[str]) -> bool:
    return any(is_verb(bare(w)) or bare(w).lower() in VERB_HINTS for w in words)


def as_result(text: str, names: frozenset[str]) -> str | None:
    """ "Cut month-end close from 6 days to 3" or "I cut ..." -> the sentence "I cut ...".
    None when the fragment does not say what the user did ("Journeyman license")."""
    words = word_list(text)
    if not words:
        return None
    first = bare(words[0]).lower()
    if first == "i" and len(words) > 1:
        sentence = "I " + " ".join(words[1:])
    elif is_verb(first):
        sentence = "I " + lower_first(" ".join(words), names)
    elif first in {"at", "in", "on", "for", "over", "during", "as", "while", "when", "after",
                   "we", "my", "our", "last"} and has_verb(words[1:]):  # fmt: skip
        sentence = upper_first(" ".join(words))
    else:
        return None
    return f"{sentence}." if len(sentence.split()) <= MAX_SENTENCE_WORDS else None


def is_sentence(text: str) -> bool:
    """Says something on its own: a subject and a finite verb ("You described ...",
    "Your point about X stuck with me"), not a noun phrase ("your plan to move X")."""
    words = [bare(w).lower() for w in word_list(text)]
    if len(words) < 3:
        return False
    if words[0] in {"thank", "thanks"}:
        return True
    if words[0] in PRONOUNS:
        return has_verb(words[1:3])
    return _has_finite_verb(words[1:])


def _has_finite_verb(words: list[str]) -> bool:
    """A verb that is not an infinitive ("to move") nor a bare verb without a subject."""
    for i, word in enumerate(words):
        if i and words[i - 1] == "to":
            continue
        if (
            word in VERB_HINTS
            or word in IRREGULAR_PAST
            or (len(word) > 4 and word.endswith("ed") and word not in NOT_PAST)
        ):
            return True
        if word in BASE_VERBS and i and words[i - 1] in PRONOUNS:
            return True
    return False


def is_question(text: str) -> bool:
    words = word_list(text)
    return bool(words) and (
        bare(words[0]).lower() in QUESTION_STARTS or (text or "").strip().endswith("?")
    )


def idea_shape(text: str) -> str:
    """ "sentence" (We could ...), "noun" (a one-page check before each test) or "verb"
    (load the data every hour)."""
    words = word_list(text)
    if not words:
        return "none"
    first = bare(words[0]).lower()
    if is_sentence(text):
        return "sentence"
    if first in FUNCTION_WORDS or first.endswith("ing") or not is_verb(first):
        return "noun"
    return "verb"


def topic(problem: str, *, max_words: int = 7) -> str:
    """A short noun phrase naming the problem, whole or nothing: the whole problem when it
    is short and has no verb, or the words before its first verb ("the nightly invoice
    sync" in "the nightly invoice sync takes 40 minutes"). Never cut mid-phrase."""
    words = word_list(problem)
    if not words:
        return ""
    if len(words) <= max_words and not has_verb(words):
        return " ".join(words)
    for i, word in enumerate(words):
        if i and (is_verb(bare(word)) or bare(word).lower() in VERB_HINTS):
            head = words[:i]
            if 2 <= len(head) <= max_words and bare(head[-1]).lower() not in FUNCTION_WORDS:
                return " ".join(head)
            return ""
    return ""


def sentence(text: str) -> str:
    """A full sentence from the user: capitalised, ending in a stop (or its own ? or !)."""
    text = " ".join((text or "").split())
    if not text:
        return ""
    text = upper_first(text)
    return text if text[-1] in ".!?" else f"{text}."


def word_total(text: str) -> int:
    return len(text.split())
