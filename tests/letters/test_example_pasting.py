"""An example built by pasting the user's note into a frame is offered only when the
result is a sentence. The simulated users of draft_grades21 were offered "That should mean
stay in compliance …" (W03), "You mentioned content library out of date." (W19), "I got
previous trust: 16 weeks …" (W07), "I understand that greg sed …" (W13), and a racing
yard groom was shown a farrier's "I have shod racehorses …" (W10).

Each shape is one the audit (``example_audit.faults``) now catches, and the audit over
every graded answer file finds none (``python -m tests.letters.example_audit OUT``).
"""

import json
from pathlib import Path

import pytest

from letters.management.commands.letter_draft import draft_from
from tests.letters.example_audit import audit, faults, graded_files, quoted_examples

SET = Path("tests/letters/blind/draft_grades21")


def _answers(name: str, *, user: bool = False, **typed) -> dict:
    path = SET / ("users" if user else "answers") / f"{name}{'.answers' if user else ''}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["answers"] |= typed
    return data


def _examples(data: dict, key: str) -> list[str]:
    draft, _ = draft_from(data)
    return [e for n in draft.notices if n.answer == key for e in quoted_examples(n.message)]


def _all_said(data: dict) -> str:
    draft, _ = draft_from(data)
    return " ".join(n.message for n in draft.notices)


def test_a_gain_that_is_a_bare_verb_phrase_says_who_does_it():
    data = _answers("W03_wastewater_treatment_operator_titlecase")
    examples = _examples(data, "value_gain")
    assert examples
    assert not any(e.startswith("That should mean stay") for e in examples)
    assert not any(faults(e) for e in examples)


def test_a_problem_with_no_verb_is_not_pasted_after_you_mentioned():
    data = _answers("W19_bid_coordinator_sparse")
    examples = _examples(data, "value_problem")
    assert "You mentioned content library out of date." not in examples
    assert not any(faults(e) for e in examples)


def test_a_note_with_a_colon_is_not_pasted_into_a_result():
    # round one of W07: the figure still typed as a heading and a note
    data = _answers(
        "W07_sonographer_fragments",
        user=True,
        value_gain_detail="Previous trust: 16 weeks down to 6 in about 9 months",
    )
    said = _all_said(data)
    assert "I got previous trust:" not in said
    assert "previous trust:" not in " ".join(_examples(data, "value_gain_detail")).lower()


def test_a_name_pasted_into_an_example_keeps_its_capital():
    # round one of W13: "Greg" is typed with its capital where a sentence does not start
    data = _answers(
        "W13_quarry_shotfirer_shorthand",
        user=True,
        value_problem="Greg sed neighbours r complaining bout vibration & overpressure from shots",
    )
    examples = _examples(data, "value_problem")
    assert not any("greg" in e for e in examples)
    assert not any(" r " in f" {e} " for e in examples)  # the shorthand the letter mends


def test_a_groom_is_shown_no_farriers_example():
    said = _all_said(_answers("W10_racing_yard_groom_sparse")).lower()
    assert "shod" not in said
    assert "farrier" not in said


def test_a_farrier_still_sees_a_farriers_example():
    path = Path("tests/letters/blind/draft_grades4/answers/E18_farrier_phone-sparse.json")
    assert "I have shod racehorses" in _all_said(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    ("example", "kind"),
    [
        ("That should mean stay in compliance through winter and avoid notices.", "bare_verb"),
        ("You mentioned content library out of date.", "no_verb"),
        ("I got previous trust: 16 weeks down to 6 in about 9 months.", "colon"),
        ("I understand that greg sed neighbours are complaining.", "lost_capital"),
    ],
)
def test_the_audit_catches_each_pasted_shape(example, kind):
    typed = "can you find out if Greg wants me to come out"
    assert kind in faults(example, typed=typed)


@pytest.mark.parametrize(
    "example",
    [
        "That should mean you stay in compliance through winter.",
        "That would mean fewer remakes and less waste.",
        "You mentioned that the content library is out of date.",
        "You told me about product damage in racking.",
        "I understand that Greg said neighbours are complaining.",
        "I got shrink from 2.9% to 1.2% at my last store.",
    ],
)
def test_the_audit_passes_these_shapes_said_well(example):
    assert faults(example, typed="can you find out if Greg wants me to come out") == []


def test_no_pasted_example_is_faulty_in_the_set_that_found_them():
    # the audit over every graded answer file (python -m tests.letters.example_audit OUT)
    # takes minutes; this set is the one whose users met these shapes
    files = [f for f in graded_files() if "/draft_grades21/" in f]
    assert len(files) == 40
    assert audit(files) == []
