"""Examples and closings from the person's own trade (graded set AB): an ambulance driver
was shown a nurse's ward in every notice ("At my last ward I …", "aides before nursing
school", "line audit with the charge nurse"), a medical secretary "I was our unit's
infection-prevention lead", and a farm assistant at a dairy the general stock's
examples instead of the dairy's."""

import json
from pathlib import Path

import pytest

from letters.management.commands.letter_draft import draft_from
from letters.trades import example_for, trade_for, workplace
from tests.letters.letter_helpers import wizard_draft

GRADED = Path(__file__).parent / "blind" / "draft_grades26" / "answers"
STEPS = ("connection", "fit", "value_problem", "value_idea", "value_gain",
         "value_gain_detail", "question", "closing")  # fmt: skip
NURSING = ("ward", "nurs", "line audit", "line infection", "infection-prevention", "aides")
CLINICAL = ("infection", "nurse", "line audit", "ward", "patients wait", "chart")


def said(role, company=""):
    """Every example and closing the wizard has for the role, in lower case."""
    key = trade_for(role, company).key
    return " ".join(example_for(step, key) for step in STEPS).lower() + " " + workplace(key)


def notices_of(path):
    draft, _ = draft_from(json.loads(path.read_text(encoding="utf-8")))
    return " ".join(n.message + (n.fix or "") for n in draft.notices)


# --- 1. ambulance crews ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "company"),
    [("Ambulance Driver", "Kumasi Rapid Response Ambulance Ltd"),
     ("Paramedic", ""),
     ("EMT - Basic", ""),
     ("Emergency Medical Technician", ""),
     ("Patient Transport Driver", "Hillside Hospital Trust"),
     ("Ambulance Technician", ""),
     ("Primary Care Paramedic", "Halton Region Paramedic Services"),
     ("Firefighter/Paramedic", "Riverside Fire & EMS")],
)  # fmt: skip
def test_an_ambulance_crew_gets_examples_of_its_own_work(role, company):
    assert trade_for(role, company).key == "ambulance"
    examples = said(role, company)
    for word in NURSING:
        assert word not in examples, (role, word)
    assert "vehicle" in examples and "hospital" in examples and "station" in examples


def test_the_ambulance_drivers_notices_speak_of_no_ward():
    message = notices_of(GRADED / "AB15_ambulance_driver_sparse.json")
    assert "At my last station I …" in message
    for word in ("At my last ward", "nursing school", "charge nurse", "line audits"):
        assert word not in message


@pytest.mark.parametrize(
    ("role", "trade"),
    [("Nurse", "health"),
     ("Staff Nurse (Ward 7)", "health"),
     ("Care Assistant", "health"),
     ("Healthcare Assistant (Band 3)", "health"),
     ("Emergency Department Nurse", "health"),
     ("Ambulance Mechanic", "workshop"),
     ("Emergency Call Taker", "office"),
     ("Truck Driver", "driving"),
     ("Delivery Driver", "driving"),
     ("Bus and Coach Technician", "driving")],
)  # fmt: skip
def test_nurses_carers_mechanics_and_drivers_keep_their_trade(role, trade):
    assert trade_for(role).key == trade


def test_a_nurse_still_gets_the_wards_examples():
    assert "line audit" in said("Staff Nurse (Ward 7)")
    assert workplace(trade_for("Nurse").key) == "ward"


# --- 2. secretaries and admin staff in a clinic, a school, a law firm ----------------------


@pytest.mark.parametrize(
    ("role", "company"),
    [("Medical Secretary", "Lee Valley Medical Practice, Ballincollig"),
     ("Medical Receptionist", "Parkside Medical Centre, Cardiff"),
     ("School Secretary", "St Anne's Primary School"),
     ("Legal Secretary (Conveyancing)", "Ashworth & Pike Solicitors"),
     ("Medical Records Clerk", ""),
     ("Ward Clerk – Medical Assessment Unit", "St. Brigid's Regional Hospital"),
     ("Medical Administrator", ""),
     ("School Receptionist", "")],
)  # fmt: skip
def test_a_secretary_or_receptionist_gets_office_examples(role, company):
    assert trade_for(role, company).key == "admin"
    examples = said(role, company)
    for word in CLINICAL:
        assert word not in examples, (role, word)
    assert "letters" in examples and "phones" in examples


def test_the_medical_secretarys_notices_have_no_clinical_example():
    message = notices_of(GRADED / "AB20_medical_secretary_thirdperson.json")
    assert "infection-prevention" not in message
    assert "charge nurse" not in message


@pytest.mark.parametrize(
    ("role", "trade"),
    [("Dental Receptionist", "clinic"),
     ("Registered Veterinary Nurse", "clinic"),
     ("Medical Assistant", "health"),
     ("Teaching Assistant (Year 2)", "care"),
     ("Preschool Teacher (3s room)", "care"),
     ("Front Desk Receptionist", "office"),
     ("Accounts Payable Clerk", "office"),
     ("Ward Clerk", "office"),
     ("Grocery Clerk", "shop")],
)  # fmt: skip
def test_clinic_staff_teachers_and_other_clerks_keep_their_trade(role, trade):
    assert trade_for(role).key == trade


# --- 3. farm hands on a dairy, a cattle or a sheep farm --------------------------------------


@pytest.mark.parametrize(
    ("role", "company", "trade"),
    [("Farm Assistant (Dairy)", "Mitchell Dairies", "livestock"),
     ("farm assistant", "Te Kowhai Dairies", "livestock"),
     ("Farm Hand", "Henning Family Dairy", "livestock"),
     ("Dairy Farm Hand", "", "livestock"),
     ("Stockperson (Beef)", "", "livestock"),
     ("Station Hand (cattle)", "Warrego Downs Station", "livestock"),
     ("Farmhand", "", "farm"),
     ("Farmhand (Sheep)", "", "farm"),
     ("Stockperson (Sheep)", "", "farm"),
     ("Farm Assistant (Vineyard)", "", "crops"),
     ("Farm Hand", "Green Valley Orchards", "crops")],
)  # fmt: skip
def test_a_farm_hand_gets_the_examples_of_the_farm_he_works_on(role, company, trade):
    assert trade_for(role, company).key == trade


@pytest.mark.parametrize(
    ("role", "company", "trade"),
    [("Farm Hand", "", "farm"),
     ("farm assistant", "Totara Flats", "farm"),
     ("Farm Manager (Catfish Hatchery and Grow-out)", "Ogunleye Aqua Farms Ltd", "farm"),
     ("Poultry Farm Supervisor (Layers Unit)", "Kiambu Highlands Poultry Ltd", "farm"),
     ("Oyster Farm Technician", "Kilcolgan Bay Oysters Ltd", "farm"),
     ("Vineyard Supervisor", "Bergrivier Wine Estate", "crops"),
     ("2IC Dairy Farm Assistant", "Te Whata Farms Ltd", "livestock"),
     ("Line Cook (Grill Station)", "Juniper & Salt", "food"),
     ("Petrol Station Attendant", "", "office")],
)  # fmt: skip
def test_other_farms_and_stations_keep_their_trade(role, company, trade):
    assert trade_for(role, company).key == trade


def test_a_dairy_farm_assistant_is_shown_the_calf_shed_not_the_general_stock():
    result = wizard_draft({"fit": [], "closing": ""}, role="Farm Assistant (Dairy)",
                          company="Mitchell Dairies")  # fmt: skip
    message = " ".join(n.message for n in result.notices)
    assert "fed and checked the stock" not in message
    assert "herd" in message or "calf" in message


@pytest.mark.parametrize(
    ("role", "company", "trade"),
    [("Herdsman (Farm 2)", "", "livestock"),
     ("Poultry Farm Supervisor", "Riverside Dairy and Poultry", "farm"),
     ("Dairy Farm Hand (Farm Team)", "", "livestock")],
)  # fmt: skip
def test_a_bracket_or_company_saying_only_farm_changes_nothing(role, company, trade):
    assert trade_for(role, company).key == trade


def test_an_office_word_in_a_carers_brackets_leaves_the_carer_a_carer():
    assert trade_for("Healthcare Assistant (Ward Clerk Duties)").key == "health"
