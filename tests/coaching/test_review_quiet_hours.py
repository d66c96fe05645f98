"""Review requested and review result emails wait for the morning in the recipient's zone.

Every review email is an outbox row due in the recipient's daytime: at night, when their
quiet hours end (21:00-08:00 by default); the outbox's sweep sends it then, once. Every
coach email carries a one-click unsubscribe (RFC 8058) that works.
"""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.test import Client

from coaching import emails as coaching_emails
from coaching.models import ReviewComment
from letters.models import Letter
from reminders import dispatch
from reminders.models import Reminder
from tests.coaching.conftest import make_coach, run_queued, to
from tests.factories import (
    CoachAccessFactory,
    InterviewFactory,
    LetterFactory,
    ReviewCommentFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

Kind, State = Reminder.Kind, Reminder.State

# Thu 26 Nov 2026, 17:00 UTC is Fri 02:00 in Tokyo and 18:00 in Paris.
NIGHT_IN_TOKYO = datetime(2026, 11, 26, 17, 0, tzinfo=UTC)
# Fri 08:00 in Tokyo: the default quiet hours (21:00-08:00) end.
MORNING_IN_TOKYO = datetime(2026, 11, 26, 23, 0, tzinfo=UTC)
# Fri 27 Nov, 01:00 UTC is 10:00 in Tokyo.
DAY_IN_TOKYO = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _in_the_same_year(time_machine):
    # Emails write a date of the current year without its year: the clock runs from a day
    # of these tests' year (2026), so they read the same whatever year the suite runs in.
    time_machine.move_to(datetime(2026, 11, 26, 12, 0, tzinfo=UTC))


@pytest.fixture
def coach():
    return make_coach(name="Kenji Coach", time_zone="Asia/Tokyo")


@pytest.fixture
def client_paris(coach):
    user = UserFactory(name="Camille Client", time_zone="Europe/Paris")
    CoachAccessFactory(client=user, coach=coach)
    return user


@pytest.fixture
def client_tokyo():
    user = UserFactory(name="Yui Client", time_zone="Asia/Tokyo")
    CoachAccessFactory(client=user, coach=make_coach(name="Pat Coach", time_zone="Europe/Paris"))
    return user


def in_review(client, *, closes_at):
    ends_at = closes_at - timedelta(hours=24)
    interview = InterviewFactory(
        owner=client, starts_at=ends_at - timedelta(hours=1), ends_at=ends_at
    )
    return LetterFactory(interview=interview, status=Letter.Status.IN_REVIEW)


def ask(letter, coach, *, now):
    """What ``review.request_review`` queues for each coach, at ``now``."""
    coaching_emails.queue(kind=Kind.REVIEW_REQUESTED, recipient=coach, letter=letter, now=now)


def tell(letter, *, now):
    """What ``review.record_review`` queues for the job seeker, at ``now``."""
    coaching_emails.queue(kind=Kind.REVIEW_RESULT, recipient=letter.owner, letter=letter, now=now)


def sweep_and_deliver(*, now):
    """The outbox's sweep at ``now``; how many emails went out."""
    return dispatch.dispatch_due(now=now).get("sent", 0)


def every_text(message):
    return " ".join([message.subject, message.body, message.alternatives[0][0]])


# --- review requested, to the coach ------------------------------------------------------


def test_a_review_request_at_2am_for_the_coach_waits_as_a_row_for_their_morning(
    coach, client_paris
):
    letter = in_review(client_paris, closes_at=NIGHT_IN_TOKYO + timedelta(hours=20))

    ask(letter, coach, now=NIGHT_IN_TOKYO)

    assert mail.outbox == []
    [row] = Reminder.objects.all()
    assert (row.kind, row.user, row.letter, row.state, row.due_at) == (
        Kind.REVIEW_REQUESTED,
        coach,
        letter,
        State.SCHEDULED,
        MORNING_IN_TOKYO,
    )


def test_the_sweep_at_the_end_of_the_quiet_hours_sends_the_request_once(coach, client_paris):
    letter = in_review(client_paris, closes_at=NIGHT_IN_TOKYO + timedelta(hours=20))
    ask(letter, coach, now=NIGHT_IN_TOKYO)

    assert sweep_and_deliver(now=MORNING_IN_TOKYO - timedelta(minutes=1)) == 0
    assert mail.outbox == []
    assert sweep_and_deliver(now=MORNING_IN_TOKYO) == 1
    assert sweep_and_deliver(now=MORNING_IN_TOKYO + timedelta(minutes=1)) == 0

    [message] = mail.outbox
    assert to(message) == coach.email
    assert message.subject == "Camille Client asked you to review a follow-up letter"
    assert "Their 24-hour window closes Fri 27 Nov, 22:00 JST." in message.body
    row = Reminder.objects.get()
    assert (row.state, row.attempts, row.sent_at) == (State.SENT, 1, MORNING_IN_TOKYO)


def test_a_held_email_cannot_be_sent_twice(coach, client_paris):
    letter = in_review(client_paris, closes_at=NIGHT_IN_TOKYO + timedelta(hours=20))
    ask(letter, coach, now=NIGHT_IN_TOKYO)
    ask(letter, coach, now=NIGHT_IN_TOKYO)  # asked twice in the night: one row
    [row] = Reminder.objects.all()

    # Two sweeps at the same moment: the second finds the row already claimed.
    [claim] = dispatch.claim_due(now=MORNING_IN_TOKYO, limit=10)
    assert dispatch.claim_due(now=MORNING_IN_TOKYO, limit=10) == []
    assert dispatch.send_claimed([claim], clock=lambda: MORNING_IN_TOKYO) == {"sent": 1}
    assert dispatch.dispatch_due(now=MORNING_IN_TOKYO) == {}

    assert len(mail.outbox) == 1
    row.refresh_from_db()
    assert (row.state, row.attempts) == (State.SENT, 1)


def test_a_review_request_in_the_coachs_daytime_goes_out_at_once(
    coach, client_paris, django_capture_on_commit_callbacks
):
    letter = in_review(client_paris, closes_at=DAY_IN_TOKYO + timedelta(hours=20))

    with django_capture_on_commit_callbacks() as callbacks:
        ask(letter, coach, now=DAY_IN_TOKYO)

    assert Reminder.objects.get().due_at == DAY_IN_TOKYO
    assert run_queued(callbacks, now=DAY_IN_TOKYO) == 1
    assert [to(m) for m in mail.outbox] == [coach.email]


def test_a_request_held_past_the_window_close_says_closed_never_due_soon(coach, client_paris):
    # The window closes at 05:00 in Tokyo, while the coach sleeps.
    letter = in_review(client_paris, closes_at=NIGHT_IN_TOKYO + timedelta(hours=3))
    ask(letter, coach, now=NIGHT_IN_TOKYO)

    sweep_and_deliver(now=MORNING_IN_TOKYO)

    [message] = [m for m in mail.outbox if to(m) == coach.email]
    text = every_text(message)
    assert "due soon" not in text
    assert "closes" not in text
    assert "Their 24-hour window closed Fri 27 Nov, 05:00 JST" in message.body


def test_a_held_request_is_dropped_if_the_review_ended_in_the_night(coach, client_paris):
    letter = in_review(client_paris, closes_at=NIGHT_IN_TOKYO + timedelta(hours=20))
    ask(letter, coach, now=NIGHT_IN_TOKYO)
    Letter.objects.filter(pk=letter.pk).update(status=Letter.Status.DRAFT)

    sweep_and_deliver(now=MORNING_IN_TOKYO)

    assert mail.outbox == []
    row = Reminder.objects.get()
    assert (row.state, row.last_error) == (State.CANCELLED, "The review is over.")


# --- review result, to the job seeker ----------------------------------------------------


def test_a_review_result_at_night_for_the_job_seeker_arrives_in_their_morning(client_tokyo):
    letter = in_review(client_tokyo, closes_at=NIGHT_IN_TOKYO + timedelta(hours=20))
    ReviewCommentFactory(
        letter=letter, body="Shorter, please.", verdict=ReviewComment.Verdict.CHANGES_REQUESTED
    )

    tell(letter, now=NIGHT_IN_TOKYO)

    assert mail.outbox == []
    row = Reminder.objects.get()
    assert (row.kind, row.user, row.due_at) == (Kind.REVIEW_RESULT, client_tokyo, MORNING_IN_TOKYO)
    assert sweep_and_deliver(now=MORNING_IN_TOKYO) == 1
    [message] = mail.outbox
    assert to(message) == client_tokyo.email
    assert message.subject.startswith("Your coach asked for changes")
    assert "Shorter, please." in message.body


def test_a_review_result_in_the_job_seekers_daytime_goes_out_at_once(
    client_tokyo, django_capture_on_commit_callbacks
):
    letter = in_review(client_tokyo, closes_at=DAY_IN_TOKYO + timedelta(hours=20))
    ReviewCommentFactory(letter=letter, body="Good.")

    with django_capture_on_commit_callbacks() as callbacks:
        tell(letter, now=DAY_IN_TOKYO)

    assert run_queued(callbacks, now=DAY_IN_TOKYO) == 1
    assert [to(m) for m in mail.outbox] == [client_tokyo.email]


# --- text, HTML and a one-click unsubscribe that works ----------------------------------


def request_email(coach, client_paris, client_tokyo):
    ask(
        in_review(client_paris, closes_at=DAY_IN_TOKYO + timedelta(hours=20)),
        coach,
        now=DAY_IN_TOKYO,
    )
    sweep_and_deliver(now=DAY_IN_TOKYO)
    return coach


def result_email(coach, client_paris, client_tokyo):
    letter = in_review(client_tokyo, closes_at=DAY_IN_TOKYO + timedelta(hours=20))
    ReviewCommentFactory(letter=letter, body="Good.")
    tell(letter, now=DAY_IN_TOKYO)
    sweep_and_deliver(now=DAY_IN_TOKYO)
    return client_tokyo


def invitation_email(coach, client_paris, client_tokyo):
    access = CoachAccessFactory(client=UserFactory(), coach=coach)
    coaching_emails.queue(
        kind=Kind.COACH_INVITATION, recipient=coach, access=access, now=DAY_IN_TOKYO
    )
    sweep_and_deliver(now=DAY_IN_TOKYO)
    return coach


@pytest.mark.parametrize("send", [request_email, result_email, invitation_email])
def test_every_coach_email_has_text_html_and_a_working_one_click_unsubscribe(
    send, coach, client_paris, client_tokyo
):
    recipient = send(coach, client_paris, client_tokyo)

    [message] = mail.outbox
    assert to(message) == recipient.email
    assert message.body.strip()
    assert [mimetype for _, mimetype in message.alternatives] == ["text/html"]
    wire = message.message()
    assert wire["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = re.fullmatch(r"<http://testserver(/unsubscribe/[^>]+)>", wire["List-Unsubscribe"])[1]

    response = Client(enforce_csrf_checks=True).post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 200
    recipient.refresh_from_db()
    assert recipient.email_reminders is False
    mail.outbox.clear()
    send(coach, client_paris, client_tokyo)
    assert mail.outbox == []


def test_a_coach_who_unsubscribed_in_the_night_gets_no_morning_email(coach, client_paris):
    letter = in_review(client_paris, closes_at=NIGHT_IN_TOKYO + timedelta(hours=20))
    ask(letter, coach, now=NIGHT_IN_TOKYO)
    coach.email_reminders = False
    coach.save()

    sweep_and_deliver(now=MORNING_IN_TOKYO)

    assert mail.outbox == []
    assert Reminder.objects.get().state == State.CANCELLED


def test_no_row_is_kept_at_night_for_a_coach_who_unsubscribed(coach, client_paris):
    coach.email_reminders = False
    coach.save()
    letter = in_review(client_paris, closes_at=NIGHT_IN_TOKYO + timedelta(hours=20))

    ask(letter, coach, now=NIGHT_IN_TOKYO)

    assert not Reminder.objects.exists()


def test_the_morning_sweep_sends_held_review_emails_in_a_few_queries_each(
    coach, client_paris, django_assert_max_num_queries
):
    for _ in range(3):
        letter = in_review(client_paris, closes_at=NIGHT_IN_TOKYO + timedelta(hours=20))
        ask(letter, coach, now=NIGHT_IN_TOKYO)

    # The claim (at most 6: a savepoint pair, the select, and an update per row where the
    # database has no SKIP LOCKED), the rows (1); per email its letter, the consent
    # check, and one transaction (a savepoint pair here) holding the claim check and the
    # mark of the email before it (6); the last look for more (3).
    with django_assert_max_num_queries(6 + 1 + 3 * 6 + 3):
        assert sweep_and_deliver(now=MORNING_IN_TOKYO) == 3
