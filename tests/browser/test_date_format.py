"""One date format everywhere (accounts/timefmt.py): "Tue 15 Dec, 09:00 GMT" for a moment,
"Mon 30 Nov" for a day, on the letter page, the insights and their CSV."""

import csv
import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from accounts import timefmt
from letters import services
from letters.models import Letter
from reminders.models import Reminder
from tests.factories import UserFactory
from tests.letters.letter_helpers import assembled_letter, interview_with_panel

pytestmark = pytest.mark.browser

WEEKDAY = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
DAY = WEEKDAY + r" \d{1,2} " + MONTH + r"( \d{4})?"
WHEN = DAY + r", \d\d:\d\d [A-Z]{2,5}"


@pytest.fixture
def sent_letter(transactional_db):
    owner = UserFactory(name="Alex Morgan", time_zone="America/New_York")
    interview, panel = interview_with_panel(owner=owner)
    letter = assembled_letter(interview, panel[0])
    services.letter_mark_sent(letter=letter, via=Letter.SentVia.MANUAL)
    return letter


def test_the_planned_check_in_reads_with_its_zone(page, live_server, log_in, sent_letter):
    check_in = Reminder.objects.get(interview=sent_letter.interview, kind="check_in", sequence=1)
    log_in(page, sent_letter.owner)

    page.goto(f"{live_server.url}{sent_letter.get_absolute_url()}")

    shown = page.locator("#what-happens-next time").first
    expect(shown).to_have_text(re.compile(f"^{WHEN}$"))
    # In the job seeker's zone, in the same words as every other page.
    expect(shown).to_have_text(timefmt.when(check_in.due_at, zone=sent_letter.owner.zone))
    assert shown.inner_text().endswith(" EST") or shown.inner_text().endswith(" EDT")


def test_the_weeks_of_the_insights_and_their_csv_read_as_days(
    page, live_server, log_in, sent_letter
):
    log_in(page, sent_letter.owner)
    page.goto(f"{live_server.url}/insights/")

    week_cells = page.locator("#chart-weekly-title ~ .table-responsive tbody th")
    expect(week_cells.first).to_have_text(re.compile(f"^{DAY}$"))
    assert not any(re.search(r"\d{4}-\d\d-\d\d", text) for text in week_cells.all_inner_texts())

    chart = page.locator("section.insight-chart").filter(has=page.locator("#chart-weekly-title"))
    with page.expect_download() as download:
        chart.get_by_role("link", name="Download CSV").click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][0] == "Week of"
    assert rows[1:] and all(re.fullmatch(DAY, row[0]) for row in rows[1:])
    assert rows[1][0] == week_cells.first.inner_text()
