"""Quantities in a sentence: a number of something real ("40 minutes", "one in five",
"18%" of shrink), a change from one figure to another, and the figures that only look
like one: dates ("January 12", "in 1998"), yardsticks ("improved sales by 15%") and hollow
figures with nothing measured behind them ("10x", "300% ROI", "24/7").

Work is linear in the sentence's words; the one regular expression has a bounded
quantifier per branch.
"""

from __future__ import annotations

import re

from letters.quality import lexicon
from letters.quality.context import is_content
from letters.quality.offers import is_number
from letters.quality.patterns import (
    CHANGE_WORDS,
    EFFORT_WORDS,
    GENERIC_NOUNS,
    METRIC_WORDS,
    RATE_WORDS,
    TIME_UNITS,
)

# "10x", "24/7", "300%": figures nobody measured. One bounded quantifier per branch.
HOLLOW_FIGURE_RE = re.compile(
    r"\b\d{1,4}(?:\.\d)?[xX]\b|\b24/7\b|\b(?:1[1-9]\d|[2-9]\d\d|\d{4,6})\s?%"
)
# "140% of quota", "118% of the pick target": a share of a number someone set, measured.
# Applied to the few characters after a figure; one bounded quantifier.
TARGET_SHARE_RE = re.compile(
    r"\s*of\s+((?:[a-z]+\s+){0,3}?)(?:quota|target|plan|budget|goal|forecast)s?\b", re.IGNORECASE
)
HEADCOUNT = frozenset({"people", "persons", "employees", "staff", "reports", "members"})


def has_hollow_figure(text: str, words: list[str]) -> bool:
    """ "10x lifetime value", "24/7", "300% ROI", "100% commitment": a figure standing for
    effort or a return, with nothing measured behind it."""
    if any(not _target_share(text, m) for m in HOLLOW_FIGURE_RE.finditer(text[:2000])):
        return "from" not in words or "to" not in words  # "from 120% to 180%" measured
    for i, word in enumerate(words):
        if word.endswith("%") and any(w in EFFORT_WORDS for w in words[max(0, i - 2) : i + 3]):
            return True
    return False


def _target_share(text: str, match: re.Match) -> bool:
    """ "I hit 140% of quota": a percentage of a target is how far past it someone went,
    unless the words between are effort ("110% of my effort to every target")."""
    if not match.group().endswith("%"):
        return False
    share = TARGET_SHARE_RE.match(text, match.end(), match.end() + 60)
    return share is not None and not set(share.group(1).lower().split()) & EFFORT_WORDS


APPROXIMATE = frozenset(
    {"about", "around", "roughly", "nearly", "almost", "approximately", "just", "over",
     "under", "some", "barely", "well", "only", "maybe", "perhaps", "a"}
)  # fmt: skip


MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
     "sep", "sept", "oct", "nov", "dec"}
)  # fmt: skip


def _is_date(words: list[str], i: int) -> bool:
    """ "January 12", "12 March", "in 1998", "since 2014": a date, not a quantity."""
    word = words[i].rstrip(".,")
    before = words[i - 1] if i else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    if word.isdigit() and len(word) <= 2 and (before in MONTHS or after in MONTHS):
        return True
    year = word.isdigit() and len(word) == 4 and word[:2] in {"19", "20"}
    return year and (before in MONTHS | {"in", "since", "until", "of", "by", "early", "late"}
                     or not before)  # fmt: skip


def _measured_change(words: list[str]) -> bool:
    """ "The share of our perio patients coming back went from about half to nearly 80%":
    a change from one figure to another, of something the sentence names."""
    for i, word in enumerate(words):
        if word != "from":
            continue
        start = _figure_after(words, i + 1)
        if start is None or start + 1 >= len(words) or words[start + 1] != "to":
            continue
        if _figure_after(words, start + 2) is not None:
            return any(_measures_a_thing(w) for w in words if not is_number(w))
    return False


def _figure_after(words: list[str], i: int) -> int | None:
    """The index of a figure at ``i``, past "about", "nearly" and the like."""
    for j in range(i, min(i + 3, len(words))):
        if is_number(words[j]):
            return j
        if words[j] not in APPROXIMATE:
            return None
    return None


def has_quantity(words: list[str], *, spans: bool = True) -> bool:
    """A number that counts something real: "40 minutes", "one in five", "$11 million",
    "18%" of shrink; not "20%" of costs nor "one idea"."""
    if _measured_change(words):
        return True
    for i, word in enumerate(words):
        if word in FACTORS and _thing_before(words, i):
            return True  # "lost hook time roughly halved", "repeat bookings doubled"
        if not is_number(word) or _is_date(words, i):
            continue
        if word[:1].isdigit() or word[:1] in "$€£":
            after = words[i + 1 : i + 3]
            if word.endswith("%") or word[:1] in "$€£":
                # A share or a sum needs a real thing beside it: "shrink dropped 18%",
                # not "improved sales by 15%" (a yardstick, not a thing that changed).
                near = words[max(0, i - 4) : i + 4]
                if any(_measures_a_thing(w) for w in near if not is_number(w)):
                    return True
                continue
            if after[:1] and after[0] in HEADCOUNT:
                continue  # "managed 10 people" says how many, not what changed
            if spans and any(w in TIME_UNITS for w in after):
                return True
            if any((is_content(w) or w in GENERIC_NOUNS) and w not in TIME_UNITS for w in after):
                return True
            if i and words[i - 1] in CHANGE_WORDS | {"to", "than", "of"}:
                return True
            continue
        after = words[i + 1 : i + 3]
        if after[:1] and after[0] in HEADCOUNT:
            continue
        if _changed_by(words, i):
            return True  # "cut emergency calls by more than half", "grew sales by a third"
        if i and words[i - 1] in CHANGE_WORDS and "to" in words[i:]:
            return True  # "leaks went from six on the first phase to none"
        if spans and any(w in TIME_UNITS for w in after[:1]):
            return True
        if any(is_content(w) and w not in TIME_UNITS for w in after[:1]):
            return True
        if after[:1] and after[0] in RATE_WORDS and len(after) > 1 and is_number(after[1]):
            return True  # "one in five"
        if after[:1] and after[0] in RATE_WORDS and len(after) > 1 and after[1] in TIME_UNITS:
            return True  # "six a month"
    return False


# A change by a factor, said in one word.
FACTORS = frozenset({"halved", "doubled", "tripled", "trebled", "quadrupled", "stopped"})
# Verbs of a change by an amount: "cut calls by half", "reduced waste by a third".
CHANGED_BY = frozenset(
    {"cut", "cuts", "reduced", "lowered", "dropped", "fell", "rose", "increased", "raised",
     "grew", "improved", "trimmed", "slashed", "shortened", "boosted", "doubled", "halved"}
)  # fmt: skip


def _thing_before(words: list[str], i: int) -> bool:
    """A real thing just before ``words[i]``, past an adverb ("roughly", "nearly")."""
    j = i - 1
    while j >= 0 and (words[j] in APPROXIMATE or lexicon.is_adverb(words[j])):
        j -= 1
    return j >= 0 and _measures_a_thing(words[j])


def _changed_by(words: list[str], i: int) -> bool:
    """A figure in words after "by" ("by more than half", "by about a third"), with a
    verb of change before it in the sentence."""
    j = i - 1
    while j > 0 and words[j] in APPROXIMATE | {"more", "than", "a", "an", "over", "almost"}:
        j -= 1
    return j > 0 and words[j] == "by" and bool(set(words[:j]) & CHANGED_BY)


def _measures_a_thing(word: str) -> bool:
    return (
        is_content(word)
        and word not in METRIC_WORDS
        and (lexicon.is_noun(word) or not lexicon.is_english_word(word))
        and not lexicon.verb_tags(word) - {lexicon.BASE, lexicon.THIRD_PERSON}
    )


def has_clock_time(words: list[str]) -> bool:
    return any(
        w[:1].isdigit() and (":" in w or (i + 1 < len(words) and words[i + 1] in {"a.m", "p.m"}))
        for i, w in enumerate(words)
    )
