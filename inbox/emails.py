"""The inbox's outbox email: "We stopped checking your mailbox" (the password was refused).

One row of the one outbox (``reminders.models.Reminder``, kind ``mailbox_paused``), due in
the user's daytime (quiet hours are just ``due_at``) and sent by the outbox's sweep, which
asks the builder below for the message right before sending.
"""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.urls import reverse

from inbox.models import MailboxConnection
from reminders.emails import NotSending, OutboxMessage, compose, outbox_email
from reminders.models import Reminder
from reminders.schedule import move_out_of_quiet_hours
from reminders.scheduling import preferences_for
from reminders.tasks import send_soon

Kind = Reminder.Kind


def queue_paused_email(*, owner, connection_pk: int, now: datetime) -> Reminder | None:
    """Tell ``owner`` that their mailbox is paused; None if they turned emails off."""
    if not (owner.is_active and owner.email_reminders):
        return None
    row = Reminder.objects.create(
        kind=Kind.MAILBOX_PAUSED,
        user=owner,
        object_id=connection_pk,
        due_at=move_out_of_quiet_hours(now, prefs=preferences_for(owner)),
    )
    send_soon()
    return row


@outbox_email(Kind.MAILBOX_PAUSED)
def mailbox_paused_email(row: Reminder, *, now: datetime) -> OutboxMessage:
    user = row.user
    if not user.email_reminders:
        raise NotSending("Not sent: the user unsubscribed from these emails.")
    connection = MailboxConnection.objects.filter(pk=row.object_id, owner=user).first()
    if connection is None:
        raise NotSending("The mailbox was disconnected.")
    if connection.state != MailboxConnection.State.PAUSED:
        raise NotSending("The mailbox works again.")
    context = {
        "connection": connection,
        "url": settings.SITE_URL + reverse("mailbox"),
    }
    return compose(row, "mailbox_paused", context)
