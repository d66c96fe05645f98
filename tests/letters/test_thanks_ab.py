"""The closing's thanks, sign-off and third person (set AB: "Cheers." dropped as a second
thanks in AB16; a closing that only thanks again cut in AB01/02/06/08/12/14/19 but kept in
AB04/05/11/13/17/18 when a name or "sir", "ma", "mam" came before the comma; AB03
"Muthukumar thanks Sir …" and AB20 "Aoife thanks Dr Brennan …" not called the sender in
the third person; AB18 "Thank you for the time, Dr Nakato." and AB07 "… the cuppa ross,"
called the reader in the third person; AB01 "they" left meaning "you and my dad").
"""

from __future__ import annotations

import re

import pytest

from letters import wizard
from tests.letters.letter_helpers import DM_ANSWERS, notices_text

SECOND_THANKS = "your letter already thanks them in its first line"
READER_THIRD = "is the reader, spoken of in the third person"


def _draft(answers, *, recipient="Gary Whitlock", sender="Dean Morris"):
    return wizard.draft_with_prefills(
        answers=DM_ANSWERS | answers,
        recipient_name=recipient,
        sender_name=sender,
        company="Acme Works",
        role="Operator",
        is_decision_maker=True,
        seed="3",
    )


def _last_paragraphs(result):
    *_, closing, sign_off = result.body.split("\n\n")
    return closing, sign_off


@pytest.mark.parametrize(
    ("closing", "kept", "sign_off"),
    [
        ("Thanks heaps for your time Hemi, hope to hear from you soon. Cheers", "", "Cheers,"),
        ("I can start on the rig any Monday. Cheers, Tom", "I can start on the rig", "Cheers,"),
        ("I'd be glad to bring my tuning hammers in. Thanks!", "tuning hammers in.", "Thanks,"),
        ("Happy to do a trial shift on the line. Best.", "trial shift on the line.", "Best,"),
        ("I can cover the Saturday market too. Regards", "Saturday market too.", "Regards,"),
    ],
)
def test_a_lone_sign_off_word_signs_the_letter_off(closing, kept, sign_off):
    result = _draft({"closing": closing}, recipient="Hemi Walker")
    said, signed = _last_paragraphs(result)
    assert signed.startswith(sign_off)
    assert kept in said
    assert not said.rstrip().endswith(("Cheers.", "Cheers, Tom.", "Thanks!", "Best.", "Regards."))
    word = sign_off.rstrip(",")
    assert not re.search(rf"“{word}[^”]*” is left out", notices_text(result, "closing"))


def test_a_cheers_for_something_is_still_the_second_thanks():
    result = _draft({"closing": "I can start Monday. Cheers for showing me round the bakehouse."})
    said, signed = _last_paragraphs(result)
    assert "bakehouse" not in said
    assert SECOND_THANKS in notices_text(result, "closing")


@pytest.mark.parametrize(
    ("closing", "recipient", "kept"),
    [
        # AB04, AB05, AB07, AB11, AB16, AB17: a name or "sir", "ma", "mam" before the comma
        (
            "thx 4 ur time ma, hope 2 hear frm u soon",
            "Mrs Hauwa Bello",
            "I hope to hear from you soon.",
        ),
        (
            "Thank you very much for you're time sir, hoping for your possitive responce.",
            "Engr. Ramon Villanueva",
            "I'm hoping for your positive response.",
        ),
        (
            "thanks for the yarn and the cuppa ross, hope to hear back",
            "ross mcintyre",
            "I hope to hear back.",
        ),
        (
            "thanks for your time fiona, hope to hear from you soon",
            "Fiona Grant",
            "I hope to hear from you soon.",
        ),
        (
            "Thanks heaps for your time Hemi, hope to hear from you soon.",
            "Hemi Walker",
            "I hope to hear from you soon.",
        ),
        ("thx 4 ur time mam, looking fwd 2 ur reply", "Ms. Sneha Kulkarni", "I'm looking"),
        # other trades, the same shape
        (
            "Thanks for the tour of the dairy Mrs Patel, hoping to hear back soon.",
            "Mrs Anita Patel",
            "I'm hoping to hear back soon.",
        ),
        (
            "cheers for the coffee and the chat dave, hope to hear soon",
            "Dave Rollins",
            "I hope to hear soon.",
        ),
        (
            "Thank you for your time madam, looking forward to your reply.",
            "Ms. Ama Owusu",
            "I'm looking forward to your reply.",
        ),
    ],
)
def test_a_thanks_before_a_comma_goes_and_the_rest_stays(closing, recipient, kept):
    result = _draft({"closing": closing}, recipient=recipient)
    said, _ = _last_paragraphs(result)
    assert kept in said
    assert "Thank" not in said.split("?")[-1]
    assert "Cheers for" not in said
    assert SECOND_THANKS in notices_text(result, "closing")


@pytest.mark.parametrize(
    ("closing", "recipient"),
    [
        ("thank you for the time, Dr Nakato", "Dr. Grace Nakato"),  # AB18
        ("Thanks for your time, Mr Pillay.", "Mr. Ravi Pillay"),
        ("Thank you for your time today, Chef Marco.", "Marco Bianchi"),
        ("Thanks again for the time, Ms Dizon!", "Ms. Lorna Dizon"),
    ],
)
def test_a_thanks_again_to_them_by_name_is_the_second_thanks(closing, recipient):
    result = _draft({"closing": closing}, recipient=recipient)
    said, _ = _last_paragraphs(result)
    notes = notices_text(result, "closing")
    assert "Thank" not in said.split("?")[-1]
    assert SECOND_THANKS in notes
    assert READER_THIRD not in notes


@pytest.mark.parametrize(
    ("closing", "recipient", "named"),
    [
        (
            "thanks for the yarn and the cuppa ross, hope to hear back",
            "ross mcintyre",
            "Ross",
        ),  # AB07
        ("I look forward to hearing from you, Dr Nakato.", "Dr. Grace Nakato", "Dr Nakato"),
        ("Happy to come in for a trial cut any day, Chef Marco.", "Marco Bianchi", "Marco"),
        ("I can bring my own waders on Monday, Mr Pillay.", "Mr. Ravi Pillay", "Mr Pillay"),
    ],
)
def test_their_name_said_to_them_is_not_third_person(closing, recipient, named):
    result = _draft({"closing": closing}, recipient=recipient)
    assert READER_THIRD not in notices_text(result, "closing")


def test_their_name_spoken_of_is_still_third_person():
    result = _draft(
        {"connection": "Mr Pillay showed me the new filler and it was great."},
        recipient="Mr. Ravi Pillay",
    )
    said = result.body
    notes = notices_text(result, "connection")
    assert "You showed me" in said or READER_THIRD in notes


@pytest.mark.parametrize(
    ("closing", "recipient", "sender", "mended"),
    [
        (
            "Aoife thanks Dr Brennan for her time and looks forward to hearing from her.",
            "Dr. Orla Brennan",
            "Aoife Lynch",
            "I look forward to hearing from you.",
        ),
        (
            "Tendai thanks Ms Ruiz for her time and hopes to hear from her soon.",
            "Ms. Carla Ruiz",
            "Tendai Moyo",
            "I hope to hear from you soon.",
        ),
        (
            "Priya thanks Mr Doyle for the kitchen tour and looks forward to his reply.",
            "Mr. Sean Doyle",
            "Priya Nair",
            "I look forward to your reply.",
        ),
        (
            "Kofi is ready to start on the night shift whenever Ms Mensah needs him.",
            "Ms. Efua Mensah",
            "Kofi Asare",
            "",
        ),
    ],
)
def test_the_sender_by_name_in_the_closing_is_i(closing, recipient, sender, mended):
    result = _draft({"closing": closing}, recipient=recipient, sender=sender)
    said, _ = _last_paragraphs(result)
    first = sender.split()[0]
    notes = notices_text(result, "closing")
    if mended:
        assert mended in said
        assert f"{first} thanks" not in said
    else:
        assert f"“{first}” is you" in notes


def test_the_sender_by_name_with_an_unsure_his_gets_the_notice():
    result = _draft(
        {"closing": "Muthukumar thanks Sir for his time and is waiting for his reply."},
        recipient="Mr. R. Senthilkumar",
        sender="Muthukumar Palaniswamy",
    )
    assert "“Muthukumar” is you" in notices_text(result, "closing")


@pytest.mark.parametrize(
    "closing",
    [
        "I'd be glad to talk the idea through on a short call next week.",
        "Marco at the depot can vouch for my forklift work.",
    ],
)
def test_no_sender_notice_without_their_name(closing):
    result = _draft({"closing": closing}, sender="Dean Morris")
    assert "is you" not in notices_text(result, "closing")


@pytest.mark.parametrize(
    ("connection", "recipient", "pair"),
    [
        (
            "Mr Pennington started out as a banksman on the Leeds inner ring road in 1998, "
            "and my dad worked on the same job as a steel fixer. We worked out they "
            "probably shared a canteen.",
            "Gareth Pennington",
            "my dad",
        ),
        (
            "Mrs Okoro trained at the Lagos school of nursing and my aunt trained there too. "
            "We reckon they were in the same class.",
            "Mrs Ngozi Okoro",
            "my aunt",
        ),
        (
            "Mr Haddad grew up in Tripoli and my grandfather ran a bakery near the port. "
            "It turns out they knew the same fishermen.",
            "Mr Sami Haddad",
            "my grandfather",
        ),
    ],
)
def test_they_after_the_switch_to_you_is_asked_about(connection, recipient, pair):
    result = _draft({"connection": connection}, recipient=recipient)
    notes = notices_text(result, "connection")
    assert "“they”" in notes
    assert f"you and {pair}" in notes


def test_they_for_others_gets_no_pair_hint():
    result = _draft(
        {"connection": "Mr Haddad showed me the old ovens. The bakers said they were from 1962."},
        recipient="Mr Sami Haddad",
    )
    assert "you and my" not in notices_text(result, "connection")


def test_a_thanks_then_a_sign_off_leaves_the_sign_off_and_asks_for_a_step():
    result = _draft({"closing": "Thank you for your time today. Cheers"})
    said, signed = _last_paragraphs(result)
    notes = notices_text(result, "closing")
    assert signed.startswith("Cheers,")
    assert "Thank you for your time" not in said
    assert "“”" not in notes
    assert "A small next step reads better here" in notes


def test_a_half_switched_closing_stays_as_typed_with_the_notice():
    closing = (
        "Ibrahim thanks Mrs Bello for her time and the tour of the workshop, and he hopes "
        "to hear from her soon."
    )
    result = _draft({"closing": closing}, recipient="Mrs Funke Bello", sender="Ibrahim Musa")
    said, _ = _last_paragraphs(result)
    assert "Ibrahim thanks Mrs Bello for her time" in said
    assert "“Ibrahim” is you" in notices_text(result, "closing")


def test_the_rest_after_a_second_thanks_keeps_only_hints_on_words_left_as_typed():
    result = _draft(
        {"closing": "Thanks Again For Setting This Up Hannah, Let Me Know If They Need Anything."},
        recipient="Hannah Whitfield",
    )
    notes = notices_text(result, "closing")
    assert SECOND_THANKS in notes
    assert "If “they” means" not in notes
