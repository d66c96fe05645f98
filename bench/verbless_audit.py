"""Every draft sentence with no finite verb, read strictly: ``DEBUG=1 .venv/bin/python
bench/verbless_audit.py`` lists them (file, answer key, sentence), then the count.

Each answer set under ``tests/letters/blind/*/answers``, ``tests/letters/blind/*/users``
(``*.answers.json``) and ``tests/letters/answer_sets`` is drafted as ``letter_draft`` drafts
it. Each sentence of the body (not the greeting, the thanks line or the sign-off) is
flagged when no word after its first can be a finite verb (a past or -s form, a modal, an
auxiliary, a contraction, or a base form after a subject or that is no noun), and its first
word is no verb either, or only a base verb where an order makes no sense (only the
closing and the question may open with one: "Call me any time"). "Last site accuracy
99.7%." is flagged: "last" passes for a verb, nothing else does.

A stricter reading than the wizard's: what it flags is to read, not all of it is wrong.
"""

from __future__ import annotations

import glob
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "followup.settings")

import django  # noqa: E402

django.setup()

from letters.assembly import Facts, _one_thanks, _same_openers, check_answers  # noqa: E402
from letters.quality import lexicon  # noqa: E402
from letters.quality import sentences as grammar  # noqa: E402
from letters.trades import trade_for  # noqa: E402

ORDER_KEYS = frozenset({"closing", "question"})  # an imperative reads as an order here
SUBJECTS = frozenset({"i", "we", "you", "they", "he", "she", "it", "who", "that", "which"})
CONTRACTIONS = ("'m", "'re", "'ve", "'ll", "'d", "'s", "n't")
FINITE = frozenset({lexicon.PAST, lexicon.THIRD_PERSON})


def answer_files() -> list[Path]:
    blind = ROOT / "tests" / "letters" / "blind"
    found = [
        *glob.glob(str(blind / "*" / "answers" / "*.json")),
        *glob.glob(str(blind / "answers" / "*.json")),
        *glob.glob(str(blind / "*" / "users" / "*.answers.json")),
        *glob.glob(str(ROOT / "tests" / "letters" / "answer_sets" / "*.json")),
    ]
    return sorted({Path(f) for f in found})


def _word(raw: str) -> str:
    return raw.lower().replace("’", "'").strip('.,;:!?()"“”')


def _finite_later(words: list[str], place: int) -> bool:
    word = words[place]
    if word in lexicon.MODALS:
        return True
    if word in lexicon.AUXILIARY_FORMS:
        return word not in ("be", "been", "being")
    if word.endswith(CONTRACTIONS) and len(word) > 2:
        return not (word.endswith("'s") and word[:-2] not in SUBJECTS | {"there", "here", "what"})
    tags = lexicon.verb_tags(word)
    if tags & FINITE:
        return True
    if lexicon.BASE not in tags:
        return False
    before_at = place - 1
    while before_at > 0 and (
        words[before_at] in ("both", "all") or lexicon.is_adverb(words[before_at])
    ):
        before_at -= 1  # "We both run", "I usually go": the subject before the adverb
    before = words[before_at]
    plural = before.endswith("s") and not before.endswith("ss") and lexicon.is_noun(before)
    return before in SUBJECTS or before in lexicon.MODALS or plural or not lexicon.is_noun(word)


def strictly_verbless(key: str, sentence: str) -> bool:
    """No word after the first can be a finite verb, and the first is no verb, or only a
    base one where an order makes no sense."""
    words = [w for w in (_word(w) for w in sentence.split()) if w]
    if not words:
        return False
    if any(_finite_later(words, i) for i in range(1, len(words))):
        return False
    first = words[0]
    if first in lexicon.MODALS or first in lexicon.AUXILIARY_FORMS or first.endswith(CONTRACTIONS):
        return False
    tags = lexicon.verb_tags(first)
    if tags & FINITE:
        return False  # "Trained 30 temps": phone style, a verb all the same
    return not (lexicon.BASE in tags and key in ORDER_KEYS)


def _keyed_sentences(data: dict) -> dict[str, str]:
    """Each sentence the answers put in the letter -> its answer key."""
    company, role = data.get("company") or "", data.get("role") or ""
    recipient, sender = data.get("recipient") or "", data.get("sender") or ""
    seed = "|".join([recipient, company, role])
    facts = Facts(
        names=(recipient, sender),
        company=company,
        recipient=recipient,
        seed=seed,
        trade=trade_for(role, company).key,
    )
    checks = _one_thanks(
        _same_openers(check_answers(data.get("answers") or {}, facts=facts)), recipient
    )
    return {s: c.key for c in checks for s in c.sentences}


def audit(files: list[Path] | None = None) -> list[tuple[str, str, str]]:
    """(file, key, sentence) for each strictly verbless sentence of each draft body."""
    rows = []
    for path in files if files is not None else answer_files():
        data = json.loads(path.read_text(encoding="utf-8"))
        draft = _draft(data)  # the letter, without the checker's report (faster)
        keyed = _keyed_sentences(data)
        paragraphs = draft.body.split("\n\n")[1:-1]  # not the greeting or the sign-off
        for paragraph in paragraphs:
            for sentence in grammar.split_sentences(paragraph):
                key = keyed.get(sentence)
                if key is None:
                    continue  # the thanks line, or a sentence the draft itself wrote
                if strictly_verbless(key, sentence):
                    rows.append((str(path.relative_to(ROOT)), key, sentence))
    return rows


def _draft(data: dict):
    from letters import wizard
    from letters.assembly import interview_weekday

    company, role = data.get("company") or "", data.get("role") or ""
    recipient = data.get("recipient") or ""
    return wizard.draft_with_prefills(
        answers=data.get("answers") or {},
        recipient_name=recipient,
        sender_name=data.get("sender") or "",
        company=company,
        role=role,
        is_decision_maker=bool(data.get("decision_maker", True)),
        seed="|".join([recipient, company, role]),
        interview_day=interview_weekday(None),
    )


def main() -> None:
    files = answer_files()
    rows = audit(files)
    for file, key, sentence in rows:
        print(f"{file}\t{key}\t{sentence}")
    print(f"{len(rows)} strictly verbless sentences in {len(files)} drafts")


if __name__ == "__main__":
    main()
