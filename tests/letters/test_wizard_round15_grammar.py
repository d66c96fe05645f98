"""Wizard round 15 (issue 19): grammar slips of a hasty or non-native writer mended where
the fix is certain ("5 year experience", "less complain", "loose the contract", "you maybe
lose", "How many coffees you make?", "your father also have", "no claims last 5 years"),
and the look-alikes kept as typed."""

import json
from pathlib import Path

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer
from tests.letters.letter_helpers import letter_draft_json

BLIND = Path(__file__).parent / "blind"


def said(key: str, typed: str) -> str:
    return " ".join(check_answer(key, typed, facts=Facts()).sentences)


@pytest.mark.parametrize(
    ("key", "typed", "mended"),
    [("fit", "I have 5 year experience in dementia care", "I have 5 years of experience in"),
     ("fit", "I have 2 year experience as a carer", "I have 2 years of experience as a"),
     ("fit", "I have 5 years experience in retail", "I have 5 years of experience in"),
     ("fit", "I have 1 year experience in retail", "I have 1 year of experience in"),
     ("value_gain", "That would mean less comps and less return visits.",
      "fewer comps and fewer return visits"),
     ("value_gain", "That would mean less cancellations every week.", "fewer cancellations"),
     ("value_gain", "That would mean less complain from families.",
      "fewer complaints from families"),
     ("value_gain", "The client will see the proof, less complains and the contract is safe",
      "fewer complaints and the contract"),
     ("value_gain", "That means no delays and more complain.", "more complaints."),
     ("value_problem", "you said you might loose the contract", "you might lose the contract"),
     ("value_problem", "you said you could loose customers", "you could lose customers"),
     ("value_problem", "you said you maybe lose customers", "you may lose customers"),
     ("value_idea", "I think we maybe lose the job if we wait.", "we may lose the job"),
     ("question", "How many coffees you make in the morning?",
      "How many coffees do you make in the morning?"),
     ("question", "How many new carers you are hiring every month?",
      "How many new carers are you hiring every month?"),
     ("question", "What time you start?", "What time do you start?"),
     ("question", "How much stock you order each week?", "How much stock do you order"),
     ("question", "How many staff you have trained this year?",
      "How many staff have you trained"),
     ("question", "How many staff you have on nights?", "How many staff do you have on"),
     ("connection", "You told me your father also have dementia like my mother.",
      "your father also has dementia"),
     ("connection", "We talked about how it have changed since the merger.", "it has changed"),
     ("fit", "I kept the site with zero failed inspections last 3 years.",
      "zero failed inspections in the last 3 years"),
     ("fit", "I had no claims last 5 years", "no claims in the last 5 years")],
)  # fmt: skip
def test_a_certain_grammar_slip_is_mended(key, typed, mended):
    check = check_answer(key, typed, facts=Facts())
    assert mended in " ".join(check.sentences)
    assert "corrected" in check.message or "fewer" in check.message


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [("fit", "I signed a 5 year contract with them.", "a 5-year contract"),
     ("value_gain", "That would mean less waste, less overtime and less time on the phone.",
      "less waste, less overtime and less time"),
     ("value_gain", "Customers more complain about waiting.", "more complain about"),
     ("fit", "There are loose tiles on the roof and I fixed them.", "loose tiles"),
     ("fit", "I always pay attention to loose ends on site.", "to loose ends"),
     ("value_idea", "I can show you maybe start earlier on Mondays.", "you maybe start"),
     ("value_idea", "I would get it work again by Monday.", "get it work"),
     ("connection", "You said your manager start date is in May.", "your manager start date"),
     ("connection", "You said your mother and your sister have a bakery.",
      "your sister have a bakery"),
     ("question", "What time you finished yesterday?", "What time you finished"),
     ("question", "How many of you are on shift?", "How many of you are on shift?"),
     ("fit", "I worked there last 3 years.", "there last 3 years")],
)  # fmt: skip
def test_a_look_alike_that_is_not_certain_stays_as_typed(key, typed, kept):
    assert kept in said(key, typed)


def test_the_question_order_is_mended_only_in_a_question():
    """ "how many hours you work": a note in a gain is not asked, so not inverted."""
    assert "do you" not in said("value_gain", "You said how many hours you work is too much.")


def test_the_careworker_draft_reads_years_of_experience_and_asks_in_order(tmp_path):
    """The blind-graded care worker's draft carried "5-year experience", "less complain"
    and "How many new carers you are hiring"."""
    data = json.loads(
        (BLIND / "draft_grades11/users/L02_careworker_nonnative.answers.json").read_text(
            encoding="utf-8"
        )
    )
    body = letter_draft_json(data, tmp_path)["body"]
    assert "5 years of experience in dementia care" in body
    assert "5-year experience" not in body
    assert "fewer complaints from family" in body
    assert "How many new carers are you hiring every month" in body
    assert "your father also has dementia" in body
