"""Lines with no verb whose first word passes for one ("Last site accuracy 99.7%.": "last"
read as the verb, draft_grades8 I04) reached drafts, and blind graders mark every one down.
Where an order makes no sense (the connection, a result, their problem, the gain and its
figure), such a line is a note: it is left out, and the step says so and gives an example.
A real sentence, and an order where one reads as an idea or a next step, stay as they are."""

import importlib.util
from pathlib import Path

import pytest

from letters.fragments import Facts, check_answer
from tests.letters.letter_helpers import notice_for, wizard_draft

FACTS = Facts(names=("Doug Ferris", "Anthony Russo"), company="Midstate", recipient="Doug")
ROOT = Path(__file__).resolve().parents[2]


def checked(key, typed):
    return check_answer(key, typed, facts=FACTS)


def test_a_figure_with_no_verb_is_left_out_as_a_note():
    check = checked("value_gain_detail", "Last site accuracy 99.7%.")
    assert not check.used
    assert "“Last site accuracy 99.7%.” reads as a note, so it is not in your letter" in (
        check.message
    )
    assert "for example" in check.message or "starting with" in check.message


def test_the_draft_leaves_it_out_and_says_why():
    draft = wizard_draft(
        {"value_gain_detail": "Last site accuracy 99.7%."},
        role="Warehouse Lead",
        company="Midstate Distribution",
    )
    assert "99.7%" not in draft.body
    assert "reads as a note" in notice_for(draft, "value_gain_detail").message


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("fit", "Lower turnover on my shift."),
        ("value_gain", "Faster turns on the dock."),
        ("connection", "Last job at the same plant in Champaign."),
    ],
)
def test_other_lines_with_no_verb_are_notes_where_no_order_fits(key, typed):
    check = checked(key, typed)
    assert not check.used
    assert "reads as a note" in check.message


def test_the_example_for_a_result_heading_does_not_read_its_first_word_as_a_verb():
    message = checked("fit", "lower turnover on my shift").message
    assert "reads as a note" in message
    assert "I lower turnover" not in message


@pytest.mark.parametrize(
    ("key", "typed", "letter"),
    [
        ("value_gain_detail", "Last year I cut waste by 20%.", "Last year I cut waste by 20%."),
        ("fit", "Last year I cut waste by 20%.", "Last year I cut waste by 20%."),
        (
            "value_idea",
            "Lower the shelves and put the fast movers near packing.",
            "I would lower the shelves and put the fast movers near packing.",
        ),
        ("closing", "Happy to come in on Friday.", "I'm happy to come in on Friday."),
        ("closing", "Call me any time.", "Call me any time."),
        ("value_problem", "Your pickers walk too much on second shift.", None),
        ("connection", "We both fish at Lake Murray.", "We both fish at Lake Murray."),
    ],
)
def test_a_real_sentence_or_a_fitting_order_is_kept(key, typed, letter):
    check = checked(key, typed)
    assert check.used, check.message
    if letter:
        assert " ".join(check.sentences) == letter


def _audit():
    spec = importlib.util.spec_from_file_location(
        "verbless_audit", ROOT / "bench" / "verbless_audit.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Questions asked phone style, with no verb: the question step takes a "How many …?"
# question as it is (a reader takes it as asked), and "Gracias!" or "Obrigado!" is a
# closing on its own.
EXPLAINED = {
    ("question", "How many FAIs a week?"),
    ("question", "How many move outs a month?"),
    ("question", "How many nights away per month?"),
    ("question", "How often?"),
    ("closing", "Gracias!"),
    ("closing", "Obrigado!"),
    # a request whose object is left out, as typed ("pass [this] to"): it has its verb
    ("closing", "Kindly pass to Engr. Balogun."),
}


def test_no_blind_draft_keeps_a_verbless_line():
    audit = _audit()
    found = {(key, sentence) for _, key, sentence in audit.audit()}
    assert found <= EXPLAINED
