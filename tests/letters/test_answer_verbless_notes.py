"""Verbless lines the wizard used as typed (issue 19, set X: "Quick stuff … done in 48
hours", "Morning slots for landlord certs, grouped by postcode", "Pre-job photos … before
the truck leaves, and we did it …", "Landlord cert work - mine alone or split with
Dean?"): the notes are left out with the note notice; the questions keep their place
with a hint. Sentences from other trades; the negatives are good sentences that stay."""

import pytest

from letters.fragments import LEFT_OUT, USED
from tests.letters.letter_helpers import checked

IDEA = "I would sort the repairs at the counter."


@pytest.mark.parametrize(
    "typed",
    [
        # a thing and a participle that is never a past tense, no verb
        f"{IDEA} Small fixes (zips, hems) done the same day at the front bench.",
        "I would check the fleet on Mondays. Minor services done in the yard before the run.",
        "I would split the orders by size. Urgent prints taken straight to the second press.",
        # a time of day or week before a plural and a preposition
        "I would set up a booking sheet. Evening slots for first-time clients, grouped by area.",
        "I would plan the rota on Fridays. Weekend shifts for the two new starters.",
        # a note, then ", and" and a clause of its own
        "Photos of each wall and a sign-off sheet before painting, and we used it at Hale's.",
        "Offcut bins by each saw before the shift starts, and I did that at Bryce's.",
    ],
)
def test_verbless_idea_line_is_a_note(typed):
    check = checked("value_idea", typed)
    assert check.status == LEFT_OUT, check.message
    assert "reads as a note" in check.message


@pytest.mark.parametrize(
    "typed",
    [
        "I would order parts the day before. Parts ordered the day before cut our wait.",
        "I would get the small jobs done the same day.",
        f"{IDEA} That way the small fixes are done the same day.",
        f"{IDEA} Everything gets done the same day.",
        f"{IDEA} Most of it can be done the same day.",
        "I would keep the first hour free. Morning works best for most of your clients.",
        "I would open an hour earlier. Footfall doubles on Saturdays.",
        "I would bake earlier. Morning bakes sell out first.",
        "I would pin the cut list by each saw, and we would check it at the end of the day.",
        "At my last firm we used swatches before painting, and I kept the sign-off sheet.",
        "Trained in spray finishing, I would take the doors first.",
    ],
)
def test_idea_sentences_stay(typed):
    check = checked("value_idea", typed)
    assert check.status != LEFT_OUT, check.message
    assert "reads as a note" not in check.message


@pytest.mark.parametrize(
    ("typed", "example"),
    [
        (
            "Night shift roster - mine alone or shared with Priya?",
            "Would the night shift roster be mine alone or shared with Priya?",
        ),
        ("Is reporting direct to the head chef?", "Would I report directly to the head chef?"),
        ("Is reporting straight to Mrs. Obi?", "Would I report directly to Mrs. Obi?"),
    ],
)
def test_bare_question_gets_an_example(typed, example):
    check = checked("question", typed)
    assert check.status == USED, check.message
    assert f"ask it in full, for example “{example}”" in check.message


@pytest.mark.parametrize(
    "typed",
    [
        "Is training provided for the new till?",
        "Is parking available near the depot?",
        "Would the roster be mine alone or shared with Priya?",
        "Is it one block or all 12 hectares?",
        "Start date - is it still June?",
        "Is Dean reporting to you or to the owner?",
    ],
)
def test_full_questions_stay(typed):
    check = checked("question", typed)
    assert check.status == USED, check.message
    assert "ask it in full" not in check.message


@pytest.mark.parametrize("typed", ["Call me any time.", "Ring me any time if it helps."])
def test_orders_in_a_closing_stay(typed):
    check = checked("closing", typed)
    assert check.status == USED, check.message


def test_counted_none_is_a_note_with_no_example_of_its_words():
    check = checked("fit", "60 welds zero rejects on the Shell job")
    assert check.status == LEFT_OUT
    assert "reads as a note" in check.message
    assert "I have 60 welds" not in check.message


def test_counted_none_after_a_comma_gets_a_hint():
    check = checked("fit", "I rebuilt the pumps on the Kapuni job, 60 seals no drips at startup.")
    assert check.used
    assert (
        "for example “I rebuilt the pumps on the Kapuni job, and the 60 seals had no drips "
        "at startup.”" in check.message
    )


@pytest.mark.parametrize(
    ("key", "typed", "example"),
    [
        (
            "value_gain_detail",
            "2019 Fonterra shutdown we replaced 60 valves in 4 days and had no callbacks.",
            "“During the 2019 Fonterra shutdown, we",
        ),
        (
            "value_gain_detail",
            "2023 Cup week we sold out by noon every day.",
            "“During the 2023 Cup week, we",
        ),
    ],
)
def test_glued_heading_is_named(key, typed, example):
    assert example in checked(key, typed).message


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("fit", "I welded 60 joints, no rejects."),
        ("fit", "In 2022 we had 412 joints on our unit and no leaks."),
        ("value_gain_detail", "2022 season we hired 4 extra pickers and cleared the backlog."),
        ("fit", "I have 4 seasons on the fire line, and I am FFT1 qualified."),
        ("fit", "I ran 60 welds a day with no rejects."),
    ],
)
def test_counts_and_years_in_sentences_stay(key, typed):
    message = checked(key, typed).message
    assert "During the" not in message
    assert "after a comma has no verb" not in message


def test_a_time_with_none_is_left_to_the_count_hint():
    message = checked("fit", "I have chiller experience at Bidfood, 4 years no incidents.").message
    assert "had no incidents" not in message


def test_a_second_question_gets_its_example():
    typed = "Is it one site or two? Is reporting direct to the owner?"
    message = checked("question", typed).message
    assert "for example “Would I report directly to the owner?”" in message


def test_counted_none_as_how_much_gets_no_lead_before_it():
    message = checked("value_gain_detail", "60 welds zero rejects on the Shell job").message
    assert "reads as a note" in message
    assert "60 welds zero rejects." not in message
