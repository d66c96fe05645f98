"""Letter pages run the same number of queries with one letter or interviewer as with many."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.letters.letter_helpers import assembled_letter, interview_with_panel, started_letter

pytestmark = pytest.mark.django_db


# Session, user, the letter (with interview and recipient), the panel, the other letters'
# bodies, the owner's other companies and own words (one UNION), storing the checker's
# report the first time, the sender's verified address and today's sends (for the send
# button), plus what the coach's review panel adds. Each page stays at or under this.
MAX_QUERIES = 12


def count_queries(client, method, url, data=None) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = getattr(client, method)(url, data or {})
    assert response.status_code in (200, 302), response.status_code
    return len(queries)


def a_user_with(client, *, interviewers: int):
    """An interview with ``interviewers`` people, each with an assembled letter."""
    interview, panel = interview_with_panel(panel_size=interviewers)
    letters = [assembled_letter(interview, panelist) for panelist in panel]
    client.force_login(interview.owner)
    return interview, panel, letters


PAGES = {
    "detail": lambda i, p, ls: ("get", reverse("letter_detail", args=[ls[0].pk]), None),
    "check": lambda i, p, ls: (
        "post",
        reverse("letter_check", args=[ls[0].pk]),
        {"subject": "s", "body": ls[0].body},
    ),
    "save": lambda i, p, ls: (
        "post",
        reverse("letter_detail", args=[ls[0].pk]),
        {"subject": "s", "body": ls[0].body},
    ),
    "wizard step": lambda i, p, ls: ("get", reverse("letter_wizard", args=[ls[0].pk, 3]), None),
    "wizard recipient": lambda i, p, ls: (
        "get",
        reverse("letter_wizard", args=[ls[0].pk, 1]),
        None,
    ),
    "wizard next": lambda i, p, ls: (
        "post",
        reverse("letter_wizard", args=[ls[0].pk, 5]),
        {"question": "Who owns it?", "direction": "next"},
    ),
    "start": lambda i, p, ls: ("get", reverse("letter_start", args=[i.pk]), None),
    "list": lambda i, p, ls: ("get", reverse("letter_list"), None),
}


@pytest.mark.parametrize("page", PAGES)
def test_a_letter_page_runs_as_many_queries_with_one_interviewer_as_with_four(
    client, django_assert_num_queries, page
):
    one = count_queries(client, *PAGES[page](*a_user_with(client, interviewers=1)))
    client.logout()
    method, url, data = PAGES[page](*a_user_with(client, interviewers=4))

    with django_assert_num_queries(one):
        getattr(client, method)(url, data or {})
    assert one <= MAX_QUERIES


def test_the_letter_list_stays_constant_with_many_letters(client, django_assert_num_queries):
    interview, panel = interview_with_panel(panel_size=1)
    client.force_login(interview.owner)
    started_letter(interview, panel[0])
    one = count_queries(client, "get", reverse("letter_list"))
    for _ in range(4):
        more, more_panel = interview_with_panel(owner=interview.owner, panel_size=3)
        for panelist in more_panel:
            started_letter(more, panelist)

    with django_assert_num_queries(one):
        client.get(reverse("letter_list"))
