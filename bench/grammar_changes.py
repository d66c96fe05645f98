"""Every change ``letters.answer_grammar`` makes to the graded answer sets (issue 19), to
read one by one: ``DEBUG=1 .venv/bin/python bench/grammar_changes.py`` (``--all``: the
earlier answer sets too).

Each answer in ``tests/letters/blind/draft_grades5..11`` (``answers/`` as typed and
``users/`` as the simulated users left them) is checked as the wizard checks it, once as it
is and once with the grammar fixes turned off; an answer whose letter text or hint differs
is printed (set, file, key, typed, before, after), then the count.

``--mend NAME`` (one of ``answer_grammar.LATER_MENDS``: years_experience, complaints,
lose_maybe, question_order, third_person, in_the_last, too_many, to_verb, agrees_after,
there_are, a_little, er_comparative, past_frame, listed, hyphenated, a_countable, years_of,
with_none) or one of the hints (years_hint, verbless_list_hint): only what that
one changes, compared with the wizard with it alone turned off, to read each of its
changes; ``--help``: this text.
"""

import glob
import json
import os
import sys
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "followup.settings")

import django  # noqa: E402

django.setup()

from letters import answer_grammar, fragments  # noqa: E402
from letters.assembly import check_answers  # noqa: E402
from letters.fragments import Facts  # noqa: E402
from letters.trades import trade_for  # noqa: E402


def _checks(data: dict) -> list:
    facts = Facts(
        names=(data.get("recipient", ""), data.get("sender", "")),
        company=data.get("company", ""),
        recipient=data.get("recipient", ""),
        seed="grammar",
        trade=trade_for(data.get("role", ""), data.get("company", "")).key,
    )
    return check_answers(data.get("answers") or {}, facts=facts)


def _without_grammar(data: dict) -> list:
    with (
        mock.patch.object(fragments, "mend_grammar", lambda key, text, changes: text),
        mock.patch.object(fragments, "asked_directly", lambda text, changes: text),
        mock.patch.object(fragments, "ask_hint", lambda text: ""),
        mock.patch.object(fragments, "years_hint", lambda text: ""),
        mock.patch.object(fragments, "verbless_list_hint", lambda text: ""),
    ):
        return _checks(data)


HINTS = ("years_hint", "verbless_list_hint")


def _without_mend(name: str):
    def run(data: dict) -> list:
        if name in HINTS:
            with mock.patch.object(fragments, name, lambda text: ""):
                return _checks(data)
        with mock.patch.object(answer_grammar, name, lambda text, changes: text):
            return _checks(data)

    return run


def main() -> None:
    if "--help" in sys.argv or "-h" in sys.argv:
        print(__doc__)
        return
    changed = answers = 0
    wider = "--all" in sys.argv  # the earlier sets too, as a check the tables do no harm
    without = _without_grammar
    if "--mend" in sys.argv:
        name = sys.argv[sys.argv.index("--mend") + 1]
        if name not in (*answer_grammar.LATER_MENDS, *HINTS):
            sys.exit(f"--mend takes one of {', '.join((*answer_grammar.LATER_MENDS, *HINTS))}")
        without = _without_mend(name)
    for number in range(1 if wider else 5, 12):
        folder = ROOT / f"tests/letters/blind/draft_grades{number if number > 1 else ''}"
        files = sorted(glob.glob(str(folder / "answers/*.json")))
        files += sorted(glob.glob(str(folder / "users/*.answers.json")))
        if wider and number == 1:
            files += sorted(glob.glob(str(ROOT / "tests/letters/blind/answers/*.json")))
            files += sorted(glob.glob(str(ROOT / "tests/letters/answer_sets/*.json")))
        for name in files:
            data = json.loads(Path(name).read_text(encoding="utf-8"))
            for before, after in zip(without(data), _checks(data), strict=True):
                answers += 1
                said = (" ".join(before.sentences), " ".join(after.sentences))
                if said[0] == said[1] and before.message == after.message:
                    continue
                changed += 1
                where = f"{number}{Path(name).parent.name[0]} {Path(name).name[:3]}"
                print(f"{where} {after.key}: {after.typed}")
                print(f"    before [{before.status}]: {said[0]}")
                print(f"    after  [{after.status}]: {said[1]}")
                if said[0] == said[1]:
                    print(f"    hint: {after.message}")
    print(f"{changed} of {answers} answers changed")


if __name__ == "__main__":
    main()
