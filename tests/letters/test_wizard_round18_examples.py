"""Wizard round 18: the examples in a notice are sentences.

An example built from the person's own words is a grammatical sentence of their words
and the notice's fixed frame ("That would mean …", "You mentioned …", "I have …"); where
none can be built, the notice gives the frame with "…" (set S: S05, S09, S12, S13, S14,
S19).
"""

import pytest

from letters.answer_case import Facts
from letters.answer_examples import whose_result
from letters.fragments import check_answer

BOSS = Facts(
    names=("Mike Chen", "Sam Lee", "Acme Supply"), recipient="Mike Chen", company="Acme Supply"
)
HR = Facts(
    names=("Sarah Kelly", "Sam Lee", "Liffey Quay Hotel"),
    recipient="Sarah Kelly",
    company="Liffey Quay Hotel",
    decision_maker=False,
)


def _message(key, typed, facts=BOSS):
    return check_answer(key, typed, facts=facts).message


def test_a_gain_joined_on_keeps_one_and():
    # S09: "more good reviews and and the receptionist …"
    message = _message(
        "value_gain",
        "The guests wait less, more good reviews, and the receptionist have more time to "
        "offer the upgrade",
        HR,
    )
    assert "and and" not in message
    assert (
        "“The guests wait less, which means more good reviews, and the receptionist have "
        "more time to offer the upgrade.”" in message
    )


def test_a_gain_list_after_a_comma_is_still_joined_with_and():
    message = _message(
        "value_gain", "Line is running more time, more packs per shift, less overtime"
    )
    assert "“Line is running more time, which means more packs per shift and less overtime.”" in (
        message
    )


@pytest.mark.parametrize(
    "typed",
    ["5 Years Mechanic At A Toyota Dealer Workshop In Lagos",  # S13
     "5 years mechanic at a toyota dealer workshop, lagos"],
)  # fmt: skip
def test_years_then_a_job_is_worked_as_the_job_not_experience_in_it(typed):
    message = _message("fit", typed)
    assert "experience in mechanic" not in message
    assert "I have worked 5 years as a mechanic at a" in check_answer(
        "fit", typed, facts=BOSS
    ).message or check_answer("fit", typed, facts=BOSS).sentences[0].startswith(
        "I have worked 5 years as a mechanic"
    )


def test_a_heading_before_the_figure_gets_no_got_example():
    # S14: "I got chennai: about from 25% less wastage, food cost 34% to 30%."
    message = _message("value_gain_detail", "Chennai: about 25% less wastage, food cost 34% to 30%")
    assert "I got" not in message
    assert "chennai" not in message


def test_two_gain_notes_are_said_as_one_list():
    # S14: "That would mean less waste. Better margin per event." is itself a fragment
    message = _message("value_gain", "Lower food cost. Less waste. Better margin per event.")
    assert "mean less waste. Better" not in message
    assert "mean less waste and better margin per event.”" in message


@pytest.mark.parametrize(
    "typed",
    ["quotes take 2-3 days 2 go out + contractors just buy from whoever answers 1st",  # S12
     "late quotes and contractors buy from whoever answers first"],
)  # fmt: skip
def test_a_problem_that_may_be_a_clause_gets_no_lead_for_a_thing(typed):
    message = _message("value_problem", typed)
    assert "You told me about" not in message
    assert "You mentioned quotes" not in message
    assert "starting with “You mentioned …”" in message


def test_a_problem_note_of_things_still_gets_its_example():
    message = _message("value_problem", "late timesheets on the night shift")
    assert "late timesheets on the night shift.”" in message


@pytest.mark.parametrize(
    ("typed", "part"),
    [("I would prepare everything before line stops - films, labels, parts on trolley",
      "parts on trolley"),  # S19
     ("I would start with checking fitup before anyone strikes an arc, gaps and bevels right, "
      "and keep the rods in the oven and the wire dry", "gaps and bevels")],  # S08
)  # fmt: skip
def test_a_noun_listed_after_a_comma_is_not_said_with_it(typed, part):
    message = _message("value_idea", typed)
    assert f"and it {part}" not in message


def test_a_verb_after_a_comma_is_still_said_with_it():
    message = _message("value_idea", "I would print the checklist for each bay, takes 5 minutes")
    assert "“… and it takes 5 minutes”" in message


def test_how_much_is_not_told_to_start_as_the_idea_does():
    # S05: the idea already says "At my last job we moved a stop …"
    idea = (
        "I would drive the routes and note down where the time is lost. At my last job we "
        "moved a stop from the school gate to around the corner"
    )
    typed = "after we moved the stops the afternoon runs went from 10 minutes late to on time"
    facts = Facts(
        names=BOSS.names, recipient=BOSS.recipient, company=BOSS.company, typed=(idea, typed)
    )
    message = _message("value_gain_detail", typed, facts)
    assert "At my last job" not in message
    assert "starting with “We …” and the figure." in message
    alone = Facts(names=BOSS.names, recipient=BOSS.recipient, company=BOSS.company, typed=(typed,))
    assert "“At my last job we …”" in _message("value_gain_detail", typed, alone)


@pytest.mark.parametrize(
    ("typed", "said"),
    [("Chennai wastage went from 30% to 20% in a year.", ""),
     ("Make-ready time cut from 12 days to 5 at my last property.",
      "“I cut make-ready time from 12 days to 5 at my last property.”")],
)  # fmt: skip
def test_who_did_it_example_keeps_a_place_its_capital_or_gives_none(typed, said):
    message = _message("value_gain_detail", typed)
    assert "chennai" not in message
    assert said in message


@pytest.mark.parametrize(
    ("sentence", "said"),
    [("Waste from 30% to 20% after I started the audits.",
      "I got waste from 30% to 20% after I started the audits."),
     ("Shrink 2.9% to 1.2% after I started the audits.",
      "I got shrink from 2.9% to 1.2% after I started the audits."),
     ("Chennai: about 25% less wastage, food cost 34% to 30%.", "")],
)  # fmt: skip
def test_who_did_it_is_said_only_of_a_thing_and_its_own_figures(sentence, said):
    assert whose_result(sentence, BOSS) == said
