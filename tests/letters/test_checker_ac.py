"""A job title in the wizard's own thanks line is never a hollow claim (set AC: AC20).

"Thank you for meeting me on Tuesday about the revenue analyst job at Seagrape Cove
Resort." was quoted as a ``hollow_claim`` (15 points, the score held at 80) because
"revenue" is a word that promises a benefit. Nothing told the user what to fix, and
there was nothing to fix: it is the name of the job. The same held for every title
with a claim word in it ("Growth Marketing Manager", "Profit Recovery Auditor",
"Cost Reduction Analyst"). A real promise with nothing behind it ("I will increase your
revenue by 300%", "10x growth guaranteed", "Your revenue would go up") is still one,
in those same letters.

The AC20 answers are the simulated user's; the other letters are invented for these
tests.
"""

import pytest

from letters.quality import check_letter
from tests.letters.letter_helpers import letter_draft_json

pytestmark = pytest.mark.django_db

AC20 = {
    "recipient": "Mr. Andrew Chin",
    "sender": "Shanice Campbell",
    "company": "Seagrape Cove Resort",
    "role": "Revenue Analyst",
    "decision_maker": True,
    "interview_date": "2026-04-28",
    "discussed": (
        "Their 180-room all-inclusive resort in Montego Bay, OTA versus direct bookings, the "
        "summer low season, group rates, Opera PMS and IDeaS, and my three years in "
        "reservations and two as revenue assistant at a hotel in Ocho Rios."
    ),
    "problem": (
        "Too much of their business comes through OTAs like Expedia and Booking.com at 18 to "
        "20% commission, and summer occupancy drops to about 60%."
    ),
    "answers": {
        "connection": (
            "You told me you started as a bellman at Half Moon in 1989 when my mother was in "
            "housekeeping there. We thought you and my mother might have met."
        ),
        "fit": [
            "I have 2 years as a revenue assistant at a 220-room hotel in Ocho Rios, doing "
            "pick up reports and rate loading",
            "I have 3 years in reservations before that so I know the guest side and the OTA "
            "extranets well",
            "I helped grow direct booking share from 22% to 31% with a book direct campaign",
        ],
        "value_problem": (
            "You mentioned that too much of the bookings come thru the OTAs and the "
            "commissions are high, and summer occupancy drops to 60%"
        ),
        "value_idea": (
            "I would push book direct offers on the website like free airport transfers. I "
            "would keep rate parity tight so the OTAs are never cheaper. I would also build "
            "summer packages for the local and diaspora market"
        ),
        "value_gain": "That would mean lower comission costs and better summer occupancy",
        "value_gain_detail": (
            "At my current hotel we saved around US$140,000 in commissions in 18 months"
        ),
        "question": (
            "Are you planning to keep IDeaS or are you looking at a different revenue system?"
        ),
        "closing": "",
    },
}


def answers_for(role, company, recipient, answers):
    return {
        "recipient": recipient,
        "sender": "Dana Ofori",
        "company": company,
        "role": role,
        "decision_maker": True,
        "interview_date": "2026-05-05",
        "discussed": "",
        "problem": "",
        "answers": {"value_gain_detail": "", "closing": ""} | answers,
    }


OTHER_ROLES = [
    answers_for(
        "Growth Marketing Manager",
        "Brightline Bikes",
        "Ms. Clara Holt",
        {
            "connection": "You showed me the repair bays behind the Leeds shop.",
            "fit": ["I ran the spring email list for a 4-store cycle chain for 3 years."],
            "value_problem": "You mentioned that half the service bookings are no-shows.",
            "value_idea": "I would send a text reminder 24 hours before each booking.",
            "value_gain": "That would mean fewer empty slots in the repair bays.",
            "question": "Who books the service slots at the moment?",
        },
    ),
    answers_for(
        "Sales Performance Analyst",
        "Harlow Tiles",
        "Mr. Peter Voss",
        {
            "connection": "You told me the Bristol depot still keeps its orders on paper.",
            "fit": ["I built the weekly rep dashboard for 35 reps at a flooring wholesaler."],
            "value_problem": "You mentioned that the reps wait a week for their figures.",
            "value_idea": "I would load the depot orders into the dashboard every night.",
            "value_gain": "That would mean the reps see their orders the next morning.",
            "question": "Which depot would you want on the dashboard first?",
        },
    ),
    answers_for(
        "Profit Recovery Auditor",
        "Kestrel Foodstores",
        "Ms. Joan Ashby",
        {
            "connection": "You showed me the supplier claims folder from 2023.",
            "fit": ["I found 212 duplicate supplier payments in 2 years at a grocery chain."],
            "value_problem": "You mentioned that nobody checks the rebate deals after they end.",
            "value_idea": "I would match each rebate deal to the invoices every quarter.",
            "value_gain": "That would mean the unpaid rebates are claimed before they lapse.",
            "question": "How many suppliers have a rebate deal with you now?",
        },
    ),
    answers_for(
        "Cost Reduction Analyst",
        "Ardmore Packaging",
        "Mr. Liam Doyle",
        {
            "connection": "You showed me the scrap bins beside line 3.",
            "fit": ["I tracked board waste on 6 corrugator lines at a box plant for 4 years."],
            "value_problem": "You mentioned that nobody knows which orders make the most scrap.",
            "value_idea": "I would log the scrap weight for each order at the end of the shift.",
            "value_gain": "That would show which orders need a change of board size.",
            "question": "Is the scrap weighed anywhere on the line today?",
        },
    ),
]


def hollow_quotes(report: dict) -> str:
    return " ".join(f["message"] for f in report["findings"] if f["code"] == "hollow_claim")


def thanks_line(report: dict) -> str:
    return report["body"].split("\n\n")[1]


def test_ac20_revenue_analyst_thanks_line_is_not_a_hollow_claim(tmp_path):
    report = letter_draft_json(AC20, tmp_path)

    assert "revenue analyst job at Seagrape Cove Resort" in thanks_line(report)
    assert [f["code"] for f in report["findings"]] == ["long"]
    assert report["score"] == 95


@pytest.mark.parametrize("data", OTHER_ROLES, ids=lambda d: d["role"])
def test_a_role_with_a_claim_word_in_the_thanks_line_is_not_a_hollow_claim(data, tmp_path):
    report = letter_draft_json(data, tmp_path)

    assert data["role"].lower() in thanks_line(report)
    assert "hollow_claim" not in [f["code"] for f in report["findings"]]


# --- the checker on its own: any letter, with or without the role known ---------------

THANKS_LINES = [
    ("Revenue Analyst", "Thank you for meeting me on Tuesday about the revenue analyst job."),
    ("Growth Marketing Manager", "Thanks for seeing me about the Growth Marketing Manager role."),
    (
        "Sales Performance Analyst",
        "Thank you for talking with me about the sales performance analyst position.",
    ),
    (
        "Profit Recovery Auditor",
        "Thank you for meeting with me about the profit recovery auditor job.",
    ),
    (
        "Cost Reduction Analyst",
        "It was good to speak with you about the cost reduction analyst role.",
    ),
    ("Head of Growth", "Thank you for meeting me on Tuesday about the head of growth job."),
    (
        "Value Stream Manager",
        "Thanks for meeting me and talking me through the value stream manager role.",
    ),
]

LETTER = """Dear Ms. Holt,

{thanks}

You showed me the supplier claims folder from 2023, with 40 rebate deals nobody had checked.
I found 212 duplicate supplier payments in 2 years at Kestrel Foodstores.
{extra}
Could I match your rebate deals to the invoices for one quarter and bring you the list?

Best regards,
Dana Ofori"""


def check(thanks, *, role, extra=""):
    body = LETTER.format(thanks=thanks, extra=extra)
    return check_letter(
        subject="Following up on our conversation",
        body=body,
        recipient_name="Ms. Clara Holt",
        company="Ardmore Packaging",
        role=role,
        sender="Dana Ofori",
    )


def hollow(report) -> str:
    return " ".join(f.message for f in report.findings if f.code == "hollow_claim")


@pytest.mark.parametrize(("role", "thanks"), THANKS_LINES)
@pytest.mark.parametrize("known", [True, False], ids=["role known", "role unknown"])
def test_a_job_title_in_a_thanks_line_is_never_a_hollow_claim(role, thanks, known):
    report = check(thanks, role=role if known else "")

    assert hollow(report) == ""


@pytest.mark.parametrize(
    ("role", "claim"),
    [
        ("Revenue Analyst", "I will increase your revenue by 300%."),
        ("Growth Marketing Manager", "10x growth guaranteed."),
        ("Revenue Analyst", "Your revenue would go up."),
        ("Profit Recovery Auditor", "As your auditor I would boost profit and cut costs."),
        ("Sales Performance Analyst", "I can maximise your sales and boost efficiency."),
        ("Revenue Analyst", "As your revenue analyst I would maximise revenue."),
        ("Cost Reduction Analyst", "Better pricing would strengthen your cost position."),
    ],
)
def test_a_real_hollow_claim_is_still_found_in_a_letter_for_such_a_role(role, claim):
    thanks = f"Thank you for meeting me on Tuesday about the {role.lower()} job."
    report = check(thanks, role=role, extra=claim + "\n")

    assert f"“{claim[:20]}" in hollow(report)
    assert "Thank you" not in hollow(report)
