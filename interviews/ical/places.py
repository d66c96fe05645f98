"""Where the interview happens: the meeting link and the physical location."""

import re
from urllib.parse import urlsplit

from icalendar import Event

from interviews.titles import tidy

MEETING_HOSTS = (
    "zoom.us", "zoom.com", "meet.google.com", "teams.microsoft.com", "teams.live.com",
    "webex.com", "whereby.com", "gotomeeting.com", "gotomeet.me", "meet.goto.com",
    "bluejeans.com", "chime.aws", "meet.jit.si", "around.co",
)  # fmt: skip
# Linear: one character class, stopped by the first space or bracket.
_URL = re.compile(r"https?://[^\s<>\"'\[\]]+", re.I)
_ONLINE_ONLY = re.compile(
    r"(?:join\s+)?(?:microsoft\s+teams|teams|zoom|google\s+meet|webex|online|virtual|remote)"
    r"(?:\s+(?:meeting|call|video\s+call))?",
    re.I,
)
MAX_LOCATION_CHARS = 500  # Interview.location


def text_of(event: Event, name: str) -> str:
    value = event.get(name, "")
    value = value[0] if isinstance(value, list) and value else value
    return str(value).replace("\r\n", "\n").strip()


def _urls(text: str) -> list[str]:
    return [url.rstrip(".,;:!?)") for url in _URL.findall(text)]


def _is_meeting_url(url: str) -> bool:
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:  # "http://[" and other broken hosts
        return False
    return any(host == h or host.endswith(f".{h}") for h in MEETING_HOSTS)


def meeting_url(event: Event, *, location: str, description: str) -> str:
    """A known video link from the conference fields, LOCATION, URL or description."""
    where_to_join = " ".join(
        text_of(event, name)
        for name in ("X-GOOGLE-CONFERENCE", "CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL")
    )
    for text in (where_to_join, location, text_of(event, "URL"), description):
        if url := next(filter(_is_meeting_url, _urls(text)), ""):
            return url
    # An unknown host in a field meant for joining is still the link to join.
    return next(iter(_urls(f"{where_to_join} {location}")), "")


def physical_location(location: str) -> str:
    place = tidy(_URL.sub(" ", location[: 4 * MAX_LOCATION_CHARS]), limit=MAX_LOCATION_CHARS)
    return "" if _ONLINE_ONLY.fullmatch(place) else place
