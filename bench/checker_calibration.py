"""The checker against letters graded by people before it ran on them (issue 19).

Eleven tuning sets, each reported apart, and any held-back set the lead adds:

- ``letters2``: 40 letters written and graded by a reviewer who did not write the
  checker (``../shared/calibration/letters2/``, beside the repository; ``LETTERS2_DIR``
  overrides). Checked as ``letter_check --json --recipient R --company C`` checks them.
- ``corpus``: the project's own graded corpus (``tests/letters/corpus/``), with each
  interview's context.
- ``blind``: 48 letters graded blind by an independent reviewer (``tests/letters/blind/``),
  with their role, interview day, sender and interview notes, as the app checks a letter.
  It was the held-back set until it had been measured three times; it is tuning data now.
- ``blind2``: 40 letters written and graded by another blind reviewer (``tests/letters/blind2/``),
  in the same layout. The held-back set until its one run (2026-12-06); tuning data since.
- ``blind3``: 40 letters (36 outside office work) by a third blind reviewer
  (``tests/letters/blind3/``), same layout. Held back until its one run (2026-12-06:
  AUC 0.92, Spearman 0.638, one D at 70+, three A/B under 70); tuning data since.
- ``blind4``: 40 letters (36 outside office work) by a fourth blind reviewer who never read
  the checker (``tests/letters/blind4/``), same layout. Held back until its one run
  (2026-12-06: AUC 0.968, Spearman 0.751, one D at 70+, three A/B under 70); tuning data since.
- ``blind5``: 40 letters (34 outside office work) by a fifth blind reviewer
  (``tests/letters/blind5/``). Held back until its one run (2026-12-06: AUC 0.922,
  Spearman 0.657, two D at 70+, one A/B under 70); tuning data since.
- ``blind6``: 40 letters by a sixth blind reviewer (``tests/letters/blind6/``). Held back
  until its one run (2026-12-06: AUC 0.949, Spearman 0.717, no D at 70+, four A/B under 70,
  each a false finding); tuning data since.
- ``blind7``: 40 letters (34 outside office work) by a seventh blind reviewer
  (``tests/letters/blind7/``). Held back until its one run (2026-12-06: AUC 0.934,
  Spearman 0.738, one D at 70+, four A/B under 70); tuning data since.
- ``blind8``: 40 letters (34 outside office work) by an eighth blind reviewer
  (``tests/letters/blind8/``). Held back until its one run (2026-12-06, at 1e7201d: AUC 0.898,
  Spearman 0.677, two D at 70+, four A/B under 70); tuning data since.
- ``blind9``: 40 letters (36 outside office work) by a ninth blind reviewer
  (``tests/letters/blind9/``). Held back until its one run (2026-12-06, at aad9821: AUC 0.917,
  Spearman 0.718, two D at 70+, four A/B under 70); tuning data since.
- ``blind10``: 40 letters (36 outside office work) by a tenth blind reviewer
  (``tests/letters/blind10/``). Held back until its one run (2026-12-06, at 1327e5c: AUC 0.970,
  Spearman 0.764, no D at 70+, three A/B under 70); tuning data since.
- ``blind11``: 40 letters by an eleventh blind reviewer (``tests/letters/blind11/``). Held back
  until its one run (2026-12-06, at 1755241: AUC 1.000, Spearman 0.858, no D at 70+, two A/B
  under 70); tuning data since.
- ``blind12``: 40 letters by a twelfth blind reviewer (``tests/letters/blind12/``). Held back
  until its one run (2026-12-06, at 7582c78: AUC 0.991, Spearman 0.819, no D at 70+, two A/B
  under 70); tuning data since.
- held back: any other directory in that layout (``letters/``, ``manifest.tsv`` with file, set,
  grade, recipient, company, industry, reason, role, interview_date, sender, and
  ``interview_notes.tsv`` with file, discussed, problem), e.g. ``tests/letters/blind13/``,
  measured with ``--held-back DIR`` (``--held-back`` alone: each one ``held_back_sets()``
  finds under tests/letters).

    python bench/checker_calibration.py                 # letters2 and corpus figures
    python bench/checker_calibration.py --letters       # plus each letter's score
    python bench/checker_calibration.py --blind         # plus the twelve blind sets' figures
    python bench/checker_calibration.py --held-back tests/letters/blind13  # a held-back set

The Done-when thresholds (issue 19): AUC >= 0.97 (A/B against D), Spearman >= 0.80,
no D letter at 70 or more, at most one A/B letter under 70.
"""

from __future__ import annotations

import csv
import os
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.checker_corpus import GRADE_VALUE, auc, spearman  # noqa: E402

LETTERS2 = Path(os.environ.get("LETTERS2_DIR", ROOT.parent.parent / "shared" / "calibration"
                                / "letters2"))  # fmt: skip
CORPUS = ROOT / "tests" / "letters" / "corpus"
# Blind sets that had their one held-back run and are tuning data since (each README says).
TUNING_BLIND_SETS = {
    name: ROOT / "tests" / "letters" / name
    for name in ["blind", *(f"blind{n}" for n in range(2, 13))]
}
READY = 70  # a letter at 70 or more reads as ready to send
THRESHOLDS = {"auc": 0.97, "spearman": 0.80, "d_at_70": 0, "ab_under_70": 1}


@dataclass(frozen=True)
class Scored:
    file: str
    grade: str
    score: int
    codes: tuple[str, ...]


def held_back_sets() -> list[Path]:
    """Blind sets under tests/letters that are not tuning data yet (``blind13/`` and on)."""
    folder = ROOT / "tests" / "letters"
    tuning = set(TUNING_BLIND_SETS.values())
    return sorted(
        p for p in folder.glob("blind*") if p not in tuning and (p / "manifest.tsv").is_file()
    )


def letters2_dir() -> Path:
    """The shared set: beside the repository, or beside the main checkout for a
    worktree (``/work/wt/NAME`` and ``/work/main`` share ``/work/shared``)."""
    for candidate in (LETTERS2, ROOT.parent / "shared" / "calibration" / "letters2"):
        if (candidate / "manifest.tsv").is_file():
            return candidate
    return LETTERS2


def _check(path: Path, **facts) -> tuple[int, tuple[str, ...]]:
    from letters.quality import check_letter, parse_letter_file

    subject, body = parse_letter_file(path.read_text(encoding="utf-8"))
    report = check_letter(subject=subject, body=body, **facts)
    return report.score, tuple(f.code for f in report.findings)


def _rows(manifest: Path) -> list[dict]:
    with manifest.open(encoding="utf-8", newline="") as rows:
        return list(csv.DictReader(rows, delimiter="\t"))


def score_letters2() -> list[Scored]:
    folder = letters2_dir()
    scored = []
    for row in _rows(folder / "manifest.tsv"):
        score, codes = _check(folder / "letters" / row["file"],
                              recipient_name=row["recipient"], company=row["company"])  # fmt: skip
        scored.append(Scored(row["file"], row["grade"], score, codes))
    return scored


def score_corpus() -> list[Scored]:
    from bench import checker_corpus

    return [Scored(s.file, s.grade, s.score, s.codes) for s in checker_corpus.score_corpus()]


def score_blind(folder: Path = TUNING_BLIND_SETS["blind"]) -> list[Scored]:
    """A blind set with what the app knows of each interview (role, day, sender, notes)."""
    notes = {row["file"]: row for row in _rows(folder / "interview_notes.tsv")}
    scored = []
    for row in _rows(folder / "manifest.tsv"):
        note = notes.get(row["file"], {})
        score, codes = _check(
            folder / "letters" / row["file"],
            recipient_name=row["recipient"],
            company=row["company"],
            role=row.get("role", ""),
            sender=row.get("sender", ""),
            interview_date=_date(row.get("interview_date", "")),
            discussed=note.get("discussed", ""),
            problem=note.get("problem", ""),
        )
        scored.append(Scored(row["file"], row["grade"], score, codes))
    return scored


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()) if text and text.strip() else None
    except ValueError:
        return None


def figures(scored: list[Scored]) -> dict:
    good = [s.score for s in scored if s.grade in ("A", "B")]
    bad = [s.score for s in scored if s.grade == "D"]
    return {
        "letters": len(scored),
        "auc": round(auc(good, bad), 3),
        "spearman": round(
            spearman([GRADE_VALUE[s.grade] for s in scored], [s.score for s in scored]), 3
        ),
        "d_at_70": sum(score >= READY for score in bad),
        "ab_under_70": sum(score < READY for score in good),
    }


def meets_thresholds(result: dict) -> bool:
    return (
        result["auc"] >= THRESHOLDS["auc"]
        and result["spearman"] >= THRESHOLDS["spearman"]
        and result["d_at_70"] <= THRESHOLDS["d_at_70"]
        and result["ab_under_70"] <= THRESHOLDS["ab_under_70"]
    )


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "followup.settings")
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()
    sets = [("letters2", score_letters2()), ("corpus", score_corpus())]
    args = sys.argv[1:]
    if "--blind" in args:
        sets += [(label, score_blind(folder)) for label, folder in TUNING_BLIND_SETS.items()]
    for i, arg in enumerate(args):
        if arg == "--held-back":
            following = args[i + 1] if i + 1 < len(args) else ""
            folders = [Path(following)] if following and not following.startswith("--") else []
            for folder in folders or held_back_sets():
                sets.append((folder.name, score_blind(folder)))
    for label, scored in sets:
        result = figures(scored)
        mark = "meets" if meets_thresholds(result) else "MISSES"
        print(f"{label:>9}: {result} {mark} the thresholds")
    if "--letters" in sys.argv:
        for label, scored in sets:
            for s in sorted(scored, key=lambda s: (s.grade, -s.score)):
                print(f"{label:>9} {s.grade} {s.score:3d} {s.file:42} {' '.join(s.codes)}")


if __name__ == "__main__":
    main()
