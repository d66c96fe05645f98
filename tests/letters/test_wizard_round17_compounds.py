"""Wizard round 17: compounds and a list of two gains.

"walk ins", "no shows", "check ins" are nouns of two words joined by a hyphen
("walk-ins"); "ex Navy" is "ex-Navy". "That means more spindle time, less scrap." is a
list of two gains with a comma where "and" goes: "more spindle time and less scrap".
"""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer

FACTS = Facts(names=("Rico Alvarez", "Fade Factory"), recipient="Rico Alvarez",
              company="Fade Factory")  # fmt: skip


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [("value_problem", "You said lots of walk ins get turned away on Saturdays.",
      "You said lots of walk-ins get turned away on Saturdays."),
     ("value_gain_detail", "At my old practice no shows went from about 12 a week to 4.",
      "At my old practice no-shows went from about 12 a week to 4."),
     ("value_idea", "I would run the check ins myself and text the drop ins.",
      "I would run the check-ins myself and text the drop-ins."),
     ("connection", "You're ex Navy like me, and we were both machinist mates.",
      "You're ex-Navy like me, and we were both machinist mates."),
     ("value_gain", "That means more spindle time, less scrap.",
      "That means more spindle time and less scrap."),
     ("value_gain", "That would mean more sales, less waste, happier staff.",
      "That would mean more sales, less waste and happier staff.")],
)  # fmt: skip
def test_compounds_take_their_hyphen_and_a_list_its_and(key, typed, said):
    check = check_answer(key, typed, facts=FACTS)
    assert " ".join(check.sentences) == said


@pytest.mark.parametrize(
    ("key", "typed"),
    [("value_gain", "That would mean fewer no-shows and more walk-ins."),
     ("value_gain", "That would mean more sales, and less waste."),
     ("value_gain", "That means more time for patients, which the ward needs."),
     ("value_gain", "That would mean more sales, less waste and happier staff."),
     ("connection", "We talked about my ex and yours."),
     ("value_problem", "You said there were no shows at the theatre in January.")],
)  # fmt: skip
def test_words_already_right_stay(key, typed):
    check = check_answer(key, typed, facts=FACTS)
    assert " ".join(check.sentences) == typed


def test_a_comparative_that_opens_no_item_keeps_its_comma():
    typed = "Patients get meds faster, fewer transfers to other pharmacies."
    check = check_answer("value_gain", typed, facts=FACTS)
    assert "faster and fewer" not in " ".join(check.sentences)


def test_a_compound_typed_in_title_case_comes_out_in_lower_case():
    typed = "Would I Be Bringing Some Of My Own Clients Or Starting With Walk Ins?"
    check = check_answer("question", typed, facts=FACTS)
    assert "walk-ins?" in " ".join(check.sentences)
