"""Which time zone an invite's TZID means.

Outlook writes Windows names ("W. Europe Standard Time"), Google IANA names,
some tools their own VTIMEZONE or an RFC 5545 "globally unique" id; all of it is
user input, so only zones we know by name are ever looked up.
"""

import logging
import zoneinfo
from datetime import tzinfo
from functools import cache

from icalendar import Timezone
from icalendar.timezone import tzp
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

logger = logging.getLogger(__name__)

# What icalendar raises on a VTIMEZONE it cannot turn into a zone.
_UNUSABLE_VTIMEZONE_ERRORS = (ValueError, TypeError, LookupError, OverflowError, OSError)


def zone_for_tzid(tzid: str, vtimezones: dict[str, Timezone]) -> tzinfo | None:
    """An IANA name, a Windows name, this file's VTIMEZONE, then a vendor-prefixed IANA name."""
    name = tzid_key(tzid)
    if zone := zone_or_none(name.strip("/")) or zone_or_none(WINDOWS_TO_OLSON.get(name, "")):
        return zone
    if vtimezone := vtimezones.get(name):
        try:
            return tzp.create_timezone(vtimezone)
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
