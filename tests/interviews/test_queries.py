"""The dashboard and the lists cost the same number of queries with 3 or 30 interviews."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from interviews import selectors
from letters.models import Letter
from tests.factories import InterviewFactory, LetterFactory, PanelistFactory

pytestmark = pytest.mark.django_db


MAX_QUERIES = 12
PAGES = ["dashboard", "interview_list", "interviewer_list"]


def make_interviews(user, count):
    """A mix of upcoming (with a draft), due and followed-up interviews, each with two
    panelists."""
    now = timezone.now()
    for index in range(count):
        hours = [-48, 5, 50][index % 3]  # upcoming, due, past
        interview = InterviewFactory(
            owner=user,
            starts_at=now - timedelta(hours=hours + 1),
            ends_at=now - timedelta(hours=hours),
        )
        dm = PanelistFactory(interview=interview, is_decision_maker=True)
        PanelistFactory(interview=interview)
        if hours == -48:  # a letter drafted ahead, which the dashboard row links to
            LetterFactory(interview=interview, recipient=dm.interviewer)
        if hours == 50:
            LetterFactory(
                interview=interview,
                recipient=dm.interviewer,
                status=Letter.Status.SENT,
                sent_at=now - timedelta(hours=40),
            )


def queries_for(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("name", PAGES)
def test_page_costs_the_same_with_3_or_30_interviews(
    signed_in, user, other_user, name, django_assert_num_queries
):
    url = reverse(name)
    make_interviews(user, 3)
    with_three = queries_for(signed_in, url)

    make_interviews(user, 27)
    make_interviews(other_user, 5)
    with django_assert_num_queries(with_three):
        signed_in.get(url)
    assert with_three <= MAX_QUERIES


@pytest.mark.parametrize("name", PAGES)
def test_page_query_count_is_pinned(signed_in, user, name, django_assert_max_num_queries):
    make_interviews(user, 30)
    with django_assert_max_num_queries(MAX_QUERIES):
        assert signed_in.get(reverse(name)).status_code == 200


def test_filtered_list_costs_no_more_with_30_interviews(
    signed_in, user, django_assert_max_num_queries
):
    url = reverse("interview_list") + "?q=a&outcome=awaiting&page=2"
    make_interviews(user, 3)
    with_three = queries_for(signed_in, url)  # page 2 is past the end: counted, then page 1
    make_interviews(user, 27)
    with django_assert_max_num_queries(with_three):
        signed_in.get(url)


def test_a_page_of_the_interview_list_reads_its_rows_and_their_total_in_one_query(
    signed_in, user, django_assert_num_queries
):
    make_interviews(user, 45)
    # Session and user, then the page with the total as a window over it (no COUNT first).
    with django_assert_num_queries(3):
        response = signed_in.get(reverse("interview_list"), {"page": "2"})
    page = response.context["page"]
    assert (page.number, page.paginator.count, len(page.object_list)) == (2, 45, 20)
    assert "Page 2 of 3" in response.text


@pytest.mark.parametrize("number", ["99", "0", "400000000000000000", "999999999999999999"])
def test_a_page_past_the_end_shows_the_last_one(signed_in, user, number):
    make_interviews(user, 25)
    page = signed_in.get(reverse("interview_list"), {"page": number}).context["page"]
    assert (page.number, len(page.object_list)) == (2, 5)


def test_an_interview_page_reads_its_panel_and_letters_in_three_queries(
    signed_in, user, django_assert_max_num_queries
):
    now = timezone.now()
    interview = InterviewFactory(
        owner=user, starts_at=now - timedelta(hours=3), ends_at=now - timedelta(hours=2)
    )
    panel = [PanelistFactory(interview=interview) for _ in range(3)]
    for panelist in panel:
        LetterFactory(interview=interview, recipient=panelist.interviewer)

    # Session and user, then the interview, its panel, and its letters with their
    # recipients' names (a join, not a query per letter or per person).
    with django_assert_max_num_queries(5):
        response = signed_in.get(reverse("interview_detail", args=[interview.pk]))

    html = response.content.decode()
    assert all(f"To {panelist.interviewer.name}" in html for panelist in panel)


@pytest.mark.parametrize(
    "name", ["interview_detail", "letter_start", "letter_detail", "interview_reply"]
)
def test_row_links_are_what_reverse_gives(name):
    link = selectors.pk_url(name)
    assert [link(pk) for pk in (1, 42, 1234567)] == [
        reverse(name, args=[pk]) for pk in (1, 42, 1234567)
    ]
