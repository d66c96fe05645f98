"""Wizard round 16 (issue 19): phone shorthand left in drafts after the notices were
followed ("mum 4 a bit", "a spotter 4 backing", "freezer exp at Sysco", "at my previous
co", "in like two months", "no shows") is spelled out; a count stays a count ("4 a day",
"Year 4 reading", "free 4 weekends a month"), and a note mark's example fits the mark
("$$" is money, not "so")."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer


def said(key: str, typed: str) -> str:
    return " ".join(check_answer(key, typed, facts=Facts()).sentences)


@pytest.mark.parametrize(
    ("key", "typed", "spelled"),
    [("connection", "we talked about your own mum 4 a bit", "your own mum for a bit"),
     ("fit", "i was a spotter 4 backing at hotels", "a spotter for backing at hotels"),
     ("closing", "I am free 4 a road test anytime", "free for a road test"),
     ("closing", "happy to come in 4 a shadow shift", "in for a shadow shift"),
     ("closing", "I am happy 4 u to call my old boss", "happy for you"),
     ("fit", "I got freezer exp at Sysco", "freezer experience at Sysco"),
     ("fit", "I have 5 yrs exp", "5 years of experience"),
     ("fit", "I have 3 years exp in retail", "experience in retail"),
     ("fit", "at my previous co we cut waste by half", "At my previous company we"),
     ("fit", "At my last co the repeat rate went up", "At my last company the"),
     ("value_idea", "I could have it running in like two months", "in about two months"),
     ("value_gain", "that would cut the no shows on Saturdays", "cut the no-shows"),
     ("fit", "No shows went from 12 a week to 4 at my old salon", "No-shows went from"),
     ("value_gain_detail", "No Shows Went From 12 A Week To 4", "No-shows went from")],
)  # fmt: skip
def test_shorthand_left_in_drafts_is_spelled_out(key, typed, spelled):
    assert spelled in said(key, typed)


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [("fit", "I did 4 a day at the depot", "did 4 a day"),
     ("fit", "I worked 4 a day most weeks", "worked 4 a day"),
     ("fit", "we played 4 a side on Fridays", "4 a side"),
     ("fit", "I taught Year 4 reading to small groups", "Year 4 reading"),
     ("closing", "I am free 4 weekends a month", "free 4 weekends"),
     ("fit", "i trained 4 new managers", "trained 4 new managers"),
     ("fit", "I have a forklift card exp 2026", "exp 2026"),
     ("fit", "I have a card exp in june so I will renew it", "exp in June"),
     ("fit", "my last co worker showed me the till", "co worker"),
     ("fit", "I waited more like 4 hours", "more like 4 hours"),
     ("fit", "I like two things about your shop", "like two things"),
     ("fit", "I worked at a theatre and there were no shows on Monday", "no shows on Monday")],
)  # fmt: skip
def test_a_count_or_a_word_stays_as_typed(key, typed, kept):
    assert kept in said(key, typed)


def test_a_money_mark_gets_a_money_example():
    message = check_answer("value_gain", "that would save $$ on fuel", facts=Facts()).message
    assert "“$$” reads as a note: say it in words, for example “money” or “cost”." in message
    assert "for example “so”" not in message


def test_for_before_a_doing_word_is_spelled_out_before_a_mark_too():
    """ "spotter 4 backing @ hotels": the first check spelled "@" out but kept the "4",
    so the fix, checked again, changed once more."""
    from letters.answer_case import Facts
    from letters.fragments import check_answer

    check = check_answer("value_idea", "I would use a spotter 4 backing @ hotels", facts=Facts())
    assert "a spotter for backing at hotels" in " ".join(check.sentences)
