"""Wizard round 17: phone shorthand blind graders found still in letters.

"sat+sun" is "Saturday and Sunday"; "b" after "and" is "be" where "can", "will" or "to"
stands earlier in its clause; "4 same day cancels" after a noun is "for same-day cancels";
"last min" is "last-minute" before a noun and "at the last minute" after a verb; a
lower-case "id" within a sentence before "be", "like to" is "I'd"; "ap" is "AP" for an
accounts payable clerk; conditions named after a person take their capital.
"""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer

AIDE = Facts(
    names=("Ms Tanya Robles", "Keisha Barnes", "BrightPath Home Care"),
    recipient="Ms Tanya Robles",
    company="BrightPath Home Care",
    role="Home Health Aide",
)
CLERK = Facts(
    names=("priya sandhu", "jordan macleod", "maple ridge logistics"),
    recipient="priya sandhu",
    company="maple ridge logistics",
    role="accounts payable clerk",
)


def _check(key, typed, facts=AIDE):
    return check_answer(key, typed, facts=facts)


@pytest.mark.parametrize(
    ("typed", "said"),
    [("I can take a standing sat+sun block and b on a backup list 4 same day cancels",
      "I can take a standing Saturday and Sunday block and be on a backup list for same-day "
      "cancels."),
     ("i can take a standing sat+sun block + b on a backup list 4 same day cancels",
      "I can take a standing Saturday and Sunday block and be on a backup list for same-day "
      "cancels."),
     ("i can take the sunday shift and b there by 7",
      "I can take the Sunday shift and be there by 7."),
     ("i can do mon+wed+fri mornings", "I can do Monday, Wednesday and Friday mornings."),
     ("i will drive and b trained on the new lift",
      "I will drive and be trained on the new lift.")],
)  # fmt: skip
def test_days_joined_by_plus_b_after_and_and_4_before_same_day_are_spelled_out(typed, said):
    check = _check("value_idea", typed)
    assert check.sentences == (said,)
    assert "spelled out the shorthand" in check.message


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("i can do sections a and b on monday", "a and b on"),  # the letters
     ("i can bring salt and b vitamins", "and b vitamins"),
     ("we had 4 same day cancels last week", "had 4 same day cancels"),  # a count
     ("shift differential 4 overnights", "4 overnights")],  # may count: left as typed
)  # fmt: skip
def test_b_and_4_that_may_be_a_letter_or_a_count_stay(typed, kept):
    check = _check("value_idea", typed)
    assert kept in " ".join(check.sentences) or not check.sentences


@pytest.mark.parametrize(
    ("typed", "said"),
    [("too many missed visits on weekends bc aides cancel last min",
      "aides cancel at the last minute."),
     ("we had a lot of last min cancels", "We had a lot of last-minute cancels."),
     ("i can cover at last min, no problem", "I can cover at the last minute, no problem."),
     ("i was called in last min", "I was called in at the last minute."),
     ("i did the last min of the shift alone", "I did the last minute of the shift alone.")],
)  # fmt: skip
def test_last_min_is_spelled_out_where_it_is_certain(typed, said):
    check = _check("fit", typed) if typed.startswith(("we", "i ")) else _check("problem", typed)
    assert " ".join(check.sentences).endswith(said)


@pytest.mark.parametrize(
    "typed",
    [
        "i was on my last min wage job",
        "i left it to last min once",
        "i can cover shifts, last min is fine",
    ],
)
def test_last_min_that_may_be_something_else_stays(typed):
    assert "last min" in _check("fit", typed).sentences[0]


@pytest.mark.parametrize(
    ("typed", "said"),
    [("could you ask kevin when the netsuite move is planned, id like to know if id be part of it",
      "when the netsuite move is planned, I'd like to know if I'd be part of it?")],
)  # fmt: skip
def test_id_within_a_sentence_before_be_or_like_to_is_i_would(typed, said):
    check = _check("question", typed, CLERK)
    assert check.sentences[0].endswith(said)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("i always bring photo id like a passport", "photo id like a passport"),
     ("i checked my id card every shift", "my id card"),
     ("my id had expired so i renewed it", "id had expired"),
     ("i have my passport and id need renewing", "and id need renewing")],
)  # fmt: skip
def test_id_as_identification_stays(typed, kept):
    assert kept in _check("fit", typed).sentences[0]


@pytest.mark.parametrize(
    ("typed", "said"),
    [("i worked on the alzheimers unit for 3 years",
      "I worked on the Alzheimer's unit for 3 years."),
     ("i know the parkinsons next door", "I know the parkinsons next door.")],  # a family
)  # fmt: skip
def test_a_condition_after_the_takes_its_capital_but_not_a_familys_name(typed, said):
    assert _check("fit", typed).sentences == (said,)


def test_ap_is_capitalised_for_an_accounts_payable_clerk_only():
    said = _check("fit", "4 years of ap at a distribution company", CLERK).sentences
    assert said == ("I have 4 years of AP at a distribution company.",)
    other = _check("fit", "4 years of ap at a distribution company", AIDE).sentences
    assert other == ("I have 4 years of ap at a distribution company.",)


@pytest.mark.parametrize(
    ("typed", "said"),
    [("we both have moms w/ alzheimers", "We both have moms with Alzheimer's."),
     ("i cared for clients with alzheimers and parkinsons",
      "I cared for clients with Alzheimer's and Parkinson's."),
     ("i worked with kids with downs syndrome", "I worked with kids with Down syndrome.")],
)  # fmt: skip
def test_conditions_named_after_a_person_take_their_capital(typed, said):
    check = _check("connection" if typed.startswith("we") else "fit", typed)
    assert check.sentences == (said,)
    assert "capitalised names" in check.message


def test_foto_is_a_photo_not_a_foot():
    from letters.answer_case import Facts
    from letters.fragments import check_answer

    facts = Facts(names=("Dr Botha",), recipient="Dr Botha", company="Botha Dental")
    typed = "we both have labradors and you showed me a foto of your dog on your phone"
    said = " ".join(check_answer("connection", typed, facts=facts).sentences)
    assert "a photo of your dog" in said
