"""One date format everywhere, in the reader's own zone with its short name."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import timezone

from accounts.timefmt import day, when
from tests.factories import InterviewFactory

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
MOMENT = datetime(2026, 11, 27, 9, 24, tzinfo=UTC)


# --- the format --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("Europe/London", "Fri 27 Nov, 09:24 GMT"),
        ("America/New_York", "Fri 27 Nov, 04:24 EST"),
        ("Europe/Paris", "Fri 27 Nov, 10:24 CET"),
        ("Asia/Kolkata", "Fri 27 Nov, 14:54 IST"),
        ("Asia/Dubai", "Fri 27 Nov, 13:24 UTC+04"),
        ("America/St_Johns", "Fri 27 Nov, 05:54 NST"),
        ("UTC", "Fri 27 Nov, 09:24 UTC"),
    ],
)
def test_a_moment_reads_the_same_way_in_every_zone(zone, expected):
    assert when(MOMENT, zone=zone, now=NOW) == expected


def test_summer_time_shows_its_own_short_name():
    june = datetime(2026, 6, 2, 14, 0, tzinfo=UTC)
    assert when(june, zone="Europe/London", now=NOW) == "Tue 2 Jun, 15:00 BST"
    assert when(june, zone="America/New_York", now=NOW) == "Tue 2 Jun, 10:00 EDT"


def test_the_year_shows_only_when_it_is_not_this_one():
    last_year = datetime(2025, 12, 3, 16, 0, tzinfo=UTC)
    assert when(last_year, zone="Europe/London", now=NOW) == "Wed 3 Dec 2025, 16:00 GMT"


def test_the_year_is_the_readers_year_around_new_year():
    new_year_utc = datetime(2027, 1, 1, 2, 0, tzinfo=UTC)  # still 31 Dec in New York
    assert when(new_year_utc, zone="America/New_York", now=NOW) == "Thu 31 Dec, 21:00 EST"


def test_without_a_zone_the_active_zone_is_used():
    with timezone.override(ZoneInfo("America/Los_Angeles")):
        assert when(MOMENT, now=NOW) == "Fri 27 Nov, 01:24 PST"


def test_nothing_reads_as_nothing():
    assert when(None) == ""
    assert day(None) == ""


def test_a_date_without_a_time_uses_the_same_words():
    assert day(date(2026, 11, 27), now=NOW) == "Fri 27 Nov"
    assert day(date(2025, 12, 3), now=NOW) == "Wed 3 Dec 2025"
    assert day(MOMENT, zone="Pacific/Auckland", now=NOW) == "Fri 27 Nov"
    assert day(datetime(2026, 11, 27, 23, 0, tzinfo=UTC), zone="Pacific/Auckland", now=NOW) == (
        "Sat 28 Nov"
    )


def test_the_template_filter_is_the_same_function():
    template = Template("{% load when %}{{ moment|when }} / {{ moment|when:'Asia/Tokyo' }}")
    with timezone.override(ZoneInfo("Europe/London")):
        rendered = template.render(Context({"moment": MOMENT}))
    assert rendered == f"{when(MOMENT, zone='Europe/London')} / {when(MOMENT, zone='Asia/Tokyo')}"
    assert rendered.endswith("18:24 JST")


# --- pages -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_interview_page_shows_the_deadline_as_a_time_and_a_countdown(signed_in, user):
    user.time_zone = "America/New_York"
    user.save()
    now = timezone.now()
    interview = InterviewFactory(
        owner=user, starts_at=now - timedelta(hours=2), ends_at=now - timedelta(hours=1)
    )

    html = signed_in.get(interview.get_absolute_url()).text

    deadline = when(interview.window_closes_at, zone="America/New_York")
    assert deadline.endswith(("EST", "EDT"))
    assert "Send your letter by <strong><time datetime=" in html
    assert f">{deadline}</time></strong>:" in html
    assert html.count(" left</span>") == 1
    assert "Time left to send your letter" not in html


@pytest.mark.django_db
def test_after_the_close_the_interview_page_says_when_it_closed(signed_in, user):
    now = timezone.now()
    interview = InterviewFactory(
        owner=user, starts_at=now - timedelta(hours=30), ends_at=now - timedelta(hours=29)
    )

    html = signed_in.get(interview.get_absolute_url()).text

    closed = when(interview.window_closes_at, zone="Europe/London")
    assert "The 24-hour window closed <strong><time datetime=" in html
    assert f">{closed}</time></strong>. A late letter is still worth sending:" in html
    assert "overdue by 5 h" in html
