"""Wizard round 13 (draft_grades10, K10/K11/K19): interview notes pasted in as reported
speech ("she said rooms not ready"), "I said I would ..." told back, and notes to self
in the closing ("thank her and say ...")."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer

PARK = Facts(
    names=("Ms Linda Park", "Marisol Gutierrez"),
    recipient="Ms Linda Park",
    company="The Belmont Hotel Chicago",
)


@pytest.mark.parametrize(
    ("key", "typed"),
    [("value_problem", "she said rooms not ready for early check in"),
     ("value_gain", "you said happier guests and better reviews"),
     ("value_gain", "she said happier guests and better reviews"),
     ("value_problem", "he said rooms not ready on time"),
     ("value_gain", "she told me happier guests")],
)  # fmt: skip
def test_said_before_a_note_is_a_note_left_out(key, typed):
    check = check_answer(key, typed, facts=PARK)
    assert check.sentences == ()
    assert "reads as a note, so it is not in your letter" in check.message


def test_said_before_a_note_gets_an_example_in_the_users_words():
    check = check_answer("value_gain", "you said happier guests and better reviews", facts=PARK)
    assert "happier guests" in check.message.split("example", 1)[1]


@pytest.mark.parametrize(
    "typed",
    ["she said the nurse clinics are hardly used",
     "she said the rooms are not ready on time for early check in"],
)  # fmt: skip
def test_said_before_a_full_sentence_stays(typed):
    check = check_answer("value_problem", typed, facts=PARK)
    assert check.sentences and check.sentences[0].startswith("You said")


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [("value_idea", "I said I would check departures early", "I would check departures early."),
     ("closing", "I told her I would call on Monday", "I would call on Monday."),
     ("value_idea", "I said check departures early with front desk",
      "I would check departures early with front desk.")],
)  # fmt: skip
def test_what_i_said_at_the_interview_is_offered_as_what_i_would_do(key, typed, said):
    check = check_answer(key, typed, facts=PARK)
    assert check.sentences == (said,)
    assert check.fix == said
    assert "I said" not in " ".join(check.sentences)


@pytest.mark.parametrize(
    "typed",
    ["thank her and say I can come for a second interview any day",
     "tell him I can start Monday",
     "mention that I have my CSCS card",
     "ask her if the shifts rotate"],
)  # fmt: skip
def test_a_note_to_self_in_the_closing_is_left_out(typed):
    check = check_answer("closing", typed, facts=PARK)
    assert check.sentences == ()
    assert "reads as a note to yourself" in check.message


def test_thank_her_and_say_offers_what_to_say():
    check = check_answer(
        "closing", "thank her and say I can come for a second interview any day", facts=PARK
    )
    assert "“I can come for a second interview any day.”" in check.message
    assert "Thank her and say." not in check.message


@pytest.mark.parametrize(
    ("typed", "said"),
    [("To make a checklist for each room", "I would make a checklist for each room."),
     ("to do hourly rounding on every resident", "I would do hourly rounding on every resident.")],
)  # fmt: skip
def test_an_idea_opening_to_and_a_verb_is_said_with_i_would(typed, said):
    check = check_answer("value_idea", typed, facts=PARK)
    assert check.sentences == (said,)


def test_a_problem_with_its_own_verb_is_not_told_it_has_none():
    typed = "Late discharges are blocking beds for patients waiting in A&E."
    check = check_answer("value_problem", typed, facts=PARK)
    assert check.sentences == (typed,)
    assert "no verb of its own" not in check.message


def test_a_problem_stated_flat_is_a_fact_told_to_them_not_a_note():
    typed = "The month-end close takes ten days because of manual invoice matching."
    check = check_answer("value_problem", typed, facts=PARK)
    assert check.sentences == (typed,)
    assert "reads as a note" not in check.message
    assert "as what they told you" in check.message


@pytest.mark.parametrize(
    ("typed", "said"),
    [("he liked that I have SIA door supervisor and CCTV licences",
      "I have SIA door supervisor and CCTV licences."),
     ("you liked that I ran the night team for 2 years", "I ran the night team for 2 years.")],
)  # fmt: skip
def test_a_result_they_liked_is_said_as_the_result(typed, said):
    check = check_answer("fit", typed, facts=PARK)
    assert check.sentences == (said,)
    assert "liked" not in check.fix
