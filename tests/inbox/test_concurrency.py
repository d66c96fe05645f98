"""Two workers checking the same mailbox at once record its reply once.

Real threads with their own database connections (run it on PostgreSQL with
DATABASE_URL, as CI does, for real row locks and SKIP LOCKED).
"""

import threading
from datetime import timedelta

import pytest
from django.db import connection as db_connection
from django.utils import timezone

from inbox import checking
from inbox.models import MailboxConnection, MailboxMatch
from interviews.models import Reply
from tests.inbox.conftest import USER
from tests.inbox.test_checking import connect, reply, sent_letter

pytestmark = pytest.mark.django_db(transaction=True)


def at_once(work, *, workers: int = 2) -> list:
    """Run ``work()`` in ``workers`` threads released together; their results."""
    start = threading.Barrier(workers)
    results, errors = [], []

    def run():
        try:
            start.wait(timeout=10)
            results.append(work())
        except Exception as error:  # reported below, not lost in the thread
            errors.append(error)
        finally:
            db_connection.close()

    threads = [threading.Thread(target=run) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    return results


def test_two_passes_at_once_check_a_mailbox_once_and_record_its_reply_once(user, dovecot):
    letter = sent_letter(user)
    connect(user, dovecot)
    dovecot.deliver(USER, reply(in_reply_to=letter.message_id))

    reports = at_once(lambda: checking.check_due(every=True))

    assert sum(report["ok"] for report in reports) == 1  # the lease: one worker looked
    assert Reply.objects.filter(interview=letter.interview).count() == 1
    assert MailboxMatch.objects.count() == 1


def test_two_looks_that_both_read_the_reply_record_it_once(user, dovecot):
    """Past the lease (a worker whose lease ran out while it was still looking): both
    read the same message, and the database still takes it once."""
    letter = sent_letter(user)
    connection = connect(user, dovecot)
    dovecot.deliver(USER, reply(in_reply_to=letter.message_id))
    now = timezone.now()
    token = now + timedelta(minutes=5)
    MailboxConnection.objects.filter(pk=connection.pk).update(lease_until=token)
    claim = checking.Claim(connection.pk, token)

    reports = at_once(lambda: checking.check_claimed(claim, now=now))

    assert sorted(report["recorded"] for report in reports) == [0, 1]
    assert Reply.objects.filter(interview=letter.interview).count() == 1
    match = MailboxMatch.objects.get()
    assert match.state == MailboxMatch.State.RECORDED
