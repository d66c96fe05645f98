"""Wizard round 15: capitals and spelling.

A town's name typed in lower case that is no English word takes its capital
("the stockport contract"); one that is a word too ("from bologna") is asked about. The
reader's title typed in lower case when they are addressed ("thanks again chef") takes
its capital. "standarts" and "befor" are corrected.
"""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer

CHEF = Facts(
    names=("Chef Marco Bellini", "Sam Lee", "Trattoria Roma"),
    recipient="Chef Marco Bellini",
    company="Trattoria Roma",
)


def _check(key, typed, facts=CHEF):
    return check_answer(key, typed, facts=facts)


@pytest.mark.parametrize(
    ("typed", "said"),
    [("i won the stockport contract last year", "I won the Stockport contract last year."),
     ("i lived in salford for years", "I lived in Salford for years."),
     ("i ran the store in ballincollig", "I ran the store in Ballincollig."),
     ("i drove buses in palmerston north for 5 years",
      "I drove buses in Palmerston North for 5 years.")],
)  # fmt: skip
def test_a_town_that_is_no_english_word_takes_its_capital(typed, said):
    check = _check("fit", typed)
    assert check.sentences == (said,)
    assert "capitalised names" in check.message


@pytest.mark.parametrize(
    ("typed", "town"),
    [("i still use your nonna's knife from bologna", "bologna"),
     ("i grew up in reading", "reading")],
)  # fmt: skip
def test_a_town_that_is_a_word_too_is_asked_about_not_changed(typed, town):
    check = _check("fit", typed)
    assert town in check.sentences[0]
    assert f"“{town}” may be a name" in check.message


@pytest.mark.parametrize(
    "typed",
    [
        "i played rugby in college",
        "i kept the rota for 12 staff",
        "i did a lot of nice work",
        "i can start any day if you need me chur",  # thanks in New Zealand; a Swiss town
    ],
)
def test_ordinary_words_that_name_towns_keep_their_case(typed):
    check = _check("fit", typed)
    assert check.sentences[0][1:] == typed[1:] + "."


@pytest.mark.parametrize(
    ("typed", "said"),
    [("thanks again chef", "Thanks again Chef."),
     ("see you soon, chef", "See you soon, Chef.")],
)  # fmt: skip
def test_the_readers_title_takes_its_capital_when_they_are_addressed(typed, said):
    assert _check("closing", typed).sentences == (said,)


def test_the_readers_title_as_a_job_stays_lower_case():
    check = _check("fit", "i was head chef at a busy bistro for 4 years")
    assert check.sentences == ("I was head chef at a busy bistro for 4 years.",)


@pytest.mark.parametrize(
    ("typed", "said"),
    [("i know the food safety standarts", "I know the food safety standards."),
     ("i always check the fridges befor service", "I always check the fridges before service.")],
)  # fmt: skip
def test_a_final_d_as_t_and_a_silent_e_left_off_are_corrected(typed, said):
    check = _check("fit", typed)
    assert check.sentences == (said,)
    assert "corrected the spelling" in check.message


@pytest.mark.parametrize(
    ("typed", "said"),
    [("I Worked At Penneys Eyre Square For 2 Years",
      "I worked at Penneys Eyre Square for 2 years."),
     ("We Would Do A Weekly Date Check Rota", "We would do a weekly date check rota.")],
)  # fmt: skip
def test_title_case_keeps_a_place_type_after_a_name_and_lowers_trade_nouns(typed, said):
    assert _check("fit", typed, Facts()).sentences == (said,)


@pytest.mark.parametrize(
    ("typed", "said"),
    [("I would hold a weekly call with each key Distributor",
      "I would hold a weekly call with each key distributor."),
     ("Which Distributors would be my priority?", "Which distributors would be my priority?")],
)  # fmt: skip
def test_a_stray_capital_on_an_ordinary_word_is_lowered(typed, said):
    check = _check("value_idea" if typed.startswith("I") else "question", typed, Facts())
    assert check.sentences == (said,)
    assert "corrected the capital letters" in check.message


@pytest.mark.parametrize(
    "typed",
    ["I have used the Hunter alignment machine.",
     "We talked about your dog Max.",
     "I'm still smiling about your Buckeyes tailgate story.",
     "We both worked at the old Dog and Duck on Deansgate.",
     "I managed each Regional Sales team."],
)  # fmt: skip
def test_capitals_of_names_mid_sentence_are_kept(typed):
    assert _check("connection", typed, Facts()).sentences[0].endswith(typed.split()[-1])
    assert typed.split()[3] in " ".join(_check("connection", typed, Facts()).sentences)


def test_the_role_keeps_its_capital_mid_sentence():
    facts = Facts(names=("Ann Lee", "Sam Lee"), company="Acme", role="Key Account Distributor")
    check = _check("value_idea", "I would hold a weekly call with each key Distributor", facts)
    assert check.sentences == ("I would hold a weekly call with each key Distributor.",)


def test_lower_case_letters_of_four_are_asked_about():
    message = _check("fit", "i do eicr and seai grant work", Facts()).message
    assert "“eicr”, “seai” may stand for something (EICR, SEAI?)" in message
