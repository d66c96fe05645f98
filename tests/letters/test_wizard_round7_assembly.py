"""What the wizard's draft notice asks for, seventh round (issue 19): the blind round of
draft_grades6 found length notices naming the cut a person must not make (the real moment
of the connection, the only figure of a gain) and thin-letter notices asking for a step the
person had nothing for.

Every answer set here is invented for these tests (not taken from the graded sets).
"""

import re

import pytest

from letters import wizard
from letters.quality.sentences import split_sentences

MOMENT = "I said my uncle had a forge on Tanner Street and you remembered him straight away."
ROOFER = {
    "connection": "You told me about your father starting the yard in 1971 with one van. " + MOMENT,
    "fit": [
        "I have nine years of slate and tile work on listed buildings around the county, "
        "most of it on steep pitches with the scaffold booked a month ahead.",
    ],
    "value_problem": "You mentioned that too many jobs come back in the first winter because "
    "the flashings were rushed and the customers ring the office angry.",
    "value_idea": "I would photograph every flashing before the tiles go back over it and "
    "keep the photos with the job sheet so the office can see the work was done right. "
    "We did that at my last firm and the callbacks fell away within a season.",
    "value_gain": "That would mean fewer callbacks in the first winter and fewer angry calls "
    "to the office from customers who paid for a roof that should have lasted.",
    "value_gain_detail": "At Harlow Roofing callbacks went from 14 a year to 3.",
    "question": "Would I be working mostly on the listed jobs or on the new estates out by "
    "the ring road, and would I need to sort out getting there each morning?",
    "closing": "I can come out on a Saturday and work alongside your crew if that helps.",
}


# One connection sentence, no closing, a problem in two sentences: nothing spare to cut.
SHORT_CONNECTION = ROOFER | {
    "closing": "",
    "connection": MOMENT,
    "value_problem": ROOFER["value_problem"]
    + " The office then has to send a second crew out in the cold and wet.",
}


def draft(answers, *, role="Roofer", company="Harlow Roofing Ltd", **more):
    return wizard.draft_with_prefills(
        answers=answers,
        recipient_name="Mr. Dennis Hale",
        sender_name="Maeve Doyle",
        company=company,
        role=role,
        is_decision_maker=True,
        seed="7",
        **more,
    )


def length_notice(result):
    [notice] = [n for n in result.notices if n.answer == "draft"]
    return notice.message


def named(message):
    return re.findall(r"“([^”]+)”", message)


# --- 1. a length notice never names the moment, the only figure or the gain's figure -----


def test_the_shared_moment_of_a_connection_is_never_named_as_a_cut():
    result = draft(ROOFER)
    assert len(result.body.split()) > 200

    message = length_notice(result)

    assert MOMENT not in named(message)
    assert all("Tanner Street" not in n for n in named(message))


def test_the_figure_of_the_gain_is_never_named_as_a_cut():
    result = draft(SHORT_CONNECTION)
    assert len(result.body.split()) > 200

    message = length_notice(result)

    assert all("14 a year" not in n for n in named(message))
    assert all(n != MOMENT for n in named(message))


def test_when_nothing_can_go_whole_the_notice_names_the_longest_sentence_to_shorten():
    result = draft(SHORT_CONNECTION)
    words = len(result.body.split())
    assert words > 200

    message = length_notice(result)

    assert f"{words} words" in message and "200" in message
    longest, *_ = named(message)
    assert all(sentence in split_sentences(result.body) for sentence in named(message))
    assert not re.search(r"\d", longest)
    assert "fewer words" in message and "in about" in message


# --- 2. a thin letter is asked for one thing the person can give --------------------------

THIN = {
    "connection": "",
    "fit": [],
    "value_problem": "",
    "value_idea": "",
    "value_gain": "",
    "value_gain_detail": "",
    "question": "",
    "closing": "",
}


def test_a_thin_letter_with_a_problem_but_no_idea_asks_what_they_would_do_about_it():
    answers = THIN | {
        "value_problem": "You mentioned that the vans leave the yard late most mornings.",
    }
    result = draft(answers)
    assert len(result.body.split()) < 75

    message = length_notice(result)

    assert "vans leave the yard late" in message
    assert "what you would do about" in message
    assert "Value step sentence" not in message and "; then" not in message


def test_a_thin_letter_with_an_idea_asks_what_it_would_gain_and_nothing_else():
    answers = THIN | {"value_idea": "I would check the flashings before the tiles go back."}
    result = draft(answers)
    assert len(result.body.split()) < 75

    message = length_notice(result)

    assert "would gain" in message or "would bring" in message
    assert "one more sentence about your idea" not in message
    assert "; then" not in message


def test_a_thin_letter_with_an_idea_and_its_gain_asks_how_they_would_start_not_a_figure():
    """Blind round 8 (I10, I15): asked for a figure first, a person who has none adds
    nothing; how they would do the idea in the first week is theirs to say."""
    answers = THIN | {
        "value_idea": "I would check the flashings before the tiles go back.",
        "value_gain": "That would mean fewer callbacks.",
    }
    result = draft(answers)
    assert len(result.body.split()) < 75

    message = length_notice(result)

    assert "one more sentence about your idea" not in message
    assert "first week" in message
    assert "how much" not in message.lower() and "figure" not in message


def test_a_result_with_its_figure_is_not_named_as_a_cut():
    answers = SHORT_CONNECTION | {
        "fit": [*ROOFER["fit"], "I cut callbacks on my crew from 14 a year to 3."],
    }
    result = draft(answers)
    assert len(result.body.split()) > 200

    message = length_notice(result)

    assert all("14 a year to 3" not in n for n in named(message))
    assert not message.endswith(".”.")


# --- 3. a company name the record holds in lower case is asked about once -----------------


def test_a_company_recorded_in_lower_case_is_asked_about_once_in_the_draft_notices():
    answers = ROOFER | {
        "value_gain_detail": "At hale roofing supplies callbacks went from 14 a year to 3."
    }
    result = draft(answers, company="hale roofing supplies")

    about = [
        n
        for n in result.notices
        if "hale roofing supplies" in n.message and "capitals" in n.message
    ]

    assert len([n for n in about if n.answer == "draft"]) == 1
    [company] = [n for n in about if n.answer == "draft"]
    assert "“Hale Roofing Supplies”" in company.message


def test_a_company_recorded_with_capitals_brings_no_such_notice():
    result = draft(ROOFER, company="Hale Roofing Supplies")

    assert not any("the company" in n.message for n in result.notices if n.answer == "draft")


# --- 4. the thanks line names the company the person met -------------------------------


@pytest.mark.parametrize("decision_maker", [True, False], ids=["manager", "HR"])
@pytest.mark.parametrize("role", ["Senior Florist", "gen ops fx"])
@pytest.mark.parametrize("seed", [str(n) for n in range(12)])
def test_every_thanks_line_names_the_company(seed, role, decision_maker):
    result = wizard.draft_with_prefills(
        answers=ROOFER,
        recipient_name="Hannah Price (HR)",
        sender_name="Lucy Ashworth",
        company="Petal and Stem",
        role=role,
        is_decision_maker=decision_maker,
        seed=seed,
    )

    thanks = split_sentences(result.body.split("\n\n")[1])[0]
    assert thanks.endswith(" at Petal and Stem."), thanks


@pytest.mark.parametrize("role", ["panel beater/ spray painter", "panel beater /spray painter"])
def test_a_second_title_after_a_loose_slash_stays_out_of_the_thanks_and_subject(role):
    result = draft(ROOFER, role=role)

    thanks = split_sentences(result.body.split("\n\n")[1])[0]
    assert "panel beater" in thanks and "/" not in thanks
    assert "/" not in result.subject


def test_a_company_typed_in_lower_case_in_an_answer_is_written_as_the_record_has_it():
    answers = ROOFER | {"value_gain_detail": "At hale roofing supplies callbacks fell to 3."}

    result = draft(answers, company="Hale Roofing Supplies")

    assert "At Hale Roofing Supplies callbacks fell to 3." in result.body
    assert not any("capitals" in n.message for n in result.notices if n.answer == "draft")
