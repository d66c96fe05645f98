"""Shorthand and real-word typos left in letters (set Y: Y01, Y05, Y10, Y11, Y14).

"frm" was offered as letters ("FRM?") and so the "2" after "frm 14 min" stayed; "ag" and
"sq" were offered as "AG?"/"SQ?"; "mos" after a figure was asked about as a name; "n"
after a figure ("10 n hydro bill") stayed; "overnights 4 tournaments" was kept with no
word said. Real-word typos: "10 minuets", "under you're supervisor", "apart of the crew",
"based hear in", ", there loosing money", "seperating". The answers here are invented,
from other trades, in the same patterns; the negative cases must stay as typed."""

import pytest

from tests.letters.letter_helpers import checked_plain, said_plain

# --- shorthand spelled out ------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [
        ("value_gain_detail", "we cut call-backs frm 9 a week 2 3", "from 9 a week to 3"),
        (
            "fit",
            "i got returns frm avg 6% down 2 2% with a new check",
            "from average 6% down to 2%",
        ),
        ("value_gain_detail", "waits went frm 40 min 2 25 at the depot", "from 40 minutes to 25"),
        ("fit", "i was top fitter for 7 mos in a row", "for 7 months in a row"),
        ("fit", "i ran the dough room 3 mo at a time", "3 months at a time"),
        (
            "value_gain_detail",
            "rework went from 12 to 4 n scrap bill dropped about 10%",
            "from 12 to 4 and scrap bill dropped",
        ),
        ("question", "will there be a van? n is there fuel card?", "And is there fuel card?"),
    ],
)
def test_shorthand_is_spelled_out(key, typed, said):
    assert said in said_plain(key, typed)


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [
        ("value_idea", "take hwy 9 n to the depot then east", "9 n to"),  # a compass point
        ("fit", "i did 2 n 3 storey scaffolds", "2 n 3"),  # not clear: left
    ],
)
def test_n_after_a_figure_stays_where_it_may_be_a_compass(key, typed, kept):
    assert kept in said_plain(key, typed).lower()


@pytest.mark.parametrize(
    ("key", "typed", "word"),
    [
        ("fit", "I have 900 hrs ag, 2,000 total.", "AG"),
        ("fit", "I have done ag work for 6 years on the farm.", "AG"),
        ("fit", "I fit about 800 sq ft of tile a day.", "SQ"),
        ("fit", "I lay about 60 sq m of block paving a day.", "SQ"),
        ("connection", "you are frm Hull like me.", "FRM"),
    ],
)
def test_a_known_clipping_is_not_offered_as_capitals(key, typed, word):
    assert f"{word}?" not in checked_plain(key, typed).message


# --- "4" kept where a count is possible: named --------------------------------------------


def test_a_four_after_a_plural_noun_is_named():
    result = checked_plain("question", "would i cover weddings 4 festivals or just the hotel?")
    assert "4 festivals" in " ".join(result.sentences)
    assert "“weddings 4 festivals”" in result.message and "“for”" in result.message


@pytest.mark.parametrize(
    "typed",
    [
        "i worked 4 weekends in a row on the refit",
        "would i be on nights for refits or on days?",
        "we ran 2 vans and 4 trailers out of the yard",
    ],
)
def test_a_count_is_not_named(typed):
    assert "as you typed it" not in checked_plain("question", typed).message


# --- real-word typos mended -------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [
        ("connection", "we talked about the harbour for like 20 minuets", "20 minutes"),
        (
            "question",
            "would I be working under you're supervisor on the night shift?",
            "under your supervisor",
        ),
        ("question", "would I report to you or to you're charge nurse?", "to your charge nurse"),
        ("closing", "I would love to be apart of the crew this season", "to be a part of the crew"),
        ("closing", "I really want to be apart of your kitchen", "be a part of your kitchen"),
        ("question", "will the forklift training be done hear in Leeds?", "be done here in Leeds"),
        ("fit", "I have been based hear at the depot for 3 years", "based here at the depot"),
        (
            "value_problem",
            "you said the vans come back late, there loosing money on overtime",
            "They're losing money",
        ),
        (
            "value_problem",
            "you said the orders ship late, there loosing customers because of it",
            "They're losing customers",
        ),
        ("value_problem", "the tiles are seperating from the wall in the wet rooms", "separating"),
        ("fit", "I'm certifed in first aid and manual handling", "certified"),
    ],
)
def test_real_word_typos_are_mended(key, typed, said):
    assert said in said_plain(key, typed)


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [
        ("fit", "I hear in the news that the port is growing", "I hear in the news"),
        (
            "value_problem",
            "you said you hear at the morning brief what went wrong",
            "you hear at the",
        ),
        ("fit", "I fixed a part of the problem on the line", "a part of the problem"),
        ("closing", "you're welcome to call me any time", "welcome"),
        ("question", "would you're foreman be on site on Mondays?", "you're foreman"),
        ("connection", "we played the minuets at the wedding", "minuets"),
        ("value_gain_detail", "waits went from 2 to 4 minutes", "from 2 to 4 minutes"),
        ("fit", "I was there working nights at the bakery", "there working nights"),
        ("fit", "there being no foreman, I ran the crew for 2 months", "There being no foreman"),
        ("value_problem", "you said there waiting list is long", "there waiting list is long"),
        (
            "value_problem",
            "you said the vans are full, there parking spaces are gone",
            "parking spaces",
        ),
    ],
)
def test_other_readings_stay(key, typed, kept):
    assert kept in said_plain(key, typed)


def test_a_typo_opening_a_note_is_named_corrected():
    assert (
        "certified in first aid"
        in checked_plain("fit", "Certifed in first aid and manual handling").message
    )


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("We cut callbacks from 9 to 2 over 6 months.", "from 9 to 2 over 6 months"),
     ("At Dunmore we got breakdowns down from 12 to just 2 over a season.",
      "from 12 to just 2 over a season"),
     ("Waits went from 40 min to about 2 min.", "to about 2 min")],
)  # fmt: skip
def test_a_figure_after_to_stays_a_figure(typed, kept):
    # set Z: "from 9 to 2 over 6 months" became "from 9 to to over 6 months"
    assert kept in said_plain("value_gain_detail", typed)
