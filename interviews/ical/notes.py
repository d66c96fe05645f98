"""An invite's description as the interview's notes: what people wrote, not the tools.

Scheduling and meeting tools append the same blocks to every invite: Google's Meet
and Outlook's Teams instructions between marker lines, Zoom's dial-in numbers,
Teams and Meet join blocks without markers, Calendly's cancel and reschedule links,
"Powered by Greenhouse". The meeting link itself is kept in ``meeting_url``.

Line by line, each line looked at once with ``str`` methods (no regular expression),
so the work is linear in the description's length whatever it holds.
"""

from urllib.parse import urlsplit

from interviews.ical.places import MEETING_HOSTS

SCHEDULING_HOSTS = (
    "calendly.com", "greenhouse.io", "goodtime.io", "lever.co", "ashbyhq.com",
    "myworkday.com", "smartrecruiters.com", "modernloop.io", "gem.com", "savvycal.com",
    "chilipiper.com", "youcanbook.me", "tel.meet", "aka.ms", "zoom.us", "zoom.com",
)  # fmt: skip

# A line that opens a tool's block: everything after it that looks like the tool's
# (numbers, IDs, links, more of its phrases) goes with it.
_BLOCK_OPENERS = (
    "join zoom meeting", "one tap mobile", "dial by your location", "join by sip",
    "join by h.323", "join by skype for business", "join by phone", "join with google meet",
    "microsoft teams meeting", "microsoft teams need help?", "join on your computer",
    "join the meeting now", "click here to join the meeting", "or call in (audio only)",
    "join with a video conferencing device", "join instructions", "join from a video system",
    "join from the meeting link", "join by video system", "join by meeting number",
    "to join the video meeting", "need to make changes to this event?",
)  # fmt: skip
# "Label: value" lines of those blocks.
_BLOCK_LABELS = (
    "meeting id", "passcode", "password", "pin", "phone conference id", "conference id",
    "video conference id", "tenant key", "meeting password", "access code",
    "participant code", "more phone numbers", "find your local number", "find a local number",
    "meeting link", "meeting number", "join by phone", "dial-in", "dial in",
)  # fmt: skip
# Lines of those blocks that are all the tool's words.
_BLOCK_LINES = frozenset({
    "download teams | join on the web", "learn more | meeting options", "learn more",
    "meeting options", "help", "privacy and security", "alternate vtc instructions",
    "join on the web", "find a local number | reset pin", "reset pin", "join by phone",
    "need help?", "for organizers: meeting options | reset dial-in pin",
})  # fmt: skip
_LINK_LABEL_WORDS = ("cancel", "reschedul", "change", "join")
_PHONE_CHARACTERS = frozenset("0123456789+-,.#*()/: \t")
_BULLETS = "•·◦▪* \t"
_MAX_PHONE_LINE_CHARS = 100


def without_boilerplate(description: str) -> str:
    """The description without the tools' blocks and lines; the people's words stay."""
    kept: list[str] = []
    in_block = False
    for line in _without_marked_blocks(description).split("\n"):
        plain = line.strip().lstrip(_BULLETS).lower()
        if in_block and _continues_block(plain):
            continue
        in_block = plain.startswith(_BLOCK_OPENERS)
        if in_block or _is_tool_line(plain):
            continue
        kept.append(line)
    return _without_blank_runs(kept)


def _without_marked_blocks(description: str) -> str:
    """Without Google's Meet block and Outlook's Teams block.

    Google wraps its instructions in -::~:~::~…::- lines, Outlook in lines of
    underscores. A block that never closes was not a block: the text stays.
    """
    kept, inside = [], ""
    for line in description.split("\n"):
        marker = _block_marker(line)
        if inside:
            if marker == inside:
                inside = ""
            continue
        if marker:
            inside = marker
            continue
        kept.append(line)
    if inside:
        return description.strip()
    return "\n".join(kept).strip()


def _block_marker(line: str) -> str:
    stripped = line.strip()
    if stripped.startswith("-::~") and stripped.endswith("::-"):
        return "google"
    if len(stripped) >= 20 and not stripped.strip("_"):
        return "outlook"
    return ""


def _continues_block(plain: str) -> bool:
    return (
        not plain
        or not plain.strip("-_=*~ ")  # "---" between Zoom's parts
        or plain.startswith(_BLOCK_OPENERS)
        or plain in _BLOCK_LINES
        or plain.partition(":")[0].strip() in _BLOCK_LABELS
        or _is_url(plain)
        or _is_phone_line(plain)
    )


def _is_tool_line(plain: str) -> bool:
    """A line a tool adds on its own, outside any block."""
    label, _, value = plain.partition(":")
    value = value.strip()
    return (
        (plain.startswith("powered by ") and len(plain.split()) <= 4)
        or (plain.startswith("location: this is a ") and plain.endswith("web conference."))
        # "Cancel: https://calendly.com/…", "Reschedule or cancel: https://…"
        or (bool(value) and _is_url(value) and any(w in label for w in _LINK_LABEL_WORDS))
        or (_is_url(plain) and _is_tool_host(plain))
    )


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://")) and " " not in text


def _is_tool_host(url: str) -> bool:
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:  # "http://[" and other broken hosts
        return False
    return any(host == h or host.endswith(f".{h}") for h in (*MEETING_HOSTS, *SCHEDULING_HOSTS))


def _is_phone_line(plain: str) -> bool:
    """'+13092053325,,81234567890#,,,,*482913# US', '+1 646 931 3860 US (New York)',
    '162.255.37.11 (US West)', '81234567890@zoomcrc.com': mostly numbers, a place."""
    if len(plain) > _MAX_PHONE_LINE_CHARS:
        return False
    # map() over str methods: no Python call per character for the parse's deadline
    # trace (interviews.ical.limits.Deadline) to pay for.
    digits = sum(map(str.isdigit, plain))
    letters = sum(map(str.isalpha, plain))
    return digits >= 5 and letters <= 2 * digits and plain[:1] in _PHONE_CHARACTERS


def _without_blank_runs(lines: list[str]) -> str:
    """One blank line where taking a block out left several."""
    kept: list[str] = []
    for line in lines:
        if not line.strip() and kept and not kept[-1].strip():
            continue
        kept.append(line)
    return "\n".join(kept).strip()
