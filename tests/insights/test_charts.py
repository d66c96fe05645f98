"""The chart specs of /insights/: what a chart with nothing to draw says, whole-number
ticks for counts, and only the weeks that hold something."""

from datetime import UTC, date, datetime, timedelta

from insights import charts
from insights.figures import InterviewFacts
from insights.figures import from_facts as figures

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
START, END = date(2026, 8, 29), date(2026, 11, 27)


def charts_of(facts) -> dict[str, charts.Chart]:
    result = figures(facts, start=START, end=END, zone=UTC, window_hours=24)
    return {chart.key: chart for chart in charts.charts_for(result, now=NOW)}


def test_with_no_interview_every_chart_says_what_it_will_show_and_has_no_table():
    by_key = charts_of([])

    for chart in by_key.values():
        assert "It starts once" in chart.empty, chart.key
        assert chart.rows == [], chart.key
    assert "once you have sent a letter" in by_key["score"].empty


def test_one_interview_draws_the_funnel_in_whole_numbers_and_lists_its_week_only():
    ended = NOW - timedelta(days=10)
    one = InterviewFacts(ended_at=ended, sent_at=(ended + timedelta(hours=3),))

    by_key = charts_of([one])

    funnel = by_key["funnel"]
    assert funnel.empty == ""
    assert funnel.config["options"]["scales"]["x"]["ticks"] == {"precision": 0}
    weekly = by_key["weekly"]
    assert weekly.empty == ""
    assert weekly.rows == [["Mon 16 Nov", 1, 1, 0]]
    assert weekly.config["data"]["labels"] == ["Mon 16 Nov"]
    timing = by_key["timing"]
    assert "the largest has 1 so far" in timing.empty
    assert timing.rows[0][:2] == ["Within 24 hours", 1]


def test_weeks_between_two_interviews_that_hold_nothing_are_left_out():
    early, late = NOW - timedelta(days=80), NOW - timedelta(days=3)

    weekly = charts_of([InterviewFacts(ended_at=early), InterviewFacts(ended_at=late)])["weekly"]

    assert [row[1] for row in weekly.rows] == [1, 1]


def test_a_group_of_five_draws_its_bar_and_drops_the_empty_state():
    ended = NOW - timedelta(days=5)
    five = [InterviewFacts(ended_at=ended, sent_at=(ended + timedelta(hours=2),))] * 5

    assert charts_of(five)["timing"].empty == ""


def test_a_week_of_another_year_carries_its_year():
    ended = datetime(2025, 12, 31, 12, 0, tzinfo=UTC)
    facts = [InterviewFacts(ended_at=ended)]
    result = figures(facts, start=date(2025, 12, 1), end=END, zone=UTC, window_hours=24)

    weekly = {c.key: c for c in charts.charts_for(result, now=NOW)}["weekly"]

    assert weekly.rows[0][0] == "Mon 29 Dec 2025"
