"""Wizard round 13: phone shorthand the K sets left as typed (draft_grades10).

"2" for "to"/"too" where no figure can stand ("push ppl 2 tap", "2 long"), "ur" as
"you're" before an -ing verb, "rn" as "right now" at a clause's end (RN kept for
nurses), "pkg", "drivers r on", "to long", "I done", "I seen".
"""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer


def _said(key, typed):
    return " ".join(check_answer(key, typed, facts=Facts()).sentences)


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [("question", "do u want the senior 2 open or close most days?",
      "Do you want the senior to open or close most days?"),
     ("value_problem", "u said the morning queue is 2 long n ur losing customers 7-9am",
      "You said the morning queue is too long and you're losing customers 7-9am."),
     ("value_idea", "i would push ppl 2 tap their card at the till",
      "I would push people to tap their card at the till."),
     ("value_gain_detail", "my claims went from like 6 a month 2 under 1",
      "My claims went from about 6 a month to under 1."),
     ("value_gain_detail", "got our avg wait from ~6 min 2 under 3 at my last job",
      "I got our average wait from about 6 minutes to under 3 at my last job."),
     ("fit", "i trained 2 guys on the new till", "I trained 2 guys on the new till."),
     ("fit", "we cut claims from 1 in 2 drops to 1 in 10",
      "We cut claims from 1 in 2 drops to 1 in 10."),
     ("value_problem", "u said ur queue is too long", "You said your queue is too long."),
     ("question", "how long is the training b4 u go out on ur own on a route?",
      "How long is the training before you go out on your own on a route?"),
     ("question", "how many drivers r on the north route rn?",
      "How many drivers are on the north route right now?"),
     ("fit", "I'm an rn on a surgical ward", "I'm an RN on a surgical ward."),
     ("value_idea", "photo every pkg, call/text b4 apt drops, plan route the nite b4 w/ the app",
      "I would photo every package, call/text before apt drops, plan route the night before "
      "with the app."),
     ("value_problem", "you said the orders come in to late and staff are to busy",
      "You said the orders come in too late and staff are too busy."),
     ("value_problem", "you said they go to late shows", "You said they go to late shows."),
     ("fit", "I done the eco driving course and got my mpg up on the old job",
      "I did the eco driving course and got my mpg up on the old job."),
     ("fit", "I seen a lot of fuel wasted at the port",
      "I saw a lot of fuel wasted at the port.")],
)  # fmt: skip
def test_shorthand_and_plain_slips_are_spelled_out_where_certain(key, typed, said):
    assert _said(key, typed) == said


def test_a_note_question_with_r_no_longer_gets_a_garbled_example():
    check = check_answer("question", "how many drivers r on the north route", facts=Facts())
    assert "r are" not in check.message
    assert check.sentences == ("How many drivers are on the north route?",)


def test_idling_to_long_is_too_long_in_the_notice():
    check = check_answer(
        "value_problem", "fuel costs gone mad and drivers idling to long at the port", facts=Facts()
    )
    assert "too long" in check.message and "to long" not in check.message


def test_photo_proof_is_not_said_as_i_photo_proof():
    check = check_answer(
        "fit", "photo proof on every drop, almost 0 missing pkg claims", facts=Facts()
    )
    assert "I photo proof" not in check.message
    assert check.sentences == ()
    assert "with “I” or “we”" in check.message


def test_rn_as_a_title_stays_rn_and_right_now_is_spelled_out_in_the_notice():
    assert "“RN on nights" in check_answer("fit", "rn on nights for 5 yrs", facts=Facts()).message
    check = check_answer("question", "how many drivers on the north route rn?", facts=Facts())
    assert "“How many drivers are on the north route right now?”" in check.message
