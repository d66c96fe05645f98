"""Outbox emails: how each kind is built, and what every one of them carries.

The app that owns a kind registers one small function with ``@outbox_email(kind)``; it
gets the row (user, interview and letter loaded) and ``now``, and returns the message
from ``compose()``, or raises ``NotSending`` with the reason the row is cancelled. The
reminder kinds are registered below; coaching registers its own (coaching/emails.py).
The sweep (reminders/dispatch.py) claims only kinds that have a builder.

``compose()`` renders ``templates/emails/<name>_subject.txt``, ``.txt`` and ``.html`` in the
recipient's zone. Every email to a user has an RFC 8058 one-click unsubscribe; every email
has a Message-ID that is the same for every attempt at one version of one row, so a mail
server that sees a retry of a message it already took can drop the copy.
"""

import email.policy
from collections.abc import Callable
from datetime import datetime, timedelta
from email.headerregistry import HeaderRegistry
from email.utils import formataddr
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accounts import timefmt
from accounts.names import one_line
from interviews.models import follow_up_window_text
from reminders import scheduling
from reminders.models import Reminder
from reminders.schedule import FOLLOW_UP_KINDS

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


class NotSending(Exception):
    """Raised by a builder: this email must not go out after all (the message says why)."""


class HeaderClasses(HeaderRegistry):
    """The standard header registry, except that it builds each header class once.

    ``HeaderRegistry`` builds a new class (``type()``) for every header it stores, and
    asks for one again to check each header's count: about a third of the time
    ``EmailMessage.message()`` takes. The classes it builds for one registry entry are
    all alike, so one of each does.
    """

    def __init__(self):
        super().__init__()
        self.classes = {}

    def __getitem__(self, name):
        kind = self.registry.get(name.lower(), self.default_class)
        if kind not in self.classes:
            self.classes[kind] = super().__getitem__(name)
        return self.classes[kind]


HEADER_CLASSES = HeaderClasses()


class OutboxMessage(EmailMultiAlternatives):
    """Keeps a long header (the List-Unsubscribe URL) on one line.

    Folding at 78 characters, the email package turns a URL with no spaces into an
    RFC 2047 encoded word, which mail clients do not read as a URL; 998 is SMTP's limit.
    The mail backend's policy otherwise (line endings, 8-bit) holds; its header classes
    come from HEADER_CLASSES.
    """

    def message(self, *, policy=email.policy.default):
        return super().message(
            policy=policy.clone(max_line_length=998, header_factory=HEADER_CLASSES)
        )


def outbox_email(kind: str) -> Callable[[EmailBuilder], EmailBuilder]:
    """Register the builder of one kind of outbox email (one per kind)."""

    def register(function: EmailBuilder) -> EmailBuilder:
        EMAILS[str(kind)] = function
        return function

    return register


def sendable_kinds() -> list[str]:
    return sorted(EMAILS)


def build(row: Reminder, *, now: datetime) -> EmailMultiAlternatives:
    """The email for ``row``, ready to send; NotSending if it must not go out."""
    user = row.user
    if user is not None and not user.is_active:
        raise NotSending("Not sent: the account is deactivated.")
    if not row.recipient_address:
        raise NotSending("Not sent: the account has no email address.")
    return EMAILS[row.kind](row, now=now)


def compose(row: Reminder, template: str, context: dict) -> OutboxMessage:
    """Render ``emails/<template>`` for the row's recipient into a text + HTML message."""
    user = row.user
    zone = user.zone if user else timezone.get_default_timezone()
    context = {"site_url": settings.SITE_URL, "recipient": user, **context}
    with timezone.override(zone):
        subject = render_to_string(f"emails/{template}_subject.txt", context)
        text = render_to_string(f"emails/{template}.txt", context)
        html = render_to_string(f"emails/{template}.html", context)
    headers = {
        "Message-ID": message_id(row),
        "Auto-Submitted": "auto-generated",
        "X-Followup-Reminder": f"{row.pk}-v{row.version}",
    }
    if user is not None:
        unsubscribe = context.get("unsubscribe_url") or unsubscribe_url(user)
        headers |= {
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
        # A name saved with a line break (before forms refused them) must not break the
        # To header, or this user's emails would fail for good.
        name = one_line(user.name)
        to = formataddr((name, user.email)) if name else user.email
    else:
        to = row.to_email
    message = OutboxMessage(
        subject=" ".join(subject.split()),
        body=text.strip() + "\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
        headers=headers,
    )
    message.attach_alternative(html, "text/html")
    return message


def message_id(row: Reminder) -> str:
    domain = urlsplit(settings.SITE_URL).hostname or "followup.local"
    return f"<reminder-{row.pk}-v{row.version}@{domain}>"


# The reminder kinds (planned by reminders/scheduling.py)


def _reminder(row: Reminder, name: str, *, now: datetime, extra=None) -> OutboxMessage:
    _check_still_wanted(row)
    user, interview, letter = row.user, row.interview, row.letter
    closes_at = interview.window_closes_at
    decision = interview.decision_expected_by
    unsubscribe = unsubscribe_url(user)
    context = {
        "user": user,
        "interview": interview,
        "letter": letter,
        "reminder": row,
        "window_open": now < closes_at,
        "letter_sent_on": timefmt.day(letter.sent_at, zone=user.zone, now=now)
        if letter and letter.sent_at
        else "",
        "decision_expected_on": timefmt.day(decision, zone=user.zone, now=now) if decision else "",
        "wizard_url": absolute(reverse("letter_start", args=[interview.pk])),
        "preferences_url": absolute(reverse("preferences")),
        "unsubscribe_url": unsubscribe,
        "closes_at_text": timefmt.when(closes_at, zone=user.zone, now=now),
        "window_hours": follow_up_window_text(),
        "time_left": time_left(closes_at - now),
        "time_late": time_left(now - closes_at),
        "time_zone": user.zone.key,
        **(extra or {}),
    }
    return compose(row, f"reminder_{name}", context)


def _check_still_wanted(row: Reminder) -> None:
    """Checked again right before sending: the user or the interview may have moved on."""
    user, interview = row.user, row.interview
    if not user.email_reminders:
        raise NotSending("Not sent: the user unsubscribed from reminders.")
    if not scheduling.wants(user, row.kind):
        raise NotSending(f"Not sent: the user turned off “{row.get_kind_display()}” reminders.")
    if interview.outcome != interview.Outcome.AWAITING or interview.reply_received_at:
        raise NotSending("Not sent: the interview is settled or they replied.")
    if row.kind in FOLLOW_UP_KINDS and interview.follow_up_done_at:
        raise NotSending("Not sent: the letter already went out.")


@outbox_email(Kind.NUDGE)
def nudge_email(row: Reminder, *, now: datetime) -> OutboxMessage:
    return _reminder(row, "nudge", now=now)


@outbox_email(Kind.LAST_CALL)
def last_call_email(row: Reminder, *, now: datetime) -> OutboxMessage:
    return _reminder(row, "last_call", now=now)


@outbox_email(Kind.LATE)
def late_email(row: Reminder, *, now: datetime) -> OutboxMessage:
    return _reminder(row, "late", now=now)


@outbox_email(Kind.CHECK_IN)
def check_in_email(row: Reminder, *, now: datetime) -> OutboxMessage:
    return _reminder(row, "check_in", now=now, extra=action_urls(row))


@outbox_email(Kind.CLOSE_SUGGESTION)
def close_suggestion_email(row: Reminder, *, now: datetime) -> OutboxMessage:
    close_url = absolute(reverse("interview_detail", args=[row.interview_id]))
    return _reminder(
        row, "close_suggestion", now=now, extra={"close_url": close_url} | action_urls(row)
    )


def time_left(delta: timedelta) -> str:
    """'3 hours 20 minutes', '45 minutes', '1 day 2 hours': rounded down to the minute."""
    minutes = max(int(delta.total_seconds() // 60), 0)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    parts = [(days, "day"), (hours, "hour"), (minutes, "minute")]
    words = [f"{n} {unit}{'' if n == 1 else 's'}" for n, unit in parts if n]
    return " ".join(words[:2]) or "less than a minute"


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
    return make_token("unsubscribe", user.pk)


def action_urls(reminder: Reminder) -> dict[str, str]:
    """The three one-click links of a check-in email."""
    return {
        f"{purpose}_url": absolute(
            reverse(f"reminder_{purpose}", args=[reminder_token(purpose, reminder)])
        )
        for purpose in ("reply", "snooze", "write")
    }


def unsubscribe_url(user) -> str:
    return absolute(reverse("reminder_unsubscribe", args=[unsubscribe_token(user)]))


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"
