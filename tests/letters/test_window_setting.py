"""``FOLLOWUP_WINDOW_HOURS`` is the window everywhere: the checker's timing findings and
the dashboard's words follow the setting, not a hard-coded 24."""

from datetime import timedelta

import pytest
from django.urls import reverse

from letters import selectors
from tests.factories import InterviewFactory
from tests.letters.letter_helpers import assembled_letter, interview_with_panel

pytestmark = pytest.mark.django_db


def timing_findings(letter, *, now):
    report = selectors.letter_context(letter).report(now=now)
    return {f.code: f.message for f in report.findings if f.code in {"late", "send_soon"}}


def test_the_checker_counts_the_window_the_setting_names(settings):
    interview, panel = interview_with_panel(panel_size=1)
    letter = assembled_letter(interview, panel[0])
    thirty_hours_on = interview.ends_at + timedelta(hours=30)

    settings.FOLLOWUP_WINDOW_HOURS = 24
    assert "The 24 hours after the interview ran out" in timing_findings(
        letter, now=thirty_hours_on
    ).get("late", "")

    settings.FOLLOWUP_WINDOW_HOURS = 48
    assert timing_findings(letter, now=thirty_hours_on) == {}
    near_the_end = interview.ends_at + timedelta(hours=46)
    assert "left of the 48 hours" in timing_findings(letter, now=near_the_end)["send_soon"]


def test_the_dashboard_says_the_window_the_setting_names(client, settings):
    settings.FOLLOWUP_WINDOW_HOURS = 36
    interview = InterviewFactory()  # ended two hours ago
    client.force_login(interview.owner)

    text = client.get(reverse("dashboard")).text

    assert "within 36 hours of the interview" in text
    assert "24 hours" not in text
