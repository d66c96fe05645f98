"""Benchmark: one sweep claim among 1,000,000 reminder rows, of which 1,000 are due.

    .venv/bin/python bench/sweep.py [--rows 1000000] [--due 1000] [--json]

PostgreSQL only (DATABASE_URL): SQLite is the single-process default, not the scale
target. Adds the rows with one INSERT ... SELECT generate_series (for 500 interviews of
a scratch user), runs ANALYZE as autovacuum would, then times ``claim_due()`` for one
batch of REMINDER_BATCH_SIZE rows (the median of five claims, each rolled back), prints
``EXPLAIN (ANALYZE, BUFFERS)`` of the claim's SELECT, and removes the rows. With
``--json`` the last line is ``{"rows", "due", "claim_ms"}``.
"""

import argparse
import json
import os
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
INTERVIEWS = 500
EMAIL = "bench-sweep@followup.local"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--due", type=int, default=1_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    sys.path.insert(0, str(BASE))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "followup.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection, transaction
    from django.utils import timezone

    from accounts.models import User
    from interviews.models import Interview
    from reminders import dispatch
    from reminders.models import Reminder

    if connection.vendor != "postgresql":
        print("The sweep benchmark needs PostgreSQL (DATABASE_URL); skipped.")
        if args.json:
            print(json.dumps({"rows": 0, "due": 0, "claim_ms": None}))
        return

    now = timezone.now()
    table = Reminder._meta.db_table
    User.objects.filter(email=EMAIL).delete()
    user = User.objects.create(email=EMAIL, name="Sweep Bench")
    interviews = Interview.objects.bulk_create(
        Interview(
            owner=user,
            company=f"Company {i}",
            role="Engineer",
            starts_at=now - timedelta(days=30),
            ends_at=now - timedelta(days=30) + timedelta(hours=1),
        )
        for i in range(INTERVIEWS)
    )
    first = interviews[0].pk
    kinds = [Reminder.Kind.NUDGE, Reminder.Kind.CHECK_IN, Reminder.Kind.CLOSE_SUGGESTION]
    started = time.perf_counter()
    with connection.cursor() as cursor:
        # Row n: interview n % 500, a unique (kind, sequence) within it. The first `due`
        # rows are scheduled and due; the rest are sent (history) or scheduled ahead.
        cursor.execute(
            f"""
            INSERT INTO {table} (user_id, interview_id, kind, sequence, due_at, state,
                attempts, last_error, version, created_at, updated_at, sent_at, to_email)
            SELECT %(user)s, %(first)s + n %% {INTERVIEWS},
                (%(kinds)s::text[])[1 + (n / {INTERVIEWS}) %% 3], 1 + n / {INTERVIEWS} / 3,
                CASE WHEN n < %(due)s THEN %(now)s - interval '1 minute'
                     WHEN n %% 10 = 0 THEN %(now)s + (n || ' seconds')::interval
                     ELSE %(now)s - (n || ' seconds')::interval END,
                CASE WHEN n < %(due)s THEN 'scheduled'
                     WHEN n %% 10 = 0 THEN 'scheduled'
                     ELSE 'sent' END,
                0, '', 1, %(now)s, %(now)s,
                CASE WHEN n >= %(due)s AND n %% 10 <> 0 THEN %(now)s END, ''
            FROM generate_series(0, %(rows)s - 1) AS n
            """,
            {
                "user": user.pk,
                "first": first,
                "kinds": [str(k) for k in kinds],
                "due": args.due,
                "now": now,
                "rows": args.rows,
            },
        )
        cursor.execute(f"ANALYZE {table}")
    inserted = time.perf_counter() - started
    print(f"Inserted {args.rows:,} rows ({args.due:,} due) in {inserted:.1f} s.")
    try:
        timings = []
        for _ in range(5):
            with transaction.atomic():
                started = time.perf_counter()
                claims = dispatch.claim_due(now=now, limit=settings.REMINDER_BATCH_SIZE)
                timings.append((time.perf_counter() - started) * 1000)
                assert len(claims) == min(settings.REMINDER_BATCH_SIZE, args.due), len(claims)
                transaction.set_rollback(True)  # leave the rows due for the next try
        claim_ms = round(statistics.median(timings), 1)
        print(
            f"claim_due() of {settings.REMINDER_BATCH_SIZE} rows: {claim_ms} ms "
            f"(median of 5: {', '.join(f'{t:.1f}' for t in timings)})"
        )
        with transaction.atomic():
            queryset = (
                dispatch.due_rows(now=now)
                .select_for_update(skip_locked=True)
                .values_list("pk", "version")[: settings.REMINDER_BATCH_SIZE]
            )
            sql, params = queryset.query.sql_with_params()
            with connection.cursor() as cursor:
                cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", params)
                plan = "\n".join(row[0] for row in cursor.fetchall())
            transaction.set_rollback(True)
        print("\nThe claim's SELECT:\n")
        print(connection.ops.compose_sql(sql, params) if hasattr(connection.ops, "compose_sql")
              else sql)  # fmt: skip
        print("\nEXPLAIN (ANALYZE, BUFFERS):\n")
        print(plan)
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {table} WHERE user_id = %s", [user.pk])
        Interview.objects.filter(owner=user).delete()
        user.delete()
    if args.json:
        print(json.dumps({"rows": args.rows, "due": args.due, "claim_ms": claim_ms}))


if __name__ == "__main__":
    main()
