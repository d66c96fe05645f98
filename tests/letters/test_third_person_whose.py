"""Whose "he", "she", "his" or "her" it is, when an answer speaks in the third person
(issue 19): the one the thanked reader did something for is the writer ("for
introducing her to the team" -> "me"), a "his" opening the writer's own sentence is
theirs ("At his last company Jarrah's …" -> "At my last company my …"), the verb after
a "she" made "you" agrees ("and still remembers" -> "remember"), and a story about
someone named who is not the reader (the one who decides, in a letter to HR) stays as
typed with nothing asked."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer

ASKS_FOR_YOU = "write “you” and “your” wherever you mean them"


def _facts(recipient, sender, *, decision_maker=True, noted=()):
    return Facts(names=(recipient, sender), recipient=recipient, sender=sender,
                 decision_maker=decision_maker, noted=noted)  # fmt: skip


ROSTERING = _facts("Helen Bryce", "Priya Raman")
PRESS_SHOP = _facts("Mr Greg Hale", "Tomas Reyes")
CODING = _facts("Linda Carver", "Dana Whitfield")
GARAGE_DOORS = _facts("Steve Marchetti", "Jarrah Wilson")


def _said(key, typed, facts):
    check = check_answer(key, typed, facts=facts)
    return " ".join(check.sentences), check.message


@pytest.mark.parametrize(
    ("facts", "typed", "said"),
    [(ROSTERING, "Priya thanks Helen for her time and for introducing her to the team.",
      "I thank you for your time and for introducing me to the team."),
     (PRESS_SHOP, "Tomas thanks Greg for his time and for walking him through the press shop.",
      "I thank you for your time and for walking me through the press shop."),
     (CODING, "Dana thanks Linda for her time and for showing her the coding floor.",
      "I thank you for your time and for showing me the coding floor.")],
)  # fmt: skip
def test_the_one_the_thanked_reader_did_it_for_is_the_writer(facts, typed, said):
    assert _said("closing", typed, facts)[0] == said


def test_her_owning_a_thing_after_thanks_is_still_the_readers():
    said, _ = _said("closing", "Dana thanks Linda for her time and her tips on the audit.", CODING)
    assert said == "I thank you for your time and your tips on the audit."


@pytest.mark.parametrize(
    ("facts", "typed", "said"),
    [(GARAGE_DOORS,
      "At his last company Jarrah's first time fix rate went from 81% to 93% after they "
      "brought in the photo at booking.",
      "At my last company my first time fix rate went from 81% to 93% after they brought "
      "in the photo at booking."),
     (CODING, "At her old practice Dana cut claim denials from 9% to 4% in six months.",
      "At my old practice I cut claim denials from 9% to 4% in six months."),
     (PRESS_SHOP, "In his first season Tomas cut rework on the brake line by a third.",
      "In my first season I cut rework on the brake line by a third.")],
)  # fmt: skip
def test_his_opening_the_writers_own_sentence_is_my(facts, typed, said):
    sentence, message = _said("value_gain_detail", typed, facts)
    assert sentence == said
    assert "the reader, write" not in message


def test_his_after_someone_else_is_named_stays():
    typed = "When my foreman retired, at his farewell Tomas ran the shop for a month."
    sentence, _ = _said("value_gain_detail", typed, PRESS_SHOP)
    assert "his farewell" in sentence
    assert "Tomas" in sentence


@pytest.mark.parametrize(
    ("facts", "typed", "said"),
    [(_facts("Mrs. Claudette Brown", "Andre Campbell"),
      "Mrs Brown said she started out as a waitress at the same hotel in 1996 and still "
      "remembers her first trainer's name.",
      "You said you started out as a waitress at the same hotel in 1996 and still "
      "remember your first trainer's name."),
     (PRESS_SHOP, "Greg said he started as a welder in 1998 and still keeps his first helmet.",
      "You said you started as a welder in 1998 and still keep your first helmet."),
     (_facts("Ms Joan Rollins", "Sam Lee"),
      "She told me she trained as a nurse in Leeds and misses the ward.",
      "You told me you trained as a nurse in Leeds and miss the ward.")],
)  # fmt: skip
def test_the_verb_after_she_made_you_agrees(facts, typed, said):
    assert _said("connection", typed, facts)[0] == said


def test_a_verb_of_someone_else_after_and_stays():
    typed = "She said her nephew plays for the Rams and she trains him on Tuesdays."
    sentence, _ = _said("connection", typed, _facts("Ms Joan Rollins", "Sam Lee"))
    assert "your nephew plays" in sentence


@pytest.mark.parametrize(
    ("facts", "typed"),
    [(_facts("Siobhán Kelleher", "Marek Wójcik", decision_maker=False),
      "Declan was telling about his holiday in Kraków and eating pierogi every day. I told "
      "him my mother in Bydgoszcz is making better ones, and we were laughing when he tried "
      "to say Szczebrzeszyn."),
     (_facts("Tanya Brooks", "Luis Herrera", decision_maker=False,
             noted=("Interview with Tanya Brooks and Road Foreman Mike Delaney.",)),
      "Mike mentioned that his father was a conductor on the same line for 31 years. I told "
      "him my grandfather was a section hand in El Paso."),
     (_facts("Karen Dueck", "Maricel Santos", decision_maker=False),
      "Ma'am Brenda shared that her mother was also in a care home and she always checked "
      "her food tray when she visited."),
     (_facts("Joanne Pike", "Tom Baker", decision_maker=False),
      "Raj told me his uncle ran a bakery in Leicester, and I said my gran did too."),
     (_facts("Karen Dueck", "Tom Baker", decision_maker=False),
      "Dave said his first van was a Bedford too, and his dad drove one for the council.")],
)  # fmt: skip
def test_a_story_about_someone_named_who_is_not_the_reader_stays(facts, typed):
    sentence, message = _said("connection", typed, facts)
    assert sentence == typed
    assert ASKS_FOR_YOU not in message
    assert "the reader, write" not in message


@pytest.mark.parametrize(
    ("facts", "typed", "said"),
    [(_facts("Karen Dueck", "Tom Baker", decision_maker=False),
      "She told me her first job was on the tray line, and her mum worked there too.",
      "You told me your first job was on the tray line, and your mum worked there too."),
     (ROSTERING, "Helen said she was a support worker herself for ten years.",
      "You said you were a support worker yourself for ten years."),
     (PRESS_SHOP, "Greg told me he did his time at the Ford plant in Geelong.",
      "You told me you did your time at the Ford plant in Geelong.")],
)  # fmt: skip
def test_she_meaning_the_reader_still_becomes_you(facts, typed, said):
    assert _said("connection", typed, facts)[0] == said
