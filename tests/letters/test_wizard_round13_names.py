"""Wizard round 13: names and capitals.

Grade words before their number take a capital ("Band 5", "Year 4", "Class C+E"), in
the answers and where the letter names the role; the company's capitals offered for
"o'sullivan plumbing & gas" are "O'Sullivan Plumbing & Gas".
"""

import pytest

from letters.answer_case import Facts
from letters.assembly import role_phrase
from letters.fragments import check_answer
from letters.management.commands.letter_draft import draft_from


def _letter_sentences(key, typed, facts=None):
    return check_answer(key, typed, facts=facts or Facts()).sentences


@pytest.mark.parametrize(
    ("typed", "said"),
    [("i worked as a band 5 nurse on ward 7 for three years",
      "I worked as a Band 5 nurse on Ward 7 for three years."),
     ("i hold a class c+e licence and a level 3 diploma",
      "I hold a Class C+E licence and a Level 3 diploma."),
     ("i taught year 4 and key stage 2 maths for 5 years",
      "I taught Year 4 and Key Stage 2 maths for 5 years."),
     ("i passed grade 2 and drove class 1 trucks",
      "I passed Grade 2 and drove Class 1 trucks.")],
)  # fmt: skip
def test_a_grade_word_before_its_number_takes_a_capital(typed, said):
    assert _letter_sentences("fit", typed) == (said,)


@pytest.mark.parametrize(
    ("typed", "said"),
    [("i worked there all year round in a class of 30",
      "I worked there all year round in a class of 30."),
     ("i started on the same ward 20 years ago",
      "I started on the same ward 20 years ago.")],
)  # fmt: skip
def test_a_grade_word_without_its_number_stays_lower_case(typed, said):
    assert _letter_sentences("fit", typed) == (said,)


def test_the_role_keeps_its_grade_capital_in_the_letter():
    data = {
        "recipient": "Ms Jane Hart",
        "sender": "Sam Lee",
        "company": "St Mary's Hospital",
        "role": "band 5 staff nurse",
        "answers": {"connection": "we talked about the night shifts"},
    }
    draft, _ = draft_from(data)
    assert "Band 5 staff nurse" in draft.subject + draft.body
    assert role_phrase("Year 4 Classroom Teacher") == "Year 4 classroom teacher"


def test_the_company_capitals_offered_keep_the_capital_after_the_apostrophe():
    data = {
        "recipient": "Mr Greg O'Sullivan",
        "sender": "Mitch Harrington",
        "company": "o'sullivan plumbing & gas",
        "role": "Licensed Plumber",
        "answers": {"connection": "we talked about the hot water systems"},
    }
    draft, _ = draft_from(data)
    messages = " ".join(n.message for n in draft.notices)
    assert "“O'Sullivan Plumbing & Gas”" in messages


def _message(key, typed, facts=None):
    return check_answer(key, typed, facts=facts or Facts()).message


@pytest.mark.parametrize(
    ("key", "typed", "asked"),
    [("connection", "we both did our apprenticeship at the same college in reading and he "
      "knew my old tutor mick", "“reading” may be a name"),
     ("question", "how many plots are left on the basingstoke phase this year",
      "on the Basingstoke phase"),  # a town that is no word: capitalised (round 15)
     ("connection", "We Realised We Both Trained In Cork And Had The Same Lecturer For "
      "Radiography", "(“cork”?)")],
)  # fmt: skip
def test_a_town_that_is_also_an_english_word_is_asked_about(key, typed, asked):
    assert asked in _message(key, typed)


def test_reading_as_a_skill_is_not_asked_about_as_a_town():
    assert "may be a name" not in _message(
        "fit", "i helped kids who were behind in reading and writing for 3 years"
    )


@pytest.mark.parametrize(
    ("key", "typed", "word"),
    [("value_problem", "you mentioned food cost on the grill is too high and meat waste "
      "from prep is eating the margin", "“prep”"),
     ("value_idea", "i would run a whanau reading night each term so parents see the "
      "books we use", "“whanau”"),
     ("value_idea", "i would run a monthly near-expiry report and return items to "
      "distributors three months before expiry", "“distributors”"),
     ("fit", "done the eco driving course, got my mpg up on the old job", "“eco”"),
     ("value_gain_detail", "i got my average from 7.8 to 9.1 mpg at the last crowd", "“mpg”")],
)  # fmt: skip
def test_ordinary_words_are_not_asked_about_as_names_or_letters(key, typed, word):
    assert word not in _message(key, typed)


def test_only_the_name_is_asked_about_not_the_word_after_it():
    message = _message("fit", "at my last job i made a van stock list so we stopped running "
                       "to reece mid job")  # fmt: skip
    assert "“reece” may be a name" in message
    assert "“reece mid”" not in message


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [("fit", "Registered With The Dental Council, Five Years Chairside Including Oral Surgery",
      "five years chairside including oral surgery"),
     ("connection", "We Realised We Both Trained In Cork And Had The Same Lecturer For "
      "Radiography", "the same lecturer for radiography."),
     ("fit", "I Cut Timber Offcuts By Half At My Last Yard Using Salesforce And WhatsApp",
      "I cut timber offcuts by half at my last yard using Salesforce and WhatsApp.")],
)  # fmt: skip
def test_title_case_typing_lowers_words_made_of_english_words(key, typed, said):
    assert said in " ".join(_letter_sentences(key, typed))


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("Does The Practice Already Use The SMS Feature In Dentally Or Is It Turned Off",
      "in Dentally"),
     ("We Both Did Our Placements In Sudbury And Got The Truck Stuck On The Kingsway",
      "on the Kingsway")],
)  # fmt: skip
def test_title_case_typing_keeps_a_made_word_where_a_name_goes(typed, kept):
    assert kept in " ".join(_letter_sentences("connection", typed))
