"""A wizard step's notices check only the answers up to that step: the same notices as
from the whole draft, for every answer set typed every way."""

import json

import pytest

from letters import wizard
from letters.views import answers_through
from tests.letters.letter_helpers import DM_ANSWERS
from tests.letters.test_wizard_drafts_property import SETS, TYPINGS, _retyped

STEPS = [name for name in wizard.STEP_ANSWERS]


def drafts_of(answers: dict, data: dict) -> wizard.Draft:
    return wizard.draft_with_prefills(
        answers=answers,
        recipient_name=data.get("recipient", "Dana Whitfield"),
        sender_name=data.get("sender", "Alex Morgan"),
        company=data.get("company", "Globex"),
        role=data.get("role", "Data Engineer"),
        is_decision_maker=data.get("decision_maker", True),
        seed="17",
    )


CASES = [({"answers": DM_ANSWERS}, None)] + [
    (json.loads(path.read_text()), typing) for path in SETS for typing in TYPINGS.values()
]


@pytest.mark.parametrize("step", STEPS)
def test_a_steps_notices_are_the_same_without_the_later_answers(step):
    for data, typing in CASES:
        answers = _retyped(data, typing)["answers"] if typing else data["answers"]
        whole = wizard.step_notices(drafts_of(answers, data), step)
        through = wizard.step_notices(drafts_of(answers_through(answers, step), data), step)
        assert through == whole, (data.get("recipient"), step)


def test_later_answers_are_left_out_and_earlier_ones_kept():
    kept = answers_through(DM_ANSWERS, "fit")

    assert set(kept) == {"connection", "fit"}
    assert answers_through(DM_ANSWERS, "closing") == DM_ANSWERS
