"""Notes the checker reads as sentences, left in drafts without a notice (draft_grades19,
users/ log, "Notes left in the letter without a notice"): a word that is a verb as well as
a noun stands where the verb would be ("Mood boards before any design.", "Bikes and prams
rear door only."), a plural and a participle with no "are" ("Tickets scanned on the wharf
…"), a heading before a colon ("Previous studio: amend rounds …"), and their problem as
a noun and an "-ing" word ("Parents saying they don't hear …"). Each now gets the
step's "reads as a note" notice; real sentences of the same look keep being used. The
answers are the users' own or invented in their patterns."""

import pytest

from letters.fragments import LEFT_OUT, Facts, check_answer

FACTS = Facts(names=("Dana Whitfield", "Dean Morris"), company="Elm Court", recipient="Dana")


def checked(key, typed):
    return check_answer(key, typed, facts=FACTS)


@pytest.mark.parametrize(
    ("key", "typed", "note"),
    [
        (
            "value_idea",
            "I would do two-door boarding. Tickets scanned on the wharf before the boat is "
            "in. Bikes and prams rear door only.",
            "Tickets scanned on the wharf",
        ),
        (
            "value_idea",
            "I would do two-door boarding. Bikes and prams rear door only.",
            "Bikes and prams rear door only.",
        ),
        (
            "value_idea",
            "I would put two amend rounds in every quote. I'd add a sign-off sheet at each "
            "stage. Mood boards before any design.",
            "Mood boards before any design.",
        ),
        (
            "value_idea",
            "I would order off actual sales not gut feeling. Smaller displays on weekdays and "
            "fill more often, so less gets thrown out.",
            "Smaller displays on weekdays",
        ),
        (
            "value_gain_detail",
            "Previous studio: amend rounds from avg 5 down to 2.",
            "Previous studio: amend rounds",
        ),
        ("fit", "Previous studio: amend rounds from average 5 down to 2.", "amend rounds"),
    ],
)
def test_a_note_the_checker_passes_is_named_as_a_note(key, typed, note):
    check = checked(key, typed)
    assert check.status == LEFT_OUT
    assert "reads as a note" in check.message or "read as notes" in check.message
    assert note in check.message


def test_a_later_line_of_the_idea_gets_an_example_said_as_yours():
    check = checked(
        "value_idea", "I would put two amend rounds in every quote. Mood boards before any design."
    )
    assert "“I would" in check.message


@pytest.mark.parametrize(
    "typed",
    [
        "Parents saying they don't hear enough about their kids day",
        "Parents saying they don't hear enough about their kids day, app updates are patchy.",
    ],
)
def test_their_problem_as_a_noun_and_an_ing_word_is_pointed_at(typed):
    check = checked("value_problem", typed)
    assert "reads as a note, with no verb of its own before “saying" in check.message
    # set Z: the example says their own words with the verb put in
    assert "“You mentioned that parents say they don't hear enough about" in check.message


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("value_idea", "I would do two-door boarding. Tickets are scanned on the wharf first."),
        ("value_idea", "Slot the fast movers near packing."),
        ("value_idea", "I would flood test every roof. Plug the outlet and fill it."),
        ("value_idea", "I would batch the orders. Staff sign off each stage."),
        ("value_idea", "I would batch the orders. Checks take 5 minutes."),
        ("value_idea", "I would move the stand. Complaints dropped by half when we did it."),
        ("value_gain_detail", "Password tickets dropped about 60% in 3 months at my last job."),
        ("value_gain", "Schedule stays on time."),
        ("value_problem", "You mentioned parents saying they don't hear enough."),
        ("value_problem", "Customers waiting 20 minutes get angry."),
        ("fit", "I cut amend rounds from 5 down to 2 at my last studio."),
    ],
)
def test_real_sentences_of_the_same_look_are_not_called_notes(key, typed):
    check = checked(key, typed)
    assert "reads as a note" not in check.message
    assert "no verb of its own" not in check.message


def test_a_doing_tacked_on_after_a_result_is_pointed_at():
    check = checked("fit", "I had zero lost-time injuries, line handling in all weather.")
    assert check.used
    assert "“line handling in all weather” after a comma has no verb" in check.message
    assert "I had zero lost-time injuries, and I did line handling in all weather." in (
        check.message
    )


@pytest.mark.parametrize(
    "typed",
    [
        "I know CIP, dry hopping, yeast harvesting and running a wild goose canner.",
        "I have qqi level 5 healthcare support, manual handling and CPR all up to date.",
        "I worked nights, loading trucks in all weather.",
        "I ran the front desk, customers coming first.",
    ],
)
def test_a_list_or_a_doing_with_its_own_subject_is_not_pointed_at(typed):
    assert "after a comma has no verb" not in checked("fit", typed).message


@pytest.mark.parametrize(
    "later",
    [
        "Footfall doubles on Saturdays.",
        "Complaints dropped by half.",
        "Tickets scanned 30 minutes early cut the queue.",
        "Queues move faster on weekends.",
        "Customers love fast service.",
        "Pickers need training.",
        "Parents pay cash.",
        "Staff swap shifts by text.",
        "Drivers scanned every ticket.",
        "Fresh orders go out faster on weekdays.",
    ],
)
def test_a_later_sentence_of_the_idea_is_kept(later):
    check = checked("value_idea", f"I would move the stand by the door. {later}")
    assert "reads as a note" not in check.message


def test_a_heading_with_a_clause_after_its_comma_is_not_called_a_note():
    check = checked("fit", "Different wards, and I do the medication rounds")
    assert "reads as a note" not in check.message


@pytest.mark.parametrize(
    ("typed", "note"),
    [("Your ship HMAS Success, mine HMAS Sirius.", True),
     ("Your dad was a fitter, mine a sparky.", False),
     ("Your ship was HMAS Success, mine was HMAS Sirius.", False)],
)  # fmt: skip
def test_a_contrast_with_mine_is_a_note_only_without_a_verb(typed, note):
    """ "Your ship HMAS Success, mine HMAS Sirius." (V12) has no verb on either side; "Your
    dad was a fitter, mine a sparky." leaves the second verb out, as people write."""
    check = check_answer("connection", typed, facts=Facts())
    assert (not check.sentences) is note, check.message
