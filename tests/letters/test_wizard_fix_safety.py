"""A one-click fix may only capitalise, spell out certain shorthand, turn the reader's
"he"/"she" into "you", split at a real sentence boundary or put back a subject the user
plainly meant; it never changes a figure, an acronym's case or the meaning. Where the
wizard cannot be sure, it names the word and asks. Issue 19, after a blind round whose
simulated users took every fix as offered. The answers are invented."""

import pytest

from tests.letters.letter_helpers import notice_for, wizard_draft


def draft(answers, *, role="Tiler", recipient="Nadia Oakes", company="Oakes Tiling"):
    return wizard_draft(answers, role=role, recipient=recipient, company=company)


def shown(result, answer, number=0):
    found = notice_for(result, answer, number)
    return found.message + (found.fix or "") + result.body


# --- the meaning is kept ---------------------------------------------------------------


def test_a_result_named_by_its_figure_is_not_said_as_something_the_user_did():
    result = draft({"value_gain_detail": "rejected orders down ~30% at my old warehouse"})
    assert "I rejected orders" not in shown(result, "value_gain_detail")


def test_both_and_a_shorthand_verb_is_not_turned_into_are_both():
    result = draft({"connection": "we both luv grouting in the rain"})
    text = shown(result, "connection")
    assert "are both" not in text
    assert "We both love grouting" in text


def test_the_readers_verb_follows_you():
    result = draft({"connection": "Nadia Mentioned She Also Restores Old Vans"})
    text = shown(result, "connection")
    assert "you also restores" not in text.lower()
    assert "you also restore old vans" in text.lower()


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("I Have CompTIA A+ And Network+ And 2 Years On A Help Desk", "A+ and Network+"),
        ("I Have Written C# And C++ For 3 Years", "C# and C++"),
    ],
)
def test_title_case_keeps_an_acronyms_case(typed, kept):
    result = draft({"fit": [typed]})
    assert kept in shown(result, "fit", 1)


# --- no slips left in the fix ------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "typed", "bad", "good"),
    [
        ("value_idea", "id tile the wet room first n seal it the same day", " n seal", "and seal"),
        ("closing", "can come in 4 a trial shift w/ my own trowels", "4 a trial", "for a trial"),
        ("question", "wat time wud i start?", "Wat ", "What time"),
        (
            "value_idea",
            "id do a 10 min tile check at handover + leave a care card",
            "10 minutes tile",
            "10-minute tile check",
        ),
    ],
)
def test_certain_shorthand_is_spelled_out_in_the_fix(key, typed, bad, good):
    result = draft({key: typed})
    text = shown(result, key)
    assert bad not in text
    assert good in text


# --- capitals: only names get them ---------------------------------------------------------


def test_a_word_of_the_readers_job_title_is_not_a_name_in_an_answer():
    result = draft(
        {"fit": ["i have five years in private practice as a tiler"]},
        recipient="Ruth Pyle (Practice Manager)",
    )
    text = shown(result, "fit", 1)
    assert "private Practice" not in text
    assert "private practice" in text


def test_the_reader_is_named_without_their_job_title_in_a_notice():
    result = draft(
        {"question": "She said the showroom opens in May, would I run the tile counter?"},
        recipient="Mrs K. Lowe (Head of Sales)",
    )
    text = shown(result, "question")
    assert "Sales)" not in text
    assert "Mrs Lowe" in text


def test_his_in_a_connection_with_no_one_else_named_is_the_readers():
    result = draft(
        {"connection": "we got talking about football and his young lad plays for my old club"},
        recipient="Owen Price",
    )
    text = shown(result, "connection")
    assert "your young lad plays" in text


# --- no wrong suggestions -------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "i can bring in some tiles i cut and my layout drawings",
        "can share the checklist I wrote for wet rooms",
    ],
)
def test_a_clause_about_a_thing_is_not_two_sentences_run_together(typed):
    result = draft({"closing": typed})
    assert "run together" not in shown(result, "closing")


@pytest.mark.parametrize(
    "typed",
    [
        "roughly 3 days quicker from strip-out to grout, and every day late cost £400 last job",
        "on ~40 bathrooms maybe £8 000 saved on adhesive a year, callbacks from 10% to under 3%",
    ],
)
def test_a_forecast_is_not_asked_to_say_who_did_it(typed):
    result = draft({"value_gain_detail": typed})
    assert "who did it" not in shown(result, "value_gain_detail")


def test_a_past_result_example_keeps_every_word_of_the_change():
    result = draft({"value_gain_detail": "Callbacks dropped about 40% in 6 months at my last firm"})
    text = shown(result, "value_gain_detail")
    assert "I got callbacks about 40%" not in text


# --- lower-case names and acronyms are asked about ------------------------------------------


def test_a_lower_case_place_before_a_workplace_is_asked_about():
    result = draft({"connection": "we both trained at the hexham depot years apart"})
    assert "“hexham”" in shown(result, "connection")


def test_lower_case_letters_that_stand_for_something_are_asked_about():
    result = draft({"fit": ["i cut first time hgv fails at my last yard from 1 in 5 to 1 in 20"]})
    text = shown(result, "fit", 1)
    assert "“hgv”" in text


def test_both_before_a_word_the_wizard_does_not_know_is_not_turned_into_are_both():
    result = draft({"connection": "we both wrk nights at the marina"})
    assert "are both" not in shown(result, "connection")


def test_a_lower_case_nickname_before_the_persons_job_is_asked_about():
    result = draft({"connection": "we both knew old bill the site foreman at my first yard"})
    assert "“bill”" in shown(result, "connection")


def test_his_after_a_lower_case_name_is_not_turned_into_your():
    result = draft(
        {"connection": "we talked about dave and his old land rover"}, recipient="Owen Price"
    )
    assert "your old land rover" not in shown(result, "connection")


def test_his_after_a_word_that_may_be_a_name_is_asked_about():
    result = draft({"connection": "we talked about kev and his old van"}, recipient="Owen Price")
    text = shown(result, "connection")
    assert "your old van" not in text
    assert "“he” or “his”" in text
