"""One pass over the mailboxes: claim each due connection with a lease, look, record.

Claiming is the outbox's (``reminders.leases.claim_rows``): ``SELECT ... FOR UPDATE SKIP
LOCKED`` where the database has it, then one UPDATE of the rows still due. The lease is the
claim's token; a worker that dies mid-look leaves it to expire. The look itself happens
outside any transaction (it waits on a remote server); each match is recorded in its own
short transaction.

A look reads only what it needs: nothing for a user with no letter waiting for a reply;
else, per folder, the five header fields of the messages new since the last look (or,
the first time and after a UIDVALIDITY change, of those since the oldest waiting letter
went out), a bounded number per pass and within a time budget. A refused password pauses
the connection and tells the user once; a server that is down is tried again later, each
time a little later (backoff, capped).
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from inbox import crypto, imap, matching, services
from inbox.emails import queue_paused_email
from inbox.models import MailboxConnection
from interviews.models import Interview
from letters.models import Letter
from reminders import leases

log = logging.getLogger(__name__)

State = MailboxConnection.State
# Beyond this the wait after failures stops growing.
MAX_BACKOFF = timedelta(hours=6)
# A claimed connection not released within this is claimed again (its worker died).
LEASE = timedelta(minutes=5)


@dataclass(frozen=True)
class Claim:
    pk: int
    token: datetime


class Outcome:
    OK = "ok"
    IDLE = "idle"  # no letter waits for a reply: the mailbox was not opened
    PAUSED = "paused"
    FAILED = "failed"
    LOST = "lost"


def check_due(*, now: datetime | None = None, every: bool = False) -> Counter:
    """Claim and check due connections (``every``: all active ones, due or not) until none
    is left to claim. Returns how many ended in each outcome, and what they found."""
    now = now or timezone.now()
    report: Counter = Counter()
    done: set[int] = set()  # each connection once per pass
    while claims := claim(now=now, limit=10, every=every, exclude=done):
        for one in claims:
            done.add(one.pk)
            report += check_claimed(one, now=now)
    return report


def due(*, now: datetime, every: bool = False, exclude=()):
    rows = (
        MailboxConnection.objects.filter(state=State.ACTIVE)
        .filter(Q(lease_until__isnull=True) | Q(lease_until__lt=now))
        .exclude(pk__in=list(exclude))
    )
    if not every:
        rows = rows.filter(Q(next_check_at__isnull=True) | Q(next_check_at__lte=now))
    return rows.order_by("next_check_at", "pk")


def claim(*, now: datetime, limit: int, every: bool = False, exclude=()) -> list[Claim]:
    """Claim up to ``limit`` connections for this worker; a second worker skips them."""
    token = leases.lease_token(now=now, lease=LEASE)
    rows = leases.claim_rows(
        lambda: due(now=now, every=every, exclude=exclude),
        limit=limit,
        changes={"lease_until": token},
        order=("next_check_at", "pk"),
    )
    return [Claim(pk, token) for (pk,) in rows]


def waiting_letters(owner) -> list[matching.WaitingLetter]:
    """The user's letters sent and still waiting for a reply (their interview has none)."""
    rows = (
        Letter.objects.filter(
            owner=owner,
            status=Letter.Status.SENT,
            sent_at__isnull=False,
            interview__outcome=Interview.Outcome.AWAITING,
            interview__reply_received_at__isnull=True,
            interview__reply__isnull=True,
        )
        .values_list("pk", "message_id", "recipient_email", "sent_at")
        .order_by("sent_at", "pk")
    )
    return [matching.WaitingLetter(*row) for row in rows]


def check_claimed(claim: Claim, *, now: datetime) -> Counter:
    report: Counter = Counter()
    connection = MailboxConnection.objects.select_related("owner").filter(pk=claim.pk).first()
    if connection is None:  # disconnected since the claim
        report[Outcome.LOST] += 1
        return report
    letters = waiting_letters(connection.owner)
    if not letters:
        _release(
            claim,
            now=now,
            result=Outcome.IDLE,
            message="No letter is waiting for a reply, so the mailbox was not opened.",
        )
        report[Outcome.IDLE] += 1
        return report
    try:
        found = look(connection, letters=letters, claim=claim, now=now)
    except imap.MailboxError as error:
        if error.is_auth:
            report[_pause(claim, connection=connection, error=error, now=now)] += 1
        else:
            report[_back_off(claim, connection=connection, error=error, now=now)] += 1
        return report
    except crypto.InvalidToken:
        log.error("Mailbox %s: no MAILBOX_ENCRYPTION_KEY opens its password", connection.pk)
        error = imap.MailboxError("key", "The saved password cannot be read: save it again.")
        report[_pause(claim, connection=connection, error=error, now=now)] += 1
        return report
    report += found
    parts = [f"{found['messages']} new message{'s' if found['messages'] != 1 else ''} read"]
    if found["recorded"]:
        parts.append(f"{found['recorded']} reply recorded")
    if found["suggested"]:
        parts.append(f"{found['suggested']} to confirm")
    _release(claim, now=now, result=Outcome.OK, message="; ".join(parts) + ".")
    report[Outcome.OK] += 1
    return report


def look(
    connection: MailboxConnection,
    *,
    letters: list[matching.WaitingLetter],
    claim: Claim,
    now: datetime,
) -> Counter:
    """Open the mailbox, read the new headers of each folder, record the matches."""
    found: Counter = Counter(messages=0, recorded=0, suggested=0)
    account = imap.Account(
        host=connection.host,
        port=connection.port,
        security=connection.security,
        username=connection.username,
        password=crypto.decrypt(connection.secret),
    )
    deadline = time.monotonic() + settings.MAILBOX_PASS_SECONDS
    budget = settings.MAILBOX_MAX_MESSAGES
    own = {a.lower() for a in (connection.username, connection.owner.email) if "@" in a}
    since = (min(letter.sent_at for letter in letters) - timedelta(days=1)).date()
    client = imap.connect(account, timeout=settings.MAILBOX_TIMEOUT_SECONDS)
    try:
        folders = dict(connection.folders or {})
        for folder in imap.folders_to_check(client):
            if budget <= 0 or time.monotonic() > deadline:
                break
            seen = imap.look(
                client,
                folder,
                known=folders.get(folder),
                since=since,
                limit=budget,
                deadline=deadline,
            )
            budget -= len(seen.headers)
            found["messages"] += len(seen.headers)
            for raw in seen.headers:
                headers = matching.parse_headers(raw)
                hit = matching.match(headers, letters=letters, own_addresses=own)
                if hit is None:
                    continue
                found[_record(hit, headers=headers, now=now)] += 1
                if hit.how == matching.THREAD:
                    # Answered: later messages in this pass are not about it any more.
                    letters = [x for x in letters if x.pk != hit.letter.pk]
            folders[folder] = {"uidvalidity": seen.uidvalidity, "last_uid": seen.last_uid}
            # Where this look got to, kept folder by folder (only while the claim holds).
            MailboxConnection.objects.filter(pk=claim.pk, lease_until=claim.token).update(
                folders=folders
            )
    except Exception as error:
        raise imap.describe(error, host=connection.host) from None
    finally:
        imap.close(client)
    return found


def _record(hit: matching.Match, *, headers: matching.Headers, now) -> str:
    letter = Letter.objects.select_related("owner").get(pk=hit.letter.pk)
    received_at = min(headers.date or now, now)
    digest = matching.message_id_hash(headers)
    if hit.how == matching.THREAD:
        made = services.record_thread_match(
            letter=letter, received_at=received_at, message_id_hash=digest
        )
        return "recorded" if made else "seen"
    made = services.suggest_address_match(
        letter=letter, received_at=received_at, message_id_hash=digest
    )
    return "suggested" if made else "seen"


# Recording the result: conditional on the claim, so a lost lease changes nothing.


def _holding(claim: Claim):
    return MailboxConnection.objects.filter(pk=claim.pk, lease_until=claim.token)


def _release(claim: Claim, *, now: datetime, result: str, message: str) -> None:
    _holding(claim).update(
        lease_until=None,
        next_check_at=now + timedelta(minutes=settings.MAILBOX_CHECK_MINUTES),
        failures=0,
        last_checked_at=now,
        last_result=result,
        last_message=message[:300],
        updated_at=now,
    )


def backoff(failures: int) -> timedelta:
    """After the n-th failure in a row: 2, 4, 8 ... check intervals, at most MAX_BACKOFF."""
    interval = timedelta(minutes=settings.MAILBOX_CHECK_MINUTES)
    return min(interval * 2 ** min(failures, 16), MAX_BACKOFF)


def _back_off(claim: Claim, *, connection, error: imap.MailboxError, now: datetime) -> str:
    failures = connection.failures + 1
    log.warning("Mailbox %s not checked (%s): %s", connection.pk, error.code, error.message)
    _holding(claim).update(
        lease_until=None,
        failures=failures,
        next_check_at=now + backoff(failures),
        last_checked_at=now,
        last_result=error.code,
        last_message=error.message[:300],
        updated_at=now,
    )
    return Outcome.FAILED


def _pause(claim: Claim, *, connection, error: imap.MailboxError, now: datetime) -> str:
    with transaction.atomic():
        changed = _holding(claim).update(
            state=State.PAUSED,
            lease_until=None,
            next_check_at=None,
            last_checked_at=now,
            last_result=error.code,
            last_message=error.message[:300],
            updated_at=now,
        )
        # Told once per pause: only the update that sets the mark queues the email.
        if changed and MailboxConnection.objects.filter(
            pk=claim.pk, paused_notified_at__isnull=True
        ).update(paused_notified_at=now):
            queue_paused_email(owner=connection.owner, connection_pk=connection.pk, now=now)
    return Outcome.PAUSED if changed else Outcome.LOST
