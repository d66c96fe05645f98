"""Review nudges follow the reminders' rules: quiet hours in each recipient's own zone,
and never "closes" or "due soon" once the window has closed."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail

from coaching import review
from coaching import tasks as review_tasks
from letters.models import Letter
from reminders.models import Reminder
from tests.coaching.conftest import make_coach
from tests.factories import CoachAccessFactory, InterviewFactory, LetterFactory, UserFactory

pytestmark = pytest.mark.django_db

# Thu 26 Nov 2026, 07:29 UTC is 02:29 in New York and 08:29 in Paris.
NIGHT_IN_NEW_YORK = datetime(2026, 11, 26, 7, 29, tzinfo=UTC)


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
    """One beat sweep at ``now``, then the queued sends, run by a worker at the same moment."""
    claimed = review_tasks.send_review_nudges(now=now)
    for reminder in Reminder.objects.filter(
        kind=Reminder.Kind.REVIEW_NUDGE, state=Reminder.State.SENDING, attempts=0
    ):
        review_tasks.deliver_review_nudge(reminder_id=reminder.pk, now=now)
    return claimed


def every_text(message):
    return " ".join([message.subject, message.body, message.alternatives[0][0]])


# --- quiet hours -------------------------------------------------------------------------


def test_no_review_nudge_goes_out_at_night_in_the_clients_zone(coach, client_ny):
    in_review(client_ny, closes_at=NIGHT_IN_NEW_YORK + timedelta(hours=3))

    assert sweep_and_deliver(now=NIGHT_IN_NEW_YORK) == 0

    assert mail.outbox == []
    assert not Reminder.objects.filter(kind=Reminder.Kind.REVIEW_NUDGE).exists()


def test_no_review_nudge_goes_out_at_night_in_the_coachs_zone(client_ny):
    night_in_paris = datetime(2026, 11, 26, 22, 30, tzinfo=UTC)  # 23:30 CET, 17:30 EST
    client_ny.coach_accesses.update(coach=make_coach(time_zone="Europe/Paris"))
    in_review(client_ny, closes_at=night_in_paris + timedelta(hours=3))

    assert sweep_and_deliver(now=night_in_paris) == 0
    assert mail.outbox == []


def test_the_nudge_held_by_the_night_goes_out_in_the_morning_as_the_late_variant(coach, client_ny):
    closes_at = NIGHT_IN_NEW_YORK + timedelta(hours=3)  # 05:29 in New York
    letter = in_review(client_ny, closes_at=closes_at)
    sweep_and_deliver(now=NIGHT_IN_NEW_YORK)
    morning_in_new_york = datetime(2026, 11, 26, 13, 0, tzinfo=UTC)  # 08:00 EST

    assert sweep_and_deliver(now=morning_in_new_york) == 1

    assert sorted(m.to[0] for m in mail.outbox) == sorted([coach.email, client_ny.email])
    for message in mail.outbox:
        text = every_text(message)
        assert "due soon" not in text
        assert "closes" not in text
        assert "closed" in text
    coach_note = next(m for m in mail.outbox if m.to == [coach.email])
    assert coach_note.subject == (
        f"Review pending: Jordan Client's letter to {letter.recipient.name} is late"
    )
    reminder = Reminder.objects.get(kind=Reminder.Kind.REVIEW_NUDGE)
    assert (reminder.state, reminder.sent_at) == (Reminder.State.SENT, morning_in_new_york)


def test_a_nudge_delivered_late_into_the_night_waits_for_a_later_sweep(coach, client_ny):
    evening = datetime(2026, 11, 27, 1, 30, tzinfo=UTC)  # 20:30 EST, 02:30 CET: Paris sleeps
    coach.time_zone = "America/Chicago"  # 19:30 CST
    coach.save()
    in_review(client_ny, closes_at=evening + timedelta(hours=2))
    assert review_tasks.send_review_nudges(now=evening) == 1
    [reminder] = Reminder.objects.filter(kind=Reminder.Kind.REVIEW_NUDGE)

    # The broker delivered the task 40 minutes late: 21:10 in New York.
    review_tasks.deliver_review_nudge(reminder_id=reminder.pk, now=evening + timedelta(minutes=40))

    assert mail.outbox == []
    assert not Reminder.objects.filter(pk=reminder.pk).exists()


# --- never "due soon" after the window closed --------------------------------------------


def test_a_nudge_before_the_close_says_when_it_closes_in_each_readers_zone(coach, client_ny):
    afternoon = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)  # 11:00 EST, 17:00 CET
    letter = in_review(client_ny, closes_at=afternoon + timedelta(hours=2, minutes=24))

    assert sweep_and_deliver(now=afternoon) == 1

    coach_note = next(m for m in mail.outbox if m.to == [coach.email])
    client_note = next(m for m in mail.outbox if m.to == [client_ny.email])
    assert coach_note.subject == (
        f"Review pending: Jordan Client's letter to {letter.recipient.name} is due soon"
    )
    assert "Their 24-hour window closes Thu 26 Nov, 19:24 CET." in coach_note.body
    assert "your 24-hour window closes Thu 26 Nov, 13:24 EST." in client_note.body


def test_a_review_still_pending_hours_after_the_close_never_says_due_soon(coach, client_ny):
    afternoon = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)
    in_review(client_ny, closes_at=afternoon - timedelta(hours=5))

    assert sweep_and_deliver(now=afternoon) == 1

    assert len(mail.outbox) == 2
    for message in mail.outbox:
        text = every_text(message)
        assert "due soon" not in text
        assert "closes" not in text
    coach_note = next(m for m in mail.outbox if m.to == [coach.email])
    assert "Their 24-hour window closed Thu 26 Nov, 12:00 CET" in coach_note.body


def test_a_nudge_claimed_before_the_close_but_sent_after_it_is_the_late_variant(coach, client_ny):
    afternoon = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)
    in_review(client_ny, closes_at=afternoon + timedelta(minutes=5))
    assert review_tasks.send_review_nudges(now=afternoon) == 1
    [reminder] = Reminder.objects.filter(kind=Reminder.Kind.REVIEW_NUDGE)

    review_tasks.deliver_review_nudge(reminder_id=reminder.pk, now=afternoon + timedelta(hours=1))

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
        (4 * 60, review.Nudge.CLOSING),
        (1, review.Nudge.CLOSING),
        (0, review.Nudge.LATE),
        (-23 * 60, review.Nudge.LATE),
        (-24 * 60, None),
    ],
)
def test_the_nudge_variant_follows_the_window(minutes_to_close, variant):
    now = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)
    closes_at = now + timedelta(minutes=minutes_to_close)

    assert review.review_nudge_variant(closes_at=closes_at, now=now) == variant


def test_a_review_request_after_the_close_tells_the_coach_it_closed(coach, client_ny):
    afternoon = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)
    letter = in_review(client_ny, closes_at=afternoon - timedelta(hours=1))

    review_tasks.email_review_requested(letter=letter, coach=coach, now=afternoon)

    [message] = mail.outbox
    assert "closes" not in every_text(message)
    assert "Their 24-hour window closed Thu 26 Nov, 16:00 CET" in message.body
