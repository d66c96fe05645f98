"""Send due reminders: claim rows, send each batch over one connection, record.

The rows are the schedule (habit 4). A sweep:

1. claims up to a batch of due rows in one short transaction: ``scheduled`` rows whose
   time has come, and ``sending`` rows whose lease ran out because their worker died.
   PostgreSQL: ``SELECT ... FOR UPDATE SKIP LOCKED`` then one UPDATE. SQLite: a
   conditional UPDATE per row that must change exactly that row. A claim sets
   ``state=sending`` and ``lease_until``, which is also the claim's token;
2. for each claimed row, renders the email (from a stencil rendered once per kind, see
   reminders/emails.py), then checks the claim right before sending: a conditional UPDATE
   on the token and the version, so a row cancelled, rescheduled or claimed again since
   is not sent in its old form. The same statement marks the previous message ``sent``
   (UPDATE ... RETURNING: one round trip and one commit per message). The mail goes out
   (reminders/outbox.py) outside any transaction, and ``sent`` is committed before the
   next one goes out;
3. a temporary SMTP error puts the row back to ``scheduled`` with exponential backoff,
   up to REMINDER_MAX_ATTEMPTS; a permanent one (5xx) fails it at once. Either way the
   error is on the row, for the admin.

A worker killed between the mail server taking a message and the commit of ``sent``
sends that one again after the lease: at most one duplicate per kill and process.
"""

import functools
import logging
import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import mailers
from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from reminders import emails as reminder_emails
from reminders import scheduling
from reminders.models import Reminder
from reminders.outbox import Outbox, Unreachable, describe, is_permanent

log = logging.getLogger(__name__)

State = Reminder.State
# Beyond this the backoff stops growing.
MAX_BACKOFF = timedelta(hours=6)


@dataclass(frozen=True)
class Claim:
    pk: int
    version: int
    token: datetime  # lease_until as set by this claim: only its holder may send


class Outcome:
    SENT = "sent"
    RETRY = "retry"
    FAILED = "failed"
    CANCELLED = "cancelled"
    LOST = "lost"  # cancelled, rescheduled, deleted or re-claimed since we claimed it


def dispatch_due(
    *,
    now: datetime | None = None,
    batch_size: int | None = None,
    max_batches: int | None = None,
    mailer: str = "default",
) -> Counter:
    """Claim and send due reminders, batch after batch, until none is due.

    ``now`` fixes the clock (tests); by default each step reads the real time.
    Returns how many rows ended in each outcome.
    """
    clock = (lambda: now) if now is not None else timezone.now
    batch_size = batch_size or settings.REMINDER_BATCH_SIZE
    report: Counter = Counter()
    batches = 0
    while max_batches is None or batches < max_batches:
        claims = claim_due(now=clock(), limit=batch_size)
        if not claims:
            break
        batches += 1
        report += send_claimed(claims, clock=clock, mailer=mailer)
    return report


def due_reminders(*, now: datetime):
    return Reminder.objects.filter(
        Q(state=State.SCHEDULED, due_at__lte=now) | Q(state=State.SENDING, lease_until__lt=now),
        kind__in=reminder_emails.sendable_kinds(),
    ).order_by("due_at", "pk")


def claim_due(*, now: datetime, limit: int) -> list[Claim]:
    """Claim up to ``limit`` due rows for this worker; a second worker skips them."""
    token = now + timedelta(seconds=settings.REMINDER_LEASE_SECONDS)
    with transaction.atomic():
        if connection.features.has_select_for_update_skip_locked:
            rows = list(
                due_reminders(now=now)
                .select_for_update(skip_locked=True)
                .values_list("pk", "version")[:limit]
            )
            Reminder.objects.filter(pk__in=[pk for pk, _ in rows]).update(
                state=State.SENDING, lease_until=token, attempts=F("attempts") + 1
            )
            return [Claim(pk, version, token) for pk, version in rows]

        claims = []
        candidates = due_reminders(now=now).values_list("pk", "version", "state", "lease_until")
        for pk, version, state, lease_until in candidates[:limit]:
            changed = _update_row(
                where={"id": pk, "version": version, "state": state, "lease_until": lease_until},
                changes={"state": State.SENDING, "lease_until": token, "attempts": INCREMENT},
            )
            if changed == 1:
                claims.append(Claim(pk, version, token))
        return claims


def send_claimed(
    claims: list[Claim],
    *,
    clock=timezone.now,
    mailer: str = "default",
) -> Counter:
    """Send the claimed rows over one connection; record each result as it happens.

    A message's result is recorded in the same short transaction that checks the next
    claim (one commit per message), and before that next message goes out: at most one
    message is ever sent and not yet marked sent, so a worker killed at any moment sends
    at most one message twice.
    """
    report: Counter = Counter()
    rows = Reminder.objects.select_related("user", "interview", "letter__recipient").in_bulk(
        [claim.pk for claim in claims]
    )

    def record(delivery):
        if delivery is not None:
            claim, row = delivery.key
            report[_record(claim, row=row, error=delivery.error, now=clock())] += 1

    with Outbox(mailers[mailer]) as outbox:
        try:
            for position, claim in enumerate(claims):
                row = rows.get(claim.pk)
                if row is None:  # the interview was deleted after the claim
                    report[Outcome.LOST] += 1
                    continue
                reason = _reason_not_to_send(row)
                if reason:
                    report[_cancel(claim, reason=reason, now=clock())] += 1
                    continue
                if row.attempts > settings.REMINDER_MAX_ATTEMPTS:
                    # Claimed again and again without a result: its worker keeps dying.
                    error = "Gave up: no result after repeated tries."
                    report[_fail(claim, error=error, now=clock())] += 1
                    continue
                try:
                    # Rendered while the server takes in the previous message.
                    message = reminder_emails.build(row, now=clock())
                except Exception as error:  # a template or data bug: retry after a fix
                    log.exception("Could not render reminder %s", row.pk)
                    error = f"Render error: {error!r}"
                    report[_retry(claim, row=row, error=error, now=clock())] += 1
                    continue
                previous = outbox.finish()
                try:
                    outbox.open()
                except Unreachable as error:
                    record(previous)
                    # No mail server: this row and the rest wait for a later sweep.
                    for rest in claims[position:]:
                        rest_row = rows.get(rest.pk)
                        report[
                            _retry(rest, row=rest_row, error=str(error), now=clock())
                            if rest_row
                            else Outcome.LOST
                        ] += 1
                    break
                # Right before sending: is the claim still ours, in this version? And the
                # previous message, which the server took, is marked sent: one statement.
                if previous is not None and previous.error is None and ONE_STATEMENT:
                    done, _ = previous.key
                    sent, claim = _mark_sent_and_hold(done, claim, now=clock())
                    report[sent] += 1
                else:
                    with transaction.atomic():
                        record(previous)
                        claim = _still_ours(claim, now=clock())
                if claim is None:
                    report[Outcome.LOST] += 1
                    continue
                record(outbox.start((claim, row), message, now=clock()))
        finally:
            record(outbox.finish())
    return report


def retry_now(queryset, *, now: datetime | None = None) -> int:
    """An operator's "retry": failed rows go back to the schedule, due now."""
    now = now or timezone.now()
    return queryset.filter(state=State.FAILED).update(
        state=State.SCHEDULED, due_at=now, attempts=0, lease_until=None, updated_at=now
    )


def backoff(attempts: int) -> timedelta:
    """1, 2, 4, 8 ... times REMINDER_RETRY_BASE_SECONDS after the n-th failed try."""
    delay = timedelta(seconds=settings.REMINDER_RETRY_BASE_SECONDS * 2 ** max(attempts - 1, 0))
    return min(delay, MAX_BACKOFF)


# Recording: each a single conditional UPDATE, committed on its own.


INCREMENT = object()


def _update_row(*, where: dict, changes: dict) -> int:
    """``UPDATE reminder SET changes WHERE where`` on one row; how many rows changed.

    Raw SQL for the three writes every sent reminder makes (claim, check, sent): building
    them through the ORM costs several times what the database takes to run them.
    """
    quote = connection.ops.quote_name
    assignments, params = [], []
    for column, value in changes.items():
        if value is INCREMENT:
            assignments.append(f"{quote(column)} = {quote(column)} + 1")
        else:
            assignments.append(f"{quote(column)} = %s")
            params.append(_adapt(value))
    conditions = []
    for column, value in where.items():
        if value is None:
            conditions.append(f"{quote(column)} IS NULL")
        else:
            conditions.append(f"{quote(column)} = %s")
            params.append(_adapt(value))
    table = quote(Reminder._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET {', '.join(assignments)} WHERE {' AND '.join(conditions)}",
            params,
        )
        return cursor.rowcount


def _adapt(value):
    if isinstance(value, datetime):
        return connection.ops.adapt_datetimefield_value(value)
    return str(value) if isinstance(value, str) else value  # TextChoices: plain str


def _holding(claim: Claim):
    return Reminder.objects.filter(
        pk=claim.pk, version=claim.version, state=State.SENDING, lease_until=claim.token
    )


def _still_ours(claim: Claim, *, now: datetime) -> Claim | None:
    """The claim, its lease extended, if this worker still holds it in this version.

    An UPDATE rather than a read: it waits for a transaction that is changing the row
    right now (an interview being edited) and then sees its result.
    """
    token = max(
        now + timedelta(seconds=settings.REMINDER_LEASE_SECONDS),
        claim.token + timedelta(microseconds=1),  # a fixed clock (tests): still a new token
    )
    changed = _update_row(
        where={
            "id": claim.pk,
            "version": claim.version,
            "state": State.SENDING,
            "lease_until": claim.token,
        },
        changes={"lease_until": token, "updated_at": now},
    )
    return Claim(claim.pk, claim.version, token) if changed == 1 else None


# UPDATE ... RETURNING: PostgreSQL, and SQLite from 3.35.
ONE_STATEMENT = connection.vendor == "postgresql" or (
    connection.vendor == "sqlite" and sqlite3.sqlite_version_info >= (3, 35)
)


def _mark_sent_and_hold(sent: Claim, claim: Claim, *, now: datetime) -> tuple[str, Claim | None]:
    """``_mark_sent(sent)`` and ``_still_ours(claim)`` in one statement and one commit.

    Half the round trips and commits per message, with the same conditions: the sent row
    is marked whoever holds it now (see ``_mark_sent``); the next is held only if this
    worker's claim on it, in its version, still stands.
    """
    token = max(
        now + timedelta(seconds=settings.REMINDER_LEASE_SECONDS),
        claim.token + timedelta(microseconds=1),  # a fixed clock (tests): still a new token
    )
    with connection.cursor() as cursor:
        cursor.execute(
            _mark_sent_and_hold_sql(connection.vendor),
            [
                sent.pk,
                str(State.SENT),
                sent.pk,
                _adapt(now),
                sent.pk,
                _adapt(token),
                sent.pk,
                _adapt(now),
                sent.pk,
                sent.version,
                str(State.SENDING),
                claim.pk,
                claim.version,
                str(State.SENDING),
                _adapt(claim.token),
            ],
        )
        changed = {row[0] for row in cursor.fetchall()}
    outcome = Outcome.SENT if sent.pk in changed else Outcome.LOST
    return outcome, Claim(claim.pk, claim.version, token) if claim.pk in changed else None


@functools.cache
def _mark_sent_and_hold_sql(vendor: str) -> str:
    """The statement of ``_mark_sent_and_hold``, built once per database vendor."""
    quote = connection.ops.quote_name
    table = quote(Reminder._meta.db_table)
    is_sent = f"{quote('id')} = %s"
    # PostgreSQL: commit without waiting for the WAL flush, as SQLite's synchronous=NORMAL
    # does: a flush per message (milliseconds on a busy disk) would set the pace of the
    # whole sweep. Other sessions see the commit at once, so a worker's crash changes
    # nothing; only a crash of the database server itself can lose the last fraction of
    # a second of "sent" marks, and those few reminders go out again after their lease,
    # with the same Message-ID. Set inside the statement, which is its own transaction,
    # so it stays one round trip.
    asynchronous = (
        " FROM (SELECT set_config('synchronous_commit', 'off', true)) AS asynchronous"
        if vendor == "postgresql"
        else ""
    )
    return (
        f"UPDATE {table} SET "
        f"{quote('state')} = CASE WHEN {is_sent} THEN %s ELSE {quote('state')} END, "
        f"{quote('sent_at')} = CASE WHEN {is_sent} THEN %s ELSE {quote('sent_at')} END, "
        f"{quote('lease_until')} = CASE WHEN {is_sent} THEN NULL ELSE %s END, "
        f"{quote('last_error')} = CASE WHEN {is_sent} THEN '' ELSE {quote('last_error')} END, "
        f"{quote('updated_at')} = %s{asynchronous} "
        f"WHERE ({quote('id')} = %s AND {quote('version')} = %s AND {quote('state')} = %s) "
        f"OR ({quote('id')} = %s AND {quote('version')} = %s AND {quote('state')} = %s "
        f"AND {quote('lease_until')} = %s) "
        f"RETURNING {quote('id')}"
    )


def _mark_sent(claim: Claim, *, now: datetime) -> str:
    # Not conditional on the token: if our lease ran out and another worker re-claimed
    # the row, marking it sent stops that worker from sending a second copy.
    changed = _update_row(
        where={"id": claim.pk, "version": claim.version, "state": State.SENDING},
        changes={
            "state": State.SENT,
            "sent_at": now,
            "lease_until": None,
            "last_error": "",
            "updated_at": now,
        },
    )
    return Outcome.SENT if changed else Outcome.LOST


def _record(claim: Claim, *, row: Reminder, error: Exception | None, now: datetime) -> str:
    """What became of a message the mail server was given."""
    if error is None:
        return _mark_sent(claim, now=now)
    permanent = is_permanent(error)
    log.warning(
        "Reminder %s not sent (%s): %s",
        row.pk,
        "permanent" if permanent else "will retry",
        describe(error),
    )
    if permanent:
        return _fail(claim, error=describe(error), now=now)
    return _retry(claim, row=row, error=describe(error), now=now)


def _retry(claim: Claim, *, row: Reminder, error: str, now: datetime) -> str:
    attempts = row.attempts  # counted when claimed
    if attempts >= settings.REMINDER_MAX_ATTEMPTS:
        return _fail(claim, error=f"Gave up after {attempts} tries. {error}", now=now)
    changed = _holding(claim).update(
        state=State.SCHEDULED,
        due_at=now + backoff(attempts),
        lease_until=None,
        last_error=error[:2000],
        updated_at=now,
    )
    return Outcome.RETRY if changed else Outcome.LOST


def _fail(claim: Claim, *, error: str, now: datetime) -> str:
    changed = _holding(claim).update(
        state=State.FAILED, lease_until=None, last_error=error[:2000], updated_at=now
    )
    return Outcome.FAILED if changed else Outcome.LOST


def _cancel(claim: Claim, *, reason: str, now: datetime) -> str:
    changed = _holding(claim).update(
        state=State.CANCELLED, lease_until=None, last_error=reason, updated_at=now
    )
    return Outcome.CANCELLED if changed else Outcome.LOST


def _reason_not_to_send(row: Reminder) -> str:
    """Why this reminder must not go out after all, or "" to send it."""
    user, interview = row.user, row.interview
    if not user.is_active:
        return "Not sent: the account is deactivated."
    if not user.email:
        return "Not sent: the account has no email address."
    if row.kind not in scheduling.PLANNED_KINDS:
        return ""
    if not user.email_reminders:
        return "Not sent: the user unsubscribed from reminders."
    if not scheduling.wants(user, row.kind):
        return f"Not sent: the user turned off “{row.get_kind_display()}” reminders."
    if interview.outcome != interview.Outcome.AWAITING or interview.reply_received_at:
        return "Not sent: the interview is settled or they replied."
    if row.kind in scheduling.FOLLOW_UP_KINDS and interview.follow_up_done_at:
        return "Not sent: the letter already went out."
    return ""
