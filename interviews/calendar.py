"""Read an interview invite (.ics) into the facts we prefill an interview with.

Pure: no models, no database. The upload form and `import_interview` call
`parse_invite` and show a `CalendarImportError` to the user as it is; everything
else is a best guess the user checks on the prefilled form. Every step is bounded
(`interviews.ical.limits`): size, lines, attendees, TZID length, time-zone changes
and a wall-clock budget for the whole parse. The company, role and round come from
the title (`interviews.titles`), helped by the people's names and email domains.
"""

import logging
import re
import warnings
import zoneinfo
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from icalendar import Calendar, Event, Timezone, vBroken
from icalendar.error import GloballyUniqueTZIDGuessed

from interviews.ical import notes, places
from interviews.ical.limits import (
    EARLIEST_YEAR,
    LATEST_YEAR,
    MAX_ICS_BYTES,
    CalendarImportError,
    Deadline,
    check_size,
    check_text,
)
from interviews.ical.people import (
    InviteAttendee,
    company_from_people,
    company_label,
    invite_people,
    is_no_reply,
    personal_names,
    user_names,
    with_sole_decision_maker,
)
from interviews.ical.timezones import tzid_key, zone_for_tzid, zone_or_none
from interviews.titles import guess_company_and_role, guess_round, read_title

__all__ = [
    "MAX_ICS_BYTES",
    "CalendarImportError",
    "InviteAttendee",
    "ParsedInvite",
    "guess_company_and_role",
    "parse_invite",
]

logger = logging.getLogger(__name__)

DEFAULT_DURATION = timedelta(hours=1)
MAX_DESCRIPTION_CHARS = 5_000  # what the interview's notes keep of it
MAX_DESCRIPTION_READ = 50_000  # what the notes and the people are read from

# Library errors we turn into "damaged file"; OSError comes from zoneinfo on absurd TZIDs.
_LIBRARY_ERRORS = (ValueError, TypeError, LookupError, OverflowError, OSError)


@dataclass(frozen=True)
class ParsedInvite:
    summary: str
    company: str
    role: str
    starts_at: datetime
    ends_at: datetime
    location: str
    meeting_url: str
    description: str
    attendees: tuple[InviteAttendee, ...]
    round: str = "other"


def parse_invite(
    data: bytes,
    *,
    user_email: str = "",
    user_name: str = "",
    default_tz: str = "UTC",
    deadline: Deadline | None = None,
) -> ParsedInvite:
    """Parse an invite; floating times are read in `default_tz`, the user's IANA zone.

    `default_tz` comes from the user's profile, so an unknown name is a bug and
    raises ZoneInfoNotFoundError rather than CalendarImportError. The user's own
    name and address are never taken as an interviewer or the company.
    """
    deadline = deadline or Deadline()
    floating_zone = zoneinfo.ZoneInfo(default_tz)
    with deadline.enforced():
        return _parse(
            data,
            user_email=user_email,
            user_name=user_name,
            floating_zone=floating_zone,
            deadline=deadline,
        )


def _parse(data, *, user_email, user_name, floating_zone, deadline) -> ParsedInvite:
    event, vtimezones, calendar_zone = _first_live_event(_read_calendars(data, deadline=deadline))
    deadline.check()
    zones = {
        "vtimezones": vtimezones,
        "floating_zone": calendar_zone or floating_zone,
        "deadline": deadline,
    }
    try:
        return _invite_from_event(
            event,
            zones=zones,
            user_email=user_email,
            user_name=user_name,
            deadline=deadline,
        )
    except CalendarImportError:
        raise
    except (*_LIBRARY_ERRORS, RecursionError) as exc:
        logger.warning("Unreadable event in an uploaded invite", exc_info=True)
        raise CalendarImportError("The calendar file is damaged or incomplete.") from exc


# The file


def _read_calendars(data: bytes, *, deadline: Deadline) -> list[Calendar]:
    if not data.strip():
        raise CalendarImportError("The file is empty.")
    check_size(data)
    data = data.removeprefix(b"\xef\xbb\xbf").lstrip()
    if data[:15].upper() != b"BEGIN:VCALENDAR":
        raise CalendarImportError("The file is not a calendar invite (.ics).")
    # Unfold before decoding: some writers fold in the middle of a multi-byte
    # character, and RFC 5545 asks readers to put it back together.
    data = re.sub(rb"\r?\n[ \t]", b"", data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CalendarImportError("The file is not readable text (it is not UTF-8).") from exc
    check_text(text)
    try:
        # icalendar warns when it guesses a vendor-prefixed TZID; we resolve zones ourselves.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", GloballyUniqueTZIDGuessed)
            calendars = Calendar.from_ical(text, multiple=True)
    except (*_LIBRARY_ERRORS, AttributeError, RecursionError) as exc:
        # icalendar trips over some nesting
        raise CalendarImportError("The calendar file is damaged or incomplete.") from exc
    if not calendars:
        raise CalendarImportError("The calendar file is damaged or incomplete.")
    deadline.check()
    return calendars


def _first_live_event(
    calendars: list[Calendar],
) -> tuple[Event, dict[str, Timezone], tzinfo | None]:
    """The first event not cancelled, the file's VTIMEZONEs, and its calendar's X-WR-TIMEZONE."""
    events = []
    vtimezones = {}
    for calendar in calendars:
        # Google exports mean floating times "in X-WR-TIMEZONE" (its UTC times are UTC
        # anyway). Read it ourselves: converting the calendar with a library would ask
        # every zone in the file for offsets, a file's own VTIMEZONE included.
        calendar_zone = zone_or_none(str(calendar.get("X-WR-TIMEZONE", "")).strip())
        cancelled = str(calendar.get("METHOD", "")).upper() == "CANCEL"
        events += [(event, cancelled, calendar_zone) for event in calendar.walk("VEVENT")]
        vtimezones |= {
            tzid_key(vtz["TZID"]): vtz for vtz in calendar.walk("VTIMEZONE") if "TZID" in vtz
        }
    if not events:
        raise CalendarImportError("The calendar has no event in it.")
    for event, cancelled, calendar_zone in events:
        if not cancelled and str(_first(event, "STATUS")).upper() != "CANCELLED":
            return event, vtimezones, calendar_zone
    raise CalendarImportError("The invite only contains cancelled events.")


def _invite_from_event(event, *, zones, user_email, user_name, deadline) -> ParsedInvite:
    starts_at, ends_at = _times(event, zones=zones)
    deadline.check()
    summary = places.text_of(event, "SUMMARY")
    location = places.text_of(event, "LOCATION")
    raw_description = places.text_of(event, "DESCRIPTION")
    # Real invites' descriptions are a few kilobytes; the rest of a huge one is not read.
    description = notes.without_boilerplate(raw_description[:MAX_DESCRIPTION_READ])
    names = [user_name or _name_of(user_email), *user_names(event, user_email=user_email)]
    people = invite_people(
        event,
        user_email=user_email,
        description=description,
        summary=summary,
        user_names=tuple(names),
    )
    deadline.check()
    title = read_title(
        summary,
        names=[*names, *personal_names(people)],
        domains=[label for person in people if (label := company_label(person.email))],
    )
    deadline.check()
    return ParsedInvite(
        summary=summary,
        company=title.company or company_from_people(people),
        role=title.role,
        starts_at=starts_at,
        ends_at=ends_at,
        location=places.physical_location(location),
        meeting_url=places.meeting_url(event, location=location, description=raw_description),
        description=description[:MAX_DESCRIPTION_CHARS],
        # Nobody can write a follow-up to a scheduling tool's no-reply address.
        attendees=tuple(
            with_sole_decision_maker(
                [person for person in people if not is_no_reply(person.email)], summary=summary
            )
        ),
        round=title.round
        if title.round != "other"
        else guess_round(description[:MAX_DESCRIPTION_CHARS]),
    )


def _name_of(email: str) -> str:
    """'sam.lee@gmail.com' -> 'sam lee': the user's name when the profile has none.

    Only a first.last address reads as a name; 'acmefan@gmail.com' says nothing.
    """
    words = re.split(r"[._-]+", email.strip().partition("@")[0].partition("+")[0])
    return " ".join(words) if len(words) >= 2 and all(words) else ""


def _first(event: Event, name: str):
    """The property, or the first of a property that should not repeat but does."""
    value = event.get(name, "")
    return value[0] if isinstance(value, list) and value else value


# Times


def _times(event: Event, *, zones) -> tuple[datetime, datetime]:
    if "DTSTART" not in event:
        raise CalendarImportError("The event has no start time.")
    starts_at = _utc(_first(event, "DTSTART"), which="start", **zones)
    if starts_at is None:
        raise CalendarImportError("The event has no start time, only a date.")
    if "DTEND" in event:
        ends_at = _utc(_first(event, "DTEND"), which="end", **zones)
        if ends_at is None:
            raise CalendarImportError("The event has no end time, only a date.")
    elif "DURATION" in event:
        duration = _first(event, "DURATION")
        if isinstance(duration, vBroken) or not isinstance(duration.dt, timedelta):
            raise CalendarImportError("The event's duration is not valid.")
        ends_at = starts_at + duration.dt
    else:
        ends_at = starts_at + DEFAULT_DURATION
    if ends_at <= starts_at:
        raise CalendarImportError("The event's end is not after its start.")
    for which, moment in (("start", starts_at), ("end", ends_at)):
        if not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
            raise CalendarImportError(
                f"The event's {which} is not between {EARLIEST_YEAR} and {LATEST_YEAR}."
            )
    return starts_at, ends_at


def _utc(
    prop, *, which: str, vtimezones, floating_zone: tzinfo, deadline: Deadline
) -> datetime | None:
    """DTSTART or DTEND as an aware UTC datetime, or None if it is a date without a time."""
    if isinstance(prop, vBroken) or not isinstance(prop.dt, date):
        raise CalendarImportError(f"The event's {which} is not a valid date and time.")
    value = prop.dt
    if not isinstance(value, datetime):
        return None
    if tzid := str(prop.params.get("TZID", "")):
        # Resolve per file: icalendar keeps custom VTIMEZONEs in a process-wide
        # cache, so another user's upload could decide what a TZID means. Never ask
        # icalendar's own zone for an offset: it would expand the file's VTIMEZONE.
        local = value.replace(tzinfo=None)
        zone = zone_for_tzid(tzid, vtimezones, local=local, deadline=deadline)
        if zone is None:
            raise CalendarImportError(f'The invite uses an unknown time zone, "{tzid:.60}".')
        value = local.replace(tzinfo=zone)
    elif value.tzinfo is None:
        value = value.replace(tzinfo=floating_zone)
    return value.astimezone(UTC)
