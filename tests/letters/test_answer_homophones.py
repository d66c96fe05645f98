"""Real-word typos (homophones) in an answer: mended where the words around it leave one
reading ("and than send" -> "then", "which is were the" -> "where", "so there ready for"
-> "they're", ", its good money" -> "it's", "your right about" -> "you're", "me to." ->
"too", "crews quiting mid job" -> "quitting", "inspecters" -> "inspectors"), and left as
typed, or named in a hint, where another reading is possible ("more than help", "where
were the", "there ready meals", "its own", "its steady growth is")."""

import pytest

from letters.answer_case import Facts
from letters.answer_spelling import spell_checked, unknown_words_hint
from letters.fragments import check_answer

FACTS = Facts(names=("Dana Whitfield",), company="Harbour Joinery")


def mended(text: str) -> tuple[str, list[str]]:
    changes: list[str] = []
    return spell_checked(text, FACTS, changes), changes


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        (
            "I'd sand the frames first and than send them to the paint shop",
            "I'd sand the frames first and then send them to the paint shop",
        ),
        (
            "we plate the dishes and than wipe the rims before service",
            "we plate the dishes and then wipe the rims before service",
        ),
        ("I'd check the stock and than order what is short", "and then order what"),
        (
            "more tables turned on a Friday which is were the margin is",
            "which is where the margin is",
        ),
        ("repeat clients, that is were we make our name", "that is where we make"),
        (
            "I clean the clippers after each cut so there ready for the next client",
            "so they're ready for",
        ),
        ("we service the vans on Sunday so there ready.", "so they're ready."),
        (
            "the apprentices get signed off and there qualified to work alone",
            "and they're qualified to",
        ),
        (
            "we would win more repeat work, its good money with the tenders",
            "we would win more repeat work, it's good money with the tenders",
        ),
        ("Its steady work in the winter.", "It's steady work in the winter."),
        ("your right about the rota, it needs a second closer", "you're right about the rota"),
        ("Your right.", "You're right."),
        ("your going to need a second pastry chef by spring", "you're going to need"),
        ("the night shift found it hard and me to.", "and me too."),
        ("I loved the site visit, me to.", "me too."),
        ("fewer drivers quiting mid contract", "fewer drivers quitting mid contract"),
        ("staff keep quiting.", "staff keep quitting."),
        ("I calibrated the gas inspecters every month", "the gas inspectors every month"),
        ("the ventilaters in the spray booth", "the ventilators in the spray booth"),
    ],
)
def test_a_homophone_with_one_reading_is_mended(typed, meant):
    text, changes = mended(typed)
    assert meant in text
    assert changes


@pytest.mark.parametrize(
    "typed",
    [
        "it pays more than help from an agency",
        "the new kiln fires better than the old one and than the one before",
        "and than the rest of the crew",
        "where were the new starters trained",
        "the question is were the cakes ready on time",
        "we sell there ready meals to the farm shop",
        "I left the boxes over there ready for the driver",
        "is there ready access to the loading bay",
        "the firm grew because of its own crew",
        "its steady growth is down to the sales team",
        "the bakery, its main oven broken, closed early",
        "Its good reputation took years to build.",
        "Its regular customers, mostly trades.",
        "Its good reputation.",
        "your right hand man on the line",
        "Your right to refuse is in the contract.",
        "your going rate for a weekend shift",
        "let me know if you want me to.",
        "happy to cover the late shift if you need me to.",
        "the manager sent the rota to me to check",
        "we are quiting a fixed price for the job",
        "I'm quiting the job.",
        "there right now",
    ],
)
def test_a_homophone_with_another_reading_stays(typed):
    text, changes = mended(typed)
    assert text == typed
    assert not [c for c in changes if c != "corrected the capital letters"]


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        ("we are quiting a fixed price for the job", "“quiting”"),
        ("I know the lathes good", "“know the lathes well”"),
        ("she handles the customers good.", "“handles the customers well”"),
    ],
)
def test_a_likely_homophone_is_named_in_a_hint(typed, named):
    assert named in unknown_words_hint(typed, FACTS, "")


@pytest.mark.parametrize(
    "typed",
    [
        "the lathes are good",
        "I know the lathes are good",
        "I know a good supplier",
        "it looks good",
        "the staff are quitting.",
    ],
)
def test_no_hint_on_a_good_sentence(typed):
    assert "well”" not in unknown_words_hint(typed, FACTS, "")
    assert "quitting" not in unknown_words_hint(typed, FACTS, "")


def test_the_mend_is_shown_in_the_steps_notice():
    check = check_answer(
        "value_idea",
        "I'd finish the fit-out this month and than help the new joiners so there ready for"
        " the spring jobs",
        facts=FACTS,
    )
    assert check is not None
    assert "and then help" in check.message
    assert "so they're ready" in check.message
    assert "We suggest a corrected version (" in check.message
    assert "“then”" in check.message
    assert "“they're”" in check.message


def test_where_is_said_as_a_spelling_correction():
    check = check_answer(
        "value_gain", "That would mean more repeat jobs, which is were the profit is.", facts=FACTS
    )
    assert check is not None
    assert "which is where the profit is" in check.message
    assert "corrected the spelling of “were”" in check.message
