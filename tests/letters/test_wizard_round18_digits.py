"""Wizard round 18: shorthand a blind sales rep and aged-care worker left in their letters:
"from 80 2 130" -> "from 80 to 130", "from 22% 2 about 35%", "love 2 b part of the team"
-> "love to be part of the team", "Thnks", "qtrs"."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer

FACTS = Facts(names=("Mike Dunn", "Brightline"), recipient="Mike Dunn", company="Brightline")


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [("fit", "i grew my account list from 80 2 130 active customers", "from 80 to 130 active"),
     ("fit", "i took my close rate from 22% 2 about 35%", "from 22% to about 35%"),
     ("closing", "I would love 2 b part of the team", "I would love to be part of the team."),
     ("closing", "Thnks for the time, happy to come in again", "Thanks for the time"),
     ("fit", "i hit quota in 10 of 12 qtrs at my last job", "10 of 12 quarters")],
)  # fmt: skip
def test_shorthand_is_spelled_out(key, typed, said):
    assert said in " ".join(check_answer(key, typed, facts=FACTS).sentences)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("i ran 80 2 man crews last year", "80 2"), ("we had 3 sites, 2 b shifts", "2 b")],
)  # fmt: skip
def test_figures_stay(typed, kept):
    assert kept in " ".join(check_answer("fit", typed, facts=FACTS).sentences)
