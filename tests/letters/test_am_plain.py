"""Second-language grammar from draft_grades21 W11 (Portuguese): "I am organize the
production plan". "I am" and a verb that is only a verb (no noun, no adjective) is the
simple present, "I organize"; "I am free", "I am open to", "I am ready" and "I am used to"
are right as typed and stay."""

import pytest

from letters.answer_grammar import mend_grammar


@pytest.mark.parametrize(
    ("typed", "fixed"),
    [
        (
            "I make all the laminated doughs by hand and I am organize the production plan",
            "I make all the laminated doughs by hand and I organize the production plan",
        ),
        ("I am prepare the orders for the next day", "I prepare the orders for the next day"),
        ("I'm manage the night crew of six", "I manage the night crew of six"),
        ("Every week I am teach the new starters", "Every week I teach the new starters"),
    ],
)
def test_am_and_a_plain_verb_is_the_simple_present(typed, fixed):
    changes: list[str] = []
    assert mend_grammar("fit", typed, changes) == fixed
    assert changes


@pytest.mark.parametrize(
    "typed",
    [
        "I am free on Mondays and Fridays",
        "I am open to night shifts",
        "I am ready to start next week",
        "I am used to early starts",
        "I am work at the bakery",  # "work" is a noun too: not certain
    ],
)
def test_am_before_other_words_stays(typed):
    assert mend_grammar("fit", typed, []) == typed
