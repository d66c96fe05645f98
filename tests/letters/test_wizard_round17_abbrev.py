"""Wizard round 17 (issue 19): a full stop after an abbreviation does not end a sentence.
"Capt. Dubois", "Co. Cavan", "Ft. McMurray", "Station No. 4" stay one sentence, so a full
sentence is not split there and called a note; "Smith & Co. Then I moved …" still ends a
sentence at "Co.", as "Then" is an English word and no place."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer
from letters.quality.sentences import split_sentences


def check(key, typed):
    return check_answer(key, typed, facts=Facts())


def test_a_rank_before_a_name_does_not_end_the_question():
    typed = "Would Capt. Dubois want deckhands who can also do the tickets?"
    result = check("question", typed)
    assert result.sentences == (typed,)
    assert "reads as a note" not in result.message


def test_an_irish_county_does_not_split_the_fit():
    typed = "I worked at Kavanagh Mushrooms, Co. Cavan, last 2 years as supervisor"
    result = check("fit", typed)
    assert "“Cavan, last 2 years as supervisor” reads as a note" not in result.message
    assert "is not in your letter" not in result.message
    assert "Kavanagh Mushrooms, Co. Cavan, last 2 years" in " ".join(result.sentences)


@pytest.mark.parametrize(
    "typed",
    [
        "I reported to Sgt. Okafor on the night shift.",
        "Lt. Vasquez signed off my hours.",
        "I drove for Cpl. Mendes and Col. Hartigan for two years.",
        "Insp. Byrne and Supt. Walsh ran the scene.",
        "Fr. Murphy and Rev. Adeyemi wrote my references.",
        "I met Cllr. Doyle and Hon. Ms Kaur at the site.",
        "Gen. Ashworth visited the depot.",
        "Cpt. Reyes ran the boat.",
        "I nursed at St. Vincent's Hospital for three years.",
        "We guided on Mt. Rainier every summer.",
        "I drove haul trucks in Ft. McMurray for six years.",
        "I farmed in Co. Cork and then in Co. Down.",
        "I was on Engine No. 4 for three years.",
    ],
)
def test_one_sentence_after_an_abbreviation(typed):
    assert split_sentences(typed) == [typed]


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("We supplied Smith & Co. Then I moved to sales.", "We supplied Smith & Co."),
        ("I poured a slab of 40 ft. Then I framed it.", "I poured a slab of 40 ft."),
        ("Did it hurt? No. 3 weeks later I was back.", "Did it hurt?"),
        ("I reported to the Capt. He signed my log.", "I reported to the Capt."),
    ],
)
def test_a_sentence_may_still_end_after_one(typed, first):
    assert split_sentences(typed)[0] == first
    assert len(split_sentences(typed)) > 1
