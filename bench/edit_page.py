"""Benchmark: the interview edit page of an account with many interviewers.

    DEBUG=1 .venv/bin/python bench/edit_page.py [--interviewers 10000] [--configured-db]

Seeds one user with that many interviewers (and an interview with three of them on its
panel) in a scratch SQLite file (``--configured-db``: DATABASE_URL), then requests
``/interviews/<id>/edit/`` signed in, through Django's test client (the whole middleware
stack, no network), and prints the median and worst time, the size and the queries.

DEBUG=1 only lets settings load without a SECRET_KEY; the run sets DEBUG off.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
EMAIL = "many-people@bench.followup.local"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--interviewers", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--configured-db", action="store_true", help="use DATABASE_URL")
    args = parser.parse_args()
    scratch = tempfile.TemporaryDirectory(prefix="followup-bench-")
    if not args.configured_db:
        os.environ["DATABASE_URL"] = f"sqlite:///{scratch.name}/bench.sqlite3"
    sys.path.insert(0, str(BASE))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "followup.settings")
    import django

    django.setup()
    from django.conf import settings

    settings.DEBUG = False
    # Templates only name static files here: no collectstatic needed.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    try:
        run(args)
    finally:
        scratch.cleanup()


def run(args) -> None:
    from datetime import timedelta

    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from accounts.demo import seed_user
    from accounts.userdata import delete_account
    from interviews.models import Interview, Interviewer, Panelist

    call_command("migrate", verbosity=0)
    user, _ = seed_user(email=EMAIL, password="bench-many-2026")
    delete_account(user=user)  # a clean account on a reused database
    user, _ = seed_user(email=EMAIL, password="bench-many-2026")
    people = Interviewer.objects.bulk_create(
        (Interviewer(owner=user, name=f"Person {n:05}") for n in range(args.interviewers)),
        batch_size=1000,
    )
    start = timezone.now() - timedelta(days=1)
    interview = Interview.objects.create(
        owner=user,
        company="Acme",
        role="Engineer",
        starts_at=start,
        ends_at=start + timedelta(hours=1),
    )
    Panelist.objects.bulk_create(
        Panelist(interview=interview, interviewer=person) for person in people[:3]
    )
    client = Client(secure=True)
    client.force_login(user)
    url = f"/interviews/{interview.pk}/edit/"
    client.get(url)  # templates compiled, connections open
    times = []
    for _ in range(args.requests):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            times.append(time.perf_counter() - started)
        assert response.status_code == 200, response.status_code
    print(f"Database: {connection.vendor}; {args.interviewers:,} interviewers")
    print(
        f"GET {url}: median {statistics.median(times) * 1000:.0f} ms, worst "
        f"{max(times) * 1000:.0f} ms, {len(response.content) / 1024:.0f} KB, "
        f"{len(queries)} queries (load average {os.getloadavg()[0]:.1f})"
    )
    delete_account(user=user)


if __name__ == "__main__":
    main()
