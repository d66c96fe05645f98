"""The interviews CSV in Chromium: what the profile's download button gives a person."""

import csv
import io
from datetime import UTC, date, datetime

import pytest

from interviews.models import Interview, Reply
from letters.models import Letter
from tests.factories import InterviewFactory, LetterFactory, PanelistFactory, UserFactory

pytestmark = pytest.mark.browser


def test_the_downloaded_csv_says_what_the_pages_say(page, live_server, log_in):
    user = UserFactory(time_zone="America/New_York")
    interview = InterviewFactory(
        owner=user,
        company="Initech",
        round=Interview.Round.SECOND,
        format=Interview.Format.ONSITE,
        starts_at=datetime(2026, 12, 8, 14, 0, tzinfo=UTC),
        ends_at=datetime(2026, 12, 8, 15, 0, tzinfo=UTC),
    )
    priya = PanelistFactory(
        interview=interview, interviewer__name="Priya Shah", is_decision_maker=True
    ).interviewer
    LetterFactory(interview=interview, recipient=priya, status=Letter.Status.SENT)
    Reply.objects.create(interview=interview, received_on=date(2026, 12, 10), note="Next week")
    log_in(page, user)
    page.goto(f"{live_server.url}/profile/")

    with page.expect_download() as download:
        page.get_by_role("link", name="Download your interviews (CSV)").click()

    assert download.value.suggested_filename.startswith("followup-interviews-")
    text = download.value.path().read_text(encoding="utf-8")
    (row,) = csv.DictReader(io.StringIO(text))
    assert (row["Round"], row["Format"]) == ("Second round", "On-site")
    assert row["Starts"] == "2026-12-08 09:00 America/New_York"
    assert row["Panel"] == "Priya Shah (decision-maker)"
    assert row["Letter"] == "Priya Shah: Sent"
    assert (row["Reply"], row["Reply note"]) == ("They replied", "Next week")
