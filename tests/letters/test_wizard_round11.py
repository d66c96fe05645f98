"""Wizard round 11 (issue 19): the question step asks only what is a question."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer


@pytest.mark.parametrize(
    "typed",
    ["Would love to hear more about the team.", "could start monday if that helps",
     "Would be great to know the rota"],
)  # fmt: skip
def test_phone_style_with_the_i_left_out_is_not_turned_into_a_question(typed):
    check = check_answer("question", typed, facts=Facts())
    assert not check.sentences or not check.sentences[-1].endswith("?")


@pytest.mark.parametrize(
    ("typed", "asked"),
    [("would I get a uniform", "Would I get a uniform?"),
     ("is overtime paid", "Is overtime paid?"),
     ("does the role include weekends", "Does the role include weekends?"),
     ("can Maria show me the rota", "Can Maria show me the rota?"),
     ("what time do I start", "What time do I start?")],
)  # fmt: skip
def test_a_question_typed_without_its_mark_gets_one(typed, asked):
    assert check_answer("question", typed, facts=Facts()).sentences == (asked,)
