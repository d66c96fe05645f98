"""Writes of the inbox app: connect and disconnect a mailbox, record what a check found.

``record_thread_match`` and ``suggest_address_match`` are safe to call twice and from
two workers at once: the interview row is locked while we look, and the unique
(owner, message_id_hash) makes a message count once whatever happens.
"""

from __future__ import annotations

from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from inbox import crypto
from inbox.imap import Account
from inbox.models import MailboxConnection, MailboxMatch
from interviews.models import Interview, Reply
from interviews.services import record_reply_found_in_mailbox
from letters.models import Letter


def mailbox_connect(*, owner, account: Account, now: datetime | None = None) -> MailboxConnection:
    """Save (or replace) the user's mailbox, password encrypted; checked from now on.

    A new server or username starts afresh (its folders are another mailbox's); a new
    password for the same mailbox keeps where the checks had got to, and lifts a pause.
    """
    now = now or timezone.now()
    with transaction.atomic():
        connection = MailboxConnection.objects.select_for_update().filter(owner=owner).first()
        if connection is None:
            connection = MailboxConnection(owner=owner)
        same_mailbox = (connection.host, connection.username) == (account.host, account.username)
        connection.host = account.host
        connection.port = account.port
        connection.security = account.security
        connection.username = account.username
        connection.auth = MailboxConnection.Auth.PASSWORD
        connection.secret = crypto.encrypt(account.password)
        connection.state = MailboxConnection.State.ACTIVE
        connection.next_check_at = now
        connection.lease_until = None
        connection.failures = 0
        connection.paused_notified_at = None
        connection.last_result = "connected"
        connection.last_message = "Connected. The first check runs within minutes."
        if not same_mailbox:
            connection.folders = {}
            connection.last_checked_at = None
        connection.save()
    return connection


def mailbox_disconnect(*, owner) -> bool:
    """Forget the mailbox and its password at once; the matches already made stay."""
    deleted, _ = MailboxConnection.objects.filter(owner=owner).delete()
    return bool(deleted)


def record_thread_match(
    *, letter: Letter, received_at: datetime, message_id_hash: str
) -> MailboxMatch | None:
    """A reply in the letter's thread: the match, RECORDED, and the interview's reply.

    None (and nothing changed) when this message was matched before, whatever became of
    that match (dismissed, undone), or when the interview has a reply already.
    """
    with transaction.atomic():
        match = _match_once(
            letter=letter,
            how=MailboxMatch.How.THREAD,
            state=MailboxMatch.State.RECORDED,
            received_at=received_at,
            message_id_hash=message_id_hash,
        )
        if match is not None:
            record_reply_found_in_mailbox(interview=letter.interview, received_on=received_at)
    return match


def suggest_address_match(
    *, letter: Letter, received_at: datetime, message_id_hash: str
) -> MailboxMatch | None:
    """Mail from the recipient's address, no thread: a question for the user, nothing else."""
    with transaction.atomic():
        return _match_once(
            letter=letter,
            how=MailboxMatch.How.ADDRESS,
            state=MailboxMatch.State.SUGGESTED,
            received_at=received_at,
            message_id_hash=message_id_hash,
        )


def _match_once(*, letter: Letter, message_id_hash: str, **fields) -> MailboxMatch | None:
    """The match, unless this message was matched before or the interview has a reply;
    the interview row is locked while we look (call inside a transaction)."""
    letter.interview = Interview.objects.select_for_update().get(pk=letter.interview_id)
    if _seen(owner_id=letter.owner_id, message_id_hash=message_id_hash):
        return None
    if Reply.objects.filter(interview=letter.interview).exists():
        return None
    return _create(letter=letter, message_id_hash=message_id_hash, **fields)


def _seen(*, owner_id: int, message_id_hash: str) -> bool:
    return MailboxMatch.objects.filter(owner_id=owner_id, message_id_hash=message_id_hash).exists()


def _create(**fields) -> MailboxMatch | None:
    letter = fields["letter"]
    try:
        with transaction.atomic():  # a savepoint: the unique constraint may refuse it
            return MailboxMatch.objects.create(owner_id=letter.owner_id, **fields)
    except IntegrityError:
        return None
