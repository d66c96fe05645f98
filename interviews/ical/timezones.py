"""Which time zone an invite's TZID means, at the moment of the event.

Outlook writes Windows names ("W. Europe Standard Time"), Google IANA names,
some tools their own VTIMEZONE or an RFC 5545 "globally unique" id; all of it is
user input, so only zones we know by name are ever looked up.

A file's own VTIMEZONE is never expanded into a whole zone (the calendar library
walks every change up to 2038, which an `RRULE:FREQ=MINUTELY` turns into hours and
gigabytes). We only need the offset at one moment, so we walk each rule's changes
up to the event, starting two years before it, and refuse a zone that changes more
often than yearly or more than MAX_ZONE_CHANGES times on the way.
"""

import contextlib
import logging
import zoneinfo
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import cache

from dateutil.rrule import rrulestr
from icalendar import Timezone
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from interviews.ical.limits import MAX_TZID_CHARS, MAX_ZONE_CHANGES, CalendarImportError, Deadline

logger = logging.getLogger(__name__)

# What a damaged VTIMEZONE raises while we read it (a vBroken value has no .dt or .td).
_UNUSABLE_VTIMEZONE_ERRORS = (ValueError, TypeError, LookupError, OverflowError, AttributeError)


def zone_for_tzid(
    tzid: str, vtimezones: dict[str, Timezone], *, local: datetime, deadline: Deadline
) -> tzinfo | None:
    """An IANA name, a Windows name, this file's VTIMEZONE, then a vendor-prefixed IANA name.

    ``local`` is the wall-clock time to place: a file's own VTIMEZONE is resolved
    to the fixed offset in force then.
    """
    name = tzid_key(tzid)
    if len(name) > MAX_TZID_CHARS:
        raise CalendarImportError(
            f"The invite's time zone name is longer than {MAX_TZID_CHARS} characters."
        )
    if zone := zone_or_none(name.strip("/")) or zone_or_none(WINDOWS_TO_OLSON.get(name, "")):
        return zone
    if vtimezone := vtimezones.get(name):
        try:
            return timezone(_offset_at(vtimezone, local.replace(tzinfo=None), deadline=deadline))
        except CalendarImportError:
            raise
        except _UNUSABLE_VTIMEZONE_ERRORS:
            logger.info("Unusable VTIMEZONE %r in an uploaded invite", name, exc_info=True)
    if name.startswith("/"):
        # RFC 5545 "globally unique" ids, e.g. /freeassociation.sourceforge.net/Europe/Berlin
        parts = name.strip("/").split("/")
        for start in range(1, len(parts)):
            if zone := zone_or_none("/".join(parts[start:])):
                return zone
    return None


def tzid_key(tzid) -> str:
    """A TZID as this file's VTIMEZONEs are keyed: without spaces or quotes around it."""
    return str(tzid).strip().strip('"')


def zone_or_none(name: str) -> zoneinfo.ZoneInfo | None:
    # Only known keys: a TZID is user input and ZoneInfo would look it up on disk.
    return zoneinfo.ZoneInfo(name) if name in _iana_zone_names() else None


@cache
def _iana_zone_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


# A file's own VTIMEZONE, around one moment


def _offset_at(vtimezone: Timezone, local: datetime, *, deadline: Deadline) -> timedelta:
    """The UTC offset the VTIMEZONE gives ``local``: that of its last change before it."""
    last_change: tuple[datetime, timedelta] | None = None
    first_rule: tuple[datetime, timedelta] | None = None
    for rule in vtimezone.subcomponents:
        if rule.name not in ("STANDARD", "DAYLIGHT"):
            continue
        starts = _naive(rule["DTSTART"].dt)
        offset_from, offset_to = rule["TZOFFSETFROM"].td, rule["TZOFFSETTO"].td
        if first_rule is None or starts < first_rule[0]:
            first_rule = (starts, offset_from)
        changed = _last_change(rule, starts=starts, local=local, deadline=deadline)
        if changed is not None and (last_change is None or changed > last_change[0]):
            last_change = (changed, offset_to)
    if last_change is not None:
        return last_change[1]
    if first_rule is not None:  # the event is older than every rule
        return first_rule[1]
    raise ValueError("A VTIMEZONE without STANDARD or DAYLIGHT")


def _last_change(rule, *, starts: datetime, local: datetime, deadline: Deadline):
    changes = [starts] if starts <= local else []
    rdates = rule.get("RDATE", [])
    for rdate_list in rdates if isinstance(rdates, list) else [rdates]:
        for index, rdate in enumerate(rdate_list.dts):
            if index > MAX_ZONE_CHANGES:
                raise _too_many_changes()
            if isinstance(rdate.dt, date) and (when := _naive(rdate.dt)) <= local:
                changes.append(when)
    rrules = rule.get("RRULE", [])
    for rrule in rrules if isinstance(rrules, list) else [rrules]:
        if (
            when := _last_recurrence(rrule, starts=starts, local=local, deadline=deadline)
        ) is not None:
            changes.append(when)
    return max(changes, default=None)


def _last_recurrence(rrule, *, starts: datetime, local: datetime, deadline: Deadline):
    if [str(freq).upper() for freq in rrule.get("FREQ", [])] != ["YEARLY"]:
        raise CalendarImportError(
            "The invite's own time zone changes more often than once a year; "
            "real time zones change at most a few times a year."
        )
    if "COUNT" not in rrule and rrule.get("INTERVAL", [1]) == [1] and starts.year < local.year - 2:
        # A yearly rule repeats the same way every year: start two years before the event
        # instead of walking from 1601.
        with contextlib.suppress(ValueError):  # 29 February stays where it is
            starts = starts.replace(year=local.year - 2)
    recurrences = rrulestr(rrule.to_ical().decode(), dtstart=starts, ignoretz=True)
    last = None
    for count, when in enumerate(recurrences):
        if when > local:
            break
        if count >= MAX_ZONE_CHANGES:
            raise _too_many_changes()
        deadline.check()
        last = when
    return last


def _too_many_changes() -> CalendarImportError:
    return CalendarImportError(
        f"The invite's own time zone changes more than {MAX_ZONE_CHANGES:,} times; "
        "real time zones change at most a few times a year."
    )


def _naive(value: date) -> datetime:
    if not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day)
    return value.replace(tzinfo=None)
