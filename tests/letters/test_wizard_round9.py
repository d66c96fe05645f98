"""What a user sees at a step for what the simulated users of the eighth blind round named
(issue 19): everyday short forms asked about as letters or left as typed. The answers are
invented."""

import pytest

from tests.letters.letter_helpers import wizard_draft


def draft(answers, *, role="Care Assistant", recipient="Dana Whitfield", company="Elm Court"):
    return wizard_draft(answers, role=role, recipient=recipient, company=company)


def shown(result, answer, number=0):
    found = [n for n in result.notices if n.answer == answer and n.number == number]
    return "".join(n.message + (n.fix or "") for n in found)


# --- short forms: spelled out, or left alone, never asked about as letters --------------


@pytest.mark.parametrize(
    ("answer", "typed", "asked"),
    [
        ("connection", "my nan kept chickens just like your mum did", "NAN?"),
        ("value_idea", "i would sort the med trolley before the night round", "MED?"),
    ],
)
def test_everyday_words_are_not_asked_about_as_letters(answer, typed, asked):
    result = draft({answer: typed, "value_problem": "night rounds run late"})
    assert asked not in shown(result, answer)


@pytest.mark.parametrize(
    ("answer", "typed", "spelled"),
    [
        ("value_idea", "i would check the high risk pts every hour on nights", "patients"),
        ("closing", "i can do a trial shift fri night", "Friday"),
        ("connection", "we both coach junior rugby, hes a prop and so was i", "he's"),
        ("value_gain_detail", "a late round is half a day 4 2 carers on overtime", "for 2 carers"),
    ],
)
def test_short_forms_are_spelled_out(answer, typed, spelled):
    result = draft({answer: typed, "value_problem": "night rounds run late"})
    assert spelled in result.body or spelled in shown(result, answer)


def test_pts_after_a_figure_are_points():
    result = draft({"value_gain_detail": "we went up 12 pts on the audit score in a year"})
    assert "12 points" in result.body + shown(result, "value_gain_detail")
