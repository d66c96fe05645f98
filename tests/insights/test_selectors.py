"""Reading the facts behind /insights/ (insights/selectors.py): a fixed number of queries,
and each reply on the user's local day."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from insights import selectors
from insights.figures import InterviewFacts
from interviews.models import Interview, Reply
from letters.models import Letter
from tests.factories import InterviewFactory, LetterFactory, PanelistFactory, UserFactory

Outcome = Interview.Outcome


@pytest.mark.django_db
def test_load_facts_reads_letters_replies_and_the_decision_maker_in_four_queries(
    django_assert_num_queries,
):
    user = UserFactory(time_zone="America/New_York")
    ended = timezone.now() - timedelta(days=10)
    interview = InterviewFactory(
        owner=user, starts_at=ended - timedelta(hours=1), ends_at=ended, outcome=Outcome.OFFER
    )
    dm = PanelistFactory(interview=interview, is_decision_maker=True)
    other = PanelistFactory(interview=interview)
    LetterFactory(
        interview=interview,
        recipient=other.interviewer,
        status=Letter.Status.SENT,
        sent_at=ended + timedelta(hours=30),
        score=40,
    )
    LetterFactory(
        interview=interview,
        recipient=dm.interviewer,
        status=Letter.Status.SENT,
        sent_at=ended + timedelta(hours=5),
        score=88,
    )
    LetterFactory(interview=interview, status=Letter.Status.DRAFT)
    Reply.objects.create(interview=interview, received_on=date(2026, 1, 2), kind="offer")
    # Not counted: another user's interview, and one from before the period.
    InterviewFactory(owner=UserFactory(), starts_at=ended - timedelta(hours=1), ends_at=ended)
    InterviewFactory(
        owner=user, starts_at=ended - timedelta(days=99), ends_at=ended - timedelta(days=98)
    )

    with django_assert_num_queries(4):
        facts = selectors.load_facts(
            owners=[user.pk], start=timezone.now() - timedelta(days=30), end=timezone.now()
        )

    assert facts == [
        InterviewFacts(
            ended_at=ended,
            outcome=Outcome.OFFER,
            sent_at=(ended + timedelta(hours=5), ended + timedelta(hours=30)),
            first_score=88,
            to_decision_maker=True,
            replied_on=date(2026, 1, 2),
            zone=ZoneInfo("America/New_York"),
            owner_id=user.pk,
        )
    ]


@pytest.mark.django_db
def test_a_reply_ticked_on_the_outcome_form_counts_on_its_local_day():
    user = UserFactory(time_zone="America/New_York")
    ended = datetime(2026, 1, 10, 15, tzinfo=UTC)
    InterviewFactory(
        owner=user,
        starts_at=ended - timedelta(hours=1),
        ends_at=ended,
        reply_received_at=datetime(2026, 1, 13, 3, tzinfo=UTC),  # 12 Jan, 22:00 in New York
    )
    [facts] = selectors.load_facts(
        owners=[user.pk], start=ended - timedelta(days=1), end=ended + timedelta(days=1)
    )
    assert facts.replied_on == date(2026, 1, 12)
