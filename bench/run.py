"""``make bench``: every number of issue 12 in one run, written to bench/results.json.

    .venv/bin/python bench/run.py [--seconds 2] [--rounds 3] [--only web,reminders,sweep,checker]

Uses the database in DATABASE_URL (``make bench`` points it at PostgreSQL when the
machine has it) and Redis in CACHE_URL when set. In order:

1. web: migrates, collects static files, seeds the heavy data set (``seed_bench``:
   one user, 500 interviews, 1,500 interviewers, 800 letters, 3,000 reminders), starts
   gunicorn as in production (2 workers, DEBUG off, on 127.0.0.1 only) and loads each page
   with ``wrk -t2 -c8`` and the same signed-in session, in rounds that alternate with the
   baseline, ``/bench/baseline/`` (``base.html`` signed in with no data, through the same
   middleware; served only when BENCH=1), so a busy machine slows both alike. p50 is the
   mean of the rounds', p95 the worst round's. No page is cached: this is what every
   request costs;
2. reminders: bench/reminders.py (dispatch vs a bare smtplib loop) on the configured
   database, and again on a scratch SQLite file;
3. sweep: bench/sweep.py, one claim of a batch among 1,000,000 rows (PostgreSQL only);
4. checker: ``letter_check`` cold (a fresh process) and warm (a second check in the same
   process), or bench/checker.py's figures when that script exists.

Prints a table and writes bench/results.json.
"""

import argparse
import base64
import json
import os
import platform
import re
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

BASE = Path(__file__).resolve().parent.parent
BIN = BASE / ".venv" / "bin"
PY = str(BIN / "python")
RESULTS = BASE / "bench" / "results.json"
MARKDOWN = BASE / "BENCHMARKS.md"
EMAIL = "bench@followup.local"
SAMPLE = BASE / "tests" / "letters" / "samples" / "strong" / "backend_invoice_backlog.txt"
PARTS = ("web", "reminders", "sweep", "checker")
# Typed text the htmx check partial receives: not the saved draft, so the checker runs.
TYPED_SUBJECT = "Following up on the streaming plan"
TYPED_BODY = (
    "Dear Dana,\n\nThank you for Tuesday's conversation about the nightly batch jobs. "
    "At Finlytics data lag went from 20 hours to 15 minutes after I moved 40 jobs to "
    "Kafka streams. One idea: load the three slowest sources every hour, which would "
    "give your analysts about 10 hours a week back. Happy to sketch it for your leads.\n\n"
    "Is the delay worst at month-end, or every day?\n\nBest regards,\nAlex Morgan"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=2, help="wrk duration of one round")
    parser.add_argument("--rounds", type=int, default=3, help="baseline/page rounds per page")
    parser.add_argument("--reminders", type=int, default=5_000, help="reminders to send")
    parser.add_argument("--only", default=",".join(PARTS), help="comma-separated parts")
    parser.add_argument(
        "--table-only", action="store_true", help="print results.json, measure nothing"
    )
    args = parser.parse_args()
    parts = set(args.only.split(","))
    env = production_env()
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    if args.table_only:
        update_benchmarks_md(print_table(results), None)
        return
    results["machine"] = machine(env)
    results["date"] = datetime.now(UTC).isoformat(timespec="seconds")
    if "web" in parts:
        results["web"] = web(env, seconds=args.seconds, rounds=args.rounds)
    if "reminders" in parts:
        results["reminders"], results["reminders_sqlite"] = reminders(env, n=args.reminders)
    plan = None
    if "sweep" in parts:
        results["sweep"], plan = sweep(env)
    if "checker" in parts:
        results["checker"] = checker(env)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    table = print_table(results)
    update_benchmarks_md(table, plan)
    print(f"\nWritten to {RESULTS.relative_to(BASE)} and {MARKDOWN.relative_to(BASE)}.")


def production_env() -> dict:
    """As in production (DEBUG off), except plain HTTP on loopback and the baseline URL."""
    env = dict(os.environ)
    env.update(
        DEBUG="0",
        BENCH="1",
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        SECURE_HSTS_SECONDS="0",
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    env.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    env.setdefault("MAILBOX_ENCRYPTION_KEY", base64.urlsafe_b64encode(os.urandom(32)).decode())
    return env


def manage(env, *args) -> str:
    done = subprocess.run(
        [PY, "manage.py", *args], cwd=BASE, env=env, capture_output=True, text=True
    )
    if done.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{done.stderr}")
    return done.stdout


# 1. Web pages.


def web(env, *, seconds: int, rounds: int) -> dict:
    print("Migrating, collecting static files, seeding the heavy data set ...", flush=True)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")
    started = time.perf_counter()
    ids = json.loads(manage(env, "seed_bench", EMAIL).strip().splitlines()[-1])
    print(
        f"Seeded {ids['interviews']} interviews, {ids['interviewers']} interviewers, "
        f"{ids['letters']} letters, {ids['reminders']} reminders "
        f"in {time.perf_counter() - started:.1f} s.",
        flush=True,
    )
    csrf = secrets.token_hex(16)  # 32 characters: a valid unmasked CSRF secret
    headers = {
        "Cookie": f"sessionid={ids['session']}; csrftoken={csrf}",
        "X-CSRFToken": csrf,
    }
    check_body = urlencode({"subject": TYPED_SUBJECT, "body": TYPED_BODY})
    pages = {
        "dashboard": ("/dashboard/", None),
        "interview_list": ("/interviews/", None),
        "interview": (f"/interviews/{ids['interview']}/", None),
        "interviewer_list": ("/interviewers/", None),
        "letter_list": ("/letters/", None),
        "letter": (f"/letters/{ids['letter']}/", None),
        "wizard_step": (f"/letters/{ids['wizard_letter']}/step/3/", None),
        "check_partial": (f"/letters/{ids['letter']}/check/", check_body),
    }
    return measure_pages(env, pages, headers=headers, seconds=seconds, rounds=rounds)


def measure_pages(env, pages: dict, *, headers: dict, seconds: int, rounds: int) -> dict:
    """gunicorn with ``env``; wrk on each page in rounds alternating with the baseline."""
    port = free_port()
    server = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "followup.wsgi:application",
            "--workers=2",
            f"--bind=127.0.0.1:{port}",
            "--log-level=warning",
        ],
        cwd=BASE,
        env=env,
        start_new_session=True,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base_url}/healthz")
        baseline = "/bench/baseline/"
        for path, body in [(baseline, None), *pages.values()]:
            fetch(base_url + path, headers=headers, body=body)  # 200 or exit; warms caches
        results = {}
        for name, (path, body) in pages.items():
            # Baseline and page alternate in short rounds: the machine is shared, and a
            # slow spell then slows both sides of the ratio alike.
            base_runs, page_runs = [], []
            for _ in range(rounds):
                base_runs.append(wrk(base_url + baseline, headers=headers, seconds=seconds))
                page_runs.append(wrk(base_url + path, headers=headers, seconds=seconds, body=body))
            base_rps, page_rps = combined_rps(base_runs), combined_rps(page_runs)
            results[name] = {
                "rps": round(page_rps, 1),
                "baseline_rps": round(base_rps, 1),
                "ratio": round(page_rps / base_rps, 2),
                "p50_ms": round(sum(run["p50_ms"] for run in page_runs) / rounds, 1),
                "p95_ms": max(run["p95_ms"] for run in page_runs),
                "bytes": page_runs[-1]["bytes"],
            }
            print(f"  {name:<18} {page_rps:7.1f} req/s  (baseline {base_rps:.1f})", flush=True)
        return results
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def combined_rps(runs) -> float:
    return sum(run["requests"] for run in runs) / sum(run["seconds"] for run in runs)


def fetch(url, *, headers, body=None) -> bytes:
    """One request; anything but a 200 (a redirect to sign-in, say) stops the benchmark."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    data = body.encode() if body else None
    request = urllib.request.Request(url, data=data, headers=headers)
    if data:
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
    try:
        with urllib.request.build_opener(NoRedirect).open(request, timeout=30) as response:
            return response.read()
    except urllib.error.HTTPError as error:
        sys.exit(f"{url} answered {error.code}, not 200.")


def wrk(url, *, headers, seconds: int, body=None) -> dict:
    command = ["wrk", "-t2", "-c8", f"-d{seconds}s", "-s", str(BASE / "bench" / "wrk.lua")]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    env = dict(os.environ, WRK_BODY=body or "")
    output = subprocess.run(command + [url], env=env, capture_output=True, text=True).stdout
    match = re.search(r"^WRK_JSON (.*)$", output, re.MULTILINE)
    if not match:
        sys.exit(f"wrk gave no result for {url}:\n{output}")
    raw = json.loads(match.group(1))
    if raw["not_2xx"] or raw["errors"]:
        sys.exit(f"{url}: {raw['not_2xx']} answers not 2xx, {raw['errors']} socket errors.")
    return {
        "requests": raw["requests"],
        "seconds": raw["duration_us"] / 1e6,
        "rps": raw["requests"] / (raw["duration_us"] / 1e6),
        "p50_ms": round(raw["p50_us"] / 1000, 1),
        "p95_ms": round(raw["p95_us"] / 1000, 1),
        "bytes": raw["bytes"] // max(raw["requests"], 1),
    }


def wait_for(url, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"gunicorn did not answer {url} within {timeout:.0f} s.")


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# 2. Reminder dispatch.


def reminders(env, *, n: int) -> tuple[dict, dict]:
    """bench/reminders.py on the configured database, then on a scratch SQLite file."""
    configured = _reminders(env, n=n, configured=True)
    sqlite = _reminders(env, n=n, configured=False) if configured["database"] != "sqlite" else {}
    return configured, sqlite or configured


def _reminders(env, *, n: int, configured: bool) -> dict:
    command = [PY, str(BASE / "bench" / "reminders.py"), "--n", str(n)]
    if configured:
        command.append("--configured-db")
    print(f"Reminder dispatch: {' '.join(command[1:])} ...", flush=True)
    done = subprocess.run(command, cwd=BASE, env=env, capture_output=True, text=True)
    print(done.stdout, end="", flush=True)
    if done.returncode:
        sys.exit(f"bench/reminders.py failed:\n{done.stderr}")
    ours = float(re.search(r"dispatch_due\(\):\s+([\d,.]+)", done.stdout)[1].replace(",", ""))
    bare = float(re.search(r"bare smtplib:\s+([\d,.]+)", done.stdout)[1].replace(",", ""))
    database = re.search(r"^Database: (\w+)", done.stdout, re.MULTILINE)[1]
    return {
        "per_s": round(ours),
        "baseline_per_s": round(bare),
        "ratio": round(ours / bare, 2),
        "database": database,
    }


# 3. The sweep at 1,000,000 rows.


def sweep(env) -> tuple[dict, str | None]:
    print("Sweep: 1,000,000 reminder rows, 1,000 due ...", flush=True)
    done = subprocess.run(
        [PY, str(BASE / "bench" / "sweep.py"), "--json"],
        cwd=BASE,
        env=env,
        capture_output=True,
        text=True,
    )
    print(done.stdout.rsplit("\n", 2)[0], flush=True)
    if done.returncode:
        sys.exit(f"bench/sweep.py failed:\n{done.stderr}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    query = done.stdout.partition("The claim's SELECT:")[2].partition("EXPLAIN (ANALYZE")[0]
    explain = done.stdout.partition("EXPLAIN (ANALYZE, BUFFERS):")[2].rpartition("\n{")[0]
    plan = f"{query.strip()}\n\n{explain.strip()}" if explain.strip() else None
    return figures, plan


# 4. The checker. Kept apart so bench/checker.py can take over.


def checker(env) -> dict:
    script = BASE / "bench" / "checker.py"
    if script.exists():
        done = subprocess.run(
            [PY, str(script), "--json"], cwd=BASE, env=env, capture_output=True, text=True
        )
        if done.returncode == 0:
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            return {"cold_ms": figures["cold_ms"], "warm_ms": figures["warm_ms"]}
    started = time.perf_counter()
    manage(env, "letter_check", str(SAMPLE), "--json")
    cold_ms = (time.perf_counter() - started) * 1000
    warm = subprocess.run(
        [PY, "-c", WARM_CHECK, str(SAMPLE)], cwd=BASE, env=env, capture_output=True, text=True
    )
    if warm.returncode:
        sys.exit(f"The warm letter_check failed:\n{warm.stderr}")
    return {"cold_ms": round(cold_ms), "warm_ms": float(warm.stdout.strip().splitlines()[-1])}


WARM_CHECK = """
import io, os, sys, time
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "followup.settings")
import django
django.setup()
from django.core.management import call_command
call_command("letter_check", sys.argv[1], "--json", stdout=io.StringIO())
started = time.perf_counter()
call_command("letter_check", sys.argv[1], "--json", stdout=io.StringIO())
print(round((time.perf_counter() - started) * 1000, 1))
"""


# Output.


def machine(env) -> dict:
    database = env.get("DATABASE_URL", "sqlite (default)").split("@")[-1]
    wrk_version = subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout
    return {
        "cpus": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "platform": platform.platform(),
        "database": database,
        "cache": env.get("CACHE_URL", "local memory"),
        "wrk": (wrk_version.split("\n")[0] or "wrk").strip(),
        "load": "wrk -t2 -c8, gunicorn 2 sync workers, DEBUG off",
    }


def print_table(results: dict) -> str:
    """Print the results, and return them as the Markdown for BENCHMARKS.md."""
    lines = [
        "| page | req/s | baseline req/s | × baseline | p50 ms | p95 ms | bytes |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    print()
    print(f"{'page':<18} {'req/s':>8} {'baseline':>9} {'ratio':>6} {'p50 ms':>7} "
          f"{'p95 ms':>7} {'bytes':>8}")  # fmt: skip
    for name, row in results.get("web", {}).items():
        print(
            f"{name:<18} {row['rps']:>8.1f} {row['baseline_rps']:>9.1f} "
            f"{row['ratio']:>6.2f} {row['p50_ms']:>7.1f} {row['p95_ms']:>7.1f} "
            f"{row['bytes']:>8,}"
        )
        lines.append(
            f"| {name} | {row['rps']:.1f} | {row['baseline_rps']:.1f} | "
            f"{row['ratio']:.2f} | {row['p50_ms']:.1f} | {row['p95_ms']:.1f} | "
            f"{row['bytes']:,} |"
        )
    lines += ["", "| measure | result |", "|---|---|"]
    for key in ("reminders", "reminders_sqlite"):
        if row := results.get(key):
            text = (
                f"{row['per_s']:,}/s vs bare smtplib {row['baseline_per_s']:,}/s: "
                f"ratio {row['ratio']:.2f}"
            )
            print(f"dispatch on {row['database']:<10} {text}")
            lines.append(f"| dispatch on {row['database']} | {text} |")
    if row := results.get("sweep"):
        text = f"one claim among {row['rows']:,} rows ({row['due']:,} due): {row['claim_ms']} ms"
        print(f"sweep: {text}")
        lines.append(f"| sweep | {text} |")
    if row := results.get("checker"):
        text = f"cold {row['cold_ms']} ms, warm {row['warm_ms']} ms"
        print(f"letter_check: {text}")
        lines.append(f"| `letter_check` | {text} |")
    machine = results.get("machine", {})
    lines += [
        "",
        f"Measured {results.get('date', '')} on {machine.get('cpus')} CPUs (load average "
        f"{', '.join(str(x) for x in machine.get('load_average', []))} at the start), "
        f"{machine.get('database')}, cache {machine.get('cache')}, {machine.get('load')}.",
    ]
    return "\n".join(lines)


def update_benchmarks_md(table: str, plan: str | None) -> None:
    """Replace the generated blocks of BENCHMARKS.md; the prose around them stays."""
    if not MARKDOWN.exists():
        return
    text = MARKDOWN.read_text()
    text = _replace_block(text, "results", table)
    if plan:
        text = _replace_block(text, "sweep-plan", f"```\n{plan}\n```")
    MARKDOWN.write_text(text)


def _replace_block(text: str, name: str, content: str) -> str:
    start, end = f"<!-- {name} -->", f"<!-- /{name} -->"
    if start not in text or end not in text:
        return text
    before, _, rest = text.partition(start)
    _, _, after = rest.partition(end)
    return f"{before}{start}\n{content}\n{end}{after}"


if __name__ == "__main__":
    main()
