"""Uneven shorthand digits and noisy "may be a name" flags (set X: X03, X04, X07, X10).

A lifeguard's "no-shows from like 6 a month 2 1 or 2" kept its "2" while "on paper 2
start" was asked about; "isos" (isometric drawings), "conservancy", "usd" and "wknds"
were called names, and "maa" (a language) was offered as letters ("MAA?"). The answers
here are invented, from other trades, in the same patterns."""

import pytest

from tests.letters.letter_helpers import checked_plain, said_plain

# --- "from N ... 2 M": the second figure of a range ---------------------------------------


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("the rota cut callbacks from like 8 a week 2 1 or 2", "8 a week to 1 or 2"),
        ("we took returns from about 12 a month 2 3-4", "12 a month to 3-4"),
        ("the new board cut waits from 40 a day 2 about 5", "40 a day to about 5"),
    ],
)
def test_a_range_after_from_reads_to(typed, said):
    assert said in said_plain("value_gain_detail", typed)


@pytest.mark.parametrize(
    "typed",
    [
        "we went from 3 sites to 5 and hired 2 1st years",  # "2 1st years": a count
        "from march we had 4 vans and 2 3-tonne trucks",  # "2 3-tonne trucks": a count
    ],
)
def test_a_count_after_from_stays_a_figure(typed):
    assert " to " not in said_plain("value_gain_detail", typed).replace("from 3 sites to 5", "")


# --- "2 start", "4 spring": one reading, mended alike -------------------------------------


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [
        ("value_idea", "i can keep a log on paper 2 start", "paper to start"),
        ("value_idea", "i would use a notebook 2 begin with", "notebook to begin"),
        ("question", "are you hiring a 2nd baker 4 summer?", "baker for summer"),
        ("question", "is the extra van 4 winter or all year?", "van for winter"),
    ],
)
def test_to_before_a_plain_verb_and_for_before_a_season(key, typed, said):
    result = checked_plain(key, typed)
    assert said in " ".join(result.sentences)
    assert "as you typed it" not in result.message


def test_counts_before_a_season_stay_figures():
    assert "4 winters" in said_plain("fit", "i worked 4 winters on the ski lifts at thredbo")


def test_a_month_after_a_digit_may_be_a_date():
    # "the interview 4 december" may be the 4th of December: not mended to "for"
    assert "for December" not in said_plain("question", "is the induction 4 december?")


# --- words that are no names -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "typed", "word"),
    [
        ("value_problem", "the welders couldnt read the isos so spools came out wrong", "isos"),
        ("value_idea", "i would walk the trainees along the conservancy fence line", "conservancy"),
        ("value_problem", "drivers were dropping out on wknds and bank holidays", "wknds"),
    ],
)
def test_trade_words_and_shorthand_are_not_called_names(key, typed, word):
    message = checked_plain(key, typed).message
    assert f"“{word}” may be a name" not in message
    assert "may be names" not in message or f"“{word}”" not in message


def test_weekend_shorthand_is_spelled_out():
    assert "on weekends and bank holidays" in said_plain(
        "value_problem", "drivers were dropping out on wknds and bank holidays"
    )


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("we charged usd 45 a head for the night dive", "USD 45"),
        ("the kit cost about 300 gbp per crew", "300 GBP"),
    ],
)
def test_currency_codes_take_capitals(typed, said):
    result = checked_plain("value_gain_detail", typed)
    assert said in " ".join(result.sentences)
    assert "may be a name" not in result.message


def test_a_language_is_offered_with_one_capital():
    message = checked_plain("fit", "i speak english, french, twi and some spanish").message
    assert "TWI?" not in message
    assert "“twi”" in message and "Twi" in message
