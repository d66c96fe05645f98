"""Wizard round 18: names the capitals fix missed or spoiled (blind set S).

Title Case: a name that opened with capitals keeps the capital after "of" ("Yaba College
of Technology"), and a capitalised word right before a code of capitals and digits is a
brand ("Launch X431"). Lower case: a two-word town of the gazetteer takes both capitals
("san antonio"), a town after "in" that is no English word takes its capital ("in
parramatta"), and a first name and surname after "knew", "met", "with" are named in the
notice as maybe a name ("pat delaney").
"""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer

BOSS = Facts(
    names=("Engr. Adebayo", "Chinedu Okafor", "Prime Motors Ikeja"),
    recipient="Engr. Adebayo",
    company="Prime Motors Ikeja",
)


def _check(key, typed, facts=BOSS):
    return check_answer(key, typed, facts=facts)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("We Both Schooled At Yaba College Of Technology And Met There", "Yaba College of Technology"),
     ("I Studied At The University Of Lagos For Four Years", "University of Lagos"),
     ("I Trained On Launch X431 And Techstream Diagnostics", "Launch X431")],
)  # fmt: skip
def test_title_case_keeps_the_capitals_a_name_shows(typed, kept):
    check = _check("connection", typed)
    assert kept in " ".join(check.sentences)


def test_title_case_lowers_of_phrases_that_are_no_name():
    check = _check("fit", "Five Years Of Experience In A Busy Workshop Of Ten Mechanics")
    assert check.sentences == (
        "I have five years of experience in a busy workshop of ten mechanics.",
    )


@pytest.mark.parametrize(
    ("typed", "said"),
    [("we both went to the same college in san antonio and met there",
      "We both went to the same college in San Antonio and met there."),
     ("we both did our training in parramatta years ago",
      "We both did our training in Parramatta years ago.")],
)  # fmt: skip
def test_a_town_typed_in_lower_case_takes_its_capitals(typed, said):
    check = _check("connection", typed)
    assert check.sentences == (said,)
    assert "capitalised names" in check.message


def test_a_person_named_in_lower_case_is_asked_about():
    check = _check(
        "connection",
        "we both played hurling and he knew my old coach pat delaney from the club",
    )
    assert "pat delaney" in " ".join(check.sentences)
    assert "“pat delaney” may be a name" in check.message


def test_the_words_of_the_name_before_of_keep_their_capitals_too():
    check = _check("fit", "Registered With The Veterinary Council Of Ireland Since 2019")
    assert "the Veterinary Council of Ireland" in check.sentences[0]


def test_with_before_a_rare_word_is_no_person():
    check = _check("fit", "got ticket times down to 12 minutes with better mise and prep")
    assert "may be a name" not in check.message


def test_a_red_seal_certificate_keeps_its_capitals_in_the_example():
    check = _check("fit", "Red Seal Baker Certificate")
    assert "“I have my Red Seal baker certificate.”" in check.message


def test_title_case_lowers_cafes_mid_sentence():
    check = _check("value_problem", "Deliveries To The Cafes Are Going Out Late Every Morning")
    assert "the cafes are going out late" in " ".join(check.sentences)


def test_a_ground_and_a_cup_in_lower_case_are_asked_about_not_claimed_fixed():
    check = _check(
        "connection",
        "we both support the sharks and were at kings park for the currie cup final",
    )
    assert "kings park" in check.sentences[0]
    assert "“kings park”, “currie cup” may be names" in check.message
    assert "capitalised names" not in check.message
