"""Another user's interview or interviewer is a 404 on every URL; visitors must log in."""

import pytest
from django.urls import reverse

from interviews.models import Interview, Interviewer
from tests.factories import InterviewerFactory, InterviewFactory, PanelistFactory

pytestmark = pytest.mark.django_db

INTERVIEW_URLS = [
    "interview_detail",
    "interview_edit",
    "interview_delete",
    "interview_outcome",
]
INTERVIEWER_URLS = ["interviewer_detail", "interviewer_edit", "interviewer_delete"]
# Pages that only show: a POST is a 405 whoever asks (tests/followup/test_http_methods.py).
GET_ONLY = {"interview_detail", "interviewer_detail"}


def methods_of(names):
    return [
        (name, method)
        for name in names
        for method in ("get", "post")
        if method == "get" or name not in GET_ONLY
    ]


PAGES = [
    "dashboard",
    "interview_list",
    "interview_create",
    "interview_import",
    "interviewer_list",
]


@pytest.fixture
def strangers_interview(other_user):
    interview = InterviewFactory(owner=other_user, company="Secret Corp")
    PanelistFactory(interview=interview, is_decision_maker=True)
    return interview


@pytest.mark.parametrize(("name", "method"), methods_of(INTERVIEW_URLS))
def test_other_users_interview_is_404(signed_in, strangers_interview, name, method):
    url = reverse(name, args=[strangers_interview.pk])
    response = getattr(signed_in, method)(url, {"outcome": "rejected", "company": "Mine now"})
    assert response.status_code == 404
    strangers_interview.refresh_from_db()
    assert (strangers_interview.company, strangers_interview.outcome) == ("Secret Corp", "awaiting")
    assert Interview.objects.filter(pk=strangers_interview.pk).exists()


@pytest.mark.parametrize(("name", "method"), methods_of(INTERVIEWER_URLS))
def test_other_users_interviewer_is_404(signed_in, other_user, name, method):
    stranger = InterviewerFactory(owner=other_user, name="Hidden Person")
    url = reverse(name, args=[stranger.pk])
    response = getattr(signed_in, method)(url, {"name": "Renamed"})
    assert response.status_code == 404
    stranger.refresh_from_db()
    assert stranger.name == "Hidden Person"


@pytest.mark.parametrize(("name", "method"), methods_of(INTERVIEW_URLS + INTERVIEWER_URLS))
def test_missing_ids_are_404_too(signed_in, name, method):
    response = getattr(signed_in, method)(reverse(name, args=[999999]))
    assert response.status_code == 404


@pytest.mark.parametrize("name", INTERVIEW_URLS)
def test_anonymous_visitor_is_sent_to_log_in_for_an_interview(client, strangers_interview, name):
    url = reverse(name, args=[strangers_interview.pk])
    for response in (client.get(url), client.post(url)):
        assert response.status_code == 302
        assert response.url == f"{reverse('account_login')}?next={url}"


@pytest.mark.parametrize("name", INTERVIEWER_URLS)
def test_anonymous_visitor_is_sent_to_log_in_for_an_interviewer(client, other_user, name):
    url = reverse(name, args=[InterviewerFactory(owner=other_user).pk])
    response = client.get(url)
    assert response.status_code == 302
    assert response.url == f"{reverse('account_login')}?next={url}"


@pytest.mark.parametrize("name", PAGES + ["interview_panel_row"])
def test_anonymous_visitor_is_sent_to_log_in_for_every_page(client, name):
    url = reverse(name)
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith(f"{reverse('account_login')}?next=")


def test_lists_and_dashboard_never_show_another_users_interviews(signed_in, strangers_interview):
    for name in ("dashboard", "interview_list", "interviewer_list"):
        html = signed_in.get(reverse(name)).text
        assert "Secret Corp" not in html
        assert strangers_interview.panelists.get().interviewer.name not in html


def test_another_users_interviewer_cannot_be_picked_in_the_form(signed_in, other_user):
    stranger = InterviewerFactory(owner=other_user)
    html = signed_in.get(reverse("interview_create")).text
    assert stranger.name not in html
    assert Interviewer.objects.count() == 1
