"""Typos in a wizard answer are corrected before they reach the letter when the word meant
is certain ("demensia" -> "dementia"), and the step says which; names typed in lower case,
trade words and words the dictionary knows are left as typed; shorthand the wizard cannot
spell out is named."""

from pathlib import Path

import pytest

from letters.answer_case import Facts
from letters.fragments import FIXED, USED, check_answer
from tests.letters.letter_helpers import letter_draft_file

BLIND = Path(__file__).parent / "blind"
FACTS = Facts(names=("Mrs Dianne Prowse", "Shannon Kelly"), company="Meadowbank Care Home")


draft = letter_draft_file


def notice(result: dict, answer: str) -> str:
    return next(n["message"] for n in result["notices"] if n["answer"] == answer)


def test_the_carers_typos_are_corrected_in_the_draft_and_the_step_says_so():
    result = draft(BLIND / "draft_grades8/answers/I11_carer_typos.json")

    body = result["body"]
    for typo, word in [
        ("demensia", "dementia"),
        ("emotinal", "emotional"),
        ("medicaton", "medication"),
        ("exept", "except"),
    ]:
        assert typo not in body
        assert word in body
    assert "corrected the spelling of “demensia” and “emotinal”" in notice(result, "connection")
    assert "corrected the spelling of “exept”" in notice(result, "closing")
    assert "£28 an hour" in body


def test_the_labourers_typos_are_corrected():
    result = draft(BLIND / "draft_grades8/answers/I19_labourer_typos-nz.json")

    assert "residential builds in Auckland" in result["body"]
    assert "carpentry apprenticeship down the track?" in result["body"]
    assert "“apprenticship”" in notice(result, "question")


def test_shorthand_the_tables_did_not_hold_is_spelled_out_or_named():
    electrician = draft(BLIND / "draft_grades8/answers/I02_electrician_phone-shorthand.json")
    bartender = draft(BLIND / "draft_grades8/answers/I14_bartender_lowercase-names.json")

    assert "pre handover walk-through with a checklist" in electrician["body"]
    assert "“comm”" in notice(electrician, "fit")
    assert "Would I get input on the new cocktail menu?" in bartender["body"]
    assert "“vol”" in notice(bartender, "fit")


def test_a_typo_is_corrected_with_its_capital_and_said_once():
    check = check_answer("fit", "Diffrent wards, and I do the medicaton rounds", facts=FACTS)

    assert check.status == FIXED
    assert check.sentences == ("Different wards, and I do the medication rounds.",)
    assert "corrected the spelling of “Diffrent” and “medicaton”" in check.message
    assert check.message.count("medicaton") == 1


@pytest.mark.parametrize(
    "typed",
    [
        "we both worked at the old dog and duck on deansgate, he knew marco the old manager",
        "we both grew up around te puke and he knows my uncle",
        "I keep caps, contactors and igniters on the truck",  # a trade word, not "contractors"
        "I always send the funder reports a week early",  # one who funds, not "founder"
        "I run the haas and the mazak on nights",  # brands typed in lower case
        "I spoke to many customers about the new menu",  # "to many" here is right
        "I did a 15 minute walk and an hourly check",
    ],
)
def test_names_trade_words_and_right_words_are_left_as_typed(typed):
    check = check_answer("fit", typed, facts=FACTS)

    assert "corrected the spelling" not in check.message
    assert "wrote “too”" not in check.message
    for word in ("deansgate", "marco", "puke", "contactors", "funder", "haas", "to many"):
        if word in typed:
            assert word in " ".join(check.sentences)


def test_the_name_of_someone_in_the_interview_is_not_corrected():
    facts = Facts(names=("Mr Dave Kowalski", "Jay Mendes"), company="Brightline Electrical")

    check = check_answer("connection", "You said you know kowalsky from the club", facts=facts)

    assert "corrected the spelling" not in check.message


def test_common_confusions_are_fixed_where_the_grammar_is_certain():
    too = check_answer("value_problem", "You have to much agency staff on nights.", facts=FACTS)
    an_hour = check_answer("value_gain_detail", "Agency costs £28 a hour.", facts=FACTS)
    a_one = check_answer("value_idea", "I would put an one person station on the bar.", facts=FACTS)

    assert too.sentences == ("You have too much agency staff on nights.",)
    assert "wrote “too” for “to”" in too.message
    assert an_hour.sentences == ("Agency costs £28 an hour.",)
    assert a_one.sentences[0].startswith("I would put a one person station")


def test_an_unsure_typo_is_left_for_the_user():
    # "specialy": "specially" or "specialty"; the wizard does not choose for them
    check = check_answer(
        "fit", "I have worked on the dementia unit specialy at night.", facts=FACTS
    )

    assert "specialy" in check.sentences[0]


def test_shorthand_with_no_vowels_is_named_once():
    check = check_answer(
        "value_idea", "I would check the Otis MRL drv boards every week.", facts=FACTS
    )

    assert check.status in (USED, FIXED)
    assert "“drv” may not be a word your reader knows" in check.message
    assert check.message.count("“drv”") == 1
