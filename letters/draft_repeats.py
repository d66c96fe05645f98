"""Two sentences of a draft that say the same thing: the later answer's notice says so.

The wizard changes neither sentence (they are the person's own); the notice on the
answer that comes later names both and asks to cut it or say something new. "The same
thing" is decided narrowly (calibrated on the graded answer files, every hit read):
- two sentences of the answers that report what went better (a result and another
  result, the gain or how much), or two of one answer, when the shorter one's content
  words (stems; names and the letter's frame words aside) are mostly in the other, at
  least ``MIN_SHARED`` of them; or, between a result and another report, the same
  figure of some weight ("25%", "£1,200", "1 in 200", "120 coffees");
- a closing that says nearly all of what an earlier sentence says.
An idea that takes up their problem or a result's method, a question on the idea and
a problem's figure again in how much are echoes a letter needs, not repeats.
"""

from __future__ import annotations

import re
from dataclasses import replace

from letters.fragments import Check
from letters.quality.context import is_content
from letters.quality.sentences import split_sentences
from letters.quality.text import content_parts, fold, name_tokens, stem, tokens

SAME_SHARE = 0.7  # of the shorter sentence's content words, in the other: it says it again
MIN_SHARED = 2
MAX_SENTENCES = 24  # pairs compared are bounded: a draft holds far fewer
# Words any two sentences of one letter share without saying the same thing.
FRAME = frozenset({
    "last", "previous", "current", "job", "work", "year", "company", "experience", "role",
    "team", "would", "could", "like", "want", "think", "know", "mean", "happy", "glad",
    "time", "day", "week",
})  # fmt: skip
SUFFIXES = ("ly",)


def _stem(word: str) -> str:
    word = stem(stem(fold(word)))
    for suffix in SUFFIXES:
        if len(word) > 5 and word.endswith(suffix):
            word = word[: -len(suffix)]
    return word


def content_stems(sentence: str, skip: frozenset[str] = frozenset()) -> frozenset[str]:
    return frozenset(
        s
        for word in tokens(sentence)
        for part in content_parts(word)
        if is_content(part) and (s := _stem(part)) not in skip and s not in FRAME
    )


# Answers that report what went better (a result, the gain, how much): the same figure
# or the same words in two of them is the result said twice. Elsewhere an answer may echo
# another (the idea takes up their problem, the closing offers the idea, a question asks
# about it), and only a sentence that says nearly all the other does repeats it.
REPORTS = frozenset({"fit", "value_gain", "value_gain_detail"})
NEAR_ALL = 0.7  # of the longer sentence's content words: an echo that says nothing new

# A figure of some weight: a share, an amount of money, "1 in 200", or a number with the
# word it counts ("40 trailers", "35 minutes"); a bare "2" or "3 years" is too common.
SHARE_RE = re.compile(
    r"(?<![\w.])(?:\d+(?:\.\d+)?\s?%|[£$€]\s?\d[\d,]*(?:\.\d+)?[kKmM]?|\d+ in \d[\d,]*)"
)
COUNT_RE = re.compile(r"(?<![\w.,%$£€-])(\d[\d,]*(?:\.\d+)?)[\s-]([a-z]{3,20})\b")
TOO_COMMON = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})


# A change from one figure to another: "from 34 to 22 minutes", "cut it 14 min to 9 min",
# "12% to 4%". Its figures are one fact, the change: "averaged 22 minutes" elsewhere is
# the level it ended at, not the change said again.
FIGURE = r"[£$€]?\d[\d,]*(?:\.\d+)?%?"
HEDGE = r"(?:about\s|around\s|just\s|only\s|under\s|below\s)?"
CHANGE_RE = re.compile(
    rf"(?<![\w.,%$£€-])({FIGURE})(?:\s?([a-z]{{1,12}}))?\s(?:down\s|up\s)?to\s"
    rf"{HEDGE}({FIGURE})(?![\w.,]\d)(?:\s([a-z]{{1,12}})\b)?"
)
# "cut my callback rate to under 4%": a change whose start is not said, ">4"
TO_BEFORE_RE = re.compile(rf"\bto\s{HEDGE}$")


def _number(figure: str) -> str:
    return re.sub(r"[^\d.]", "", figure)


def _change_key(first: str, second: str) -> str:
    return f"{_number(first)}>{_number(second)}"


def _keyed(sentence: str) -> list[tuple[str, str]]:
    """(key, as written) for each weighty figure of a sentence: "25%", "35 minut"; a
    change from one figure to another is one fact, keyed "34>22", and a figure said
    after "to" is also where a change ended (">4")."""
    lowered = sentence.lower()
    changes = [(m.span(), _change_key(m[1], m[3]), m) for m in CHANGE_RE.finditer(lowered)]
    found = []

    def add(start: int, figure: str, plain: str, written: str) -> None:
        change = next((c for c in changes if c[0][0] <= start < c[0][1]), None)
        if change is not None:
            (a, _), key, match = change
            found.append((key, sentence[a : a + len(_change_shown(match))]))
        else:
            if TO_BEFORE_RE.search(lowered[max(0, start - 20) : start]):
                # "cut it to under 4%": the end of a change whose start is not said,
                # and the figure it is, as "talked to 40 customers" is
                found.append((">" + _number(figure), written))
            found.append((plain, written))

    for match in SHARE_RE.finditer(sentence):
        add(match.start(), match[0], re.sub(r"\s", "", match[0]).lower(), match[0])
    for match in COUNT_RE.finditer(lowered):
        number, word = match[1], match[2]
        if len(number.replace(",", "")) >= 2 and word not in TOO_COMMON:
            written = sentence[match.start() : match.end()]
            add(match.start(), number, f"{number} {stem(word)}", written)
    return found


def figures(sentence: str) -> frozenset[str]:
    return frozenset(key for key, _ in _keyed(sentence))


def shared_figures(f1: frozenset[str], f2: frozenset[str]) -> frozenset[str]:
    """The figures two sentences both give: the same figure or change, or a change and
    one whose start is not said that end alike ("from 9% to 4%", "to under 4%"): both
    keys, so each sentence shows its own."""
    shared = set(f1 & f2)
    for ends, changes in ((f1, f2), (f2, f1)):
        for end in (k for k in ends if k.startswith(">")):
            alike = {k for k in changes if ">" in k[1:] and k.endswith(end)}
            if alike:
                shared |= alike | {end}
    return frozenset(shared)


def _same(earlier: Check, later: Check, w1, w2, f1, f2) -> str:
    """Why the later sentence says again what the earlier one says ("words", "echo",
    "figure:25%"), or "" when it does not; ``w`` content stems, ``f`` figures."""
    shared = len(w1 & w2)
    reports = earlier.key in REPORTS and later.key in REPORTS and "fit" in (earlier.key, later.key)
    if reports or earlier is later:
        if shared >= MIN_SHARED and shared >= SAME_SHARE * min(len(w1), len(w2)):
            return "words"
        if reports and (shared_ := shared_figures(f1, f2)):
            return "figure:" + ",".join(sorted(shared_))
        return ""
    if (
        later.key == "closing"
        and shared >= MIN_SHARED
        and shared >= NEAR_ALL * max(len(w1), len(w2))
    ):
        return "echo"
    return ""


def said_twice(
    checks: list[Check], *, names: tuple[str, ...] = ()
) -> list[tuple[Check, str, Check, str, str]]:
    """(earlier check, earlier sentence, later check, later sentence, why) for each
    sentence that says again what one before it says; each later sentence once."""
    skip = frozenset(_stem(w) for n in names for w in name_tokens(n or ""))
    placed = [
        (check, s)
        for check in checks
        if check.used
        for text in check.sentences
        for s in split_sentences(text)
    ][:MAX_SENTENCES]
    found = []
    seen = [(c, s, content_stems(s, skip), figures(s)) for c, s in placed]
    for j, (later, s2, w2, f2) in enumerate(seen):
        for earlier, s1, w1, f1 in seen[:j]:
            if why := _same(earlier, later, w1, w2, f1, f2):
                found.append((earlier, s1, later, s2, why))
                break
    return found


CUT = "cut it, or say something new here."
SAME_RESULTS = (
    "{later} says much what {earlier} says: give another result, with a number if you have one."
)
AGAIN_WORDS = "says again what"


def told_twice(checks: list[Check], *, names: tuple[str, ...], label) -> list[Check]:
    """Each answer with a sentence that says again what an earlier one says: its notice
    names both, and which answer says it first (``label(check)``: "Result 1"); the letter
    keeps both. One such line per answer."""
    lines: dict[int, tuple[str, str]] = {}
    for earlier, first, later, again, why in said_twice(checks, names=names):
        if id(later) in lines:
            continue
        if earlier is not later and earlier.key == later.key == "fit":
            same = SAME_RESULTS.format(later=label(later), earlier=label(earlier))
            said = f"{same[:-1]}, or cut “{again}” {label(earlier)} already says “{first}”"
            lines[id(later)] = ("", said)
            continue
        if why.startswith("figure:"):
            where = (
                "a sentence before it here does" if earlier is later else f"{label(earlier)} does"
            )
            shown = _shown(again, frozenset(why.removeprefix("figure:").split(",")))
            said = f"gives {shown} again, as {where} (“{first}”): {CUT}"
        else:
            where = "a sentence before it here" if earlier is later else label(earlier)
            said = f"{AGAIN_WORDS} {where} says (“{first}”): {CUT}"
        lines[id(later)] = (again, said)
    if not lines:
        return checks
    return [
        replace(c, message=_with_line(c, *lines[id(c)])) if id(c) in lines else c for c in checks
    ]


def _with_line(check: Check, again: str, said: str) -> str:
    """The line after the answer's own notice; "It" when that notice quotes the answer's
    one sentence already."""
    if not again:
        return f"{check.message} {said}"
    quoted = f"“{again}”" in check.message and len(check.sentences) == 1
    own = "It" if quoted and again == check.sentences[0] else f"“{again}”"
    return f"{check.message} {own} {said}"


def _shown(sentence: str, keys: frozenset[str]) -> str:
    """The shared figures as the sentence writes them: “25%”, “120 coffees”, “34 to 22
    minutes”."""
    shown = [written for key, written in _keyed(sentence) if key in keys]
    return " and ".join(f"“{s}”" for s in dict.fromkeys(shown)) or "a figure"


def _change_shown(match: re.Match) -> str:
    """ "22 minutes to 14 minutes", "22 to 14 minutes" as written: the word after the
    second figure only when it is the first one's unit or a word of content ("from 4.1%
    to 2.3% in" stops at "2.3%")."""
    shown = match[0]
    if match[4] and match[4] != match[2] and (match[2] or not is_content(match[4])):
        shown = shown[: match.start(4) - match.start()].rstrip()
    return shown
