"""A fit note that starts "used to" (draft_grades20 V13: "Used to late shifts and dealing
calmly with difficult passengers"): what the person is used to, said with "I am used to",
not "I used to late shifts" (a past habit, which it is only before a verb: "used to drive
buses" -> "I used to drive buses")."""

import pytest

from tests.letters.letter_helpers import said


@pytest.mark.parametrize(
    ("typed", "letter"),
    [
        (
            "Used to late shifts and dealing calmly with difficult passengers",
            "I am used to late shifts and dealing calmly with difficult passengers.",
        ),
        ("used to heavy lifting and early starts", "I am used to heavy lifting and early starts."),
        ("used to working nights on my own", "I am used to working nights on my own."),
        ("used to drive buses in Leeds for First", "I used to drive buses in Leeds for First."),
    ],
)
def test_used_to_note_says_what_the_person_is_used_to(typed, letter):
    assert said("fit", typed) == letter
