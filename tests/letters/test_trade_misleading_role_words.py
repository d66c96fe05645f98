"""Role words that name another trade: an "Airport Firefighter" was shown a ward's line
audits (the health trade listed "firefighter"), a "Customer Care Agent" at a solar firm
the same ("care"), and a "Teacher Aide" too ("aide" before "teacher"). A "Lawn Care
Technician", a "Legislative Aide" and a "Health and Safety Officer" got the ward's
examples the same way, and a "Plant Nursery Assistant" the three-year-olds' room (no
trade speaks of potting on: the fallback's examples)."""

import pytest

from letters import wizard
from letters.trades import workplace
from tests.letters.letter_helpers import notices_text, wizard_draft

WARD = ("line audit", "line infection", "infection-prevention", "charge nurse", "unit")
CHILDCARE = ("three-year-olds", "show-and-tell", "hamster")


def shown(role, company=""):
    """Every example the wizard's steps show this role, and the closings it offers."""
    trade = wizard.trade_for(role, company)
    return " ".join(
        [*(line for step in wizard.STEPS for line in step.examples(trade)), *trade.closings]
    )


# --- firefighters -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "company"),
    [("Airport Firefighter", "Shannon Airport Fire & Rescue Service"),
     ("Aircraft Rescue Firefighter", ""),
     ("Fire Fighter", ""),
     ("Station Officer (Fire)", ""),
     ("Crew Commander (Fire & Rescue)", ""),
     ("Retained Firefighter", "Cork County Fire Service"),
     ("Watch Manager", "London Fire Brigade"),
     ("Crew Manager", "Devon and Somerset Fire and Rescue Service"),
     ("Fire Captain", "")],
)  # fmt: skip
def test_a_firefighter_is_shown_a_fire_stations_examples(role, company):
    said = shown(role, company)
    assert "drill" in said and "turnout" in said
    assert not any(word in said for word in WARD)
    assert workplace(wizard.trade_for(role, company).key) == "station"


def test_a_firefighters_missing_result_is_asked_for_in_a_fire_stations_words():
    result = wizard_draft(
        {"fit": "I have been an airport firefighter for six years.", "value_gain_detail": ""},
        role="Airport Firefighter",
        company="Shannon Airport Fire & Rescue Service",
    )
    told = notices_text(result, "fit")
    assert "line infection" not in told and "infection-prevention" not in told


@pytest.mark.parametrize(
    ("role", "trade"),
    [("Fireplace Installer", "building"),
     ("Fire Sprinkler Fitter", "building"),
     ("Fire Apparatus Mechanic", "workshop"),
     ("Fire Alarm Technician", "office"),
     ("Fire Safety Officer", "office"),
     ("Fire Door Inspector", "office"),
     ("Pizza Chef (Wood Fire)", "food"),
     ("Paramedic", "ambulance")],
)  # fmt: skip
def test_a_fire_that_is_no_fire_service_keeps_its_trade(role, trade):
    assert wizard.trade_for(role).key == trade


# --- "care", "aide", "health", "nurse(ry)" in roles of other trades -----------------------


@pytest.mark.parametrize(
    ("role", "company"),
    [("Customer Care Agent", "Jua Power Solar Ltd"),
     ("Customer Care Advisor", ""),
     ("Customer Care Team Leader", "Brightwater Nursing Home"),
     ("Lawn Care Technician", ""),
     ("Pet Care Assistant", ""),
     ("Car Care Valeter", ""),
     ("Skin Care Consultant", ""),
     ("Legislative Aide", ""),
     ("Health and Safety Officer", ""),
     ("Environmental Health Officer", "")],
)  # fmt: skip
def test_an_office_or_service_role_is_shown_no_ward(role, company):
    said = shown(role, company)
    assert not any(word in said for word in WARD)
    assert wizard.trade_for(role, company).key == "office"


@pytest.mark.parametrize(
    ("role", "company"),
    [("Teacher Aide (Year 3 and 4)", "Kowhai Primary School"),
     ("Teacher's Aide", ""),
     ("Special Needs Teacher Aide", ""),
     ("Classroom Aide", ""),
     ("Teaching Assistant", ""),
     ("Classroom Assistant", ""),
     ("Nursery Nurse", "Little Acorns Day Nursery"),
     ("Child Care Worker", ""),
     ("Day Care Teacher", "")],
)  # fmt: skip
def test_a_classroom_role_is_shown_the_classrooms_examples(role, company):
    said = shown(role, company)
    assert wizard.trade_for(role, company).key == "care"
    assert "parents" in said
    assert not any(word in said for word in WARD)


@pytest.mark.parametrize("role", ["Plant Nursery Assistant", "Tree Nursery Worker"])
def test_a_plant_nursery_is_no_childrens_nursery(role):
    said = shown(role)
    assert not any(word in said for word in CHILDCARE)
    assert wizard.trade_for(role).key == "office"


@pytest.mark.parametrize(
    ("role", "company", "trade"),
    [("Care Assistant", "", "health"),
     ("Registered Nurse", "", "health"),
     ("Healthcare Assistant", "Ardmore Nursing Home", "health"),
     ("Senior Care Assistant (nights)", "Meadowbank Care Home", "health"),
     ("Aged Care Worker", "", "health"),
     ("Home Care Aide", "", "health"),
     ("Home Health Aide", "BrightPath Home Care", "health"),
     ("Personal Care Aide", "", "health"),
     ("Nursing Aide", "", "health"),
     ("Aide", "", "health"),
     ("Critical Care Nurse", "", "health"),
     ("Patient Care Technician", "", "health"),
     ("Health Care Assistant", "", "health"),
     ("Nursery Practitioner", "", "care"),
     ("Preschool Teacher", "", "care"),
     ("Dental Nurse", "", "clinic"),
     ("Primary Care Paramedic", "", "ambulance"),
     ("Hair Care Specialist", "", "salon")],
)  # fmt: skip
def test_care_and_nursing_roles_keep_their_trade(role, company, trade):
    assert wizard.trade_for(role, company).key == trade


def test_a_care_assistant_still_sees_the_wards_examples():
    said = shown("Care Assistant", "Bluebell Home Care")
    assert "line audits" in said
