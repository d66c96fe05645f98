"""Set Y: full sentences the wizard called notes and left out, fragments it let through
with no word, a "Label: value" sentence of its own making, a reason after a question
called a note, and a "no next step" notice on a letter whose question is only said,
not asked. Sentences from other trades than set Y's; negatives stay as they were."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer
from letters.management.commands.letter_draft import draft_from
from tests.letters.test_wizard_round17_notice import PHARMACY

FACTS = Facts(names=("Ms. Ruth Adeyemi",), recipient="Ms. Ruth Adeyemi")


# --- "<Name> said <plural> <verb that is a noun too> …": a sentence ------------------


@pytest.mark.parametrize(
    "typed",
    ["Marta said orders land on the system all at once, so pickers miss the 3pm trucks",
     "Dr Khan said referrals pile up on Mondays, so clinics start late",
     "Sean said deliveries arrive on site in one go, so the crane sits idle",
     "Kemi said tickets queue in the inbox overnight, so the first calls wait an hour"],
)  # fmt: skip
def test_a_named_report_with_a_clause_is_a_sentence(typed):
    check = check_answer("value_problem", typed, facts=FACTS)
    assert check.used
    assert " ".join(check.sentences).rstrip(".") == typed


@pytest.mark.parametrize(
    "typed",
    ["Declan said late timesheets",
     "Marta said orders on the system late",
     "Priya said staff shortages on weekends",
     "Gary said callbacks on water heater installs"],
)  # fmt: skip
def test_a_named_report_of_a_note_stays_a_note(typed):
    check = check_answer("value_problem", typed, facts=FACTS)
    assert not check.used
    assert "note" in check.message


# --- a gain that says its change with a clause of its own ----------------------------


@pytest.mark.parametrize(
    "typed",
    ["Then the drivers don't wait, loading is quicker and fewer late drops",
     "Then the nurses don't chase beds, handover is calmer",
     "So the crews aren't idle, jobs finish sooner",
     "Then the guests don't queue, checkout is faster"],
)  # fmt: skip
def test_a_gain_with_a_clause_is_not_a_note(typed):
    check = check_answer("value_gain", typed, facts=FACTS)
    assert check.used
    assert "reads as a note" not in check.message


@pytest.mark.parametrize(
    "typed",
    ["Materials ordered on time, fewer delays", "less waste, lower food cost"],
)
def test_a_gain_listed_as_notes_stays_a_note(typed):
    check = check_answer("value_gain", typed, facts=FACTS)
    assert not check.used


@pytest.mark.parametrize(
    ("typed", "example"),
    [("Then fewer callbacks, less drive time", "mean fewer callbacks and less drive time."),
     ("So fewer remakes, less scrap", "mean fewer remakes and less scrap.")],
)  # fmt: skip
def test_a_gain_note_after_then_has_no_then_in_its_example(typed, example):
    check = check_answer("value_gain", typed, facts=FACTS)
    assert not check.used
    assert example in check.message
    assert "mean then" not in check.message and "mean so" not in check.message


# --- "9 of my … selected in …": a count, a noun and a participle, no verb ---------------


@pytest.mark.parametrize(
    ("typed", "example"),
    [("6 of my trainees placed in top salons in Manchester",
      "6 of my trainees were placed in top salons"),
     ("14 of my apprentices hired by the shipyard after their tickets",
      "14 of my apprentices were hired by the shipyard"),
     ("3 of my team promoted to supervisor in 2023", "3 of my team were promoted to supervisor"),
     ("1 of my students picked for the regional squad", "1 of my students was picked for")],
)  # fmt: skip
def test_a_counted_participle_result_gets_a_hint(typed, example):
    check = check_answer("fit", typed, facts=FACTS, number=2)
    assert check.used  # the user's words, as typed: the verb is theirs to choose
    assert "no verb" in check.message
    assert example in check.message


@pytest.mark.parametrize(
    "typed",
    ["3 of my apprentices passed their Gold Card first time",
     "4 of my lads moved to Leeds last year",
     "I had 9 of my boys selected for the county",
     "12 of my apprentices were hired by the shipyard"],
)  # fmt: skip
def test_a_counted_result_with_a_verb_gets_no_hint(typed):
    check = check_answer("fit", typed, facts=FACTS, number=2)
    assert "no verb" not in check.message


# --- a later step of the idea: "And fit …", "Then set …" ---------------------------------


@pytest.mark.parametrize(
    ("typed", "said"),
    [("I would strip the old sealant on day one. I would prime the joints. And cut new "
      "expansion gaps every 3 metres",
      "And I would cut new expansion gaps every 3 metres."),
     ("I would drain the system first. Then set the torque on every flange to spec",
      "Then I would set the torque on every flange to spec."),
     ("I would check the rota each Monday. And put the late starts on the board",
      "And I would put the late starts on the board.")],
)  # fmt: skip
def test_a_later_order_after_and_or_then_is_said_with_i_would(typed, said):
    check = check_answer("value_idea", typed, facts=FACTS)
    assert check.used
    assert said in check.sentences


def test_a_later_clause_after_then_is_not_given_i_would():
    typed = "I would re-rack the cellar. Then staff sign off"
    check = check_answer("value_idea", typed, facts=FACTS)
    assert "I would staff" not in " ".join(check.sentences) + check.message


# --- "Label: value" the wizard built -------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["6 yrs roofing, North Yorkshire", "9 yrs plastering, Greater Manchester"]
)
def test_a_place_after_the_span_is_no_colon_sentence(typed):
    check = check_answer("fit", typed, facts=FACTS, number=1)
    said = " ".join(check.sentences) + check.message
    assert "experience: North" not in said and "experience: Greater" not in said


@pytest.mark.parametrize(
    ("typed", "example"),
    [("6 yrs roofing, North Yorkshire", "I have 6 years of roofing experience in North Yorkshire."),
     ("3 yrs bricklaying, Stockport", "I have 3 years of bricklaying experience in Stockport."),
     ("5 yrs care work, Bupa", "I have 5 years of care work experience at Bupa.")],
)  # fmt: skip
def test_a_name_after_the_span_is_in_the_example_with_in_or_at(typed, example):
    check = check_answer("fit", typed, facts=FACTS, number=1)
    assert not check.used
    assert example in check.message


def test_a_list_of_kinds_after_the_span_keeps_its_colon():
    check = check_answer("fit", "10 yrs roofing, slate + concrete tile", facts=FACTS, number=1)
    assert check.sentences == ("I have 10 years of roofing experience: slate and concrete tile.",)


# --- a reason after the question ---------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["Can I do the early shift? Because I collect my kids at 3.",
     "Do you need me on weekends? Because I drive for the council on Sundays.",
     "Is the van mine to take home? Because I live 40 minutes out."],
)  # fmt: skip
def test_a_reason_after_the_question_is_not_called_a_note(typed):
    check = check_answer("question", typed, facts=FACTS)
    assert check.used
    assert "reads as a note" not in check.message
    assert "full question" not in check.message
    assert check.sentences[0].endswith("?")
    assert check.sentences[-1].startswith("Because ")


def test_a_bare_question_is_still_a_note():
    check = check_answer("question", "Start date?", facts=FACTS)
    assert not check.used


# --- "no next step" on a question said rather than asked -------------------------------

# The round-17 pharmacy letter, whose idea and closing propose nothing the checker counts
CONNECTION = (
    "We talked about the night shift, the billing counter and how the expiry stock gets "
    "found only at the monthly audit."
)
GAIN = "That would mean less expired stock written off at the end of each quarter."


def _notices(question: str) -> tuple[str, list[str]]:
    answers = PHARMACY["answers"] | {
        "connection": CONNECTION, "value_gain": GAIN, "question": question,
    }  # fmt: skip
    draft, report = draft_from(PHARMACY | {"answers": answers})
    return " ".join(n.message for n in draft.notices), [f.code for f in report.findings]


@pytest.mark.parametrize(
    "question",
    ["I want to ask if the billing counter is mine on nights",
     "I would like to know if the night shift rotates, and when you will decide",
     "Divya would like to know if Mr Nair will call her"],
)  # fmt: skip
def test_a_question_said_not_asked_is_told_to_ask_it_not_that_there_is_none(question):
    notices, codes = _notices(question)
    assert "no_next_step" in codes  # the letter asks nothing yet
    assert "rather than asking it" in notices
    assert "neither proposes a next step" not in notices


def test_no_real_question_is_still_told_no_next_step():
    notices, codes = _notices("When will results come?")
    assert "no_next_step" in codes
    assert "neither proposes a next step" in notices


def test_an_offered_result_is_split_as_the_step_splits_it_typed_back():
    # set Z02: "Four seasons on the club panel and I did 61 games … and my assessments were
    # …" was offered as one run-on sentence, split only when the user typed it back
    from letters.fragments import Facts, check_answer

    typed = (
        "Three seasons on the county panel and I did 40 league and cup games last year and "
        "my ratings were 7 out of 10 on average"
    )
    first = check_answer("fit", typed, facts=Facts())
    again = check_answer("fit", first.fix, facts=Facts())
    assert len(first.sentences) == 2
    assert again.sentences == first.sentences
