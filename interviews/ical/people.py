"""The people of an invite: who they are, their job titles, and who they work for.

The organizer comes first, then the attendees, without the user, rooms and repeats.
A job title written beside a name in the description ("Jordan Rivera, Engineering
Manager", "Jordan Rivera (VP Operations)", "Jordan Rivera — Head of Talent") is
theirs, and "hiring manager" or "decision-maker" beside a name makes that person the
decision-maker. Their email domains hint at the company, unless the address is webmail or a
scheduling tool's.
"""

import re
from dataclasses import dataclass, replace

from icalendar import Event

from interviews.ical.limits import CalendarImportError
from interviews.titles import JOB_NOUNS, MAX_FIELD_CHARS, tidy

MAX_EMAIL_CHARS = 254  # RFC 5321, and Interviewer.email
MAX_JOB_TITLE_CHARS = 80


@dataclass(frozen=True)
class InviteAttendee:
    name: str
    email: str
    is_organizer: bool
    job_title: str = ""
    is_decision_maker: bool = False


def invite_people(
    event: Event,
    *,
    user_email: str,
    description: str,
    summary: str = "",
    user_names: tuple[str, ...] = (),
) -> list[InviteAttendee]:
    """Organizer first, then attendees, without the user, rooms and repeats.

    A person called the hiring manager or the decision-maker beside their name, in the
    description or the title, is the decision-maker (the first one, if several are).
    """
    user_email = _email(user_email)
    organizer = [(_first(event, "ORGANIZER"), True)] if "ORGANIZER" in event else []
    attendees = event.get("ATTENDEE", [])
    if not isinstance(attendees, list):
        attendees = [attendees]
    found = []
    seen = {user_email}
    for address, is_organizer in organizer + [(a, False) for a in attendees]:
        email = _email(str(address))
        name = _display_name(getattr(address, "params", {}).get("CN", ""))
        if "@" not in email or email in seen or _is_room(address, email=email, name=name):
            continue
        if len(email) > MAX_EMAIL_CHARS:
            raise CalendarImportError(
                f"An attendee's email address is longer than {MAX_EMAIL_CHARS} characters."
            )
        seen.add(email)
        if not name or "@" in name:
            name = _name_from_email(email)
        elif match := _LAST_NAME_FIRST.fullmatch(name):  # Outlook's "Whitfield, Dana"
            name = f"{match[2]} {match[1]}"
        found.append((name, email, is_organizer))
    everyone = [name for name, _, _ in found] + [name for name in user_names if name]
    people = []
    decider_found = False
    lowered = description.lower()  # once, however many people
    for name, email, is_organizer in found:
        others = [other for other in everyone if other.lower() != name.lower()]
        mention = mention_of(name, description, others=others, lowered=lowered)
        decides = not decider_found and (
            mention.decides or mention_of(name, summary, others=others).decides
        )
        decider_found = decider_found or decides
        people.append(
            InviteAttendee(
                name=name,
                email=email,
                is_organizer=is_organizer,
                job_title=mention.job_title,
                is_decision_maker=decides,
            )
        )
    return people


def with_sole_decision_maker(people: list[InviteAttendee], *, summary: str) -> list[InviteAttendee]:
    """'Hiring manager interview' with one person to meet (teams aside): they decide."""
    if any(person.is_decision_maker for person in people) or not names_a_decider(summary):
        return people
    names = personal_names(people)
    if len(names) != 1:
        return people
    return [replace(p, is_decision_maker=True) if p.name == names[0] else p for p in people]


def user_names(event: Event, *, user_email: str) -> list[str]:
    """The names the invite gives the user ("CN=Jordan Rivera" on their own address)."""
    user_email = _email(user_email)
    attendees = event.get("ATTENDEE", [])
    addresses = [
        event.get("ORGANIZER", ""),
        *(attendees if isinstance(attendees, list) else [attendees]),
    ]
    return [
        name
        for address in addresses
        if _email(str(address)) == user_email
        and (name := _display_name(getattr(address, "params", {}).get("CN", "")))
        and "@" not in name
    ]


def _first(event: Event, name: str):
    value = event.get(name, "")
    return value[0] if isinstance(value, list) and value else value


def _display_name(cn: str | list[str]) -> str:
    if isinstance(cn, list):  # an unquoted CN=Whitfield, Dana reads as two values
        cn = ", ".join(part.strip() for part in cn)
    # One line of printable text, no longer than Interviewer.name allows.
    return "".join(char for char in cn if char.isprintable()).strip()[:MAX_FIELD_CHARS].strip()


_LAST_NAME_FIRST = re.compile(r"([^\W\d_][\w'-]*),\s*([^\W\d_][\w'-]*)")


def _email(address: str) -> str:
    address = address.strip()
    if address[:7].lower() == "mailto:":
        address = address[7:]
    return "".join(char for char in address if char.isprintable()).strip().lower()


def _is_room(address, *, email: str, name: str) -> bool:
    params = getattr(address, "params", {})
    return (
        str(params.get("CUTYPE", "")).upper() in {"RESOURCE", "ROOM"}
        or email.endswith("@resource.calendar.google.com")
        or re.search(r"\broom\b", name, re.IGNORECASE) is not None
    )


_NO_REPLY = re.compile(r"(?:no|do-?not)-?reply|notifications?|calendar-notification")


def is_no_reply(email: str) -> bool:
    return _NO_REPLY.fullmatch(email.partition("@")[0]) is not None


def _name_from_email(email: str) -> str:
    """'jane.doe+interviews@acme.com' -> 'Jane Doe'."""
    local_part = email.partition("@")[0].partition("+")[0]
    name = " ".join(word.capitalize() for word in re.split(r"[._-]+", local_part) if word)
    return name[:MAX_FIELD_CHARS]


# Job titles and the decision-maker, beside names in the description or the title

_TITLE_OPENERS = ",(—–-:|"
_TITLE_ENDS = {"(": ")\n", ",": ",;.()\n", "|": "|,;.()\n"}
_TITLE_LEAD_WORDS = frozenset({"our", "the", "a", "an", "your", "their", "my"})
_TRAILING_WORDS = frozenset({"and", "&", "with", "plus", "then"})
# Said of the person who decides; compared after lower-casing and hyphens to spaces.
DECIDER_PHRASES = ("hiring manager", "decision maker")
_SENTENCE_ENDS = ".!?;"
_LABEL_ENDS = ":-–—"


@dataclass(frozen=True)
class Mention:
    job_title: str = ""
    decides: bool = False


def names_a_decider(text: str) -> bool:
    """'Hiring Manager', 'decision-maker', 'Decision maker' anywhere in ``text``."""
    plain = text.lower().replace("-", " ")
    return any(phrase in plain for phrase in DECIDER_PHRASES)


def mention_of(
    name: str, text: str, *, others: list[str] = (), lowered: str | None = None
) -> Mention:
    """What ``text`` says beside ``name``: a job title, and whether they decide.

    "Priya Shah, VP of Data & Analytics (Hiring Manager)": the title is kept whole
    (an "&" or "and" ends it only where another person's name follows), and the
    aside makes her the decision-maker, as does a label before the name ("Hiring
    manager: Priya Shah"). Words about someone named later on the line are theirs.
    Each mention is a few hundred characters searched with ``str.find``: linear.
    """
    lowered = text.lower() if lowered is None else lowered
    target = name.lower()
    if len(target) < 3:
        return Mention()
    other_names = [other.lower() for other in others if len(other) >= 3]
    title, decides, start = "", False, 0
    for _ in range(20):  # the first few mentions say it, if any does
        found = lowered.find(target, start)
        if found < 0:
            break
        start = found + len(target)
        after = _until_another(text[start : start + 2 * MAX_JOB_TITLE_CHARS], other_names)
        line_start = lowered.rfind("\n", max(0, found - MAX_JOB_TITLE_CHARS), found) + 1
        before = _since_another(
            text[max(line_start, found - MAX_JOB_TITLE_CHARS) : found], other_names
        )
        decides = decides or _decides(after, before)
        title = title or _title_after(after)
        if title and decides:
            break
    return Mention(job_title=title, decides=decides)


def _until_another(text: str, other_names: list[str]) -> str:
    """``text`` up to the end of its line or the next other person's name."""
    lowered = text.lower()
    cut = min(
        (at for other in [*other_names, "\n"] if (at := lowered.find(other)) >= 0),
        default=len(text),
    )
    return text[:cut]


def _since_another(text: str, other_names: list[str]) -> str:
    lowered = text.lower()
    cut = max((at + len(o) for o in other_names if (at := lowered.rfind(o)) >= 0), default=0)
    return text[cut:]


def _decides(after: str, before: str) -> bool:
    sentence = min(
        (at for end in _SENTENCE_ENDS if (at := after.find(end)) >= 0), default=len(after)
    )
    label = before.strip()
    return names_a_decider(after[:sentence]) or (
        label[-1:] in _LABEL_ENDS and names_a_decider(label)
    )


def _title_after(text: str) -> str:
    text = text.lstrip(" \t")
    if not text or text[0] not in _TITLE_OPENERS:
        return ""
    opener, text = text[0], text[1:]
    ends = _TITLE_ENDS.get(opener, ",;.()|\n")
    cut = min((at for end in ends if (at := text.find(end)) >= 0), default=len(text))
    # "(VP of Data, hiring manager)": the clause that says they decide is not the title.
    clauses = [clause for clause in text[:cut].split(",") if not names_a_decider(clause)]
    words = ",".join(clauses).split()
    while words and words[-1].lower() in _TRAILING_WORDS:  # "Designer and" before a name
        words = words[:-1]
    while words and words[0].lower() in _TITLE_LEAD_WORDS:
        words = words[1:]
    if not 1 <= len(words) <= 8 or not words[0][:1].isupper():
        return ""
    if not any(_plain(word) in JOB_NOUNS for word in words):
        return ""
    return tidy(" ".join(words))[:MAX_JOB_TITLE_CHARS]


def _plain(word: str) -> str:
    return word.strip(".,;:!?()[]\"'").lower()


# Company, from the addresses

# Webmail, calendars and scheduling tools: they say who runs the inbox, not who hires.
GENERIC_DOMAIN_LABELS = frozenset({
    "gmail", "googlemail", "google", "outlook", "hotmail", "live", "msn", "yahoo", "ymail",
    "rocketmail", "icloud", "me", "mac", "aol", "proton", "protonmail", "pm", "gmx", "mail",
    "yandex", "fastmail", "hey", "tutanota", "tuta", "zohomail", "qq", "163", "126",
    "naver", "comcast", "att", "verizon", "btinternet", "orange", "free", "laposte",
    "web", "t-online", "office365", "microsoft",
    "calendly", "greenhouse", "lever", "goodtime", "ashbyhq", "ashby", "workday",
    "myworkday", "myworkdayjobs", "smartrecruiters", "icims", "gem", "modernloop",
    "jobvite", "workable", "recruitee", "teamtailor", "bamboohr", "paradox", "zoom",
    "webex", "doodle", "youcanbookme", "hubspot", "chilipiper", "savvycal",
})  # fmt: skip
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu"})


def company_label(email: str) -> str:
    """'talent@mail.initech.co.uk' -> 'initech'; webmail and tools -> ''."""
    labels = email.partition("@")[2].split(".")[:-1]  # drop the top-level domain
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()  # acme.co.uk
    if not labels or labels[-1] in GENERIC_DOMAIN_LABELS:
        return ""
    return labels[-1]


def company_from_people(people: list[InviteAttendee]) -> str:
    """'jane@globex.com' -> 'Globex', from the organizer first."""
    for person in people:
        if label := company_label(person.email):
            return label.replace("-", " ").title()[:MAX_FIELD_CHARS]
    return ""


# Words in a display name that make it a team or a company, not a person.
_NOT_PERSONAL = frozenset({
    "recruiting", "recruitment", "talent", "team", "careers", "jobs", "hiring", "hr",
    "people", "calendar", "scheduling", "scheduler", "interviews", "acquisition", "inc",
})  # fmt: skip


def personal_names(people: list[InviteAttendee]) -> list[str]:
    """The names of real people: never the company, whatever the title says."""
    labels = {company_label(person.email) for person in people} - {""}
    names = []
    for person in people:
        words = {word.strip(",.").lower() for word in person.name.split()}
        if words and not words & _NOT_PERSONAL and not words & labels:
            names.append(person.name)
    return names
