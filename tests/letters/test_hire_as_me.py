"""A question that speaks of the person asking as the job's holder (draft_grades21 W20,
third person: "Would she want the BA to sit with the account team …?", role "Business
Analyst - Operations"): to the reader it asks about the writer, "Would you want me to sit
…?". Only "the" + the role's initials, its job noun or "new hire"/"new starter", after a
verb of wanting and before "to"; anyone else ("the apprentice", "the team") stays."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer


def _question(typed, role):
    facts = Facts(names=("Ms. Dizon",), recipient="Ms. Dizon", role=role)
    return " ".join(check_answer("question", typed, facts=facts).sentences)


@pytest.mark.parametrize(
    ("typed", "role", "asked"),
    [
        (
            "Would she want the BA to sit with the account team on night shift or mostly day "
            "shift?",
            "Business Analyst - Operations",
            "Would you want me to sit with the account team on night shift or mostly day shift?",
        ),
        (
            "Would you want the new technician to start on days?",
            "Dialysis Technician",
            "Would you want me to start on days?",
        ),
        (
            "Do you need the new hire to have a forklift ticket?",
            "Warehouse Operative",
            "Do you need me to have a forklift ticket?",
        ),
    ],
)
def test_the_hire_is_the_writer(typed, role, asked):
    assert _question(typed, role) == asked


@pytest.mark.parametrize(
    ("typed", "role"),
    [
        ("Would you want the apprentice to shadow me on callouts?", "Electrician"),
        ("Do you need the team to cover weekends?", "Shift Supervisor"),
    ],
)
def test_someone_else_stays(typed, role):
    assert _question(typed, role) == typed
