"""Celery tasks of the outbox (found by autodiscover_tasks).

Thin: the rows hold the schedule and reminders/dispatch.py does the work. Beat runs
``dispatch_due_reminders`` every REMINDER_SWEEP_SECONDS; an app that queues an email
for now also runs it after its commit (``send_soon``), so a daytime email need not wait
for the next beat. Nothing is ever scheduled days ahead with an ETA.
"""

import logging

from celery import shared_task
from django.db import transaction

from reminders import dispatch

log = logging.getLogger(__name__)


# A lost or repeated sweep costs nothing (rows hold the truth), so it is acknowledged on
# receipt: a worker killed mid-sweep leaves leases to expire, not a message to redeliver.
@shared_task(name="reminders.tasks.dispatch_due_reminders", acks_late=False, ignore_result=True)
def dispatch_due_reminders() -> dict[str, int]:
    report = dispatch.dispatch_due()
    if report:
        log.info("Outbox sweep: %s", dict(report))
    return dict(report)


def send_soon() -> None:
    """Run a sweep once the current transaction commits (its new rows are visible then)."""
    transaction.on_commit(dispatch_due_reminders.delay)
