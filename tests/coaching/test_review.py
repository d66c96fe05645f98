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
from reminders import dispatch
from reminders.models import Reminder
from tests.coaching.conftest import letter_for, make_coach, run_queued, to
from tests.factories import CoachAccessFactory, UserFactory

# These tests run at the wall-clock time; quiet hours would make them fail at night.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_quiet_hours")]

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
    assert to(to_coach) == coach.email
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
    assert to(to_client) == client_1.email
    assert to_client.subject == f"Your coach approved your letter to {letter.recipient.name}"
    assert "Lead with the idea." in to_client.body
    assert f"/letters/{letter.pk}/" in to_client.body


def test_every_coach_of_the_client_is_asked(client_1, django_capture_on_commit_callbacks):
    second = make_coach()
    CoachAccessFactory(client=client_1, coach=second)
    with django_capture_on_commit_callbacks() as callbacks:
        review.request_review(letter=letter_for(client_1))
    run_queued(callbacks)
    assert len(mail.outbox) == 2 and second.email in {to(m) for m in mail.outbox}


def test_asking_twice_sends_one_email(client_1, django_capture_on_commit_callbacks):
    letter = letter_for(client_1)
    with django_capture_on_commit_callbacks() as callbacks:
        review.request_review(letter=letter)
        review.request_review(letter=letter)
    assert run_queued(callbacks) == 1
    assert Reminder.objects.get().kind == Reminder.Kind.REVIEW_REQUESTED


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


def test_asking_again_after_approval_asks_about_this_version(coach, client_1):
    letter = letter_for(client_1)
    review.record_review(letter=letter, coach=coach, verdict=Verdict.APPROVED)
    Letter.objects.filter(pk=letter.pk).update(changed_since_approval=True)
    letter.refresh_from_db()
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


def pending_review(client, *, ended_hours_ago):
    letter = letter_for(client, ended_hours_ago=ended_hours_ago)
    review.request_review(letter=letter)
    return letter


def test_pending_review_near_the_deadline_nudges_coach_and_job_seeker_once(
    coach, client_1, django_capture_on_commit_callbacks
):
    letter = pending_review(client_1, ended_hours_ago=21)  # 3 hours left
    pending_review(client_1, ended_hours_ago=2)  # 22 hours left: no nudge yet
    dispatch.dispatch_due()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks() as callbacks:
        assert review_tasks.send_review_nudges() == 2  # a row for the coach, one for the client
    nudges = Reminder.objects.filter(kind=Reminder.Kind.REVIEW_NUDGE)
    assert {(row.letter, row.state) for row in nudges} == {(letter, Reminder.State.SCHEDULED)}
    assert run_queued(callbacks) == 2
    assert run_queued(callbacks) == 0  # the broker delivered the same sweep again
    assert sorted(to(m) for m in mail.outbox) == sorted([coach.email, client_1.email])
    client_note = next(m for m in mail.outbox if to(m) == client_1.email)
    assert "without waiting" in client_note.subject
    assert {(row.state, row.attempts) for row in nudges.all()} == {(Reminder.State.SENT, 1)}
    assert review_tasks.send_review_nudges() == 0  # the next run finds nothing new
    assert len(mail.outbox) == 2


def test_a_review_given_before_the_nudge_goes_out_cancels_it(coach, client_1):
    letter = pending_review(client_1, ended_hours_ago=22)
    dispatch.dispatch_due()
    review_tasks.send_review_nudges()
    review.record_review(letter=letter, coach=coach, verdict=Verdict.APPROVED)
    mail.outbox.clear()

    dispatch.dispatch_due()

    nudges = Reminder.objects.filter(kind=Reminder.Kind.REVIEW_NUDGE)
    assert {row.state for row in nudges} == {Reminder.State.CANCELLED}
    assert [m.subject for m in mail.outbox] == [
        f"Your coach approved your letter to {letter.recipient.name}"
    ]


def test_two_letters_of_one_interview_each_get_their_own_nudge(coach, client_1):
    first = pending_review(client_1, ended_hours_ago=22)
    second = letter_for(client_1)
    Letter.objects.filter(pk=second.pk).update(interview=first.interview)
    second.refresh_from_db()
    review.request_review(letter=second)

    assert review_tasks.send_review_nudges() == 4
    assert review_tasks.send_review_nudges() == 0


def test_the_job_seeker_who_turned_reminders_off_gets_no_nudge_email(coach, client_1):
    client_1.email_reminders = False
    client_1.save()
    pending_review(client_1, ended_hours_ago=23)
    dispatch.dispatch_due()
    mail.outbox.clear()

    review_tasks.send_review_nudges()
    dispatch.dispatch_due()

    assert [to(m) for m in mail.outbox] == [coach.email]


# --- what the job seeker sees beside the draft ------------------------------------------


def test_panel_says_send_without_waiting_when_the_window_is_about_to_close(coach, client_1):
    now = timezone.now()
    soon = pending_review(client_1, ended_hours_ago=21)
    later = pending_review(client_1, ended_hours_ago=1)
    assert review.review_panel(letter=soon, now=now).send_without_waiting is True
    assert review.review_panel(letter=later, now=now).send_without_waiting is False
    assert review.review_panel(letter=soon, now=now + timedelta(hours=4)).window_closed is True
