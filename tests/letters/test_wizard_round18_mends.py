"""Wizard round 18 (issue 19): mends and notices a simulated user found wrong.
"less ingredients cost": "less" goes with "cost", so it stays as typed; "with one
checklist per set" takes no "a" before "one"; "Quicker turnaround would keep the NHS
contract safe." is a sentence (a subject, a modal and its verb), and no example puts
"That should mean" before a text with a modal and its verb; "irata level 2" keeps
"level" as typed, as the unknown word before it is asked about in lower case."""

import pytest

from letters.answer_case import Facts
from letters.answer_examples import own_words_example
from letters.fragments import check_answer


def check(key, typed):
    return check_answer(key, typed, facts=Facts())


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Less ingredients cost every week.", "Less ingredients cost"),
        ("It would mean less packaging waste.", "less packaging waste"),
        ("That means less ingredients spend for the kitchen.", "less ingredients spend"),
    ],
)
def test_less_before_a_noun_that_a_plural_modifies_stays(typed, kept):
    result = check("value_gain", typed)
    assert "fewer" not in " ".join(result.sentences).lower()
    assert "fewer" not in result.message.lower()
    assert kept in " ".join(result.sentences) or kept in result.message


def test_less_before_a_plural_alone_is_still_fewer():
    result = check("value_gain", "That would mean less sick calves every month.")
    assert "fewer sick calves" in " ".join(result.sentences)


@pytest.mark.parametrize(
    "typed",
    [
        "I run the line with one checklist per set.",
        "I started with each checklist on the wall.",
        "We kept another logbook for the night shift.",
        "I made every checklist for the site.",
        "We had one checklist for the whole crew.",
    ],
)
def test_no_article_before_a_determiner(typed):
    result = check("fit", typed)
    said = " ".join(result.sentences) + result.message
    for wrong in (" a one ", " a each ", " an each ", " an another ", " an every ", " a every "):
        assert wrong not in said


def test_an_article_still_goes_before_a_bare_countable_noun():
    result = check("fit", "I started with checklist on the wall.")
    assert "with a checklist" in " ".join(result.sentences)


@pytest.mark.parametrize(
    "typed",
    [
        "Quicker turnaround would keep the NHS contract safe.",
        "Faster turnaround would keep the contract safe.",
        "Better stock control could save you money.",
    ],
)
def test_a_gain_with_a_subject_and_a_modal_is_a_sentence(typed):
    result = check("value_gain", typed)
    assert "reads as a note" not in result.message
    assert "That should mean" not in result.message
    assert "That would mean" not in result.message
    assert result.sentences == (typed,)


@pytest.mark.parametrize(
    "note",
    [
        "quicker turnaround would keep the contract safe",
        "fewer callbacks and quicker turnaround would keep the contract",
    ],
)
def test_no_gain_lead_before_a_modal_and_its_verb(note):
    example = own_words_example("value_gain", note, Facts())
    assert not example.startswith(("That should mean", "That would mean"))


def test_a_grade_after_an_unknown_lower_case_word_keeps_its_case():
    result = check("fit", "I have irata level 2")
    assert "irata Level 2" not in " ".join(result.sentences) + result.message


def test_a_grade_after_an_english_word_still_takes_its_capital():
    result = check("fit", "I passed my forklift level 2")
    assert "forklift Level 2" in " ".join(result.sentences)


def test_a_modal_in_a_later_clause_keeps_the_lead():
    note = "Fewer tickets, so the team can respond faster"
    example = own_words_example("value_gain", note, Facts())
    assert example.startswith("That ")


@pytest.mark.parametrize(
    ("typed", "grade"),
    [
        ("Is there a chance to do my level 5 with you?", "my Level 5"),
        ("I have 8 years in floristry and a level 3 diploma.", "a Level 3 diploma"),
    ],
)
def test_a_grade_after_a_closed_word_still_takes_its_capital(typed, grade):
    key = "question" if typed.endswith("?") else "fit"
    assert grade in " ".join(check(key, typed).sentences)


# --- set S (draft_grades18): corrected versions that were wrong ------------------------

ROOFER = Facts(
    names=("Declan O'Brien", "Ciarán Walsh", "O'Brien Roofing Ltd"),
    recipient="Declan O'Brien",
    company="O'Brien Roofing Ltd",
)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "that would mean less callbacks. happier customers means more work from word of mouth",
            "Happier customers means more work from word of mouth.",
        ),
        ("Happier staff brings more sales.", "Happier staff brings more sales."),
    ],
)
def test_a_gain_verb_is_no_item_of_a_list(typed, said):
    result = check_answer("value_gain", typed, facts=ROOFER)
    assert said in " ".join(result.sentences)
    assert "means," not in result.message


def test_a_list_of_gains_run_together_still_takes_its_commas():
    result = check("value_gain", "That means fewer falls fewer incident reports and less pressure.")
    assert result.sentences == (
        "That means fewer falls, fewer incident reports and less pressure.",
    )


def test_a_run_on_is_not_split_inside_two_nouns_joined_by_and():
    typed = (
        "you said the school routes are running late in the afternoons and the schools and "
        "the parents are complaining and the drivers are getting stressed about it"
    )
    assert check("value_problem", typed).sentences == (
        "You said the school routes are running late in the afternoons.",
        "The schools and the parents are complaining and the drivers are getting stressed "
        "about it.",
    )


def test_a_run_on_of_whole_clauses_is_still_split():
    typed = (
        "I was a lead at FedEx for 3 years and we unloaded 40 trailers a shift and I trained "
        "new hires"
    )
    assert check("fit", typed).sentences == (
        "I was a lead at FedEx for 3 years.",
        "We unloaded 40 trailers a shift and I trained new hires.",
    )


@pytest.mark.parametrize(
    "typed",
    [
        "helped set up hourly rounding on nights -> falls way down",
        "I helped set up hourly rounding on nights -> falls way down",
        "ran the night shift -> fewer falls",
    ],
)
def test_an_arrow_before_words_with_no_verb_is_not_offered_as_so(typed):
    result = check("fit", typed)
    said = " ".join(result.sentences)
    assert "so falls way down" not in said and "so fewer falls." not in said
    assert "We suggest a corrected version" not in result.message
    assert "has no verb" in result.message


def test_an_arrow_before_a_clause_is_still_so():
    result = check("fit", "set up hourly rounding -> falls dropped by half")
    assert result.sentences == ("I set up hourly rounding so falls dropped by half.",)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("you said they loose time on rework", "lose time on rework"),
        ("we loose a day every time", "We lose a day every time"),
        ("I loose track of the orders", "I lose track of the orders"),
        ("the new lad looses time on every job", "loses time on every job"),
    ],
)
def test_loose_after_a_subject_is_lose(typed, said):
    assert said in " ".join(check("value_problem", typed).sentences)


@pytest.mark.parametrize(
    "typed",
    [
        "we cut them loose after the season",
        "we let the dogs loose in the yard",
        "the tiles were loose on the ridge",
    ],
)
def test_loose_as_an_adjective_stays(typed):
    assert "lose" not in " ".join(check("fit", typed).sentences).replace("loose", "")


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("my dad use to go to the same bait shop", "used to go to the same"),
        ("the bait shop my dad use to go to off route 36", "my dad used to go"),
        ("I use to work nights at a depot", "I used to work nights"),
        ("we both grew up there and we use to fish the lake", "we used to fish"),
        ("my uncle knew you, he use to race at Pukekohe", "used to race"),
    ],
)
def test_a_subject_and_use_to_before_a_verb_is_used_to(typed, said):
    assert said in " ".join(check("connection", typed).sentences)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("I didn't use to drive buses", "didn't use to drive"),
        ("I would use to check the welds", "would use to check"),
        ("the gauge we use to check the welds is new", "we use to check"),
        ("the tool I use to cut tiles is a wet saw", "I use to cut"),
        ("I got use to nights quickly", "use to nights"),
    ],
)
def test_use_to_after_a_modal_or_in_a_relative_clause_stays(typed, kept):
    assert kept in " ".join(check("fit", typed).sentences)
