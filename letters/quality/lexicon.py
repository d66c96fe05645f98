"""What an English word can be: its parts of speech and verb forms, and how common it is.

Two trusted packages ship the data inside their PyPI wheels, and nothing is downloaded
at run time:

- ``lemminflect`` (its ``infl_lu.csv.gz``: every verb's past, participle, -ing and -s
  forms, and the nouns and adjectives): whether a word can be a finite verb. Only the
  data file is read: importing the package itself would load numpy for its
  out-of-vocabulary model, which the checker does not need (~0.25 s saved).
- ``wordfreq`` (its ``large_en`` list: 320,000 words from books, subtitles, news, the
  web and Wikipedia, US and UK spellings and everyday jargon alike, with how often
  each is used): spelling. The list is read in wordfreq's documented "cBpack" format
  (bins of words, one bin per centibel of frequency) with msgpack, its own dependency;
  importing wordfreq would load its tokenizers (~0.2 s) for nothing.

- ``vaderSentiment`` (its ``vader_lexicon.txt``: 7,500 English words and idioms, each
  rated by ten people from -4, most negative, to +4): how negative a word is, so a letter
  running down a former boss is told by what it says of them ("lazy", "clueless",
  "useless", "blamed"), not by a list of phrasings. MIT-licensed, a single well-cited
  lexicon (Hutto & Gilbert, ICWSM 2014) that ships in its wheel; only the text file is
  read, since importing the package pulls in ``requests`` for nothing.

Each loads once, lazily, on the first check that needs it (about 20 ms, 150 ms and 6 ms).
"""

from __future__ import annotations

import gzip
import importlib.util
from functools import cache
from pathlib import Path

# Tags, as Penn Treebank names them.
BASE, PAST, PARTICIPLE, GERUND, THIRD_PERSON = "VB", "VBD", "VBN", "VBG", "VBZ"

# The closed class lemminflect's table leaves out: auxiliaries and modals.
AUXILIARY_FORMS: dict[str, frozenset[str]] = {
    "am": frozenset({THIRD_PERSON}), "is": frozenset({THIRD_PERSON}),
    "are": frozenset({THIRD_PERSON}), "was": frozenset({PAST}), "were": frozenset({PAST}),
    "be": frozenset({BASE}), "been": frozenset({PARTICIPLE}), "being": frozenset({GERUND}),
    "have": frozenset({BASE}), "has": frozenset({THIRD_PERSON}),
    "had": frozenset({PAST, PARTICIPLE}), "do": frozenset({BASE}),
    "does": frozenset({THIRD_PERSON}), "did": frozenset({PAST}),
}  # fmt: skip
MODALS = frozenset({"will", "would", "can", "could", "shall", "should", "may", "might", "must"})


def _package_file(package: str, *parts: str) -> Path:
    """A data file inside an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"The {package} package is not installed: uv sync.")
    return Path(next(iter(spec.submodule_search_locations)), *parts)


@cache
def inflection_lines() -> tuple[str, ...]:
    """lemminflect's ``infl_lu.csv.gz`` as its lines (``lemma,category,form,form...``),
    read once for every table built from it."""
    path = _package_file("lemminflect", "resources", "infl_lu.csv.gz")
    return tuple(gzip.decompress(path.read_bytes()).decode("utf-8").splitlines())


@cache
def _tables() -> tuple[
    dict[str, frozenset[str]],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    dict[str, str],
    frozenset[str],
]:
    """(verb form -> its tags, nouns in every number, adjectives, adverbs, verb form -> its
    lemma, names).

    Lines read ``lemma,category,form,form...`` (a form may hold alternatives split by
    "/"); the 33,000 noun, adjective and adverb lines are joined and split once, in C."""
    verbs: dict[str, set[str]] = {}
    lemmas: dict[str, str] = {}
    chunks: dict[str, list[str]] = {"noun": [], "adj": [], "adv": []}
    names: list[str] = []
    tags = (PAST, PARTICIPLE, GERUND, THIRD_PERSON)
    for line in inflection_lines():
        if not line:
            continue
        if line[0].isupper():
            names.append(line.split(",", 1)[0])  # a proper noun: "Eugene", "Boston"
            continue
        lemma, category, rest = (line.split(",", 2) + ["", ""])[:3]
        if category != "verb":
            chunks.get(category, chunks["adv"]).append(f"{lemma}/{rest}")
            continue
        forms = rest.split(",")
        verbs.setdefault(lemma, set()).add(BASE)
        for tag, spelled in zip(tags, forms, strict=False):
            # An empty participle is the past form ("sketched").
            for form in (spelled or (forms[0] if tag == PARTICIPLE else "")).split("/"):
                if form:
                    verbs.setdefault(form, set()).add(tag)
                    lemmas.setdefault(form, lemma)
    for form, known in AUXILIARY_FORMS.items():
        verbs[form] = set(known)
    shared: dict[frozenset[str], frozenset[str]] = {}  # a few dozen distinct tag sets
    frozen = {form: shared.setdefault(frozenset(t), frozenset(t)) for form, t in verbs.items()}

    def words(kind: str) -> frozenset[str]:
        return frozenset("/".join(chunks[kind]).replace(",", "/").split("/")) - {""}

    return frozen, words("noun"), words("adj"), words("adv"), lemmas, frozenset(names)


def verb_tags(word: str) -> frozenset[str]:
    """The verb forms a lower-case word can be: "went" -> {VBD}; "leaves" -> {VBZ}."""
    return _tables()[0].get(word, frozenset())


def verb_lemma(word: str) -> str:
    """The verb a lower-case form belongs to: "fell" -> "fall", "brought" -> "bring"; the
    word itself for a base form or a word that is no verb."""
    return _tables()[4].get(word, word)


def is_noun(word: str) -> bool:
    return word in _tables()[1]


def is_adjective(word: str) -> bool:
    return word in _tables()[2]


def is_adverb(word: str) -> bool:
    return word in _tables()[3]


def is_english_word(word: str) -> bool:
    """A lower-case word lemminflect knows as a verb, noun, adjective or adverb form."""
    verbs, nouns, adjectives, adverbs, *_ = _tables()
    return word in verbs or word in nouns or word in adjectives or word in adverbs


def is_name(word: str) -> bool:
    """A word lemminflect knows only as a proper noun, in its spelling: "Eugene", "Boston"
    (about 4,300 people's and places' names); "Mark", "Will" are English words too."""
    return word in _tables()[5] and not is_english_word(word.lower())


@cache
def _frequencies() -> dict[str, int]:
    """word -> its wordfreq bin: frequency 10 ** (-bin / 100), Zipf 9 - bin / 100."""
    import msgpack  # wordfreq's own dependency

    path = _package_file("wordfreq", "data", "large_en.msgpack.gz")
    header, *bins = msgpack.unpackb(gzip.decompress(path.read_bytes()), raw=False)
    if not isinstance(header, dict) or header.get("format") != "cB":
        raise RuntimeError("wordfreq's word list is not in the cBpack format this reads.")
    # One comprehension: the fastest way to build 320,000 entries (a word is in one bin).
    return {word: index for index, words in enumerate(bins) for word in words}


def zipf(word: str) -> float:
    """How common a lower-case word is on the Zipf scale: 7 for "the", 4 for "invoice",
    2 for "preceptor", 0 for a word nobody writes."""
    index = _frequencies().get(word)
    return 0.0 if index is None else max(0.0, 9 - index / 100)


def common_words(first: str, at_least: float) -> tuple[str, ...]:
    """The words of letters only that start with ``first`` and are at least this common
    (Zipf): where a typo's likely word is looked for."""
    return _common_by_letter(at_least).get(first, ())


@cache
def _common_by_letter(at_least: float) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    last_bin = (9 - at_least) * 100
    for word, index in _frequencies().items():
        if index <= last_bin and word.isalpha():
            found.setdefault(word[0], []).append(word)
    return {letter: tuple(words) for letter, words in found.items()}


@cache
def _valences() -> dict[str, float]:
    """word -> its mean valence in VADER's lexicon (``word<TAB>mean<TAB>sd<TAB>ratings``)."""
    path = _package_file("vaderSentiment", "vader_lexicon.txt")
    valences = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, mean, *_ = line.split("\t")
        valences[word] = float(mean)
    return valences


def valence(word: str) -> float:
    """How a lower-case word sounds, from -4 ("disaster" -3.1) to +4; 0 if unrated."""
    return _valences().get(word, 0.0)


def load() -> None:
    """Load the tables now (the first check would): for warm-ups and benchmarks."""
    _tables()
    _frequencies()
    _valences()
