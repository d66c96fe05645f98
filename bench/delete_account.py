"""Benchmark: delete the heavy account, and see how long another user's writes wait.

    DEBUG=1 .venv/bin/python bench/delete_account.py                  # scratch SQLite file
    DEBUG=1 DATABASE_URL=postgres://… .venv/bin/python bench/delete_account.py --configured-db
    … --interviewers 10000            # the heavy account with 10,000 interviewers

Each round seeds ``seed_bench``'s heavy account (500 interviews, 1,500 interviewers, 800
letters, 3,000 reminders; ``--interviewers`` adds people up to that many), then times
``accounts.userdata.delete_account`` while a second process writes to another user's row
every 10 ms in its own transaction. The longest of those writes is how long the deletion
kept another user waiting: on SQLite, the longest a deletion transaction held the lock.

DEBUG=1 only lets settings load without a SECRET_KEY; the run sets DEBUG off.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
EMAIL = "heavy@bench.followup.local"
OTHER = "other@bench.followup.local"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--interviewers", type=int, default=0, help="people in the account")
    parser.add_argument("--configured-db", action="store_true", help="use DATABASE_URL")
    parser.add_argument("--batch", type=int, default=None, help="rows per transaction")
    parser.add_argument("--writer", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    scratch = tempfile.TemporaryDirectory(prefix="followup-bench-")
    if not args.configured_db and not args.writer:
        os.environ["DATABASE_URL"] = f"sqlite:///{scratch.name}/bench.sqlite3"
    setup()
    if args.writer:
        return write_until_told(args)
    try:
        run(args)
    finally:
        scratch.cleanup()


def setup() -> None:
    sys.path.insert(0, str(BASE))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "followup.settings")
    import django

    django.setup()
    from django.conf import settings

    settings.DEBUG = False  # no query log, as in production


def run(args) -> None:
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    from accounts.demo import seed_user
    from accounts.models import User
    from accounts.userdata import delete_account

    call_command("migrate", verbosity=0)
    print(f"Database: {connection.vendor} {settings.DATABASES['default']['NAME']}")
    other, _ = seed_user(email=OTHER, password="bench-other-2026")
    totals, cpu, waits, queries, holds = [], [], [], [], []
    for _ in range(args.rounds):
        user = heavy_account(interviewers=args.interviewers)
        writer = subprocess.Popen(
            [sys.executable, __file__, "--writer", "--configured-db"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "BENCH_OTHER": str(other.pk)},
        )
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(0.2)
        spans = TransactionSpans()
        with CaptureQueriesContext(connection) as captured, connection.execute_wrapper(spans):
            started, started_cpu = time.perf_counter(), time.process_time()
            delete_account(user=user, **({"batch_size": args.batch} if args.batch else {}))
            totals.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        spans.close()
        holds.append(max(spans.wall))
        time.sleep(0.2)
        out, _ = writer.communicate("stop\n", timeout=60)
        longest, count = out.split()
        waits.append(float(longest))
        queries.append(len(captured))
        reset_queries()
        assert not User.objects.filter(email=EMAIL).exists()
        print(
            f"  deleted in {totals[-1]:.2f} s ({cpu[-1]:.2f} s CPU here), {queries[-1]:,} "
            f"queries, {len(spans.wall)} transactions, the longest {holds[-1] * 1000:.0f} ms "
            f"({max(spans.cpu) * 1000:.0f} ms CPU); the other user's "
            f"longest write took {waits[-1] * 1000:.0f} ms ({count} writes)"
        )
    print(
        f"delete_account: median {statistics.median(totals):.2f} s, worst {max(totals):.2f} s; "
        f"longest transaction {max(holds) * 1000:.0f} ms; "
        f"another user's write waited at most {max(waits) * 1000:.0f} ms "
        f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
    )


class TransactionSpans:
    """An execute wrapper timing each transaction, from its first query to its last one
    (commit is quick in WAL mode): the deletion reads its next batch outside any
    transaction, so a query in autocommit closes the transaction before it."""

    def __init__(self):
        from django.db import connection

        self.connection = connection
        self.wall, self.cpu = [], []
        self.open = None

    def __call__(self, execute, sql, params, many, context):
        inside = self.connection.in_atomic_block
        if not inside:
            self.close()
        elif self.open is None:
            self.open = (time.perf_counter(), time.process_time())
        try:
            return execute(sql, params, many, context)
        finally:
            if inside:
                self.last = (time.perf_counter(), time.process_time())

    def close(self):
        if self.open is not None:
            self.wall.append(self.last[0] - self.open[0])
            self.cpu.append(self.last[1] - self.open[1])
            self.open = None


def heavy_account(*, interviewers: int):
    from django.db import transaction
    from django.utils import timezone

    from accounts.demo import seed_user
    from followup.management.commands.seed_bench import seed
    from interviews.models import Interviewer

    with transaction.atomic():
        user, _ = seed_user(email=EMAIL, password="bench-heavy-2026")
        ids = seed(user=user, now=timezone.now())
        extra = max(interviewers - ids["interviewers"], 0)
        Interviewer.objects.bulk_create(
            (Interviewer(owner=user, name=f"Extra Person {n}") for n in range(extra)),
            batch_size=1000,
        )
    total = Interviewer.objects.filter(owner=user).count()
    print(f"Seeded {ids['interviews']} interviews, {total:,} interviewers, {ids['letters']} "
          f"letters, {ids['reminders']:,} reminders.")  # fmt: skip
    return user


def write_until_told(args) -> None:
    """The other user: a short write every 10 ms; prints the longest and how many."""
    import selectors

    from django.db import transaction

    from accounts.models import User

    other = int(os.environ["BENCH_OTHER"])
    stdin = selectors.DefaultSelector()
    stdin.register(sys.stdin, selectors.EVENT_READ)
    print("ready", flush=True)
    longest, count = 0.0, 0
    while not stdin.select(timeout=0.01):
        started = time.perf_counter()
        with transaction.atomic():
            User.objects.filter(pk=other).update(name=f"Other {count}")
        longest = max(longest, time.perf_counter() - started)
        count += 1
    print(f"{longest:.4f} {count}", flush=True)


if __name__ == "__main__":
    main()
