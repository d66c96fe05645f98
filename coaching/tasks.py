"""Celery tasks of coaching (found by autodiscover_tasks): thin, they only queue.

Every coaching email is a row of the outbox (coaching/emails.py) sent by its sweep
(``reminders.tasks.dispatch_due_reminders``). The one periodic job here finds the pending
reviews near their deadline and queues their nudges.
"""

from celery import shared_task
from django.utils import timezone

from coaching import review


@shared_task(name="coaching.tasks.send_review_nudges", ignore_result=True)
def send_review_nudges() -> int:
    """Beat: queue the nudges of pending reviews near their deadline; returns how many rows."""
    return review.queue_review_nudges(now=timezone.now())
