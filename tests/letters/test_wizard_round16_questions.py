"""Question-step answers a blind grader found left in drafts as notes or statements
(round 16): "I want to ask Dr Prakash whether technicians rotate …" (a named person
asked), "I was wondering would there be a chance …" (an inverted clause ended with a full
stop), "… eventually and what that would look like?" (a second wh-clause not inverted) and
"Contract labour payroll in-house or vendor?" (a verbless note). The answers are invented in
the graders' patterns."""

import pytest

from letters.fragments import FIXED, LEFT_OUT, USED, Facts, check_answer

FACTS = Facts(
    names=("Ms Anita Raghavan", "Dean Morris"), company="City Hospital", recipient="Ms Raghavan"
)


def checked(typed):
    return check_answer("question", typed, facts=FACTS)


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        (
            "I want to ask Dr Prakash whether technicians rotate to the wards",
            "Do technicians rotate to the wards?",
        ),
        (
            "I wanted to ask Sam if the night staff are paid weekly",
            "Are the night staff paid weekly?",
        ),
        ("I want to ask if new starters get a van", "Do new starters get a van?"),
        ("I want to ask you if you have parking for staff", "Do you have parking for staff?"),
        (
            "I want to ask if the supervisor gets a company car",
            "Does the supervisor get a company car?",
        ),
        (
            "I was wondering would there be a chance to do the nursing course since you "
            "mentioned the sessions on Thursdays",
            "Would there be a chance to do the nursing course since you mentioned the "
            "sessions on Thursdays?",
        ),
        ("I wonder is there parking for staff.", "Is there parking for staff?"),
        ("just wondering could I shadow a shift first", "Could I shadow a shift first?"),
        (
            "Is there a chance to move up to sous eventually and what that would look like?",
            "Is there a chance to move up to sous eventually, and what would that look like?",
        ),
    ],
)
def test_the_question_is_asked_directly(typed, asked):
    check = checked(typed)
    assert check.status == FIXED, check.message
    assert " ".join(check.sentences) == asked
    assert f"“{asked}”" in check.message


@pytest.mark.parametrize(
    "typed",
    [
        "I was wondering if the role is permanent.",
        "Could we talk about the rota and what you would need from me?",
        "I want to ask Dr Prakash about the rota",
    ],
)
def test_a_question_that_is_not_certain_is_not_turned_round(typed):
    check = checked(typed)
    assert check.status == USED
    assert " ".join(check.sentences).startswith(typed[:20])


def test_an_uncertain_question_to_a_named_person_gets_an_example():
    check = checked(
        "I want to ask Dr Prakash if the supervisor gets a company car or I must use my own"
    )
    assert check.status == USED
    assert "“Does the supervisor get a company car …?”" in check.message


@pytest.mark.parametrize(
    "typed",
    ["Contract labour payroll in-house or vendor?", "Staff parking on site or nearby?"],
)
def test_a_verbless_question_note_is_left_out_with_a_notice(typed):
    check = checked(typed)
    assert check.status == LEFT_OUT
    assert "reads as a note, so it is not in your letter: ask it as a full question" in (
        check.message
    )


def test_they_asked_of_a_named_person_is_not_turned_round():
    # "they" may be the named person's team or the reader's: not certain in the letter
    check = checked("I want to ask Sarah Jones if they use Dentally")
    assert check.status == USED
    assert "Do they use" not in " ".join(check.sentences)


@pytest.mark.parametrize(
    "typed", ["Hows the work split between council and private jobs.", "What's the start date."]
)
def test_a_question_opened_with_a_contracted_question_word_gets_its_mark(typed):
    from letters.answer_case import Facts
    from letters.fragments import check_answer

    assert check_answer("question", typed, facts=Facts()).sentences[0].endswith("?")
