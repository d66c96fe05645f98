"""Pronoun swaps that misfired (issue 19): "his" after another person named by "Sir",
"he" picking up a noun the same question names, and "he's ever seen" (a participle
after an adverb)."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer

DIZON = Facts(names=("Engr. Roberto Dizon",), recipient="Engr. Roberto Dizon")
MACLEOD = Facts(names=("Mr. Ian MacLeod",), recipient="Mr. Ian MacLeod")
RICK = Facts(names=("Rick Alvarez",), recipient="Rick Alvarez")


@pytest.mark.parametrize(
    "typed",
    ["Engr. Dizon also trained at PhilSCA, and we both remembered Sir Alcantara's powerplant "
     "class and his surprise quizzes.",
     "Engr. Dizon also studied in Cebu, and we both had Sir Reyes for welding and his "
     "hard exams."],
)  # fmt: skip
def test_his_after_someone_named_by_sir_is_theirs_not_the_readers(typed):
    check = check_answer("connection", typed, facts=DIZON)
    said = " ".join(check.sentences)
    assert said.startswith("You also")
    assert "your" not in said
    assert " his " in said


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("The millwright who do the vibration, is he also in the shift rotation or on days only?",
      "is he also"),
     ("The welder on nights, does she also cover weekends?", "does she also"),
     ("The new apprentice, will he be on my crew?", "will he be")],
)  # fmt: skip
def test_he_taking_up_a_noun_named_first_in_the_question_stays(typed, kept):
    check = check_answer("question", typed, facts=MACLEOD)
    said = " ".join(check.sentences)
    assert kept in said
    assert "you" not in said.lower().split()


@pytest.mark.parametrize(
    ("typed", "said"),
    [("Rick said the smoke was the worst hes ever seen", "the worst you've ever seen"),
     ("he said it was the biggest fire he's ever worked", "the biggest fire you've ever worked"),
     ("he said he's never seen a crew that fast", "you've never seen a crew that fast"),
     ("he's just finished his task book too", "You've just finished your task book too")],
)  # fmt: skip
def test_hes_before_an_adverb_and_a_participle_is_you_have(typed, said):
    check = check_answer("connection", typed, facts=RICK)
    assert said in " ".join(check.sentences)


def test_he_after_the_thing_is_with_no_comma_is_still_the_reader():
    typed = "The best part was when he showed me the lathe"
    check = check_answer("connection", typed, facts=MACLEOD)
    assert check.sentences == ("The best part was when you showed me the lathe.",)


ADEYEMI = Facts(names=("Mrs Funke Adeyemi",), recipient="Mrs Funke Adeyemi")
OKOYE = Facts(names=("Mr Emeka Okoye",), recipient="Mr Emeka Okoye")


@pytest.mark.parametrize(
    ("facts", "typed", "said"),
    [(ADEYEMI,
      "We Both Laughed About The Groom Whose Agbada Was Dragging On The Floor At His Own "
      "Wedding, And Madam Said That Is Why She Started The Company",
      "and you said that is why you started the company."),
     (ADEYEMI, "madam told me she trained in Lagos", "You told me you trained in Lagos."),
     (OKOYE, "sir said he also started as an apprentice", "You said you also started as an"),
     (OKOYE, "Sir mentioned the night shift pays more", "You mentioned the night shift")],
)  # fmt: skip
def test_madam_or_sir_speaking_of_the_reader_is_you(facts, typed, said):
    check = check_answer("connection", typed, facts=facts)
    assert said in " ".join(check.sentences)
    assert "the letter is to them" in check.message


def test_no_he_means_the_reader_notice_when_someone_else_is_named_before_he():
    facts = Facts(names=("Tasha Boudreaux",), recipient="Tasha Boudreaux")
    typed = (
        "do you know if Mike wants to talk to me himself before the TA starts or does he go "
        "off your list"
    )
    check = check_answer("question", typed, facts=facts)
    assert "means Tasha" not in check.message


def test_he_taking_up_a_noun_gets_no_he_means_the_reader_notice():
    typed = "The millwright who do the vibration, is he also in the shift rotation?"
    check = check_answer("question", typed, facts=MACLEOD)
    assert "the reader" not in check.message
