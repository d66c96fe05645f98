"""What a user sees at a step for what the simulated users of the sixth blind round named
(issue 19): letters asked about that are a nickname, a short form or part of a word; an
ordinary word asked about as a name; shorthand a one-click fix claimed to spell out and
left. The answers are invented."""

import re

import pytest

from tests.letters.letter_helpers import notice_for, wizard_draft


def draft(answers, *, role="Kitchen Fitter", recipient="Rhian Mostyn", company="Mostyn Kitchens"):
    return wizard_draft(answers, role=role, recipient=recipient, company=company)


def shown(result, answer, number=0):
    found = notice_for(result, answer, number)
    return found.message + (found.fix or "") + result.body


# --- "may stand for something": only letters said as a word -----------------------------


@pytest.mark.parametrize(
    ("answer", "typed", "word"),
    [
        ("connection", "we both worked at harlow and you knew my old foreman baz", "baz"),
        ("value_gain_detail", "we went from about 20 call backs a mth to under 5", "mth"),
        ("value_idea", "i would take bookings till 11 and drop ins after that", "ins"),
    ],
)
def test_a_nickname_a_short_form_or_part_of_a_word_is_not_asked_as_letters(answer, typed, word):
    result = draft({answer: typed, "value_problem": "fitting days run over"})
    assert f"“{word}” may stand for" not in shown(result, answer)


def test_a_month_short_form_is_spelled_out():
    result = draft({"value_gain_detail": "we went from about 20 call backs a mth to under 5"})
    assert "a month" in result.body


def test_letters_said_as_a_word_are_still_asked_about():
    result = draft({"question": "would i be on the cbd jobs from day 1?"})
    assert "“cbd” may stand for" in shown(result, "question")


# --- "may be a name": not an ordinary word in its place ----------------------------------


@pytest.mark.parametrize(
    ("answer", "typed", "word"),
    [
        ("value_gain", "more money out of the same carcass", "carcass"),
        ("fit", "i have 8 years in joinery and ran the fitting side at hales", "joinery"),
        ("fit", "i have 6 years in cabinetry and a level 3 diploma", "cabinetry"),
    ],
)
def test_an_ordinary_word_is_not_asked_about_as_a_name(answer, typed, word):
    given = [typed] if answer == "fit" else typed
    result = draft({answer: given, "value_problem": "fitting days run over"})
    assert f"“{word}” may be" not in shown(result, answer, 1 if answer == "fit" else 0)


# --- shorthand a fix says it spelled out is spelled out -----------------------------------


@pytest.mark.parametrize(
    ("answer", "typed", "spelled"),
    [
        ("question", "wd i b working 4 all 3 sites or mainly 4 u?", "be working for all 3"),
        ("value_idea", "i would send an update email 2 every client on a fri", "email to every"),
        ("value_idea", "i would send template msgs 4 each stage of the fit", "messages for each"),
    ],
)
def test_certain_shorthand_is_spelled_out(answer, typed, spelled):
    result = draft({answer: typed, "value_problem": "fitting days run over"})
    assert spelled in shown(result, answer)


@pytest.mark.parametrize(
    "typed",
    ["they cost 2 each", "we ordered 4 each time", "i can b there at 4 all day"],
)
def test_figures_near_each_and_all_stay_figures(typed):
    result = draft({"closing": typed})
    body = result.body
    assert "cost to each" not in body and "for each time" not in body
    assert "at for all" not in body


# --- an example the wizard offers passes its own step's check -----------------------------

EXAMPLE_RE = re.compile(r"for example “([^”]+)”")


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("value_gain", "more orders finish on time"),
        ("value_gain", "less waste and more money from the offcuts"),
        ("value_gain", "fitters finish the day on time"),
        ("value_problem", "fitting days running over"),
        ("value_problem", "too many call backs after handover"),
    ],
)
def test_an_offered_example_typed_back_is_used_as_it_stands(answer, typed):
    first = shown(draft({answer: typed}), answer)
    offered = EXAMPLE_RE.findall(first)
    assert offered, first
    again = notice_for(draft({answer: offered[0]}), answer).message
    assert "reads as a note" not in again and "for example" not in again, again


# --- a run-on split where the sentence ends, not after its first word ----------------------


@pytest.mark.parametrize(
    ("answer", "typed", "split"),
    [
        (
            "value_idea",
            "I would check every carcass before fitting day, also I can draw the plan in CAD",
            "before fitting day. Also I can draw",
        ),
        (
            "fit",
            "I have 4 years as a fitter in Cardiff and 2 years in Bristol, now I am doing NVQ 3",
            "in Bristol. Now I am doing",
        ),
    ],
)
def test_a_run_on_is_split_before_also_or_now(answer, typed, split):
    given = [typed] if answer == "fit" else typed
    result = draft({answer: given, "value_problem": "fitting days run over"})
    message = shown(result, answer, 1 if answer == "fit" else 0)
    assert split in message
    assert "also. I" not in message and "now. I" not in message


# --- Title Case typing: ordinary words lowered, months and verbs kept right -----------------


@pytest.mark.parametrize(
    ("answer", "typed", "fixed"),
    [
        (
            "connection",
            "We Talked About Sea Kayaking Off Gower, She Goes Every June",
            "You go every June",
        ),
        (
            "value_idea",
            "I Would Send Reminder Cards To Last Year's Customers In March",
            "customers in March",
        ),
        ("value_gain", "Work Spread Out And Techs Kept Busy", "and techs kept busy"),
        ("fit", "I Did Stove Relining And Plinth Repairs At My Last Firm", "stove relining"),
    ],
)
def test_title_case_is_lowered_to_ordinary_words(answer, typed, fixed):
    given = [typed] if answer == "fit" else typed
    result = draft({answer: given}, recipient="Rhian Mostyn")
    assert fixed in shown(result, answer, 1 if answer == "fit" else 0)


# --- the reader spoken of as "her" or "him" after a place's name ----------------------------


def test_her_after_a_place_name_is_the_reader():
    result = draft({"connection": "both from Bangor. her brother had the chippy on High St"})
    assert "Your brother had the chippy" in shown(result, "connection")


def test_him_left_as_typed_is_asked_about():
    result = draft({"connection": "both went to Coleg Menai in Bangor, him class of '01, me '09"})
    message = notice_for(result, "connection").message
    assert "If “him” means Rhian, the reader, write “you”" in message


# --- a fix says only what it did ----------------------------------------------------------


def test_a_typo_after_talked_is_corrected_not_doubled():
    result = draft({"connection": "we both had a hilux ute once and talked abot that for ages"})
    message = shown(result, "connection")
    # the notice names the word it corrected ("corrected the spelling of “abot”"); the
    # corrected version has it once, mended
    assert "talked about that" in message and "abot that" not in message
    assert "corrected the spelling of “abot”" in message
    assert "Ute" not in message


def test_a_gain_example_keeps_especially_as_typed():
    result = draft(
        {"value_gain": "Faster fits and better reviews, especially before the summer rush."}
    )
    message = shown(result, "value_gain")
    assert "and especially" not in message


def test_a_describing_word_before_trade_shorthand_gets_no_i():
    result = draft({"fit": ["advanced scaff ticket and 7 years on hi rise"]})
    assert "I advanced scaff" not in shown(result, "fit", 1)


def test_a_problem_example_has_its_verb():
    result = draft({"value_problem": "fits late"})
    message = shown(result, "value_problem")
    assert "fits late.”" not in message


def test_title_case_lowers_a_word_made_of_a_prefix_and_a_word():
    typed = "When Does The Community Paramedicine Program Start?"
    assert "community paramedicine program" in shown(draft({"question": typed}), "question")


def test_his_on_its_own_is_yours():
    typed = "we both had the same falcon ute, his was a 2004 and mine was a 2009"
    assert "yours was a 2004" in shown(draft({"connection": typed}), "connection")
