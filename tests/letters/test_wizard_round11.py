"""Wizard round 11 (issue 19): the question step asks only what is a question."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer
from tests.letters.letter_helpers import wizard_draft


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


@pytest.mark.parametrize(
    ("typed", "said"),
    [("the queue will be faster and less people leave",
      "The queue will be faster and fewer people leave."),
     ("That would mean less return trips, happier builders n more jobs",
      "That would mean fewer return trips, happier builders and more jobs."),
     ("that would mean less agency staff and less drive time",
      "That would mean less agency staff and less drive time.")],
)  # fmt: skip
def test_less_becomes_fewer_only_for_things_counted(typed, said):
    assert check_answer("value_gain", typed, facts=Facts()).sentences == (said,)


def test_a_gain_listed_as_a_heading_is_not_taken_for_an_order():
    """ "Lower food cost and less waste": "lower" is no order to the reader, and the letter
    would carry a line with no verb; the step asks for it as a sentence."""
    check = check_answer("value_gain", "Lower Food Cost And Less Waste In The Bin", facts=Facts())
    assert not check.used
    assert "reads as a note" in check.message


@pytest.mark.parametrize(
    ("typed", "said"),
    [("Save you about 2 hours a shift.", "It would save you about 2 hours a shift."),
     ("save them time on the rota", "It would save them time on the rota."),
     ("get paid sooner", "You would get paid sooner.")],
)  # fmt: skip
def test_a_gain_with_no_one_in_it_is_said_by_what_does_it(typed, said):
    """ "save you 2 hours": the reader is the object, so "It would", never "You would save you"."""
    assert check_answer("value_gain", typed, facts=Facts()).sentences == (said,)


def test_a_gain_opening_on_what_it_does_gets_an_example_that_reads():
    check = check_answer("value_gain", "Saves you about 2 hours a shift", facts=Facts())
    assert "“That would save you about 2 hours a shift.”" in check.message
    assert "mean saves" not in check.message


@pytest.mark.parametrize(
    ("key", "typed", "named"),
    [("value_gain", "That would mean the same faces every day, specialy on the dementia unit.",
      "specialy"),
     ("fit", "I cut the wait at the desk by aprox 10 minutes.", "aprox")],
)  # fmt: skip
def test_a_word_no_dictionary_knows_is_named_for_the_user_to_check(key, typed, named):
    """Not mended (the wizard is not sure what was meant), so the step names it, with
    the word it most likely stands for: a typo or a name in lower case would reach the
    letter as typed otherwise."""
    check = check_answer(key, typed, facts=Facts())
    assert f"“{named}” may be a typo: did you mean" in check.message
    assert named in " ".join(check.sentences)


@pytest.mark.parametrize(
    "typed",
    ["I ran the packhouse night shift for 3 years.",
     "I cut stockouts by half with a weekly stocktake.",
     "I have 5 years of experience with Fresha and Booksy."],
)  # fmt: skip
def test_trade_compounds_and_capitalised_names_are_not_asked_about(typed):
    assert "We do not know" not in check_answer("fit", typed, facts=Facts()).message


def test_a_typo_in_the_role_is_named_on_the_draft_for_the_interview_record():
    answers = {"connection": "We talked about the garden you are planning at the home."}
    result = wizard_draft(answers, role="Senior Care Assitant", company="Meadowbank Care Home")
    [notice] = [n for n in result.notices if "may have a typo" in n.message]
    assert notice.answer == "draft"
    assert "“assitant” (“assistant”?)" in notice.message
    assert "interview's details" in notice.message


def test_a_role_spelled_right_gets_no_typo_notice():
    answers = {"connection": "We talked about the garden you are planning at the home."}
    result = wizard_draft(answers, role="Senior Care Assistant", company="Meadowbank Care Home")
    assert not [n for n in result.notices if "may have a typo" in n.message]


def test_a_problem_noted_as_a_plural_and_a_phrase_is_asked_for_as_a_sentence():
    """ "callbacks on water heater installs": "installs" is the jobs, not a verb (the
    plural before it takes no "installs"), so it is a note, not a fact stated to them."""
    check = check_answer("value_problem", "callbacks on water heater installs", facts=Facts())
    assert not check.used
    assert "“You mentioned callbacks on water heater installs.”" in check.message


def test_a_contraction_typed_without_its_apostrophe_is_spelled_out():
    check = check_answer(
        "value_problem", "you said the parts werent there when it came in", facts=Facts()
    )
    assert check.sentences == ("You said the parts weren't there when it came in.",)


def test_a_particle_before_road_is_no_street_name():
    """ "trailers off road": no "Off Road" to capitalise; "oak road" still asked about."""
    gain = check_answer("value_gain", "less trailers off road and no fines", facts=Facts())
    assert "“off” may be a name" not in gain.message
    met = check_answer("connection", "we met near the shop on oak road once", facts=Facts())
    assert "“oak” may be a name" in met.message
