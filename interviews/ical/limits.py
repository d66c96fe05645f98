"""The bounds on reading an invite, so that no file makes a request or the command slow.

An invite is a few kilobytes with a handful of people. Everything here is checked on
the raw text before the calendar library sees it, except the wall clock, which the
later steps check as they go. Each refusal is one line the user can act on.
"""

import re
import time

MAX_ICS_BYTES = 1_000_000
MAX_CONTENT_LINES = 5_000
MAX_ATTENDEES = 100
MAX_TZID_CHARS = 200
# Zone changes walked to find the offset at the event (real zones: two a year).
MAX_ZONE_CHANGES = 1_000
MAX_PARSE_SECONDS = 2.0
EARLIEST_YEAR, LATEST_YEAR = 1970, 2100

# Linear: each match stops at the end of its line, and matches never overlap.
_TZID_VALUE = re.compile(r'TZID[=:]("[^"\r\n]*"?|[^;:\r\n]*)', re.IGNORECASE)


class CalendarImportError(ValueError):
    """A file we cannot import; str(exc) is one line the user can read."""


class Deadline:
    """A wall-clock budget for one parse; `check()` refuses the file once it is spent."""

    def __init__(self, seconds: float = MAX_PARSE_SECONDS, *, clock=time.monotonic):
        self._clock = clock
        self._ends_at = clock() + seconds

    def check(self) -> None:
        if self._clock() > self._ends_at:
            raise CalendarImportError(
                "Reading this invite took too long; it is not shaped like an interview invite."
            )


def check_size(data: bytes) -> None:
    if len(data) > MAX_ICS_BYTES:
        raise CalendarImportError(
            "The file is larger than 1 MB; an invite is usually a few kilobytes."
        )


def check_text(text: str) -> None:
    """Refuse what would make the calendar library slow or deep, before it parses."""
    if "\x00" in text:
        raise CalendarImportError("The file contains NUL bytes; a calendar invite is plain text.")
    attendees = sum(line[:8].upper() == "ATTENDEE" for line in text.splitlines())
    if attendees > MAX_ATTENDEES:
        raise CalendarImportError(
            f"The invite lists {attendees:,} attendees; we read invites with up to "
            f"{MAX_ATTENDEES} people."
        )
    lines = text.count("\n") + 1
    if lines > MAX_CONTENT_LINES:
        raise CalendarImportError(
            f"The file has {lines:,} lines; an invite has a few dozen "
            f"(we read up to {MAX_CONTENT_LINES:,})."
        )
    for match in _TZID_VALUE.finditer(text):
        if len(match[1].strip('" ')) > MAX_TZID_CHARS:
            raise CalendarImportError(
                f"The invite's time zone name is longer than {MAX_TZID_CHARS} characters."
            )
