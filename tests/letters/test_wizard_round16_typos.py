"""Wizard round 16 (issue 19): real-word typos a blind grader found in drafts ("operations
manger", "a trail day", "you new my old teacher", "for there first 2 weeks", "Hows the
work split") mended as a spelling correction, their look-alikes kept as typed; and a
typo in the company's name as the interview's details have it named in a notice."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer
from tests.letters.letter_helpers import letter_draft_json


def said(key: str, typed: str) -> str:
    return " ".join(check_answer(key, typed, facts=Facts()).sentences)


@pytest.mark.parametrize(
    ("key", "typed", "mended", "typo"),
    [("fit", "I was operations manger at a 40 bed care home for 3 years.",
      "operations manager at", "manger"),
     ("question", "Would the role report to the site manger or to you?",
      "to the site manager or", "manger"),
     ("fit", "I was Operations Manger at a 40 bed care home.", "Operations Manager at",
      "Manger"),
     ("closing", "I am happy to do a trail day whenever suits you.", "a trial day", "trail"),
     ("closing", "Happy to do a trail shift next week.", "a trial shift", "trail"),
     ("closing", "I would be happy to do a trail run on the Monday rota.", "a trial run",
      "trail"),
     ("closing", "I can start on a trail basis from Monday.", "a trial basis", "trail"),
     ("connection", "It turned out you new my old teacher from Leeds.", "you knew my old teacher",
      "new"),
     ("fit", "As a coach I found out she new my dad from the club.", "she knew my dad", "new"),
     ("connection", "I said I new him from the depot.", "I knew him from", "new"),
     ("value_idea", "I would buddy each new starter for there first 2 weeks.",
      "for their first 2 weeks", "there"),
     ("value_idea", "I would let carers do the module in there own time.", "in their own time",
      "there"),
     ("question", "Hows the work split between the two sites?", "How's the work split",
      "Hows"),
     ("question", "Thanks for the tour. Hows the rota split between the two sites?",
      "How's the rota split", "Hows")],
)  # fmt: skip
def test_a_real_word_typo_is_mended_as_a_spelling_correction(key, typed, mended, typo):
    check = check_answer(key, typed, facts=Facts())
    assert mended in " ".join(check.sentences)
    assert "We suggest a corrected version" in check.message
    assert f"corrected the spelling of “{typo}”" in check.message


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [("connection", "We talked about the nativity, the baby in a manger.", "in a manger"),
     ("connection", "We both set up the manger scene at the school fair.", "the manger scene"),
     ("connection", "We both walk the coastal trail every Sunday.", "coastal trail every"),
     ("connection", "We both did a trail run at the weekend.", "a trail run at"),
     ("fit", "I cleared a walking trail day after day in the storm season.",
      "a walking trail day"),
     ("fit", "I trained you new starters on the scanner.", "you new starters"),
     ("fit", "I trained new starters on the scanner.", "trained new starters"),
     ("question", "Thank you, new starters get a buddy?", "Thank you, new starters"),
     ("connection", "We talked about Chef Manger at the Savoy.", "Chef Manger at"),
     ("value_problem", "You said the new starters get lost in there first thing.",
      "in there first thing"),
     ("fit", "I was fasting patients there first every morning.", "there first every"),
     ("fit", "I worked there for 3 years.", "worked there for"),
     ("fit", "I wrote down the hows and whys of every fix.", "the hows and whys")],
)  # fmt: skip
def test_a_look_alike_that_can_be_meant_stays_as_typed(key, typed, kept):
    assert kept in said(key, typed)


ANSWERS = {
    "connection": "You told me the team has grown to forty cleaners since spring.",
    "fit": ["I ran the night cleaning crew at a 300 bed hospital for 4 years."],
    "value_problem": "You said audits fail on the high touch points in the wards.",
    "value_idea": "I would add a checklist for touch points on every night round.",
    "value_gain": "That would mean fewer failed audits.",
    "question": "Who signs off the audit on the night shift?",
    "closing": "I would be glad to talk the checklist through next week.",
}


def draft(tmp_path, company):
    data = {
        "recipient": "Gemma Clarke",
        "sender": "Ruth Ade",
        "company": company,
        "role": "Cleaning Supervisor",
        "decision_maker": True,
        "answers": ANSWERS,
    }
    return letter_draft_json(data, tmp_path)


def company_notices(result):
    return " ".join(n["message"] for n in result["notices"] if "names the company" in n["message"])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("company", "typo", "meant"),
    [("BrightPath Facilty Services", "Facilty", "“Facility”"),
     ("Canopy Tree Servcies", "Servcies", "“Services”"),
     ("Harbour Managment Group", "Managment", "“Management”")],
)  # fmt: skip
def test_a_typo_in_the_company_name_is_named_in_a_notice(tmp_path, company, typo, meant):
    said = company_notices(draft(tmp_path, company))
    assert f"the interview's details have it, “{company}”" in said
    assert f"“{typo}” may be a typo of {meant}" in said
    assert "correct it once in the interview's details" in said


@pytest.mark.django_db
@pytest.mark.parametrize(
    "company",
    ["BrightPath Facility Services", "Krispy Kreme", "HSBC UK", "Fresha Salons",
     "St Mary's Hospital", "Hartwell Cleaning Co", "Tane Farms", "Solent Marine Services",
     "Fiix Repairs", "Hamble Dampp Proofing", "Instrumentl Grants"],
)  # fmt: skip
def test_a_company_name_spelt_right_or_a_brand_has_no_typo_notice(tmp_path, company):
    assert "may be a typo" not in company_notices(draft(tmp_path, company))
