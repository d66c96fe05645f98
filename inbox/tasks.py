"""Celery task of the inbox (found by autodiscover_tasks): beat's "look at due mailboxes".

Thin: the connections hold the schedule (``next_check_at``) and inbox/checking.py does
the work. A lost or repeated run costs nothing, so it is acknowledged on receipt.
"""

import logging

from celery import shared_task

from inbox import checking

log = logging.getLogger(__name__)


@shared_task(name="inbox.tasks.check_due_mailboxes", acks_late=False, ignore_result=True)
def check_due_mailboxes() -> dict[str, int]:
    report = checking.check_due()
    if report:
        log.info("Mailbox checks: %s", dict(report))
    return dict(report)
