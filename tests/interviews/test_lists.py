"""The interview list (three groups, filters, pages) and the interviewer pages."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from interviews.models import Interview
from tests.factories import InterviewerFactory, InterviewFactory, PanelistFactory

pytestmark = pytest.mark.django_db


def at(user, *, hours_from_now, **fields):
    start = timezone.now() + timedelta(hours=hours_from_now)
    return InterviewFactory(
        owner=user, starts_at=start, ends_at=start + timedelta(hours=1), **fields
    )


def sections(response):
    return [
        (group.label, [interview.company for interview in interviews])
        for group, interviews in response.context["sections"]
    ]


def test_list_shows_upcoming_awaiting_follow_up_and_past_in_order(signed_in, user):
    at(user, hours_from_now=48, company="Later")
    at(user, hours_from_now=2, company="Soon")
    at(user, hours_from_now=-3, company="Just ended")
    at(user, hours_from_now=-20, company="Closing first")
    at(user, hours_from_now=-5, company="Followed up", follow_up_done_at=timezone.now())
    at(user, hours_from_now=-90, company="Rejected", outcome=Interview.Outcome.REJECTED)
    response = signed_in.get(reverse("interview_list"))
    assert sections(response) == [
        ("Upcoming", ["Soon", "Later"]),
        ("Awaiting follow-up", ["Closing first", "Just ended"]),
        ("Past", ["Followed up", "Rejected"]),
    ]
    assert "left" in response.text  # countdown on the ones awaiting follow-up


def test_list_filters_by_outcome_and_searches_company_or_role(signed_in, user):
    at(user, hours_from_now=-50, company="Globex", role="Analyst", outcome="offer")
    at(user, hours_from_now=-60, company="Acme", role="Data Engineer", outcome="offer")
    at(user, hours_from_now=-70, company="Initech", role="Data Engineer", outcome="rejected")
    offers = signed_in.get(reverse("interview_list"), {"outcome": "offer"})
    assert sections(offers) == [("Past", ["Globex", "Acme"])]
    data = signed_in.get(reverse("interview_list"), {"q": "data eng", "outcome": "offer"})
    assert sections(data) == [("Past", ["Acme"])]
    by_company = signed_in.get(reverse("interview_list"), {"q": "INITECH"})
    assert sections(by_company) == [("Past", ["Initech"])]


def test_no_match_says_how_to_clear_the_filters(signed_in, user):
    at(user, hours_from_now=-50)
    html = signed_in.get(reverse("interview_list"), {"q": "nothing like this"}).text
    assert "No interviews match this search" in html
    assert "Clear the filters" in html


def test_empty_list_says_what_to_do(signed_in):
    html = signed_in.get(reverse("interview_list")).text
    assert "You have not logged an interview yet" in html
    assert reverse("interview_import") in html


def test_list_is_paginated_and_keeps_the_filters(signed_in, user):
    for hours in range(25):
        at(user, hours_from_now=-100 - hours, company=f"Company {hours:02}", outcome="offer")
    first = signed_in.get(reverse("interview_list"), {"outcome": "offer"})
    assert len(first.context["page"].object_list) == 20
    assert "?outcome=offer&amp;page=2" in first.text
    second = signed_in.get(reverse("interview_list"), {"outcome": "offer", "page": "2"})
    assert sections(second) == [("Past", [f"Company {n:02}" for n in range(20, 25)])]


def test_interviewer_list_counts_interviews_and_searches(signed_in, user):
    dana = InterviewerFactory(owner=user, name="Dana Whitfield", company="Acme")
    InterviewerFactory(owner=user, name="Omar Haddad", company="Initech")
    PanelistFactory(interview=at(user, hours_from_now=-100), interviewer=dana)
    PanelistFactory(interview=at(user, hours_from_now=-50), interviewer=dana)
    response = signed_in.get(reverse("interviewer_list"))
    people = {person.name: person.interview_count for person in response.context["page"]}
    assert people == {"Dana Whitfield": 2, "Omar Haddad": 0}
    found = signed_in.get(reverse("interviewer_list"), {"q": "initech"})
    assert [person.name for person in found.context["page"]] == ["Omar Haddad"]


def test_last_met_is_the_latest_interview_that_started_and_the_next_one_is_shown_apart(
    signed_in, user
):
    dana = InterviewerFactory(owner=user, name="Dana Whitfield")
    met = at(user, hours_from_now=-50)
    PanelistFactory(interview=met, interviewer=dana)
    coming = at(user, hours_from_now=80)
    PanelistFactory(interview=coming, interviewer=dana)

    response = signed_in.get(reverse("interviewer_list"))

    (person,) = response.context["page"]
    assert (person.last_met_at, person.next_meeting_at) == (met.starts_at, coming.starts_at)
    assert "Next: <time" in response.text


def test_someone_only_met_in_the_future_has_no_last_met_date(signed_in, user):
    PanelistFactory(interview=at(user, hours_from_now=30))

    (person,) = signed_in.get(reverse("interviewer_list")).context["page"]

    assert person.last_met_at is None and person.next_meeting_at is not None


def test_interviewer_detail_shows_every_interview_with_them(signed_in, user):
    dana = InterviewerFactory(owner=user, name="Dana Whitfield")
    first = at(user, hours_from_now=-300, company="Acme", round="first")
    second = at(user, hours_from_now=-100, company="Acme", round="second")
    PanelistFactory(interview=first, interviewer=dana, discussed="Kafka migration")
    PanelistFactory(interview=second, interviewer=dana, is_decision_maker=True)
    html = signed_in.get(dana.get_absolute_url()).text
    assert first.get_absolute_url() in html and second.get_absolute_url() in html
    assert "Kafka migration" in html
    assert "Decision-maker" in html


def test_editing_an_interviewer_saves_and_bad_input_keeps_what_was_typed(signed_in, user):
    dana = InterviewerFactory(owner=user, name="Dana")
    url = reverse("interviewer_edit", args=[dana.pk])
    bad = signed_in.post(url, {"name": "Dana Whitfield", "email": "not-an-email"})
    assert bad.status_code == 200
    assert 'value="Dana Whitfield"' in bad.text
    good = signed_in.post(
        url, {"name": "Dana Whitfield", "job_title": "CTO", "email": "dana@acme.example"}
    )
    assert good.url == dana.get_absolute_url()
    dana.refresh_from_db()
    assert (dana.name, dana.job_title, dana.email) == ("Dana Whitfield", "CTO", "dana@acme.example")


def test_nav_links_to_interviews_and_interviewers(signed_in):
    html = signed_in.get(reverse("dashboard")).text
    assert f'href="{reverse("interview_list")}"' in html
    assert f'href="{reverse("interviewer_list")}"' in html
