"""The dashboard turns logged interviews into what to do now."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from interviews.models import Interview
from interviews.templatetags.interview_tags import describe_time_left
from letters import selectors
from letters.models import Letter
from tests.factories import InterviewFactory, LetterFactory, PanelistFactory
from tests.interviews.helpers import NOW

pytestmark = pytest.mark.django_db


def ended(user, *, hours_ago, now=NOW, **fields):
    return InterviewFactory(
        owner=user,
        starts_at=now - timedelta(hours=hours_ago + 1),
        ends_at=now - timedelta(hours=hours_ago),
        **fields,
    )


def test_follow_ups_due_are_ordered_by_the_window_that_closes_first(user):
    later = ended(user, hours_ago=1, company="Later")
    sooner = ended(user, hours_ago=20, company="Sooner")
    overdue = ended(user, hours_ago=30, company="Overdue")
    InterviewFactory(
        owner=user, starts_at=NOW + timedelta(hours=1), ends_at=NOW + timedelta(hours=2)
    )
    data = selectors.dashboard(user=user, now=NOW)
    assert data.follow_ups_due == [overdue, sooner, later]


def test_follow_ups_due_leave_out_sent_letters_and_settled_interviews(user):
    due = ended(user, hours_ago=2)
    ended(user, hours_ago=3, follow_up_done_at=NOW - timedelta(hours=1))
    ended(user, hours_ago=4, outcome=Interview.Outcome.REJECTED)
    assert selectors.dashboard(user=user, now=NOW).follow_ups_due == [due]


def test_dashboard_shows_countdown_and_the_write_the_letter_button(signed_in, user):
    now = timezone.now()
    interview = InterviewFactory(
        owner=user,
        company="Northwind Analytics",
        starts_at=now - timedelta(hours=3),
        ends_at=now - timedelta(hours=2),
    )
    PanelistFactory(interview=interview, is_decision_maker=True, interviewer__name="Priya Raman")
    html = signed_in.get(reverse("dashboard")).text
    assert "Northwind Analytics" in html
    assert "decides: Priya Raman" in html
    assert "21 h 59 min left" in html or "22 h 0 min left" in html
    assert f'href="{reverse("letter_start", args=[interview.pk])}"' in html
    assert "Write the letter" in html


def test_a_late_follow_up_says_how_overdue_it_is(signed_in, user):
    now = timezone.now()
    InterviewFactory(
        owner=user, starts_at=now - timedelta(hours=31), ends_at=now - timedelta(hours=30)
    )
    html = signed_in.get(reverse("dashboard")).text
    assert 'class="countdown overdue"' in html
    assert "overdue by 6 h" in html


def test_a_started_letter_is_continued_not_restarted(signed_in, user):
    now = timezone.now()
    interview = InterviewFactory(
        owner=user, starts_at=now - timedelta(hours=2), ends_at=now - timedelta(hours=1)
    )
    LetterFactory(interview=interview, status=Letter.Status.DRAFT)
    assert "Continue the letter" in signed_in.get(reverse("dashboard")).text


def test_letters_waiting_for_replies_are_sent_undecided_and_unanswered(user):
    waiting = LetterFactory(
        interview=ended(user, hours_ago=50), status=Letter.Status.SENT, sent_at=NOW
    )
    LetterFactory(interview=ended(user, hours_ago=51), status=Letter.Status.DRAFT)
    LetterFactory(
        interview=ended(user, hours_ago=52, reply_received_at=NOW),
        status=Letter.Status.SENT,
        sent_at=NOW,
    )
    LetterFactory(
        interview=ended(user, hours_ago=53, outcome=Interview.Outcome.OFFER),
        status=Letter.Status.SENT,
        sent_at=NOW,
    )
    assert [row["pk"] for row in selectors.dashboard(user=user, now=NOW).letters_waiting] == [
        waiting.pk
    ]


def test_they_replied_opens_the_reply_form_and_the_letter_stops_waiting(signed_in, user):
    letter = LetterFactory(
        interview=ended(user, hours_ago=50), status=Letter.Status.SENT, sent_at=timezone.now()
    )
    html = signed_in.get(reverse("dashboard")).text
    reply_url = reverse("interview_reply", args=[letter.interview.pk])
    assert f'href="{reply_url}"' in html and "They replied" in html

    response = signed_in.post(reply_url, {"received_on": "2026-01-05", "kind": "more_info"})

    assert response.url == letter.interview.get_absolute_url()
    letter.interview.refresh_from_db()
    assert letter.interview.reply_received_at is not None
    assert "They replied" not in signed_in.get(reverse("dashboard")).text


def test_every_empty_state_says_what_to_do_next(signed_in):
    html = signed_in.get(reverse("dashboard")).text
    assert "Log your next interview" in html
    assert "No interviews scheduled" in html and "Import a calendar invite" in html
    assert "No letters waiting. Once you send a follow-up" in html


def test_each_dashboard_action_appears_once(signed_in):
    html = signed_in.get(reverse("dashboard")).text

    assert html.count(f'href="{reverse("interview_create")}"') == 1
    assert html.count(f'href="{reverse("interview_import")}"') == 1


def test_upcoming_shows_the_next_five_and_links_to_the_rest(signed_in, user):
    soon = timezone.now() + timedelta(days=1)
    for days in range(7):
        InterviewFactory(
            owner=user,
            company=f"Company {days}",
            starts_at=soon + timedelta(days=days),
            ends_at=soon + timedelta(days=days, hours=1),
        )
    html = signed_in.get(reverse("dashboard")).text
    assert "Company 4" in html and "Company 5" not in html
    assert "See all 7 upcoming interviews" in html


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (timedelta(hours=23, minutes=59, seconds=59), "23 h 59 min left"),
        (timedelta(minutes=5, seconds=30), "5 min left"),
        (timedelta(seconds=30), "0 min left"),
        (timedelta(hours=-2, minutes=-5), "overdue by 2 h 5 min"),
        (timedelta(days=-3, hours=-4), "overdue by 3 d 4 h"),
    ],
)
def test_countdown_wording(delta, text):
    assert describe_time_left(delta) == text


# Bounded: the dashboard shows what needs action now, however long the history.


def old_history(user, *, count, now):
    """Months-old interviews never followed up, and letters sent and unanswered long ago."""
    for index in range(count):
        ends_at = now - timedelta(days=10 + index)
        interview = InterviewFactory(
            owner=user, starts_at=ends_at - timedelta(hours=1), ends_at=ends_at
        )
        if index % 2:
            LetterFactory(
                interview=interview,
                status=Letter.Status.SENT,
                sent_at=now - timedelta(days=40 + index),
            )


def test_the_dashboards_html_does_not_grow_with_old_data(signed_in, user):
    now = timezone.now()
    ended(user, hours_ago=2, now=now, company="Northwind Analytics")
    InterviewFactory(
        owner=user, starts_at=now + timedelta(days=1), ends_at=now + timedelta(days=1, hours=1)
    )
    old_history(user, count=12, now=now)  # two-digit counts, so the byte sizes compare
    before = signed_in.get(reverse("dashboard")).text

    old_history(user, count=80, now=now)
    after = signed_in.get(reverse("dashboard")).text

    assert len(after) == len(before)
    assert after.count("<li") == before.count("<li")
    assert "Northwind Analytics" in after


def test_follow_ups_due_are_windows_open_or_closed_in_the_last_three_days(user):
    open_now = ended(user, hours_ago=2)
    just_closed = ended(user, hours_ago=24 + 70)
    ended(user, hours_ago=24 + 74)  # closed over three days ago
    data = selectors.dashboard(user=user, now=NOW)
    assert data.follow_ups_due == [just_closed, open_now]
    assert (data.follow_ups_due_total, data.follow_ups_older) == (2, 1)


def test_older_unanswered_interviews_are_counted_with_a_link_to_review_them(signed_in, user):
    now = timezone.now()
    old_history(user, count=3, now=now)
    html = signed_in.get(reverse("dashboard")).text
    assert "3 older interviews never got a letter." in html
    assert f'href="{reverse("interview_list")}?outcome=awaiting"' in html


def test_each_section_is_capped_with_a_link_to_the_full_list(signed_in, user):
    now = timezone.now()
    for hours in range(selectors.DASHBOARD_DUE + 2):
        ended(user, hours_ago=1 + hours, now=now)
    for days in range(selectors.DASHBOARD_UPCOMING + 1):
        start = now + timedelta(days=days, hours=1)
        InterviewFactory(owner=user, starts_at=start, ends_at=start + timedelta(hours=1))
    for days in range(selectors.DASHBOARD_WAITING + 3):
        LetterFactory(
            interview=ended(user, hours_ago=100 + days, now=now, follow_up_done_at=now),
            status=Letter.Status.SENT,
            sent_at=now - timedelta(days=days),
        )

    data = selectors.dashboard(user=user, now=now)
    html = signed_in.get(reverse("dashboard")).text

    assert len(data.follow_ups_due) == selectors.DASHBOARD_DUE
    assert len(data.upcoming) == selectors.DASHBOARD_UPCOMING
    assert len(data.letters_waiting) == selectors.DASHBOARD_WAITING
    assert "See all 12 follow-ups due" in html
    assert "See all 6 upcoming interviews" in html
    assert "See all 13 letters waiting for replies" in html


def test_letters_waiting_leave_out_those_sent_over_30_days_ago(user):
    recent = LetterFactory(
        interview=ended(user, hours_ago=100), status=Letter.Status.SENT, sent_at=NOW
    )
    LetterFactory(
        interview=ended(user, hours_ago=1000),
        status=Letter.Status.SENT,
        sent_at=NOW - timedelta(days=31),
    )
    data = selectors.dashboard(user=user, now=NOW)
    assert ([row["pk"] for row in data.letters_waiting], data.letters_waiting_total) == (
        [recent.pk],
        1,
    )


def test_a_draft_written_ahead_of_an_upcoming_interview_is_continued_from_its_row(signed_in, user):
    now = timezone.now()
    ahead = InterviewFactory(
        owner=user,
        company="Initech",
        starts_at=now + timedelta(days=1),
        ends_at=now + timedelta(days=1, hours=1),
    )
    InterviewFactory(
        owner=user,
        company="Globex",
        starts_at=now + timedelta(days=2),
        ends_at=now + timedelta(days=2, hours=1),
    )
    draft = LetterFactory(interview=ahead, status=Letter.Status.DRAFT)

    data = selectors.dashboard(user=user, now=now)
    html = signed_in.get(reverse("dashboard")).text

    assert [(i.company, i.draft_pk) for i in data.upcoming] == [
        ("Initech", draft.pk),
        ("Globex", None),
    ]
    assert html.count("Continue your draft") == 1
    assert f'href="{reverse("letter_detail", args=[draft.pk])}">Continue your draft' in html


def test_a_sent_letter_is_no_draft_in_progress(user):
    now = timezone.now()
    ahead = InterviewFactory(
        owner=user, starts_at=now + timedelta(days=1), ends_at=now + timedelta(days=1, hours=1)
    )
    LetterFactory(interview=ahead, status=Letter.Status.SENT, sent_at=now)

    assert selectors.dashboard(user=user, now=now).upcoming[0].draft_pk is None


def a_full_dashboard(user, *, rows: int, now):
    """``rows`` interviews in each section, each with a panel of two and a draft."""
    for index in range(rows):
        due = ended(user, hours_ago=1 + index, now=now)
        PanelistFactory(interview=due, is_decision_maker=True)
        PanelistFactory(interview=due)
        LetterFactory(interview=due, status=Letter.Status.DRAFT)
        start = now + timedelta(days=1, hours=index)
        ahead = InterviewFactory(owner=user, starts_at=start, ends_at=start + timedelta(hours=1))
        PanelistFactory(interview=ahead, is_decision_maker=True)
        PanelistFactory(interview=ahead)
        LetterFactory(interview=ahead, status=Letter.Status.DRAFT)
        LetterFactory(
            interview=ended(user, hours_ago=100 + index, now=now, follow_up_done_at=now),
            status=Letter.Status.SENT,
            sent_at=now - timedelta(days=1),
        )


def test_the_dashboard_reads_the_same_number_of_queries_with_one_row_or_many(
    signed_in, user, django_assert_num_queries
):
    now = timezone.now()
    a_full_dashboard(user, rows=1, now=now)
    with CaptureQueriesContext(connection) as one:
        html = signed_in.get(reverse("dashboard")).text
    assert "Continue the letter" in html and "Continue your draft" in html

    a_full_dashboard(user, rows=4, now=now)
    # Session, user, the follow-ups due with their counts, the upcoming interviews with
    # their count, the panels and the drafts of the rows shown, the letters waiting, and
    # the replies and questions found in the mailbox (inbox's tag).
    with django_assert_num_queries(8):
        html = signed_in.get(reverse("dashboard")).text
    assert len(one) == 8
    assert html.count("Continue the letter") == 5 and html.count("Continue your draft") == 5


def test_the_upcoming_rows_name_the_panel_decision_maker_first(signed_in, user):
    start = timezone.now() + timedelta(days=1)
    interview = InterviewFactory(owner=user, starts_at=start, ends_at=start + timedelta(hours=1))
    PanelistFactory(interview=interview, interviewer__name="Ann Adams")
    PanelistFactory(interview=interview, is_decision_maker=True, interviewer__name="Zoe Young")
    PanelistFactory(interview=interview, interviewer__name="Bob Brown")
    html = signed_in.get(reverse("dashboard")).text
    assert "with Zoe Young, Ann Adams, Bob Brown" in html
