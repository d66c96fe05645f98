"""Review nudges follow the reminders' rules: quiet hours in each recipient's own zone
(each recipient's row is due in their daytime), and never "closes" or "due soon" once the
window has closed."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail

from coaching import deadlines, review
from coaching import emails as coaching_emails
from letters.models import Letter
from reminders import dispatch
from reminders.models import Reminder
from tests.coaching.conftest import make_coach, to
from tests.factories import CoachAccessFactory, InterviewFactory, LetterFactory, UserFactory

pytestmark = pytest.mark.django_db

# Thu 26 Nov 2026, 07:29 UTC is 02:29 in New York and 08:29 in Paris.
NIGHT_IN_NEW_YORK = datetime(2026, 11, 26, 7, 29, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _in_the_same_year(time_machine):
    # Emails write a date of the current year without its year: the clock runs from a day
    # of these tests' year (2026), so they read the same whatever year the suite runs in.
    time_machine.move_to(datetime(2026, 11, 26, 12, 0, tzinfo=UTC))


@pytest.fixture
def coach():
    return make_coach(name="Casey Coach", time_zone="Europe/Paris")


@pytest.fixture
def client_ny(coach):
    user = UserFactory(name="Jordan Client", time_zone="America/New_York")
    CoachAccessFactory(client=user, coach=coach)
    return user


def in_review(client, *, closes_at):
    ends_at = closes_at - timedelta(hours=24)
    interview = InterviewFactory(
        owner=client, starts_at=ends_at - timedelta(hours=1), ends_at=ends_at
    )
    return LetterFactory(interview=interview, status=Letter.Status.IN_REVIEW)


def sweep_and_deliver(*, now):
    """The nudge job at ``now``, then the outbox's sweep at the same moment; how many went out."""
    review.queue_review_nudges(now=now)
    return dispatch.dispatch_due(now=now).get("sent", 0)


def every_text(message):
    return " ".join([message.subject, message.body, message.alternatives[0][0]])


# --- quiet hours -------------------------------------------------------------------------


def test_at_night_in_the_clients_zone_their_nudge_waits_for_their_morning(coach, client_ny):
    in_review(client_ny, closes_at=NIGHT_IN_NEW_YORK + timedelta(hours=3))

    assert sweep_and_deliver(now=NIGHT_IN_NEW_YORK) == 1  # 08:29 in Paris: the coach's

    assert [to(m) for m in mail.outbox] == [coach.email]
    waiting = Reminder.objects.get(kind=Reminder.Kind.REVIEW_NUDGE, user=client_ny)
    assert (waiting.state, waiting.due_at) == (
        Reminder.State.SCHEDULED,
        datetime(2026, 11, 26, 13, 0, tzinfo=UTC),  # 08:00 in New York
    )


def test_at_night_in_the_coachs_zone_their_nudge_waits_for_their_morning(client_ny):
    night_in_paris = datetime(2026, 11, 26, 22, 30, tzinfo=UTC)  # 23:30 CET, 17:30 EST
    coach = make_coach(time_zone="Europe/Paris")
    client_ny.coach_accesses.update(coach=coach)
    in_review(client_ny, closes_at=night_in_paris + timedelta(hours=3))

    assert sweep_and_deliver(now=night_in_paris) == 1

    assert [to(m) for m in mail.outbox] == [client_ny.email]
    assert sweep_and_deliver(now=datetime(2026, 11, 27, 7, 0, tzinfo=UTC)) == 1  # 08:00 CET
    assert to(mail.outbox[1]) == coach.email


def test_the_nudge_held_by_the_night_goes_out_in_the_morning_as_the_late_variant(coach, client_ny):
    closes_at = NIGHT_IN_NEW_YORK + timedelta(hours=3)  # 05:29 in New York
    in_review(client_ny, closes_at=closes_at)
    sweep_and_deliver(now=NIGHT_IN_NEW_YORK)
    mail.outbox.clear()
    morning_in_new_york = datetime(2026, 11, 26, 13, 0, tzinfo=UTC)  # 08:00 EST

    assert sweep_and_deliver(now=morning_in_new_york) == 1

    [message] = mail.outbox
    assert to(message) == client_ny.email
    text = every_text(message)
    assert "due soon" not in text
    assert "closes" not in text
    assert "closed" in text
    reminder = Reminder.objects.get(kind=Reminder.Kind.REVIEW_NUDGE, user=client_ny)
    assert (reminder.state, reminder.sent_at) == (Reminder.State.SENT, morning_in_new_york)


# --- never "due soon" after the window closed --------------------------------------------


def test_a_nudge_before_the_close_says_when_it_closes_in_each_readers_zone(coach, client_ny):
    afternoon = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)  # 11:00 EST, 17:00 CET
    letter = in_review(client_ny, closes_at=afternoon + timedelta(hours=2, minutes=24))

    assert sweep_and_deliver(now=afternoon) == 2

    coach_note = next(m for m in mail.outbox if to(m) == coach.email)
    client_note = next(m for m in mail.outbox if to(m) == client_ny.email)
    assert coach_note.subject == (
        f"Review pending: Jordan Client's letter to {letter.recipient.name} is due soon"
    )
    assert "Their 24-hour window closes Thu 26 Nov, 19:24 CET." in coach_note.body
    assert "your 24-hour window closes Thu 26 Nov, 13:24 EST." in client_note.body


def test_a_review_still_pending_hours_after_the_close_never_says_due_soon(coach, client_ny):
    afternoon = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)
    in_review(client_ny, closes_at=afternoon - timedelta(hours=5))

    assert sweep_and_deliver(now=afternoon) == 2

    assert len(mail.outbox) == 2
    for message in mail.outbox:
        text = every_text(message)
        assert "due soon" not in text
        assert "closes" not in text
    coach_note = next(m for m in mail.outbox if to(m) == coach.email)
    assert "Their 24-hour window closed Thu 26 Nov, 12:00 CET" in coach_note.body


def test_a_nudge_claimed_before_the_close_but_sent_after_it_is_the_late_variant(coach, client_ny):
    afternoon = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)
    in_review(client_ny, closes_at=afternoon + timedelta(minutes=5))
    assert review.queue_review_nudges(now=afternoon) == 2

    dispatch.dispatch_due(now=afternoon + timedelta(hours=1))

    assert len(mail.outbox) == 2
    for message in mail.outbox:
        assert "due soon" not in every_text(message)
        assert "closes" not in every_text(message)


def test_a_day_after_the_close_no_nudge_goes_out_at_all(coach, client_ny):
    afternoon = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)
    in_review(client_ny, closes_at=afternoon - timedelta(hours=25))

    assert sweep_and_deliver(now=afternoon) == 0
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("minutes_to_close", "variant"),
    [
        (5 * 60, None),
        (4 * 60, deadlines.Nudge.CLOSING),
        (1, deadlines.Nudge.CLOSING),
        (0, deadlines.Nudge.LATE),
        (-23 * 60, deadlines.Nudge.LATE),
        (-24 * 60, None),
    ],
)
def test_the_nudge_variant_follows_the_window(minutes_to_close, variant):
    now = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)
    closes_at = now + timedelta(minutes=minutes_to_close)

    assert deadlines.review_nudge_variant(closes_at=closes_at, now=now) == variant


def test_a_review_request_after_the_close_tells_the_coach_it_closed(coach, client_ny):
    afternoon = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)
    letter = in_review(client_ny, closes_at=afternoon - timedelta(hours=1))

    coaching_emails.queue(
        kind=Reminder.Kind.REVIEW_REQUESTED, recipient=coach, letter=letter, now=afternoon
    )
    dispatch.dispatch_due(now=afternoon)

    [message] = mail.outbox
    assert "closes" not in every_text(message)
    assert "Their 24-hour window closed Thu 26 Nov, 16:00 CET" in message.body
