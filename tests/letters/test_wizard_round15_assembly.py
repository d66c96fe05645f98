"""Wizard round 15 (issue 19), assembly: a figure said twice, a site hired through an
agency, the greeting's title as typed, a role of two titles."""

import pytest

from letters import assembly
from tests.letters.letter_helpers import letter_draft_json

pytestmark = pytest.mark.django_db

ANSWERS = {
    "connection": "You told me the ward has lost three nurses since the spring.",
    "fit": ["I led a NEWS2 compliance audit that raised on-time observations from 71% to 94%."],
    "value_problem": "You said observations are often late on the night shift.",
    "value_idea": "I would set up a short observations huddle at the start of each shift.",
    "value_gain": "That would mean fewer missed escalations for your patients.",
    "value_gain_detail": "On my previous ward, on-time observations rose from 71% to 94% "
    "within four months.",
    "question": "How do you hand over the observation rota at night?",
    "closing": "I would be glad to talk the huddle through with you next week.",
}


def draft(tmp_path, *, answers=None, company="St Mary's Hospital", role="Staff Nurse",
          recipient="Gemma Clarke"):  # fmt: skip
    return letter_draft_json(
        {
            "recipient": recipient,
            "sender": "Ruth Ade",
            "company": company,
            "role": role,
            "decision_maker": True,
            "answers": ANSWERS | (answers or {}),
        },
        tmp_path,
    )


def notices_on(result, answer):
    return " ".join(n["message"] for n in result["notices"] if n["answer"] == answer)


def test_a_gain_detail_whose_figures_a_result_already_gives_is_left_out(tmp_path):
    """Graders marked down a letter giving "71% to 94%" twice, once as a result and once
    as the gain's figure."""
    result = draft(tmp_path)

    assert result["body"].count("71% to 94%") == 1
    assert "within four months" not in result["body"]
    said = notices_on(result, "value_gain_detail")
    assert "Left out" in said and "“71% to 94%” in Result 1" in said


def test_the_same_figures_typed_another_way_are_left_out_too(tmp_path):
    answers = {
        "fit": ["I raised open rate from 19% to 31% with segmentation."],
        "value_gain_detail": "I got open rate from 19% to 31% in 6 months at my old job.",
    }
    result = draft(tmp_path, answers=answers)

    assert "in 6 months" not in result["body"]
    assert "“19% to 31%” in Result 1" in notices_on(result, "value_gain_detail")


def test_a_gain_detail_with_a_figure_of_its_own_stays(tmp_path):
    answers = {"value_gain_detail": "On my last ward late observations fell from 71% to 12%."}
    result = draft(tmp_path, answers=answers)

    assert "from 71% to 12%" in result["body"]
    assert "Left out" not in notices_on(result, "value_gain_detail")


@pytest.mark.parametrize(
    "company",
    ["Amazon DFW7 via Staffmark", "Amazon DFW7 through Staffmark",
     "Amazon DFW7 (through Staffmark)", "Amazon DFW7 (via Staffmark)"],
)  # fmt: skip
def test_a_site_hired_through_an_agency_is_named_without_the_agency(tmp_path, company):
    result = draft(tmp_path, company=company)

    first = result["body"].split("\n\n")[1]
    assert "at Amazon DFW7." in first
    assert "Staffmark" not in result["body"]
    assert not [f for f in result["findings"] if "ompany" in f["message"]]


def test_a_company_with_via_or_through_inside_its_name_stays_whole():
    assert assembly.company_phrase("Walk Through Studios") == "Walk Through Studios"
    assert assembly.company_phrase("Via Verde Foods") == "Via Verde Foods"


@pytest.mark.parametrize(
    ("recipient", "greeting"),
    [("Dr Adaeze Okafor", "Dear Dr Okafor,"), ("Dr. Adaeze Okafor", "Dear Dr. Okafor,"),
     ("Mr Tom Hale", "Dear Mr Hale,"), ("Mrs. Ann Hale", "Dear Mrs. Hale,")],
)  # fmt: skip
def test_the_greeting_keeps_the_title_as_typed(tmp_path, recipient, greeting):
    """ "Dear Dr. Okafor," above a letter that says "Dr Okafor" mixed two styles."""
    result = draft(tmp_path, recipient=recipient)

    assert result["body"].startswith(greeting + "\n")


@pytest.mark.parametrize(
    ("role", "said"),
    [("plumber / heat pump installer", "plumber and heat pump installer"),
     ("Butcher / counter", "butcher"), ("Dental Nurse / Chairside Assistant",
      "dental nurse and chairside assistant")],
)  # fmt: skip
def test_a_role_of_two_titles_keeps_both(role, said):
    """ "the plumber role" dropped the heat pump work the interview was about."""
    assert assembly.role_for_letter(role) == said
