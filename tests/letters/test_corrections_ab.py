"""Garbled sentences the wizard offered or used when it turned a note into a sentence,
found by the blind grader and the simulated users of set AB (issue 19, draft_grades26).
Each is left out with its notice, or said only where the sentence is sure to read right.

- A gerund is no job: "tuning 15 years" is never "I have worked 15 years as a tuning."
  (AB09).
- No example whose subject and verb do not go together: "I top negotiator in the branch"
  (AB19), "I have about 3,500 applications per intake" (AB18, a rate of the office's),
  "I have had spent 11 years …" (AB14).
- A gain that is a clause of its own ("Fewer leakers means less rework …", AB13) is a
  sentence, never "That should mean fewer leakers means …"; a problem with a finite verb
  ("The rig waits for …, so the number of piles per shift drops.", AB01) is a sentence.
- A gain with no verb of its own ("Less bunker oil used and less downtime of the mill.",
  AB05) is a note, as its like elsewhere are.
- An idea said as an order ("Coordinate with the milling side …", AB05; "Also do the
  cord log …", AB16) gets the notice that asks for "I would …".

Every shape is tried on other trades' sentences too, with negatives beside them.
"""

import pytest

from letters.fragments import LEFT_OUT
from tests.letters.letter_helpers import CORRECTION_FACTS, answer_check, letter_text

FACTS = CORRECTION_FACTS
_check = answer_check
_letter = letter_text


# 1. A gerund is no job title


@pytest.mark.parametrize(
    "typed",
    [
        "tuning 15 years",
        "tuning 15 yrs",
        "welding 8 years",
        "Plastering 12 yrs",
        "dog grooming 6 years",
    ],
)
def test_a_gerund_and_a_span_is_never_worked_as_a(typed):
    check = _check("fit", typed)
    said = f"{_letter(check)} {check.message}"
    assert "worked" not in said
    assert f"as a {typed.split()[-3].lower()}" not in said
    assert check.status == LEFT_OUT
    assert "reads as a note" in check.message


def test_a_job_and_a_span_is_still_worked_as():
    check = _check("fit", "Produce manager 4 years")
    assert "I have worked 4 years as a produce manager." in _letter(check)


# 2. No example whose subject and verb do not go together


@pytest.mark.parametrize(
    "typed",
    [
        "Top Negotiator In The Branch For 5 Quarters",
        "top negotiator in the branch for 5 quarters",
        "top seller in the region for 3 years",
        "Top Fitter On The Site 2 Years Running",
        "top salesman in the store for 2 years",
    ],
)
def test_an_adjective_and_its_noun_are_never_said_with_i(typed):
    check = _check("fit", typed)
    first = typed.split()[0].lower()
    assert f"I {first} " not in f"{_letter(check)} {check.message}"


@pytest.mark.parametrize(
    "typed",
    [
        "approx 3,500 applications per intake",
        "about 40 new starters per cohort",
        "around 200 enrolments per term",
        "roughly 60 samples per batch",
    ],
)
def test_a_count_per_intake_is_never_had(typed):
    check = _check("fit", typed, 1)
    assert "I have about" not in check.message
    assert "I have around" not in check.message
    assert "I have roughly" not in check.message
    assert check.status == LEFT_OUT


def test_a_count_of_own_things_is_still_had():
    check = _check("fit", "1.2 million safe miles", 1)
    assert "I have 1.2 million safe miles." in f"{_letter(check)} {check.message}"


@pytest.mark.parametrize(
    "typed",
    [
        "11 years working in marble and granite, 6 years I was responsible of the workshop",
        "I have spent 9 years welding pipe, 4 years",
        "I have led the night crew at the depot, 3 years",
    ],
)
def test_have_and_a_participle_is_never_have_had(typed):
    check = _check("fit", typed)
    assert "have had spent" not in check.message
    assert "have had led" not in check.message
    assert "have had " not in _letter(check)


def test_a_tacked_count_after_i_am_still_gets_its_example():
    check = _check("fit", "I am shift lead at the bakery, 3 years")
    assert "I have been shift lead at the bakery for 3 years." in check.message


# 3. A gain or a problem with a finite verb is a sentence


@pytest.mark.parametrize(
    "typed",
    [
        "Fewer leakers means less rework and more barrels out the door every day so they can "
        "actually hit 650 without having to add another shift",
        "Fewer remakes means less wasted thread and more bags out the door",
        "Fewer callbacks means the vans stay on new jobs",
        "Less downtime means more tonnes through the crusher",
    ],
)
def test_a_gain_said_as_a_clause_is_never_wrapped_in_that_should_mean(typed):
    check = _check("value_gain", typed)
    assert "should mean fewer" not in check.message.lower()
    assert "would mean fewer" not in check.message.lower()
    assert "mean less downtime means" not in check.message.lower()
    assert "reads as a note" not in check.message
    assert check.status != LEFT_OUT


def test_a_gain_clause_keeps_its_words_cooper():
    check = _check("value_gain", "Fewer returns means less rework for the team.")
    assert _letter(check).startswith("Fewer returns means less rework for the team")
    assert "reads as a note" not in check.message


@pytest.mark.parametrize(
    "typed",
    [
        "The rig waits for concrete deliveries and the pump, so the number of piles per shift "
        "drops.",
        "The kiln waits for the clay delivery, so the number of firings per week drops.",
        "The crane waits for the steel, so the number of lifts per day drops.",
        "The line stops for changeovers, so the number of cases per hour falls.",
    ],
)
def test_a_problem_with_its_verb_is_a_sentence_piling_and_others(typed):
    check = _check("value_problem", typed)
    assert "reads as a note" not in check.message
    assert check.status != LEFT_OUT


# 4. A gain with no verb is a note, the same way every time


@pytest.mark.parametrize(
    "typed",
    [
        "Less bunker oil used and less downtime of the mill.",
        "Less diesel used and fewer breakdowns of the fleet.",
        "Less dye used and less rework on the batches.",
        "Less feed wasted and fewer sick calves in the shed.",
        "More piles per shift and fewer standby charges from the concrete supplier.",
    ],
)
def test_a_verbless_gain_is_a_note(typed):
    check = _check("value_gain", typed)
    assert check.status == LEFT_OUT
    assert "reads as a note" in check.message


@pytest.mark.parametrize(
    "typed",
    [
        "Less bunker oil is used and the mill stops less.",
        "Fewer returns means less rework for the team.",
    ],
)
def test_a_gain_with_its_verb_is_not_a_note(typed):
    check = _check("value_gain", typed)
    assert check.status != LEFT_OUT
    assert "reads as a note" not in check.message


# An idea said as an order


@pytest.mark.parametrize(
    "typed",
    [
        "Coordinate with the milling side to keep moisture below 50%, clean the feeders every "
        "shift, adjust the air damper, and log steam presure every hour so we see the trend "
        "befor it trips.",
        "Schedule the kiln loads the night before so we start firing at six.",
        "Check the tyre pressures every morning so we catch slow leaks early.",
        "Rotate the stock weekly so we sell the oldest bags first.",
    ],
)
def test_an_order_as_the_idea_is_said_with_i_would_or_hinted(typed):
    check = _check("value_idea", typed)
    letter = _letter(check)
    assert letter.startswith("I would ") or "“I would" in check.message, (letter, check.message)


def test_a_later_order_in_the_idea_is_said_with_i_would_bungy():
    check = _check(
        "value_idea",
        "Do online booking with time slots so people arent waiting all day, and weigh people "
        "at check in not up on the bridge. Also do the cord log on a tablet after every jump "
        "so nothing gets mised",
    )
    letter = _letter(check)
    assert "Also do the cord log" not in letter
    assert "I would also do the cord log" in letter or check.status == LEFT_OUT


@pytest.mark.parametrize(
    "typed",
    [
        "I would check the stave moisture before raising so we catch wet staves early.",
        "We could weigh people at check in so the bridge queue moves faster.",
    ],
)
def test_an_idea_said_with_i_or_we_is_kept(typed):
    check = _check("value_idea", typed)
    assert _letter(check) == typed


# Negatives: real sentences kept as typed


def test_a_real_result_is_kept_as_typed():
    check = _check("fit", "I was top seller for 5 quarters.")
    assert _letter(check) == "I was top seller for 5 quarters."


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        (
            "11 years working in marble and granite, 6 years I was responsible of the workshop",
            "6 years I was responsible",
        ),
        ("8 years on the tools, 3 years I was the foreman on the night crew", "3 years I was"),
        ("10 years in kitchens, 4 years I ran the pass at the Grand", "4 years I ran"),
    ],
)
def test_a_span_before_i_stays_with_its_clause_granite_and_others(typed, kept):
    check = _check("fit", typed)
    letter = _letter(check)
    assert "years." not in letter.replace(f"{kept}", "")
    if letter:
        assert kept in letter


@pytest.mark.parametrize(
    "typed",
    [
        "More WOFs done each day and customers not waiting around which means more money",
        "Less scrap on the line which means lower costs for the plant",
        "Fewer wasted trips, and that means more jobs a day",
    ],
)
def test_a_which_means_after_a_note_is_still_a_note(typed):
    check = _check("value_gain", typed)
    assert check.status == LEFT_OUT
