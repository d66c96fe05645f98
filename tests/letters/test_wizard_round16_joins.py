"""Wizard round 16 (issue 19): the wizard's own joins and splits never make a fragment.
No "and" before a comment with no subject ("…, was nice"); no split that starts a
sentence with "so", "because" or "plus" hanging on the one before; a count tacked on
after a comma ("…, 7 years") is named in a notice; "Notice 30 days." in a closing reads
as a note."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer


def check(key, typed):
    return check_answer(key, typed, facts=Facts())


def said(key, typed):
    return " ".join(check(key, typed).sentences)


def test_no_and_before_a_comment_with_no_subject():
    """ "…, and was nice" says "we was nice": the comma stays, the notice names it."""
    typed = "we talked abt my nan who was in care n your own mum 4 a bit, was nice"
    result = check("connection", typed)
    assert "and was nice" not in " ".join(result.sentences)
    assert "“was nice” after a comma" in result.message
    assert "and it was nice" in result.message


def test_a_second_past_verb_is_still_joined():
    assert said("connection", "We both trained at Local 98, talked about our old instructor.") == (
        "We both trained at Local 98 and talked about our old instructor."
    )


@pytest.mark.parametrize(
    "typed",
    ["I would do a buddy system for new hires there first 2 weeks and a checklist so they "
     "know what clean looks like, plus a 10 min huddle at start of shift",
     "I'd do alcohol wash counts on a few hives per site in february and log them in a "
     "shared sheet so we treat the worst sites first instead of all at once"],
)  # fmt: skip
def test_a_split_never_starts_with_what_the_plan_is_for(typed):
    text = said("value_idea", typed)
    assert ". So " not in text
    assert ". Plus " not in text


def test_a_so_after_a_fact_may_still_start_a_sentence():
    """ "turned out i worked there too … so we were swapping stories": what came of it."""
    typed = (
        "you told me you worked the door at the old Forum club back in the 2000s. turned out "
        "i worked there too a few years after you so we were swapping stories about the same "
        "regulars and the manager who hid in the office whenever anything kicked off"
    )
    assert ". So we were swapping stories" in said("connection", typed)


@pytest.mark.parametrize(
    ("typed", "tail", "example"),
    [("I'm reach and counterbalance certified, 7 years",
      "“, 7 years” reads as a note",
      "I have been reach and counterbalance certified for 7 years."),
     ("I have PSIRA Grade B and 8 years in security, 3 as control room operator",
      "“, 3 as control room operator” reads as a note",
      "I have PSIRA Grade B and 8 years in security, including 3 as control room operator."),
     ("4 years as barista, 2 as shift lead",
      "“, 2 as shift lead” reads as a note",
      "including 2 as shift lead."),
     ("I have Class 2 with air brake, 9 years, 0 at-fault collisions",
      "“, 9 years, 0 at-fault collisions” reads as a note",
      "I have had Class 2 with air brake for 9 years, with 0 at-fault collisions.")],
)  # fmt: skip
def test_a_count_tacked_on_after_a_comma_is_named(typed, tail, example):
    result = check("fit", typed)
    assert tail in result.message
    assert example in result.message


@pytest.mark.parametrize(
    "typed",
    ["I started at Tesco, 2 years ago.",
     "I trained 5 new starters, 3 of them now supervisors.",
     "I have 8 years in security and 3 as control room operator."],
)  # fmt: skip
def test_a_count_said_in_the_sentence_is_not_named(typed):
    assert "reads as a note: say it in the sentence" not in check("fit", typed).message


def test_a_closing_of_a_noun_and_a_span_reads_as_a_note():
    result = check("closing", "Thanks for your time. Notice 30 days.")
    assert "Notice 30 days." not in result.sentences
    assert "reads as a note: “Notice 30 days.”" in result.message


@pytest.mark.parametrize(
    "typed",
    ["Call me on 0412 345 678 any time.", "Happy to start in 2 weeks."],
)  # fmt: skip
def test_an_order_in_a_closing_is_not_a_note(typed):
    assert check("closing", typed).sentences
