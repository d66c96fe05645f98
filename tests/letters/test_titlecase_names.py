"""Names in answers typed In Title Case (draft_grades19, T03, T13): the wizard puts such an
answer in sentence case and asks the user to put back the capitals of names, quoting a
guess. Simulated users were pointed at ordinary words ("no safety incidents", "the
attic", "arrears", "urgent repairs") while real names ("valley mechanical", "crown" in
"Christmas day shifts at crown") were lowered without a word. Now what is certain keeps
its capitals without asking (the company and the people of the interview, holidays,
brands, days, acronyms, towns), the guess is a run of words after "at", "for", "joined"
… that ends where a name ends, and with no good guess the notice asks without one."""

import pytest

from letters.fragments import Facts, check_answer
from tests.letters.letter_helpers import letter_draft_json

FACTS = Facts(
    names=("Ms Karen O'Brien", "Tom Papadopoulos"),
    recipient="Ms Karen O'Brien",
    company="Bayside Property Group, Melbourne",
    role="Property Manager",
)
ASK = "put back the capitals of any name in it"


def _check(typed, key="fit"):
    return check_answer(key, typed, facts=FACTS)


def _hint(check):
    message = check.message
    return message[message.index("You typed every word") :] if "You typed every" in message else ""


@pytest.mark.parametrize(
    ("key", "typed", "guess"),
    [("fit", "I Worked At Valley Mechanical For 6 Years", "valley mechanical"),
     ("fit", "Cut My Callback Rate To Under 4% At Valley Mechanical Over Two Summers",
      "valley mechanical"),
     ("connection", "We Both Laughed About Working Christmas Day Shifts At Crown.", "crown"),
     ("fit", "I Have Worked For Acme Plumbing Since 2019 As A Lead Tech", "acme plumbing"),
     ("fit", "I Joined Harbour Freight In 2019 And Ran The Yard Crew", "harbour freight"),
     ("connection", "We Both Went To Hygiene School At Lone Star College", "lone star college"),
     ("fit", "I Set Up Self Service Password Reset In Office 365 At My Last Job", "office 365"),
     ("fit", "I Processed About 500 Invoices A Week In Sage 300.", "sage 300"),
     ("connection", "We Are Both Registered With The Dental Council, And Trained Together",
      "dental council")],
)  # fmt: skip
def test_a_run_where_a_name_goes_is_the_guess(key, typed, guess):
    assert f"{ASK} (“{guess}”?)" in _hint(_check(typed, key))


@pytest.mark.parametrize(
    ("key", "typed", "word"),
    [("fit", "Ran The Night Crew For Two Years With No Safety Incidents", "no safety"),
     ("fit", "Managed A Rent Roll Of 210 Properties In Frankston With Arrears Under 1%",
      "arrears"),
     ("fit", "Set Up A Preferred Trades List With 24 Hour Response For Urgent Repairs",
      "urgent repairs"),
     ("connection", "You Told Me About The Dog That Locked You In The Attic", "attic"),
     ("fit", "I Ran Emergency Service Calls At Night For Five Years", "night"),
     ("fit", "I Worked From Home For Two Years Doing Dispatch", "home"),
     ("fit", "I Taught Maths To A Class In Year 10 For Two Years", "year 10"),
     ("connection", "We Both Trained At The Same Academy In Leeds Years Ago", "academy")],
)  # fmt: skip
def test_ordinary_words_are_no_guess(key, typed, word):
    hint = _hint(_check(typed, key))
    assert word not in hint
    assert "(“" not in hint


@pytest.mark.parametrize(
    "typed",
    ["I Waited Tables At The Old Harbor Grill For Two Summers",
     "We Both Worked Under Chef Marcus At The Grand."],
)  # fmt: skip
def test_where_a_name_may_go_the_user_is_asked_without_a_guess(typed):
    assert _hint(_check(typed)).startswith(
        f"You typed every word with a capital, so the wizard wrote it in sentence case: {ASK}."
    )


@pytest.mark.parametrize(
    "typed",
    ["I Ran Emergency Service Calls At Night For Five Years",
     "I Have Five Years Behind A High Volume Bar",
     "Ran The Night Crew For Two Years With No Safety Incidents",
     "You Told Me About The Dog That Locked You In The Attic",
     "I Ran Nurse Clinics For Puppies At My Last Practice",
     "We Both Grew Up In Braintree And Went To The Same School"],
)  # fmt: skip
def test_with_no_place_for_a_name_nothing_is_asked(typed):
    assert _hint(_check(typed)) == ""


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("I Would Love To Bring My Skills To Bayside Property Group Next Year",
      "Bayside Property Group"),
     ("We Both Worked Christmas Day Shifts At The Same Hotel", "Christmas Day shifts"),
     ("I Cover Boxing Day And New Year's Eve Every Year", "Boxing Day and New Year's Eve"),
     ("I Posted Our Specials On Instagram Every Friday In March",
      "on Instagram every Friday in March"),
     ("I Hold My EPA 608 And NATE Certification Since 2019", "EPA 608 and NATE"),
     ("I Managed A Rent Roll Of 200 In Frankston For Six Years", "in Frankston")],
)  # fmt: skip
def test_certain_names_keep_their_capitals_without_asking(typed, kept):
    check = _check(typed)
    assert kept in " ".join(check.sentences)
    assert "(“" not in _hint(check)  # nothing asked about by name


def test_graded_title_case_letter(tmp_path):
    data = {
        "recipient": "Ms Karen O'Brien",
        "sender": "Tom Papadopoulos",
        "company": "Bayside Property Group, Melbourne",
        "role": "Property Manager",
        "decision_maker": True,
        "discussed": "Rent roll of 180 properties, routine inspections, landlord retention",
        "problem": "Losing landlords to cheaper agencies",
        "answers": {
            "connection": "We Both Started Out In Hospitality And Laughed About Working "
            "Christmas Day Shifts At Crown.",
            "fit": [
                "Managed A Rent Roll Of 210 Properties In Frankston With Arrears Under 1%",
                "Set Up A Preferred Trades List With 24 Hour Response For Urgent Repairs",
            ],
            "value_problem": "",
            "value_idea": "",
            "value_gain": "",
            "question": "",
            "closing": "",
        },
    }
    result = letter_draft_json(data, tmp_path)
    assert "working Christmas Day shifts at crown." in result["body"]
    notices = " ".join(n["message"] for n in result["notices"])
    assert "(“crown”?)" in notices
    assert "“arrears”" not in notices
    assert "“urgent repairs”" not in notices
