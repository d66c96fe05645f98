"""Shorthand, spelling and false hints found in set AC (AC05, AC06, AC14, AC19, AC20).

"i have a class 2 licence" became "I have a Class to licence" (a fact changed); "budget 4
local materials", "250 2 under 40" and "a trial there 2 so" were left with no hint;
"planing" (planning) passed, "To much of the bookings" and "in comissions" were left in
one field while mended in another; "chemo", "eg" and "aro" (of "aro valley") were asked
about as names or letters. The answers here are invented, from other trades, in the same
patterns; the negative cases must stay as typed and get no notice."""

import pytest

from tests.letters.letter_helpers import checked_plain, said_plain

# --- a digit after a label noun is a figure, never "to" ---------------------------------


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [
        (
            "fit",
            "i have a class 2 licence and i do the truck loading plan myself",
            "Class 2 licence",
        ),
        (
            "fit",
            "i have a Class 2 licence and i do the truck loading plan myself",
            "Class 2 licence",
        ),
        ("fit", "i hold a level 2 award in food safety", "2 award in food safety"),
        ("fit", "i taught key stage 2 maths for 3 years", "stage 2 maths"),
        ("fit", "i have a grade 2 certificate and i use it daily", "2 certificate"),
        ("fit", "i ran the stage 2 install and i signed off every room", "stage 2 install"),
        ("fit", "i worked on ward 2 and i ran the night handover", "ward 2 and"),
        ("fit", "i have a type 2 licence and i drive the van", "2 licence"),
        ("fit", "i played division 2 rugby and i coached the juniors", "2 rugby"),
        ("fit", "i work 2 shifts a week at the bakery", "I work 2 shifts"),
        ("fit", "i cover from 2 to 4 on the tills", "from 2 to 4"),
        ("fit", "i can finish a kitchen fit in 2 to 3 days", "2 to 3 days"),
    ],
)
def test_a_figure_after_a_label_stays(key, typed, kept):
    said = said_plain(key, typed)
    assert kept.lower() in said.lower()
    assert " to licence" not in said and "to award" not in said


def test_the_label_figure_gets_no_to_notice():
    check = checked_plain("fit", "i have a class 2 licence and i do the truck loading plan myself")
    assert "“to”" not in check.message and "shorthand" not in check.message


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [
        ("fit", "i work week 2 week on the rigs", "week to week"),
        ("fit", "i got our query backlog from 250 2 under 40 in 2 months", "from 250 to under 40"),
        (
            "fit",
            "i cut waiting times from 90 2 under 30 minutes at the clinic",
            "from 90 to under 30",
        ),
        ("fit", "we took rework from 40 2 about 10 a week on the line", "from 40 to about 10"),
        ("fit", "i brought call-backs from 12 2 under 5 a month", "from 12 to under 5"),
    ],
)
def test_a_range_or_a_pair_is_still_to(key, typed, said):
    assert said in said_plain(key, typed)


# --- "4" and "2" left as typed, but named -----------------------------------------------


@pytest.mark.parametrize(
    ("key", "typed", "span", "word"),
    [
        ("question", "do u have budget 4 local materials or we use only donated parts?",
         "budget 4 local", "for"),
        ("question", "is there a budget 4 new tools this year?", "budget 4 new", "for"),
        ("question", "do u have a van 4 spare parts on site?", "van 4 spare", "for"),
        ("question", "is there a room 4 staff training at the depot?", None, None),
        ("connection", "my aunt was in a trial there 2 so that really hit home",
         "there 2 so", "too"),
        ("connection", "my brother trained there 2 and he loved it", "there 2 and", "too"),
        ("connection", "that happened to me 2 but i kept going", "me 2 but", "too"),
    ],
)  # fmt: skip
def test_a_left_digit_is_named(key, typed, span, word):
    check = checked_plain(key, typed)
    if span is None:
        assert "“for”?" not in check.message  # "room 4": a label
        return
    assert f"“{span}”" in check.message
    assert f"(“{word}”?)" in check.message


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("fit", "i trained 4 new starters on the forklift"),
        ("fit", "we had 3 vans 4 trailers and a crane"),
        ("fit", "i did year 4 reading groups every week"),
        ("fit", "i gave them 2 so they could cover the weekend"),
    ],
)
def test_a_count_is_not_named(key, typed):
    check = checked_plain(key, typed)
    assert "(“for”?)" not in check.message and "(“too”?)" not in check.message


# --- spelling the same in every field ---------------------------------------------------


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [
        ("value_problem", "To much of the bookings come thru the OTAs and the rates are high",
         "Too much of the bookings"),
        ("value_problem", "To many of the orders arrive late on a friday",
         "Too many of the orders"),
        ("value_problem", "To much of the stock sits in the cold room for days",
         "Too much of the stock"),
        ("value_gain_detail", "we saved around $140,000 in comissions in a year",
         "in commissions"),
        ("value_gain", "That would mean lower comission costs", "lower commission costs"),
        ("fit", "i cut the comissions we paid to agents by a third", "the commissions we paid"),
    ],
)  # fmt: skip
def test_the_same_typo_is_mended_in_every_field(key, typed, said):
    assert said in said_plain(key, typed)


def test_to_many_before_a_comma_stays():
    assert "To many of the older staff," in said_plain(
        "value_problem", "To many of the older staff, the app is confusing"
    )


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("value_gain_detail",
         "At Wilson, planing the first wave the night before cut late fuelings"),
        ("fit", "i did the planing of the weekly rota for 30 carers"),
        ("value_idea", "I would start planing the deliveries a day ahead."),
        ("fit", "we planed the routes the night before and cut fuel by 10%"),
    ],
)  # fmt: skip
def test_planing_is_asked_about(key, typed):
    check = checked_plain(key, typed)
    assert "“planning”" in check.message or "“planned”" in check.message


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("fit", "i did the planing of the oak boards for the stairs"),
        ("fit", "I spent the morning planing the boards for the new doors."),
        ("fit", "i planed the timber for every sash window"),
    ],
)
def test_a_joiners_planing_is_kept(key, typed):
    check = checked_plain(key, typed)
    assert "planning" not in check.message and "planned" not in check.message
    assert "plan" in said_plain(key, typed)


# --- no false hints -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "typed", "word"),
    [
        ("connection", "u mentioned ur mom did her chemo trial at northwestern n thats why "
         "u got into this field", "chemo"),
        ("connection",
         "you said your dad had chemo treatment at the royal and the nurses were great", "chemo"),
        ("value_idea", "i will modify d donated ones w/ local parts eg foam cushions and tyres",
         "eg"),
        ("value_idea", "i would stock the small parts eg fuses and bulbs in the van", "eg"),
        ("value_idea", "i would prep the cold items ie salads and desserts the night before", "ie"),
        ("connection", "i told her about the upright we got up to a 3rd floor flat in aro valley "
         "with no lift", "ARO"),
    ],
)  # fmt: skip
def test_no_false_name_or_letters_hint(key, typed, word):
    message = checked_plain(key, typed).message
    assert f"({word.upper()}?)" not in message
    assert f"“{word}” may be a name" not in message and f"“{word}”, " not in message


def test_eg_is_kept_as_typed():
    said = said_plain("value_idea", "i would stock the small parts eg fuses and bulbs in the van")
    assert " eg fuses" in said


def test_a_place_name_is_still_asked():
    message = checked_plain(
        "connection", "i told her about the upright we got up to a flat in aro valley with no lift"
    ).message
    assert "“aro valley” may be a name" in message
