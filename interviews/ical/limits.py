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
# Parameters (";CN=…") and values in lists (RDATE, EXDATE, RRULE's BY… parts): the
# calendar library spends ~40 µs on each, so 1 MB of them would take seconds.
MAX_PARAMETERS = 3_000
MAX_LIST_VALUES = 1_000
MAX_HEAD_CHARS = 4_000  # a line's name and parameters: ";CN=…" is a name, not a letter
_LIST_PROPERTIES = frozenset({"RDATE", "EXDATE", "RRULE", "EXRULE", "FREEBUSY"})
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
    """A wall-clock budget for one parse, checked between its steps.

    No step runs long on its own: ``check_size`` and ``check_text`` bound what the
    calendar library is given (bytes, lines, attendees, parameters, list values) and
    the zone walk stops after ``MAX_ZONE_CHANGES``; ``check()`` between the steps
    refuses the file once their sum is over budget.
    """

    def __init__(self, seconds: float = MAX_PARSE_SECONDS, *, clock=time.monotonic):
        self._clock = clock
        self._ends_at = clock() + seconds

    def check(self) -> None:
        if self._clock() > self._ends_at:
            raise self._refusal()

    @staticmethod
    def _refusal() -> "CalendarImportError":
        return CalendarImportError(
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
    parameters, values, longest_head = _parameters_and_values(text)
    if longest_head > MAX_HEAD_CHARS:
        raise CalendarImportError(
            f"A line of the invite has {longest_head:,} characters of parameters; "
            f"we read up to {MAX_HEAD_CHARS:,}."
        )
    if parameters > MAX_PARAMETERS:
        raise CalendarImportError(
            f"The invite's lines carry {parameters:,} parameters; an invite has a few "
            f"hundred (we read up to {MAX_PARAMETERS:,})."
        )
    if values > MAX_LIST_VALUES:
        raise CalendarImportError(
            f"The invite lists {values:,} dates or rule values; we read up to {MAX_LIST_VALUES:,}."
        )


def _parameters_and_values(text: str) -> tuple[int, int, int]:
    """Count ";PARAM=" and "a,b" in the lines' heads, and the items of list properties.

    Also returns the longest head (a line's name and parameters).
    """
    parameters = values = longest_head = 0
    for line in text.splitlines():
        head_end = _head_end(line)
        longest_head = max(longest_head, head_end)
        head = line[:head_end]
        parameters += head.count(";")
        values += head.count(",")
        if head.partition(";")[0].upper() in _LIST_PROPERTIES:
            values += line.count(",", head_end) + line.count(";", head_end) + 1
    return parameters, values, longest_head


def _head_end(line: str) -> int:
    """Where a content line's name and parameters end: its first colon outside quotes."""
    colon = line.find(":")
    if colon < 0:
        return len(line)
    if line.find('"', 0, colon) < 0:
        return colon
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return index
    return len(line)
