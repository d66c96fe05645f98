"""The sweep: claim due outbox rows, send each batch over one connection, record each result.

The rows are the schedule (habit 4). A sweep:

1. claims up to a batch of due rows in one short transaction: ``scheduled`` rows whose
   time has come, and ``sending`` rows whose lease ran out because their worker died.
   ``SELECT ... FOR UPDATE SKIP LOCKED`` where the database has it (PostgreSQL), then one
   UPDATE that changes only the rows still due (read back by token if that is not all).
   A claim sets ``state=sending``, counts the attempt and sets ``lease_until``, which is
   also the claim's token;
2. for each claimed row, builds the email (reminders/emails.py), then checks the claim
   right before sending: a conditional UPDATE on the token and the version, so a row
   cancelled, rescheduled or claimed again since is not sent in its old form; the same
   transaction marks the previous message sent. The mail goes out through Django's mail
   backend, outside any transaction, so its result is committed before the next one goes
   out;
3. a temporary SMTP error puts the row back to ``scheduled`` with exponential backoff,
   up to REMINDER_MAX_ATTEMPTS; a permanent one (5xx) fails it at once. Either way the
   error is on the row, for the admin.

A worker killed between the mail server taking a message and the commit of ``sent``
sends that one again after the lease: at most one duplicate per kill.
"""

import logging
import smtplib
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import mailers
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from reminders import emails, leases
from reminders.models import Reminder

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
    """Claim and send due outbox rows, batch after batch, until none is due.

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


def due_rows(*, now: datetime):
    return Reminder.objects.filter(
        Q(state=State.SCHEDULED, due_at__lte=now) | Q(state=State.SENDING, lease_until__lt=now),
        kind__in=emails.sendable_kinds(),
    ).order_by("due_at", "pk")


def claim_due(*, now: datetime, limit: int) -> list[Claim]:
    """Claim up to ``limit`` due rows for this worker; a second worker skips them."""
    token = leases.lease_token(now=now, lease=timedelta(seconds=settings.REMINDER_LEASE_SECONDS))
    claimed = {"state": State.SENDING, "lease_until": token, "attempts": F("attempts") + 1}
    rows = leases.claim_rows(
        lambda: due_rows(now=now),
        limit=limit,
        changes=claimed,
        order=("due_at", "pk"),
        fields=("pk", "version"),
    )
    return [Claim(pk, version, token) for pk, version in rows]


def send_claimed(claims: list[Claim], *, clock=timezone.now, mailer: str = "default") -> Counter:
    """Send the claimed rows over one connection; record each result before the next.

    Each message goes out on its own (``send_messages([message])``). A message the server
    took is marked sent in the same transaction that checks the next claim, so one commit
    per message, and always before the next one is sent: at most one message is ever sent
    and not yet marked sent, so a worker killed at any moment sends at most one twice.
    """
    report: Counter = Counter()
    rows = Reminder.objects.select_related("user", "interview", "letter__recipient").in_bulk(
        [claim.pk for claim in claims]
    )
    backend = mailers[mailer]
    taken: Claim | None = None  # the server took it; marked sent with the next commit

    def mark_taken():
        nonlocal taken
        if taken is not None:
            report[_mark_sent(taken, now=clock())] += 1
            taken = None

    try:
        for position, claim in enumerate(claims):
            row = rows.get(claim.pk)
            if row is None:  # deleted with its interview after the claim
                report[Outcome.LOST] += 1
                continue
            if row.attempts > settings.REMINDER_MAX_ATTEMPTS:
                # Claimed again and again without a result: its worker keeps dying.
                error = "Gave up: no result after repeated tries."
                report[_fail(claim, error=error, now=clock())] += 1
                continue
            try:
                message = emails.build(row, now=clock())
            except emails.NotSending as reason:
                report[_cancel(claim, reason=str(reason), now=clock())] += 1
                continue
            except Exception as error:  # a template or data bug: retry after a fix
                log.exception("Could not build outbox email %s", row.pk)
                report[_retry(claim, row=row, error=f"Render error: {error!r}", now=clock())] += 1
                continue
            try:
                backend.open()  # once per batch, and again after a lost connection
            except OSError as error:
                # No mail server: this row and the rest wait for a later sweep.
                error = f"Cannot connect to the mail server: {describe(error)}"
                for rest in claims[position:]:
                    rest_row = rows.get(rest.pk)
                    report[
                        _retry(rest, row=rest_row, error=error, now=clock())
                        if rest_row
                        else Outcome.LOST
                    ] += 1
                break
            # Right before sending: the previous message is marked sent and this claim
            # checked (still ours, in this version?) in one commit.
            with transaction.atomic():
                mark_taken()
                claim = _still_ours(claim, now=clock())
            if claim is None:
                report[Outcome.LOST] += 1
                continue
            try:
                backend.send_messages([message])
            except Exception as error:
                if connection_lost(error):
                    _close(backend)
                report[_record_error(claim, row=row, error=error, now=clock())] += 1
                continue
            taken = claim
    finally:
        mark_taken()
        _close(backend)
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
    changed = _holding(claim).update(lease_until=token, updated_at=now)
    return Claim(claim.pk, claim.version, token) if changed else None


def _mark_sent(claim: Claim, *, now: datetime) -> str:
    # Not conditional on the token: if our lease ran out and another worker re-claimed
    # the row, marking it sent stops that worker from sending a second copy.
    changed = Reminder.objects.filter(
        pk=claim.pk, version=claim.version, state=State.SENDING
    ).update(state=State.SENT, sent_at=now, lease_until=None, last_error="", updated_at=now)
    return Outcome.SENT if changed else Outcome.LOST


def _record_error(claim: Claim, *, row: Reminder, error: Exception, now: datetime) -> str:
    permanent = is_permanent(error)
    log.warning(
        "Outbox email %s not sent (%s): %s",
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


# SMTP errors


def is_permanent(error: Exception) -> bool:
    """5xx answers about this message are permanent; the rest may pass on a later try."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in error.recipients.values()]
        return bool(codes) and all(code >= 500 for code in codes)
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return False  # the server's account, not this message: an operator fixes it
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code >= 500
    # An address the mail backend cannot write down.
    return isinstance(error, ValueError)


def connection_lost(error: Exception) -> bool:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return any(code == 421 for code, _ in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        # An answer about this message; 421 means the server is closing the connection.
        return error.smtp_code == 421
    return isinstance(error, OSError)


def describe(error: Exception) -> str:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return "; ".join(
            f"{address}: {code} {_text(message)}"
            for address, (code, message) in error.recipients.items()
        )
    if isinstance(error, smtplib.SMTPResponseException):
        return f"{error.smtp_code} {_text(error.smtp_error)}"
    return f"{type(error).__name__}: {error}"


def _text(message) -> str:
    return message.decode(errors="replace") if isinstance(message, bytes) else str(message)


def _close(backend) -> None:
    try:
        backend.close()
    except (OSError, smtplib.SMTPException):  # the connection is gone either way
        log.debug("Closing the mail connection failed", exc_info=True)
