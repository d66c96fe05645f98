"""Wizard round 17: the reader named inside the letter's body.

The letter is to the reader ("Dear Mr van Wyk,"), so their name called out at the start of
a sentence ("Mr van Wyk, would the technician ...?") is left out, a question asked of them
by name ("Could Ciara find out ...?") asks "you", and their name after "to" ("send 2 Mick")
is "you". A lower-case title before a name takes its capital ("mr James").
"""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer


def _facts(recipient: str, decision_maker: bool = True) -> Facts:
    return Facts(
        names=(recipient, "Sam Lee", "Acme Ltd"),
        recipient=recipient,
        company="Acme Ltd",
        decision_maker=decision_maker,
    )


def _said(key: str, typed: str, recipient: str, decision_maker: bool = True) -> str:
    return " ".join(check_answer(key, typed, facts=_facts(recipient, decision_maker)).sentences)


@pytest.mark.parametrize(
    ("recipient", "typed", "said"),
    [("Mr Pieter van Wyk",
      "Mr van Wyk, would the technician also be responsible for the pump station and the filters?",
      "Would the technician also be responsible for the pump station and the filters?"),
     ("Mr Pieter van Wyk", "mr van wyk, would the technician also do the filters?",
      "Would the technician also do the filters?"),
     ("Gary Smith", "Gary, when would the role start?", "When would the role start?"),
     ("Gary Smith", "Gary Smith, is there a uniform?", "Is there a uniform?"),
     ("Dr Nora Patel", "Dr. Patel, could I shadow a shift first?", "Could I shadow a shift first?"),
     ("Dr Nora Patel", "Nora, do the nurses rotate?", "Do the nurses rotate?"),
     ("Gary Smith", "Gary, who would I report to?", "Who would I report to?"),
     ("Gary Smith", "gary, when would i start", "When would I start?")],
)  # fmt: skip
def test_the_readers_name_called_out_before_a_question_is_left_out(recipient, typed, said):
    check = check_answer("question", typed, facts=_facts(recipient))
    assert " ".join(check.sentences) == said
    assert "left out their name" in check.message


def test_the_readers_name_called_out_in_a_later_sentence_is_left_out():
    said = _said("closing", "Thanks again. Mick, I can start Monday.", "Mick Dawson")
    assert said == "Thanks again. I can start Monday."


def test_the_readers_name_called_out_before_you_is_left_out():
    said = _said("connection", "Mick, you and I both support the Broncos.", "Mick Dawson")
    assert said == "You and I both support the Broncos."


@pytest.mark.parametrize(
    ("recipient", "typed", "kept"),
    [("Mr Pieter van Wyk", "Mr van Wyk would know the pump station best?", "Mr van Wyk"),
     ("Mick Dawson", "Mick, Dave and I worked the same site.", "Mick, Dave"),  # a list
     ("Mick Dawson", "Mick, who runs the crew, showed me the van.", "Mick, who"),
     ("Mick Dawson", "Mick, when we spoke, mentioned the van.", "Mick, when"),
     ("Gord Miller", "Thanks Gord, see you Monday.", "Thanks Gord, see you Monday."),
     ("Mick Dawson", "Cheers Mick, keen to start as soon as possible.", "Cheers Mick, keen"),
     ("Gary Smith", "Gary Jones, would he train me?", "Gary Jones")],  # another Gary
)  # fmt: skip
def test_the_readers_name_that_is_no_call_stays(recipient, typed, kept):
    key = "question" if typed.endswith("?") else "closing"
    assert kept in _said(key, typed, recipient)


@pytest.mark.parametrize(
    ("recipient", "typed", "said"),
    [("Ciara Byrne, Talent Acquisition",
      "Could Ciara find out from Mr Doyle whether the role is on the motor team only?",
      "Could you find out from Mr Doyle whether the role is on the motor team only?"),
     ("Mick Dawson", "Would Mick want me on the solar crew?",
      "Would you want me on the solar crew?"),
     ("Mr Pieter van Wyk", "Does Mr van Wyk need me to have my own ute?",
      "Do you need me to have my own ute?"),
     ("Gary Smith", "Is Gary Smith planning to hire a second tech?",
      "Are you planning to hire a second tech?"),
     ("Gary Smith", "Has Gary decided on the start date?", "Have you decided on the start date?")],
)  # fmt: skip
def test_a_question_asked_of_the_reader_by_name_asks_you(recipient, typed, said):
    check = check_answer("question", typed, facts=_facts(recipient, decision_maker=False))
    assert " ".join(check.sentences) == said
    assert "wrote “you”" in check.message


@pytest.mark.parametrize(
    ("recipient", "typed"),
    [("Gord Miller", "Thanks Gord, see you Monday."),
     ("Mick Dawson", "Cheers Mick, keen to start as soon as possible."),
     ("Ciara Byrne", "Could Ciara ask her manager about the rota?"),  # whose "her" is unsure
     ("Ciara Byrne", "Could Ciara's team take me on?"),
     ("Gary Smith", "Would Gary Jones be my trainer?")],  # another Gary
)  # fmt: skip
def test_a_name_in_any_other_shape_is_not_made_you(recipient, typed):
    key = "question" if typed.endswith("?") else "closing"
    said = _said(key, typed, recipient)
    assert " you " not in f" {said.replace('see you', '')} ".lower()


@pytest.mark.parametrize(
    ("typed", "said"),
    [("I would do a photo checklist before leaving each job and send 2 Mick same day.",
      "I would do a photo checklist before leaving each job and send to you same day."),
     ("I would send the photos to Mick the same day.",
      "I would send the photos to you the same day."),
     ("i would report 2 mick every friday", "I would report to you every Friday.")],
)  # fmt: skip
def test_the_readers_name_after_to_is_you(typed, said):
    assert _said("value_idea", typed, "Mick Dawson") == said


@pytest.mark.parametrize(
    "typed",
    ["I would send the photos to Mick Jagger.",  # another Mick
     "I parked next to Mick's ute.",
     "I would talk to Dave first."],
)  # fmt: skip
def test_another_name_after_to_stays(typed):
    assert _said("value_idea", typed, "Mick Dawson") == typed


@pytest.mark.parametrize(
    ("typed", "said"),
    [("i worked for mr james at the depot for 3 years",
      "I worked for Mr James at the depot for 3 years."),
     ("I worked under mrs patel for 3 years.", "I worked under Mrs Patel for 3 years."),
     ("i was on dr okafor's ward for 2 years", "I was on Dr Okafor's ward for 2 years."),
     ("I trained with mr Kowalski.", "I trained with Mr Kowalski."),
     ("i trained with mr kowalski", "I trained with Mr Kowalski.")],
)  # fmt: skip
def test_a_lower_case_title_before_a_name_takes_its_capital(typed, said):
    assert _said("fit", typed, "Gary Smith") == said


@pytest.mark.parametrize(
    "typed",
    ["i know ms excel and ms teams well",
     "i took the dr appointments for the whole ward",
     "me and the mrs moved here in 2019",
     "i lived on maple dr tuesday to friday"],
)  # fmt: skip
def test_title_letters_that_are_no_title_stay(typed):
    said = _said("fit", typed, "Gary Smith")
    assert not any(t in said for t in ("Ms ", "Dr ", "Mrs "))


def test_please_thank_him_to_the_reader_is_a_thanks_not_please_thank_you():
    facts = Facts(names=("Mr Adeyemi", "Sentinel Guard Services"), recipient="Mr Adeyemi",
                  company="Sentinel Guard Services")  # fmt: skip
    check = check_answer("closing", "Please thank him for his time, I can start immediately.",
                         facts=facts)  # fmt: skip
    said = " ".join(check.sentences)
    assert "Please thank you" not in said
    assert "I can start immediately." in said


@pytest.mark.parametrize(
    "typed",
    ["Mrs Thompson was in Kraków and she loves pierogi, I promised to bring her recipe from "
     "my mother.",
     "she loves pierogi and I promised to bring her recipe from my mother"],
)  # fmt: skip
def test_her_after_a_verb_of_giving_is_asked_about_not_made_your(typed):
    facts = Facts(names=("Mrs Thompson", "Bright Clean"), recipient="Mrs Thompson",
                  company="Bright Clean")  # fmt: skip
    check = check_answer("connection", typed, facts=facts)
    said = " ".join(check.sentences)
    assert "your recipe" not in said


def test_sir_after_the_name_is_no_name_and_sir_before_you_is_dropped():
    facts = Facts(names=("Mr. Rakesh Sharma Sir", "SecureView"),
                  recipient="Mr. Rakesh Sharma Sir", company="SecureView")  # fmt: skip
    typed = "Sir you told you are also from Dehradun side and we both did NCC in school."
    said = " ".join(check_answer("connection", typed, facts=facts).sentences)
    assert not said.startswith("You, you")
    assert said.startswith("You told")


def test_his_in_a_letter_to_ms_is_not_asked_about_as_hers():
    facts = Facts(names=("Ms. Priya Kulkarni", "Insight Analytics"),
                  recipient="Ms. Priya Kulkarni", company="Insight Analytics")  # fmt: skip
    typed = "Rohit said his team loses two days a month rebuilding the same reports."
    check = check_answer("value_problem", typed, facts=facts)
    assert "If “his” means" not in check.message


def test_his_after_a_name_set_off_by_commas_is_asked_about_not_made_yours():
    facts = Facts(names=("mr hollins", "Northway"), recipient="mr hollins", company="Northway")
    typed = ("we worked out we probably had the same gaffer, mick, at some point. had a laugh "
             "about his flask of tea that never left the van")  # fmt: skip
    said = " ".join(check_answer("connection", typed, facts=facts).sentences)
    assert "your flask" not in said
