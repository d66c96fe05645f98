"""Note fragments and comma splices that reached the letter with "Used as you wrote it"
(issue 19, blind set W): each is either mended with certainty (a full stop at a comma
splice) or left with a notice that it reads as a note, never passed as typed. And a
sentence is not called a note: "Mr Adebayo said they have …" is one, and a blessing
("God bless", "Cheers") closes a letter as its sign-off."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer
from tests.letters.letter_helpers import wizard_draft

USED_AS_TYPED = "Used as you wrote it."
NOTE = "reads as a note"


def check(key, typed, **facts):
    return check_answer(key, typed, facts=Facts(**facts))


def said(key, typed):
    return " ".join(check(key, typed).sentences)


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        # W19: the second part opens with when, then its subject and verb
        ("value_idea", "I would tidy it up, in my first week I would check every case study",
         "I would tidy it up. In my first week I would check every case study."),
        ("value_idea", "I would set up a rota, on the first day I would walk every ward",
         "I would set up a rota. On the first day I would walk every ward."),
        ("fit", "I ran the kitchen for 3 years, in that time we never failed an inspection",
         "I ran the kitchen for 3 years. In that time we never failed an inspection."),
        # W05: a named person starts the first sentence
        ("connection",
         "Mr Adebayo remembered my uncle from the Aje field, he laughed about the family",
         "Mr Adebayo remembered my uncle from the Aje field. He laughed about the family."),
    ],
)  # fmt: skip
def test_comma_splice_gets_a_full_stop(key, typed, expected):
    assert said(key, typed) == expected


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("value_idea", "I would check the stock, in case we run short on Fridays"),
        ("fit", "I worked nights, in the end I liked it"),  # "in the end": too short a lead
    ],
)
def test_no_full_stop_before_a_lead_that_is_not_a_sentence(key, typed):
    result = check(key, typed)
    assert "full stop" not in result.message or key == "fit"


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        # Label: value
        ("value_gain_detail", "Old shop: turnaround 2 days down to the same day"),
        ("value_gain_detail", "Last site: callbacks 12 a month down to 3"),
        ("fit", "Previous salon: 40 clients a week"),
        # noun phrase + participle, no verb of its own
        ("value_gain", "More repair work won from your own inspections"),
        ("value_gain", "Fewer jobs rebooked after the first visit"),
        ("value_gain", "More pallets picked per shift"),
        # a noun phrase with "of" and no verb
        ("connection", "Tour of new scan rooms with Helen Marsh, lead sonographer."),
        ("connection", "Walk round of the new bakery with the head baker."),
        # "X, Y at risk": a tail with no verb
        ("value_problem", "You mentioned dealer recon cars running late, contract at risk."),
        ("value_problem", "You mentioned the cold store keeps failing, stock at risk."),
        # a note before a comma splice
        ("fit", "CCHT for 4 years, I cannulate fistulas and grafts every day"),
        ("fit", "Forklift licence for 6 years, I drive reach trucks every shift"),
    ],
)
def test_note_fragment_is_not_used_as_typed(key, typed):
    result = check(key, typed)
    assert result.message != USED_AS_TYPED
    assert NOTE in result.message or "no verb" in result.message


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("6 yrs obs + general, CASE accredited",
         "I have 6 years of obs and general experience, and I am CASE accredited."),
        ("12 yrs panel and paint, I-CAR trained",
         "I have 12 years of panel and paint experience, and I am I-CAR trained."),
    ],
)  # fmt: skip
def test_a_state_after_a_comma_is_said_with_i_am_not_a_colon(typed, expected):
    assert said("fit", typed) == expected


def test_time_phrase_without_a_verb_in_an_idea_is_flagged():
    result = check(
        "value_idea", "I would also run a checklist per car, early shift 5am before heat"
    )
    assert "early shift 5am before heat" in result.message
    assert "no verb" in result.message or NOTE in result.message


@pytest.mark.parametrize(
    "typed",
    [
        "Mr Adebayo said they have too many dropped objects and near misses on the pipe deck",
        "Mrs Grant said the night shift is short of two carers",
    ],
)
def test_a_reported_sentence_is_not_a_note(typed):
    result = check("value_problem", typed, decision_maker=False)
    assert result.sentences
    assert NOTE not in result.message


@pytest.mark.parametrize("closing", ["God bless", "God bless you", "Cheers", "Best wishes"])
def test_a_blessing_closes_the_letter_as_its_sign_off(closing):
    draft = wizard_draft({"closing": closing}, role="Able Seaman", company="Lodestar")
    body = draft.body
    assert body.rstrip().endswith(f"{closing},\nDean Morris")
    assert NOTE not in " ".join(n.message for n in draft.notices if n.answer == "closing")


def test_a_blessing_after_the_closing_signs_the_letter_off():
    draft = wizard_draft(
        {"closing": "I am ready for joining anytime sir. God bless"},
        role="Able Seaman",
        company="Lodestar",
    )
    assert draft.body.rstrip().endswith(
        "I am ready for joining anytime sir.\n\nGod bless,\nDean Morris"
    )
    assert NOTE not in " ".join(n.message for n in draft.notices if n.answer == "closing")


@pytest.mark.parametrize(
    ("typed", "example"),
    [
        ("3 yrs bid coordination, FM sector",
         "I have 3 years of bid coordination experience in the FM sector."),
        ("5 yrs welding, offshore sector",
         "I have 5 years of welding experience in the offshore sector."),
    ],
)  # fmt: skip
def test_a_sector_after_a_comma_gets_an_example_not_a_colon(typed, example):
    result = check("fit", typed)
    assert not result.sentences
    assert f"for example “{example}”" in result.message


def test_an_opening_phrase_before_the_comma_is_no_note():
    typed = "In my current team, we raised early booking from 61% to 78%"
    assert said("fit", typed) == "In my current team, we raised early booking from 61% to 78%."


def test_a_tail_with_no_verb_gets_an_example_with_one():
    result = check("value_problem", "You mentioned the cold store keeps failing, stock at risk.")
    assert "for example “You mentioned the cold store keeps failing, so the stock is at risk.”" in (
        result.message
    )
