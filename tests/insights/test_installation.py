"""Figures across users: a group shows only when 20 different people are in it."""

from datetime import UTC, datetime, timedelta

from insights.figures import InterviewFacts
from insights.installation import installation_splits

ENDED = datetime(2026, 2, 2, 10, 0, tzinfo=UTC)


def fact(owner_id, *, sent_after_hours=None, replied=False, score=None):
    sent = () if sent_after_hours is None else (ENDED + timedelta(hours=sent_after_hours),)
    return InterviewFacts(
        ended_at=ENDED,
        sent_at=sent,
        first_score=score,
        replied_on=ENDED.date() if replied else None,
        owner_id=owner_id,
    )


def summary(groups):
    return [(g.group.key, g.people, g.group.size, g.group.replies.percent) for g in groups]


def test_a_group_shows_with_twenty_different_people_and_says_how_many():
    quick = [fact(person, sent_after_hours=5, replied=person < 10) for person in range(20)]
    quick += [fact(0, sent_after_hours=5) for _ in range(20)]  # one person's many interviews

    result = installation_splits(quick, window_hours=24)

    assert (result.people, result.interviews) == (20, 40)
    assert summary(result.by_timing) == [("24h", 20, 40, 25)]
    assert summary(result.by_score) == [("none", 20, 40, 25)]


def test_one_persons_interviews_never_make_a_group_however_many():
    result = installation_splits(
        [fact(7, sent_after_hours=5, score=90) for _ in range(500)], window_hours=24
    )

    assert (result.people, result.interviews) == (1, 500)
    assert result.by_timing == [] and result.by_score == []


def test_nineteen_people_are_one_too_few():
    late = [fact(person, sent_after_hours=80) for person in range(19)] * 3

    assert installation_splits(late, window_hours=24).by_timing == []
