"""Grammar a writer with English as a second language types, which blind graders quoted
from drafts word for word (draft_grades17-19: "I am working as tiler since 12 years", "I am
having 6 years experience", "no any complaints", "I am looking forward for your answer",
"every person have one job", "Jobs taking more long", "You have own tiles supplier …?",
"Sir kindly tell me the shift timing …?"). Where a word table makes the fix certain the step
offers the corrected sentence ("corrected the grammar") and the letter uses it; correct
English ("since 2019", "I am having a great time", "let every person have a say") is left as
typed; "Kindly tell me …" gets a hint with an example, not a mend. Answers are invented in
the graders' patterns."""

import pytest

from letters.answer_grammar import mend_grammar
from letters.fragments import FIXED
from tests.letters.letter_helpers import checked, said


@pytest.mark.parametrize(
    ("key", "typed", "fixed"),
    [
        # a count of years after "since": "for"; a present that runs on: "have been"
        (
            "fit",
            "I am working as tiler since 12 years",
            "I have been working as a tiler for 12 years",
        ),
        (
            "fit",
            "I am working since 2 years in Dublin in a hostel reception",
            "I have been working for 2 years in Dublin in a hostel reception",
        ),
        ("fit", "I'm living in Leeds since 5 years", "I've been living in Leeds for 5 years"),
        ("fit", "I work in this bakery since 3 years", "I have worked in this bakery for 3 years"),
        (
            "fit",
            "I did 5 years as cleaner and since 2 years as team leader",
            "and for 2 years as team leader",
        ),
        ("fit", "We are open since about 4 years", "We have been open for about 4 years"),
        (
            "fit",
            "Since 2 years I am working as a carer.",
            "For 2 years I have been working as a carer.",
        ),
        # "am having" a count of years of experience: "have"
        (
            "fit",
            "I am having 6 years experience in control room of shopping mall",
            "I have 6 years of experience in control room of shopping mall",
        ),
        ("fit", "I'm having 3 years of experience as a carer", "I have 3 years of experience"),
        # "no any": "no"
        ("fit", "I tiled 40 wet rooms and no any complaints", "and no complaints"),
        ("fit", "I had no any accidents in 6 years of driving", "I had no accidents in 6 years"),
        # "looking forward for": "to"
        ("closing", "I am looking forward for your answer", "I am looking forward to your answer"),
        (
            "closing",
            "I am looking forward for hear from you",
            "looking forward to hearing from you",
        ),
        # "Is possible to …?" at a clause's start; "It is possible …?" asked
        (
            "fit",
            "I can start in May, is possible to have one week training first?",
            "I can start in May, is it possible to have one week training first?",
        ),
        (
            "question",
            "It is possible to have same team on same building every night?",
            "Is it possible to have same team",
        ),
        # "every person have", "each worker need": one person, "has", "needs"
        (
            "value_idea",
            "I would make a clear checklist with pictures and every person have one job.",
            "and every person has one job.",
        ),
        (
            "value_problem",
            "You mentioned each worker need a key fob for the back door.",
            "each worker needs a key fob",
        ),
        # "more long", "more fast": a short adjective's own comparative
        (
            "value_problem",
            "You mentioned jobs are taking more long because waiting for tiles",
            "taking longer because",
        ),
        ("value_gain", "The line would run more fast than now.", "run faster than now"),
        # a question in statement order: "Do you …?"
        (
            "question",
            "You have own tiles supplier or customer is buying tiles himself?",
            "Do you have your own tiles supplier",
        ),
        ("question", "You need somebody on Sundays also?", "Do you need somebody on Sundays also?"),
        ("question", "you use Opera for the bookings?", "Do you use Opera for the bookings?"),
        ("question", "You want me to bring my CSCS card?", "Do you want me to bring my CSCS card?"),
    ],
)
def test_a_certain_slip_is_mended(key, typed, fixed):
    check = checked(key, typed)
    assert check.status == FIXED
    assert "corrected the grammar" in check.message or "looking forward to" in check.message
    assert fixed in check.fix
    assert fixed in " ".join(check.sentences)


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [
        ("fit", "I have worked as a tiler since 2019.", "since 2019"),
        ("fit", "I have been a carer since January.", "since January"),
        ("fit", "I have run the stores since my last job ended.", "since my last job"),
        ("fit", "I have driven forklifts since I was 18 years old.", "since I was 18 years old"),
        ("fit", "I have lived here ever since 2 years ago.", "since 2 years ago"),
        ("fit", "I am not working since 2 years, I was at home with my son.", "since 2 years"),
        ("connection", "I am having a great time in the new flat.", "I am having a great time"),
        ("closing", "I am having 2 days off next week, so any day after works.", "having 2 days"),
        ("fit", "I answered “no any” to the survey on purpose.", "“no any”"),
        ("value_idea", "I would let every person have a say in the rota.", "every person have"),
        ("value_idea", "We each have a locker, so the keys stay safe.", "We each have"),
        (
            "value_idea",
            "I would check each shift start time on the board.",
            "each shift start time",
        ),
        ("value_problem", "You mentioned the manager and every porter have radios.", "porter have"),
        ("value_gain", "We would have no more long queues at lunch.", "more long queues"),
        ("question", "You have done this kind of rota before?", "You have done"),
        ("question", "You have parking on site, right?", "You have parking"),
        ("fit", "You have my CV with the references.", "You have my CV"),
        ("connection", "We moved forward for the next round together.", "forward for"),
    ],
)
def test_correct_or_uncertain_english_is_kept(key, typed, kept):
    assert kept in said(key, typed)


@pytest.mark.parametrize(
    "typed",
    [
        "Every day I have a short meeting with the team.",
        "Is possible to send one email the day before check in.",
        "I would suggest every person have a buddy for the first week.",
    ],
)
def test_the_mends_leave_these_as_typed(typed):
    changes = []
    assert mend_grammar("value_idea", typed, changes) == typed
    assert changes == []


def test_the_step_offers_the_corrected_version():
    check = checked("fit", "I am working as tiler since 12 years, 7 years in Poland")
    assert check.message.startswith("We suggest a corrected version (corrected the grammar")
    assert "I have been working as a tiler for 12 years" in check.message


@pytest.mark.parametrize(
    ("typed", "example"),
    [
        (
            "Sir kindly tell me the shift timing and whether night shift is fixed or rotating?",
            "“Could you tell me the shift timing and whether night shift is fixed or rotating?”",
        ),
        (
            "Kindly tell me when the training starts?",
            "“Could you tell me when the training starts?”",
        ),
    ],
)
def test_kindly_tell_me_gets_a_hint_not_a_mend(typed, example):
    check = checked("question", typed)
    assert example in check.message
    assert "kindly tell me" in " ".join(check.sentences).lower()


@pytest.mark.parametrize(
    "typed",
    [
        "Could you tell me when the training starts?",
        "Kindly let me know when the meeting with purchasing is.",
    ],
)
def test_no_kindly_hint_where_it_asks_already(typed):
    assert "Could you tell me" not in checked("question", typed).message.replace(typed, "")
