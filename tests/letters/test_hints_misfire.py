"""Notices that misfired in blind set 21 (issue 19), each tried on other trades: a trade's
clipped word or agent noun called a name or letters ("batt", "aux", "charterer"), a name's
span run on into the next clause's subject ("at kapiti remakes went"), a trade's verb made
from a known noun called unknown ("cannulate"), a figure before a modifier and a plural
asked about as "for" ("mentored 4 trainee sonographers"), "they"/"he" hints about the
reader where the pronoun is a thing or someone else, and a name ending a thank-you called
third person ("Thank you for the time Ms. Dizon")."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer


def message(key, typed, **facts):
    return check_answer(key, typed, facts=Facts(**facts)).message


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        # marine engineer: the auxiliary engine and its batteries
        ("we kept having flat batt banks on the aux genset every trip", "batt"),
        ("we kept having flat aux batts on the genset every trip", "aux"),
        # mining: detonators
        ("we had misfires from old dets left in the magazine too long", "dets"),
        # shipping clerk: one who charters
        ("no more late paperwork so no claims from charterer", "charterer"),
        # forestry: one who contracts
        ("less waiting on trucks so fewer complaints from the subcontracter", "subcontracter"),
    ],
)
def test_a_trade_word_is_not_called_a_name_or_letters(typed, word):
    said = message("value_problem", typed)
    assert f"“{word}” may" not in said and f"“{word}”, " not in said


@pytest.mark.parametrize(
    ("typed", "name", "not_name"),
    [
        ("at kapiti remakes went from about 1 in 10 to maybe 1 in 40", "kapiti", "remakes"),
        ("at ruakura callbacks dropped from 9 a week to 2", "ruakura", "callbacks"),
    ],
)
def test_a_name_span_stops_before_the_clauses_subject(typed, name, not_name):
    said = message("value_gain_detail", typed)
    assert f"“{name}”" in said
    assert f"“{name} {not_name}" not in said


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("For 4 years, I cannulate fistulas and grafts every shift.", "cannulate"),
        ("I palletise the orders and wrap them before the trucks come.", "palletise"),
    ],
)
def test_a_trade_verb_made_from_a_known_word_is_not_unknown(typed, word):
    assert f"“{word}”" not in message("fit", typed)


@pytest.mark.parametrize(
    "typed",
    [
        "I have mentored 4 trainee sonographers.",
        "I have supervised 6 apprentice scaffolders on the towers.",
    ],
)
def test_a_figure_before_a_modifier_and_a_plural_is_a_count(typed):
    assert "stands for a word" not in message("fit", typed)


def test_they_as_things_made_again_is_not_the_reader():
    typed = (
        "You mentioned the panels get scratched on the truck so they get resprayed and jobs "
        "run late."
    )
    said = message("value_problem", typed, recipient="Ms Reid", company="Reid Signs")
    assert "If “they” means" not in said


def test_they_is_not_hinted_as_the_employer_to_an_agency_recruiter():
    typed = "You mentioned they have too many late deliveries at the cold store."
    company = "Southern Cold Chain (via Harbour Staffing)"
    said = message(
        "value_problem", typed, recipient="Mr Ngata", company=company, decision_maker=False
    )
    assert "If “they” means" not in said
    assert "(via" not in said


def test_they_hint_quotes_the_company_without_its_agency():
    typed = "You said the cultures keep crashing and they end up buying jellies in."
    company = "Bright Bakes (through Kitchen Crew Agency)"
    said = message("value_problem", typed, recipient="Ms Lo", company=company)
    assert "If “they” means Bright Bakes," in said


def test_he_after_someone_else_named_is_not_hinted_as_the_reader():
    typed = "Can you ask if Tomas wants me to do a trial shift before he decides?"
    said = message("question", typed, recipient="Anna", decision_maker=False)
    assert "If “he” means" not in said


def test_he_alone_is_still_hinted_as_the_reader():
    typed = "Can you tell me when he decides?"
    said = message("question", typed, recipient="Mr Price")
    assert "If “he” means Mr Price" in said


@pytest.mark.parametrize(
    "typed",
    [
        "Thank you for the time Ms. Dizon.",
        "Thanks for the tour of the bakery Mrs Lopez.",
    ],
)
def test_a_name_ending_a_thank_you_is_direct_address(typed):
    recipient = "Ms. Dizon" if "Dizon" in typed else "Mrs Lopez"
    said = message("closing", typed, recipient=recipient)
    assert "third person" not in said
