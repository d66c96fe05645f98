"""The client invites a coach from their profile, and can revoke the access at any time."""

import pytest
from django.core import mail
from django.urls import reverse

from accounts.models import User
from coaching import consent
from coaching.models import CoachAccess
from tests.coaching.conftest import make_coach, run_queued, to
from tests.factories import CoachAccessFactory, UserFactory

# On the wall clock: quiet hours would hold the emails whenever the suite runs at night.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_quiet_hours")]

INVITE = reverse("coach_invite")


def test_inviting_an_existing_coach_gives_access_at_once_and_tells_them(
    client, coach, django_capture_on_commit_callbacks
):
    user = UserFactory()
    client.force_login(user)
    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(INVITE, {"coach_email": coach.email.upper()}, follow=True)
    assert f"{coach.email} can now review your letters." in response.text
    assert consent.coaches(coach, user)
    assert run_queued(callbacks) == 1
    assert to(mail.outbox[0]) == coach.email
    assert "/admin/letters/letter/" in mail.outbox[0].body


def test_inviting_someone_new_emails_an_invitation_to_accept(
    client, django_capture_on_commit_callbacks
):
    user = UserFactory()
    client.force_login(user)
    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(INVITE, {"coach_email": "new.coach@example.com"}, follow=True)
    assert "We emailed new.coach@example.com an invitation" in response.text
    access = CoachAccess.objects.get(client=user)
    assert (access.coach, access.coach_email) == (None, "new.coach@example.com")
    assert "Invited" in response.text  # listed on the profile, pending
    run_queued(callbacks)
    assert reverse("coach_invitation", args=[access.token]) in mail.outbox[0].body


def test_inviting_twice_keeps_one_invitation(client):
    user = UserFactory()
    client.force_login(user)
    client.post(INVITE, {"coach_email": "c@example.com"})
    response = client.post(INVITE, {"coach_email": "c@example.com"}, follow=True)
    assert "c@example.com is already invited." in response.text
    assert CoachAccess.objects.filter(client=user).count() == 1


def test_a_bad_address_shows_the_error_and_keeps_the_input(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post(INVITE, {"coach_email": "not-an-email"})
    assert response.status_code == 400
    assert "Enter a valid email address." in response.text
    assert 'value="not-an-email"' in response.text
    assert not CoachAccess.objects.exists()


def test_inviting_yourself_is_refused(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post(INVITE, {"coach_email": user.email})
    assert response.status_code == 400
    assert "That is your own address" in response.text


def test_profile_lists_the_coach_with_a_revoke_button(client, coach, client_1):
    client.force_login(client_1)
    text = client.get(reverse("profile")).text
    access = client_1.coach_accesses.get()
    assert "Coach Alice" in text and "Has access" in text
    assert reverse("coach_revoke", args=[access.pk]) in text
    assert 'for="id_coach_email"' in text


def test_revoking_ends_the_coachs_access_at_once(client, coach, client_1):
    access = client_1.coach_accesses.get()
    client.force_login(client_1)
    response = client.post(reverse("coach_revoke", args=[access.pk]), follow=True)
    assert f"{coach.email} can no longer see your letters." in response.text
    access.refresh_from_db()
    assert access.revoked_at is not None
    assert not consent.coaches(coach, client_1)
    assert "No coach has access to your letters." in response.text


def test_another_clients_access_is_404(client, client_1, client_2):
    access = client_2.coach_accesses.get()
    client.force_login(client_1)
    url = reverse("coach_revoke", args=[access.pk])
    assert client.post(url).status_code == 404
    # A GET is refused before the lookup: the same 405 as for one's own access.
    assert client.get(url).status_code == 405
    access.refresh_from_db()
    assert access.revoked_at is None


def test_revoking_is_a_post(client, client_1):
    client.force_login(client_1)
    url = reverse("coach_revoke", args=[client_1.coach_accesses.get().pk])
    assert client.get(url).status_code == 405


@pytest.mark.parametrize(
    "url", [INVITE, reverse("coach_revoke", args=[1]), reverse("coach_invitation", args=["x"])]
)
def test_anonymous_visitors_are_sent_to_log_in(client, url):
    response = client.post(url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_the_invited_person_accepts_and_becomes_a_coach(client):
    user = UserFactory()
    access = CoachAccessFactory(client=user, coach=None, coach_email="mentor@example.com")
    mentor = UserFactory(email="mentor@example.com")
    client.force_login(mentor)
    url = reverse("coach_invitation", args=[access.token])
    assert user.name in client.get(url).text
    response = client.post(url)
    assert response.url == reverse("admin:letters_letter_changelist")
    mentor.refresh_from_db()
    assert mentor.is_staff and consent.is_coach(mentor) and not mentor.is_superuser
    assert consent.coaches(mentor, user)


def test_an_invitation_for_someone_else_is_404(client):
    access = CoachAccessFactory(coach=None, coach_email="mentor@example.com")
    intruder = UserFactory()
    client.force_login(intruder)
    url = reverse("coach_invitation", args=[access.token])
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    intruder.refresh_from_db()
    assert not intruder.is_staff


def test_a_revoked_invitation_cannot_be_accepted(client):
    access = CoachAccessFactory(coach=None, coach_email="mentor@example.com")
    consent.revoke_access(access=access)
    client.force_login(UserFactory(email="mentor@example.com"))
    assert client.post(reverse("coach_invitation", args=[access.token])).status_code == 404


def test_a_coach_account_created_later_picks_up_the_invitation():
    user = UserFactory()
    CoachAccessFactory(client=user, coach=None, coach_email="later@example.com")
    coach, done = consent.make_coach(email="later@example.com")
    assert consent.coaches(coach, user)
    assert "Linked 1 pending invitation(s) to later@example.com." in done
    assert User.objects.get(email="later@example.com") == coach


def test_make_coach_does_not_grant_access_to_anyone_else(client_1):
    other = make_coach()
    assert not consent.coaches(other, client_1)
