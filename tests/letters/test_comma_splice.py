"""Comma splices (issue 19, blind grades): two sentences joined by a comma, carried into
the draft as typed ("I worked there 5 years, I know the area well"). The step offers a
corrected version with a full stop at the comma, where the part before it is a sentence
that starts with its subject and verb and the part after starts with a new subject and
its verb. Not after an opening phrase, a subordinate clause, a greeting or a name, not
before a tag ("…, I think") or in quoted speech, and not where the part before is a note
("Good with customers, …": the note notices deal with that)."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer

CHANGE = "put a full stop between two sentences run together with a comma"


def check(key, typed):
    return check_answer(key, typed, facts=Facts())


def said(key, typed):
    return " ".join(check(key, typed).sentences)


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [("fit", "I worked there 5 years, I know the area well",
      "I worked there 5 years. I know the area well."),
     ("fit", "I worked there 5 years, I know the area well.",
      "I worked there 5 years. I know the area well."),
     ("connection", "the kids loved it, the parents said it was the best term",
      "The kids loved it. The parents said it was the best term."),
     ("fit", "I ran the bar for 3 years, we never had a bad inspection.",
      "I ran the bar for 3 years. We never had a bad inspection."),
     ("fit", "I ran the bar for 3 years, they promoted me to manager.",
      "I ran the bar for 3 years. They promoted me to manager."),
     ("fit", "I trained the new starters, it was the part of the job I liked most.",
      "I trained the new starters. It was the part of the job I liked most."),
     ("fit", "I use a digital centration device, the measurements are very accurate.",
      "I use a digital centration device. The measurements are very accurate."),
     ("closing", "I can start from next week, I have my own transport.",
      "I can start from next week. I have my own transport."),
     ("fit", "I have spent 3 years picking in a distribution centre, my accuracy was 99%.",
      "I have spent 3 years picking in a distribution centre. My accuracy was 99%."),
     ("fit", "I write clear incident reports, my manager always uses them to train new staff.",
      "I write clear incident reports. My manager always uses them to train new staff."),
     ("fit", "I'm used to early starts, I've done the 5am bakery shift for two years.",
      "I'm used to early starts. I've done the 5am bakery shift for two years."),
     ("fit", "We both grew up on farms, he knew my uncle's dairy.",
      "We both grew up on farms. He knew my uncle's dairy."),
     ("fit", "I am used to the cold, it doesn't bother me.",
      "I am used to the cold. It doesn't bother me."),
     ("fit", "I stayed on after the owner left, we kept the shop going for a year.",
      "I stayed on after the owner left. We kept the shop going for a year."),
     ("fit", "We did 40 a day, the record was 62.", "We did 40 a day. The record was 62.")],
)  # fmt: skip
def test_a_comma_splice_gets_a_full_stop(key, typed, expected):
    result = check(key, typed)
    assert " ".join(result.sentences) == expected
    assert CHANGE in result.message
    assert result.fix == expected


def test_the_mend_is_offered_beside_other_corrections():
    result = check("value_idea", "we had the same problem at my last shop, I sorted it with a rota")
    assert "shop. I sorted it with a rota." in " ".join(result.sentences)
    assert CHANGE in result.message


def test_a_splice_in_a_connection_with_the_reader_named():
    """ "he" is the reader: "You have …"; the splice after it is mended all the same."""
    assert said("connection", "he has a 68 chevelle, i restored a 70") == (
        "You have a 68 chevelle. I restored a 70."
    )


def test_three_sentences_joined_by_commas_get_two_stops():
    typed = "I cleaned the rooms, I cooked the breakfasts, I ran the front desk on Sundays."
    assert said("fit", typed) == (
        "I cleaned the rooms. I cooked the breakfasts. I ran the front desk on Sundays."
    )


def test_a_result_stays_whole_where_its_first_part_is_not_the_users():
    """Split, "She needs someone to help train." would not say it is the user's result
    and the step would leave it out: the comma stays."""
    typed = "She needs someone to help train, I trained 3 junior techs at my last salon"
    result = check("fit", typed)
    assert result.used
    assert "I trained 3 junior techs" in " ".join(result.sentences)
    assert CHANGE not in result.message


@pytest.mark.parametrize(
    ("key", "typed"),
    [# a series of three with "and" before the last is punctuated as English has it
     ("value_gain", "The guests would wait less, we would have more good reviews, and the "
      "receptionist would have more time."),
     ("connection", "We both play league for the local club, you're an old forward, and we "
      "yarned about the grand final."),
     # the part before is a note: its own notice, no split
     ("fit", "Good with customers, most 5 star revs on our page were me."),
     ("fit", "Level headed, good with paperwork, I don't miss things."),
     ("fit", "Comfortable at farmers markets, I like talking to customers."),
     # a hedge, a tag or a parenthesis
     ("closing", "I think, I hope it's fine to start on Monday."),
     ("closing", "We could start on Monday, I think."),
     ("fit", "It was always busy, I guess because of the market."),
     ("closing", "We could start on Monday, I think, if that suits you."),
     ("value_problem", "The rota was the real problem, it turned out."),
     ("connection", "You mentioned the old rota, you know, the Saturday one."),
     # an opening phrase or a subordinate clause leads into the sentence
     ("fit", "At my last job, I ran the bar for 3 years."),
     ("fit", "Last year, we cut waste by 20 percent."),
     ("fit", "In 2019, I started as a porter at the Royal."),
     ("connection", "After the tour, I looked up your menu online."),
     ("fit", "When I started there, we had no rota at all."),
     ("closing", "If you need cover, I can do weekends."),
     ("value_problem", "Because the van was late, the team lost the slot."),
     ("fit", "Although it was busy, we kept the wait under 10 minutes."),
     ("fit", "As the shop grew, we took on two more staff."),
     ("fit", "Once the rota was set, the complaints stopped."),
     ("fit", "I knew that when it rained, we got no walk-ins."),
     # a greeting or a name, a thanks
     ("closing", "Thanks Marc, I had a great time at the yard."),
     ("connection", "Sam, we talked about the lake."),
     ("closing", "Thanks again for the tour, it was great."),
     # a question
     ("question", "Do you still run the Saturday shift, I would love to help?"),
     # a list, a count or an appositive after the comma
     ("fit", "Forklift, reach truck, I also have my CSCS card."),
     ("fit", "I cook, I clean, I drive."),
     ("fit", "I worked for Dave, the owner, for 3 years."),
     ("fit", "I trained with Sue, the head chef who ran the pass."),
     ("connection", "We both did seasons in Niseko, you in 2019 and me in 2023."),
     ("fit", "I have 9 years of cleaning experience, the last 3 as night supervisor."),
     ("fit", "I fixed the pump, that was leaking for weeks."),
     # what was said, and quoted speech
     ("connection", "The owner told me, we need a second van."),
     ("connection", "You said, “we are short on Fridays”, and I offered to help."),
     ("connection", 'You said, "we are short on Fridays" and I offered to help.')],
)  # fmt: skip
def test_no_full_stop_where_the_comma_is_no_splice(key, typed):
    result = check(key, typed)
    assert CHANGE not in result.message
    said_ = " ".join(result.sentences)
    if said_:  # the comma the user typed is kept where the letter uses the answer
        assert said_.count(".") + said_.count("?") <= typed.count(".") + typed.count("?") + 1
