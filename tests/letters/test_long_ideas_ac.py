"""A long idea typed as one careful sentence, "I would A, B, and C" (set AC: a scientific
glassblower, an export documentation officer), is split where its actions are listed,
"I would A and B. I would also C.", instead of being left out with the whole value part
of the letter (problem, gain and figure wait for the idea). The wizard adds "I would also"
and an "and" where a list comma stood, and changes no other word.
"""

from pathlib import Path

import pytest

from letters.answer_case import Facts
from letters.fragments import LEFT_OUT, check_answer

BLIND = Path(__file__).parent / "blind"
FACTS = Facts(names=("Dana Whitfield",), company="Harbour Works", recipient="Dana Whitfield")


def _idea(typed: str):
    found = check_answer("value_idea", typed, facts=FACTS)
    assert found is not None
    return found


SPLIT = [
    (
        "I would set aside fixed repair slots on two afternoons a week, sort incoming "
        "repairs into same-day, standard or rebuild as soon as they arrive, and keep a small "
        "stock of common joints and PTFE taps so simple repairs don't need a full setup.",
        [
            "I would set aside fixed repair slots on two afternoons a week and sort incoming "
            "repairs into same-day, standard or rebuild as soon as they arrive.",
            "I would also keep a small stock of common joints and PTFE taps so simple "
            "repairs don't need a full setup.",
        ],
    ),
    (
        "I would prepare a document checklist for each buyer and destination, start the "
        "certificates as soon as the booking is confirmed, and check the draft bill of "
        "lading against the invoice and packing list before submission.",
        [
            "I would prepare a document checklist for each buyer and destination and start "
            "the certificates as soon as the booking is confirmed.",
            "I would also check the draft bill of lading against the invoice and packing "
            "list before submission.",
        ],
    ),
    (  # a baker
        "I would bake the rye loaves the night before, prove the sourdough in the cold room "
        "overnight so it is ready for the first oven at four, and label every rack with its "
        "bake time so the morning crew knows what goes in first.",
        [
            "I would bake the rye loaves the night before and prove the sourdough in the "
            "cold room overnight so it is ready for the first oven at four.",
            "I would also label every rack with its bake time so the morning crew knows "
            "what goes in first.",
        ],
    ),
    (  # a garage service manager
        "I would book the MOT cars into the morning slots, keep two bays free for walk-in "
        "repairs until noon, and order the common brake parts the evening before so the "
        "technicians never wait on a delivery.",
        [
            "I would book the MOT cars into the morning slots and keep two bays free for "
            "walk-in repairs until noon.",
            "I would also order the common brake parts the evening before so the "
            "technicians never wait on a delivery.",
        ],
    ),
    (  # a ward nurse
        "I would run a short huddle at every shift change, check the falls risk list with "
        "the charge nurse before the night staff arrive, and put a simple board in the "
        "corridor showing which patients need two staff to move.",
        [
            "I would run a short huddle at every shift change and check the falls risk list "
            "with the charge nurse before the night staff arrive.",
            "I would also put a simple board in the corridor showing which patients need "
            "two staff to move.",
        ],
    ),
]


@pytest.mark.parametrize(
    ("typed", "said"), SPLIT, ids=["glass", "export", "bakery", "garage", "ward"]
)
def test_a_listed_long_idea_is_split_where_its_actions_are_listed(typed, said):
    check = _idea(typed)
    assert check.status != LEFT_OUT
    assert list(check.sentences) == said


@pytest.mark.parametrize(
    "typed",
    [
        # the listed verbs are the drivers', not the writer's
        "I would ask the drivers to check their tyre pressures every morning, log the "
        "readings on the tablet in the cab, and report any slow puncture to the workshop "
        "before they leave the yard.",
        # things brought, not actions: "drill bits", "paint"
        "I would bring the mini digger for the footings, the wacker plate, drill bits for "
        "the masonry anchors and paint for the railings so the whole job is done in one "
        "visit without a second trip.",
    ],
    ids=["their-verbs", "things"],
)
def test_no_action_is_made_of_what_is_not_the_writers_action(typed):
    said = " ".join(_idea(typed).sentences)
    assert "I would also report" not in said
    assert "I would also drill" not in said
    assert "I would also paint" not in said
    assert " and log the readings" not in said


def test_a_short_listed_idea_stays_as_typed():
    typed = "I would label the racks, prove the dough overnight, and bake the rye first."
    assert list(_idea(typed).sentences) == [typed]


def test_a_list_of_things_in_brackets_gets_no_and():
    typed = (
        "I could keep a simple list each morning of the patients due for discharge that day "
        "and what's still outstanding for each one (prescription, discharge letter, "
        "transport, follow-up appointment), and chase each item before 11am so the doctors "
        "and pharmacy know exactly what's needed."
    )
    said = " ".join(_idea(typed).sentences)
    assert "discharge letter and transport" not in said
    assert "(prescription, discharge letter, transport, follow-up appointment)" in said


def test_a_question_said_not_asked_is_named_beside_an_idea_now_in_the_letter():
    # AA14 (a potter, third person): once its idea is split into the letter it counts as a
    # next step, and "Ibrahim wants to know if …" was used with no word that it asks nothing
    from tests.letters.letter_helpers import letter_draft_file

    result = letter_draft_file(
        BLIND / "draft_grades25/answers/AA14_production_potter_thirdperson.json"
    )
    assert "I would slow down the drying" in result["body"]
    assert "?" not in result["body"].split("Best regards")[0]
    said = [n["message"] for n in result["notices"] if n["answer"] == "question"]
    assert any("rather than asking it" in m for m in said), said
