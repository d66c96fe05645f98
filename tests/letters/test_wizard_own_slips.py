"""Slips the wizard brought in itself, and sound sentences it dropped as notes (set X's
simulated users: X03, X18, X12, X01, X07, X17).

- "abt 1 hr a day": the count of 1 takes the singular when "hr" is spelled out
  ("about 1 hour a day"), never "1 hours".
- Title Case typing: a first name before a surname that is no dictionary word keeps its
  capital ("Bill Kowalczyk"), the same first name alone elsewhere keeps it too ("when
  Bill has time"), and a trading name with "&" after a name's words keeps its capitals
  ("Hollis Paint & Paper").
- "you'd keep the small jobs …" has a subject and a verb: a sentence, not a note.
- "fewer callbacks would come in" after a comma has a verb ("would come").

Every answer here is invented for these tests (not taken from the graded sets).
"""

import pytest

from letters.fragments import Facts, check_answer
from tests.letters.letter_helpers import checked_plain, letter_draft_json, said_plain

pytestmark = pytest.mark.django_db


# X03: "abt 1 hr a day" -> "about 1 hours a day"
@pytest.mark.parametrize(
    ("typed", "said", "not_said"),
    [
        ("That saves abt 1 hr a day per van.", "1 hour a day", "1 hours"),
        ("That would free up 1 hrs a week on the bench.", "1 hour a week", "1 hours"),
        ("That would free up 3 hrs a week on the bench.", "3 hours a week", "3 hour "),
    ],
)
def test_a_count_of_one_takes_the_singular_hour(typed, said, not_said):
    text = said_plain("value_gain_detail", typed)
    assert said in text
    assert not_said not in text


# X17: "fewer sales would fall through" has a verb
def test_a_part_after_a_comma_with_a_modal_and_verb_is_not_called_verbless():
    typed = (
        "Jobs would finish sooner, fewer customers would call back, and invoices would go "
        "out earlier."
    )
    check = checked_plain("value_gain", typed)
    assert "has no verb" not in check.message
    assert "Jobs would finish sooner" in " ".join(check.sentences)


def test_a_verbless_gain_after_a_comma_is_still_named():
    check = checked_plain("value_gain", "That frees up the vet's time, more revenue.")
    assert "after a comma has no verb" in check.message


# X01: "you'd keep the quick jobs and free up the main floor …"
@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "you'd get the small jobs back and free up the bench for big orders",
            "You'd get the small jobs back and free up the bench for big orders.",
        ),
        ("They'd have more time for the new orders.", "They'd have more time for the new orders."),
    ],
)
def test_a_gain_with_a_contracted_subject_is_a_sentence(typed, said):
    check = checked_plain("value_gain", typed)
    assert " ".join(check.sentences) == said
    assert "reads as a note" not in check.message


def test_a_gain_jotted_as_a_heading_is_still_a_note():
    check = checked_plain("value_gain", "Less waste, lower food cost")
    assert check.sentences == ()


# X18: Title Case re-casing lowers names
TITLE_FACTS = Facts(
    names=("Tara Quinn", "Lee Byrne"),
    company="Apex Staffing",
    recipient="Tara",
    typed=(
        "Do You Know If Bill Kowalczyk Wants Someone On The Night Shift?",
        "Thanks Tara, Let Me Know When Bill Has Time For A Chat",
    ),
)


def test_a_first_name_before_an_unknown_surname_keeps_its_capital():
    check = check_answer(
        "question",
        "Do You Know If Bill Kowalczyk Wants Someone On The Night Shift?",
        facts=TITLE_FACTS,
    )
    assert "Bill Kowalczyk" in " ".join(check.sentences)


def test_a_first_name_kept_elsewhere_keeps_its_capital():
    check = check_answer("closing", "Let Me Know When Bill Has Time For A Chat", facts=TITLE_FACTS)
    assert "when Bill has time" in " ".join(check.sentences)


def test_a_trading_name_with_an_ampersand_keeps_its_capitals():
    check = check_answer(
        "value_gain_detail",
        "At Hollis Paint & Paper We Cut Returns From 40 To 12 A Month",
        facts=TITLE_FACTS,
    )
    assert "At Hollis Paint & Paper we cut returns" in " ".join(check.sentences)


# X07: "asante sana for your time. I'd be glad to …": the thanks in the user's own
# language is the second thanks; the offered step after it stays in the letter.
KENNELS = {
    "recipient": "Ms. Ada Obi",
    "sender": "Lucie Martin",
    "company": "Brookside Kennels",
    "role": "Kennel Assistant",
    "decision_maker": True,
    "answers": {
        "connection": "Your collie Bramble followed us round the whole tour.",
        "fit": ["I have walked and fed 30 dogs a day at a rescue for 3 years."],
        "value_problem": "You mentioned the morning feeds run late on Mondays.",
        "value_idea": "I would prep the feed bowls the night before.",
        "value_gain": "That would mean the dogs are fed by eight.",
        "question": "How many weekends a month would I work?",
        "closing": "merci beaucoup for the tour. I'd be happy to come in for a trial shift.",
    },
}


def test_a_thanks_in_another_language_is_left_out_and_the_step_after_it_kept(tmp_path):
    result = letter_draft_json(KENNELS, tmp_path)
    assert "I'd be happy to come in for a trial shift." in result["body"]
    assert "erci beaucoup" not in result["body"]
    [closing] = [n["message"] for n in result["notices"] if n["answer"] == "closing"]
    assert "already thanks them" in closing
    assert "reads as a note" not in closing


# X18: a recruiter's firm is not where the job is: the role names the employer after its
# dash, and the thanks line says that one.
PAYROLL = KENNELS | {
    "recipient": "Nina Shah",
    "company": "Northgate Recruitment",
    "role": "Payroll Officer - Harbour View Medical Centre",
    "decision_maker": False,
}


def test_a_recruiters_thanks_line_names_the_employer_the_role_names(tmp_path):
    body = letter_draft_json(PAYROLL, tmp_path)["body"]
    first = body.split("\n\n")[1]
    assert "at Harbour View Medical Centre" in first
    assert "at Northgate Recruitment" not in first


def test_a_recruiters_firm_stays_when_the_role_names_no_employer(tmp_path):
    body = letter_draft_json(PAYROLL | {"role": "Payroll Officer"}, tmp_path)["body"]
    assert "at Northgate Recruitment" in body.split("\n\n")[1]


def test_a_project_and_place_after_the_dash_is_no_employer(tmp_path):
    # X04: "Pipefitter - Fall Turnaround, Lake Charles" names the job's project and town
    role = "Pipefitter - Fall Turnaround, Lake Charles"
    body = letter_draft_json(PAYROLL | {"role": role}, tmp_path)["body"]
    assert "at Fall Turnaround" not in body
    assert "at Northgate Recruitment" in body.split("\n\n")[1]
