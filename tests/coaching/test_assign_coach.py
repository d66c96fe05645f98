"""``manage.py assign_coach COACH_EMAIL CLIENT_EMAIL ...``"""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from accounts.models import User
from coaching import consent
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def assign(*args):
    out, err = StringIO(), StringIO()
    call_command("assign_coach", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_creates_the_coach_and_grants_access_line_by_line():
    ann, ben = UserFactory(email="ann@example.com"), UserFactory(email="ben@example.com")
    out, err = assign("Coach@Example.com", "ann@example.com", "ben@example.com")
    coach = User.objects.get(email="coach@example.com")
    assert coach.is_staff and not coach.is_superuser and consent.is_coach(coach)
    assert not coach.has_usable_password()
    assert out.splitlines() == [
        "Created the coach account coach@example.com (staff, no password yet).",
        "Added coach@example.com to the “Career coaches” group.",
        "coach@example.com has no password yet: they set one at "
        "http://testserver/accounts/password/reset/ "
        "(or run: manage.py changepassword coach@example.com).",
        "coach@example.com now coaches ann@example.com.",
        "coach@example.com now coaches ben@example.com.",
    ]
    assert err == ""
    assert consent.coaches(coach, ann) and consent.coaches(coach, ben)


def test_running_it_again_changes_nothing():
    UserFactory(email="ann@example.com")
    assign("coach@example.com", "ann@example.com")
    out, _ = assign("coach@example.com", "ann@example.com")
    assert out.splitlines()[-1] == "coach@example.com already coaches ann@example.com."
    assert "Created" not in out
    coach = User.objects.get(email="coach@example.com")
    assert coach.client_accesses.count() == 1


def test_an_existing_user_becomes_a_coach_and_keeps_their_password():
    UserFactory(email="ann@example.com")
    existing = UserFactory(email="mentor@example.com")
    out, _ = assign("mentor@example.com", "ann@example.com")
    existing.refresh_from_db()
    assert existing.is_staff and consent.is_coach(existing) and existing.has_usable_password()
    assert "mentor@example.com can now sign in to the admin (staff)." in out
    assert "no password yet" not in out


def test_an_unknown_client_is_an_error_line_and_a_failing_exit():
    UserFactory(email="ann@example.com")
    out = StringIO()
    err = StringIO()
    with pytest.raises(CommandError, match="1 of 2 client"):
        call_command(
            "assign_coach",
            "coach@example.com",
            "nobody@example.com",
            "ann@example.com",
            stdout=out,
            stderr=err,
        )
    assert err.getvalue().strip() == "No account for nobody@example.com: skipped."
    assert "coach@example.com now coaches ann@example.com." in out.getvalue()


def test_a_coach_cannot_be_their_own_client():
    UserFactory(email="coach@example.com")
    with pytest.raises(CommandError):
        assign("coach@example.com", "coach@example.com")


def test_the_group_is_put_back_to_exactly_the_coach_permissions():
    from django.contrib.auth.models import Permission

    group = consent.ensure_coach_group()
    group.permissions.add(Permission.objects.get(codename="change_user"))
    UserFactory(email="ann@example.com")
    assign("coach@example.com", "ann@example.com")
    assert not group.permissions.filter(codename="change_user").exists()
    assert group.permissions.count() == len(consent.COACH_PERMISSIONS)


def test_staff_assigning_a_coach_in_the_admin_makes_that_account_a_coach(admin_client):
    from accounts.models import User
    from coaching.consent import is_coach
    from coaching.models import CoachAccess

    client_user = User.objects.create_user(email="client.admin@example.com", password="x")
    coach = User.objects.create_user(email="new.coach.admin@example.com", password="x")
    response = admin_client.post(
        "/admin/coaching/coachaccess/add/",
        {
            "client": client_user.pk,
            "coach": coach.pk,
            "coach_email": "",
            "accepted_at_0": "",
            "accepted_at_1": "",
            "revoked_at_0": "",
            "revoked_at_1": "",
        },
    )
    assert response.status_code == 302, response.content
    access = CoachAccess.objects.get(client=client_user)
    assert access.coach_email == "new.coach.admin@example.com"
    assert access.is_active
    coach.refresh_from_db()
    assert is_coach(coach)
