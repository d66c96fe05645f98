"""Names typed in lower case and shorthand left in a corrected answer (draft_grades19, T02,
T07, T11, T12, T17, T18): a simulated user read "spelled out the shorthand" while "used 2
buy" and "4 a month" stayed in the fix, and saw "xmas", "instagram", "in limerick", "river
Wharfe" kept in lower case, while "job", "physio" and "the attic" were asked about as
names. The wizard now spells out what is certain, names what is left, capitalises the
brands, holidays and towns it is sure of, and asks about ordinary words no more. The
answers are invented in the users' patterns."""

import pytest

from letters.fragments import Facts, check_answer

FACTS = Facts(names=("Dana Whitfield",), company="Elm Court", recipient="Dana")


def checked(key, typed):
    return check_answer(key, typed, facts=FACTS)


def fix_of(key, typed):
    return " ".join(checked(key, typed).sentences)


# --- shorthand spelled out where it is certain --------------------------------------------


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [
        ("question", "wd u b open to me trying it?", "Would you be open to me trying it?"),
        ("question", "could we b there by 7?", "Could we be there by 7?"),
        ("fit", "i fixed the cuts that r losing money", "cuts that are losing money"),
        ("closing", "thx again, V much enjoyed the chat", "Thanks again, very much enjoyed"),
        ("closing", "v much enjoyed the chat, thanks", "Very much enjoyed the chat"),
        ("question", "would you be open 2 me trying a small range?", "open to me trying"),
        ("value_idea", "i wd get each educator 2 do 2-3 quick posts a day", "educator to do 2-3"),
        ("value_idea", "i would set posts a day 4 their focus kids", "a day for their focus kids"),
        ("value_idea", "i would keep a slot 4 your regulars", "a slot for your regulars"),
    ],
)
def test_certain_shorthand_is_spelled_out(key, typed, said):
    assert said in fix_of(key, typed)


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [
        ("fit", "i ran plan b on the night shift", "plan b"),
        ("fit", "we did 4 a day at the depot", "4 a day"),
        ("fit", "i worked 4 weekends in a row", "4 weekends"),
        ("connection", "you support Leeds v Hull games too", "Leeds v Hull"),
        ("fit", "i trained 2 new starters every month", "2 new starters"),
        ("fit", "i ran 4 their sites in a year", "4 their"),  # no verb before: not certain
    ],
)
def test_figures_and_letters_that_may_be_meant_stay(key, typed, kept):
    assert kept in fix_of(key, typed)


# --- shorthand left: the notice names it, and claims nothing it did not do ----------------


@pytest.mark.parametrize(
    ("key", "typed", "left", "word"),
    [
        ("connection", "we both played hurling 4 westmeath minors", "hurling 4 westmeath", "for"),
        ("connection", "ur dad used 2 buy cattle off my granda", "used 2 buy", "to"),
        ("question", "could i try a small range 4 a month?", "range 4 a month", "for"),
    ],
)
def test_shorthand_left_is_named(key, typed, left, word):
    message = checked(key, typed).message
    assert f"“{left}”" in message
    assert f"“{word}”" in message


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("fit", "i worked 4 weekends in a row at the depot"),
        ("fit", "i trained 2 apprentices, 2 still there"),
        ("fit", "i ran the counter 4 yrs, sales from 9k 2 13k"),
        ("fit", "we did 4 a day at the depot"),
        ("fit", "i ran plan b on the night shift"),
    ],
)
def test_figures_are_not_called_shorthand(key, typed):
    assert "as you typed it" not in checked(key, typed).message
    assert "as you typed them" not in checked(key, typed).message


# --- names typed in lower case -------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "typed", "named"),
    [
        ("fit", "i set up the xmas preorder system", "the Christmas preorder system"),
        ("fit", "i grew our instagram page to 8k followers", "our Instagram page"),
        ("fit", "i ran the christmas and easter rotas", "the Christmas and Easter rotas"),
        ("fit", "i planned the diwali and eid menus", "the Diwali and Eid menus"),
        ("fit", "i post on facebook and youtube every week", "on Facebook and YouTube"),
        ("fit", "i kept the rota in excel for two years", "in Excel"),
        ("connection", "you said you grew up near galway", "near Galway"),
        ("connection", "we both fish on the river Wharfe", "the River Wharfe"),
        ("connection", "you climbed mount Snowdon last year", "Mount Snowdon"),
        ("fit", "i hold a cisrs advanced card", "a CISRS advanced card"),
    ],
)
def test_names_it_is_sure_of_take_their_capitals(key, typed, named):
    assert named in fix_of(key, typed)


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [
        ("fit", "i excel at keeping the rota tidy", "I excel at"),
        ("fit", "i wrote a limerick for the staff party", "a limerick"),
        ("connection", "we walked by the river and talked", "the river and"),
        ("fit", "i fitted cork flooring in the hall", "cork flooring"),
    ],
)
def test_words_that_may_be_ordinary_keep_their_case(key, typed, kept):
    assert kept in fix_of(key, typed)


@pytest.mark.parametrize(
    ("key", "typed", "word"),
    [
        (
            "value_gain_detail",
            "in limerick no shows went from 12% to 5% in a few months",
            "limerick",
        ),
        ("fit", "i did 2 years in a private clinic in limerick", "limerick"),
    ],
)
def test_towns_that_are_words_are_asked_about(key, typed, word):
    message = checked(key, typed).message
    assert f"“{word}”" in message
    assert word in " ".join(checked(key, typed).sentences)  # asked, not changed


@pytest.mark.parametrize(
    ("key", "typed", "word"),
    [
        ("value_gain_detail", "at my old job the complaint callouts went down by half", "job"),
        ("fit", "2 years as physio assistant in a private clinic", "physio"),
        ("connection", "we talked about highschool and your first job", "highschool"),
        ("value_problem", "clients not coming back for refils after a month", "refils"),
        ("connection", "We Talked About The Mess In The Attic After The Storm", "the attic"),
        ("fit", "I Cut The Rent In Arrears By Half At My Last Block", "arrears"),
    ],
)
def test_ordinary_words_are_not_asked_about_as_names(key, typed, word):
    asked = [
        part
        for part in checked(key, typed).message.split(". ")
        if "may be a name" in part or "may be names" in part or "capitals of any name" in part
    ]
    assert not any(f"“{word}”" in part for part in asked)
