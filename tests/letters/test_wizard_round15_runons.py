"""Wizard round 15 (issue 19): a reason tacked onto a question is its own sentence; a
question typed with a full stop ends with "?"; a chain of clauses joined by "and" is
split; ", no incidents" at the end of a sentence reads "with no incidents"."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer


def said(key, typed):
    return " ".join(check_answer(key, typed, facts=Facts()).sentences)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("are you planning to take on an apprentice with the stockport contract because i would "
      "be happy to mentor",
      "Are you planning to take on an apprentice with the stockport contract? I would be "
      "happy to mentor."),
     ("would I be in Ennis or the new Shannon shop or between the two because I'd need to "
      "sort out the car",
      "Would I be in Ennis or the new Shannon shop or between the two? I'd need to sort out "
      "the car.")],
)  # fmt: skip
def test_a_reason_after_a_question_is_its_own_sentence(typed, expected):
    """ "Are you planning …, because I would be happy to mentor?" asks about the mentoring."""
    assert said("question", typed).lower() == expected.lower()


@pytest.mark.parametrize(
    "typed",
    ["I'd like to know the start date because I have a month's notice to give.",
     "Is the pay the same because we were told it was going up?"],
)  # fmt: skip
def test_a_reason_that_is_the_question_stays(typed):
    """Not a question by its first words, or "the same because …": left as typed."""
    assert "?" not in said("question", typed)[:-1]


@pytest.mark.parametrize(
    "typed",
    ["do ye do the heat loss surveys yourselves or is that outsourced to an engineer in cork.",
     "Do yous have a van for the new starter."],
)  # fmt: skip
def test_a_question_to_ye_ends_with_a_question_mark(typed):
    assert said("question", typed).endswith("?")


@pytest.mark.parametrize(
    "typed",
    ["How I would do it is with a rota on the wall.",
     "What I would like to know is the start date."],
)  # fmt: skip
def test_a_statement_starting_with_how_i_stays_a_statement(typed):
    assert said("question", typed).endswith(".")


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [("fit", "i was a lead at FedEx Ground for 3 years and we unloaded around 40 trailers a "
      "shift and i trained new hires on the scanners and safety",
      "I was a lead at FedEx Ground for 3 years. We unloaded around 40 trailers a shift and I "
      "trained new hires on the scanners and safety."),
     ("fit", "I did restaurant contracts for 5 years in Pietermaritzburg and I kept 40 accounts "
      "and only lost 2 and that was because they closed down",
      "I did restaurant contracts for 5 years in Pietermaritzburg. I kept 40 accounts and only "
      "lost 2 and that was because they closed down.")],
)  # fmt: skip
def test_a_chain_of_clauses_joined_by_and_is_split(key, typed, expected):
    check = check_answer(key, typed, facts=Facts())
    assert " ".join(check.sentences) == expected
    assert expected in check.message


def test_a_list_of_steps_keeps_its_list_comma():
    """ "move markdowns to 3pm and 6pm, put a floater … and do …": one "and" already ends
    the list, so no second one goes in after the comma."""
    typed = (
        "Move Markdowns To 3pm And 6pm, Put A Floater On Self Checkout At Peak And Do A "
        "Weekly Date Check Rota"
    )
    text = said("value_idea", typed)
    assert ", and put" not in text
    assert "6pm, put a floater" in text


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [("fit", "I have driven school buses around Rotorua for 6 years, no incidents.",
      "I have driven school buses around Rotorua for 6 years, with no incidents."),
     ("fit", "I did 40+ LED retrofits last year, zero callbacks",
      "I did 40+ LED retrofits last year, with zero callbacks.")],
)  # fmt: skip
def test_no_and_a_plural_after_a_comma_reads_with_no(key, typed, expected):
    assert said(key, typed) == expected


@pytest.mark.parametrize(
    "typed",
    ["I sorted the rota, no problems there.", "I checked every van, no exceptions, every day."],
)  # fmt: skip
def test_no_that_does_not_end_the_sentence_stays(typed):
    assert "with no" not in said("fit", typed)


def test_a_chain_of_clauses_after_the_and_a_plural_subject_is_split():
    typed = (
        "the packs would go out on time and the pharmacists are not stuck doing overtime and "
        "the nursing homes stop ringing up chasing them"
    )
    assert said("value_gain", typed) == (
        "The packs would go out on time. The pharmacists are not stuck doing overtime and the "
        "nursing homes stop ringing up chasing them."
    )


@pytest.mark.parametrize(
    "typed",
    ["I split the groups so the kids didn't get held back and the nervous ones got more "
     "attention and we had less chaos.",
     "I worked at Tesco and Asda and I managed the tills.",
     "I would sand it and paint it and it would look new."],
)  # fmt: skip
def test_one_clause_joined_by_and_or_an_and_inside_a_clause_stays(typed):
    """ "so the kids … and the nervous ones …": the "so" goes on past the "and"."""
    assert said("fit", typed) == typed


def test_a_question_after_the_reason_keeps_the_sentence_whole():
    typed = (
        "are you still planning the brunch because I'd like those shifts and also does the "
        "grill cook do their own prep"
    )
    assert "brunch?" not in said("question", typed)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("thank you for you're time, I hope to here from you soon", "for you're time"),
     ("thanks agian for you're time, I realy enjoyed the conversation", "for you're time"),
     ("thanks again for taking the time to show me around, I'd really like to be part of the "
      "crew and I can start pretty much whenever you need me", "whenever you need me"),
     ("I can come in on Saturday or whatever day you pick", "whatever day you pick")],
)  # fmt: skip
def test_no_full_stop_after_a_preposition_or_a_clause_word(typed, kept):
    """ "Thank you for. You're time" and "whenever. You need me." (set V) are no sentences:
    a subject after "for" or "whenever" belongs to what came before."""
    text = said("closing", typed)
    assert kept in text.replace("your time", "you're time")
    assert "for." not in text and "whenever." not in text
