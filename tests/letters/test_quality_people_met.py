"""The people met (issue 19): "I'd", "I've" and "I'll" after "said" are the writer, not a
stranger named in the letter, and the fix names each person met once."""

import pytest

from tests.letters.test_quality import MOMENT, check, letter

PANEL = ["Ledgerly", "Backend Engineer", "Tom Becker", "Maria Gonzalez"]


@pytest.mark.parametrize(
    "moment",
    [
        "You mentioned your PhD on moon jelly polyps and I said I'd raised them in my lab.",
        "You asked about night lambing and I told you I've done three seasons of it.",
        "When you showed me the kiln I mentioned I'll need a day to learn its controls.",
    ],
)
def test_the_writer_contracted_is_no_stranger(moment):
    report = check(body=letter(moment=f"{moment} {MOMENT}"), known_names=PANEL)
    assert "wrong_person" not in [f.code for f in report.findings]


def test_a_stranger_is_still_named_and_each_person_met_listed_once():
    body = letter(moment=f"{MOMENT} I enjoyed meeting you and Sarah.")
    report = check(body=body, known_names=PANEL)
    (found,) = [f for f in report.findings if f.code == "wrong_person"]
    assert "Sarah" in found.message
    assert found.fix.count("Maria Gonzalez") == 1
    assert "Tom Becker" in found.fix
