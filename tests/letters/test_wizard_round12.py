"""Wizard round 12: who says it, and what is asked.

A job title at the start of a fit answer is what the user is ("I am a Chartered
Accountant ..."), not a past verb ("I chartered ..."), and keeps its case as typed; a
first note with a base verb before a clause said with "I" gets its "I" too; a clause
after a comma that asks ("..., does the school have ...") makes the whole a question.
"""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer
from tests.letters.letter_helpers import letter_draft_json


def _letter_sentences(key, typed, facts=None):
    return check_answer(key, typed, facts=facts or Facts()).sentences


@pytest.mark.parametrize(
    ("typed", "said"),
    [("Chartered Accountant with six years handling GST and month-end for 30+ SME clients.",
      "I am a Chartered Accountant with six years handling GST and month-end for 30+ SME "
      "clients."),
     ("Registered Nurse with 5 years on a surgical ward",
      "I am a Registered Nurse with 5 years on a surgical ward."),
     ("registered nurse with 5 years on a surgical ward",
      "I am a registered nurse with 5 years on a surgical ward."),
     ("chartered accountant with six years handling GST",
      "I am a chartered accountant with six years handling GST.")],
)  # fmt: skip
def test_a_job_title_at_the_start_of_fit_is_what_the_user_is_in_its_typed_case(typed, said):
    assert _letter_sentences("fit", typed) == (said,)


def test_a_past_verb_before_ordinary_words_still_takes_i():
    assert _letter_sentences("fit", "ran my own service calls last 3 yrs") == (
        "I ran my own service calls last 3 years.",
    )


def test_a_base_verb_note_before_a_clause_said_with_i_gets_its_i_too():
    typed = "speak spanish, english and french, I handled the groups check in"
    assert _letter_sentences("fit", typed) == (
        "I speak Spanish, English and French, and I handled the groups check in.",
    )


def test_a_clause_that_asks_after_a_comma_makes_the_whole_a_question_to_the_reader():
    typed = "she mentioned Quick60, does the school already have the books for it"
    facts = Facts(names=("Sarah Lane", "Tom Reed"), recipient="Sarah Lane")
    assert _letter_sentences("question", typed, facts) == (
        "You mentioned Quick60: does the school already have the books for it?",
    )


def test_a_question_that_opens_with_its_own_question_word_keeps_its_mark():
    typed = "which app you use for the defects, is it same one for tacho?"
    sentences = _letter_sentences("question", typed)
    assert sentences and sentences[-1].endswith("?")
    assert sentences[0].startswith("Which app you use for the defects")


def test_a_verb_that_is_a_noun_too_before_an_adverb_and_an_i_clause_gets_its_i():
    typed = "work well under pressure, I ran the pass for 3 years"
    assert _letter_sentences("fit", typed)[0].startswith("I work well under pressure, and I ran")


def test_a_past_verb_before_a_plural_is_what_the_user_did_not_a_title():
    assert _letter_sentences("fit", "trained apprentice welders at my last job") == (
        "I trained apprentice welders at my last job.",
    )


def test_an_asking_clause_after_an_opening_word_gets_its_question_mark():
    assert _letter_sentences("question", "Also, do you have parking") == (
        "Also, do you have parking?",
    )


@pytest.mark.parametrize(
    ("company", "named"),
    [("Meridian Staffing (for Harbor Freight Foods)", "at Harbor Freight Foods"),
     ("TalentBridge Recruitment (Client: Zenith Logistics)", "at Zenith Logistics")],
)  # fmt: skip
def test_an_agency_placing_for_a_client_names_the_client_and_is_not_faulted(
    company, named, tmp_path
):
    """The job is at the client: the letter says so (it may be forwarded there), and the
    checker does not call the client "another firm" where the agency belongs."""
    answers = {
        "recipient": "Ms Rachel Kim", "sender": "Daniel Ortiz", "company": company,
        "role": "Accounts Payable Specialist", "decision_maker": False,
        "discussed": "invoice backlog", "problem": "late supplier payments",
        "answers": {"connection": "We talked about the breakfast tacos near the Pearl."},
    }  # fmt: skip
    result = letter_draft_json(answers, tmp_path)
    assert named in result["body"]
    assert "other_company" not in {f["code"] for f in result["findings"]}
