"""The example sentences the wizard's notices offer (set AD): "That would mean fewer
trips back to site, which jobs finished when promised …" (a "which" put into a list),
"That would mean safe for the residents", "That should mean fuller hut", a farrier's
line for an architectural blacksmith, a trucker's "reefer loads" for an executive
chauffeur, "If “your time sir and for the test drive” is a moment to recall", a
corrected closing that kept the "po" its own notice says to leave out, someone else's
story offered for the moment the user typed, and Title Case kept in an example."""

import pytest

from letters.fragments import Facts, check_answer, without_polite_words
from letters.trades import example_for, trade_for
from tests.letters.letter_helpers import notices_text, wizard_draft

FACTS = Facts(names=("Doug Ferris", "Anthony Russo"), company="Midstate", recipient="Doug")


def message(key, typed):
    return check_answer(key, typed, facts=FACTS).message


@pytest.mark.parametrize(
    ("typed", "example"),
    [
        # a list whose second item is a thing and its state: no "which" before it
        ("Fewer callbacks, jobs finished on the day and more time for new installs",
         "mean fewer callbacks, jobs finished on the day and more time for new installs."),
        ("fewer mis-picks, trucks out on time", "mean fewer mis-picks and trucks out on time."),
        # what the gain does, after a comma: "which" joins it still
        ("fewer remakes, saves material", "mean fewer remakes, which saves material."),
        ("fewer no-shows, keeps the beds full", "mean fewer no-shows, which keeps the beds full."),
    ],
)  # fmt: skip
def test_a_gain_listed_after_a_comma_is_no_clause_of_which(typed, example):
    assert example in message("value_gain", typed)
    assert ", which jobs" not in message("value_gain", typed)


@pytest.mark.parametrize(
    "typed",
    [
        "safe for the residents and less waste of food",
        "ready on time for the inspection",
        "faster to fit and fewer callbacks",
        "Fuller hut, fewer fly-outs, lower cost",
        "Fuller hut",
    ],
)
def test_no_lead_goes_before_a_state_or_a_bare_singular(typed):
    said = message("value_gain", typed)
    assert "reads as a note" in said
    assert "for example “That" not in said
    assert "starting with “That would mean …”" in said


@pytest.mark.parametrize(
    ("typed", "example"),
    [
        ("happier couples and less overtime", "mean happier couples and less overtime."),
        ("better use of vet time", "mean better use of vet time."),
        ("more of the fruit picked at its best", "mean more of the fruit picked at its best."),
        ("faster turnaround, happier customers", "mean faster turnaround and happier customers."),
        ("Better retention", "mean better retention."),
        ("Lower turnover, less hiring cost", "mean lower turnover and less hiring cost."),
    ],
)
def test_a_gain_that_reads_after_the_lead_keeps_its_example(typed, example):
    assert example in message("value_gain", typed)


def test_a_gain_said_as_a_sentence_of_its_own_is_used():
    check = check_answer(
        "value_gain", "This will be safer for the residents and less waste of food.", facts=FACTS
    )
    assert check.used
    assert "That should mean this" not in check.message
    assert "That would mean this" not in check.message


@pytest.mark.parametrize(
    ("role", "company", "trade"),
    [
        ("Architectural Blacksmith", "Pryce & Daughters Forge", "craft"),
        ("Blacksmith", "", "craft"),
        ("Farrier / Blacksmith", "", "farrier"),
        ("Farrier", "", "farrier"),
        ("Executive Chauffeur", "Falcon Executive Limousines LLC", "passengers"),
        ("Taxi Driver", "", "passengers"),
        ("School Bus Driver (Route 14)", "", "passengers"),
        ("Tram Driver", "", "passengers"),
        ("Delivery Driver", "", "driving"),
        ("Class 1 HGV Driver", "", "driving"),
        ("Bus and Coach Technician", "", "driving"),
        ("Dispatcher", "Yellow Cab", "driving"),
    ],
)  # fmt: skip
def test_smiths_and_drivers_of_people_get_examples_of_their_own_work(role, company, trade):
    assert trade_for(role, company).key == trade


def test_a_chauffeur_is_offered_no_freight_and_a_blacksmith_no_horses():
    chauffeur = trade_for("Executive Chauffeur").key
    smith = trade_for("Architectural Blacksmith").key
    for key in ("connection", "fit", "value_problem", "value_idea", "value_gain", "closing"):
        assert "reefer" not in example_for(key, chauffeur)
        assert "load" not in example_for(key, chauffeur)
        assert "shod" not in example_for(key, smith)
        assert "horse" not in example_for(key, smith)


def test_a_chauffeurs_closing_notice_offers_a_chauffeurs_next_step():
    draft = wizard_draft(
        {"closing": "thank you for your time sir and for the test drive"},
        role="Executive Chauffeur",
        company="Falcon Executive Limousines LLC",
    )
    said = notices_text(draft, "closing")
    assert "reefer" not in said
    # the moment quoted whole, not cut from the stock thanks before it
    assert "If “the test drive” is a moment to recall" in said
    assert "If “your time" not in said


@pytest.mark.parametrize(
    ("closing", "moment"),
    [
        ("Thanks for the time and the old hut photos.", "the old hut photos"),
        ("Thank you for the tour of the barn and the lovely lunch",
         "the tour of the barn and the lovely lunch"),
    ],
)  # fmt: skip
def test_a_thanks_quotes_its_moment_without_the_stock_part(closing, moment):
    draft = wizard_draft({"closing": closing}, role="Warehouse Lead", company="Midstate")
    assert f"If “{moment}” is a moment to recall" in notices_text(draft, "closing")


def test_the_corrected_closing_leaves_out_the_po_its_notice_names():
    check = check_answer(
        "closing", "Thank you po for the time and for the tour in the kitchen.", facts=FACTS
    )
    assert "Thank you for the time and for the tour in the kitchen." in check.message
    assert "you po" not in check.message
    assert "so leave it out" not in check.message


def test_a_dropped_po_leaves_its_stop_on_the_word_before_it():
    # "you" twice: the stop goes after the second, not the first ("to you. and thank you")
    changes: list[str] = []
    said = without_polite_words("It was nice to talk to you and thank you po.", changes)
    assert said == "It was nice to talk to you and thank you."


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("value_idea", "I would raise a po for every order."),  # an order, no polite word
        ("closing", "Opo, I can start on Monday."),
    ],
)
def test_other_pos_stay(key, typed):
    assert "left out “po”" not in message(key, typed)


@pytest.mark.parametrize(
    "typed",
    [
        "Mr Ganesh also from Klang",
        "Dr Tan's grandmother — diabetic, toe amputation, reason she became a podiatrist. "
        "My late grandfather — same, diabetic foot, Changi General.",
    ],
)
def test_a_typed_moment_is_not_offered_someone_elses_story(typed):
    said = message("connection", typed)
    assert "reads as a note" in said
    assert "You told me how you started out" not in said
    assert "and the moment you typed." in said


def test_a_moment_the_wizard_can_say_keeps_its_own_example():
    said = message("connection", "the run down to Memphis")
    assert "for example “We talked about the run down to Memphis.”" in said


@pytest.mark.parametrize(
    ("typed", "start"),
    [
        # (the set's own AD03 and AD13 ideas are split now, so no notice names them long)
        ("I Would Walk Every Site With The Foreman On The Monday Morning Before Anything Gets "
         "Ordered So That Every Measurement We Take Is Checked Twice Against The Drawings The "
         "Architect Sent Over To The Office Last Week.",
         "start with “I would walk every site with the foreman on the Monday morning before "
         "anything gets ordered.”"),
        ("I Would Sit Down With Every Couple Two Weeks Before The Day With One Run Sheet For "
         "Everyone Including The Band And The Kitchen So That Nobody On The Day Has To Guess "
         "When The Speeches Start Or How Long They Run.",
         "start with “I would sit down with every couple two weeks before the day"),
    ],
)  # fmt: skip
def test_an_example_from_title_case_typing_is_in_plain_case(typed, start):
    assert start in message("value_idea", typed)


def test_an_example_from_ordinary_typing_keeps_its_names():
    typed = (
        "I would set up a rota with Doug for every Monday, check the RDO sheets and the "
        "Kronos export, call each supervisor on the Friday and make sure the cover is booked "
        "before the weekend starts so nobody is left short on the Monday morning shift."
    )
    assert (
        "start with “I would set up a rota with Doug for every Monday, check the RDO sheets.”"
        in (message("value_idea", typed))
    )
