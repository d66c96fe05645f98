"""Wizard round 12 (issue 19): "her" the reader as an object, "we was", and a rank's greeting."""

import pytest

from letters.answer_case import Facts
from letters.assembly import greeting
from letters.fragments import check_answer
from tests.letters.letter_helpers import wizard_draft

SHARMA = Facts(names=("Dr Priya Sharma", "Ana Lopez"), recipient="Dr Priya Sharma")


def test_her_told_something_in_title_case_becomes_you_not_your():
    typed = (
        "Dr Sharma Told Me About Her First Patient Who Fainted In The Chair And I Told Her "
        "Mine Did The Exact Same Thing"
    )
    [said] = check_answer("connection", typed, facts=SHARMA).sentences
    assert said == (
        "You told me about your first patient who fainted in the chair and I told you mine "
        "did the exact same thing."
    )


@pytest.mark.parametrize(
    ("typed", "said"),
    [("I told her about my first job", "I told you about my first job."),
     ("I gave her my CV", "I gave you my CV."),
     ("I showed her mine", "I showed you mine."),
     ("I told her mine was the same", "I told you mine was the same."),
     ("I told her that my dad was a welder", "I told you that my dad was a welder."),
     ("I thanked her for the tour of the clinic", "I thanked you for the tour of the clinic."),
     ("I met her at the open day in Leeds", "I met you at the open day in Leeds."),
     ("she showed me her surgery", "You showed me your surgery.")],
)  # fmt: skip
def test_her_as_the_object_is_you_and_her_before_a_thing_is_your(typed, said):
    assert check_answer("connection", typed, facts=SHARMA).sentences == (said,)


@pytest.mark.parametrize(
    ("typed", "said"),
    [("we both was stuck on the same question", "We both were stuck on the same question."),
     ("we was both nervous at the start", "We were both nervous at the start."),
     ("they was short staffed that winter", "They were short staffed that winter."),
     ("you was the first to ask about my course", "You were the first to ask about my course."),
     ("we both is from Leeds", "We both are from Leeds."),
     ("we all was new at the depot", "We all were new at the depot.")],
)  # fmt: skip
def test_was_and_is_after_we_they_you_agree(typed, said):
    check = check_answer("connection", typed, facts=Facts())
    assert check.sentences == (said,)
    assert "corrected the grammar" in check.message


def test_was_after_you_as_an_object_stays():
    typed = "what I told you was true about the night shifts"
    check = check_answer("connection", typed, facts=Facts())
    assert "you was true" in " ".join(check.sentences)


@pytest.mark.parametrize(
    ("name", "greeted"),
    [("Inspector Declan Byrne", "Dear Inspector Byrne"),
     ("Chief Inspector Declan Byrne", "Dear Chief Inspector Byrne"),
     ("Superintendent Ruth Okafor", "Dear Superintendent Okafor"),
     ("Detective Sergeant Ali Khan", "Dear Detective Sergeant Khan"),
     ("Constable Amy Reid", "Dear Constable Reid"),
     ("Station Officer Tom Reilly", "Dear Station Officer Reilly"),
     ("Commander Jo Hart", "Dear Commander Hart"),
     ("Captain Sarah Jones", "Dear Captain Jones"),
     ("Dana Whitfield", "Dear Dana")],
)  # fmt: skip
def test_a_police_fire_or_service_rank_greets_with_the_surname(name, greeted):
    assert greeting(name) == greeted


def test_the_draft_greets_an_inspector_by_rank_and_surname():
    draft = wizard_draft({}, role="Custody Officer", company="Avon Constabulary",
                         recipient="Inspector Declan Byrne")  # fmt: skip
    assert draft.body.startswith("Dear Inspector Byrne,")


@pytest.mark.parametrize(
    ("recipient", "greeted"),
    [("Sergeant (ret.) Mark Delaney", "Dear Sergeant Delaney,"),
     ("Ma'am Corazon Villanueva", "Dear Ms Villanueva,"),
     ("Ms Deborah Hughes (HR)", "Dear Ms Hughes,")],
)  # fmt: skip
def test_an_aside_or_a_madam_in_the_recipient_still_greets_them_by_name(recipient, greeted):
    """ "Sergeant (ret.) Mark Delaney" once greeted "Dear," and "Ma'am Corazon
    Villanueva" "Dear Ma'am,": the name was lost."""
    answers = {"connection": "We talked about the night shifts at the depot."}
    draft = wizard_draft(answers, role="Site Supervisor", company="Sentinel", recipient=recipient)
    body = draft.body
    assert body.startswith(greeted)


def test_a_filipino_particle_keeps_its_lower_case_in_the_signature():
    from letters.assembly import assemble

    draft = assemble(
        answers={"connection": "We talked about the night shifts at the home."},
        recipient_name="Ma'am Corazon Villanueva",
        sender_name="jerome dela cruz",
        company="Golden Years Aged Care",
        role="Healthcare Assistant",
        is_decision_maker=True,
    )
    assert draft.body.rstrip().endswith("Jerome dela Cruz")
