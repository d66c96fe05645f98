"""Set T's simulated users (draft_grades19/users/log.md): the role as advertised, not cut
to its head noun; a sign-off that stays put while other answers are edited; a second
thank-you said as "cheers for your time" is told, as "thanks again" is."""

import pytest

from letters.assembly import SIGN_OFFS, THANKS_SIGN_OFFS
from tests.letters.letter_helpers import letter_draft_json

pytestmark = pytest.mark.django_db

ANSWERS = {
    "connection": "We both grew up near the harbour and talked about the old ferry.",
    "fit": ["I ran the ticket office at Ferry Quay for two summers."],
    "value_problem": "You mentioned boarding takes too long at the busy sailings.",
    "value_idea": "I would scan tickets on the wharf before the boat comes in.",
    "value_gain": "That should mean quicker boarding at the busy sailings.",
    "question": "How many crew work each sailing in the summer?",
    "closing": "I'd be glad to come in for a trial shift.",
}


def draft(tmp_path, *, role="Deckhand", answers=None, recipient="Lena Park",
          company="Harbour Ferries"):  # fmt: skip
    return letter_draft_json(
        {
            "recipient": recipient,
            "sender": "Sam Reed",
            "company": company,
            "role": role,
            "decision_maker": True,
            "answers": ANSWERS | (answers or {}),
        },
        tmp_path,
    )


def thanks_line(result) -> str:
    return result["body"].split("\n\n")[1].split(". ")[0]


def sign_off(result) -> str:
    return result["body"].rsplit("\n\n", 1)[-1].split(",")[0]


def closing_notice(result) -> str:
    return " ".join(n["message"] for n in result["notices"] if n["answer"] == "closing")


# --- 1. the role as advertised -----------------------------------------------------


@pytest.mark.parametrize(
    ("role", "said", "left"),
    [("Deckhand / Ticketing", "deckhand", "ticketing"),
     ("Room Leader - Toddlers", "room leader", "toddlers"),
     ("Data Analyst - Supply Chain", "data analyst", "supply chain"),
     ("Marketing Executive – Digital", "marketing executive", "digital"),
     ("Teaching Assistant - SEN (1:1 Support, Year 3)", "teaching assistant", "SEN")],
)  # fmt: skip
def test_the_role_is_said_as_people_say_it(tmp_path, role, said, left):
    """Blind graders read "the data analyst - supply chain role" as a form field pasted
    into a sentence (set V: V01, V09, V10): the letter names the title's first part."""
    for company in ("Harbour Ferries", "Little Acorns", "Cartwheel Retail"):
        result = draft(tmp_path, role=role, company=company)
        assert f"the {said} " in thanks_line(result)
        assert left not in thanks_line(result)


@pytest.mark.parametrize(
    ("role", "head", "rest"),
    [("Data Analyst - Supply Chain", "data analyst", "supply chain"),
     ("Room Leader - Toddlers", "room leader", "toddlers"),
     ("Deckhand / Ticketing", "deckhand", "ticketing")],
)  # fmt: skip
def test_the_subject_line_names_the_titles_first_part(tmp_path, role, head, rest):
    """An inbox line reads "Thank you for the data analyst interview", not "… the data
    analyst - supply chain interview"; the letter's thanks line names the title whole."""
    for company in ("Harbour Ferries", "Little Acorns", "Cartwheel Retail", "Tern Marine"):
        subject = draft(tmp_path, role=role, company=company)["subject"].lower()
        assert rest not in subject
        if "interview" in subject or "job" in subject:
            assert head in subject


@pytest.mark.parametrize(
    ("role", "said", "noise"),
    [("Chef (Leeds, £30k)", "chef", "Leeds"),
     ("CCTV Operator - night shift", "CCTV operator", "night"),
     ("Reach Truck Operator - Nights", "reach truck operator", "Nights"),
     ("CNC Machinist - 2nd Shift", "CNC machinist", "2nd"),
     ("Pathology Collector - Southport", "pathology collector", "Southport"),
     ("Tower Crane Operator - Sandton site", "tower crane operator", "Sandton"),
     ("Cleaner - Gateway mall contract", "cleaner", "Gateway"),
     ("Night Cleaning Supervisor – Manchester Airport T2", "night cleaning supervisor",
      "Airport"),
     ("Security Officer, Manchester Arndale site", "security officer", "Arndale"),
     ("Butcher / counter", "butcher", "counter"),
     ("Scaffolder - advanced ticket", "scaffolder", "advanced")],
)  # fmt: skip
def test_a_place_a_shift_or_a_note_after_the_title_stays_out(tmp_path, role, said, noise):
    result = draft(tmp_path, role=role)
    assert f"the {said} " in thanks_line(result)
    assert noise not in thanks_line(result)
    assert noise not in result["subject"]


# --- 2. the sign-off ---------------------------------------------------------------

CLOSINGS = (
    "I'd be glad to come in for a trial shift.",
    "Thank you for passing my letter on to the hiring team.",
    "Thank you for passing my letter on to the hiring team. I look forward to hearing from you.",
    "",
)


@pytest.mark.parametrize(
    "role", ["Deckhand", "Occupational Therapist Assistant", "Butcher", "Room Leader",
             "Data Analyst", "Dog Groomer", "Tiler", "Property Manager"],
)  # fmt: skip
def test_the_sign_off_stays_while_other_answers_change(tmp_path, role):
    """Warm regards -> All the best -> Warm regards between edits was the letter's own
    line changing under the user. Only a thanks sign-off after a closing that thanks
    gives way, and then the same way every time."""
    base = sign_off(draft(tmp_path, role=role))
    assert base in SIGN_OFFS
    edits = [
        {"connection": "We talked about the old ferry and the storm of 2019."},
        {"question": "Who trains new crew on the ticket machines?"},
        {"fit": ["I ran the ticket office for two summers.", "I hold a first aid certificate."]},
    ]
    for edit in edits:
        assert sign_off(draft(tmp_path, role=role, answers=edit)) == base
    seen = set()
    for closing in CLOSINGS:
        now = sign_off(draft(tmp_path, role=role, answers={"closing": closing}))
        thanks_last = closing.startswith("Thank") and "look forward" not in closing
        if base in THANKS_SIGN_OFFS and thanks_last:
            assert now not in THANKS_SIGN_OFFS
            seen.add(now)
        else:
            assert now == base
    assert len(seen) <= 1


def test_the_occupational_therapy_assistants_sign_off_does_not_drift(tmp_path):
    """T05: the closing's three versions gave Warm regards, All the best, Warm regards."""
    signs = {
        sign_off(
            draft(
                tmp_path,
                role="Occupational Therapist Assistant",
                recipient="Jennifer Tremblay, HR Advisor",
                company="St. Brendan's Rehabilitation Centre, Winnipeg",
                answers={"closing": closing},
            )
        )
        for closing in CLOSINGS
    }
    assert len(signs) == 1


# --- 3. a second thanks, said any way ----------------------------------------------


@pytest.mark.parametrize(
    ("closing", "kept"),
    [("cheers for your time, hope to hear from you", "I hope to hear from you."),
     ("Cheers for your time. I'd be happy to do a trial shift.",
      "I'd be happy to do a trial shift."),
     ("Much appreciated, I hope to hear from you soon.", "I hope to hear from you soon."),
     ("I'm grateful for your time. I'd be happy to do a trial shift.",
      "I'd be happy to do a trial shift."),
     ("Many thanks for your time. I'd be glad to come in for a trial shift.",
      "I'd be glad to come in for a trial shift.")],
)  # fmt: skip
def test_a_second_thanks_of_the_family_is_left_out_and_told(tmp_path, closing, kept):
    result = draft(tmp_path, answers={"closing": closing})
    assert "already thanks them in its first line" in closing_notice(result)
    assert kept in result["body"]
    for said in ("Cheers", "Much appreciated", "grateful", "Many thanks for"):
        assert said not in result["body"].split("\n\n")[-2]


@pytest.mark.parametrize(
    "closing",
    ["Cheers for your time.", "Many thanks for your time.", "I'm grateful for your time.",
     "Thanks again for your time."],
)  # fmt: skip
def test_a_closing_that_only_thanks_again_is_told_to_offer_a_step(tmp_path, closing):
    result = draft(tmp_path, answers={"closing": closing})
    message = closing_notice(result)
    assert "already" in message and "thank" in message
    assert message.removeprefix("Closing: ") != "Used as you wrote it."


@pytest.mark.parametrize(
    "closing",
    ["Could you thank Marc for the tour for me?",
     "Could you pass on my thanks to Marc for the tour?"],
)  # fmt: skip
def test_thanks_inside_a_question_is_not_a_second_thanks(tmp_path, closing):
    result = draft(tmp_path, answers={"closing": closing})
    assert "already" not in closing_notice(result)
    assert closing in result["body"]
