"""Set AE (draft_grades29): a figure the same word follows twice counts, and "BC" in
capitals or after "in" is a place, not "because".

"7 years as operator on 2 colour and 4 colour Heidelberg" became "on to colour and 4
colour" (AE13, an offset press operator), and "how we did it in BC" became "in because"
(AE14, a tree planter in British Columbia). The answers here are invented, from other
trades, in the same patterns; the real shorthand ("happy 2 help", "bc the truck was
late") keeps its mend."""

import pytest

from tests.letters.letter_helpers import said_plain


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("i ran 2 colour and 4 colour presses for six years", "2 colour and 4 colour"),
        ("we build 2 bed and 3 bed units on the estate", "build 2 bed"),
        ("i worked on 2 axle and 3 axle trailers at the depot", "2 axle and 3 axle"),
        ("i fitted 2 pane or 3 pane windows on every job", "2 pane or 3 pane"),
    ],
)
def test_a_figure_that_the_same_word_follows_again_counts(typed, kept):
    assert kept in said_plain("fit", typed)


@pytest.mark.parametrize(
    ("typed", "spelled"),
    [
        # negatives: a "2" that says "to" keeps its mend
        ("i am happy 2 help with the night loads", "happy to help"),
        ("i would love 2 colour in the old signs by hand", "love to colour"),
    ],
)
def test_a_2_that_says_to_is_still_spelled_out(typed, spelled):
    assert spelled in said_plain("fit", typed)


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [
        ("value_idea", "i can show the newer guys how we did it in BC", "in BC"),
        ("fit", "I did 3 seasons planting in BC before moving here", "in BC"),
        ("fit", "i drove logging trucks in bc for two winters", "in bc"),
        ("fit", "I moved from BC to run the yard in Taupo", "from BC"),
    ],
)
def test_bc_in_capitals_or_after_a_place_word_is_a_place(key, typed, kept):
    said = said_plain(key, typed)
    assert kept.lower() in said.lower()
    assert "because" not in said


@pytest.mark.parametrize(
    ("typed", "spelled"),
    [
        # negatives: "bc" typed in lower case between clauses is "because"
        ("we lost two days bc the truck was late", "because the truck was late"),
        ("i stayed late bc the order had to go", "because the order had to go"),
        ("we both got soaked walking in bc of the rain", "in because of the rain"),
    ],
)
def test_bc_in_lower_case_between_clauses_is_still_because(typed, spelled):
    assert spelled in said_plain("fit", typed)
