"""The sentences the wizard offers in its notices ("for example “…”", "We suggest a
corrected version") are copied into letters, so each must be grammatical. Round-1 users
were offered "You told me about short handed for main shear", "You mentioned that many
outfits coming back …", "That should mean a less downtime …", "I am a done listed work …"
and "… the bearings are change …". Where the note has no finite verb, the example either
gains the one certain "is"/"are" or falls back to the frame alone. New trades here.
"""

import pytest

from letters.management.commands.letter_draft import draft_from
from tests.letters.example_audit import faults, quoted_examples

BASE = {
    "recipient": "Dana Whitfield",
    "sender": "Sam Porter",
    "company": "Ridgeway Group",
    "role": "Site Foreman",
    "decision_maker": True,
    "discussed": "",
    "problem": "",
}


IDEA = {"value_idea": "I would walk the line with the crew every morning."}


def _examples(answers: dict) -> list[str]:
    draft, _ = draft_from(BASE | {"answers": IDEA | answers})
    return [e for n in draft.notices for e in quoted_examples(n.message)]


def _offered(answers: dict) -> str:
    draft, _ = draft_from(BASE | {"answers": IDEA | answers})
    return " ".join(n.message for n in draft.notices)


@pytest.mark.parametrize(
    "problem", ["short staffed on the night shift", "short handed on the packing line"]
)
def test_a_state_is_not_told_about(problem):
    examples = _examples({"value_problem": problem})
    assert not any("about short" in e for e in examples)
    assert all(faults(e) == [] for e in examples), examples


@pytest.mark.parametrize(
    ("problem", "said"),
    [
        ("overtime too high", "You mentioned that overtime is too high."),
        ("scrap rate far too high", "You mentioned that the scrap rate"),
    ],
)
def test_a_thing_and_too_much_gets_is_or_nothing(problem, said):
    examples = _examples({"value_problem": problem})
    assert not any(e.startswith("You told me about") for e in examples), examples
    assert said in " ".join(examples) or not said.endswith("."), examples
    assert all(faults(e) == [] for e in examples), examples


def test_a_plural_and_its_ing_before_because_gets_are():
    message = _offered(
        {
            "value_problem": "Many Trucks Sitting Idle In The Yard Because The Dispatch"
            " Board Is Wrong"
        }
    )
    assert "that many trucks sitting" not in message
    assert "many trucks are sitting idle" in message


def test_not_enough_people_so_gets_the_frame_alone():
    message = _offered(
        {"value_problem": "Not enough ADR qualified drivers so loads sit in the yard"}
    )
    assert "that not enough" not in message
    assert "You mentioned not enough" not in message
    assert "starting with “You mentioned …”" in message


def test_no_a_before_less_in_a_gain():
    examples = _examples(
        {"value_gain": "less waiting time of the drivers, fewer loads late, lower fuel bills"}
    )
    assert not any("a less" in e for e in examples), examples


def test_be_and_a_base_verb_is_not_offered():
    examples = _examples(
        {
            "value_gain": "Fewer breakdowns on the press, more output, and the filters are"
            " change every month."
        }
    )
    assert not any("are change" in e for e in examples), examples
    assert faults("That would mean the filters are change every month.") != []


def test_a_result_opening_on_done_is_not_said_with_i_am():
    message = _offered(
        {"fit": ["Done confined space work, used to dealing with the safety officer"]}
    )
    assert "I am a done" not in message


def test_a_third_person_he_is_not_told_back():
    message = _offered({"value_problem": "She's got a 6 month backlog and clients going elsewhere"})
    assert "You mentioned she's" not in message
    assert "You told me about she's" not in message


@pytest.mark.parametrize(
    "example",
    [
        "You told me about short handed for main shear.",
        "You told me about demurrage too high.",
        "You mentioned that many outfits coming back for adjustment.",
        "That should mean a less downtime of critical equipment.",
    ],
)
def test_the_audit_names_each_shape(example):
    assert faults(example) != []
