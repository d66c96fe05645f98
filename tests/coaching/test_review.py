"""The review round trip: ask, review, tell; and the nudge near the deadline."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from coaching import consent, review
from coaching import tasks as review_tasks
from coaching.models import ReviewComment
from letters.models import Letter
from reminders.models import Reminder
from tests.coaching.conftest import letter_for, make_coach, run_queued
from tests.factories import CoachAccessFactory, UserFactory

pytestmark = pytest.mark.django_db

Verdict = ReviewComment.Verdict


def test_review_round_trip_emails_the_coach_then_the_job_seeker(
    coach, client_1, django_capture_on_commit_callbacks
):
    letter = letter_for(client_1)
    now = timezone.now()

    with django_capture_on_commit_callbacks() as callbacks:
        review.request_review(letter=letter, now=now)
    letter.refresh_from_db()
    assert (letter.status, letter.review_requested_at) == (Letter.Status.IN_REVIEW, now)
    assert mail.outbox == []  # nothing is sent before the commit
    assert run_queued(callbacks) == 1
    (to_coach,) = mail.outbox
    assert to_coach.to == [coach.email]
    assert to_coach.subject == f"{client_1.name} asked you to review a follow-up letter"
    assert f"/admin/letters/letter/{letter.pk}/change/" in to_coach.body
    assert to_coach.alternatives[0].mimetype == "text/html"

    with django_capture_on_commit_callbacks() as callbacks:
        review.record_review(
            letter=letter, coach=coach, body="Lead with the idea.", verdict=Verdict.APPROVED
        )
    letter.refresh_from_db()
    assert letter.status == Letter.Status.READY and letter.approved_at is not None
    assert run_queued(callbacks) == 1
    to_client = mail.outbox[1]
    assert to_client.to == [client_1.email]
    assert to_client.subject == f"Your coach approved your letter to {letter.recipient.name}"
    assert "Lead with the idea." in to_client.body
    assert f"/letters/{letter.pk}/" in to_client.body


def test_every_coach_of_the_client_is_asked(client_1, django_capture_on_commit_callbacks):
    second = make_coach()
    CoachAccessFactory(client=client_1, coach=second)
    with django_capture_on_commit_callbacks() as callbacks:
        review.request_review(letter=letter_for(client_1))
    run_queued(callbacks)
    assert len(mail.outbox) == 2 and second.email in {m.to[0] for m in mail.outbox}


def test_asking_twice_sends_one_email(client_1, django_capture_on_commit_callbacks):
    letter = letter_for(client_1)
    with django_capture_on_commit_callbacks() as callbacks:
        review.request_review(letter=letter)
        review.request_review(letter=letter)
    assert run_queued(callbacks) == 1


def test_asking_without_a_coach_is_refused():
    letter = letter_for(UserFactory())
    with pytest.raises(ValidationError, match="Invite a coach"):
        review.request_review(letter=letter)
    letter.refresh_from_db()
    assert letter.status == Letter.Status.DRAFT


def test_a_sent_letter_cannot_be_reviewed(coach, client_1):
    letter = letter_for(client_1, status=Letter.Status.SENT)
    with pytest.raises(ValidationError):
        review.request_review(letter=letter)
    with pytest.raises(ValidationError, match="already been sent"):
        review.record_review(letter=letter, coach=coach, verdict=Verdict.APPROVED)
    assert letter.comments.count() == 0


def test_asking_for_changes_returns_the_letter_to_draft(
    coach, client_1, django_capture_on_commit_callbacks
):
    letter = letter_for(client_1, status=Letter.Status.IN_REVIEW)
    with django_capture_on_commit_callbacks() as callbacks:
        review.record_review(
            letter=letter,
            coach=coach,
            body="Name their problem.",
            verdict=Verdict.CHANGES_REQUESTED,
        )
    letter.refresh_from_db()
    assert (letter.status, letter.approved_at) == (Letter.Status.DRAFT, None)
    run_queued(callbacks)
    assert mail.outbox[0].subject.startswith("Your coach asked for changes")


def test_a_comment_keeps_the_status_and_needs_words(coach, client_1):
    letter = letter_for(client_1, status=Letter.Status.IN_REVIEW)
    with pytest.raises(ValidationError, match="Write a comment"):
        review.record_review(letter=letter, coach=coach, body="  ", verdict=Verdict.COMMENT)
    review.record_review(letter=letter, coach=coach, body="Reading it now.")
    letter.refresh_from_db()
    assert letter.status == Letter.Status.IN_REVIEW


def test_a_coach_without_consent_cannot_review(client_2, coach):
    letter = letter_for(client_2, status=Letter.Status.IN_REVIEW)
    with pytest.raises(PermissionDenied):
        review.record_review(letter=letter, coach=coach, verdict=Verdict.APPROVED)
    assert letter.comments.count() == 0


def test_editing_after_approval_marks_the_letter_changed(coach, client_1):
    letter = letter_for(client_1)
    assert review.note_letter_edited(letter) is False  # never approved: nothing to mark
    review.record_review(letter=letter, coach=coach, verdict=Verdict.APPROVED)
    letter.refresh_from_db()
    assert review.note_letter_edited(letter) is True
    letter.refresh_from_db()
    assert letter.changed_since_approval is True
    review.request_review(letter=letter)
    letter.refresh_from_db()
    assert (letter.changed_since_approval, letter.approved_at) == (False, None)


def test_revoking_consent_returns_pending_reviews_to_draft(coach, client_1):
    letter = letter_for(client_1)
    review.request_review(letter=letter)
    consent.revoke_access(access=client_1.coach_accesses.get())
    letter.refresh_from_db()
    assert letter.status == Letter.Status.DRAFT
    assert not consent.coaches(coach, client_1)


def test_a_request_email_is_not_sent_after_consent_was_revoked(
    coach, client_1, django_capture_on_commit_callbacks
):
    letter = letter_for(client_1)
    with django_capture_on_commit_callbacks() as callbacks:
        review.request_review(letter=letter)
    client_1.coach_accesses.update(revoked_at=timezone.now())
    run_queued(callbacks)
    assert mail.outbox == []


# --- the nudge ---------------------------------------------------------------------------
# (Quiet hours and the late variant: tests/coaching/test_review_timing.py.)


@pytest.fixture(autouse=True)
def _no_quiet_hours(settings):
    # These tests run at the wall-clock time; quiet hours would make them fail at night.
    settings.FOLLOWUP_QUIET_HOURS_START = settings.FOLLOWUP_QUIET_HOURS_END = "00:00"


def pending_review(client, *, ended_hours_ago):
    letter = letter_for(client, ended_hours_ago=ended_hours_ago)
    review.request_review(letter=letter)
    return letter


def test_pending_review_near_the_deadline_nudges_coach_and_job_seeker_once(
    coach, client_1, django_capture_on_commit_callbacks
):
    letter = pending_review(client_1, ended_hours_ago=21)  # 3 hours left
    pending_review(client_1, ended_hours_ago=2)  # 22 hours left: no nudge yet
    mail.outbox.clear()
    with django_capture_on_commit_callbacks() as callbacks:
        assert review_tasks.send_review_nudges() == 1
    reminder = Reminder.objects.get(kind=Reminder.Kind.REVIEW_NUDGE)
    assert (reminder.letter, reminder.state) == (letter, Reminder.State.SENDING)
    assert run_queued(callbacks) == 1
    run_queued(callbacks)  # the broker delivered the same task again
    assert sorted(m.to[0] for m in mail.outbox) == sorted([coach.email, client_1.email])
    client_note = next(m for m in mail.outbox if m.to == [client_1.email])
    assert "without waiting" in client_note.subject
    reminder.refresh_from_db()
    assert (reminder.state, reminder.attempts) == (Reminder.State.SENT, 1)
    assert review_tasks.send_review_nudges() == 0  # the next sweep finds nothing new
    assert len(mail.outbox) == 2


def test_a_review_given_before_the_nudge_goes_out_cancels_it(coach, client_1):
    letter = pending_review(client_1, ended_hours_ago=22)
    reminder = review.claim_review_nudge(letter=letter, now=timezone.now())
    review.record_review(letter=letter, coach=coach, verdict=Verdict.APPROVED)
    mail.outbox.clear()
    review_tasks.send_review_nudge(reminder.pk)
    reminder.refresh_from_db()
    assert reminder.state == Reminder.State.CANCELLED
    assert mail.outbox == []


def test_two_letters_of_one_interview_each_get_their_own_nudge(coach, client_1):
    first = pending_review(client_1, ended_hours_ago=22)
    second = letter_for(client_1)
    Letter.objects.filter(pk=second.pk).update(interview=first.interview)
    second.refresh_from_db()
    review.request_review(letter=second)
    now = timezone.now()
    assert review.claim_review_nudge(letter=first, now=now) is not None
    assert review.claim_review_nudge(letter=first, now=now) is None
    assert review.claim_review_nudge(letter=second, now=now) is not None


def test_the_job_seeker_who_turned_reminders_off_gets_no_nudge_email(coach, client_1):
    client_1.email_reminders = False
    client_1.save()
    letter = pending_review(client_1, ended_hours_ago=23)
    mail.outbox.clear()
    reminder = review.claim_review_nudge(letter=letter, now=timezone.now())
    review_tasks.send_review_nudge(reminder.pk)
    assert [m.to for m in mail.outbox] == [[coach.email]]


# --- what the job seeker sees beside the draft ------------------------------------------


def test_panel_says_send_without_waiting_when_the_window_is_about_to_close(coach, client_1):
    now = timezone.now()
    soon = pending_review(client_1, ended_hours_ago=21)
    later = pending_review(client_1, ended_hours_ago=1)
    assert review.review_panel(letter=soon, now=now).send_without_waiting is True
    assert review.review_panel(letter=later, now=now).send_without_waiting is False
    assert review.review_panel(letter=soon, now=now + timedelta(hours=4)).window_closed is True
