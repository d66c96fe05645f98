"""The admin is a working tool for coaches: search, filters, panel inline."""

import pytest
from django.urls import reverse

from tests.factories import CoachFactory, InterviewFactory, PanelistFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(CoachFactory(is_superuser=True))
    return client


def test_interview_changelist_searches_by_owner_email_and_filters(admin_client, user):
    InterviewFactory(owner=user, company="Northwind Analytics", outcome="awaiting")
    InterviewFactory(company="Globex", outcome="offer")
    url = reverse("admin:interviews_interview_changelist")
    found = admin_client.get(url, {"q": user.email})
    assert "Northwind Analytics" in found.text and "Globex" not in found.text
    offers = admin_client.get(url, {"outcome__exact": "offer"})
    assert "Globex" in offers.text and "Northwind Analytics" not in offers.text


def test_interview_changelist_query_count_does_not_grow(
    admin_client, user, django_assert_max_num_queries
):
    for _ in range(20):
        PanelistFactory(interview__owner=user, is_decision_maker=True)
    with django_assert_max_num_queries(12):
        response = admin_client.get(reverse("admin:interviews_interview_changelist"))
    assert response.status_code == 200


def test_change_page_shows_the_panel_inline(admin_client):
    panelist = PanelistFactory(is_decision_maker=True, discussed="Kafka rollout")
    url = reverse("admin:interviews_interview_change", args=[panelist.interview.pk])
    html = admin_client.get(url).text
    assert "Kafka rollout" in html


def test_admin_moves_the_decision_maker_between_rows(admin_client):
    interview = InterviewFactory()
    first = PanelistFactory(interview=interview, is_decision_maker=True)
    second = PanelistFactory(interview=interview)
    url = reverse("admin:interviews_interview_change", args=[interview.pk])
    data = admin_change_data(interview, rows=[(first, False), (second, True)])
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.is_decision_maker, second.is_decision_maker) == (False, True)


def test_admin_refuses_two_decision_makers(admin_client):
    interview = InterviewFactory()
    first = PanelistFactory(interview=interview, is_decision_maker=True)
    second = PanelistFactory(interview=interview)
    url = reverse("admin:interviews_interview_change", args=[interview.pk])
    response = admin_client.post(
        url, admin_change_data(interview, rows=[(first, True), (second, True)])
    )
    assert response.status_code == 200
    assert "Mark only one interviewer as the decision-maker." in response.text


def admin_change_data(interview, *, rows):
    local = interview.starts_at.strftime("%Y-%m-%d"), interview.starts_at.strftime("%H:%M:%S")
    end = interview.ends_at.strftime("%Y-%m-%d"), interview.ends_at.strftime("%H:%M:%S")
    data = {
        "owner": interview.owner.pk,
        "company": interview.company,
        "role": interview.role,
        "round": interview.round,
        "format": interview.format,
        "starts_at_0": local[0],
        "starts_at_1": local[1],
        "ends_at_0": end[0],
        "ends_at_1": end[1],
        "location": "",
        "job_posting_url": "",
        "notes": "",
        "decision_expected_by": "",
        "outcome": interview.outcome,
        "panelists-TOTAL_FORMS": str(len(rows)),
        "panelists-INITIAL_FORMS": str(len(rows)),
        "panelists-MIN_NUM_FORMS": "0",
        "panelists-MAX_NUM_FORMS": "1000",
    }
    for index, (panelist, is_decision_maker) in enumerate(rows):
        prefix = f"panelists-{index}"
        data |= {
            f"{prefix}-id": panelist.pk,
            f"{prefix}-interview": interview.pk,
            f"{prefix}-interviewer": panelist.interviewer.pk,
            f"{prefix}-discussed": panelist.discussed,
            f"{prefix}-problem_mentioned": panelist.problem_mentioned,
        }
        if is_decision_maker:
            data[f"{prefix}-is_decision_maker"] = "on"
    return data
