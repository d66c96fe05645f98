"""Wizard round 19 (issue 19): names the wizard's own mends damaged. Title Case put in
sentence case keeps a title before a name ("Mrs D'Souza"), a product's word before its
acronym ("Opera PMS") and a word no English dictionary knows ("Haas"); the spelling pass
leaves a lower-case word in a place's slot as typed and asks about it ("in tuam", "tyger
valley")."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer


def said(key, typed):
    result = check_answer(key, typed, facts=Facts())
    return " ".join(result.sentences), result.message


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("You Also Studied At IHM Goa, Same Teacher Mrs D'Souza, And We Laughed.", "Mrs D'Souza"),
        ("I Trained Under Dr Okafor On The Ward For Two Years.", "Dr Okafor"),
        ("I Have 2 Years At A 120 Room Hotel On Opera PMS.", "Opera PMS"),
        ("I Have Spent 5 Years Setting Up Haas Mills On Nights.", "Haas mills"),
    ],
)
def test_title_case_keeps_names_the_words_show(typed, kept):
    sentences, _ = said("fit", typed)
    assert kept in sentences


@pytest.mark.parametrize(
    ("typed", "lowered"),
    [
        ("I Have Used PMS Systems For Three Years.", "used PMS"),
        ("I Did Stainless Relining And Crown Repair For Six Years.", "stainless relining"),
        ("We Both Had The Same Lecturer For Radiography At College.", "for radiography"),
    ],
)
def test_title_case_still_lowers_ordinary_words(typed, lowered):
    sentences, _ = said("fit", typed)
    assert lowered in sentences


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("i did 3 years in a nursing home in tuam.", "tuam"),
        ("i did 3 years in a nursing home in tuam for the council.", "tuam"),
        ("i have 4 years at a salon in tyger valley doing 30 sets a week.", "tyger"),
    ],
)
def test_a_word_in_a_place_slot_is_asked_about_not_corrected(typed, word):
    sentences, message = said("fit", typed)
    assert f" {word} " in f" {sentences.rstrip('.')} "
    assert f"“{word}" in message and "may be a name" in message
    assert "corrected the spelling" not in message


def test_a_typo_outside_a_place_slot_is_still_corrected():
    sentences, message = said("fit", "i cut the waitng time for families in half.")
    assert "waiting time" in sentences
    assert "corrected the spelling" in message
