"""A sender who writes about themselves by name (issue 19): "Dana appreciates the time"
is "I appreciate the time", in an answer whose reading is certain, and the notice says so."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer

DANA = Facts(names=("Linda Carver", "Dana Whitfield"), recipient="Linda Carver",
             sender="Dana Whitfield")  # fmt: skip
TOMAS = Facts(names=("Mr Greg Hale", "Tomas Reyes"), recipient="Mr Greg Hale",
              sender="Tomas Reyes")  # fmt: skip


@pytest.mark.parametrize(
    ("key", "facts", "typed", "said"),
    [("closing", DANA, "Dana appreciates the time and is happy to take a coding assessment.",
      "I appreciate the time and am happy to take a coding assessment."),
     ("question", DANA, "Would Dana be reporting to Linda directly or to the coding supervisor?",
      "Would I be reporting to you directly or to the coding supervisor?"),
     ("value_gain_detail", DANA,
      "At Summit Ortho Dana got modifier denials from 9% to about 4% in 6 months",
      "At Summit Ortho I got modifier denials from 9% to about 4% in 6 months."),
     ("value_idea", DANA, "Dana would do a denial audit by payer in the first 30 days",
      "I would do a denial audit by payer in the first 30 days."),
     ("closing", TOMAS, "Tomas is available any day next week.",
      "I am available any day next week."),
     ("question", TOMAS, "Does Tomas need his own tools?", None),
     ("connection", TOMAS, "You showed Tomas the new press brake.",
      "You showed me the new press brake.")],
)  # fmt: skip
def test_the_senders_own_name_is_i(key, facts, typed, said):
    check = check_answer(key, typed, facts=facts)
    if said is None:
        assert "Tomas" in " ".join(check.sentences)  # "his" may be his: as typed
        assert "the letter is from you" not in check.message
        return
    assert said in " ".join(check.sentences)
    assert "wrote “I”: the letter is from you" in check.message


def test_a_pair_with_the_reader_is_you_and_i():
    typed = "Linda and Dana turned out to be at the same Buckeyes bowl game in 2015."
    check = check_answer("connection", typed, facts=DANA)
    said = "You and I turned out to be at the same Buckeyes bowl game in 2015."
    assert check.sentences == (said,)


def test_the_readers_own_name_is_never_the_writer():
    facts = Facts(names=("Sam Ortiz", "Sam Lee"), recipient="Sam Ortiz", sender="Sam Lee")
    check = check_answer("closing", "Sam appreciates the time.", facts=facts)
    assert "the letter is from you" not in check.message


def test_a_first_name_that_is_a_word_in_lower_case_text_stays():
    facts = Facts(names=("Sue Tan", "Mark Villanueva"), recipient="Sue Tan",
                  sender="Mark Villanueva")  # fmt: skip
    check = check_answer("value_idea", "i would tag the spools and mark the bad ones", facts=facts)
    assert "mark the bad ones" in " ".join(check.sentences).lower()
    assert "the letter is from you" not in check.message


def test_and_then_the_name_with_no_verb_after_stays():
    typed = "I would train the new coders and Dana the next week."
    check = check_answer("value_idea", typed, facts=DANA)
    assert "the letter is from you" not in check.message


def test_and_then_the_name_as_a_second_subject_agrees():
    typed = "I met the team and Dana is happy to start in May."
    check = check_answer("closing", typed, facts=DANA)
    assert "and I am happy to start in May." in " ".join(check.sentences)
