"""Issue 19: the copy-paste and tone judgments generalise by meaning, not by the phrasing
of a calibration letter. Every name and sentence here is invented for this file: none
comes from a graded set.

- another firm: an organisation-looking name where the employer belongs (the reader's
  side: "the team at X", "join X", "here at X", "X's customers", an offer "for X") is a
  copy-paste tell, with or without an article or a business word; the writer's past, a
  supplier, a product or a place is not;
- blame: what the letter says of the writer's past workplace and people, by the words'
  valence ("hadn't a clue", "lazy", "useless"), wherever the sentence also addresses the
  reader; a turnaround the writer took part in, or the reader's own problem, is no blame.
"""

import pytest

from letters.quality.sentences import is_fragment
from tests.letters.test_quality import IDEA, MOMENT, NEXT_STEP, QUESTION, RESULT, check, letter


def _codes(**replace: str) -> list[str]:
    return [f.code for f in check(body=letter(**replace), other_companies=[]).findings]


# --- another firm where the employer belongs -----------------------------------------

ANOTHER_FIRM = [
    "I'd be glad to walk the team at The Kestrel through the job in my first week.",
    "I'd love to bring the same nightly job to the crew at Pennywhistle from day one.",
    "I can't wait to join Brackenford and get the backlog down.",
    "Here at Ostrava Mills the backlog would be gone within a month, I'm sure of it.",
    "I'd set the job up so Tallowmere's finance team gets its two days back.",
    "I would happily draft the same checklist for Quillon Partners before I start.",
    "Your point about the close at Marrowgate stayed with me, and I can help with it.",
    "I'm keen to help the people at The Copper Kettle clear month-end faster.",
    "Happy to run the same board for the lads at Greystone from my first week.",
    "I'd bring the sketch with me when I start at Millbrook Foods.",
    "I think Fenwick Dairy's customers would notice the difference within a month.",
    "Looking forward to joining the Arbour Group team.",
    "I'd like to help your Brackenford crew get the close down to a day.",
    "I'd be proud to represent Quillon Partners on site.",
    "I'm excited about the chance to grow with Ostrava Mills.",
]

# Said in the moment: the reader's place, as they told it, or the visit itself.
ANOTHER_FIRM_IN_THE_MOMENT = [
    "You mentioned that Pennywhistle keeps running short of prep cooks on Fridays.",
    "You said The Kestrel has a two-day backlog every month-end.",
    "Everyone I met at Marrowgate was welcoming.",
]


@pytest.mark.parametrize("sentence", ANOTHER_FIRM_IN_THE_MOMENT)
def test_an_invented_firm_told_as_the_readers_own_place_is_a_copy_paste_tell(sentence):
    assert "other_company" in _codes(moment=f"{MOMENT} {sentence}")


@pytest.mark.parametrize("sentence", ANOTHER_FIRM)
def test_an_invented_firm_where_the_employer_belongs_is_a_copy_paste_tell(sentence):
    assert "other_company" in _codes(ask=f"{QUESTION} {NEXT_STEP} {sentence}")


NOT_ANOTHER_FIRM = [
    # the writer's past
    "At my last job at Brackenford we matched 30,000 payouts a month.",
    "I worked at The Kestrel for three years, where I ran the payouts.",
    "Before that I spent two years with Pennywhistle on their ledger.",
    "My old team at Quillon Partners closed the month in three days.",
    # a supplier, a product, a place, a certification
    "We bought our matching rules from Tallowmere Software and tuned them ourselves.",
    "I can build the job in Postgres and keep it on the same server.",
    "I'll be in Lisbon until Friday, then free any day next week.",
    "I hold the Cardwell Institute certificate in payments reconciliation.",
    "We ran it on Xero at my last job and it took a week to set up.",
    "At Cedar Grove I had ten residents on nights.",
    "I spent six years at Harrow Joinery before moving north.",
    "The crew at Kestrel Point and I cleared the backlog in a week.",
    "I still keep in touch with the team at Marlowe Builders, who taught me the trade.",
    "I currently run the night shift at Tideway Logistics.",
    "You mentioned that Sage keeps crashing at month-end.",
    "My references from Kestrel Foods are attached.",
]


@pytest.mark.parametrize("sentence", NOT_ANOTHER_FIRM)
def test_the_writers_past_a_supplier_a_product_or_a_place_is_no_other_firm(sentence):
    assert "other_company" not in _codes(result=f"{RESULT} {sentence}")


# --- blame: a former workplace run down, by valence ------------------------------------

BLAME = [
    "To be honest with you, my old manager hadn't a clue how to plan a close.",
    "The lads at my last place were lazy and useless, so I did it all myself.",
    "I left because the owner was a joke and the supervisors couldn't add up to save their lives.",
    "My previous gaffer took the foreman's side every time and blamed us for his mistakes.",
    "Honestly, the people there were clueless and the whole place was a shambles.",
    "Why I left, since you asked: the boss was a bully and my workmates were hopeless.",
    "The team at my last job were idiots who never did their share.",
]


@pytest.mark.parametrize("sentence", BLAME)
def test_running_down_a_former_workplace_is_blame_whatever_the_words(sentence):
    assert "blame" in _codes(ask=f"{QUESTION} {NEXT_STEP} {sentence}")


NOT_BLAME = [
    "The site was losing money when I joined, and together we turned it around in a year.",
    "My last job had a terrible backlog until I rebuilt the rota with my manager.",
    "My old boss taught me to check every payout twice, and I still do.",
    "You said the month-end close is a nightmare for your team; I think the job can fix it.",
    "I left my last job to move closer to family, on good terms with my manager.",
    "The colleagues I worked with there were patient and generous with their time.",
    "When my supervisor was off sick I covered her shifts for a month.",
]


@pytest.mark.parametrize("sentence", NOT_BLAME)
def test_a_turnaround_a_kind_word_or_the_readers_problem_is_no_blame(sentence):
    assert "blame" not in _codes(idea=f"{IDEA} {sentence}")


# --- the other tone families, in phrasings of our own ---------------------------------


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("apology", "Forgive me for how badly I explained the batch job on the day."),
        ("apology", "Sorry again that my answers went all over the place."),
        ("salary_demand", "I'd want at least £48,000 before I could consider moving."),
        ("salary_demand", "My current package is $95k, so I'd expect something above that."),
        ("pressure", "I have another offer on the table, so I need to hear by Thursday."),
        ("pressure", "Could we skip the second round and go straight to an offer?"),
    ],
)
def test_each_tone_family_is_told_in_new_words(code, sentence):
    assert code in _codes(ask=f"{QUESTION} {NEXT_STEP} {sentence}")


# --- talking the reader's own set-up down ------------------------------------------------

TALKS_DOWN = [
    "To be honest, your current close is clearly broken and a bit of a shambles.",
    "Frankly, the way your team matches payouts is a mess.",
    "Your current process is obviously not working, and it shows in the backlog.",
    "Honestly, your month-end is chaotic and nobody seems to own it.",
]


@pytest.mark.parametrize("sentence", TALKS_DOWN)
def test_the_writers_verdict_that_the_readers_set_up_is_a_mess_is_a_tone_problem(sentence):
    report = check(body=letter(moment=sentence), other_companies=[])
    assert "talks_down" in [f.code for f in report.findings]
    assert report.score < 70


NOT_TALKS_DOWN = [
    "You said the month-end close is a mess for your team, and I think the job can fix it.",
    "Your team clearly cares about getting the close right, which I liked.",
    "Honestly, the night-shift handover story is still on my mind.",
    "The backlog you described sounds painful, and I'd like to help clear it.",
]


@pytest.mark.parametrize("sentence", NOT_TALKS_DOWN)
def test_the_readers_own_words_or_praise_is_not_talking_down(sentence):
    assert "talks_down" not in _codes(moment=f"{sentence}")


# --- a spaced hyphen is a dash --------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Monday queue you described - drivers and pickers both waiting on one door - we "
        "had the same jam at the depot.",
        "The rota you sent -- nights first, then weekends -- I can turn round by Friday.",
    ],
)
def test_a_clause_set_off_by_spaced_hyphens_is_a_sentence(sentence):
    assert not is_fragment(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Night handover - morning meds - two nurses short.",
        "Monday queue - drivers and pickers - one door.",
    ],
)
def test_notes_strung_on_spaced_hyphens_are_still_fragments(sentence):
    assert is_fragment(sentence)


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("apology", "I know I made a hash of the question about the budget, sorry."),
        ("apology", "I regret not answering your question about audits properly."),
        ("salary_demand", "For the record, I won't move for less than 60k."),
        ("salary_demand", "I'd be looking for something north of £40 an hour."),
        ("salary_demand", "The pay would need to match what I'm on now, plus a van."),
        ("pressure", "I'm weighing up another job, so a quick answer would help me."),
        ("pressure", "Can we cut out the trial shift and go straight to a start date?"),
        ("pressure", "If I don't hear back by Friday I'll assume it's a no and move on."),
    ],
)
def test_more_tone_phrasings_of_our_own(code, sentence):
    assert code in _codes(ask=f"{QUESTION} {NEXT_STEP} {sentence}")


@pytest.mark.parametrize(
    "sentence",
    [
        "Sorry to hear the van broke down on the way back from the site.",
        "I'd welcome a chat about the start date once you've decided.",
        "I cut the agency spend by £40 an hour per shift at my last job.",
        "Happy to do a trial shift whenever suits you.",
        "Take your time with the decision; I know the rota comes first.",
        "If I don't hear from you by Friday, I'll give you a ring on Monday.",
        "Sorry if this is a daft question, but does the van come with the job?",
        "I'd need the rate sheet for the Hartley site before I could price it.",
        "My previous supervisor pushed me to get my gas ticket, which I did.",
    ],
)
def test_look_alikes_of_the_tone_families_are_no_tone_problem(sentence):
    tone = {"apology", "salary_demand", "pressure", "blame", "begging", "talks_down"}
    assert not tone & set(_codes(ask=f"{QUESTION} {NEXT_STEP} {sentence}"))


# --- a second round, written after the first passed (14 of 16 passed before the
# general fixes below them: "the gang at X", "the X customers", "part of X's ...",
# "out of there", "where I was before", "couldn't cook an egg", "treated staff like dirt")

ROUND_TWO = [
    ("other_company", "ask", "I know I'd fit right in with the gang at Halloran's."),
    ("other_company", "ask", "I'd treat the Pemberton customers as my own from day one."),
    ("other_company", "ask", "It would be great to be part of Wexcombe's next chapter."),
    ("blame", "ask", "Truth is the foreman at my old site was a bully and nobody stood up to him."),
    (
        "blame",
        "ask",
        "I got out of there because the manager was spineless and the crew were cowboys.",
    ),
    ("blame", "ask", "My last employer treated staff like dirt and paid late every month."),
    (
        "blame",
        "ask",
        "The head chef where I was before couldn't cook an egg, never mind run a pass.",
    ),
]


@pytest.mark.parametrize(("code", "part", "sentence"), ROUND_TWO)
def test_round_two_is_told(code, part, sentence):
    assert code in _codes(**{part: f"{QUESTION} {NEXT_STEP} {sentence}"})


ROUND_TWO_LOOK_ALIKES = [
    ("other_company", "I learned the trade at Halloran's under a great foreman."),
    ("other_company", "We switched to Procore at my last firm and it saved hours."),
    ("other_company", "I'm driving to Wexcombe on Tuesday for my sister's wedding."),
    ("other_company", "Before I joined Foxglove I was a porter for two years."),
    ("blame", "My last foreman was strict, and I'm grateful now for how much he taught me."),
    ("blame", "The old site had awful drainage, which is how I learned to lay French drains."),
    ("blame", "I left my last job when the contract ended and the crew moved to Leeds."),
    ("blame", "My previous manager and I rebuilt the ordering system after a bad winter."),
    ("blame", "My old supervisor couldn't have been kinder when my dad was ill."),
]


@pytest.mark.parametrize(("code", "sentence"), ROUND_TWO_LOOK_ALIKES)
def test_round_two_look_alikes_are_not(code, sentence):
    assert code not in _codes(result=f"{RESULT} {sentence}")


# --- a third round (12 of 18 before the fixes after it: a forward-looking "at X", "help
# X", "cowboys" as people, "the team I left"); "The Lowrie Bros yard would be ..." is still
# missed: a firm as the subject of a sentence about the writer's future is not read yet.

ROUND_THREE = [
    ("other_company", "I'd hit the ground running for everyone at Tranmere Quay."),
    ("other_company", "Count me in for the Sunday rota at Bellweather Farm."),
    ("other_company", "I'm confident I could help Carrickmore Haulage hit its delivery targets."),
    ("other_company", "I'd love to help build on what you've created at Duncairn."),
    ("blame", "Between us, the last place was run by cowboys who cut every corner going."),
    ("blame", "I walked out in the end because my manager was a liar and the owner backed him."),
    ("blame", "My previous boss was rude to customers and took it out on the juniors."),
    ("blame", "The team I left were a lazy bunch who never pulled their weight."),
]


@pytest.mark.parametrize(("code", "sentence"), ROUND_THREE)
def test_round_three_is_told(code, sentence):
    assert code in _codes(ask=f"{QUESTION} {NEXT_STEP} {sentence}")


ROUND_THREE_LOOK_ALIKES = [
    ("other_company", "Duncairn was where I did my first apprenticeship, back in 2015."),
    ("other_company", "I'll bring my Makita drill and the Festool sander to the trial."),
    ("other_company", "I sat my exams with the Chartered Institute of Plumbing last spring."),
    ("other_company", "For six seasons I drove for Carrickmore Haulage on the Belfast run."),
    ("other_company", "My current employer, Tranmere Quay, knows I'm looking."),
    ("other_company", "I'll be at Heathrow on Monday, so any day after works."),
    ("blame", "My previous boss and I still meet for a pint now and then."),
    ("blame", "The last place closed when the owner retired, so I'm looking for a new yard."),
    ("blame", "The boss at my old job was tough but fair, and I owe him a lot."),
    ("blame", "When the old foreman got injured I ran the crew for two months."),
]


@pytest.mark.parametrize(("code", "sentence"), ROUND_THREE_LOOK_ALIKES)
def test_round_three_look_alikes_are_not(code, sentence):
    assert code not in _codes(result=f"{RESULT} {sentence}")
