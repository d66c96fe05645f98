"""Interviews as RFC 5545 calendar events, built with the icalendar library.

Times are written in UTC; each event's UID is stable (it names the row, not the
moment) and its SEQUENCE grows when the interview's times change, so a calendar that
subscribed replaces the event instead of adding a second one. The feed of every
upcoming event (reminders' check-ins included) builds on these in ``insights``.
"""

from datetime import UTC, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse
from icalendar import Alarm, Calendar, Event

PRODID = "-//Followup//Followup calendar 1.0//EN"
# The follow-up deadline shows as a short block ending when the 24-hour window closes.
DEADLINE_BLOCK = timedelta(minutes=30)
DEADLINE_ALARM = timedelta(hours=4)


def uid_domain() -> str:
    return urlsplit(settings.SITE_URL).hostname or "followup.local"


def new_calendar(*, name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    return calendar


def _utc(moment):
    return moment.astimezone(UTC)


def _url(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def interview_event(interview, *, now) -> Event:
    event = Event()
    event.add("uid", f"interview-{interview.pk}@{uid_domain()}")
    event.add("dtstamp", _utc(now))
    event.add("sequence", interview.calendar_sequence)
    event.add("dtstart", _utc(interview.starts_at))
    event.add("dtend", _utc(interview.ends_at))
    event.add("summary", f"Interview: {interview.role} at {interview.company}")
    if interview.location:
        event.add("location", interview.location)
    event.add("url", _url(interview.get_absolute_url()))
    event.add(
        "description",
        f"{interview.get_round_display()} ({interview.get_format_display()}).\n"
        f"Send your follow-up letter within 24 hours: {_url(interview.get_absolute_url())}",
    )
    return event


def deadline_event(interview, *, now) -> Event:
    """The 24-hour follow-up window's close, with an alarm 4 hours before it."""
    closes_at = _utc(interview.window_closes_at)
    event = Event()
    event.add("uid", f"interview-{interview.pk}-follow-up@{uid_domain()}")
    event.add("dtstamp", _utc(now))
    event.add("sequence", interview.calendar_sequence)
    event.add("dtstart", closes_at - DEADLINE_BLOCK)
    event.add("dtend", closes_at)
    event.add("summary", f"Follow-up letter due: {interview.company}")
    event.add("transp", "TRANSPARENT")
    letter_url = _url(f"/interviews/{interview.pk}/letter/")
    event.add(
        "description",
        f"The 24-hour window after your {interview.role} interview closes at the end of "
        f"this event. Write the letter: {letter_url}",
    )
    event.add("url", letter_url)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"4 hours left to send your follow-up to {interview.company}")
    alarm.add("trigger", -DEADLINE_ALARM, parameters={"RELATED": "END"})
    event.add_component(alarm)
    return event


def interview_calendar(interview, *, now) -> Calendar:
    calendar = new_calendar(name=f"{interview.role} at {interview.company}")
    calendar.add_component(interview_event(interview, now=now))
    calendar.add_component(deadline_event(interview, now=now))
    return calendar


def ics_response(calendar: Calendar, *, filename: str) -> HttpResponse:
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
