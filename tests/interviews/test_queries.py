"""The dashboard and the lists cost the same number of queries with 3 or 30 interviews."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from letters.models import Letter
from tests.factories import InterviewFactory, LetterFactory, PanelistFactory

pytestmark = pytest.mark.django_db


MAX_QUERIES = 12
PAGES = ["dashboard", "interview_list", "interviewer_list"]


def make_interviews(user, count):
    """A mix of upcoming, due and followed-up interviews, each with two panelists."""
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


def test_filtered_list_costs_the_same(signed_in, user, django_assert_num_queries):
    url = reverse("interview_list") + "?q=a&outcome=awaiting&page=2"
    make_interviews(user, 3)
    with_three = queries_for(signed_in, url)
    make_interviews(user, 27)
    with django_assert_num_queries(with_three):
        signed_in.get(url)
