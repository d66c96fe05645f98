"""Reminder emails: one small function per kind, each rendering three templates.

``templates/emails/reminder_<kind>_subject.txt``, ``.txt`` and ``.html``. Every email has
a button to the letter wizard, an RFC 8058 one-click unsubscribe, and a Message-ID that
is the same for every attempt at one version of one reminder, so a mail server that sees
a retry of a message it already took can drop the copy.

Another app adds a kind by decorating its function with ``@reminder_email(kind)``; the
sweep only claims kinds that have one.
"""

import email.policy
import functools
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email import quoprimime
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from types import SimpleNamespace
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import conditional_escape

from accounts import timefmt
from accounts.names import one_line
from reminders.models import Reminder

Kind = Reminder.Kind
EmailBuilder = Callable[..., EmailMultiAlternatives]
EMAILS: dict[str, EmailBuilder] = {}

# One salt per purpose: a snooze link can never be replayed as an unsubscribe.
# The salt predates the reminders app; links in emails already sent must keep working.
SALT = "letters.reminder.{}"
# Action links in a reminder stay valid this long; unsubscribing stays possible for a year
# (RFC 8058 expects the header of an old message to keep working).
ACTION_MAX_AGE = timedelta(days=60)
UNSUBSCRIBE_MAX_AGE = timedelta(days=365)


class ReminderMessage(EmailMultiAlternatives):
    """Keeps a long header (the List-Unsubscribe URL) on one line.

    Folding at 78 characters, the email package turns a URL with no spaces into an
    RFC 2047 encoded word, which mail clients do not read as a URL; 998 is SMTP's limit.
    """

    def message(self, *, policy=email.policy.default):
        return super().message(policy=policy.clone(max_line_length=998))


def reminder_email(kind: str) -> Callable[[EmailBuilder], EmailBuilder]:
    def register(function: EmailBuilder) -> EmailBuilder:
        EMAILS[str(kind)] = function
        return function

    return register


def sendable_kinds() -> list[str]:
    return sorted(EMAILS)


def build(reminder: Reminder, *, now: datetime) -> EmailMultiAlternatives:
    """The email for ``reminder`` (user, interview and letter loaded), ready to send."""
    return EMAILS[reminder.kind](reminder, now=now)


@reminder_email(Kind.NUDGE)
def nudge_email(reminder: Reminder, *, now: datetime) -> EmailMultiAlternatives:
    return _render(reminder, "nudge", now=now)


@reminder_email(Kind.LAST_CALL)
def last_call_email(reminder: Reminder, *, now: datetime) -> EmailMultiAlternatives:
    return _render(reminder, "last_call", now=now)


@reminder_email(Kind.LATE)
def late_email(reminder: Reminder, *, now: datetime) -> EmailMultiAlternatives:
    return _render(reminder, "late", now=now)


@reminder_email(Kind.CHECK_IN)
def check_in_email(reminder: Reminder, *, now: datetime) -> EmailMultiAlternatives:
    return _render(reminder, "check_in", now=now, extra=action_urls(reminder))


@reminder_email(Kind.CLOSE_SUGGESTION)
def close_suggestion_email(reminder: Reminder, *, now: datetime) -> EmailMultiAlternatives:
    close_url = absolute(path_to("interview_detail", reminder.interview_id))
    return _render(
        reminder,
        "close_suggestion",
        now=now,
        extra={"close_url": close_url} | action_urls(reminder),
    )


# Signed links


def make_token(purpose: str, value) -> str:
    return signing.TimestampSigner(salt=SALT.format(purpose)).sign_object(value)


# The largest id a database column holds; a bigger one is no row of ours.
MAX_ID = 2**63 - 1


def read_token(purpose: str, token: str, *, max_age: timedelta = ACTION_MAX_AGE):
    """The signed value, or raises signing.BadSignature (expired tokens included).

    A correctly signed value of any other shape than the one ``make_token`` signs for
    this purpose (a user id for "unsubscribe", [reminder id, version] otherwise) is a
    bad token too, not a 500 further down.
    """
    signer = signing.TimestampSigner(salt=SALT.format(purpose))
    try:
        value = signer.unsign_object(token, max_age=max_age)
    except signing.BadSignature:
        raise
    except Exception:  # a signed payload that is not our JSON (zlib, base64, UTF-8)
        raise signing.BadSignature("Malformed token payload.") from None
    if purpose == "unsubscribe" and _is_id(value):
        return value
    if (
        purpose != "unsubscribe"
        and isinstance(value, list)
        and len(value) == 2
        and _is_id(value[0])
        and _is_id(value[1], minimum=0)
    ):
        return value
    raise signing.BadSignature("Unexpected token payload.")


def _is_id(value, *, minimum: int = 1) -> bool:
    return type(value) is int and minimum <= value <= MAX_ID


def reminder_token(purpose: str, reminder: Reminder) -> str:
    return make_token(purpose, [reminder.pk, reminder.version])


def unsubscribe_token(user) -> str:
    # The same link for a user's emails within a minute: a sweep often sends one user
    # several, and signing is a good part of building each.
    return _unsubscribe_token(user.pk, int(time.time() // 60))


@functools.lru_cache(maxsize=1024)
def _unsubscribe_token(user_pk: int, minute: int) -> str:
    return make_token("unsubscribe", user_pk)


def action_urls(reminder: Reminder) -> dict[str, str]:
    """The three one-click links of a check-in email."""
    return {
        "reply_url": absolute(path_to("reminder_reply", reminder_token("reply", reminder))),
        "snooze_url": absolute(path_to("reminder_snooze", reminder_token("snooze", reminder))),
        "write_url": absolute(path_to("reminder_write", reminder_token("write", reminder))),
    }


def unsubscribe_url(user) -> str:
    return absolute(path_to("reminder_unsubscribe", unsubscribe_token(user)))


SENTINEL = "987654321"
URL_SAFE = re.compile(r"[A-Za-z0-9_.:~-]+")


@functools.lru_cache(maxsize=64)
def _path_pattern(name: str) -> tuple[str, str]:
    before, _, after = reverse(name, args=[SENTINEL]).partition(SENTINEL)
    return before, after


def path_to(name: str, value) -> str:
    """``reverse(name, args=[value])`` for a URL with one argument, without the resolver
    on every call: a sweep builds three or four links per email. Values that reverse()
    would quote take the slow path."""
    text = str(value)
    if not URL_SAFE.fullmatch(text):
        return reverse(name, args=[value])
    before, after = _path_pattern(name)
    return f"{before}{text}{after}"


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def message_id(reminder: Reminder) -> str:
    domain = urlsplit(settings.SITE_URL).hostname or "followup.local"
    return f"<reminder-{reminder.pk}-v{reminder.version}@{domain}>"


def time_left(delta: timedelta) -> str:
    """'3 hours 20 minutes', '45 minutes', '1 day 2 hours': rounded down to the minute."""
    minutes = max(int(delta.total_seconds() // 60), 0)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    parts = [(days, "day"), (hours, "hour"), (minutes, "minute")]
    words = [f"{n} {unit}{'' if n == 1 else 's'}" for n, unit in parts if n]
    return " ".join(words[:2]) or "less than a minute"


def _render(reminder: Reminder, name: str, *, now: datetime, extra=None) -> EmailMultiAlternatives:
    user, interview, letter = reminder.user, reminder.interview, reminder.letter
    closes_at = interview.window_closes_at
    unsubscribe = unsubscribe_url(user)
    decision = interview.decision_expected_by
    # Every value the templates print, as text. Dates read in the user's zone, whatever
    # zone the worker runs in; formatted once here rather than by a filter in each template.
    values = {
        "user_short_name": user.get_short_name(),
        "company": interview.company,
        "role": interview.role,
        "recipient_name": letter.to_name if letter else "",
        "letter_sent_on": timefmt.day(letter.sent_at, zone=user.zone, now=now)
        if letter and letter.sent_at
        else "",
        "decision_expected_on": timefmt.day(decision, zone=user.zone, now=now) if decision else "",
        "wizard_url": absolute(path_to("letter_start", interview.pk)),
        "preferences_url": absolute(_preferences_path()),
        "unsubscribe_url": unsubscribe,
        "closes_at_text": timefmt.when(closes_at, zone=user.zone, now=now),
        "window_hours": str(round((closes_at - interview.ends_at).total_seconds() / 3600)),
        "time_left": time_left(closes_at - now),
        "time_late": time_left(now - closes_at),
        "time_zone": user.zone.key,
        **(extra or {}),
    }
    # What the templates branch on: one stencil per kind and combination.
    shape = (now < closes_at, reminder.sequence > 1, letter is not None, decision is not None)
    if settings.DEBUG:  # templates edited while the server runs show at once
        stencil.cache_clear()
    subject, text, html = stencil(name, shape, tuple(sorted(values))).fill(values)
    message = ReminderMessage(
        subject=" ".join(subject.split()),
        body=text.strip() + "\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        # A name saved with a line break (before forms refused them) must not break the
        # To header, or this user's reminders would fail for good.
        to=[formataddr((one_line(user.name), user.email)) if one_line(user.name) else user.email],
        headers={
            "Message-ID": message_id(reminder),
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
            "X-Followup-Reminder": f"{reminder.pk}-v{reminder.version}",
        },
    )
    message.attach_alternative(html, "text/html")
    return message


@functools.lru_cache(maxsize=1)
def _preferences_path() -> str:
    return reverse("preferences")


# Rendering once per kind. A sweep sends thousands of emails of a handful of kinds, and
# the three templates of a kind differ from one email to the next only in the values
# above and in four yes/no branches. So each kind and branch combination is rendered
# once, with a marker in place of each value (a stencil), and each email fills the
# markers in: escaped in the HTML part, as the template engine would, as-is in the
# subject and text parts (which turn autoescape off). tests/reminders/test_emails.py
# checks that every kind and combination comes out exactly as a direct render does.

MARKER = "\x1f"
MARKER_RE = re.compile(f"{MARKER}(\\w+){MARKER}")


@dataclass(frozen=True)
class Stencil:
    subject: str
    text: str
    html: str

    def fill(self, values: dict[str, str]) -> tuple[str, str, str]:
        def plain(match):
            return str(values[match[1]])

        def escaped(match):
            return conditional_escape(values[match[1]])

        # One pass over the stencil: a value that happens to look like a marker is
        # inserted, never expanded.
        return (
            MARKER_RE.sub(plain, self.subject),
            MARKER_RE.sub(plain, self.text),
            MARKER_RE.sub(escaped, self.html),
        )


@functools.lru_cache(maxsize=256)
def stencil(name: str, shape: tuple[bool, bool, bool, bool], names: tuple[str, ...]) -> Stencil:
    window_open, later_check_in, has_letter, has_decision = shape
    mark = {key: f"{MARKER}{key}{MARKER}" for key in names}
    context = {
        **mark,
        "user": SimpleNamespace(get_short_name=mark["user_short_name"]),
        "interview": SimpleNamespace(
            company=mark["company"],
            role=mark["role"],
            decision_expected_by=has_decision,
        ),
        "letter": SimpleNamespace(to_name=mark["recipient_name"]) if has_letter else None,
        "reminder": SimpleNamespace(sequence=2 if later_check_in else 1),
        "window_open": window_open,
    }
    return Stencil(
        subject=render_to_string(f"emails/reminder_{name}_subject.txt", context),
        text=render_to_string(f"emails/reminder_{name}.txt", context),
        html=render_to_string(f"emails/reminder_{name}.html", context),
    )


# The wire format


def wire_bytes(message: EmailMultiAlternatives, *, now: datetime | None = None) -> bytes:
    """``message`` as the SMTP DATA a mail server receives: multipart/alternative, UTF-8,
    7bit or quoted-printable bodies, RFC 2047 headers.

    The same content as ``message.message().as_bytes()``, built without the email
    package's header parser, which takes ~2 ms a message: most of a sweep's time.
    """
    boundary = f"=_reminder_{secrets.token_hex(12)}"
    headers = [
        ("Subject", _encoded(message.subject)),
        ("From", _address(message.from_email)),
        ("To", ", ".join(_address(to) for to in message.to)),
        ("Date", format_datetime(now or datetime.now(UTC))),
        *((name, _encoded(str(value))) for name, value in message.extra_headers.items()),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/alternative; boundary="{boundary}"'),
    ]
    lines = [f"{name}: {value}" for name, value in headers]
    lines.append("")
    for content, subtype in [
        (message.body, "plain"),
        *((content, mimetype.split("/")[1]) for content, mimetype in message.alternatives),
    ]:
        lines.append(f"--{boundary}")
        lines.append(_part(content, subtype))
    lines.append(f"--{boundary}--")
    lines.append("")
    return "\r\n".join(lines).encode("ascii")


def _encoded(value: str) -> str:
    if "\n" in value or "\r" in value:
        raise ValueError(f"Header values cannot contain newlines: {value!r}")
    if value.isascii() and len(value) < 900:
        return value
    return Header(value, "utf-8", maxlinelen=76).encode("\r\n ")


def envelope_address(value: str) -> str:
    """The bare address of ``"Name <address>"``, IDNA-encoded; ValueError if unusable."""
    return _parsed_address(value)[1]


def _address(value: str) -> str:
    return formataddr(_parsed_address(value), charset="utf-8")


# The outbox writes envelope addresses into MAIL FROM:<…> and RCPT TO:<…> as they are.
UNSAFE_IN_ENVELOPE = re.compile(r"[<>\s\x00-\x1f\x7f]")


@functools.lru_cache(maxsize=4096)
def _parsed_address(value: str) -> tuple[str, str]:
    # Cached: the same few addresses come back all through a sweep, and parsing is slow.
    name, address = parseaddr(value)
    local, _, domain = address.rpartition("@")
    if not address.isascii() and local.isascii():
        address = f"{local}@{domain.encode('idna').decode('ascii')}"
    if not address.isascii() or not local or not domain or UNSAFE_IN_ENVELOPE.search(address):
        raise ValueError(f"Cannot send to {value!r}")
    return name, address


def _part(text: str, subtype: str) -> str:
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    if text.isascii() and all(len(line) <= 998 for line in text.split("\n")):
        encoding, payload = "7bit", text
    else:
        # The email package's own trick: UTF-8 bytes, one character per byte, then QP.
        utf8 = text.encode("utf-8").decode("latin-1")
        encoding, payload = "quoted-printable", quoprimime.body_encode(utf8)
    return (
        f'Content-Type: text/{subtype}; charset="utf-8"\r\n'
        f"Content-Transfer-Encoding: {encoding}\r\n\r\n" + payload.replace("\n", "\r\n")
    )
