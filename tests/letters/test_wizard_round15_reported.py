"""Wizard round 15 (issue 19): the interview notes are not repeated back. "You said …"
before the user's own gain, question or closing is left off; "…, you said" after a
problem or a figure goes first; the reader named in the connection is "you", and a
"she" the wizard cannot place is asked about."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer
from tests.letters.letter_helpers import letter_draft_json

SECURITY = Facts(names=("Mr Tunde Bello", "Kemi Ade"), recipient="Mr Tunde Bello")
NURSE = Facts(names=("Dr Adaeze Okafor", "Ngozi Eze"), recipient="Dr Adaeze Okafor")


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [("value_gain",
      "You said if the scans are complete the client stops complaining and you keep the contract.",
      "If the scans are complete the client stops complaining and you keep the contract."),
     ("value_gain", "you mentioned that complete scans would save you a day a week",
      "Complete scans would save you a day a week."),
     ("question",
      "You said I could ask who the night supervisor would be, so who would I report to?",
      "Who would I report to?"),
     ("closing", "You said I could do an induction shift on Friday if I am cleared.",
      "I could do an induction shift on Friday if I am cleared.")],
)  # fmt: skip
def test_a_reporting_frame_before_the_users_own_words_is_left_off(key, typed, said):
    """The draft read "You said I could do an induction shift …": the notes read back."""
    check = check_answer(key, typed, facts=SECURITY)
    assert check.sentences == (said,)
    assert "left out “You" in check.message


@pytest.mark.parametrize(
    ("key", "typed"),
    [("value_problem", "You said the night scans are often incomplete."),
     ("value_gain_detail", "You mentioned the client complained 3 times last month."),
     # no real question after "so": the wh-clause is not rewritten
     ("question", "You said I could ask who the night supervisor would be."),
     ("value_gain", "You said fewer complaints."),  # a note: never "Fewer complaints."
     ("closing", "You said the induction is on Friday.")],
)  # fmt: skip
def test_the_frame_stays_where_it_is_what_they_said_or_no_clause_follows(key, typed):
    check = check_answer(key, typed, facts=SECURITY)
    assert not check.sentences or check.sentences[0].startswith("You ")


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [("value_problem", "Callbacks cost you about 2 days a month, you said.",
      "You said callbacks cost you about 2 days a month."),
     ("value_gain_detail", "callbacks cost you about 2 days a month you said",
      "You said callbacks cost you about 2 days a month."),
     ("value_gain_detail", "callbacks cost him about 2 days a month he said",
      "You said callbacks cost you about 2 days a month."),
     ("value_gain", "Complete scans would save you a day a week, you said.",
      "Complete scans would save you a day a week.")],
)  # fmt: skip
def test_a_trailing_you_said_goes_first_or_is_left_off_in_a_gain(key, typed, said):
    assert check_answer(key, typed, facts=SECURITY).sentences == (said,)


@pytest.mark.parametrize(
    "typed",
    ["It was exactly as you said.", "I did everything you said.",
     "callbacks on chimney flashings, 3-4 a month he said"],
)  # fmt: skip
def test_a_report_that_is_the_object_or_a_note_is_not_moved(typed):
    check = check_answer("value_problem", typed, facts=SECURITY)
    assert not any(s.startswith("You said") for s in check.sentences)


CONNECTION = (
    "Dr Okafor trained in Enugu, where my mother was a midwife for thirty years. "
    "We discovered she may have been delivered in the same hospital ward."
)


def test_the_reader_named_in_the_connection_is_you_and_a_later_she_is_asked_about():
    check = check_answer("connection", CONNECTION, facts=NURSE)
    assert check.sentences == (
        "You trained in Enugu, where my mother was a midwife for thirty years.",
        "We discovered she may have been delivered in the same hospital ward.",
    )  # "she" may be the mother: never mended
    assert "If “she” means Dr. Okafor" in check.message


def test_the_readers_name_left_in_the_connection_is_named_in_the_notice():
    typed = "Dr Okafor trained in Enugu. Dr Okafor also knew my uncle."
    check = check_answer("connection", typed, facts=NURSE)
    assert check.sentences[0] == "You trained in Enugu."
    assert "“Dr Okafor” is the reader" in check.message


def test_a_place_sharing_the_readers_name_is_not_the_reader():
    facts = Facts(names=("Chef Antonio Reyes", "Dee Cruz"), recipient="Chef Antonio Reyes")
    check = check_answer("connection", "you grew up in San Antonio like my grandma", facts=facts)
    assert "is the reader" not in check.message


def test_the_whole_letter_no_longer_reads_the_notes_back(tmp_path):
    data = {
        "recipient": "Mr Tunde Bello",
        "sender": "Kemi Ade",
        "company": "Bello Security Ltd",
        "role": "Night Security Officer",
        "decision_maker": True,
        "answers": {
            "connection": "We both grew up in Ibadan.",
            "fit": ["I have 6 years of night patrol work."],
            "value_problem": "Callbacks from the client cost you about 2 days a month, you said.",
            "value_idea": "I would check every scan point before the end of each shift.",
            "value_gain": "You said if the scans are complete the client stops complaining "
            "and you keep the contract.",
            "question": "You said I could ask who the night supervisor would be, so who "
            "would I report to?",
            "closing": "You said I could do an induction shift on Friday if I am cleared.",
        },
    }
    letter = letter_draft_json(data, tmp_path)["body"]
    assert "You said I could" not in letter
    assert "You said if" not in letter
    assert "a month, you said" not in letter
    assert "I could do an induction shift on Friday" in letter
