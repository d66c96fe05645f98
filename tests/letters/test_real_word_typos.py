"""Issue 19: real-word typos the spelling check passes ("doesnt loose money", "thats were i
grew up", "could of done", "more then 40", "Your welcome to call", "its aproved", "pick
there own") reached the letter and blind graders quoted them. Where the words around
leave one reading the step offers the corrected version and says what it corrected; a
sentence that is right as typed ("loose tiles", "we were there", "its own", "more than",
"thanks for your welcome") is left as it is."""

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer


def _check(key: str, typed: str):
    return check_answer(key, typed, facts=Facts())


@pytest.mark.parametrize(
    ("key", "typed", "mended", "said"),
    [("value_gain", "It should mean the chair isnt standing empty so the practise doesnt "
      "loose money.", "doesn't lose money", "corrected the spelling of “loose”"),
     ("value_gain", "We would not loose money on rework.", "would not lose money",
      "corrected the spelling of “loose”"),
     ("value_problem", "You said the cleaners complain, so there is a risk to loose the "
      "contract.", "risk to lose the contract", "“loose”"),
     ("value_problem", "You said they might loose customers to the chain.",
      "might lose customers", "“loose”"),
     ("value_problem", "You said the shop is loosing money on waste.", "is losing money",
      "corrected the spelling of “loosing”"),
     ("connection", "You said your first job was in Laredo, thats were I grew up.",
      "where I grew up", "corrected the spelling of “were”"),
     ("connection", "We found out that's were we both learned to swim.",
      "that's where we both", "“were”"),
     ("connection", "You mentioned the town were I grew up.", "the town where I grew up",
      "“were”"),
     ("question", "Were do the new starters train?", "Where do the new starters",
      "“Were”"),
     ("closing", "Your welcome to call me any time.", "You're welcome to call",
      "wrote “you're” for “your”"),
     ("closing", "Thanks again. Your more than welcome to visit the site.",
      "You're more than welcome", "“you're”"),
     ("value_idea", "I could of done the rota in half the time.", "could have done",
      "wrote “could have” for “could of”"),
     ("value_gain", "That would of saved two hours a week.", "would have saved",
      "“would have”"),
     ("fit", "We should of been told sooner, so I set up a handover sheet.",
      "should have been", "“should have”"),
     ("value_gain", "That would mean more then 40 calls a day.", "more than 40",
      "wrote “than” for “then”"),
     ("value_gain", "That is better then the old paper rota.", "better than the old",
      "“than”"),
     ("closing", "I would be more then happy to come in for a trial day.",
      "more than happy", "“than”"),
     ("value_gain", "That would mean fewer then 5 complaints a month.", "fewer than 5",
      "“than”"),
     ("value_idea", "I would order parts as soon as its aproved.", "as soon as it's approved",
      "wrote “it's” for “its”"),
     ("value_problem", "You said its costing them a fortune.", "it's costing them",
      "“it's”"),
     ("connection", "She knows what its like at 4am on a wet site.", "what it's like at",
      "“it's”"),
     ("value_idea", "I would let walk-ins come back when its their turn.", "when it's their turn",
      "“it's”"),
     ("question", "Do the techs get to pick there own product?", "pick their own product",
      "corrected the spelling of “there”"),
     ("value_idea", "I would help there team with the new rota.", "help their team",
      "“there”"),
     ("fit", "I told there manager about the leak on the first day.", "told their manager",
      "“there”"),
     ("question", "Were can I park on the first day?", "Where can I park", "“Were”"),
     ("fit", "I know its the busiest week of the year, so I booked it off.",
      "I know it's the busiest", "“it's”"),
     ("value_gain", "That would mean we spend less then half the time on it.",
      "less than half", "“than”")],
)  # fmt: skip
def test_a_real_word_typo_is_offered_corrected(key, typed, mended, said):
    check = _check(key, typed)
    assert mended in " ".join(check.sentences)
    assert "We suggest a corrected version" in check.message
    assert said in check.message


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [("value_problem", "You said there are loose tiles on the stairs.", "loose tiles"),
     ("value_problem", "You said a loose connection trips the board.", "a loose connection"),
     ("value_problem", "You said the bolts can come loose on the rig.", "come loose"),
     ("value_idea", "I would check the tiles would not work loose.", "work loose"),
     ("value_idea", "I would tie up any loose ends before handover.", "loose ends"),
     ("value_problem", "You said they cut them loose after a month.", "cut them loose"),
     ("value_problem", "You said the belts go from tight to loose in a week.", "to loose in"),
     ("connection", "We were there at the same time in 2019.", "We were there"),
     ("connection", "We both found the staff were lovely.", "staff were lovely"),
     ("connection", "The things I remember were the early starts.", "I remember were"),
     ("connection", "The people I knew were kind to me.", "I knew were"),
     ("connection", "The problems that were raised got fixed.", "that were raised"),
     ("connection", "Were you at the Leeds show too?", "Were you at"),
     ("question", "If the site were open on Sundays, who would run it?", "site were open"),
     ("fit", "I use Excel for the rota every week.", "I use Excel"),
     ("fit", "I use to-do lists for every shift.", "I use to-do lists"),
     ("closing", "Thanks for your welcome at the depot.", "your welcome at"),
     ("closing", "Thanks for your welcome.", "your welcome"),
     ("connection", "You sent your welcome pack the same day.", "your welcome pack"),
     ("connection", "Your welcome to the team was lovely.", "Your welcome to the team"),
     ("value_idea", "I could of course run the rota too.", "could of course"),
     ("value_gain", "That would mean more than 40 calls a day.", "more than 40"),
     ("fit", "I did the safety check and then the rota.", "and then the rota"),
     ("connection", "You said it got better then the new manager came in.", "better then the new"),
     ("fit", "I trained the customer then the manager on the till.", "customer then the"),
     ("fit", "I did one shift, the other then took over.", "other then took"),
     ("fit", "I worked there more, then I moved to Leeds.", "more, then I"),
     ("value_idea", "I would keep the unit to its own checklist.", "its own checklist"),
     ("fit", "I moved the company and its registered office to Leeds.",
      "its registered office"),
     ("fit", "I moved the firm and its approved suppliers onto one sheet.",
      "its approved suppliers"),
     ("fit", "I cut the van and its running costs by a third.", "its running costs"),
     ("fit", "I ran the salon and its only branch for 3 years.", "its only branch"),
     ("question", "Is there staff accommodation for the kids programme?",
      "Is there staff accommodation"),
     ("fit", "I worked there for 3 years.", "worked there for"),
     ("fit", "I went there kids loved it.", "went there kids"),
     ("question", "Are there team leaders on nights?", "Are there team leaders"),
     ("question", "There needs to be a plan, do you agree?", "There needs to be"),
     ("value_problem", "You said a lot of the veg gets scraped in the bin.", "gets scraped"),
     ("question", "Is there own-brand stock in the store?", "Is there own-brand"),
     ("fit", "I wonder were they happy with the rota.", "wonder were they"),
     ("fit", "I moved the firm and its no-show rate down by half.", "its no-show rate"),
     ("fit", "I ran the team and its very own app for 2 years.", "its very own app"),
     ("fit", "A can loose in the van rolled into my foot.", "can loose in"),
     ("fit", "I could do more then, when the kids were older.", "more then, when"),
     ("fit", "I could do more then, the kids were older.", "I could do more then")],
)  # fmt: skip
def test_a_sentence_right_as_typed_is_kept(key, typed, kept):
    assert kept in " ".join(_check(key, typed).sentences)


@pytest.mark.parametrize(
    ("key", "typed", "asked"),
    [("value_problem", "You said a lot of the veg gets scraped in the bin.", True),
     ("value_gain", "That would mean less scraped parts and less rework.", True),
     ("value_problem", "You said the order was scraped last week.", True),
     ("fit", "I scraped the ice off the vans every morning.", False),
     ("fit", "My arm got scraped by the forklift so I set up a walkway.", False),
     ("fit", "The paint was scraped off before I primed it.", False)],
)  # fmt: skip
def test_scraped_where_it_may_mean_scrapped_is_asked_about_never_changed(key, typed, asked):
    check = _check(key, typed)
    assert "scraped" in " ".join(check.sentences)
    assert ("the word is “scrapped”" in check.message) is asked
