"""A long idea of one subject's two actions ("I would text parents … and then send …",
"I would set up … and keep a list …") is split where the second action starts, the
subject said again ("Then I would send …", "I would also keep …"), not left out with
"no place to split it". The answers are invented."""

import pytest

from letters.fragments import Facts, check_answer

TOO_LONG = "no place to split it"

BUS = (
    "I would text parents the night before with the pick-up times for every stop on the "
    "route and then send parents a message when the bus is running late by more than ten "
    "minutes so nobody waits out in the cold"
)
PACKS = (
    "I would set up the surgery packs the night before for every list on the theatre rota, "
    "and keep a short-notice list of staff who can cover a gap when someone phones in sick "
    "before the first case starts"
)
PACKS_BARE = PACKS.replace("rota, and", "rota and")


@pytest.mark.parametrize(
    ("typed", "second"),
    [
        (BUS, "Then I would send parents a message when the bus is running late"),
        (PACKS, "I would also keep a short-notice list of staff"),
        (PACKS_BARE, "I would also keep a short-notice list of staff"),
        (
            "I would set up text and email reminders for every missed booking with a small "
            "discount code for the next visit and also check the booking page because many "
            "times the postcode check is the problem and people just leave",
            "I would also check the booking page because",
        ),
    ],
)
def test_two_actions_of_one_subject_split_at_the_second(typed, second):
    check = check_answer("value_idea", typed, facts=Facts())
    assert TOO_LONG not in check.message
    assert check.used
    assert len(check.sentences) == 2
    assert check.sentences[1].startswith(second)


@pytest.mark.parametrize(
    "typed",
    [
        # "keep" is what the staff do ("ask the staff to … and keep …"): no split.
        "I would ask the night staff to set up the surgery packs for every list on the "
        "theatre rota and keep a short-notice list of people who can cover a gap when "
        "someone phones in sick before the first case of the morning starts",
        # inside a "so that" clause: "keep" is what they do.
        "I would send the rota out early so that the team can set up the surgery packs for "
        "every list on the theatre rota and keep a short-notice list of people who can cover "
        "a gap when someone phones in sick before the first case",
    ],
)
def test_a_second_verb_of_someone_else_is_not_split(typed):
    check = check_answer("value_idea", typed, facts=Facts())
    assert not any(s.startswith(("I would also", "Then I would")) for s in check.sentences)


def test_a_fix_typed_back_is_used_as_it_is():
    fix = check_answer("value_idea", BUS, facts=Facts()).fix
    again = check_answer("value_idea", fix, facts=Facts())
    assert again.used and TOO_LONG not in again.message
    assert " ".join(again.sentences) == fix


def test_a_list_of_three_actions_keeps_its_and_when_split():
    # "I would give …, book the …." would lose its "and": since set AC the list's comma
    # becomes the "and" ("… at the first visit and book …. I would also run …")
    typed = (
        "I would give every new patient a written plan with the expected number of sessions "
        "at the first visit, book the next two appointments before they leave, and run a "
        "low-cost group class for the later stages of rehab in the evening."
    )
    check = check_answer("value_idea", typed, facts=Facts())
    assert list(check.sentences) == [
        "I would give every new patient a written plan with the expected number of sessions "
        "at the first visit and book the next two appointments before they leave.",
        "I would also run a low-cost group class for the later stages of rehab in the evening.",
    ]


@pytest.mark.parametrize(
    "typed",
    [
        # "before they ..." is open: "and check" may be what they do.
        "I would set up the surgery packs for every list on the theatre rota before they "
        "come in and check the trays against the list of instruments for every case before "
        "the first patient of the morning is brought down",
    ],
)
def test_an_open_clause_is_not_split(typed):
    check = check_answer("value_idea", typed, facts=Facts())
    assert not any(s.startswith(("I would also", "Then I would")) for s in check.sentences)


def test_a_phone_style_idea_said_with_i_would_splits_at_its_second_action():
    typed = (
        "take photos and do the estimate the same day the car comes in and send it straight "
        "to the assessor, order parts as soon as approved not when the car goes "
        "in the booth"
    )
    check = check_answer("value_idea", typed, facts=Facts())
    assert check.sentences[-1].startswith("I would also order parts as soon as approved")
    assert "“and”" not in check.message  # not "joined the two parts with “and”"
