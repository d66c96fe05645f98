"""Benchmark: how fast ``manage.py letter_check`` answers, cold and warm.

    .venv/bin/python bench/checker.py            # 5 cold runs, 200 warm checks
    .venv/bin/python bench/checker.py --runs 9

Cold: a fresh ``manage.py letter_check FILE --json`` process with every fact the app
passes (Django setup, the checker's import, lemminflect's verb table and wordfreq's word
list loaded from their packages, one check), median of the runs. Warm: one
``check_letter`` call in a process that has already checked a letter (what the draft
page pays per keystroke), median. Baselines measured in the same run, on the same
machine: ``python -c pass`` and ``manage.py help`` (Django alone). Targets (issue 19):
cold under 1,000 ms, warm under 20 ms.

``measure()`` returns ``{"cold_ms": ..., "warm_ms": ...}`` for ``make bench``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
LETTER = BASE / "tests" / "letters" / "corpus" / "letters" / "software_01.txt"
PYTHON = sys.executable
ENV = {**os.environ, "DEBUG": os.environ.get("DEBUG", "1")}


def _run_ms(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, cwd=BASE, env=ENV, check=True, capture_output=True)
    return (time.perf_counter() - start) * 1000


def cold_ms(runs: int = 5) -> float:
    command = [PYTHON, "manage.py", "letter_check", str(LETTER), "--json",
               "--recipient", "Priya Raman", "--company", "Tallybook",
               "--role", "Backend Engineer", "--sender", "Jonas Berg",
               "--interview-date", "2026-03-03"]  # fmt: skip
    return statistics.median(_run_ms(command) for _ in range(runs))


def warm_ms(checks: int = 200) -> float:
    sys.path.insert(0, str(BASE))
    from letters.quality import check_letter, parse_letter_file

    subject, body = parse_letter_file(LETTER.read_text(encoding="utf-8"))
    arguments = {"subject": subject, "body": body, "recipient_name": "Priya Raman",
                 "company": "Tallybook", "role": "Backend Engineer", "sender": "Jonas Berg",
                 "interview_date": date(2026, 3, 3), "discussed": "the nightly invoice sync",
                 "problem": "the sync times out at month-end"}  # fmt: skip
    check_letter(**arguments)  # loads the word tables
    times = []
    for _ in range(checks):
        start = time.perf_counter()
        check_letter(**arguments)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(runs: int = 5) -> dict[str, float]:
    return {"cold_ms": round(cold_ms(runs), 1), "warm_ms": round(warm_ms(), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    python_ms = statistics.median(_run_ms([PYTHON, "-c", "pass"]) for _ in range(runs))
    django_ms = statistics.median(_run_ms([PYTHON, "manage.py", "help"]) for _ in range(runs))
    result = measure(runs)
    print(f"baseline python -c pass:     {python_ms:8.1f} ms")
    print(f"baseline manage.py help:     {django_ms:8.1f} ms")
    print(f"letter_check cold (median):  {result['cold_ms']:8.1f} ms  (target < 1000 ms)")
    print(f"check_letter warm (median):  {result['warm_ms']:8.2f} ms  (target < 20 ms)")


if __name__ == "__main__":
    main()
