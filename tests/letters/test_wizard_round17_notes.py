"""Wizard round 17 (issue 19): a question or closing about pay says so at its step, as
the checker's ``salary_demand`` does; a later part of an answer that reads as a note
(a verbless line after a whole first sentence, a name set before a colon, a change told
with no subject) is named in the notice with an example, the letter's text kept."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer
from letters.quality.text import Sentence
from letters.quality.tone import check_tone, raises_pay
from tests.letters.letter_helpers import DM_ANSWERS, letter_draft_json

PAY_NOTICE = "reads as a demand and lowers its score"


def check(key, typed):
    return check_answer(key, typed, facts=Facts())


@pytest.mark.parametrize(
    "typed", ["Salary and weekly off?", "What is the pay rate?", "how much is the hourly rate"]
)
def test_a_question_about_pay_says_so_at_its_step(typed):
    result = check("question", typed)
    assert PAY_NOTICE in result.message
    assert "ask it later, when they make an offer" in result.message
    assert "Used as you wrote it." not in result.message


def test_a_closing_about_pay_says_so_at_its_step():
    result = check("closing", "Happy to talk about salary when you're ready.")
    assert PAY_NOTICE in result.message


@pytest.mark.parametrize(
    "typed", ["What is the pay rate?", "How much is the hourly rate?", "Is overtime paid?"]
)
def test_the_checker_reads_a_question_about_pay_as_the_step_does(typed):
    assert [f.code for f in check_tone([Sentence(typed)])] == ["salary_demand"]
    assert raises_pay(typed) == typed


@pytest.mark.parametrize(
    "typed",
    ["Is the delay worst at month-end, or every day?", "What is the failure rate?",
     "I want to ask if company pay for new coded test or I must pay self?"],
)  # fmt: skip
def test_a_question_not_about_the_jobs_pay_is_not_called_a_demand(typed):
    assert raises_pay(typed) == ""
    assert PAY_NOTICE not in check("question", typed).message


def test_the_draft_notice_and_the_score_agree(tmp_path):
    data = {
        "recipient": "Gary Whitlock",
        "sender": "Dean Morris",
        "company": "Acme",
        "role": "Data Engineer",
        "answers": DM_ANSWERS | {"question": "What is the pay rate?"},
    }
    result = letter_draft_json(data, tmp_path)
    assert "salary_demand" in {f["code"] for f in result["findings"]}
    assert any(PAY_NOTICE in n["message"] for n in result["notices"])


def test_later_verbless_lines_of_an_idea_are_named_and_the_idea_waits_for_them():
    """As a first line jotted as a note does, a later one keeps the idea out of the letter
    until it is said as a sentence (no draft keeps a verbless line), and the step names
    each line."""
    typed = (
        "I would scan instead of plaster for most feet. Clear check shell for tricky ones. "
        "Batch thermoforming days."
    )
    result = check("value_idea", typed)
    assert not result.used
    assert "“Clear check shell for tricky ones.” and “Batch thermoforming days.”" in result.message
    assert "I would" in result.message


@pytest.mark.parametrize(
    "typed",
    ["I would set up a rota. Start with the weekend crew.",
     "I would test every plot. Label every plot.",
     "I would tag the leads. Test and tag weekly."],
)  # fmt: skip
def test_a_later_order_in_an_idea_is_not_a_note(typed):
    assert "read as a note" not in check("value_idea", typed).message
    assert "reads as a note" not in check("value_idea", typed).message


def test_a_name_before_a_colon_is_named_as_a_heading():
    result = check(
        "value_gain_detail", "Nevis: stoppages roughly halved on beginner tow with a loader."
    )
    assert result.sentences == ("Nevis: stoppages roughly halved on beginner tow with a loader.",)
    assert "“Nevis:” reads as a note heading" in result.message
    assert "At Nevis, stoppages roughly halved" in result.message


def test_a_change_after_a_comma_with_no_subject_is_named():
    result = check("fit", "I ran the community garden, went from 6 regulars to 19")
    assert result.sentences == ("I ran the community garden, went from 6 regulars to 19.",)
    assert "“went from 6 regulars to 19” after a comma" in result.message
    assert "…, and it went from 6 regulars to 19." in result.message


@pytest.mark.parametrize("key", ["fit", "value_gain_detail"])
def test_a_change_after_an_opening_phrase_with_no_subject_is_named(key):
    result = check(key, "At my old job went from about 1 mismatch a month to 0")
    assert result.sentences == ("At my old job went from about 1 mismatch a month to 0.",)
    assert "At my old job we went from about 1 mismatch a month to 0." in result.message


@pytest.mark.parametrize(
    "typed",
    ["At my last site incidents dropped from about 40 a month to 22.",
     "At my last company close went from nine days to six.",
     "My last firm went from about 30 callbacks a phase to under 10."],
)  # fmt: skip
def test_a_change_with_its_subject_is_not_named(typed):
    assert "does not say who" not in check("value_gain_detail", typed).message
