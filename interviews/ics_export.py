"""Interviews as RFC 5545 calendar events, built with the icalendar library.

Times are written in UTC; each event's UID is stable (it names the row, not the
moment) and its SEQUENCE grows when the interview's times change, so a calendar that
subscribed replaces the event instead of adding a second one. The feed of every
upcoming event (reminders' check-ins included) builds on these in ``insights``.

Every text value goes in through ``add_text``: icalendar escapes a line feed only in
some properties and lets a bare carriage return through in all of them, so a role saved
as ``Dev\rBEGIN:VALARM…`` would otherwise start a line of its own in the file.
"""

import unicodedata
from datetime import UTC, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse
from icalendar import Alarm, Calendar, Event, vText

from interviews.models import follow_up_window_text

PRODID = "-//Followup//Followup calendar 1.0//EN"
# The follow-up deadline shows as a short block ending when the follow-up window closes.
DEADLINE_BLOCK = timedelta(minutes=30)
DEADLINE_ALARM = timedelta(hours=4)


def uid_domain() -> str:
    return urlsplit(settings.SITE_URL).hostname or "followup.local"


def ics_text(value) -> vText:
    """Any text for a calendar property, with no CR or LF left to start a line of its own.

    Each line break (CR, LF, CRLF and the Unicode ones) becomes one LF, which ``vText``
    writes as the two characters ``\\n``; a tab becomes a space; any other control
    character is dropped.
    """
    text = "\n".join(str(value).splitlines()).replace("\t", " ")
    return vText("".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc"))


def add_text(component, name: str, value) -> None:
    component.add(name, ics_text(value))


def new_calendar(*, name: str) -> Calendar:
    calendar = Calendar()
    add_text(calendar, "prodid", PRODID)
    add_text(calendar, "version", "2.0")
    add_text(calendar, "calscale", "GREGORIAN")
    add_text(calendar, "method", "PUBLISH")
    add_text(calendar, "x-wr-calname", name)
    return calendar


def _utc(moment):
    return moment.astimezone(UTC)


def _url(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def interview_event(interview, *, now) -> Event:
    event = Event()
    add_text(event, "uid", f"interview-{interview.pk}@{uid_domain()}")
    event.add("dtstamp", _utc(now))
    event.add("sequence", interview.calendar_sequence)
    event.add("dtstart", _utc(interview.starts_at))
    event.add("dtend", _utc(interview.ends_at))
    add_text(event, "summary", f"Interview: {interview.role} at {interview.company}")
    if interview.location:
        add_text(event, "location", interview.location)
    event.add("url", _url(interview.get_absolute_url()))
    add_text(
        event,
        "description",
        f"{interview.get_round_display()} ({interview.get_format_display()}).\n"
        f"Send your follow-up letter within {_window_hours()} hours: "
        f"{_url(interview.get_absolute_url())}",
    )
    return event


def deadline_event(interview, *, now) -> Event:
    """The follow-up window's close, with an alarm 4 hours before it."""
    closes_at = _utc(interview.window_closes_at)
    event = Event()
    add_text(event, "uid", f"interview-{interview.pk}-follow-up@{uid_domain()}")
    event.add("dtstamp", _utc(now))
    event.add("sequence", interview.calendar_sequence)
    event.add("dtstart", closes_at - DEADLINE_BLOCK)
    event.add("dtend", closes_at)
    add_text(event, "summary", f"Follow-up letter due: {interview.company}")
    add_text(event, "transp", "TRANSPARENT")
    letter_url = _url(f"/interviews/{interview.pk}/letter/")
    add_text(
        event,
        "description",
        f"The {_window_hours()}-hour window after your {interview.role} interview closes at "
        f"the end of this event. Write the letter: {letter_url}",
    )
    event.add("url", letter_url)
    alarm = Alarm()
    add_text(alarm, "action", "DISPLAY")
    add_text(alarm, "description", f"4 hours left to send your follow-up to {interview.company}")
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


def _window_hours() -> str:
    return follow_up_window_text()
