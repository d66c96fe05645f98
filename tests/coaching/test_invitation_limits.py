"""Coach invitations can't be used to spam, expire, and grant exactly one client.

Also: the admin's "view on site" redirect tells a coach nothing about other users' rows.
"""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts import userdata
from coaching import consent
from coaching.models import CoachAccess
from interviews.models import Interviewer
from letters.models import Letter
from tests.coaching.conftest import letter_for, run_queued
from tests.factories import CoachAccessFactory, InterviewerFactory, UserFactory

pytestmark = pytest.mark.django_db

INVITE = reverse("coach_invite")


# --- abuse limits ----------------------------------------------------------------------


def test_an_unconfirmed_account_cannot_email_an_invitation(
    client, django_capture_on_commit_callbacks
):
    user = UserFactory(name="Win a prize at evil-login", verified=False)
    client.force_login(user)

    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(INVITE, {"coach_email": "stranger@example.com"})

    assert response.status_code == 400
    assert f"Confirm your email address {user.email}" in response.text
    assert f'<a href="{reverse("account_email")}">ask for a new one</a>' in response.text
    assert 'value="stranger@example.com"' in response.text
    assert not CoachAccess.objects.filter(client=user).exists()
    assert run_queued(callbacks) == 0
    assert mail.outbox == []


def test_the_daily_invitation_limit_holds(client, settings, django_capture_on_commit_callbacks):
    settings.COACH_INVITES_PER_DAY = 2
    user = UserFactory()
    CoachAccessFactory(  # two days ago: outside the 24 hours
        client=user,
        coach=None,
        coach_email="old@example.com",
        created_at=timezone.now() - timedelta(days=2),
    )
    client.force_login(user)

    with django_capture_on_commit_callbacks() as callbacks:
        responses = [
            client.post(INVITE, {"coach_email": f"coach{i}@example.com"}, follow=True)
            for i in range(3)
        ]

    assert "reached the limit of 2 coach invitations in 24 hours" in responses[2].text
    assert sorted(
        CoachAccess.objects.filter(client=user).values_list("coach_email", flat=True)
    ) == ["coach0@example.com", "coach1@example.com", "old@example.com"]
    assert run_queued(callbacks) == 2
    assert len(mail.outbox) == 2


def test_revoking_and_inviting_again_still_counts(client, settings):
    settings.COACH_INVITES_PER_DAY = 2
    user = UserFactory()
    client.force_login(user)

    for _ in range(2):
        client.post(INVITE, {"coach_email": "same@example.com"})
        access = CoachAccess.objects.get(client=user, revoked_at__isnull=True)
        client.post(reverse("coach_revoke", args=[access.pk]))
    response = client.post(INVITE, {"coach_email": "same@example.com"})

    assert "reached the limit" in response.text
    assert not CoachAccess.objects.filter(client=user, revoked_at__isnull=True).exists()


def test_signing_up_again_with_the_same_address_does_not_reset_the_invitation_limit(
    client, settings
):
    settings.COACH_INVITES_PER_DAY = 1
    first = UserFactory(email="alex@example.com")
    client.force_login(first)
    client.post(INVITE, {"coach_email": "coach0@example.com"})
    userdata.delete_account(user=first)

    again = UserFactory(email="alex@example.com")
    client.force_login(again)
    response = client.post(INVITE, {"coach_email": "coach1@example.com"})

    assert "reached the limit of 1 coach invitations in 24 hours" in response.text
    assert not CoachAccess.objects.filter(client=again).exists()


# --- expiry ----------------------------------------------------------------------------


def invitation(*, age: timedelta, client=None, email="mentor@example.com") -> CoachAccess:
    return CoachAccessFactory(
        client=client or UserFactory(name="Client One"),
        coach=None,
        coach_email=email,
        accepted_at=None,
        created_at=timezone.now() - age,
    )


def test_an_invitation_older_than_14_days_says_it_expired_and_cannot_be_accepted(client):
    access = invitation(age=timedelta(days=14, minutes=1))
    mentor = UserFactory(email="mentor@example.com")
    client.force_login(mentor)
    url = reverse("coach_invitation", args=[access.token])

    page = client.get(url)
    accepted = client.post(url)

    assert page.status_code == 410
    assert "This invitation has expired" in page.text
    assert "Ask your client to invite you again" in page.text
    assert "Accept and open my review queue" not in page.text
    assert accepted.status_code == 410
    mentor.refresh_from_db()
    assert not mentor.is_staff
    assert not consent.coaches(mentor, access.client)


def test_an_invitation_of_13_days_can_still_be_accepted(client):
    access = invitation(age=timedelta(days=13))
    mentor = UserFactory(email="mentor@example.com")
    client.force_login(mentor)

    client.post(reverse("coach_invitation", args=[access.token]))

    assert consent.coaches(mentor, access.client)


def test_an_expired_invitation_makes_way_for_a_new_one(client):
    user = UserFactory()
    old = invitation(age=timedelta(days=20), client=user, email="c@example.com")
    client.force_login(user)

    response = client.post(INVITE, {"coach_email": "c@example.com"}, follow=True)

    assert "We emailed c@example.com an invitation" in response.text
    old.refresh_from_db()
    assert old.revoked_at is not None
    assert CoachAccess.objects.get(client=user, revoked_at__isnull=True).pk != old.pk


def test_staff_making_a_coach_do_not_link_expired_invitations():
    access = invitation(age=timedelta(days=30), email="later@example.com")

    coach, done = consent.make_coach(email="later@example.com")

    assert not consent.coaches(coach, access.client)
    assert not any("Linked" in line for line in done)


# --- accepting grants one client --------------------------------------------------------


def test_accepting_one_invitation_makes_a_coach_of_that_client_only(client):
    first = invitation(age=timedelta(hours=1), client=UserFactory(name="First Client"))
    second = invitation(age=timedelta(hours=1), client=UserFactory(name="Second Client"))
    first_letter = letter_for(first.client)
    second_letter = letter_for(second.client)
    mentor = UserFactory(email="mentor@example.com")
    client.force_login(mentor)

    client.post(reverse("coach_invitation", args=[first.token]))
    queue = client.get(reverse("admin:letters_letter_changelist"))
    second_page = client.get(reverse("admin:letters_letter_change", args=[second_letter.pk]))

    assert consent.coaches(mentor, first.client)
    assert not consent.coaches(mentor, second.client)
    second.refresh_from_db()
    assert (second.coach, second.accepted_at) == (None, None)
    assert queue.status_code == 200
    assert list(queue.context["cl"].result_list) == [first_letter]
    assert second_page.status_code == 404


# --- the admin's "view on site" redirect ------------------------------------------------


def shortcut(model, pk) -> str:
    content_type = ContentType.objects.get_for_model(model)
    return f"/admin/r/{content_type.pk}/{pk}/"


def test_view_on_site_answers_404_to_a_coach_whatever_exists(client, coach, client_1):
    own_client_letter = letter_for(client_1)
    strangers_interviewer = InterviewerFactory()
    client.force_login(coach)

    answers = {
        "client's letter": client.get(shortcut(Letter, own_client_letter.pk)).status_code,
        "stranger's interviewer": client.get(
            shortcut(Interviewer, strangers_interviewer.pk)
        ).status_code,
        "no such id": client.get(shortcut(Interviewer, 999999)).status_code,
    }

    assert answers == {"client's letter": 404, "stranger's interviewer": 404, "no such id": 404}


def test_view_on_site_still_works_for_superusers(client, admin_user):
    interviewer = InterviewerFactory()
    client.force_login(admin_user)

    response = client.get(shortcut(Interviewer, interviewer.pk))

    assert response.status_code == 302
    assert response.url.endswith(interviewer.get_absolute_url())


def test_view_on_site_sends_visitors_to_sign_in(client):
    response = client.get(shortcut(Interviewer, 1))

    assert response.status_code == 302
    assert "login" in response.url
