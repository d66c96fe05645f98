"""Notices and examples set Z's simulated users found wrong (draft_grades24/users/log.md),
tried on other trades: an idea said with "I would do the …" is an offer; "Cheers Dave"
signs off rather than thanks again; a notice on an answer with notes in it reads as
English; examples come from the user's own trade and are sentences; a letter with every
result left out is told it has no Fit paragraph."""

import re

import pytest

from letters import trades
from letters.answer_case import Facts
from letters.answer_examples import own_words_example
from letters.management.commands.letter_draft import draft_from
from letters.quality.offers import read_offer
from tests.letters.example_audit import faults, quoted_examples, stock_of_other_trade

BASE = {
    "recipient": "Dave Russo",
    "sender": "Kyle Brennan",
    "company": "Russo Group",
    "decision_maker": True,
    "interview_date": "2026-11-03",
    "discussed": "",
    "problem": "",
}
NO_OFFER = "does not yet read as an offer"
SECOND_THANKS = "a second thanks"


# A letter long enough to be read, for the one answer a test types over it.
FULL = {
    "connection": "We both grew up near the coast and talked about the old pier on Sundays.",
    "fit": [
        "I have eight years of experience on busy crews in all weather.",
        "At my last job I trained four new starters in my first year.",
    ],
    "value_problem": "You mentioned that jobs run late in the winter.",
    "value_idea": "I would plan each week's jobs on the Friday before with the crew.",
    "value_gain": "That should mean fewer late jobs and fewer callbacks.",
    "question": "How many jobs a week does the team take on in the winter?",
    "closing": "",
}


def _draft(answers: dict, *, role: str, **fields):
    data = BASE | {"role": role} | fields | {"answers": FULL | answers}
    draft, _ = draft_from(data)
    return data, draft


def _said(draft, key: str) -> str:
    return " ".join(n.message for n in draft.notices if n.answer == key)


# --- 1. "I would do the …" is an offer ------------------------------------------------


@pytest.mark.parametrize(
    ("role", "problem", "idea", "closing"),
    [
        (
            "Concreter / Finisher",
            "You mentioned driveways cracking",
            "I would do the saw cuts same day",
            "Happy to chat about the saw cuts if it helps",
        ),
        (
            "Store Assistant",
            "You mentioned shelves running empty",
            "I would do the gap checks every Friday",
            "Happy to chat about the gap checks if it helps",
        ),
        (
            "Truck Driver",
            "You mentioned trucks failing inspection",
            "I would do the pre-start checks each morning",
            "Happy to chat about the checks if it helps",
        ),
        (
            "Staff Nurse",
            "You mentioned handovers missing things",
            "I would do the handover notes every shift",
            "Happy to chat about the handover notes if it helps",
        ),
    ],
)
def test_an_idea_said_with_do_and_a_thing_reads_as_an_offer(role, problem, idea, closing):
    answers = {  # set Z03's sparse letter, in other trades
        "connection": "Both Broncos fans",
        "fit": ["8 yrs on the job, mostly house slabs"],
        "value_problem": problem,
        "value_idea": idea,
        "value_gain": "That should mean less callbacks",
        "value_gain_detail": "",
        "question": "Are the Hervey Bay jobs mostly slabs or driveways?",
        "closing": closing,
    }
    _, draft = _draft(answers, role=role)
    assert NO_OFFER not in _said(draft, "value_idea")


@pytest.mark.parametrize(
    "sentence",
    ["i would do my best for the team", "i would do anything to help", "i would do well here"],
)
def test_do_with_no_thing_of_theirs_is_no_offer(sentence):
    things, _, steps_forward, _ = read_offer(sentence.split())
    assert not things or not steps_forward


# --- 2. a sign-off with the reader's name is a sign-off ----------------------------------


@pytest.mark.parametrize(
    ("closing", "recipient", "sign_off"),
    [
        ("Cheers Dave", "Dave Russo", "Cheers,"),
        ("Cheers, Mick", "Mick Doyle", "Cheers,"),
        ("God bless you Mary", "Mary Okafor", "God bless you,"),
        ("Take care, Tom.", "Tom Hale", "Take care,"),
    ],
)
def test_a_sign_off_with_the_readers_name_signs_off(closing, recipient, sign_off):
    answers = {
        "connection": "We are both Broncos fans.",
        "fit": ["I have run a picking crew of twelve for two harvests."],
        "value_problem": "You mentioned picking runs late.",
        "value_idea": "I would plan each crew's rows the evening before.",
        "closing": closing,
    }
    _, draft = _draft(answers, role="Vineyard Supervisor", recipient=recipient)
    assert SECOND_THANKS not in _said(draft, "closing")
    assert f"\n\n{sign_off}\nKyle Brennan" in draft.body


@pytest.mark.parametrize(
    "closing",
    ["Cheers for the tour Dave", "Thanks again for your time Dave", "Cheers for the tour"],
)
def test_a_thanks_for_something_is_still_a_second_thanks(closing):
    answers = {"fit": ["I have laid slabs for 8 years."], "closing": closing}
    _, draft = _draft(answers, role="Concreter")
    assert SECOND_THANKS in _said(draft, "closing")


# --- 3. the notice on an answer with notes in it reads as English ------------------------

GARBLED = re.compile(r"as one part of it|”, “[^”]*” reads as a note")


@pytest.mark.parametrize(
    ("key", "typed", "role", "part"),
    [
        (
            "value_problem",
            "Dry spots and rework after infusion. Resin in the bin.",
            "Composite Laminator",
            "one part of it reads as a note: “Resin in the bin.”",
        ),
        (
            "value_problem",
            "Pallets get damaged in the racking. Torn stretch wrap.",
            "Warehouse Operative",
            "one part of it reads as a note: “Torn stretch wrap.”",
        ),
        (
            "value_idea",
            "I would scan instead of plaster for most feet. Clear check shell for tricky "
            "ones. Batch thermoforming days.",
            "Orthotist",
            "two parts of it read as notes: “Clear check shell for tricky ones.” and "
            "“Batch thermoforming days.”",
        ),
    ],
)
def test_a_note_inside_an_answer_is_named_in_plain_english(key, typed, role, part):
    _, draft = _draft({key: typed}, role=role)
    message = _said(draft, key)
    assert "is not in your letter, because " in message, message
    assert part in message, message
    assert not GARBLED.search(message), message


def test_an_answer_all_of_notes_says_they_read_as_notes():
    typed = "Infusion checklist per mould. Drop test before every infusion."
    _, draft = _draft({"value_idea": typed}, role="Composite Boatbuilder")
    message = _said(draft, "value_idea")
    assert not GARBLED.search(message), message
    assert "” reads as a note" not in message or "” and “" not in message


# --- 4. examples from the user's own trade, and sentences --------------------------------


@pytest.mark.parametrize(
    ("role", "not_trade"),
    [
        ("Snowplow Operator (Sidewalk Plow and Loader)", "warehouse"),
        ("Farm Manager (Catfish Hatchery and Grow-out)", "livestock"),
        ("Poultry Farm Supervisor (Layers Unit)", "livestock"),
        ("Fish Farm Technician", "livestock"),
        ("Excavator Operator (Loader and Roller)", "warehouse"),
    ],
)
def test_a_role_gets_no_other_trades_examples(role, not_trade):
    assert trades.trade_for(role).key != not_trade
    answers = {"fit": ["Zero accident with claim since 4 winters"], "closing": ""}
    data, draft = _draft(answers, role=role)
    said = " ".join(n.message for n in draft.notices).lower()
    for word in ("calf", "calves", "herd", "pick accuracy", "pallet"):
        assert word not in said, role
    for notice in draft.notices:
        for example in quoted_examples(notice.message):
            assert not stock_of_other_trade(example, role, data["company"]), example


@pytest.mark.parametrize(
    ("role", "trade"),
    [
        ("Warehouse Operative (Picker)", "warehouse"),
        ("Team Leader (Warehouse)", "warehouse"),
        ("Dairy Farm Hand", "livestock"),
        ("Herdsman", "livestock"),
        ("Farm Hand", "farm"),
        ("Concreter / Finisher", "building"),
        ("Millwright (Industrial Mechanic)", "workshop"),
        ("Teaching Assistant (Year 2)", "care"),
        ("Site Security Officer (Hospital)", "security"),
        ("Assistant Manager (Retail)", "shop"),
    ],
)
def test_the_trade_still_comes_from_the_roles_words(role, trade):
    assert trades.trade_for(role).key == trade


FACTS = Facts(recipient="Dave Russo", sender="Kyle Brennan", company="Russo Group")


@pytest.mark.parametrize(
    "note",
    [
        "2 apprentices through to qualification",
        "3 trainees up to journeyman",
        "About 1.2 tonnes a month on Probat 25kg",
        "about 400 covers a night on the pass",
        "40 pallets an hour on the reach truck",
    ],
)
def test_a_result_example_is_not_have_before_a_rate_or_people_moved_on(note):
    example = own_words_example("fit", note, FACTS)
    assert not example.startswith("I have "), example


@pytest.mark.parametrize(
    ("note", "example"),
    [
        ("1.2 million safe miles", "I have 1.2 million safe miles."),
        ("2 NVQ certificates in welding", "I have 2 NVQ certificates in welding."),
    ],
)
def test_a_result_that_is_had_keeps_its_example(note, example):
    assert own_words_example("fit", note, FACTS) == example


@pytest.mark.parametrize(
    ("problem", "role"),
    [
        (
            "contaminated brown and green bins so the load gets rejected and we pay landfill",
            "Refuse Collector",
        ),
        ("damaged pallets so the loads get refused at the depot", "Warehouse Operative"),
        ("cracked tiles so the whole job gets redone", "Tiler"),
    ],
)
def test_a_problem_with_no_verb_before_so_gets_no_you_mentioned_that(problem, role):
    _, draft = _draft({"value_problem": problem}, role=role)
    message = _said(draft, "value_problem")
    first = problem.split()[0]
    assert f"You mentioned that {first}" not in message, message
    assert f"I understand that {first}" not in message, message


def test_a_problem_with_its_verb_still_gets_you_mentioned_that():
    problem = "Loads get rejected because the bins are contaminated."
    _, draft = _draft({"value_problem": problem}, role="Refuse Collector")
    assert "You mentioned that loads get rejected" in _said(draft, "value_problem")


@pytest.mark.parametrize(
    ("example", "kind"),
    [
        ("I have about 1.2 tonnes a month on Probat 25kg.", "rate_had"),
        ("I have 40 pallets an hour on the reach truck.", "rate_had"),
        ("I have 2 apprentices through to qualification.", "counted_moved"),
        ("I have 3 trainees up to journeyman.", "counted_moved"),
        ("You mentioned that contaminated brown and green bins so the load gets rejected.",
         "that_no_verb"),
    ],
)  # fmt: skip
def test_the_audit_catches_the_new_kinds(example, kind):
    assert kind in faults(example)


@pytest.mark.parametrize(
    "example",
    [
        "I have 1.2 million safe miles.",
        "I have 2 NVQ certificates in welding.",
        "You mentioned that damaged stock gets written off.",
        "I have 4 years of experience in roasting.",
    ],
)
def test_the_audit_passes_good_results_and_problems(example):
    assert faults(example) == []


# --- 5. no Fit paragraph at all ----------------------------------------------------------

NO_FIT = "no paragraph about your work"

LEFT_OUT_RESULTS = [
    "11 years composite boatbuilding, last 5 at Half Moon Bay Marine",
    "6 years roasting, last 3 as lead roaster at Java House Nbi",
    "9 years tiling, last 4 on hotel refits in Leeds",
]


@pytest.mark.parametrize(
    ("role", "results"),
    [
        ("Composite Boatbuilder", LEFT_OUT_RESULTS[:1]),
        ("Head Roaster", LEFT_OUT_RESULTS[1:2]),
        ("Tiler", LEFT_OUT_RESULTS),
    ],
)
def test_a_letter_with_every_result_left_out_is_told_it_has_no_fit_paragraph(role, results):
    answers = {"fit": results, "closing": "I'd be glad to talk the plan through with the crew."}
    _, draft = _draft(answers, role=role)
    assert len(draft.body.split()) >= 75
    fits = [n for n in draft.notices if n.answer == "fit"]
    assert all(n.left_out for n in fits if n.number), fits
    told = [n for n in fits if NO_FIT in n.message]
    assert len(told) == 1
    assert told[0].number == 0


@pytest.mark.parametrize(
    "results",
    [
        ["I have 11 years of composite boatbuilding experience.", LEFT_OUT_RESULTS[0]],
        ["I have 6 years of roasting experience."],
        [],
    ],
)
def test_a_letter_with_a_result_in_it_is_not_told_it_has_none(results):
    _, draft = _draft({"fit": results}, role="Tiler")
    assert NO_FIT not in _said(draft, "fit")


@pytest.mark.parametrize(
    "question",
    [
        "How many jobs a week does the team take on",
        "How many covers a night do you plan for",
        "How many loads a day can one crew run",
    ],
)
def test_a_question_with_its_own_verb_gets_no_do_you_get_example(question):
    _, draft = _draft({"question": question}, role="Tiler")
    assert "do you get" not in _said(draft, "question")
