"""Honest notices (issue 19, blind set W): shorthand and real-word slips with one reading in
context are mended ("happen 2 me", "wants me 2 come", "told me bout", "doin", "Greg sed",
"down 2 2", "you where at", "their to,", "at ones and", "protecters", "on sight" of work,
"a safety issue to."), and a notice that says it spelled out the shorthand names what it
left for the user to check ("cust", "free 4 paying jobs", "fwd") instead of claiming it
all. Readings that are not certain ("trained 2 them", "a bout of flu", "use sed to",
"recognise them on sight", "the shop I went to") stay as typed."""

import pytest

from tests.letters.letter_helpers import checked_plain, said_plain

_check, _said = checked_plain, said_plain


@pytest.mark.parametrize(
    ("key", "typed", "spelled"),
    [("connection", "the same thing happened 2 me in Leeds", "happened to me"),
     ("connection", "a flat battery happens 2 us all the time", "happens to us"),
     ("question", "would you like me 2 send the plan first?", "like me to send"),
     ("question", "do you want us 2 bring our own tools?", "want us to bring"),
     ("connection", "you told me bout your trip to Cairns", "told me about your trip"),
     ("value_problem", "customers are complaining bout the wait times", "complaining about"),
     ("value_gain_detail", "it took bout 20 minutes each", "took about 20 minutes"),
     ("connection", "you were doin a shutdown when I came in", "were doing a shutdown"),
     ("connection", "we were lookin at the old press", "were looking at"),
     ("value_problem", "Priya sed the night shift is short", "Priya said the night"),
     ("value_problem", "he sed the returns are up", "said the returns"),
     ("value_gain_detail", "callbacks went down 2 3 a month", "down to 3 a month"),
     ("value_gain_detail", "we went from 40 callbacks down 2 12", "down to 12"),
     ("value_gain", "that means less downtime and no risk 2 the contract",
      "no risk to the contract"),
     ("connection", "you said you where in Durban for the final", "you were in Durban"),
     ("connection", "we where both at the same college", "were both at"),
     ("connection", "you went to the Pirates game and I was their to.", "I was there too."),
     ("value_problem", "you said the pumps all start at ones and trip the breaker",
      "start at once and"),
     ("value_idea", "I would check the surge protecters on every board", "surge protectors"),
     ("fit", "I trained the new inspecters on the checklist", "new inspectors"),
     ("value_idea", "I would have the crews log defects on sight with a tablet",
      "log defects on site"),
     ("value_problem", "the late deliveries are a cost issue to", "a cost issue too."),
     ("connection", "Sam the foreman and me both did our tickets in Perth",
      "Sam the foreman and I both did"),
     ("connection", "my cousin and me went to the same school as you",
      "My cousin and I went")],
)  # fmt: skip
def test_a_slip_with_one_reading_is_mended(key, typed, spelled):
    assert spelled in _said(key, typed)


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [("fit", "I trained 2 them on the new till", "trained 2 them"),
     ("fit", "I gave her 2 shifts a week", "gave her 2 shifts"),
     ("fit", "I picked up 2 10kg bags each run", "picked up 2 10kg bags"),
     ("fit", "I sold 2 the same day they came in", "sold 2 the same day"),
     ("connection", "on day 2 the fridge died on us", "day 2 the fridge"),
     ("connection", "I had a bout of flu the week before", "a bout of flu"),
     ("connection", "you watched the title bout last night", "title bout"),
     ("fit", "I use sed to clean the log files", "use sed to"),
     ("connection", "you can recognise a good weld on sight", "on sight"),
     ("fit", "I can diagnose most faults on sight at work", "on sight"),
     ("connection", "I asked you where in the plant the crew starts", "you where in"),
     ("connection", "that is the shop I went to.", "I went to."),
     ("fit", "that is the firm we are a supplier to.", "we are a supplier to."),
     ("connection", "you said they where the old helmets back then", "they where the"),
     ("fit", "I sorted the stock into ones and twos", "ones and twos"),
     ("connection", "she trained Tom and me both did well", "Tom and me"),
     ("fit", "I had Greg and me trained on the loader", "Greg and me trained"),
     ("fit", "I have worked with robin and satin finishes", "robin and satin"),
     ("fit", "I fixed the printers and computers", "printers and computers")],
)  # fmt: skip
def test_a_reading_that_is_not_certain_stays(key, typed, kept):
    assert kept in _said(key, typed)


@pytest.mark.parametrize(
    ("key", "typed", "named"),
    [("value_idea", "I would test it b4 handover & give cust a printed sheet", "“cust”"),
     ("value_gain", "that would mean fewer comebacks so more bays free 4 paying jobs",
      "“free 4 paying”"),
     ("closing", "thx Jess, appreciate u putting me fwd", "“fwd”"),
     ("fit", "I did all the checks 2 the standard", "“checks 2 the”")],
)  # fmt: skip
def test_a_notice_names_the_shorthand_it_left(key, typed, named):
    check = _check(key, typed)
    assert named in check.message
    assert "spelled out the shorthand)" not in check.message
    assert "spelled out the shorthand," not in check.message


def test_a_notice_names_every_word_whose_spelling_it_corrected():
    message = _check("connection", "we spoke abot the game and you where at the ground").message
    assert "corrected the spelling of “abot” and “where”" in message
    assert "corrected the spelling," not in message and "corrected the spelling)" not in message
