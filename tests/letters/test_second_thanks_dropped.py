"""A second thanks in the closing, one rule (set W's simulated users, draft_grades21
log: r0 dropped it for W09/W11/W14/W17 but only advised against it for W06).

The letter's first line thanks them. A closing sentence that only thanks again, whatever
it thanks for and however it is typed ("cheers for showing me round", "thank u 4 the
chance", "Grateful for the opportunity", "Thank you for the yard tour and for your
time."), is left out of the letter, and the closing's notice says so and offers a next
step with an example from the trade; it offers no fix to take back in. A thanks before
the closing's own words ("Thank you sir for your time and I am ready to start") loses
the thanks and keeps the words. A thanks alone ("Thank you.") still signs off, and a
thanks for passing the letter on, or one fused with something personal ("… and say bye
to Biscuit for me"), stays.

Every answer set here is invented for these tests (not taken from the graded sets).
"""

import pytest

from tests.letters.letter_helpers import after_the_thanks_line, closing_notices
from tests.letters.letter_helpers import draft_with_closing as draft

pytestmark = pytest.mark.django_db

TYRES = {
    "recipient": "Mr. Brennan",
    "sender": "Kofi Asante",
    "company": "QuickGrip Tyres",
    "role": "Tyre Fitter",
    "decision_maker": True,
    "answers": {
        "connection": "You showed me the old balancing machine your dad bought in 1988.",
        "fit": ["At Kwik Fit Leeds I fitted about 40 tyres a shift with no comebacks."],
        "value_problem": "You mentioned vans wait in the bay because the wheel nuts seize.",
        "value_idea": "I would spray the studs on every booking the night before.",
        "value_gain": "That would mean the vans are in and out of the bay in half the time.",
        "question": "Would I work Saturdays as well as weekdays?",
        "closing": "",
    },
}
VET = {
    "recipient": "Dr. Aisha Rahman",
    "sender": "Bethany Coles",
    "company": "Willowbank Veterinary Hospital",
    "role": "Veterinary Nurse",
    "decision_maker": True,
    "answers": {
        "connection": "Your cat Pickle sat on the reception desk the whole time we talked.",
        "fit": ["I have done anaesthetic monitoring on a dental list for 5 years."],
        "value_problem": "You mentioned clients wait an hour at discharge.",
        "value_idea": "I would write up the discharge notes while the patient is in recovery.",
        "value_gain": "That would mean owners get their pets back on time.",
        "question": "How many weekends a month would I be on?",
        "closing": "",
    },
}


THANKS_WORDS = ("thank", "cheers", "grateful", "appreciate")


@pytest.mark.parametrize("data", [TYRES, VET], ids=["tyre-fitter", "vet-nurse"])
@pytest.mark.parametrize(
    "closing",
    [
        "cheers for showing me round",
        "Thanks again for your time",
        "thank u 4 the chance",
        "Grateful for the opportunity",
        "Thank you for the tour and for your time.",
        "Many thanks for having me in today!",
    ],
)
def test_a_closing_that_only_thanks_again_is_left_out_and_a_next_step_offered(
    data, closing, tmp_path
):
    result = draft(data, closing, tmp_path)
    rest = after_the_thanks_line(result).lower()
    assert not any(word in rest for word in THANKS_WORDS), result["body"]
    [message] = closing_notices(result)
    assert "is left out: your letter already thanks them in its first line" in message
    assert "next step" in message and "for example “" in message
    assert "Your letter uses it" not in message and "as you wrote it" not in message


@pytest.mark.parametrize(
    "closing",
    ["Thanks again for your time", "cheers for showing me round", "thank u 4 the chance"],
)
def test_a_dropped_thanks_offers_no_fix_to_take_back_in(closing, tmp_path):
    result = draft(TYRES, closing, tmp_path)
    for notice in result["notices"]:
        if notice["answer"] == "closing":
            assert "We suggest" not in notice["message"]


def test_a_thanks_for_something_that_happened_points_to_the_connection(tmp_path):
    closing = "Thank you for letting me watch the Saturday rush on the four bays."
    result = draft(TYRES, closing, tmp_path)
    assert "four bays" not in result["body"]
    [message] = closing_notices(result)
    assert "is left out" in message
    assert "Connection" in message


@pytest.mark.parametrize(
    ("closing", "kept"),
    [
        (
            "Thank you sir for your time and I am ready to start anytime",
            "I am ready to start anytime.",
        ),
        (
            "Cheers for showing me round. I can do a trial shift any Saturday.",
            "I can do a trial shift any Saturday.",
        ),
        (
            "Thank you for the tour of the kennels and for your time. I would be glad to "
            "come in for a trial shift on the ward.",
            "I would be glad to come in for a trial shift on the ward.",
        ),
    ],
)
def test_a_second_thanks_goes_and_the_closings_own_words_stay(closing, kept, tmp_path):
    result = draft(VET, closing, tmp_path)
    rest = after_the_thanks_line(result)
    assert kept in rest
    assert not any(word in rest.lower() for word in THANKS_WORDS), rest
    [message] = closing_notices(result)
    assert "is left out: your letter already thanks them" in message
    assert f"The rest is in your letter: “{kept}”" in message


@pytest.mark.parametrize(
    "closing",
    [
        "Thank you for passing this on to the practice manager.",
        "Thanks so much for having me and say bye to Pickle for me.",
    ],
)
def test_a_thanks_that_asks_something_or_goes_on_to_something_personal_stays(closing, tmp_path):
    result = draft(VET, closing, tmp_path)
    assert closing in result["body"]


def test_a_thanks_alone_still_signs_off(tmp_path):
    result = draft(VET, "Thank you.", tmp_path)
    assert result["body"].rsplit("\n\n", 1)[-1].startswith("Thank you,\n")
