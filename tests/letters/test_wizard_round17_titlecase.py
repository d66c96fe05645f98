"""Wizard round 17: names lost to sentence case in Title Case typing.

An answer typed In Title Case Every Word is put in sentence case, and names went with
it. A town's name keeps its capital where the words tell it is one: a town that is no
English word ("Ballincollig"), a two-word town ("Palmerston North"), and a town that is a
word too after "at the", "in" and before the kind of place ("at the Cork plant"); where
they do not ("in reading for six years"), the hint asks about the town first. A title's
words before its letters in brackets ("Registered Piano Technician (PTG)") and words the
user typed with the same capitals in a field that is not Title Case ("Core Payroll")
keep them, and the notice says so. A count ("six years") is never asked about as a name.
"""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer
from tests.letters.letter_helpers import letter_draft_json

FACTS = Facts(
    names=("Ms Dana Reid", "Sam Lee"),
    recipient="Ms Dana Reid",
    company="Acme Foods",
    role="Shift Supervisor",
)


def _check(typed, key="fit", facts=FACTS):
    return check_answer(key, typed, facts=facts)


@pytest.mark.parametrize(
    ("typed", "said"),
    [("I Ran The Night Shift At The Cork Plant For Five Years",
      "I ran the night shift at the Cork plant for five years."),
     ("We Both Worked At The Cork Plant Before", "We both worked at the Cork plant before."),
     ("I Ran The Team In The Reading Office For Two Years",
      "I ran the team in the Reading office for two years."),
     ("I Drove Buses In Palmerston North For Five Years",
      "I drove buses in Palmerston North for five years."),
     ("I Worked At The Ballincollig Plant For Five Years",
      "I worked at the Ballincollig Plant for five years.")],
)  # fmt: skip
def test_a_town_keeps_its_capital_where_the_words_tell(typed, said):
    assert _check(typed).sentences == (said,)


@pytest.mark.parametrize(
    ("typed", "said"),
    [("I Updated The Mobile Site Every Week", "I updated the mobile site every week."),
     ("I Ran The Cork Plant Tours For Kids", "I ran the cork plant tours for kids.")],
)  # fmt: skip
def test_a_word_that_names_a_town_elsewhere_is_lowered(typed, said):
    assert _check(typed).sentences == (said,)


def test_a_town_that_is_a_word_too_is_asked_about_first():
    check = _check("I Managed The Depot In Reading For Six Years")
    assert check.sentences == ("I managed the depot in reading for six years.",)
    assert "put back the capitals of any name in it (“reading”?)" in check.message
    assert "six years" not in check.message.split("sentence case")[-1]


@pytest.mark.parametrize(
    ("typed", "title"),
    [("I Am A Registered Piano Technician (PTG) With Ten Years Experience",
      "Registered Piano Technician"),
     ("I Hold Advanced Cardiac Life Support (ACLS) And BLS", "Advanced Cardiac Life Support")],
)  # fmt: skip
def test_a_title_before_its_letters_in_brackets_keeps_its_capitals(typed, title):
    check = _check(typed)
    assert f"{title} (" in check.sentences[0]
    assert check.sentences[0].startswith("I ")
    assert f"The capitals of “{title}” are kept" in check.message


def test_a_verb_after_i_is_no_part_of_a_bracketed_title():
    check = _check("I Hold Registered Piano Technician (PTG) Status")
    assert check.sentences[0].startswith("I hold Registered Piano Technician (PTG)")


def test_a_name_typed_with_capitals_elsewhere_keeps_them(tmp_path):
    data = {
        "recipient": "Ms Dana Reid",
        "sender": "Sam Lee",
        "company": "Brightline Accounting",
        "role": "Payroll Administrator",
        "discussed": "moving the payroll team onto Core Payroll next year",
        "problem": "",
        "answers": {
            "connection": "You mentioned the move to Core Payroll is behind schedule.",
            "fit": ["I Rolled Out Core Payroll To Three Sites Last Year"],
            "value_problem": "",
            "value_idea": "",
            "value_gain": "",
            "question": "",
            "closing": "",
        },
    }
    result = letter_draft_json(data, tmp_path)
    assert "I rolled out Core Payroll to three sites last year." in result["body"]


def test_without_another_field_the_run_is_lowered_as_before():
    check = _check("I Rolled Out Core Payroll To Three Sites")
    assert check.sentences == ("I rolled out core payroll to three sites.",)


def test_the_field_with_the_name_must_not_be_title_case_itself():
    facts = Facts(
        names=FACTS.names,
        recipient=FACTS.recipient,
        company="Acme Foods",
        typed=("Marine Basic First Aid And Forklift",),
    )
    check = _check("I Hold Marine Basic First Aid And A Forklift Licence", facts=facts)
    assert check.sentences == ("I hold marine basic first aid and a forklift licence.",)


def test_notices_name_the_kept_title(tmp_path):
    data = {
        "recipient": "Ms Dana Reid",
        "sender": "Sam Lee",
        "company": "Harbor Pianos",
        "role": "Piano Technician",
        "answers": {
            "fit": ["I Am A Registered Piano Technician (PTG) With Ten Years Experience"],
        },
    }
    result = letter_draft_json(data, tmp_path)
    assert "Registered Piano Technician (PTG)" in result["body"]
    said = " ".join(n["message"] for n in result["notices"] if n["answer"] == "fit")
    assert "“Registered Piano Technician”" in said
