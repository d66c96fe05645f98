"""Third-person answers whose offered "corrected version" garbled them (set Z).

A corrected version is offered only when every pronoun is switched consistently: the
sender to "I"/"my", the reader to "you"/"your", the two of them to "we". Where that is not
certain the pronouns stay as typed, with the hint, and what the letter uses (the capitals
and stops mended) is not called a corrected version.

1. "… and hopes to hear back soon" after "I say thanks": "and hope" (Z07).
2. "hopes to hear from her soon" to the reader: "from you soon", never "from your soon";
   the sender's own name left after the reader's is made "I" (Z15).
3. "the two of them", "they both" with "I" and "you" in it: not offered (Z07).
4. The sender named with "she" or "her" after them: whose it is is not certain, so the
   reader is not handed the sender's daughter (Z15).
5. "if Michael wants me" in a letter to Michael: "if you want me" (Z07, Z15).
6. An unsure "he" is not offered in a corrected version whatever the case it was typed
   in: Title Case and shorthand as sentence case (Z01, Z13).
7. "Ma'am Rowena she told me": "You told me", not "You Rowena you told me" (Z10).
8. "every new apprentice … his work": "his" is the apprentice's, no hint (Z02).
"""

import pytest

from letters.answer_case import Facts
from letters.fragments import FIXED, check_answer


def _facts(recipient, sender):
    return Facts(
        names=(recipient, sender, "Harbour Works Ltd"),
        recipient=recipient,
        sender=sender,
        company="Harbour Works Ltd",
        role="Technician",
    )


def _said(key, typed, recipient, sender):
    check = check_answer(key, typed, facts=_facts(recipient, sender))
    return " ".join(check.sentences), check


@pytest.mark.parametrize(
    ("recipient", "sender", "typed", "said"),
    [
        # electrician
        ("Mark Evans", "Priya Shah",
         "Priya says thanks to Mark for the site visit, and hopes to hear back soon",
         "I say thanks to you for the site visit, and hope to hear back soon."),
        # nurse
        ("Ms Carol Reid", "Aisha Khan",
         "I thank her for her time and hope to hear from her soon",
         "I thank you for your time and hope to hear from you soon."),
        ("Ms Carol Reid", "Aisha Khan",
         "Aisha thanks Carol for her time and hopes to hear from her soon",
         "I thank you for your time and hope to hear from you soon."),
        # baker
        ("Mrs Joan Hart", "Lena Moss",
         "Lena thanks Joan for the tour of the bakery, and hopes to hear from her soon",
         "I thank you for the tour of the bakery, and hope to hear from you soon."),
    ],
)  # fmt: skip
def test_closing_said_by_me_to_you_agrees(recipient, sender, typed, said):
    assert _said("closing", typed, recipient, sender)[0] == said


@pytest.mark.parametrize(
    ("recipient", "sender", "typed", "said"),
    [
        # electrician
        ("Mark Evans", "Priya Shah",
         "Priya would like to know if Mark wants her on the night shifts",
         "Do you want me on the night shifts?"),
        # nurse
        ("Ms Carol Reid", "Aisha Khan",
         "Aisha wants to know if Carol pairs new nurses with a mentor",
         "Do you pair new nurses with a mentor?"),
        # baker
        ("Mrs Joan Hart", "Lena Moss",
         "I would like to know if Joan has a second oven for the weekend orders, because "
         "the Saturday rush is big",
         "if you have a second oven"),
    ],
)  # fmt: skip
def test_reader_asked_of_by_name_after_if_is_you(recipient, sender, typed, said):
    sentences, check = _said("question", typed, recipient, sender)
    assert said in sentences
    assert "is the reader, spoken of in the third person" not in check.message


@pytest.mark.parametrize(
    ("recipient", "typed"),
    [
        ("Mark Evans", "I want to know if Mark's crew works weekends"),  # his crew
        ("Mark Evans", "I want to know if Mark Jagger still plays at the club"),  # another Mark
    ],
)
def test_reader_named_after_if_stays_when_not_them(recipient, typed):
    sentences, _ = _said("question", typed, recipient, "Priya Shah")
    assert "if you" not in sentences


@pytest.mark.parametrize(
    ("recipient", "sender", "typed", "pair"),
    [
        # electrician
        ("Mark Evans", "Priya Shah",
         "Mark said he played for Cork in 2001 and Priya's brother was in the same team, "
         "so the two of them had a laugh about it", "the two of them"),
        # plumber
        ("Mr Tom Brady", "Sean Kelly",
         "Mr Brady said he trained under his uncle in Cork and we found out my uncle knew "
         "both of them", "both of them"),
        # chef
        ("Mr Luca Bruno", "Dan Ross",
         "Luca said he cooked at the Savoy and my sister worked there the same year, so "
         "they both laughed", "they both"),
    ],
)  # fmt: skip
def test_pair_spoken_of_as_them_is_not_offered(recipient, sender, typed, pair):
    sentences, check = _said("connection", typed, recipient, sender)
    assert "We suggest a corrected version" not in check.message
    assert pair in sentences and "you" not in sentences.lower().split()
    assert "write “we”" in check.message


def test_pair_with_no_one_of_mine_is_still_switched():
    """ "the two of them" are two apprentices: no "I" in it, so the switch is certain."""
    sentences, check = _said(
        "connection",
        "Mark said he trained two apprentices last year, and the two of them passed first time",
        "Mark Evans",
        "Priya Shah",
    )
    assert check.status == FIXED
    assert sentences == (
        "You said you trained two apprentices last year, and the two of them passed first time."
    )


@pytest.mark.parametrize(
    ("recipient", "sender", "typed", "never"),
    [
        # nurse: Aisha's placement is not the reader's
        ("Ms Carol Reid", "Aisha Khan",
         "Carol told Aisha she trained at St James's in 1999, and Aisha had her placement "
         "there in 2018, so they both laughed", "your placement"),
        # baker
        ("Ms Jo Hart", "Lena Moss",
         "Jo told Lena she started baking at Greggs, and Lena did her first job there too",
         "your first job"),
        # hairdresser
        ("Ms Nina Cole", "Rosa Diaz",
         "Nina showed Rosa the new salon and Rosa told her about her own chair in Leeds",
         "your own chair"),
    ],
)  # fmt: skip
def test_sender_named_with_she_is_not_switched(recipient, sender, typed, never):
    sentences, check = _said("connection", typed, recipient, sender)
    assert never not in sentences and never not in check.fix
    assert "We suggest a corrected version" not in check.message
    assert "cannot tell which is them" in check.message


@pytest.mark.parametrize(
    ("recipient", "typed"),
    [
        # plumber, Title Case
        ("Mr Tom Brady",
         "Mr Brady Said He Learnt From His Uncle In Cork And We Found Out My Uncle Taught "
         "Both Of Them, He Showed Me A Van My Uncle Fitted Out In 1987"),
        # mechanic, shorthand
        ("Mr Joe Kane",
         "we both grew up nr the docks in Leith & he showed me pic of his grandad's garage, "
         "said thats y he started the business"),
    ],
)  # fmt: skip
def test_unsure_he_is_not_offered_in_any_case(recipient, typed):
    sentences, check = _said("connection", typed, recipient, "Sam Reid")
    assert " he " in f" {check.fix or sentences} "  # the mends only, "he" as typed
    assert "cannot tell which is them" in check.message
    assert "We suggest a corrected version" not in check.message
    assert "not as a corrected version" in check.message


@pytest.mark.parametrize(
    ("recipient", "typed", "said"),
    [
        ("Ma'am Lorna Cruz",
         "Ma'am Lorna she told me she is also from Cebu and her father is a baker like my "
         "father",
         "You told me you are also from Cebu and your father is a baker like my father."),
        ("Ma'am Joy Santos",
         "Ma'am Joy she showed me the new clinic and her old X-ray machine",
         "You showed me the new clinic and your old X-ray machine."),
    ],
)  # fmt: skip
def test_called_reader_then_she_is_one_you(recipient, typed, said):
    assert _said("connection", typed, recipient, "Jerome Reyes")[0] == said


@pytest.mark.parametrize(
    "typed",
    [
        # plumber
        "I would set up a scheme where every new apprentice gets a plumber who checks his "
        "work once a week",
        # nurse
        "I would make sure each new starter has a mentor who signs off his competencies",
    ],
)
def test_pronoun_of_every_new_one_is_no_hint(typed):
    _, check = _said("value_idea", typed, "Mr Tom Brady", "Sean Kelly")
    assert "means Mr Brady" not in check.message


def test_pronoun_after_every_week_may_still_be_the_reader():
    _, check = _said(
        "value_idea",
        "I would send the rota every week so he knows who is on",
        "Mr Tom Brady",
        "Sean Kelly",
    )
    assert "If “he” means Mr Brady" in check.message
