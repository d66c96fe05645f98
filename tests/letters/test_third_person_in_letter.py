"""The reader or the sender spoken of in the third person (set Y).

1. The reader by title and name, "told me her …": "Ms Ngata told me her mother …, and I
   told her …" -> "You told me your mother …, and I told you …"; a family name of several
   words ("Mr Van Der Berg's", "Mr Ole Sankale") is theirs too, and the notice names it
   whole. "her father" is a person, not Father Someone.
2. "Will sir give me …?", "Does madam want …?" in a letter to a man or woman of that title
   asks the reader: "Will you give me …?"; to someone untitled, a hint.
3. The sender by first name: "… same as Dana", "he and Dana had a laugh", "Dana would like
   to know if Linda will call her herself", "Dana says thank you … and hopes …" -> "same as
   me", "you and I had a laugh", "call me herself", "I say thank you … and hope …".
"""

import pytest

from letters.answer_case import Facts
from letters.fragments import _reader_named, check_answer


def _facts(recipient, sender="Joe Bloggs", decision_maker=True):
    return Facts(
        names=(recipient, sender, "Harbour Works Ltd"),
        recipient=recipient,
        sender=sender,
        company="Harbour Works Ltd",
        role="Boat Builder",
        decision_maker=decision_maker,
    )


def _said(key, typed, facts):
    check = check_answer(key, typed, facts=facts)
    return " ".join(check.sentences), check.message


@pytest.mark.parametrize(
    ("recipient", "typed", "said"),
    [("Ms Aroha Ngata",
      "Ms Ngata told me her mother ran a bakery in Rotorua, and I told her how my aunt "
      "taught me to ice cakes.",
      "You told me your mother ran a bakery in Rotorua, and I told you how my aunt taught "
      "me to ice cakes."),
     ("Mrs Ellen Fitzgerald-Hart",
      "Mrs Fitzgerald-Hart told me her first boat was a dinghy her father built and I told "
      "her my first boat was a kayak",
      "You told me your first boat was a dinghy your father built and I told you my first "
      "boat was a kayak."),
     ("Mr Koos Van Der Berg",
      "Mr Van Der Berg's mother was my first boss in Worcester and he rang her right there",
      "Your mother was my first boss in Worcester and you rang her right there."),
     ("Mr Daniel Ole Sankale",
      "Mr Ole Sankale told me his uncle ran a garage in Narok",
      "You told me your uncle ran a garage in Narok.")],
)  # fmt: skip
def test_reader_by_title_and_name_told_me_hers_is_you(recipient, typed, said):
    text, message = _said("connection", typed, _facts(recipient))
    assert text == said
    assert "wrote “you”" in message


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("Ms Ngata told me her sister Mere runs a bakery in Rotorua and I told her about my aunt.",
      "told her about"),  # a woman named: "her" may be Mere
     ("Ms Ngata told me her mother runs a bakery in Rotorua and she sells pies at the market.",
      "and she sells")],  # "she" may be the mother
)  # fmt: skip
def test_reader_told_me_with_someone_else_of_that_sex_stays(typed, kept):
    text, message = _said("connection", typed, _facts("Ms Aroha Ngata"))
    assert kept in text
    assert "“she” or “her”" in message or "If “she” means" in message


def test_a_man_named_after_the_reader_leaves_he_to_ask():
    typed = "Mr Van Der Berg's brother was my first boss in Worcester and he rang him right there"
    text, message = _said("connection", typed, _facts("Mr Koos Van Der Berg"))
    assert text == "Your brother was my first boss in Worcester and he rang him right there."
    assert "If “he” means Mr Van Der Berg" in message


@pytest.mark.parametrize(
    ("sentence", "named"),
    [("We talked about how Mr Van Der Berg started out.", "Mr Van Der Berg"),
     ("Mr Van Der Berg's crew was there.", "Mr Van Der Berg"),
     ("Mr Van, the foreman, was there.", "Mr Van")],
)  # fmt: skip
def test_notice_names_a_family_name_of_several_words_whole(sentence, named):
    assert _reader_named([sentence], _facts("Mr Koos Van Der Berg")) == named


def test_notice_names_a_family_name_with_a_small_particle_whole():
    facts = _facts("Mr Pieter van Wyk")
    said = ["We talked about the foreman Koos who knew Mr van Wyk, he was strict."]
    assert _reader_named(said, facts) == "Mr van Wyk"
    assert _reader_named(["Mr van Wyk also did his time there."], facts) == "Mr van Wyk"


@pytest.mark.parametrize(
    ("recipient", "typed", "said"),
    [("Mr Tomasz Nowak",
      "Will sir give me the weekend shifts or will I share them with the night porter?",
      "Will you give me the weekend shifts or will I share them with the night porter?"),
     ("Mrs Grace Adeyemi", "Does madam want me to start on the Monday?",
      "Do you want me to start on the Monday?"),
     ("Mr Tomasz Nowak", "Would Sir need me to bring my own knives?",
      "Would you need me to bring my own knives?")],
)  # fmt: skip
def test_sir_or_madam_asked_in_a_letter_to_them_is_you(recipient, typed, said):
    text, message = _said("question", typed, _facts(recipient))
    assert text == said
    assert "Used as you wrote it" not in message


@pytest.mark.parametrize(
    ("recipient", "typed"),
    [("Mrs Grace Adeyemi", "Will sir give me the weekend shifts?"),  # sir is someone else
     ("Mr Tomasz Nowak", "Will Sir Alan be at the site visit?"),
     ("Mr Tomasz Nowak", "Does madam want me to start on the Monday?")],
)  # fmt: skip
def test_sir_or_madam_who_is_not_the_reader_stays(recipient, typed):
    text, _ = _said("question", typed, _facts(recipient))
    assert text == typed


def test_sir_asked_in_a_letter_to_someone_untitled_is_hinted():
    typed = "Will sir give me the weekend shifts?"
    text, message = _said("question", typed, _facts("Tomasz Nowak"))
    assert text == typed
    assert "Used as you wrote it" not in message
    assert "“Will you give me the weekend shifts?”" in message


SENDER = "Dana Whitfield"


@pytest.mark.parametrize(
    ("key", "recipient", "typed", "said"),
    [("closing", "Mr Carl Jensen",
      "Dana says thank you to Carl and Linda for their time and hopes to hear from them soon",
      "I say thank you to you and Linda for their time and hope to hear from them soon."),
     ("connection", "Mrs Carla Jensen",
      "Carla said her son plays for the Sharks same as Dana, and she and Dana had a laugh "
      "about the final",
      "You said your son plays for the Sharks same as me, and you and I had a laugh about "
      "the final.")],
)  # fmt: skip
def test_sender_by_first_name_is_i(key, recipient, typed, said):
    text, message = _said(key, typed, _facts(recipient, SENDER))
    assert text == said
    assert "wrote “I”" in message


def test_sender_asking_if_someone_will_call_them_is_me():
    typed = "Dana would like to know if Linda will call her herself or if it comes through Carl"
    text, _ = _said("question", typed, _facts("Mr Carl Jensen", SENDER))
    assert "I would like to know if Linda will call me herself" in text
    assert "Dana" not in text


@pytest.mark.parametrize(
    ("key", "typed"),
    [("connection", "Dana Kowalski showed me the scanner and she laughed about the queue"),
     ("question",  # someone else named first: "him" may be the brother
      "Dana met Carl's brother and would like to know if Linda will call him"),
     ("closing", "Dana and Linda say thank you and hope to hear from them soon")],
)  # fmt: skip
def test_sender_name_not_certainly_the_sender_stays(key, typed):
    text, _ = _said(key, typed, _facts("Mr Carl Jensen", SENDER))
    assert "Dana" in text


@pytest.mark.parametrize(
    ("recipient", "typed", "said"),
    [("Ms Lorna Baptiste", "ma'am lorna is also from Roseau, we both sang in the choir",
      "You are also from Roseau."),
     ("Mr Tomasz Nowak", "sir tomasz was also at the Gdansk yard in 2015",
      "You were also at the Gdansk yard in 2015.")],
)  # fmt: skip
def test_a_title_called_by_before_the_readers_name_goes_with_it(recipient, typed, said):
    # "ma'am Maricel is also from …": both words are the reader, so neither is left
    # before "you", and the fix the step shows is what the letter uses (stable when typed back)
    facts = _facts(recipient)
    text, message = _said("connection", typed, facts)
    assert text.startswith(said)
    assert "Ma'am you" not in text and "Sir you" not in text
    again = check_answer("connection", text, facts=facts)
    assert " ".join(again.sentences) == text


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("Our Daughters Were Both In Grade 3 At Kenmore Primary", "in Grade 3 at"),
     ("We Both Started On Band 5 At The Same Hospital", "on Band 5 at")],
)  # fmt: skip
def test_title_case_keeps_a_numbered_grade_as_sentence_case_writes_it(typed, kept):
    # "Grade 4" lowered in Title Case came back capitalised when the fix was typed back
    facts = _facts("Ms Aroha Ngata")
    text, _ = _said("connection", typed, facts)
    assert kept in text
    again = check_answer("connection", text, facts=facts)
    assert " ".join(again.sentences) == text


@pytest.mark.parametrize(
    ("recipient", "greeting", "typed", "said"),
    [("Madame Sylvie Tremblay", "Dear Madame Tremblay,",
      "Madame Tremblay said her brother was a night bus driver in Sherbrooke",
      "You said your brother was a night bus driver in Sherbrooke."),
     ("Monsieur Luc Pelletier", "Dear Monsieur Pelletier,",
      "Monsieur Pelletier said his first truck was a 1998 Sterling",
      "You said your first truck was a 1998 Sterling.")],
)  # fmt: skip
def test_a_french_title_is_a_title(recipient, greeting, typed, said):
    # "Madame Isabelle Gagnon" was greeted "Dear Madame," with no name at all
    from tests.letters.letter_helpers import wizard_draft

    result = wizard_draft(
        {"connection": typed}, recipient=recipient, role="Bus Driver", company="Transit Est"
    )
    assert greeting in result.body
    assert said in result.body
