"""What a user sees at a step for what the simulated users of the seventh blind round named
(issue 19): fine sentences after an opening phrase called two sentences run together; a
split that cuts a clause about a noun off it. The answers are invented."""

import re

import pytest

from tests.letters.letter_helpers import notices_text, wizard_draft


def draft(answers, *, role="Kitchen Fitter", recipient="Rhian Mostyn", company="Mostyn Kitchens"):
    return wizard_draft(answers, role=role, recipient=recipient, company=company)


shown = notices_text


# --- "two sentences run together": one main clause after an opening phrase ---------------


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        (
            "value_gain_detail",
            "At my last showroom, we cut fitting call-backs from 14 a month to 4 over a year.",
        ),
        ("value_gain_detail", "In my current crew, I fitted 30 kitchens in six months."),
        ("fit", "Over the last two years, I have led a team of four fitters."),
    ],
)
def test_one_sentence_after_an_opening_phrase_is_not_run_together(answer, typed):
    given = [typed] if answer == "fit" else typed
    result = draft({answer: given, "value_problem": "fitting days run over"})
    message = shown(result, answer)
    assert "run together" not in message
    assert ", and we" not in message and ", and I" not in message


def test_a_clause_about_a_noun_is_not_split_off_it():
    typed = "You would have more fitters you can send to any job so fewer days run over."
    result = draft({"value_gain": typed, "value_problem": "fitting days run over"})
    assert "more fitters. You can" not in shown(result, "value_gain")


def test_two_sentences_with_a_comma_are_still_run_together():
    typed = "we both worked at Harlow, you knew my old foreman"
    result = draft({"connection": typed})
    assert "run together" in shown(result, "connection")


# --- "both" and a name with no verb: asked, not "We are both …" ----------------------


@pytest.mark.parametrize("typed", ["both leeds united", "we both arsenal", "both villa"])
def test_both_and_a_team_with_no_verb_is_asked_not_made_we_are(typed):
    result = draft({"connection": typed})
    assert "We are both" not in result.body
    assert "We are both" not in shown(result, "connection")
    assert "We both" not in result.body.replace("We both support", "")


@pytest.mark.parametrize(
    ("typed", "sentence"),
    [
        ("both Steelers fans, talked about the game", "We are both Steelers fans"),
        ("we both night nurses", "We are both night nurses"),
        ("both from Rotherham", "We are both from Rotherham"),
    ],
)
def test_both_and_what_the_two_are_is_still_said_with_are(typed, sentence):
    result = draft({"connection": typed})
    assert sentence in result.body + shown(result, "connection")


# --- a question typed as a note to self: asked to them directly ----------------------------


@pytest.mark.parametrize(
    ("typed", "example"),
    [
        (
            "want to ask rhian if they fit the worktops in house or send them out",
            "Do you fit the worktops in house or send them out?",
        ),
        ("need to ask if they are taking on apprentices this year", "Are you taking on"),
        ("Wanted to ask Rhian about the van allowance", "Could you tell me about the van"),
        ("find out whether they pay for the CSCS card", "Do you pay for the CSCS card?"),
    ],
)
def test_a_question_typed_as_a_note_to_self_is_asked_to_them_directly(typed, example):
    result = draft({"question": typed})
    text = shown(result, "question")
    assert "ask it to them directly" in text
    assert example in text
    body = result.body.lower()
    assert "to ask" not in body and "find out" not in body  # not in the letter as typed


def test_a_question_that_starts_with_check_in_is_not_a_note_to_self():
    result = draft({"question": "Check-in time for the first day?"})
    assert "note to yourself" not in shown(result, "question")


# --- an example the wizard offers passes the step's own check -----------------------------

EXAMPLE = re.compile(r"for example “([^”…]+)”")


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("value_problem", "Tiles arriving chipped or cut wrong and grout batches going off."),
        (
            "value_idea",
            "UPVC seal every worktop joint before fitting, make sure every cupboard gets "
            "levelled properly on each job not just eyeballing it with the tape, check "
            "hinges every visit and keep spare ones in the van",
        ),
        (
            "connection",
            "when you had me on the saturday job at the old mill we ran out of worktop glue "
            "halfway through the day with the client home early and you drove to the depot "
            "for more while I kept the carcasses square for two hours with clamps off the "
            "van",
        ),
        ("value_gain_detail", "About 20% → 5% call-back rate at my last firm"),
        ("value_problem", "fitting days run over"),
        ("value_gain", "less call backs, happier clients"),
        ("fit", ["8 yrs kitchens"]),
        ("question", "how many fits a week"),
    ],
)
def test_every_example_offered_passes_the_steps_own_check(answer, typed):
    result = draft({answer: typed})
    for example in EXAMPLE.findall(shown(result, answer, 1 if answer == "fit" else 0)):
        given = [example] if answer == "fit" else example
        again = draft({answer: given})
        message = shown(again, answer, 1 if answer == "fit" else 0)
        assert "not in your letter" not in message.lower(), example
        assert "for example" not in message, example
        assert " → " not in example


def test_a_long_idea_starting_with_an_acronym_keeps_its_capitals_in_the_example():
    typed = (
        "UV seal every worktop joint after fitting, make sure every cupboard gets levelled "
        "properly every visit not just relying on the laser, change hinges on time and send "
        "the damaged doors back to the supplier"
    )
    text = shown(draft({"value_idea": typed}), "value_idea")
    assert "I would uV" not in text and "I would uv" not in text


def test_a_long_connection_opening_with_when_is_not_cut_to_a_when_clause():
    typed = (
        "when you had me fit on Saturday and we got swamped with that 12 unit order and "
        "afterwards you said I kept the van tidy the whole day and then we got talking and "
        "found out we both started out as labourers in Swansea and your first job was at "
        "the same yard my uncle worked at"
    )
    text = shown(draft({"connection": typed}), "connection")
    assert "“When you had me fit on Saturday.”" not in text


def test_a_problem_with_no_verb_is_not_offered_with_that():
    typed = "Timber Arriving Late Or Sawn Wrong And Oak Templates Going Missing"
    text = shown(draft({"value_problem": typed}), "value_problem")
    assert "You mentioned that timber arriving" not in text


def test_a_list_after_such_as_is_not_offered_with_and_it():
    typed = (
        "I would sort every job on arrival, separating quick jobs such as hinges, handles "
        "and drawer runners from full fits, so that small jobs are done within a week."
    )
    text = shown(draft({"value_idea": typed}), "value_idea")
    assert "and it handles" not in text and "and it drawer" not in text


@pytest.mark.parametrize(
    "typed",
    [
        "I wanted to ask if you're still planning the new showroom you mentioned?",
        "Want to ask if you still fit on Saturdays",
    ],
)
def test_a_question_said_to_them_is_not_a_note_to_self(typed):
    result = draft({"question": typed})
    assert "note to yourself" not in shown(result, "question")


def test_a_problem_listing_things_with_no_verb_is_offered_without_that():
    typed = "Timber Arriving Late Or Sawn Wrong And Oak Templates Going Missing"
    result = draft({"value_problem": typed, "connection": "we both fish at Llyn Padarn"})
    assert "You mentioned that timber" not in shown(result, "value_problem")


# --- shorthand a fix claims it spelled out is spelled out -----------------------------------


@pytest.mark.parametrize(
    ("typed", "spelled", "left"),
    [
        ("cut repeat c/outs on the estate from 20% to 8% in 9mths", "9 months", "9mths"),
        ("cut repeat c/outs on the estate from 20% to 8% in 9mths", "call-outs", "c/outs"),
        ("done 7yrs on council boilers and a c/out rota", "7 years", "7yrs"),
    ],
)
def test_shorthand_a_fix_claims_it_spelled_out_is_spelled_out(typed, spelled, left):
    result = draft({"fit": [typed]})
    text = shown(result, "fit", 1) + result.body
    assert spelled in text
    assert left not in text.replace(typed, "")
