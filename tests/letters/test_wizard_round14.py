"""Wizard round 14 (issue 19): a figure's share stays a figure; "4" before "the" or an
amount of time is "for"."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [("value_gain_detail", "in my last work 4 from 5 new carers I buddy stayed a year",
      "4 from 5 new carers"),
     ("fit", "I kept 2 of 3 sites open all winter", "2 of 3 sites"),
     ("value_idea", "I would be at the door at 4 the latest", "at 4 the latest")],
)  # fmt: skip
def test_a_share_or_a_time_stays_a_figure(key, typed, kept):
    """ "4 from 5" once read "for from 5": the figure, and the claim, changed."""
    assert kept in " ".join(check_answer(key, typed, facts=Facts()).sentences)


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [("connection", "we talked bbq 4 like 10 min", "for about 10 minutes"),
     ("value_idea", "i would set up a par sheet 4 the grill", "a par sheet for the grill"),
     ("fit", "built a pre-start checklist so no1 showed up w/o docs", "so no one showed up")],
)  # fmt: skip
def test_phone_shorthand_for_for_and_no_one_is_spelled_out(key, typed, said):
    assert said in " ".join(check_answer(key, typed, facts=Facts()).sentences)


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [("value_gain_detail", "declan reckons 1 in 5 installs gets a callback",
      "You reckon 1 in 5 installs gets a callback."),
     ("value_gain_detail", "Declan said about 30 cancelled trips a week",
      "You said about 30 cancelled trips a week."),
     # a gain is the user's own words: "You said" is left off too (round 15)
     ("value_gain", "he said happier customers would come back",
      "Happier customers would come back.")],
)  # fmt: skip
def test_the_reader_named_in_the_third_person_is_written_to_as_you(key, typed, said):
    """A letter to Declan saying "Declan reckons …" reads as a note about him."""
    facts = Facts(names=("Mr Declan Murphy", "Sean Walsh"), recipient="Mr Declan Murphy")
    assert check_answer(key, typed, facts=facts).sentences == (said,)


def test_someone_else_named_stays_as_typed():
    facts = Facts(names=("Mr Declan Murphy", "Sean Walsh"), recipient="Mr Declan Murphy")
    check = check_answer("value_gain_detail", "Sean said about 30 trips a week", facts=facts)
    assert check.sentences == ("Sean said about 30 trips a week.",)
