"""The examples a wizard notice quotes ("for example “…”", "such as “…”", "like “…”",
"starting with “…”"), pulled out and checked mechanically: a sentence (the checker's
own ``is_fragment``), no "I would" with no verb after it, no "That would mean" before a
preposition phrase alone, no casing problem, no word cut off before "…", no "I have"
before a rate ("about 1.2 tonnes a month") or people moved on ("2 apprentices through
to …"). A note pasted into a frame must make a sentence too: no "That should mean"
before a bare verb ("stay in compliance … and avoid …"), no "You mentioned" before a
thing and what it is with no verb ("content library out of date"), no note's colon ("I
got previous trust: 16 weeks …"), no name the user capitalised written small ("I
understand that greg …"). Used by ``test_example_grammar.py`` and by ``python -m
tests.letters.example_audit OUT`` (the audit over every graded answer file)."""

from __future__ import annotations

import re

from letters.answer_case import common_word
from letters.answer_examples import be_and_base_verb, not_had
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
MEANS_RE = re.compile(r"\bThat (?:would|should|could) mean ([^.!?]*)")
HEARD_RE = re.compile(
    r"\b(?:You mentioned|You told me about|We talked about|I understand)(?: that)? ([^.!?]*)"
)
COLON_RE = re.compile(r"[A-Za-z)]: ")
HAVE_RE = re.compile(r"I have (?:about |around |over |nearly )?\d")
# After a bare verb, what marks it as one: "stay … and avoid notices", "save you time".
DONE_TO = frozenset({"you", "your", "us", "them", "it", "our", "their"})
FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})
BE = frozenset({"is", "are", "was", "were", "be", "been", "am", "'s", "isn't", "aren't"})

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
    if not placeholder:
        kinds += _pasted_faults(example, typed)
    return kinds


def _pasted_faults(example: str, typed: str) -> list[str]:
    """The shapes of a note pasted into a frame: "bare_verb", "no_verb", "colon",
    "lost_capital"."""
    kinds = []
    for match in MEANS_RE.finditer(example):
        if _bare_verb_phrase([_bare(w) for w in match.group(1).split()]):
            kinds.append("bare_verb")
            break
    for match in HEARD_RE.finditer(example):
        if _thing_and_state([_bare(w) for w in match.group(1).split()]):
            kinds.append("no_verb")
            break
    for match in HEARD_RE.finditer(example):
        words = [_bare(w) for w in match.group(1).split()]
        if match.group(0).startswith("You told me about") and _state_first(words):
            kinds.append("about_state")  # "You told me about short handed for …"
            break
        if " that " in match.group(0) and _no_finite_before_link(words):
            kinds.append("that_no_verb")  # "You mentioned that many outfits coming back"
            break
    if UNCOUNTED_ARTICLE_RE.search(example):
        kinds.append("uncounted_article")  # "That should mean a less downtime"
    if HAVE_RE.match(example) and not_had(example.split()[2:]):
        # "I have about 1.2 tonnes a month …" (a rate), "I have 2 apprentices through to
        # qualification" (people moved on): nothing "had"
        has_rate = any(w in ("a", "an", "per") for w in example.lower().split())
        kinds.append("rate_had" if has_rate else "counted_moved")
    if be_and_base_verb([_bare(w) for w in example.split()]):
        kinds.append("be_base_verb")  # "the bearings are change during …"
    if COLON_RE.search(example):
        kinds.append("colon")
    if _lost_capital(example, typed):
        kinds.append("lost_capital")
    return kinds


UNCOUNTED_ARTICLE_RE = re.compile(r"\b(?:a|an) (?:less|more|fewer|much|little)\b", re.IGNORECASE)
LINK_WORDS = frozenset({
    "because", "so", "when", "if", "since", "as", "while", "which", "who", "and", "but",
    "where", "until", "after", "before",
})  # fmt: skip
INTENSIFIERS = frozenset({"too", "very", "so", "far", "way", "really", "quite"})


def _state_first(words: list[str]) -> bool:
    """ "short handed for main shear": an adjective and a participle, no thing to be told
    about; not "late timesheets" or "product damage"."""
    if len(words) < 2 or not lexicon.is_adjective(words[0]):
        return False
    second = words[1]
    return second.endswith("ed") and not lexicon.is_noun(second)


def _no_finite_before_link(words: list[str]) -> bool:
    """ "many outfits coming back for adjustment because …": after "that", no verb of its
    own before the first linking word."""
    head = []
    for word in words:
        if word in LINK_WORDS:
            break
        head.append(word)
    # "the second shift starts late": a singular noun and a verb in "-s" is a verb
    # "contaminated brown and green bins so …": a participle before its noun, no verb
    head = head[1:] if head[:1] and head[0].endswith("ed") and len(head) > 1 else head
    return bool(head) and not any(
        w in BE
        or w in ("can't", "won't", "don't", "doesn't")
        or FINITE & lexicon.verb_tags(w)
        and (
            not lexicon.is_noun(w)
            or w.endswith("s")
            and lexicon.is_noun(before)
            and not before.endswith("s")
        )
        for before, w in zip(["", *head], head, strict=False)
    )


def _bare_verb_phrase(words: list[str]) -> bool:
    """ "stay in compliance … and avoid notices", "save you time": a verb with no one to
    do it; not "fewer remakes", "time saved" or "better use of vet time"."""
    if not words:
        return False
    first = words[0]
    if "VB" not in lexicon.verb_tags(first) or lexicon.is_adjective(first):
        return False
    if first in DETERMINERS or first.endswith(("ing", "ed")):
        return False
    if not lexicon.is_noun(first):
        return True
    following = words[1] if len(words) > 1 else ""
    verb_after_and = any(
        a == "and" and "VB" in lexicon.verb_tags(w) and not lexicon.is_noun(w)
        for a, w in zip(words, words[1:], strict=False)
    )
    return following in DONE_TO or verb_after_and


def _thing_and_state(words: list[str]) -> bool:
    """ "content library out of date", "orders late": a thing and what it is, with no
    verb between; not "product damage in racking", "jobs running late" or "being behind
    on jobs"."""
    if len(words) < 2 or words[0] in ("being", "…"):
        return False
    if any(w in BE or FINITE & lexicon.verb_tags(w) and not lexicon.is_noun(w) for w in words):
        return False
    if any(w.endswith("ing") for w in words):
        return False  # "drivers running out of hours": a thing and what it is doing
    for noun, word in zip(words, words[1:], strict=False):
        if noun.endswith("s") and {"VBP", "VB"} & lexicon.verb_tags(word):
            return False  # "parents feel out of the loop": a plural and its verb
    last = words[-1]
    state = lexicon.is_adjective(last) and not lexicon.is_noun(last)
    if len(words) > 2 and words[-2] in INTENSIFIERS and lexicon.is_adjective(last):
        return True  # "demurrage too high"
    return " out of " in f" {' '.join(words)} " or state and lexicon.is_noun(words[-2])


def _lost_capital(example: str, typed: str) -> bool:
    """A name the user typed with its capital inside a sentence ("if Greg wants"),
    written small in the example ("I understand that greg …")."""
    tokens = typed.split()
    names = {
        word.lower()
        for before, word in zip(tokens, tokens[1:], strict=False)
        if word[:1].isupper()
        and before[:1].islower()
        and before[-1:] not in ".!?:\"'"
        and (bare := _bare(word)).isalpha()
        and not common_word(bare)
    }
    return any(_bare(w) in names and w[:1].islower() for w in example.split())


def stock_of_other_trade(example: str, role: str, company: str) -> bool:
    """The example is a stock line of a trade other than the user's (a dairy's calf shed
    to a vineyard supervisor)."""
    from letters.trades import OFFICE, TRADES, trade_for

    own = trade_for(role, company)
    for trade in (*TRADES, OFFICE):
        if trade.key == own.key:
            continue
        lines = (*trade.examples.values(), *trade.closings)
        own_lines = (*own.examples.values(), *own.closings)
        if any(example == line for line in lines if line not in own_lines):
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
