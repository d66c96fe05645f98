"""False friends that change what the letter says get a hint naming the words and the likely
fix: "I pretend to organize the station" (Portuguese "pretender", to intend), "Actually I am
working in a mussel farm" ("atualmente", currently), "assisted to the meeting" (attended),
"the formation on the new plows" (training) were in graded answer sets with no notice
pointing at them.

The wizard never mends them (a hint, the user decides); the same words used as English uses
them get no hint at all. Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from letters.answer_slips import slips_hint
from letters.fragments import LEFT_OUT
from tests.letters.letter_helpers import checked, notices_text, wizard_draft


@pytest.mark.parametrize(
    ("sentence", "words", "fix"),
    [
        # "pretend to" + a verb (Portuguese, Spanish, French, Italian)
        (
            "I pretend to organize the prep station with two people.",  # pizzeria, Portuguese
            "pretend to organize",
            "plan to organize",
        ),
        (
            "We pretend to finish the pipe welding ticket before summer.",  # welder, Spanish
            "pretend to finish",
            "intend to finish",
        ),
        (
            "Do you pretend to open the second warehouse next year?",  # warehouse, French
            "pretend to open",
            "plan to open",
        ),
        (
            "I also pretend to take the night shifts on the ward.",  # nurse, Italian
            "pretend to take",
            "plan to take",
        ),
        # "actually" + a present statement of where one works (Portuguese, German, Polish,
        # Spanish)
        (
            "Actually I am working in a mussel farm in Killary.",  # aquaculture, Portuguese
            "Actually I am working",
            "Currently I am working",
        ),
        (
            "Actually I work at a hotel in Munich as night porter.",  # hotel, German
            "Actually I work",
            "Currently I work",
        ),
        (
            "I have 6 years as electrician, actually I am working for a contractor in Gdansk.",
            "actually I am working",  # electrician, Polish
            "currently I am working",
        ),
        (
            "Actually, we are living in Galway near the boatyard.",  # boatbuilder, Spanish
            "Actually we are living",
            "Currently we are living",
        ),
        ("Actually I'm based in Cork with the fleet.", "Actually I'm based", "Currently I'm based"),
        (
            "Actually I work 2 years like kitchen porter in the Harbour Hotel.",  # kitchen
            "Actually I work",
            "Currently I work",
        ),
        # "assist to" an event (French, Spanish, Portuguese)
        (
            "I assisted to the toolbox talks every Monday on site.",  # construction, French
            "assisted to the toolbox talks",
            "attended the toolbox talks",
        ),
        (
            "I will assist to the induction at the care home on Friday.",  # carer, Spanish
            "assist to the induction",
            "attend the induction",
        ),
        (
            "Last year I assisted to a workshop on sourdough.",  # baker, Portuguese
            "assisted to a workshop",
            "attended a workshop",
        ),
        # "formation" for training (Portuguese, French, Spanish)
        (
            "I did a formation in food hygiene last year.",  # chef, Portuguese
            "a formation",
            "a training course",
        ),
        (
            "Is the formation on the new forklifts before December?",  # warehouse, French
            "formation",
            "training",
        ),
        (
            "I completed two formations on manual handling.",  # care assistant, Spanish
            "formations",
            "training courses",
        ),
    ],
)
def test_a_false_friend_gets_a_hint(sentence, words, fix):
    hint = slips_hint((sentence,))
    assert f"“{words}”" in hint
    assert f"“{fix}" in hint


@pytest.mark.parametrize(
    "sentence",
    [
        # "pretend" as English uses it
        "I don't pretend to know everything about boilers.",
        "We had to pretend to be customers for the mystery shop.",
        "They pretend to work when the supervisor walks past.",
        "I pretended to organize the files while the auditor watched.",
        "Let's pretend that the alarm went off during the drill.",
        "You pretend to be busy and nobody checks.",
        "I never pretend to understand a wiring diagram I have not read.",
        # "actually" as English uses it
        "I actually enjoyed the night shifts at the bakery.",
        "Actually, it was the second shift that caused the delay.",
        "Actually, I work well under pressure on the line.",
        "Actually, I'm working on it already.",
        "The old panel actually works at full load.",
        "What I actually do is check the welds before the X-ray.",
        "I am currently working in a pizzeria in Smithfield.",
        "Actually, the crew works in two teams.",
        "I was actually working in the cold store that day.",
        # "assist" and "attend" as English uses them
        "I assist the head chef with the prep.",
        "I assisted the patient to the bathroom.",
        "I attended the safety meeting every Monday.",
        "I assist with the training of new drivers.",
        # "formation" as English uses it
        "The formation of the new team took two weeks.",
        "We switched to a 4-4-2 formation on Saturday.",
        "The geese flew in formation over the yard.",
        "Rock formation in the quarry slowed the drilling.",
        "Class 3 permit and the formation of ASP Construction.",
        "I did a training course on food hygiene.",
        # "eventually" may mean "in the end" or "possibly": left alone
        "We could eventually add a second oven.",
    ],
)
def test_the_same_words_used_as_english_uses_them_get_no_hint(sentence):
    assert slips_hint((sentence,)) == ""


def test_the_answer_is_used_as_written_with_the_hint():
    typed = "I pretend to organize the station with two persons, one open the dough."
    check = checked("value_idea", typed)
    assert check.status != LEFT_OUT
    assert "pretend to organize" in " ".join(check.sentences)  # the letter is not changed
    assert "“pretend to organize”: if you mean a plan, say “plan to organize”" in check.message


def test_a_false_friend_in_the_fit_is_named_in_the_drafts_notice():
    result = wizard_draft(
        {"fit": ["Actually I am working in a pizzeria in Smithfield with wood ovens."]},
        role="Pizza Chef",
        company="Forno Rosso",
    )
    said = notices_text(result, "fit", 1)
    assert "“Actually I am working”: if you mean “now”, say “Currently I am working”" in said
    assert "Actually I am working in a pizzeria" in result.body
