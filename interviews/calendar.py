"""Read an interview invite (.ics) into the facts we prefill an interview with.

Pure: no models, no database. The upload form calls `parse_invite` and shows a
`CalendarImportError` to the user as it is; everything else is a best guess the
user checks on the prefilled form. The company and role guessed from the title
live in `invite_summary` (`guess_company_and_role` is importable from here too),
and what a TZID means in `invite_timezones`.
"""

import logging
import re
import warnings
import zoneinfo
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from urllib.parse import urlsplit

import x_wr_timezone
from icalendar import Calendar, Event, Timezone, vBroken
from icalendar.error import GloballyUniqueTZIDGuessed

from interviews.invite_summary import guess_company_and_role, tidy
from interviews.invite_timezones import tzid_key, zone_for_tzid, zone_or_none

logger = logging.getLogger(__name__)

MAX_ICS_BYTES = 1_000_000
DEFAULT_DURATION = timedelta(hours=1)

# Library errors we turn into "damaged file"; OSError comes from zoneinfo on absurd TZIDs.
_LIBRARY_ERRORS = (ValueError, TypeError, LookupError, OverflowError, OSError)


class CalendarImportError(ValueError):
    """A file we cannot import; str(exc) is one line the user can read."""


@dataclass(frozen=True)
class InviteAttendee:
    name: str
    email: str
    is_organizer: bool


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


def parse_invite(data: bytes, *, user_email: str = "", default_tz: str = "UTC") -> ParsedInvite:
    """Parse an invite; floating times are read in `default_tz`, the user's IANA zone.

    `default_tz` comes from the user's profile, so an unknown name is a bug and
    raises ZoneInfoNotFoundError rather than CalendarImportError.
    """
    floating_zone = zoneinfo.ZoneInfo(default_tz)
    event, vtimezones = _first_live_event(_read_calendars(data))
    try:
        return _invite_from_event(
            event, vtimezones=vtimezones, floating_zone=floating_zone, user_email=user_email
        )
    except CalendarImportError:
        raise
    except _LIBRARY_ERRORS as exc:
        logger.warning("Unreadable event in an uploaded invite", exc_info=True)
        raise CalendarImportError("The calendar file is damaged or incomplete.") from exc


# The file


def _read_calendars(data: bytes) -> list[Calendar]:
    if not data.strip():
        raise CalendarImportError("The file is empty.")
    if len(data) > MAX_ICS_BYTES:
        raise CalendarImportError(
            "The file is larger than 1 MB; an invite is usually a few kilobytes."
        )
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
    try:
        # icalendar warns when it guesses a vendor-prefixed TZID; we resolve zones ourselves.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", GloballyUniqueTZIDGuessed)
            calendars = Calendar.from_ical(text, multiple=True)
    except (*_LIBRARY_ERRORS, AttributeError) as exc:  # icalendar trips over some nesting
        raise CalendarImportError("The calendar file is damaged or incomplete.") from exc
    if not calendars:
        raise CalendarImportError("The calendar file is damaged or incomplete.")
    return calendars


def _first_live_event(calendars: list[Calendar]) -> tuple[Event, dict[str, Timezone]]:
    events = []
    vtimezones = {}
    for calendar in calendars:
        if zone_or_none(str(calendar.get(x_wr_timezone.X_WR_TIMEZONE, "")).strip()):
            # Google exports mean UTC and floating times "in X-WR-TIMEZONE".
            calendar = x_wr_timezone.to_standard(calendar)
        cancelled = str(calendar.get("METHOD", "")).upper() == "CANCEL"
        events += [(event, cancelled) for event in calendar.walk("VEVENT")]
        vtimezones |= {
            tzid_key(vtz["TZID"]): vtz for vtz in calendar.walk("VTIMEZONE") if "TZID" in vtz
        }
    if not events:
        raise CalendarImportError("The calendar has no event in it.")
    for event, cancelled in events:
        if not cancelled and str(_first(event, "STATUS")).upper() != "CANCELLED":
            return event, vtimezones
    raise CalendarImportError("The invite only contains cancelled events.")


def _invite_from_event(event, *, vtimezones, floating_zone, user_email) -> ParsedInvite:
    if "DTSTART" not in event:
        raise CalendarImportError("The event has no start time.")
    zones = {"vtimezones": vtimezones, "floating_zone": floating_zone}
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

    summary = _text(event, "SUMMARY")
    location = _text(event, "LOCATION")
    description = _text(event, "DESCRIPTION")
    people = _people(event, user_email=user_email)
    company, role = guess_company_and_role(summary)
    return ParsedInvite(
        summary=summary,
        company=company or _company_from_people(people),
        role=role,
        starts_at=starts_at,
        ends_at=ends_at,
        location=_physical_location(location),
        meeting_url=_meeting_url(event, location=location, description=description),
        description=_without_join_boilerplate(description),
        # Nobody can write a follow-up to a scheduling tool's no-reply address.
        attendees=tuple(person for person in people if not _is_no_reply(person.email)),
    )


def _first(event: Event, name: str):
    """The property, or the first of a property that should not repeat but does."""
    value = event.get(name, "")
    return value[0] if isinstance(value, list) and value else value


def _text(event: Event, name: str) -> str:
    return str(_first(event, name)).replace("\r\n", "\n").strip()


# Times


def _utc(prop, *, which: str, vtimezones, floating_zone: tzinfo) -> datetime | None:
    """DTSTART or DTEND as an aware UTC datetime, or None if it is a date without a time."""
    if isinstance(prop, vBroken) or not isinstance(prop.dt, date):
        raise CalendarImportError(f"The event's {which} is not a valid date and time.")
    value = prop.dt
    if not isinstance(value, datetime):
        return None
    if tzid := str(prop.params.get("TZID", "")):
        # Resolve per file: icalendar keeps custom VTIMEZONEs in a process-wide
        # cache, so another user's upload could decide what a TZID means.
        zone = zone_for_tzid(tzid, vtimezones)
        if zone is None:
            raise CalendarImportError(f'The invite uses an unknown time zone, "{tzid:.60}".')
        value = value.replace(tzinfo=zone)
    elif value.tzinfo is None:
        value = value.replace(tzinfo=floating_zone)
    return value.astimezone(UTC)


# People


def _people(event: Event, *, user_email: str) -> list[InviteAttendee]:
    """Organizer first, then attendees, without the user, rooms and repeats."""
    user_email = _email(user_email)
    organizer = [(_first(event, "ORGANIZER"), True)] if "ORGANIZER" in event else []
    attendees = event.get("ATTENDEE", [])
    if not isinstance(attendees, list):
        attendees = [attendees]
    people = []
    seen = {user_email}
    for address, is_organizer in organizer + [(a, False) for a in attendees]:
        email = _email(str(address))
        name = _display_name(address.params.get("CN", ""))
        if "@" not in email or email in seen or _is_room(address, email=email, name=name):
            continue
        seen.add(email)
        if not name or "@" in name:
            name = _name_from_email(email)
        elif match := _LAST_NAME_FIRST.fullmatch(name):  # Outlook's "Whitfield, Dana"
            name = f"{match[2]} {match[1]}"
        people.append(InviteAttendee(name=name, email=email, is_organizer=is_organizer))
    return people


def _display_name(cn: str | list[str]) -> str:
    if isinstance(cn, list):  # an unquoted CN=Whitfield, Dana reads as two values
        cn = ", ".join(part.strip() for part in cn)
    return cn.strip()


_LAST_NAME_FIRST = re.compile(r"([^\W\d_][\w'-]*),\s*([^\W\d_][\w'-]*)")


def _email(address: str) -> str:
    address = address.strip()
    if address[:7].lower() == "mailto:":
        address = address[7:]
    return address.strip().lower()


def _is_room(address, *, email: str, name: str) -> bool:
    return (
        str(address.params.get("CUTYPE", "")).upper() in {"RESOURCE", "ROOM"}
        or email.endswith("@resource.calendar.google.com")
        or re.search(r"\broom\b", name, re.IGNORECASE) is not None
    )


_NO_REPLY = re.compile(r"(?:no|do-?not)-?reply|notifications?|calendar-notification")


def _is_no_reply(email: str) -> bool:
    return _NO_REPLY.fullmatch(email.partition("@")[0]) is not None


def _name_from_email(email: str) -> str:
    """'jane.doe+interviews@acme.com' -> 'Jane Doe'."""
    local_part = email.partition("@")[0].partition("+")[0]
    return " ".join(word.capitalize() for word in re.split(r"[._-]+", local_part) if word)


# Company, from the people when the title names none (invite_summary reads the title)


# Addresses that say who runs the calendar or the tool, not who is hiring.
GENERIC_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "google.com", "outlook.com", "hotmail.com", "live.com",
    "msn.com", "yahoo.com", "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com",
    "calendly.com", "greenhouse.io", "lever.co", "goodtime.io", "ashbyhq.com", "workday.com",
    "myworkday.com", "smartrecruiters.com", "icims.com", "gem.com", "modernloop.io",
    "zoom.us", "zoom.com", "webex.com", "teams.microsoft.com",
})  # fmt: skip


def _company_from_people(people: list[InviteAttendee]) -> str:
    """'jane@globex.com' -> 'Globex', from the organizer first."""
    for person in people:
        domain = person.email.partition("@")[2]
        if domain and not any(domain == g or domain.endswith(f".{g}") for g in GENERIC_DOMAINS):
            labels = domain.split(".")[:-1]  # drop the top-level domain
            if len(labels) > 1 and labels[-1] in {"co", "com", "org", "net", "ac", "gov"}:
                labels.pop()  # acme.co.uk
            return labels[-1].replace("-", " ").title() if labels else ""
    return ""


# Where


MEETING_HOSTS = (
    "zoom.us", "zoom.com", "meet.google.com", "teams.microsoft.com", "teams.live.com",
    "webex.com", "whereby.com", "gotomeeting.com", "gotomeet.me", "meet.goto.com",
    "bluejeans.com", "chime.aws", "meet.jit.si", "around.co",
)  # fmt: skip
_URL = re.compile(r"https?://[^\s<>\"'\[\]]+", re.I)
_ONLINE_ONLY = re.compile(
    r"(?:join\s+)?(?:microsoft\s+teams|teams|zoom|google\s+meet|webex|online|virtual|remote)"
    r"(?:\s+(?:meeting|call|video\s+call))?",
    re.I,
)
# Google wraps its Meet instructions in -::~:~::~...::- lines, Outlook its Teams
# instructions in lines of underscores; the link itself is kept in meeting_url.
_JOIN_BOILERPLATE = re.compile(r"-::~[:~]+::-.*?-::~[:~]+::-|_{20,}\s*\n.*?\n\s*_{20,}", re.S)


def _urls(text: str) -> list[str]:
    return [url.rstrip(".,;:!?)") for url in _URL.findall(text)]


def _is_meeting_url(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == h or host.endswith(f".{h}") for h in MEETING_HOSTS)


def _meeting_url(event: Event, *, location: str, description: str) -> str:
    """A known video link from the conference fields, LOCATION, URL or description."""
    where_to_join = " ".join(
        _text(event, name)
        for name in ("X-GOOGLE-CONFERENCE", "CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL")
    )
    for text in (where_to_join, location, _text(event, "URL"), description):
        if url := next(filter(_is_meeting_url, _urls(text)), ""):
            return url
    # An unknown host in a field meant for joining is still the link to join.
    return next(iter(_urls(f"{where_to_join} {location}")), "")


def _physical_location(location: str) -> str:
    place = tidy(_URL.sub(" ", location))
    return "" if _ONLINE_ONLY.fullmatch(place) else place


def _without_join_boilerplate(description: str) -> str:
    return _JOIN_BOILERPLATE.sub("", description).strip()
