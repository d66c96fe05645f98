"""The reminders app's part of the user's data: export, and cancelling on deletion."""

from django.db.models import Q

from accounts.userdata import stored_rows
from reminders.models import Reminder
from reminders.scheduling import cancel_reminders


def reminders(*, user) -> list[dict]:
    """The reminders addressed to the user (sent, pending, cancelled)."""
    return stored_rows(Reminder.objects.filter(user=user))


def cancel_before_delete(*, user, now) -> None:
    """Nothing pending about or to this user may still go out: a worker holding a claim
    sees a new version and sends nothing; the rows then go with the account."""
    cancel_reminders(
        Reminder.objects.filter(Q(user=user) | Q(interview__owner=user) | Q(letter__owner=user))
    )
