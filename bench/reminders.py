"""Benchmark: deliver N due reminders through the real sweep to a local SMTP sink.

    DEBUG=1 .venv/bin/python bench/reminders.py            # 10,000 reminders
    DEBUG=1 .venv/bin/python bench/reminders.py --n 2000 --batch 200

What it does, in one run:

1. starts an SMTP sink (aiosmtpd, in a child process so it does not share the GIL) that
   accepts and counts every message;
2. creates a scratch SQLite database (a temporary file, migrated; ``--configured-db``
   uses DATABASE_URL instead, e.g. PostgreSQL) with N reminders due now, one interview
   each, spread over 100 users;
3. times ``reminders.dispatch.dispatch_due()``: claims, renders (subject, text and HTML
   templates), sends each batch over one connection of Django's mail backend, and commits
   each row as sent before the next message;
4. renders the same messages up front and times a bare ``smtplib`` loop sending them
   over one connection: the most a sender could do against this sink. Building them
   (templates, ``message()``, ``as_bytes()``) is outside its clock and inside dispatch's;
   the run prints that CPU per message, and it is counted in neither rate;
5. does 3 and 4 in ``--rounds`` alternating rounds (5 by default), so a busy spell on a
   shared machine slows both sides alike, and prints reminders per second for both and
   the ratio (target: at least 0.3).

DEBUG=1 only lets settings load without a SECRET_KEY; the run itself sets DEBUG off, as in
production, so queries are not logged.
"""

import argparse
import cProfile
import email.policy
import os
import pstats
import signal
import smtplib
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
USERS = 100


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="reminders to deliver")
    parser.add_argument("--batch", type=int, default=None, help="REMINDER_BATCH_SIZE")
    parser.add_argument(
        "--rounds", type=int, default=5, help="dispatch and bare loop alternate this often"
    )
    parser.add_argument(
        "--configured-db",
        action="store_true",
        help="use DATABASE_URL (its tables are migrated; rows are added, then removed)",
    )
    parser.add_argument(
        "--profile", action="store_true", help="print where dispatch_due() spends its CPU"
    )
    parser.add_argument("--sink", type=int, help=argparse.SUPPRESS)  # child process mode
    args = parser.parse_args()
    if args.sink:
        return run_sink(args.sink)

    port = free_port()
    sink = subprocess.Popen(
        [sys.executable, __file__, "--sink", str(port)],
        stdout=subprocess.PIPE,
        text=True,
    )
    scratch = tempfile.TemporaryDirectory(prefix="followup-bench-")
    try:
        wait_for_port(port)
        if not args.configured_db:
            os.environ["DATABASE_URL"] = f"sqlite:///{scratch.name}/bench.sqlite3"
        os.environ["EMAIL_URL"] = f"smtp://127.0.0.1:{port}"
        os.environ.setdefault("SITE_URL", "https://followup.example.org")
        results = run(args, port=port)
    finally:
        sink.send_signal(signal.SIGTERM)
        delivered = int(sink.communicate(timeout=30)[0].strip() or 0)
        scratch.cleanup()
    expected = 2 * args.n
    print(f"SMTP sink received {delivered:,} messages (expected {expected:,}).")
    ours, bare = results
    print(f"dispatch_due():   {ours:10,.0f} reminders/s")
    print(f"bare smtplib:     {bare:10,.0f} messages/s")
    print(f"ratio:            {ours / bare:10.2f}  (target >= 0.3)")
    if delivered != expected:
        sys.exit("Some messages did not arrive.")


def run(args, *, port: int) -> tuple[float, float]:
    sys.path.insert(0, str(BASE))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "followup.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    from accounts.models import User
    from interviews.models import Interview
    from reminders import dispatch
    from reminders import emails as reminder_emails
    from reminders.models import Reminder

    settings.DEBUG = False  # no query log, cached templates: as in production
    call_command("migrate", verbosity=0)
    print(f"Database: {connection.vendor} {settings.DATABASES['default']['NAME']}")

    users = User.objects.bulk_create(
        User(email=f"bench-{i}@example.com", name=f"Bench User {i}", time_zone="Europe/Berlin")
        for i in range(USERS)
    )
    # Dispatch and the bare loop alternate in rounds (as the web pages and their baseline
    # do): on a shared machine a busy spell then slows both sides of the ratio alike.
    rounds = max(1, min(args.rounds, args.n))
    sizes = [args.n // rounds + (1 if i < args.n % rounds else 0) for i in range(rounds)]
    profile = cProfile.Profile(time.process_time) if args.profile else None
    timings = {"ours": 0.0, "ours_cpu": 0.0, "bare": 0.0, "bare_cpu": 0.0, "bare_build_cpu": 0.0}
    try:
        print(
            f"{args.n:,} reminders due, in {rounds} rounds: dispatch_due(), then the same "
            "messages through a bare smtplib loop ..."
        )
        for size in sizes:
            interview_ids = due_reminders(users, size)
            started, cpu = time.perf_counter(), time.process_time()
            if profile:
                profile.enable()
            report = dispatch.dispatch_due(batch_size=args.batch or settings.REMINDER_BATCH_SIZE)
            if profile:
                profile.disable()
            timings["ours"] += time.perf_counter() - started
            timings["ours_cpu"] += time.process_time() - cpu
            if report != {"sent": size}:
                sys.exit(f"dispatch_due() reported {dict(report)}")

            # The same messages, rendered before the clock starts.
            rows = list(
                Reminder.objects.filter(interview_id__in=interview_ids)
                .select_related("user", "interview", "letter")
                .order_by("pk")
            )
            rendered = []
            cpu = time.process_time()
            for reminder in rows:
                message = reminder_emails.build(reminder, now=timezone.now())
                rendered.append(
                    (
                        message.from_email,
                        message.recipients(),
                        message.message(policy=email.policy.SMTP).as_bytes(),
                    )
                )
            # Building the messages is work dispatch does inside its clock; the bare
            # loop does it here, outside. Reported, never added to either side.
            timings["bare_build_cpu"] += time.process_time() - cpu
            started, cpu = time.perf_counter(), time.process_time()
            with smtplib.SMTP("127.0.0.1", port) as smtp:
                for sender, recipients, data in rendered:
                    smtp.sendmail(sender, recipients, data)
            timings["bare"] += time.perf_counter() - started
            timings["bare_cpu"] += time.process_time() - cpu
        if profile:
            sort = os.environ.get("PROFILE_SORT", "tottime")
            pstats.Stats(profile).sort_stats(sort).print_stats(25)
        # Where the time goes: this process's own CPU per message; the rest is waiting
        # for the mail server and the database (and, on a shared machine, for a core).
        print(
            f"CPU in this process: dispatch {timings['ours_cpu'] / args.n * 1000:.2f} "
            f"ms/reminder, bare {timings['bare_cpu'] / args.n * 1000:.2f} ms"
        )
        print(
            "Not timed: building the bare loop's messages beforehand (templates, "
            f"message(), as_bytes()) took {timings['bare_build_cpu'] / args.n * 1000:.2f} "
            "ms of CPU per message; dispatch does that work inside its clock."
        )
    finally:
        Reminder.objects.filter(user__in=users).delete()
        Interview.objects.filter(owner__in=users).delete()
        User.objects.filter(pk__in=[u.pk for u in users]).delete()
    ours, bare = args.n / timings["ours"], args.n / timings["bare"]
    return ours, bare


def due_reminders(users, count: int) -> list[int]:
    """``count`` interviews that ended two hours ago, each with a nudge due now."""
    from django.utils import timezone

    from interviews.models import Interview
    from reminders.models import Reminder

    now = timezone.now()
    interviews = Interview.objects.bulk_create(
        Interview(
            owner=users[i % len(users)],
            company=f"Company {i}",
            role="Data Engineer",
            starts_at=now - timedelta(hours=3),
            ends_at=now - timedelta(hours=2),
        )
        for i in range(count)
    )
    Reminder.objects.bulk_create(
        (
            Reminder(
                user_id=interview.owner_id,
                interview=interview,
                kind=Reminder.Kind.NUDGE,
                due_at=now - timedelta(minutes=1),
            )
            for interview in interviews
        ),
        batch_size=1000,
    )
    return [interview.pk for interview in interviews]


def run_sink(port: int) -> None:
    from aiosmtpd.controller import Controller

    class Counter:
        count = 0

        async def handle_DATA(self, server, session, envelope):
            self.count += 1
            return "250 OK"

    handler = Counter()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()

    def finish(*_):
        controller.stop()
        print(handler.count, flush=True)
        os._exit(0)

    signal.signal(signal.SIGTERM, finish)
    signal.pause()


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float = 15.0) -> None:
    import socket

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    sys.exit(f"The SMTP sink did not start on port {port}.")


if __name__ == "__main__":
    main()
