"""Issue 19, round 15: faults the blind graders found in drafts from fresh answer sets."""

import pytest

from letters.quality.text import salutation
from tests.letters.letter_helpers import DM_ANSWERS, letter_draft_json

pytestmark = pytest.mark.django_db


def _set(recipient: str) -> dict:
    return {
        "recipient": recipient,
        "sender": "Sarah Kielty",
        "company": "Corrib Veterinary Hospital",
        "role": "Veterinary Nurse",
        "decision_maker": True,
        "discussed": "",
        "problem": "",
        "answers": DM_ANSWERS,
    }


@pytest.mark.parametrize(
    ("recipient", "greeting"),
    [
        ("Mr Conor Fahy MVB", "Dear Mr Fahy,"),
        ("Dr Ann Lee FRCS PhD", "Dear Dr. Lee,"),
        ("Ms Priya Nair, CPA", "Dear Ms Nair,"),
        # a surname that is also a degree's letters, typed as a name, is the name
        ("Mr Jack Ma", "Dear Mr Ma,"),
        ("Mr John SMITH", "Dear Mr SMITH,"),
    ],
)
def test_letters_after_the_readers_name_are_not_their_surname(recipient, greeting, tmp_path):
    body = letter_draft_json(_set(recipient), tmp_path)["body"]
    assert body.splitlines()[0] == greeting


def test_a_name_that_is_only_letters_keeps_them():
    assert salutation("Mr MVB") == "Mr MVB"
