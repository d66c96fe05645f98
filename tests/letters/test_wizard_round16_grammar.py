"""Wizard round 16 (issue 19): grammar slips a blind grader found left in drafts, mended
where the fix is certain ("too much calls", "for ask the status", "if it help", "there's
too many", "and little Spanish", "more happy", "In my last company I make …"), and the
look-alikes kept as typed."""

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
    [("value_problem", "You mentioned too much repairs after UT test.",
      "too many repairs after"),
     ("value_problem", "You said there are too much calls from the families.",
      "too many calls from"),
     ("value_problem", "You said you get so much complaints about the noise.",
      "so many complaints about"),
     ("value_idea", "I came for ask the status of the order.", "I came to ask the status"),
     ("value_idea", "I would put one person only for take the orders and milk.",
      "only to take the orders"),
     ("value_idea", "I can come in early for help you with the rota.", "to help you with"),
     ("value_idea", "I can check the stock so it help the morning shift.",
      "so it helps the morning shift"),
     ("value_idea", "I can unload when the container arrive.", "when the container arrives"),
     ("value_idea", "I can call you if the client want more stock.", "if the client wants"),
     ("value_idea", "I would come early for drive the van.", "to drive the van"),
     ("value_idea", "I can show him the building at night if he want.", "if he wants"),
     ("value_problem", "You said there's too many return visits.",
      "there are too many return visits"),
     ("value_problem", "You said there is too many late deliveries.", "there are too many"),
     ("value_problem", "You said there is lots of missed calls.", "there are lots of missed"),
     ("fit", "I speak Portuguese, English and little Spanish.", "and a little Spanish"),
     ("value_gain", "That would mean clients more happy and fewer complaints.",
      "clients happier and fewer complaints"),
     ("value_gain", "The booking would be more easy for the families.", "easier for the"),
     ("value_gain", "That would mean animals more happy and active.",
      "animals happier and more active"),
     ("fit", "In my last company I make setup time shorter from 90 minutes to 35 minutes.",
      "In my last company I made setup time shorter"),
     ("fit", "Last year, we win the regional award for the kitchen.", "we won the regional"),
     ("fit", "At my previous job I train 6 new staff.", "I trained 6 new staff")],
)  # fmt: skip
def test_a_certain_grammar_slip_is_mended(key, typed, mended):
    check = check_answer(key, typed, facts=Facts())
    assert mended in " ".join(check.sentences)
    assert "corrected" in check.message


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [("connection", "We both love it so much guys say it is the best cafe.", "so much guys"),
     ("value_problem", "You said there is too much stress on the team.", "too much stress"),
     ("value_problem", "You said eating too much hurts.", "too much hurts"),
     ("fit", "I asked for help the first week and learned fast.", "for help the first week"),
     ("fit", "I am ready for check-in on Monday.", "for check-in"),
     ("fit", "Thanks for take the time to meet me.", "for take the time"),
     ("value_idea", "I would come early for drive-through orders.", "for drive-through"),
     ("value_idea", "I would wait for call the next day.", "for call the next day"),
     ("value_idea", "Let me know when the pallets arrive.", "when the pallets arrive"),
     ("value_idea", "Tell me if the team want the new rota.", "if the team want"),
     ("value_idea", "I would check stock when the team lead start the shift.", "team lead start"),
     ("value_idea", "I can see if it cost less next month.", "if it cost less"),
     ("value_idea", "I can help if it like this every week.", "if it like this"),
     ("fit", "I speak very little Spanish.", "very little Spanish"),
     ("value_gain", "That would mean more happy customers each week.", "more happy customers"),
     ("value_gain", "The shop would be more fast food than cafe.", "more fast food"),
     ("fit", "In my last job I have trained 20 new staff.", "I have trained"),
     ("fit", "In my old age I make more careful choices.", "I make more careful"),
     ("fit", "I make good coffee. In my last job we served 300 cups.", "I make good coffee")],
)  # fmt: skip
def test_a_look_alike_that_is_not_certain_stays_as_typed(key, typed, kept):
    assert kept in said(key, typed)


def test_the_barista_draft_reads_to_take_the_orders_and_went(tmp_path):
    """The blind-graded barista's draft carried "only for take the orders" and "In my old
    café we go from 90 to 120 coffees"."""
    name = "draft_grades11/users/L13_barista_nonnative_spanish.answers.json"
    data = json.loads((BLIND / name).read_text(encoding="utf-8"))
    body = letter_draft_json(data, tmp_path)["body"]
    assert "only to take the orders" in body
    assert "for take" not in body
    assert "we went from 90 to 120 coffees" in body


def test_the_zookeeper_draft_reads_happier_and_more_active(tmp_path):
    """The blind-graded zookeeper's draft carried "animals more happy and active"."""
    name = "draft_grades7/users/H20_zookeeper_non-native-spanish-typos.answers.json"
    data = json.loads((BLIND / name).read_text(encoding="utf-8"))
    body = letter_draft_json(data, tmp_path)["body"]
    assert "animals happier and more active" in body
    assert "more happy" not in body
