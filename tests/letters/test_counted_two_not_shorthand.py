"""A "2" that counts is no shorthand, and "to many" before a noun is "too many" (set AD).

"only 2 needed a second visit" was named as maybe "to" and "after we started this it was
2" (with 18 complaints before it) was asked about as maybe "too": both count. "to many
jobs fail" and "about to many new staff" were mended in one round and not in another.
The answers here are invented, from other trades, in the same patterns; the real
shorthand ("talk 2 you", "2 slow", "4 the team", "back 2 back") keeps its mend or hint,
and "to many" after a verb said with "to" stays."""

import pytest

from tests.letters.letter_helpers import checked_plain, said_plain

# --- a figure after "only", "just", or before a verb's past form counts --------------


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [
        (
            "fit",
            "i packed 300 orders a day last month and only 2 needed a reship",
            "only 2 needed a reship",
        ),
        (
            "fit",
            "i fitted 40 boilers last winter and just 2 needed a callback",
            "just 2 needed a callback",
        ),
        (
            "fit",
            "i trained 6 new carers in march and after the course 2 passed the handling test",
            "2 passed the handling test",
        ),
        (
            "fit",
            "we had 10 pallets on the dock and at close of day only 2 left the yard",
            "only 2 left the yard",
        ),
    ],
)
def test_a_count_before_a_past_form_is_not_named_as_shorthand(key, typed, kept):
    check = checked_plain(key, typed)
    assert kept in " ".join(check.sentences)
    assert "as you typed it" not in check.message
    assert "“to”?" not in check.message


@pytest.mark.parametrize(
    "typed",
    [
        "at the depot we had 12 missed pickups a month, after the new rota it was 2",
        "the surgery had 9 no-shows a week and once we sent texts there were 2",
        "our bakery binned 30 loaves a week, with the new ovens it is 2",
    ],
)
def test_a_figure_ending_a_sentence_after_an_earlier_figure_is_no_too(typed):
    check = checked_plain("value_gain_detail", typed)
    assert "means “too”" not in check.message
    assert " too." not in " ".join(check.sentences)


def test_a_two_ending_a_sentence_with_no_figure_before_is_still_asked_about():
    check = checked_plain("connection", "you said you support west ham and my brother does 2")
    assert "means “too”" in check.message


# --- real shorthand keeps its mend or its hint ----------------------------------------


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [
        ("closing", "happy 2 talk 2 you about the rota next week", "to you"),
        ("fit", "i worked back 2 back shifts on the wards all winter", "back to back"),
        ("fit", "i did the stock counts 4 the team every friday", "for the team"),
    ],
)
def test_real_shorthand_is_still_mended(key, typed, said):
    assert said in said_plain(key, typed)


def test_two_slow_is_still_named_as_too():
    check = checked_plain("value_problem", "You said the tills were 2 slow most days at lunch")
    assert "“too”" in check.message


# --- "to many" / "to much" before a noun --------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "fixed"),
    [
        (
            "You mentioned to many parcels get returned because the labels smudge",
            "too many parcels get returned",
        ),
        (
            "You told me about to many patients missing their recall appointments",
            "about too many patients",
        ),
        (
            "You said there were complaints about to much noise on the night shift",
            "about too much noise",
        ),
        (
            "You said to many orders go out late on a friday",
            "too many orders go out",
        ),
    ],
)
def test_to_many_before_a_noun_is_too_many(typed, fixed):
    check = checked_plain("value_problem", typed)
    assert fixed in " ".join(check.sentences)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("I spoke to many customers about the new menu", "spoke to many customers"),
        ("I mentioned to many clients that the price would rise", "mentioned to many clients"),
        ("I have written to many suppliers about late stock", "written to many suppliers"),
        ("I explained to many parents how the app works", "explained to many parents"),
    ],
)
def test_to_many_after_a_verb_said_with_to_stays(typed, kept):
    assert kept in said_plain("fit", typed)
