"""One way to write a moment, everywhere: "Fri 27 Nov, 09:24 GMT", in the reader's zone.

Every page, email and admin column that shows a date and time uses ``when`` (or the
``|when`` template filter built on it), so a reader never has to compare formats. The
zone's short name is part of it: a coach in Paris reading about a client in New York
sees "Fri 27 Nov, 15:24 CET", not a bare "15:24" that could be either.
"""

from __future__ import annotations

import re
from datetime import date, datetime, tzinfo
from zoneinfo import ZoneInfo

from django.utils import timezone

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Zones without a letter abbreviation report their offset ("+04", "-0330").
_NUMERIC = re.compile(r"^[+-]\d{2}(\d{2})?$")


def zone_abbreviation(moment: datetime) -> str:
    """'GMT', 'BST', 'EST', 'CET'; 'UTC+04' or 'UTC-03:30' where the zone has no letters."""
    name = moment.tzname() or "UTC"
    if _NUMERIC.match(name):
        hours, minutes = name[:3], name[3:]
        return f"UTC{hours}{':' + minutes if minutes and minutes != '00' else ''}"
    return name


def when(
    moment: datetime | None, *, zone: tzinfo | str | None = None, now: datetime | None = None
) -> str:
    """'Fri 27 Nov, 09:24 GMT' in ``zone`` (default: the active zone of the request or email).

    The year appears only when it is not the current one: 'Tue 3 Dec 2024, 16:00 GMT'.
    """
    if moment is None:
        return ""
    zone = _zone(zone)
    local = timezone.localtime(moment, zone) if timezone.is_aware(moment) else moment
    this_year = timezone.localtime(now or timezone.now(), zone).year
    day = f"{_WEEKDAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]}"
    if local.year != this_year:
        day += f" {local.year}"
    return f"{day}, {local:%H:%M} {zone_abbreviation(local)}"


def day(
    value: date | datetime | None,
    *,
    zone: tzinfo | str | None = None,
    now: datetime | None = None,
) -> str:
    """A date without a time, in the same words: 'Fri 27 Nov' ('Wed 3 Dec 2025' if not
    this year)."""
    if value is None:
        return ""
    zone = _zone(zone)
    if isinstance(value, datetime):
        value = timezone.localtime(value, zone).date() if timezone.is_aware(value) else value.date()
    text = f"{_WEEKDAYS[value.weekday()]} {value.day} {_MONTHS[value.month - 1]}"
    if value.year != timezone.localtime(now or timezone.now(), zone).year:
        text += f" {value.year}"
    return text


def _zone(zone: tzinfo | str | None) -> tzinfo:
    if zone is None:
        return timezone.get_current_timezone()
    if isinstance(zone, str):
        return ZoneInfo(zone)
    return zone
