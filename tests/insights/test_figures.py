"""The insights figures (insights/figures.py) on hand-built interviews whose answers are
worked out by hand.

Six interviews in February 2026 (UTC), the letter's delay after the interview's end:
  A  2 Feb   sent after 12 h, to the decision-maker, score 85, reply 5 Feb, next round
  B  3 Feb   sent after 20 h, to the decision-maker, score 70, reply 4 Feb, offer
  C  9 Feb   sent after 30 h, to another panelist,   score 55, no reply
  D 10 Feb   sent after 100 h, to the decision-maker, no score, reply 20 Feb, rejected
  E 16 Feb   no letter,                                          outcome next round
  F 17 Feb   sent after 2 h and 3 h (two letters), DM, score 90, reply 18 Feb, awaiting
"""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from insights import figures as arithmetic
from insights.figures import InterviewFacts, Rate
from interviews.models import Interview

UTC_ZONE = ZoneInfo("UTC")
Outcome = Interview.Outcome


def at(day: int, hour: int) -> datetime:
    return datetime(2026, 2, day, hour, 0, tzinfo=UTC)


def fact(day, *, after=(), outcome=Outcome.AWAITING, score=None, dm=False, replied=None):
    ended = at(day, 10)
    return InterviewFacts(
        ended_at=ended,
        outcome=outcome,
        sent_at=tuple(ended + timedelta(hours=h) for h in after),
        first_score=score,
        to_decision_maker=dm,
        replied_on=date(2026, 2, replied) if replied else None,
    )


A = fact(2, after=[12], score=85, dm=True, replied=5, outcome=Outcome.NEXT_ROUND)
B = fact(3, after=[20], score=70, dm=True, replied=4, outcome=Outcome.OFFER)
C = fact(9, after=[30], score=55)
D = fact(10, after=[100], dm=True, replied=20, outcome=Outcome.REJECTED)
E = fact(16, outcome=Outcome.NEXT_ROUND)
F = fact(17, after=[2, 3], score=90, dm=True, replied=18)
ALL = [A, B, C, D, E, F]


@pytest.fixture
def figures():
    return arithmetic.from_facts(
        ALL, start=date(2026, 2, 1), end=date(2026, 3, 1), zone=UTC_ZONE, window_hours=24
    )


def groups(split) -> dict[str, tuple]:
    return {
        g.key: (g.size, g.replies.count, g.forward.count, g.replies.percent, g.forward.percent)
        for g in split
    }


def test_letters_sent_within_24_hours_share_and_count(figures):
    assert (figures.interviews, figures.followed_up) == (6, 5)
    assert figures.within_24h == Rate(3, 5)
    assert str(figures.within_24h) == "60% (3 of 5)"


def test_median_time_to_send_is_the_middle_of_2_12_20_30_100_hours(figures):
    assert figures.median_hours_to_send == 20


def test_reply_rate_of_sent_letters(figures):
    assert figures.reply_rate == Rate(4, 5)
    assert figures.reply_rate.percent == 80


def test_median_days_to_reply_counts_from_the_day_the_first_letter_went_out(figures):
    # A 2 Feb -> 5 Feb: 3; B 4 Feb -> 4 Feb: 0; D 14 Feb -> 20 Feb: 6; F 17 -> 18 Feb: 1.
    assert figures.median_days_to_reply == 2


def test_split_by_timing_below_five_shows_counts_and_no_rate(figures):
    assert groups(figures.by_timing) == {
        "24h": (3, 3, 2, None, None),
        "1-3d": (1, 0, 0, None, None),
        "later": (1, 1, 0, None, None),
        "none": (1, 0, 1, None, None),
    }
    assert str(figures.by_timing[0].replies) == "3 of 3"


def test_the_first_timing_group_is_the_follow_up_window_it_is_given():
    wider = arithmetic.from_facts(
        ALL, start=date(2026, 2, 1), end=date(2026, 3, 1), zone=UTC_ZONE, window_hours=36
    )

    first = wider.by_timing[0]
    assert (first.key, first.label, first.size) == ("24h", "Within 36 hours", 4)  # C: 30 h


def test_split_by_whether_the_decision_maker_got_a_letter(figures):
    assert groups(figures.by_decision_maker) == {
        "dm": (4, 4, 2, None, None),
        "others": (1, 0, 0, None, None),
        "none": (1, 0, 1, None, None),
    }


def test_split_by_the_checkers_score_band_of_the_first_letter(figures):
    assert groups(figures.by_score) == {
        "80+": (2, 2, 1, None, None),
        "60-79": (1, 1, 1, None, None),
        "<60": (1, 0, 0, None, None),
        "none": (1, 1, 0, None, None),
    }


def test_funnel_each_stage_within_the_last(figures):
    assert figures.funnel == [
        ("Interviews", 6),
        ("Letters sent", 5),
        ("Replies", 4),
        ("Next round", 2),
        ("Offers", 1),
    ]


def test_weekly_activity_from_monday_with_empty_weeks_kept(figures):
    assert [
        (w.starts_on.isoformat(), w.interviews, w.letters, w.replies) for w in figures.weekly
    ] == [
        ("2026-01-26", 0, 0, 0),
        ("2026-02-02", 2, 2, 2),
        ("2026-02-09", 2, 2, 0),
        ("2026-02-16", 2, 2, 2),
        ("2026-02-23", 0, 0, 0),
    ]


def test_a_rate_needs_five_in_its_group():
    assert (Rate(4, 4).percent, str(Rate(4, 4))) == (None, "4 of 4")
    assert (Rate(2, 5).percent, str(Rate(2, 5))) == (40, "40% (2 of 5)")
    assert (Rate(0, 0).percent, str(Rate(0, 0))) == (None, "none yet")


def test_four_letters_are_a_small_sample_and_five_are_not(figures):
    four = arithmetic.from_facts(
        [A, B, C, D], start=date(2026, 2, 1), end=date(2026, 2, 28), zone=UTC_ZONE, window_hours=24
    )
    assert four.small_sample and four.reply_rate.percent is None
    assert str(four.reply_rate) == "3 of 4"
    assert not figures.small_sample


def test_five_in_a_group_give_a_rate():
    five = [
        fact(
            2,
            after=[h],
            replied=3 if h < 3 else None,
            outcome=Outcome.NEXT_ROUND if h == 1 else Outcome.AWAITING,
        )
        for h in range(1, 6)
    ]
    result = arithmetic.from_facts(
        five, start=date(2026, 2, 1), end=date(2026, 2, 28), zone=UTC_ZONE, window_hours=24
    )
    assert groups(result.by_timing)["24h"] == (5, 2, 1, 40, 20)


def test_no_data_gives_empty_figures_not_errors():
    empty = arithmetic.from_facts(
        [], start=date(2026, 2, 2), end=date(2026, 2, 8), zone=UTC_ZONE, window_hours=24
    )
    assert (empty.interviews, empty.median_hours_to_send, empty.median_days_to_reply) == (
        0,
        None,
        None,
    )
    assert str(empty.reply_rate) == "none yet"
    assert [w.starts_on for w in empty.weekly] == [date(2026, 2, 2)]
