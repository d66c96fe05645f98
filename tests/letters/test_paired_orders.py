"""A later step of an idea typed as two orders joined by "and" (draft_grades22 X11: "I would
set up a renewal tracker 60 days out. Text and call to tenant 48 hours before.") is said with
"I would", as a single order is; a list of things ("Fish and chips on Fridays") stays."""

import pytest

from tests.letters.letter_helpers import said_plain


@pytest.mark.parametrize(
    ("typed", "letter"),
    [
        (
            "I would set up a renewal tracker 60 days out. Text and call the tenant 48 hours "
            "before.",
            "I would text and call the tenant 48 hours before.",
        ),
        (
            "I would sort the van stock on Mondays. Label and shelve the fittings by size.",
            "I would label and shelve the fittings by size.",
        ),
    ],
)
def test_two_orders_joined_by_and_are_said_with_i_would(typed, letter):
    assert letter in said_plain("value_idea", typed)


def test_a_list_of_things_is_not_an_order():
    said = said_plain("value_idea", "I would run a special menu. Fish and chips on Fridays.")
    assert "I would fish" not in said
