"""An account holds at most 2,000 interviews and 5,000 interviewers, through every door."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from interviews.caps import MAX_INTERVIEWERS, MAX_INTERVIEWS
from interviews.models import Interview, Interviewer
from tests.factories import InterviewFactory, PanelistFactory
from tests.interviews.helpers import interview_data, read_ics

pytestmark = pytest.mark.django_db


def fill_interviews(owner, count):
    start = timezone.now() - timedelta(days=30)
    Interview.objects.bulk_create(
        Interview(
            owner=owner,
            company="Acme",
            role="Engineer",
            starts_at=start,
            ends_at=start + timedelta(hours=1),
        )
        for _ in range(count)
    )


def fill_people(owner, count):
    Interviewer.objects.bulk_create(
        Interviewer(owner=owner, name=f"Person {n}", email=f"p{n}@acme.example")
        for n in range(count)
    )


def test_the_caps_are_2000_interviews_and_5000_interviewers():
    assert (MAX_INTERVIEWS, MAX_INTERVIEWERS) == (2_000, 5_000)


def test_the_last_interview_an_account_can_hold_saves_and_the_next_is_refused(signed_in, user):
    fill_interviews(user, MAX_INTERVIEWS - 1)
    data = interview_data(company="Northwind", panel=[{"name": "Dana Whitfield"}])

    assert signed_in.post(reverse("interview_create"), data).status_code == 302
    response = signed_in.post(reverse("interview_create"), {**data, "company": "Globex"})

    assert response.status_code == 200
    assert "Your account holds 2,000 interviews, the most one account can hold." in response.text
    assert 'value="Globex"' in response.text  # what was typed stays
    assert Interview.objects.filter(owner=user).count() == MAX_INTERVIEWS
    assert not Interview.objects.filter(company="Globex").exists()


def test_a_full_account_can_still_edit_its_interviews(signed_in, user):
    fill_interviews(user, MAX_INTERVIEWS - 1)
    interview = InterviewFactory(owner=user)
    data = interview_data(company="Renamed", panel=[{"name": "Dana Whitfield"}])

    response = signed_in.post(reverse("interview_edit", args=[interview.pk]), data)

    assert response.status_code == 302
    interview.refresh_from_db()
    assert interview.company == "Renamed"


def test_with_5000_interviewers_a_new_person_is_refused_but_known_ones_are_picked(signed_in, user):
    fill_people(user, MAX_INTERVIEWERS)
    known = Interviewer.objects.filter(owner=user).first()
    typed = interview_data(panel=[{"name": "Someone New", "is_decision_maker": True}])

    response = signed_in.post(reverse("interview_create"), typed)

    assert response.status_code == 200
    assert "Your account holds 5,000 interviewers" in response.text
    assert "Pick people you have met instead of typing them again" in response.text
    assert 'value="Someone New"' in response.text
    assert not Interview.objects.exists()
    assert Interviewer.objects.filter(owner=user).count() == MAX_INTERVIEWERS

    picked = interview_data(
        panel=[{"interviewer": known.pk}, {"name": "P. Seven", "email": "P7@acme.example"}]
    )
    assert signed_in.post(reverse("interview_create"), picked).status_code == 302
    assert Interviewer.objects.filter(owner=user).count() == MAX_INTERVIEWERS


def test_editing_a_panel_at_the_cap_refuses_a_new_person(signed_in, user):
    fill_people(user, MAX_INTERVIEWERS - 1)
    interview = InterviewFactory(owner=user)
    dana = PanelistFactory(interview=interview).interviewer  # the 5,000th
    data = interview_data(
        initial_rows=1, panel=[{"interviewer": dana.pk}, {"name": "One Too Many"}]
    )

    response = signed_in.post(reverse("interview_edit", args=[interview.pk]), data)

    assert response.status_code == 200
    assert "Your account holds 5,000 interviewers" in response.text
    assert not Interviewer.objects.filter(name="One Too Many").exists()


def test_the_import_command_refuses_an_invite_for_a_full_account(user, tmp_path):
    fill_interviews(user, MAX_INTERVIEWS)
    path = tmp_path / "invite.ics"
    path.write_bytes(read_ics("google_calendar_meet.ics"))

    with pytest.raises(CommandError, match="Your account holds 2,000 interviews"):
        call_command("import_interview", "--user", user.email, str(path), stdout=StringIO())
    assert Interview.objects.filter(owner=user).count() == MAX_INTERVIEWS
