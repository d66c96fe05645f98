"""Probable second-language slips get a hint naming the words and the likely fix (draft_grades22:
"the 7018 rods is in the oven", "the technician leave", "The millwright who do", "400+
equipments", "losing lot of time" were carried into the letter under "Used as you wrote it").

The wizard does not mend them (a hint, the user decides); good sentences from many trades get
no hint at all.
"""

from __future__ import annotations

import pytest

from letters.answer_slips import slips_hint
from letters.fragments import LEFT_OUT
from tests.letters.letter_helpers import checked


@pytest.mark.parametrize(
    ("sentence", "words", "fix"),
    [
        # a plural noun with is/was/has
        (
            "I would check that the torque wrenches is calibrated every month.",
            "the torque wrenches is",
            "are",
        ),
        ("The pallets on the racks and the aisles was blocking the exits.", "The pallets", "were"),
        (
            "Our kitchen porters has no training on the dish machine.",
            "Our kitchen porters has",
            "have",
        ),
        (
            "The new apprentices doesn't know the lockout steps.",
            "The new apprentices doesn't",
            "don't",
        ),
        # a singular noun with a base verb at the end of its clause
        ("Orders are late since the driver leave.", "the driver leave", "leaves"),
        (
            "The line runs slow and the operator complain, so we lose a shift.",
            "the operator complain",
            "complains",
        ),
        # a singular noun, "who" and a base verb
        ("The nurse who do the night rounds also covers the ward.", "The nurse who do", "does"),
        ("Is the supervisor who have the keys on site at six?", "the supervisor who have", "has"),
        # a mass noun with a plural
        ("I serviced the kitchen equipments at three hotels.", "equipments", "equipment"),
        ("I can give feedbacks to the junior stylists.", "feedbacks", "feedback"),
        ("We lost the informations when the tablet broke.", "informations", "information"),
        # small words
        ("The crew is wasting lot of time looking for tools.", "lot of time", "a lot of time"),
        ("It would mean a less scrap on every roll.", "a less scrap", "less scrap"),
        (
            "I was responsible of the stock counts at the depot.",
            "responsible of",
            "responsible for",
        ),
        ("We cut the callbacks of around 30% in one year.", "of around 30%", "by around 30%"),
        ("We was talking about the old dairy in Ballina.", "We was", "We were"),
    ],
)
def test_a_probable_slip_gets_a_hint(sentence, words, fix):
    hint = slips_hint((sentence,))
    assert f"“{words}" in hint
    assert f"“{fix}”" in hint


@pytest.mark.parametrize(
    "sentence",
    [
        "One of the problems is the late deliveries.",
        "The news is that the crane passed its inspection.",
        "What the customers need is a quicker reply.",
        "The quality of the welds is the main complaint.",
        "Training the apprentices is what I enjoy most.",
        "The Beatles was the band on every radio in the shop.",
        "The series is on every trainee's reading list.",
        "The means is there, the budget is approved.",
        "The species is protected on the whole estate.",
        "Looking after the residents was the best part of the job.",
        "The data is logged every shift by the operators.",
        "Hydraulics is the part of the trade I like best.",
        "Logistics is where I have worked for nine years.",
        "The 1990s was when I started as a joiner.",
        "Our works is in the industrial estate by the river.",
        "We checked the belts and the machine stops now.",
        "The crew who work the night shift get a bonus.",
        "The team who run the warehouse are very friendly.",
        "The people who do the deliveries know the routes.",
        "The drivers who do the early runs start at five.",
        "The man who put the roof on was my uncle.",
        "I waited for the shift change, then I briefed the team.",
        "We had a long wait before the software update.",
        "The last lot of steel came in late.",
        "We have a lot of regulars and lots of passing trade.",
        "It would be a less stressful place to work.",
        "I was responsible for the routes on two machines.",
        "We reduced the scrap by around 30% in one year.",
        "A reduction of 30% is realistic in the first year.",
        "The two forklifts are serviced every month.",
        "My equipment is all certified and in date.",
        "I gave feedback to the new stylists every week.",
        "The welds on the chutes are failing the X-ray.",
        "She researches every supplier before we order.",
        "This evidences how much the clinic has grown.",
        "Since the supervisor left, nobody does the checks.",
        "When the patient arrives, the nurse takes the history.",
        "If the customer complains, I call them the same day.",
        "We were talking about the old dairy in Ballina.",
        "The parking lot of the depot floods every winter.",
        "The glass is cut on site and fitted the same day.",
        "Thanks is all I wanted to say.",
        "Electronics was my first trade before I moved to HVAC.",
        "The premises were inspected last spring.",
        "Headquarters is in Leeds, but the depot is in Hull.",
    ],
)
def test_a_good_sentence_gets_no_hint(sentence):
    assert slips_hint((sentence,)) == ""


def test_the_answer_used_as_written_gets_the_hint():
    check = checked(
        "value_problem",
        "The welds on the pipe racks is failing the X-ray and the crew must grind them out.",
    )
    assert check.status != LEFT_OUT
    assert "to make it read better" in check.message
    assert "“The welds" in check.message and "“are”" in check.message


def test_a_corrected_version_also_gets_the_hint():
    check = checked("value_idea", "i would check that the torque wrenches is calibrated evry month")
    assert check.status != LEFT_OUT
    assert "“the torque wrenches is”" in check.message


def test_a_good_answer_is_still_used_as_written():
    check = checked(
        "value_idea", "I would check that the torque wrenches are calibrated every month."
    )
    assert check.message == "Used as you wrote it."


def test_every_slip_of_a_sentence_is_named():
    hint = slips_hint(
        ("The press jams and the machine stop, and nobody logs it since the fitter leave.",)
    )
    assert "“the machine stop”" in hint and "“the fitter leave”" in hint


@pytest.mark.parametrize(
    "sentence",
    [
        "They lose time because the gang waits for kit and the access point is a long walk.",
        "Cleaning the vents and the filters is part of every service.",
        "Servicing the pumps and the valves is what I do most.",
    ],
)
def test_a_clause_of_its_own_or_a_joined_subject_gets_no_hint(sentence):
    assert slips_hint((sentence,)) == ""
