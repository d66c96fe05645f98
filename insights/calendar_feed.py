"""The user's private feed: upcoming interviews, open follow-up deadlines, planned check-ins.

Built from the same events as an interview's "Add to calendar" file
(``interviews.ics_export``) plus the check-ins, which are reminder rows. Each list is
capped, so a request does bounded work however long the user's history.
"""

from datetime import UTC, timedelta

from django.conf import settings
from icalendar import Event

from interviews.ics_export import (
    add_text,
    deadline_event,
    interview_event,
    new_calendar,
    uid_domain,
)
from interviews.models import Interview, follow_up_window
from reminders.models import Reminder
from reminders.scheduling import PENDING

MAX_EVENTS_PER_KIND = 200
CHECK_IN_LENGTH = timedelta(minutes=15)


def feed_calendar(*, user, now):
    calendar = new_calendar(name="Followup: interviews and follow-ups")
    mine = Interview.objects.filter(owner=user)
    for interview in mine.filter(ends_at__gt=now).order_by("starts_at")[:MAX_EVENTS_PER_KIND]:
        calendar.add_component(interview_event(interview, now=now))
    open_deadlines = mine.filter(
        ends_at__gt=now - follow_up_window(),
        follow_up_done_at__isnull=True,
        outcome=Interview.Outcome.AWAITING,
    ).order_by("ends_at")[:MAX_EVENTS_PER_KIND]
    for interview in open_deadlines:
        calendar.add_component(deadline_event(interview, now=now))
    check_ins = (
        Reminder.objects.filter(
            user=user, kind=Reminder.Kind.CHECK_IN, state__in=PENDING, due_at__gt=now
        )
        .select_related("interview")
        .order_by("due_at")[:MAX_EVENTS_PER_KIND]
    )
    for reminder in check_ins:
        interview = reminder.interview
        event = Event()
        add_text(event, "uid", f"check-in-{reminder.pk}@{uid_domain()}")
        event.add("dtstamp", now.astimezone(UTC))
        # Every reschedule bumps the row's version, so the calendar takes the new time.
        event.add("sequence", reminder.version - 1)
        event.add("dtstart", reminder.due_at.astimezone(UTC))
        event.add("dtend", (reminder.due_at + CHECK_IN_LENGTH).astimezone(UTC))
        add_text(event, "summary", f"Check in with {interview.company}")
        add_text(event, "transp", "TRANSPARENT")
        url = f"{settings.SITE_URL}{interview.get_absolute_url()}"
        add_text(
            event,
            "description",
            f"No reply yet about your {interview.role} interview? A short check-in helps. "
            f"Heard back already? Record their reply: {url}",
        )
        event.add("url", url)
        calendar.add_component(event)
    return calendar
