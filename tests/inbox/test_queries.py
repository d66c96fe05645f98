"""The dashboard and the interview page cost the same with 1 or 20 found replies and
questions: the dashboard reads them in one query (after asking whether there is any),
the interview page in at most one."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from interviews import services as interview_services
from tests.inbox.answer_helpers import found_in_thread, letter_waiting, question
from tests.interviews.test_queries import MAX_QUERIES

pytestmark = pytest.mark.django_db


def queries_for(client, url) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def add_findings(user, count: int) -> None:
    """``count`` interviews: every other one with a reply found in its thread, the rest
    with a question about a mail from the recipient."""
    for number in range(count):
        letter = letter_waiting(user, company=f"Company {number}")
        if number % 2:
            question(letter)
        else:
            found_in_thread(letter)


def test_the_dashboard_costs_the_same_with_1_or_20_findings(
    signed_in, user, other_user, django_assert_max_num_queries
):
    url = reverse("dashboard")
    without, _ = queries_for(signed_in, url)
    add_findings(user, 1)
    with_one, html = queries_for(signed_in, url)
    assert "Replies found in your mailbox" in html

    add_findings(user, 19)
    add_findings(other_user, 3)
    with django_assert_max_num_queries(with_one):
        html = signed_in.get(url).content.decode()
    assert (
        html.count('class="list-group-item mailbox-question"')
        + html.count('class="list-group-item found-reply"')
        == 10
    )
    # Without any match the section asks only that; with one, it reads them in one more.
    assert with_one == without + 1
    assert with_one <= MAX_QUERIES


@pytest.mark.parametrize("found", [True, False], ids=["found reply", "questions"])
def test_the_interview_page_costs_the_same_with_1_or_20_questions_or_a_found_reply(
    signed_in, user, found, django_assert_max_num_queries
):
    one = letter_waiting(user, company="One")
    many = letter_waiting(user, company="Many")
    if found:
        found_in_thread(one)
        found_in_thread(many)
    else:
        question(one)
        for _ in range(20):
            question(many)
    with_one, html = queries_for(signed_in, reverse("interview_detail", args=[one.interview.pk]))
    assert ("Found in your mailbox" if found else "Is this their reply?") in html

    with django_assert_max_num_queries(with_one):
        html = signed_in.get(reverse("interview_detail", args=[many.interview.pk])).content
    assert html.decode().count('class="mailbox-question') == (0 if found else 5)


def test_a_found_reply_costs_the_interview_page_nothing_more_than_one_recorded_by_hand(
    signed_in, user
):
    by_hand = letter_waiting(user, company="By hand")
    interview_services.interview_reply_received(interview=by_hand.interview)
    found = letter_waiting(user, company="Found")
    found_in_thread(found)

    hand_queries, _ = queries_for(
        signed_in, reverse("interview_detail", args=[by_hand.interview.pk])
    )
    found_queries, html = queries_for(
        signed_in, reverse("interview_detail", args=[found.interview.pk])
    )

    assert "Not their reply: undo" in html
    assert found_queries == hand_queries
