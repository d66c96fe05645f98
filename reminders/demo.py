"""Demo data for ``seed_demo``: the demo user's reminders, planned like real ones.

Runs after interviews/demo.py and letters/demo.py. Re-plans every interview of the user
through reminders/scheduling.py (idempotent, so rows the services already planned stay as
they are), then makes the nudge for "Northwind Analytics" (ended two hours ago, no letter
yet) due right now, quiet hours or not: with ``make run`` it reaches var/mail/ on the
next sweep, which is how a developer sees a reminder email end to end.
"""

from django.db.models import F

from letters.models import Letter
from reminders import scheduling
from reminders.models import Reminder

NORTHWIND = "Northwind Analytics"


def seed(*, user, now) -> dict[str, int]:
    for interview in user.interviews.select_related("owner").order_by("pk"):
        scheduling.reschedule_for_interview(interview, now=now)
    for letter in Letter.objects.filter(owner=user, status=Letter.Status.SENT).select_related(
        "interview__owner"
    ):
        scheduling.on_letter_sent(letter, now=now)

    northwind = (
        user.interviews.filter(company=NORTHWIND, ends_at__lte=now, follow_up_done_at__isnull=True)
        .order_by("-ends_at")
        .first()
    )
    if northwind is not None:
        nudge = Reminder.objects.filter(
            interview=northwind, kind=Reminder.Kind.NUDGE, sequence=1
        ).update(
            due_at=now,
            state=Reminder.State.SCHEDULED,
            lease_until=None,
            sent_at=None,
            attempts=0,
            last_error="",
            version=F("version") + 1,
            updated_at=now,
        )
        if not nudge:
            Reminder.objects.create(
                user=user, interview=northwind, kind=Reminder.Kind.NUDGE, due_at=now
            )
    return {
        "reminders": Reminder.objects.filter(
            user=user, state=Reminder.State.SCHEDULED, kind__in=scheduling.PLANNED_KINDS
        ).count()
    }
