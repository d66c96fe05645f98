"""Faults the wizard brought in itself (draft_grades22): an "is" made "are" where the
swapped "you" is not its subject, a note joined to a clause with ", and" called
corrected, the reader's later "she"/"his" left after their name became "you", and
offered example sentences that do not read."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer

OKAFOR = Facts(names=("Mr. Emeka Okafor",), recipient="Mr. Emeka Okafor")


@pytest.mark.parametrize(
    ("typed", "said"),
    [("The best part is he showed me how to read a cable schedule",
      "The best part is you showed me how to read a cable schedule."),
     ("The good thing was he knew my old foreman from the depot",
      "The good thing was you knew my old foreman from the depot."),
     ("What I liked is he walked me round the whole substation",
      "What I liked is you walked me round the whole substation.")],
)  # fmt: skip
def test_is_before_a_swapped_he_that_is_the_subject_of_another_verb_stays(typed, said):
    check = check_answer("connection", typed, facts=OKAFOR)
    assert check.sentences == (said,)


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [("question", "Does he want me on the night crew first?",
      "Do you want me on the night crew first?"),
     ("question", "How long has he been at the depot?", "How long have you been at the depot?"),
     ("question", "Is he still running the apprentices?", "Are you still running the apprentices?"),
     ("question", "And was he at the Kano site too?", "And were you at the Kano site too?")],
)  # fmt: skip
def test_an_inverted_question_still_agrees_with_you(key, typed, said):
    check = check_answer(key, typed, facts=OKAFOR)
    assert said in " ".join(check.sentences)


DRIVER = Facts(names=("Mr. Emeka Okafor",), recipient="Mr. Emeka Okafor", trade="courier")


@pytest.mark.parametrize(
    ("typed", "note"),
    [("clean driving licence, I do the van checks and the stock runs after",
      "clean driving licence"),
     ("full HGV licence, I do the deliveries and the loading myself", "HGV licence"),
     ("Full C licence, we do the tipper runs on Fridays", "C licence")],
)  # fmt: skip
def test_a_note_before_a_comma_and_a_clause_is_not_joined_with_and(typed, note):
    check = check_answer("fit", typed, facts=DRIVER, number=3)
    said = " ".join(check.sentences)
    assert ", and I do" not in said and ", and we do" not in said
    assert check.status != "fixed"
    assert note in check.message and "note" in check.message


@pytest.mark.parametrize(
    "typed",
    ["I have a full C licence, I do the pump installs after",
     "In my last job, I ran the night crew on my own"],
)  # fmt: skip
def test_a_sentence_before_the_comma_is_not_called_a_note(typed):
    check = check_answer("fit", typed, facts=DRIVER, number=3)
    assert check.used


@pytest.mark.parametrize(
    ("typed", "bare"),
    [("can cover weekends april to june, own van", "own van"),
     ("can do nights all winter, own tools", "own tools"),
     ("can start on the spring lambing, clean licence", "clean licence")],
)  # fmt: skip
def test_a_second_part_with_no_verb_of_its_own_is_not_joined_with_and(typed, bare):
    check = check_answer("value_idea", typed, facts=DRIVER)
    said = " ".join(check.sentences)
    assert f"and {bare}" not in said
    assert "joined the two parts" not in check.message
    assert f"“{bare}” after a comma has no verb" in check.message


@pytest.mark.parametrize(
    ("typed", "joined"),
    [("I would sweep the bays first thing, clean the racks after", "and clean the racks"),
     ("I would check the stock each morning, order parts at close", "and order parts"),
     ("I can run the forklift on nights, own the whole yard count", "and own the whole")],
)  # fmt: skip
def test_a_second_verb_with_its_object_is_still_joined(typed, joined):
    check = check_answer("value_idea", typed, facts=DRIVER)
    assert joined in " ".join(check.sentences)


LENA = Facts(names=("Lena Park",), recipient="Lena Park")
OWEN = Facts(names=("Owen Price",), recipient="Owen Price")


@pytest.mark.parametrize(
    ("facts", "typed", "said"),
    [(LENA, "Lena said her brother drives for Sysco and we figured out he was on my route in 2020, "
            "she couldnt believe it",
      "You said your brother drives for Sysco and we figured out he was on my route in 2020. "
      "You couldn't believe it."),
     (OWEN, "Owen said his daughter runs the bakery on Main Street and she trained me in 2019, "
            "he laughed about it",
      "You said your daughter runs the bakery on Main Street and she trained me in 2019. "
      "You laughed about it.")],
)  # fmt: skip
def test_the_readers_own_pronoun_after_their_name_is_you(facts, typed, said):
    check = check_answer("connection", typed, facts=facts)
    assert " ".join(check.sentences).replace(". You", ", you") == said.replace(". You", ", you")


@pytest.mark.parametrize(
    ("facts", "typed", "kept"),
    [(LENA, "Lena said he never does that for anyone except her", "except her"),
     (LENA, "Lena said her brother and Megan both drive for Sysco, she laughed", "she laughed"),
     (LENA, "Lena said her mum knew my dad, she was his neighbour", "she was"),
     (OWEN, "Owen told me about his brother, and his wife Jo said he was a fitter", "he was")],
)  # fmt: skip
def test_a_pronoun_after_someone_else_of_that_sex_is_not_made_you(facts, typed, kept):
    check = check_answer("connection", typed, facts=facts)
    assert kept in (" ".join(check.sentences) or check.typed).lower()
