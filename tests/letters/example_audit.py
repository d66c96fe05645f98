"""The examples a wizard notice quotes ("for example “…”", "such as “…”", "like “…”",
"starting with “…”"), pulled out and checked mechanically: a sentence (the checker's
own ``is_fragment``), no "I would" with no verb after it, no "That would mean" before a
preposition phrase alone, no casing problem, no word cut off before "…". Used by
``test_example_grammar.py`` and by ``python -m tests.letters.example_audit OUT`` (the
audit over every graded answer file)."""

from __future__ import annotations

import re

from letters.answer_case import common_word
from letters.answer_words import DETERMINERS, PREPOSITIONS
from letters.quality import lexicon
from letters.quality.sentences import casing_problem, is_fragment, split_sentences

TRIGGER_RE = re.compile(
    r"(?:for example|such as|like|starting with)[,:]?(?: start with)?\s+“", re.IGNORECASE
)
CHAINED_RE = re.compile(r"”(?:,| or| and|, or|, and) “")

WOULD_RE = re.compile(r"\b(?:I|We|we) would (\S+)|\bI'd (\S+)")
MEAN_RE = re.compile(r"\bThat (?:would|should|could) mean (\S+) ?(\S*)")
CUT_RE = re.compile(r"(?:^|[\s(])([A-Za-z']+) …")

# Words after "I would" that are no verb but may stand there: "I would also …".
WOULD_ADVERBS = frozenset({
    "also", "first", "then", "really", "still", "probably", "rather", "like", "love",
    "be", "never", "always", "just", "gladly", "happily", "start", "not",
})  # fmt: skip


def quoted_examples(message: str) -> list[str]:
    """Every example a notice quotes after "for example", "such as", "like" or
    "starting with", and those chained on with "or" / "and" / a comma."""
    found = []
    for match in TRIGGER_RE.finditer(message):
        at = match.end()
        while True:
            end = message.find("”", at)
            if end < 0:
                break
            found.append(message[at:end])
            chained = CHAINED_RE.match(message, end)
            if not chained:
                break
            at = chained.end()
    return found


def _bare(word: str) -> str:
    return word.strip(".,;:!?“”\"'()").lower()


def faults(example: str, *, keep: frozenset[str] = frozenset(), typed: str = "") -> list[str]:
    """What is wrong with one example: "cut" (a word cut off before "…"), "fragment",
    "would_no_verb", "mean_preposition", "casing"; [] when it is fine. ``typed`` is the
    user's own answers, where a cut word is looked for."""
    kinds = []
    placeholder = "…" in example or "..." in example
    for match in CUT_RE.finditer(example):
        word = match.group(1).lower()
        if word in ("a", "an", "the", "i", "is", "we", "you"):
            continue
        longer = re.search(rf"\b{re.escape(word)}[a-z]+", typed.lower())
        if longer and not common_word(word):
            kinds.append("cut")
            break
    sentences = split_sentences(example) if example.rstrip()[-1:] in ".?!" else []
    if not placeholder and sentences and any(is_fragment(s) for s in sentences):
        kinds.append("fragment")
    for match in WOULD_RE.finditer(example):
        word = _bare(match.group(1) or match.group(2))
        if not word or word in WOULD_ADVERBS or word == "…":
            continue
        verb = "VB" in lexicon.verb_tags(word)
        if not verb and (
            word in DETERMINERS or lexicon.is_noun(word) or lexicon.is_adjective(word)
        ):
            kinds.append("would_no_verb")
            break
    for match in MEAN_RE.finditer(example):
        word, following = _bare(match.group(1)), match.group(2)
        if word in PREPOSITIONS and not following[:1].isdigit() and following[:1] not in "$£€~":
            kinds.append("mean_preposition")
            break
    if not placeholder and any(casing_problem(s, keep=keep) for s in sentences):
        kinds.append("casing")
    return kinds


def stock_of_other_trade(example: str, role: str, company: str) -> bool:
    """The example is a stock line of a trade other than the user's (a dairy's calf shed
    to a vineyard supervisor)."""
    from letters.trades import OFFICE, TRADES, trade_for

    own = trade_for(role, company)
    for trade in (*TRADES, OFFICE):
        if trade.key == own.key:
            continue
        lines = (*trade.examples.values(), *trade.closings)
        if any(example == line for line in lines if line not in own.examples.values()):
            return True
    return False


def audit(files: list[str]) -> list[tuple[str, str, str, str, list[str]]]:
    """(file, answer key, notice, example, faults) for every faulty example."""
    import json
    from pathlib import Path

    from letters.management.commands.letter_draft import _read, draft_from

    rows = []
    for name in files:
        data = _read(Path(name))
        draft, _ = draft_from(data)
        keep = frozenset(
            n.strip()
            for n in (data.get("recipient"), data.get("sender"), data.get("company"))
            if isinstance(n, str) and n.strip()
        )
        typed = json.dumps(data.get("answers") or {}, ensure_ascii=False)
        for notice in draft.notices:
            for example in quoted_examples(notice.message):
                kinds = faults(example, keep=keep, typed=typed)
                if stock_of_other_trade(example, data.get("role") or "", data.get("company") or ""):
                    kinds.append("other_trade")
                if kinds:
                    rows.append((name, notice.answer, notice.message, example, kinds))
    return rows


def graded_files() -> list[str]:
    import glob

    return sorted(
        set(
            glob.glob("tests/letters/blind/*/answers/*.json")
            + glob.glob("tests/letters/blind/answers/*.json")
            + glob.glob("tests/letters/blind/*/users/*.answers.json")
            + glob.glob("tests/letters/answer_sets/**/*.json", recursive=True)
        )
    )


def main(out: str) -> None:
    from collections import Counter

    rows = audit(graded_files())
    counts = Counter(k for *_, kinds in rows for k in kinds)
    with open(out, "w", encoding="utf-8") as handle:
        handle.write(f"{len(rows)} faulty examples; by kind: {dict(sorted(counts.items()))}\n\n")
        for name, key, _message, example, kinds in rows:
            handle.write(f"{','.join(kinds)}\t{name}\t{key}\t“{example}”\n")
    print(len(rows), dict(sorted(counts.items())))


if __name__ == "__main__":
    import os
    import sys

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "followup.settings")
    import django

    django.setup()
    main(sys.argv[1])
