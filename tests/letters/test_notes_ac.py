"""A later sentence of an idea jotted as a note, and a how-much given a heading, reach the
letter with no notice (set AC: "I would test tray by tray …. Daily cleaver blade check and
arc calibration.", "… Weekly backlog figures for trustees.", "Midrand project 2024: rework
from 12% to 2% in 3 months.", "Previous TPA: backlog of 250 quotes cleared in 7 weeks",
"… Will keep 2 multi-skilled operators …"). As a whole-note answer is, they are left out
and named; real sentences, closings and short questions are not."""

from __future__ import annotations

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer


def check(key, typed):
    return check_answer(key, typed, facts=Facts())


@pytest.mark.parametrize(
    ("typed", "note"),
    [
        ("I would test tray by tray before dome closure. Daily cleaver blade check and arc "
         "calibration.", "Daily cleaver blade check and arc calibration."),
        ("I would triage the backlog by retirement date, nearest dates first. Weekly backlog "
         "figures for trustees.", "Weekly backlog figures for trustees."),
        ("I would rotate the stock by use-by date. Daily fridge temperature log for the EHO.",
         "Daily fridge temperature log for the EHO."),
        ("I would walk the rows every morning. Weekly spray records for the auditor.",
         "Weekly spray records for the auditor."),
        ("I would put a tag on every ladder. Monthly ladder inspections and a sign-off sheet.",
         "Monthly ladder inspections and a sign-off sheet."),
        ("I would clean the nozzles at every shift change. Hourly print checks on line 2.",
         "Hourly print checks on line 2."),
    ],
)  # fmt: skip
def test_a_later_note_led_by_how_often_keeps_the_idea_out_and_is_named(typed, note):
    result = check("value_idea", typed)
    assert not result.used
    assert f"“{note}”" in result.message
    assert "starting with “I would" in result.message


@pytest.mark.parametrize(
    ("typed", "part"),
    [
        ("I will do time study and balance the line by operator skill matrix. Will keep 2 "
         "multi-skilled operators for absentee coverage.", "Will keep 2"),
        ("I would call every tenant before the visit. Would send a reminder text the day "
         "before.", "Would send a"),
        ("I can train the new pickers on the scanners. Can also cover the Saturday shift.",
         "Can also cover"),
    ],
)  # fmt: skip
def test_a_later_sentence_with_no_subject_keeps_the_idea_out_and_is_named(typed, part):
    result = check("value_idea", typed)
    assert not result.used
    assert f"“{part}" in result.message
    assert "“I " in result.message


@pytest.mark.parametrize(
    "typed",
    [
        "Midrand project 2024: rework from 12% to 2% in 3 months.",
        "Previous TPA: backlog of 250 quotes cleared in 7 weeks, SLA from 61% to 92%.",
        "Leeds site 2023: callbacks from 14 a month to 3.",
        "Old depot: 40 pallets shipped a day, up from 25.",
        "Last clinic: 300 notes scanned in 2 weeks, no errors.",
    ],
)
def test_a_how_much_under_a_heading_is_not_used_as_typed(typed):
    result = check("value_gain_detail", typed)
    assert not result.used


@pytest.mark.parametrize(
    "typed",
    [
        "I would test tray by tray before dome closure. I would also check the cleaver daily.",
        "I would triage by retirement date. Weekly figures would go to the trustees.",
        "I would walk the rows every morning. Daily checks catch the mildew early.",
        "I would rotate the stock by date. It keeps waste down.",
        "I would set up a rota. Start with the weekend crew.",
        "I will keep 2 spare operators. I will put a board in each line.",
    ],
)
def test_a_later_real_sentence_gets_no_note_notice(typed):
    result = check("value_idea", typed)
    assert "as a note" not in result.message
    assert "I would also" not in result.message


@pytest.mark.parametrize(
    "typed",
    [
        "At my last job we cut rework from 12% to 2% in 3 months.",
        "At the previous TPA we cleared a backlog of 250 quotes in 7 weeks.",
        "Nevis: stoppages roughly halved on beginner tow with a loader.",
    ],
)
def test_a_how_much_said_as_a_sentence_is_used(typed):
    assert check("value_gain_detail", typed).used


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("closing", "Thanks again."),
        ("closing", "Happy to help."),
        ("closing", "Thanks again for Wednesday. Happy to help with a trial shift."),
        ("question", "Any chance of a trial day?"),
        ("question", "What is the team size? Any chance of a trial day?"),
    ],
)
def test_closings_and_short_questions_are_still_used(key, typed):
    result = check(key, typed)
    assert result.used
    assert "as a note" not in result.message


def test_an_idea_whose_first_line_has_no_subject_is_named_as_a_whole():
    result = check("value_idea", "Back butter every tile. Could do a quick tap test after.")
    assert not result.used
    assert "does not say it is you, so it is not in your letter" in result.message
