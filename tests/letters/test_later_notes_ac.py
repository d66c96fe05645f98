"""Later sentences of an answer that are notes, not sentences, reached letters with no
notice (set AC): "… Splice log with photos per closure." ("log" read as the verb), "… Also
a simple tracker so everyone can see what's open." (its only verb is in the "so" part),
and a result "I have 3 years as a CRC …, ran 6 trials at once" (no one who ran). The
first two are named as notes, as "Daily cleaver blade check …" is; the third is said with
"and I", as the step says "…, and I've got" for "…, got". Real sentences are untouched."""

from __future__ import annotations

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer
from tests.letters.letter_helpers import notice_for, wizard_draft


def check(key, typed):
    return check_answer(key, typed, facts=Facts())


@pytest.mark.parametrize(
    ("typed", "note"),
    [
        # set AC's splicer, and the same shape in a kitchen, a store room, an ambulance
        ("I would test tray by tray before dome closure. Splice log with photos per closure.",
         "Splice log with photos per closure."),
        ("I would label every tub with a use-by date. Temperature log with initials per "
         "shift.", "Temperature log with initials per shift."),
        ("I would count the fast movers every week. Stock reorder at 20 units.",
         "Stock reorder at 20 units."),
        ("I would restock the bags after every job. Shift debrief after every call.",
         "Shift debrief after every call."),
        # a thing named, whose only verb belongs to "so": research, electrics, bakery
        ("I would do a weekly query sweep so nothing sits over 5 days. Also a simple "
         "tracker so everyone can see what's open.",
         "Also a simple tracker so everyone can see what's open."),
        ("I would label every circuit at the board. Also a board schedule so the next "
         "sparky knows what's what.",
         "Also a board schedule so the next sparky knows what's what."),
        ("I would start the dough at 4. Plus a second proofer so the rolls are ready by 7.",
         "Plus a second proofer so the rolls are ready by 7."),
        ("I would walk the beds every Monday. A weekly walk round with the head gardener.",
         "A weekly walk round with the head gardener."),
    ],
)  # fmt: skip
def test_a_later_note_keeps_the_idea_out_and_is_named(typed, note):
    result = check("value_idea", typed)
    assert not result.used
    assert "one part of it reads as a note" in result.message
    assert f"“{note}”" in result.message
    assert "starting with “I would" in result.message


def test_both_notes_of_the_splicers_idea_are_named():
    result = check(
        "value_idea",
        "I would test tray by tray before dome closure. Daily cleaver blade check and arc "
        "calibration. Splice log with photos per closure.",
    )
    assert not result.used
    assert (
        "two parts of it read as notes: “Daily cleaver blade check and arc calibration.” "
        "and “Splice log with photos per closure.”"
    ) in result.message


def test_the_draft_leaves_the_idea_out_and_says_why():
    draft = wizard_draft(
        {
            "value_idea": "I would do a weekly query sweep so nothing sits over 5 days. "
            "Also a simple tracker so everyone can see what's open."
        },
        role="Clinical Research Coordinator",
        company="Midwest Oncology",
    )
    assert "simple tracker" not in draft.body
    assert "“Also a simple tracker so everyone can see what's open.”" in (
        notice_for(draft, "value_idea").message
    )


@pytest.mark.parametrize(
    ("typed", "letter"),
    [
        ("I would do a weekly sweep. Also, I would set up a simple tracker so everyone can "
         "see what's open.", None),
        ("I would count the stock weekly. A tracker would help so everyone can see what's "
         "open.", None),
        ("I would rotate the stock by date. Stock rotation was my job.", None),
        ("I would train the new nurses. The nurse that I trained runs the clinic now.", None),
        ("I would mulch the beds in spring. The team work weekends.", None),
        ("I make a system with the racks. I pretend to make a list for every week.", None),
        ("I would put up a rota. A rota with names stops arguments.", None),
        ("I would put a board up. A tracker on the wall helps everyone.", None),
        ("I would count the fast movers weekly. Staff log in with their own card.", None),
        ("I would test tray by tray. Log every splice with a photo.",
         "I would test tray by tray. I would log every splice with a photo."),
    ],
)  # fmt: skip
def test_a_later_real_sentence_or_order_is_used(typed, letter):
    result = check("value_idea", typed)
    assert result.used, result.message
    assert "as a note" not in result.message
    if letter:
        assert f"“{letter}”" in result.message


@pytest.mark.parametrize(
    ("typed", "letter"),
    [
        ("I have 3 years as a CRC in cardiology at a university hospital, ran 6 trials at "
         "once.",
         "I have 3 years as a CRC in cardiology at a university hospital, and I ran 6 "
         "trials at once."),
        ("I worked 5 years at a bakery, ran the early shift on my own.",
         "I worked 5 years at a bakery, and I ran the early shift on my own."),
        ("I have 4 years on the tools, led a crew of 3.",
         "I have 4 years on the tools, and I led a crew of 3."),
        ("I spent 6 years in a warehouse, trained 30 temps.",
         "I spent 6 years in a warehouse, and I trained 30 temps."),
    ],
)  # fmt: skip
def test_a_past_step_after_a_comma_is_said_with_i(typed, letter):
    result = check("fit", typed)
    assert result.used
    assert "(said who does it)" in result.message
    assert f"“{letter}”" in result.message


def test_the_draft_says_who_ran_the_trials():
    draft = wizard_draft(
        {
            "fit": [
                "i have 3 yrs as a CRC in cardiology @ a university hospital, ran 6 trials at once"
            ]
        },
        role="Clinical Research Coordinator",
        company="Midwest Oncology",
    )
    assert "at a university hospital, and I ran 6 trials at once." in draft.body


@pytest.mark.parametrize(
    "typed",
    [
        "I worked at Acme, awarded employee of the year.",  # done to them
        "I have 3 years at a hospital, run by the NHS.",  # the hospital is
        "I worked at Sainsbury's, founded in 1869.",
        "I have 8 years on the tools, 2 as lead.",
        "I ran the store for 2 years. Stock rotation was my job.",
        "I have 3 years at the clinic, and I ran 6 trials at once.",
    ],
)
def test_other_results_are_not_said_with_i(typed):
    result = check("fit", typed)
    assert "said who does it" not in result.message
    assert ", and I and I" not in result.message


def test_a_change_after_a_comma_keeps_its_own_hint():
    result = check("fit", "I ran the community garden, went from 6 regulars to 19.")
    assert result.used
    assert "does not say what went" in result.message
