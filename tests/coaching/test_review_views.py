"""The job seeker asks for a review, and sees the verdict beside the draft."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from coaching import review
from coaching.models import ReviewComment
from letters.models import Letter
from tests.coaching.conftest import letter_for, run_queued
from tests.factories import UserFactory

# On the wall clock: quiet hours would hold the emails whenever the suite runs at night.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_quiet_hours")]


def ask_url(letter):
    return reverse("letter_request_review", args=[letter.pk])


def test_job_seeker_asks_their_coach_for_a_review(
    client, coach, client_1, django_capture_on_commit_callbacks
):
    letter = letter_for(client_1)
    client.force_login(client_1)
    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(ask_url(letter), follow=True)
    assert response.redirect_chain[-1][0] == letter.get_absolute_url()
    assert "Your coach has been asked to review this letter." in response.text
    letter.refresh_from_db()
    assert letter.status == Letter.Status.IN_REVIEW
    assert run_queued(callbacks) == 1


def test_asking_without_a_coach_explains_what_to_do(client):
    user = UserFactory()
    letter = letter_for(user)
    client.force_login(user)
    response = client.post(ask_url(letter), follow=True)
    assert "Invite a coach from your profile first." in response.text
    letter.refresh_from_db()
    assert letter.status == Letter.Status.DRAFT


def test_another_users_letter_is_404(client, client_1, client_2):
    letter = letter_for(client_1)
    client.force_login(client_2)
    assert client.post(ask_url(letter)).status_code == 404
    # A GET is refused before the lookup: the same 405 as for one's own letter.
    assert client.get(ask_url(letter)).status_code == 405
    letter.refresh_from_db()
    assert letter.status == Letter.Status.DRAFT


def test_asking_is_a_post(client, client_1):
    letter = letter_for(client_1)
    client.force_login(client_1)
    assert client.get(ask_url(letter)).status_code == 405


def test_anonymous_visitors_are_sent_to_log_in(client, client_1):
    letter = letter_for(client_1)
    response = client.post(ask_url(letter))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_letter_page_offers_the_review_button_when_a_coach_has_access(client, client_1):
    letter = letter_for(client_1)
    client.force_login(client_1)
    text = client.get(letter.get_absolute_url()).text
    assert "Ask my coach for a review" in text
    assert f'action="{ask_url(letter)}"' in text


def test_letter_page_without_a_coach_points_to_the_profile(client):
    user = UserFactory()
    letter = letter_for(user)
    client.force_login(user)
    text = client.get(letter.get_absolute_url()).text
    assert "Ask my coach for a review" not in text
    assert "Invite them from your profile" in text


def test_letter_page_shows_the_verdict_and_comments_beside_the_draft(client, coach, client_1):
    letter = letter_for(client_1)
    review.request_review(letter=letter)
    review.record_review(letter=letter, coach=coach, body="Cut the second paragraph.")
    review.record_review(
        letter=letter, coach=coach, body="Now it sings.", verdict=ReviewComment.Verdict.APPROVED
    )
    client.force_login(client_1)
    text = client.get(letter.get_absolute_url()).text
    assert "Approved</span>" in text
    assert "Approved\n        by Coach Alice" in text
    assert "Cut the second paragraph." in text and "Now it sings." in text
    assert "Changed since approval" not in text

    Letter.objects.filter(pk=letter.pk).update(changed_since_approval=True)
    text = client.get(letter.get_absolute_url()).text
    assert "Changed since approval" in text


def test_letter_page_says_send_without_waiting_when_the_window_is_about_to_close(
    client, coach, client_1
):
    letter = letter_for(client_1, ended_hours_ago=22)
    review.request_review(letter=letter)
    client.force_login(client_1)
    text = client.get(letter.get_absolute_url()).text
    assert "Waiting for Coach Alice" in text
    assert "You can send without waiting for the review" in text
    assert "Ask my coach for a review" not in text


def test_pending_review_far_from_the_deadline_has_no_send_now_note(client, coach, client_1):
    letter = letter_for(client_1, ended_hours_ago=1)
    review.request_review(letter=letter, now=timezone.now() - timedelta(minutes=5))
    client.force_login(client_1)
    text = client.get(letter.get_absolute_url()).text
    assert "Waiting for Coach Alice" in text
    assert "without waiting" not in text
