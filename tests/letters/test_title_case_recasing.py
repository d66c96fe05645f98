"""Title Case re-casing (draft_grades21, W03 and W14): an answer typed With Every Word
Capitalised is put in sentence case. Graders found new errors in it: names lowered
("Harlow creek", "simplex" for the Simplex fire alarm panels) and capitals left on
ordinary words ("Lab techs", "Nitrification", "Check DO", "Exceedances", "a Condo
tower", "the wastewater treatment plant operator II job").

A capital the keyboard gave every word is dropped unless the words show a name: a
word no dictionary knows that is no clipped or derived everyday word ("Harlow"), the
kind of place after a kept name ("Harlow Creek"), a word paired by "and" with a name
before one noun ("Simplex and Edwards panels"), a word typed with its capital mid
sentence in a field that is not Title Case, and the names on record. A numbered job
title ("Operator II") keeps its capitals."""

from pathlib import Path

import pytest

from letters.fragments import Facts, check_answer
from tests.letters.letter_helpers import letter_draft_file, letter_draft_json

BLIND = Path(__file__).parent / "blind" / "draft_grades21"

FACTS = Facts(
    names=("Ms Dana Reid", "Sam Lee"),
    recipient="Ms Dana Reid",
    company="Acme Foods",
    role="Shift Supervisor",
)


def _said(typed, key="fit", facts=FACTS):
    return " ".join(check_answer(key, typed, facts=facts).sentences)


@pytest.mark.parametrize(
    "name",
    ["W03_wastewater_treatment_operator_titlecase.json",
     "users/W03_wastewater_treatment_operator_titlecase.answers.json"],
)  # fmt: skip
def test_wastewater_draft_has_no_new_errors(name):
    folder = BLIND if name.startswith("users") else BLIND / "answers"
    body = letter_draft_file(folder / name)["body"]
    assert "started out as lab techs" in body
    assert "when nitrification slows down" in body
    assert "check DO setpoints every shift" in body
    assert "weekly with the lab." in body
    assert "At Harlow Creek we had zero ammonia exceedances" in body
    assert "the Wastewater Treatment Plant Operator II job" in body


@pytest.mark.parametrize(
    "name",
    ["answers/W14_fire_alarm_technician_titlecase.json",
     "users/W14_fire_alarm_technician_titlecase.answers.json"],
)  # fmt: skip
def test_fire_alarm_draft_keeps_the_brand_and_lowers_the_condo(name):
    result = letter_draft_file(BLIND / name)
    body = result["body"]
    assert "I did a condo tower right across the canal" in body
    assert "“condo”" not in " ".join(n["message"] for n in result["notices"])
    assert "at the Chateau Laurier" in body
    if name.startswith("users"):
        assert "5 years on Simplex and Edwards panels" in body


@pytest.mark.parametrize(
    ("typed", "said"),
    [("Our Lab Turnaround Dropped To Two Hours Once We Batched Samples",
      "Our lab turnaround dropped to two hours once we batched samples."),
     ("I Rewired A Condo Block In Two Weeks", "I rewired a condo block in two weeks."),
     ("I Cut Permit Exceedances To Zero In Two Years",
      "I cut permit exceedances to zero in two years."),
     ("I Ran Denitrification Trials On The Night Shift",
      "I ran denitrification trials on the night shift."),
     ("I Ran The Boilers, Check PH Twice A Shift And Logged It",
      "I ran the boilers, check PH twice a shift and logged it.")],
)  # fmt: skip
def test_everyday_words_lose_the_keyboards_capital(typed, said):
    assert _said(typed) == said


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("I Fixed Mains Breaks Around Harlow Creek For Six Years", "Harlow Creek"),
     ("I Drove The Milk Run Out Past Wairoa River Every Morning", "Wairoa River"),
     ("I Serviced Simplex And Edwards Panels For Five Years", "Simplex and Edwards panels"),
     ("I Installed Edwards And Simplex Panels In Two Hospitals", "Edwards and Simplex panels"),
     ("I Set Up The Opera PMS At Two Hotels", "Opera PMS"),
     ("I Worked For Dana Reid At Acme Foods For Two Years", "Dana Reid at Acme Foods")],
)  # fmt: skip
def test_names_keep_their_capitals(typed, kept):
    assert kept in _said(typed)


@pytest.mark.parametrize(
    ("typed", "said"),
    [("I Tiled Bathrooms And Kitchen Floors For Six Years",
      "I tiled bathrooms and kitchen floors for six years."),
     ("I Used Pneumatic And Hilti Tools Daily", "I used pneumatic and Hilti tools daily."),
     ("I Walked The Creek Every Morning", "I walked the creek every morning."),
     ("I Know The Lab Well", "I know the lab well.")],
)  # fmt: skip
def test_ordinary_words_near_names_are_still_lowered(typed, said):
    assert _said(typed) == said


def test_a_word_of_the_companys_name_alone_is_no_name():
    facts = Facts(names=FACTS.names, recipient=FACTS.recipient, company="Tasman Lab Services")
    assert _said("I Ran The Lab At Tasman Lab Services For Two Years", facts=facts) == (
        "I ran the lab at Tasman Lab Services for two years."
    )


def test_a_brand_typed_with_its_capital_elsewhere_keeps_it():
    facts = Facts(
        names=FACTS.names,
        recipient=FACTS.recipient,
        company="Northshield Fire",
        typed=("they are moving their sites over to Simplex next year",),
    )
    assert _said("I Know Simplex Panels Well", facts=facts) == "I know Simplex panels well."
    assert _said("I Know Simplex Panels Well") == "I know simplex panels well."


def test_a_word_capitalised_at_the_start_of_a_list_item_is_no_evidence():
    facts = Facts(
        names=FACTS.names,
        recipient=FACTS.recipient,
        company="Northshield Fire",
        typed=("Lab sampling, night shifts, SCADA alarms",),
    )
    assert _said("I Did The Lab Sampling On Nights", facts=facts) == (
        "I did the lab sampling on nights."
    )


@pytest.mark.parametrize(
    ("role", "said"),
    [("Wastewater Treatment Plant Operator II", "Wastewater Treatment Plant Operator II"),
     ("Aquarist II", "Aquarist II"),
     ("Lab Technician III", "Lab Technician III"),
     ("Fire Alarm Technician", "fire alarm technician")],
)  # fmt: skip
def test_a_numbered_job_title_keeps_its_capitals(role, said, tmp_path):
    data = {
        "recipient": "Ms Dana Reid",
        "sender": "Sam Lee",
        "company": "Acme Water",
        "role": role,
        "answers": {"fit": ["I have run a 4 MGD plant for six years."]},
    }
    result = letter_draft_json(data, tmp_path)
    assert f"about the {said} " in result["body"] or f"the {said} role" in result["body"]


def test_a_word_of_a_longer_name_elsewhere_is_no_evidence():
    facts = Facts(
        names=FACTS.names,
        recipient=FACTS.recipient,
        company="Kerrigan Foods",
        typed=("I hold the IPASS Diploma in Payroll Technology",),
    )
    assert _said("I Ran Weekly Payroll For 400 Staff", facts=facts) == (
        "I ran weekly payroll for 400 staff."
    )
