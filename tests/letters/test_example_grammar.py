"""The examples the wizard's notices quote ("for example “…”") are built from the user's
own words, and a user copies them: each must be a sentence, in the user's trade. The
simulated users of draft_grades19 were offered "That would mean on time." (T19), "I
would a simple forecast by SKU …" (T20), "You mentioned that … tak …" (T18), and in
older rounds dairy examples for a vineyard (T09) and "fitting rooms" for produce (T17).

Each kind is checked mechanically over realistic answer sets (``example_audit.faults``):
the checker's own ``is_fragment`` and ``casing_problem``, "I would" with no verb after
it, "That would mean" before a preposition phrase alone, and a word cut off before "…".
Where no grammatical example can be built from the user's words, the notice gives the
step's fallback, never a broken example.
"""

import pytest

from letters.management.commands.letter_draft import draft_from
from letters.trades import example_for, trade_for
from tests.letters.example_audit import faults, quoted_examples, stock_of_other_trade

BASE = {
    "recipient": "Dana Whitfield",
    "sender": "Sam Porter",
    "company": "Ridgeway Group",
    "role": "Operations Coordinator",
    "decision_maker": True,
    "discussed": "",
    "problem": "",
}


def _draft(answers: dict, **fields):
    data = BASE | fields | {"answers": answers}
    draft, _ = draft_from(data)
    return data, draft


def _examples(draft, key: str) -> list[str]:
    return [e for n in draft.notices if n.answer == key for e in quoted_examples(n.message)]


def _message(draft, key: str) -> str:
    return " ".join(n.message for n in draft.notices if n.answer == key)


def _faulty(data: dict, draft) -> list[tuple[str, list[str]]]:
    keep = frozenset(n for n in (data["recipient"], data["sender"], data["company"]) if n)
    typed = " ".join(
        " ".join(v) if isinstance(v, list) else str(v) for v in data["answers"].values()
    )
    found = []
    for notice in draft.notices:
        for example in quoted_examples(notice.message):
            kinds = faults(example, keep=keep, typed=typed)
            if stock_of_other_trade(example, data["role"], data["company"]):
                kinds.append("other_trade")
            if kinds:
                found.append((example, kinds))
    return found


# (a) a gain that is a preposition phrase alone: no "That would mean on time."
@pytest.mark.parametrize("gain", ["On time", "in time", "On budget", "Within a week"])
@pytest.mark.parametrize("role", ["Executive Assistant", "Barista", "Vineyard Supervisor"])
def test_a_gain_of_a_preposition_phrase_gets_no_that_would_mean_before_it(gain, role):
    data, draft = _draft(
        {"value_idea": "I would set a fixed timetable.", "value_gain": gain}, role=role
    )
    message = _message(draft, "value_gain")
    assert "reads as a note" in message
    assert f"mean {gain.lower()}." not in message
    assert _faulty(data, draft) == []
    # the step's own start, and the trade's stock line when it starts that way; never
    # the office line's analysts to someone in another trade
    assert "starting with “That would mean …”" in message
    stock = example_for("value_gain", trade_for(role).key)
    assert (stock in message) == stock.startswith("That would mean ")


@pytest.mark.parametrize(
    ("gain", "example"),
    [
        ("about 20% less waste", "That would mean about 20% less waste."),
        ("less water used", "mean less water used."),
    ],
)
def test_a_gain_said_as_a_thing_keeps_its_own_words_example(gain, example):
    _, draft = _draft({"value_idea": "I would set a fixed timetable.", "value_gain": gain})
    assert example in _message(draft, "value_gain")


IDEA = "I would check the list with the team every morning."
LONG_TAIL = (
    " and compare it with what actually sold every Monday morning so the buyers can see"
    " which lines are drifting before the weekend rush empties the shelves"
)


# (b) a long idea that opens on a thing: no "I would a …"
@pytest.mark.parametrize(
    "idea",
    [
        "A simple forecast by SKU and store using the last 8 weeks of sales plus day-of-week"
        + LONG_TAIL,
        "A DO could do a pre-booking check at the van dock – property bagging, basic health"
        " questions, photos – so when the DP gets to the custody sergeant it's just the"
        " authorisation and risk assessment left and the queue moves again",
        "The new rota with two people on the dock every morning" + LONG_TAIL,
        "Weekly line walks on every block with the foreman" + LONG_TAIL,
    ],
)
def test_a_long_idea_that_opens_on_a_thing_gets_no_verbless_i_would(idea):
    data, draft = _draft({"value_idea": idea})
    assert not any(
        e.startswith(("I would a ", "I would the ")) for e in _examples(draft, "value_idea")
    )
    assert _faulty(data, draft) == []


def test_a_long_idea_that_opens_on_its_verb_still_gets_its_first_part():
    idea = "Build a simple forecast by SKU and store using the last 8 weeks of sales" + LONG_TAIL
    _, draft = _draft({"value_idea": idea})
    assert "For example, start with “I would build a simple forecast" in _message(
        draft, "value_idea"
    )


# (c) a lower-case "i" in the long sentence's first part
@pytest.mark.parametrize(
    "idea",
    [
        "i reckon its butter temp and the retard time, i'd log dough and butter temps every"
        " batch and do the lamination in the cooler part of the night before the ovens fire"
        " up, plus freeze shaped croissants so theres always stock ready for the morning",
        "i think the pickers need a map, i'd put the fast movers by the door and then i would"
        " walk the aisles each morning and move anything that sold twice as fast as last week"
        " so the pickers walk less",
    ],
)
def test_the_first_part_of_a_long_idea_has_its_capital_i(idea):
    data, draft = _draft({"value_idea": idea})
    examples = _examples(draft, "value_idea")
    assert examples, _message(draft, "value_idea")
    assert not any(" i'd " in e or " i " in e for e in examples)
    assert _faulty(data, draft) == []


# (d) a long problem whose first part has no verb: no fragment offered as the example
@pytest.mark.parametrize(
    "problem",
    [
        "hazy ipas sitting in the fermenters an extra 4-5 days because of the dry hop"
        " schedule and crash so they cant brew as often as they need to and the taproom keeps"
        " running out of their best seller",
        "pallets sitting on the dock for hours after the trucks leave because of the paperwork"
        " and nobody booking them in so the pickers cannot find stock and orders go out late",
    ],
)
def test_a_long_problem_gets_no_fragment_as_its_example(problem):
    data, draft = _draft({"value_problem": problem, "value_idea": IDEA})
    assert _faulty(data, draft) == []


# (e) an "-ing" word said as what they do: its base form, never a word cut off
@pytest.mark.parametrize(
    ("problem", "verb"),
    [
        (
            "Jobs taking more long because waiting for tiles and adhesive, and customer is angry",
            "take",
        ),
        ("Jobs running late because waiting for parts, and customer is angry", "run"),
        ("Patients leaving early because waiting too long, and the doctor is behind", "leave"),
        (
            "Trucks sitting at the gate because waiting for paperwork, and the driver is angry",
            "sit",
        ),
        ("Parents saying the app is confusing", "say"),
        (
            "A handful of facilities calling 911 for lift assists several times a day which ties"
            " up the units",
            "call",
        ),
    ],
)
def test_the_verb_a_problem_is_missing_is_a_whole_word(problem, verb):
    data, draft = _draft({"value_problem": problem, "value_idea": IDEA})
    message = _message(draft, "value_problem")
    # the example says the problem's own words with the verb put in (set Z: "You
    # mentioned that jobs take more long …"), or "… take …" where they are too many
    example = message.partition("“You mentioned that ")[2].partition("”")[0]
    assert f" {verb} " in f" {example} ", message
    assert _faulty(data, draft) == []


# (f) examples in the user's trade
@pytest.mark.parametrize(
    ("role", "company", "foreign"),
    [
        ("Vineyard Supervisor", "Bergrivier Wine Estate", ("calf", "calves", "herd")),
        ("Produce Department Manager", "FreshMart Foods", ("fitting room",)),
    ],
)
def test_examples_come_from_the_users_trade(role, company, foreign):
    answers = {
        "connection": "Both played Boland rugby.",
        "fit": ["Team of 30 at harvest"],
        "value_problem": "Leaking drip lines",
        "value_idea": "Weekly line walk, fix same day",
        "value_gain": "Less water used",
        "question": "Start date?",
        "closing": "thanks again",
    }
    data, draft = _draft(answers, role=role, company=company)
    said = " ".join(n.message for n in draft.notices).lower()
    assert not any(word in said for word in foreign)
    assert _faulty(data, draft) == []


# The mechanical checks over realistic answer sets of every kind, typed as people type.
REALISTIC = [
    {
        "value_problem": "Jobs taking too long because waiting for tiles",
        "value_idea": "A simple forecast by SKU and store using the last 8 weeks of sales"
        + LONG_TAIL,
        "value_gain": "On time",
    },
    {
        "connection": "both grew up in the valley",
        "fit": ["8 yrs vineyard foreman", "team of 30 at harvest"],
        "value_problem": "leaking drip lines",
        "value_idea": "weekly line walk, fix same day",
        "value_gain": "in time for harvest",
        "question": "start date?",
    },
    {
        "value_problem": "Orders Going Out Late On Mondays",
        "value_idea": "i think the pickers need a map, i'd put the fast movers by the door and"
        " then i would walk the aisles each morning and move anything that sold twice as fast"
        " as last week so the pickers walk less",
        "value_gain": "Within a week",
    },
    {
        "value_problem": "patients waiting past their time because the rooms are not ready and"
        " the charts are not prepped and the front desk is short on mondays so the whole day"
        " runs late",
        "value_idea": "The charts prepped the afternoon before" + LONG_TAIL,
        "value_gain": "On schedule",
    },
    {
        "value_problem": "Customers leaving without paying because the queue is too long",
        "value_idea": "Weekly line walks on every block with the foreman" + LONG_TAIL,
        "value_gain": "fewer walkouts",
    },
]


@pytest.mark.parametrize(
    "role", ["Vineyard Supervisor", "Warehouse Lead", "Dental Receptionist", "Tiler"]
)
@pytest.mark.parametrize("answers", REALISTIC, ids=range(len(REALISTIC)))
def test_no_faulty_example_in_realistic_answer_sets(answers, role):
    data, draft = _draft(answers, role=role)
    assert _faulty(data, draft) == []


@pytest.mark.parametrize(
    ("example", "kind"),
    [
        ("That would mean on time.", "mean_preposition"),
        ("I would a simple forecast by SKU.", "would_no_verb"),
        ("You mentioned that … tak …", "cut"),
        ("I reckon its the butter, i'd log dough.", "casing"),
        ("Hazy ipas sitting in the fermenters for days.", "fragment"),
    ],
)
def test_the_audit_catches_each_kind(example, kind):
    assert kind in faults(example, typed="jobs taking long")


@pytest.mark.parametrize(
    "example",
    [
        "That would mean about 20% less waste.",
        "I would build a simple forecast by SKU.",
        "You mentioned that … call …",
        "I would …",
        "I would also …",
    ],
)
def test_the_audit_passes_good_examples(example):
    assert faults(example, typed="facilities calling 911") == []
