"""A second thanks in the closing, however it is said (set AD's simulated users,
users/log.md section 4: it was dropped in most drafts but kept in AD10, AD14-AD17).

The one rule for a closing that only thanks again (``assembly._one_thanks``) missed a
thanks said with the reader's name or title before what it thanks for ("Thank you Dr Tan
— time and clinic tour", "Thanks for the time Wanjiru"), a polite word ("Thank you po
for the time"), "a million", "I say thanks to you for …", or a pleasantry after it
("…, really enjoyed the chat"). Each is now left out like any other second thanks, and
a real next step after it stays. A closing with no thanks, or "Thanks to your team's
advice I …" (no thanks to the reader), stays as it is.

A wish to hear back typed in shorthand ("hope 2 hear from u soon") is named a stock
phrase as it is when spelled out.

Every answer set here is invented for these tests (not taken from the graded sets).
"""

import pytest

from tests.letters.letter_helpers import after_the_thanks_line, closing_notices
from tests.letters.letter_helpers import draft_with_closing as draft

pytestmark = pytest.mark.django_db

BAKERY = {
    "recipient": "Grace Mwangi",
    "sender": "Tomasz Nowak",
    "company": "Crumb & Crust Bakehouse",
    "role": "Baker",
    "decision_maker": True,
    "answers": {
        "connection": "You showed me the deck oven your grandfather built in 1972.",
        "fit": ["At Gail's I ran the night bake, about 600 loaves a shift, no waste over 2%."],
        "value_problem": "You mentioned the sourdough comes out flat on humid mornings.",
        "value_idea": "I would cut the hydration by two points on days over 70% humidity.",
        "value_gain": "That would mean the first batch goes out to the cafes on time.",
        "question": "Would I be on the night bake from the start?",
        "closing": "",
    },
}
ELECTRICAL = {
    "recipient": "Ms. Funmi Okafor",
    "sender": "Declan Byrne",
    "company": "Brightline Electrical",
    "role": "Electrician",
    "decision_maker": True,
    "answers": {
        "connection": "You told me about wiring the old cinema on Main Street in 2019.",
        "fit": ["I have done 4 years of commercial fit-outs, about 30 boards a year."],
        "value_problem": "You mentioned jobs run over because the van is missing parts.",
        "value_idea": "I would keep a checklist of parts for each kind of job on the van.",
        "value_gain": "That would mean fewer trips back to the wholesaler.",
        "question": "How many sites would I be on in a week?",
        "closing": "",
    },
}
DENTAL = {
    "recipient": "Dr. Samuel Reyes",
    "sender": "Joy Dela Cruz",
    "company": "Bright Smile Dental",
    "role": "Dental Nurse",
    "decision_maker": True,
    "answers": {
        "connection": "You told me you started out as a dental nurse yourself in Cebu.",
        "fit": ["I have 3 years chairside at a busy NHS practice, about 25 patients a day."],
        "value_problem": "You mentioned the afternoon list runs late because trays are not ready.",
        "value_idea": "I would set up the trays for the whole afternoon list at lunch.",
        "value_gain": "That would mean patients are seen on time after lunch.",
        "question": "Would I be on the sedation list too?",
        "closing": "",
    },
}


THANKS_WORDS = ("thank", "cheers", "grateful", "appreciate")


@pytest.mark.parametrize(
    ("data", "closing"),
    [
        (BAKERY, "Thanks a million for the tour of the bakehouse"),
        (BAKERY, "Thanks for the time Grace, really enjoyed the chat."),
        (BAKERY, "Thanks heaps for the coffee, I really enjoyed it."),
        (ELECTRICAL, "Thank you Ms Okafor — time and site walk"),
        (ELECTRICAL, "I say thanks to you for the interview and the look around the yard."),
        (DENTAL, "Thank you po for the time and for the tour of the clinic."),
        (DENTAL, "Thank you Dr Reyes - time and the surgery tour."),
    ],
)
def test_a_second_thanks_however_said_is_left_out(data, closing, tmp_path):
    result = draft(data, closing, tmp_path)
    rest = after_the_thanks_line(result).lower()
    assert not any(word in rest for word in THANKS_WORDS), result["body"]
    assert "enjoyed" not in rest, result["body"]
    [message] = closing_notices(result)
    assert "is left out: your letter already thanks them in its first line" in message
    assert "next step" in message and "for example “" in message


@pytest.mark.parametrize(
    ("data", "closing", "kept"),
    [
        (
            BAKERY,
            "Thanks a million for the chat and the coffee, I really enjoyed it and I can "
            "come in for a trial bake any Saturday",
            "I can come in for a trial bake any Saturday.",
        ),
        (
            ELECTRICAL,
            "Thank you Ms Okafor — I can start on the 3rd if that suits.",
            "I can start on the 3rd if that suits.",
        ),
        (
            DENTAL,
            "Thank you po for the time, I would be glad to do a trial day on the sedation list.",
            "I would be glad to do a trial day on the sedation list.",
        ),
    ],
)
def test_the_thanks_goes_and_a_next_step_after_it_stays(data, closing, kept, tmp_path):
    result = draft(data, closing, tmp_path)
    rest = after_the_thanks_line(result)
    assert kept in rest, result["body"]
    assert not any(word in rest.lower() for word in THANKS_WORDS), rest
    assert "enjoyed" not in rest
    [message] = closing_notices(result)
    assert "is left out: your letter already thanks them" in message
    assert f"The rest is in your letter: “{kept}”" in message


@pytest.mark.parametrize(
    ("data", "closing"),
    [
        (ELECTRICAL, "Thanks to your team's advice I now keep spare fuses on the van."),
        (BAKERY, "I'd be glad to come in for a trial bake any Saturday."),
        (DENTAL, "Thank you for passing this on to the practice manager."),
    ],
)
def test_a_closing_with_no_second_thanks_stays(data, closing, tmp_path):
    result = draft(data, closing, tmp_path)
    assert closing in result["body"]
    assert not any("is left out" in m for m in closing_notices(result))


def test_a_wish_to_hear_back_in_shorthand_is_a_stock_phrase(tmp_path):
    result = draft(BAKERY, "thx 4 the time, hope 2 hear from u soon", tmp_path)
    assert "I hope to hear from you soon." in result["body"]
    messages = " ".join(closing_notices(result))
    assert "“hope to hear from you” is a stock phrase" in messages


def test_a_pleasantry_after_the_thanks_is_no_moment_to_recall(tmp_path):
    result = draft(BAKERY, "Thanks again for your time Grace, I really enjoyed our chat.", tmp_path)
    [message] = closing_notices(result)
    assert "is left out" in message
    assert "Connection" not in message
