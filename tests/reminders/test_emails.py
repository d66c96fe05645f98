"""Reminder emails are rendered once per kind and combination (a stencil), then filled
in per email: each comes out exactly as a direct render of its templates would."""

from datetime import UTC, date, datetime, timedelta
from itertools import product

import pytest
from django.core import signing
from django.template.loader import render_to_string
from django.utils import timezone

from accounts import timefmt
from letters.models import Letter
from reminders import emails
from reminders.models import Reminder
from tests.factories import InterviewFactory, LetterFactory, ReminderFactory, UserFactory

pytestmark = pytest.mark.django_db

ENDED = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)
TRICKY = 'Smith & Sons <b>"R&D"</b> \x1fcompany\x1f'  # markup, quotes, a lookalike marker


def direct_render(reminder, name, *, now, extra):
    """The templates rendered with the real objects, as before stencils."""
    user, interview, letter = reminder.user, reminder.interview, reminder.letter
    built = emails.build(reminder, now=now)
    context = {
        "user": user,
        "interview": interview,
        "reminder": reminder,
        "letter": letter,
        "wizard_url": emails.absolute(f"/interviews/{interview.pk}/letter/"),
        "preferences_url": emails.absolute("/preferences/"),
        "unsubscribe_url": built.extra_headers["List-Unsubscribe"][1:-1],
        "closes_at_text": timefmt.when(interview.window_closes_at, zone=user.zone, now=now),
        "letter_sent_on": timefmt.day(letter.sent_at, zone=user.zone, now=now) if letter else "",
        "decision_expected_on": timefmt.day(interview.decision_expected_by, zone=user.zone, now=now)
        if interview.decision_expected_by
        else "",
        "window_hours": 24,
        "window_open": now < interview.window_closes_at,
        "time_left": emails.time_left(interview.window_closes_at - now),
        "time_late": emails.time_left(now - interview.window_closes_at),
        "time_zone": user.zone.key,
        **extra(reminder),
    }
    with timezone.override(user.zone):
        return built, tuple(
            render_to_string(f"emails/reminder_{name}{suffix}", context)
            for suffix in ("_subject.txt", ".txt", ".html")
        )


EXTRAS = {
    Reminder.Kind.NUDGE: lambda r: {},
    Reminder.Kind.LAST_CALL: lambda r: {},
    Reminder.Kind.LATE: lambda r: {},
    Reminder.Kind.CHECK_IN: emails.action_urls,
    Reminder.Kind.CLOSE_SUGGESTION: lambda r: (
        {"close_url": emails.absolute(f"/interviews/{r.interview_id}/")} | emails.action_urls(r)
    ),
}


# Every branch of the check-in (the only kind that branches on more than the window),
# and the window open and closed for the others.
CASES = [(Reminder.Kind.CHECK_IN, *flags) for flags in product([True, False], repeat=4)] + [
    (kind, window_open, False, True, False)
    for kind in EXTRAS
    if kind != Reminder.Kind.CHECK_IN
    for window_open in (True, False)
]


@pytest.fixture(autouse=True)
def _one_signing_time(monkeypatch):
    # Links are signed with a timestamp: both renders must sign in the same second.
    monkeypatch.setattr(signing.TimestampSigner, "timestamp", lambda self: "1tZm0a")
    yield
    # The unsubscribe token is cached per user and minute: a token signed with this old
    # timestamp must not reach a later test in the same process (it reads as expired).
    emails._unsubscribe_token.cache_clear()


@pytest.mark.parametrize("kind, window_open, later, with_letter, with_decision", CASES)
def test_every_kind_and_branch_reads_exactly_as_a_direct_render(
    kind, window_open, later, with_letter, with_decision
):
    user = UserFactory(name=f"Ana {TRICKY}", time_zone="America/New_York")
    interview = InterviewFactory(
        owner=user,
        company=TRICKY,
        role="Data <Engineer>",
        starts_at=ENDED - timedelta(hours=1),
        ends_at=ENDED,
        decision_expected_by=date(2026, 3, 20) if with_decision else None,
    )
    letter = (
        LetterFactory(
            interview=interview,
            status=Letter.Status.SENT,
            sent_at=ENDED + timedelta(hours=3),
            recipient__name=f"Dana {TRICKY}",
        )
        if with_letter
        else None
    )
    reminder = ReminderFactory(
        interview=interview, letter=letter, kind=kind, sequence=2 if later else 1
    )
    now = ENDED + (timedelta(hours=2) if window_open else timedelta(hours=30))

    built, (subject, text, html) = direct_render(
        reminder, kind.replace("-", "_"), now=now, extra=EXTRAS[kind]
    )

    assert built.subject == " ".join(subject.split())
    assert built.body == text.strip() + "\n"
    assert built.alternatives[0].content == html
