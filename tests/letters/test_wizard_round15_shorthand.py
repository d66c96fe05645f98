"""Wizard round 15 (issue 19): phone shorthand next to a figure or a code ("i-9s n
e-verify", "day 1 n track it", "4 30+ hires", "less scrambling 4 managers", "report 2 day
to day") is spelled out; a figure that counts ("4 years", "day 1", "4 of the 5", "Year 4",
"hiring 4 managers") stays a figure."""

import json
from pathlib import Path

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer
from tests.letters.letter_helpers import letter_draft_file

USERS = Path(__file__).parent / "blind" / "draft_grades11" / "users"


def said(key: str, typed: str) -> str:
    return " ".join(check_answer(key, typed, facts=Facts()).sentences)


def test_the_hr_admins_shorthand_is_spelled_out_in_the_letter():
    """L17: every "n", "4" and "2" the user typed for a word reads as that word."""
    result = letter_draft_file(USERS / "L17_hradmin_shorthand.answers.json")
    body = result["body"]
    for spelled in (
        "did I-9s and e-verify for 30+ hires a month",
        "1 week before day 1 and track it in ADP",
        "less scrambling for managers",
        "Who would I report to day to day, you or the HR manager?",
    ):
        assert spelled in body
    assert " n " not in body and " 4 " not in body and " 2 day" not in body
    notices = json.dumps(result["notices"], ensure_ascii=False)
    assert "report to day to day" in notices  # the fix the step offers says the same


def test_the_line_cook_talked_bbq_for_about_ten_minutes():
    result = letter_draft_file(USERS / "L03_linecook_shorthand.answers.json")
    assert "We talked about BBQ for about 10 minutes" in result["body"]


@pytest.mark.parametrize(
    ("key", "typed", "spelled"),
    [("fit", "did i-9s n e-verify for new starters", "I-9s and"),
     ("value_idea", "I would send it 1 wk before day 1 n track it", "day 1 and track it"),
     ("fit", "ran payroll 4 120+ staff at a care home", "payroll for 120+ staff"),
     ("value_gain", "that means less paperwork 4 managers", "less paperwork for managers"),
     ("question", "who would i report 2 day to day?", "report to day to day")],
)  # fmt: skip
def test_shorthand_beside_a_figure_or_a_code_is_spelled_out(key, typed, spelled):
    assert spelled in said(key, typed)


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [("fit", "i was hiring 4 managers a year", "hiring 4 managers"),
     ("fit", "i trained 4 new managers", "trained 4 new managers"),
     ("value_idea", "i would start the checklist on day 1 n day 2", "day 1"),
     ("fit", "ran 4 2 bed flats for a landlord", "ran 4 2"),
     ("value_gain_detail", "in Year 4 30 kids were reading below level", "Year 4 30 kids"),
     ("fit", "i had 2 back to back shifts most weeks", "2 back to back"),
     ("fit", "we did 2 day and 3 night shifts", "2 day and 3 night"),
     ("fit", "I worked 4 years at a staffing agency", "4 years"),
     ("fit", "kept 4 of the 5 sites open", "4 of the 5"),
     ("fit", "we had 2 staff off sick most weeks", "had 2 staff"),
     ("fit", "i worked 4 weekends in a row", "worked 4 weekends"),
     ("fit", "i covered 4 sundays a month", "covered 4 Sundays")],
)  # fmt: skip
def test_a_figure_that_counts_stays_a_figure(key, typed, kept):
    assert kept in said(key, typed)
