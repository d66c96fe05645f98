"""Wizard round 18 (issue 19): phone shorthand left in corrected versions ("R the night
lifts ...?", "week 2 week", "activities 2 them", "sumthing", "cd we ...", "on weds",
"ops 4 night work", "~25/month", "6~8 weeks") is spelled out; a figure that counts
("4 weekends", "had 2 staff", "give me 2") stays a figure."""

import pytest

from tests.letters.letter_helpers import checked_plain, said_plain

_check, _said = checked_plain, said_plain


@pytest.mark.parametrize(
    ("key", "typed", "spelled"),
    [("question", "R the night lifts on a fixed roster or week 2 week?",
      "Are the night lifts on a fixed roster or week to week?"),
     ("question", "r your rosters set day 2 day?", "Are your rosters set day to day?"),
     ("fit", "I did door 2 door sales and back 2 back shifts", "door to door sales"),
     ("fit", "I did door 2 door sales and back 2 back shifts", "back to back shifts"),
     ("connection", "we talked face 2 face at the fair", "face to face"),
     ("fit", "I take activities 2 them every morning", "activities to them"),
     ("closing", "I can send the plan 2 you tomorrow", "the plan to you"),
     ("connection", "you said you support Leeds, me 2.", "me too"),
     ("connection", "your son went to Ashfield, mine did 2", "mine did too"),
     ("fit", "I did sumthing like that and sumone noticed", "something like that and someone"),
     ("question", "cd we meet on weds?", "Could we meet on Wednesday?"),
     ("question", "Cd you tell me more about the rota?", "Could you tell me more"),
     ("closing", "I am free every weds", "every Wednesday"),
     ("fit", "I covered ops 4 night work for 2 years", "ops for night work"),
     ("value_gain_detail", "we went from ~25/month down to about 10",
      "about 25 a month down to about 10"),
     ("value_gain_detail", "we paid ~$40/lb for ti bar", "about $40/lb"),
     ("value_gain_detail", "it took 6~8 weeks to clear", "6 to 8 weeks"),
     ("value_gain_detail", "we do ~30 a night and ~45 on fridays",
      "about 30 a night and about 45")],
)  # fmt: skip
def test_shorthand_left_in_corrected_versions_is_spelled_out(key, typed, spelled):
    said = _said(key, typed)
    assert spelled in said
    assert "~" not in said and " 2 " not in said.replace("for 2 years", "")


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [("fit", "I worked 4 weekends in a row", "worked 4 weekends"),
     ("fit", "I covered 4 night shifts a week", "covered 4 night shifts"),
     ("fit", "we had 2 back to back shifts", "had 2 back to back"),
     ("fit", "I sold CDs and the cd player", "cd player"),
     ("fit", "I tracked the R number every week", "R number"),
     ("fit", "I trained 2 them", "trained 2 them"),
     ("fit", "I had 2 US stores", "2 US stores"),
     ("closing", "you can give me 2", "give me 2")],
)  # fmt: skip
def test_a_count_or_a_name_stays_as_typed(key, typed, kept):
    assert kept in _said(key, typed)


def test_a_final_two_that_may_count_is_still_asked_about():
    check = _check("connection", "my son played 3 games, mine did 2")
    assert "mine did 2" in " ".join(check.sentences)
    assert "“too”" in check.message
    assert "“too”" not in _check("connection", "your son went to Ashfield, mine did 2").message
