"""Wizard round 17: the company's name with "Of", "And", "The" or "For" in capitals inside
it ("St Aidan's C Of E Primary School") is asked about once on the draft page, as a name
all in lower case is: the letter names the company as the interview's details spell it.
"""

import pytest

from tests.letters.letter_helpers import letter_draft_json
from tests.letters.test_wizard_round16_typos import ANSWERS, company_notices


def draft(tmp_path, company):
    data = {"recipient": "Rachel Atkinson", "sender": "Ruth Ade", "company": company,
            "role": "Teaching Assistant", "decision_maker": True, "answers": ANSWERS}  # fmt: skip
    return letter_draft_json(data, tmp_path)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("company", "small", "meant"),
    [("St Aidan's C Of E Primary School", "Of", "St Aidan's C of E Primary School"),
     ("Bank Of Ireland", "Of", "Bank of Ireland"),
     ("Centre For Ageing And Care", "For", "Centre for Ageing and Care")],
)  # fmt: skip
def test_a_small_word_in_capitals_inside_the_company_name_is_asked_about(
    tmp_path, company, small, meant
):
    said = company_notices(draft(tmp_path, company))
    assert f"the interview's details have it, “{company}”" in said
    assert f"“{small}”" in said
    assert f"“{meant}”" in said
    assert "correct it once in the interview's details" in said


@pytest.mark.django_db
@pytest.mark.parametrize(
    "company",
    ["St Aidan's C of E Primary School", "The Strand Hotel", "Bank of Ireland",
     "OF Tools", "The And", "Marks and Spencer"],
)  # fmt: skip
def test_a_company_name_with_its_small_words_as_usual_has_no_notice(tmp_path, company):
    assert "in the middle" not in company_notices(draft(tmp_path, company))


@pytest.mark.django_db
def test_a_role_with_its_year_in_shorthand_is_named_in_the_letter(tmp_path):
    data = {"recipient": "Mick Dawson", "sender": "Ethan Kowalski", "company": "Dawson Electrical",
            "role": "3rd yr Apprentice Electrician", "decision_maker": True,
            "answers": ANSWERS}  # fmt: skip
    result = letter_draft_json(data, tmp_path)
    assert "3rd year apprentice electrician" in result["body"]
    assert "Apprentice Electrician" in result["subject"] or "apprentice" in result["subject"]


@pytest.mark.parametrize(
    ("recipient", "greeted"),
    [("Engr. Adebayo", "Dear Engr. Adebayo,"), ("Cllr Doyle", "Dear Cllr Doyle,")],
)
def test_a_title_of_a_trade_or_office_keeps_the_name_it_goes_with(recipient, greeted):
    from letters.assembly import greeting

    assert f"{greeting(recipient)}," == greeted
