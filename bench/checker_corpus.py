"""The checker against the hand-graded corpus: AUC, Spearman and the D/hollow ceilings,
for the tuned part and the held-back third apart (and the whole corpus).

    python bench/checker_corpus.py            # figures only
    python bench/checker_corpus.py --tuned    # plus each tuned letter's score (never
                                              # the held-back letters' own scores)
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "letters" / "corpus"
GRADE_VALUE = {"A": 4, "B": 3, "C": 2, "D": 1}


@dataclass(frozen=True)
class Scored:
    file: str
    kind: str
    grade: str
    held_back: bool
    score: int
    codes: tuple[str, ...]


def load_corpus() -> tuple[dict, list[dict]]:
    manifest = tomllib.loads((CORPUS / "manifest.toml").read_text(encoding="utf-8"))
    letters = manifest["letter"]
    for index, entry in enumerate(letters):
        entry["held_back"] = index % 3 == 2  # fixed before any tuning
    return manifest["context"], letters


def score_corpus() -> list[Scored]:
    from letters.quality import check_letter, parse_letter_file

    contexts, letters = load_corpus()
    scored = []
    for entry in letters:
        context = contexts[entry["context"]]
        subject, body = parse_letter_file((CORPUS / "letters" / entry["file"]).read_text("utf-8"))
        report = check_letter(
            subject=subject,
            body=body,
            recipient_name=context["recipient"],
            company=context["company"],
            role=context["role"],
            discussed=context["discussed"],
            problem=context["problem"],
            other_companies=context["other_companies"],
            sender=context.get("sender", ""),
            interview_date=_date(context.get("interview_date", "")),
        )
        scored.append(
            Scored(
                entry["file"], entry["kind"], entry["grade"], entry["held_back"], report.score,
                tuple(f.code for f in report.findings),
            )
        )  # fmt: skip
    return scored


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def auc(positives: list[int], negatives: list[int]) -> float:
    """Probability that a random positive outscores a random negative (ties count half)."""
    pairs = [(p > n) + 0.5 * (p == n) for p in positives for n in negatives]
    return sum(pairs) / len(pairs) if pairs else float("nan")


def spearman(xs: list[float], ys: list[float]) -> float:
    rx, ry = _ranks(xs), _ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx) ** 0.5
    vy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (vx * vy) if vx and vy else float("nan")


def _ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def figures(scored: list[Scored]) -> dict:
    good = [s.score for s in scored if s.grade in "AB"]
    bad = [s.score for s in scored if s.grade == "D"]
    return {
        "letters": len(scored),
        "auc_ab_vs_d": round(auc(good, bad), 3),
        "spearman": round(
            spearman([GRADE_VALUE[s.grade] for s in scored], [s.score for s in scored]), 3
        ),
        "max_d": max(bad, default=0),
        "max_hollow": max((s.score for s in scored if s.kind == "hollow"), default=0),
        "mean_by_grade": {
            g: round(sum(x) / len(x))
            for g in "ABCD"
            if (x := [s.score for s in scored if s.grade == g])
        },
    }


def main() -> None:
    sys.path.insert(0, str(ROOT))
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "followup.settings")
    os.environ.setdefault("DEBUG", "1")
    django.setup()
    scored = score_corpus()
    for label, part in (
        ("tuned", [s for s in scored if not s.held_back]),
        ("held-back", [s for s in scored if s.held_back]),
        ("whole", scored),
    ):
        print(f"{label:>9}: {figures(part)}")
    if "--tuned" in sys.argv:
        for s in scored:
            if not s.held_back:
                print(f"{s.grade} {s.score:3d} {s.file:22} {s.kind:16} {' '.join(s.codes)}")


if __name__ == "__main__":
    main()
