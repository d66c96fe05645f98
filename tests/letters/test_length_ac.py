"""Set AC's length notices (simulated users' log, item 7): the draft's length notice told
users to cut their strongest evidence before saying anything shorter, and to cut the
closing's next step the closing notice had just asked for.

- A result with a figure (in digits or words: "from nine working days to four") or one
  sharing a word with the talk (the interview's notes, their problem, the idea) is cut
  only after the other cuts and after the rest said shorter would not do; a result with
  neither goes first (AC01, AC02, AC14, AC18, AC19).
- A closing that is a concrete next step ("Let me know about next steps with Dr Patel!",
  "Please say thanks to Dave for me too.") or one the closing step offers is never named
  to cut (AC10, AC19). A stock closing line still goes first.

The AC letters are the users' first-round answers; the other trades' are invented.
"""

import pytest

from letters.assembly import _has_figure
from tests.letters.test_length_aa import lands_at, removed
from tests.letters.test_length_one_go import (
    as_typed_words,
    draft,
    left_for_length,
    length_notice,
)

AC01 = {
    "recipient": "Alan Whitfield",
    "sender": "Rebecca Thornley",
    "company": "Castlegate Scientific Glass Ltd",
    "role": "Scientific Glassblower",
    "decision_maker": True,
    "discussed": "Their work for university and pharmaceutical labs (Schlenk lines, custom "
    "reaction vessels, repairs), my eight years in the University of Leicester glass "
    "workshop, my BSSG certificates, their new Heathway glass lathe, and whether I could "
    "take on quartz work.",
    "problem": "Repairs come back from the labs in batches and jump the queue, so new-build "
    "orders run late. He said about a third of Schlenk line orders went out after the "
    "promised date last year.",
    "answers": {
        "connection": "We found out we both learned on the same old Litton lathe under Colin "
        "Hardy at Leicester, twenty years apart. You still remembered Colin making you grade "
        "ground-glass joints by hand for a whole week.",
        "fit": [
            "I have worked eight years as a scientific glassblower at the University of "
            "Leicester workshop, building Schlenk lines, manifolds and custom reactors in "
            "borosilicate glass.",
            "I hold the BSSG Intermediate and Advanced certificates and have done quartz work "
            "for the physics department.",
            "I set up a repair triage system that cut our average repair turnaround from nine "
            "working days to four.",
        ],
        "value_problem": "Repair jobs arrive in batches and interrupt new builds, so new "
        "orders are delivered late.",
        "value_idea": "I would set aside fixed repair slots on two afternoons a week. I would "
        "sort incoming repairs into same-day, standard or rebuild as soon as they arrive. I "
        "would also keep a small stock of common joints and PTFE taps so simple repairs don't "
        "need a full setup.",
        "value_gain": "New-build orders would go out on the promised date, and the labs would "
        "know exactly when to expect their repairs back.",
        "value_gain_detail": "At Leicester, on-time delivery for new builds went from about "
        "70% to 94% in the first year after we moved repairs into fixed slots.",
        "question": "Would I be expected to take on the quartz and fused silica work straight "
        "away, or does the senior glassblower handle that for now?",
        "closing": "I would very much enjoy working with your team on the new Heathway lathe.",
    },
}

AC14 = {
    "recipient": "Mrs. Nwosu",
    "sender": "Chinedu Okafor",
    "company": "Ability Mobility Centre",
    "role": "Wheelchair Technician",
    "decision_maker": True,
    "discussed": "Their wheelchair service for children with cerebral palsy and adults with "
    "spinal injury, the WHO Wheelchair Service Training Package, custom seating, the repair "
    "backlog, donated chairs from abroad, and my four years at the orthopaedic hospital "
    "workshop in Enugu.",
    "problem": "Many donated wheelchairs don't fit the users and come back broken within "
    "months. There are around 60 chairs waiting for repair.",
    "answers": {
        "connection": "We both laughed about the generator going off in the middle of the "
        "interview and you said na every day for your workshop. Also you know my former oga "
        "Dr Eze from Enugu.",
        "fit": [
            "I have worked 4 years as wheelchair tech at National Orthopaedic Hospital Enugu.",
            "I did WHO wheelchair service training basic and intermediate.",
            "I fixed over 300 chairs, made custom seat inserts for CP kids with local foam and "
            "plywood.",
        ],
        "value_problem": "You mentioned a lot of the donated chairs don't fit the users and "
        "they break after few months so the repair backlog is about 60 chairs.",
        "value_idea": "I will do proper assessment and fitting before any chair is given out. "
        "I would also modify the donated ones with local parts like foam cushions, footrests "
        "and tyres from the market. I would also train the parents on simple maintenance like "
        "pumping tyres and tightening bolts.",
        "value_gain": "That would mean fewer chairs coming back broken, backlog go down, users "
        "happy and the centre save money on parts.",
        "value_gain_detail": "At Enugu we reduced chairs coming back for repair by about half "
        "in 1 year after we started the fitting and parent training.",
        "question": "Do you have a budget for local materials or do we use only donated parts?",
        "closing": "I hope to hear from you soon.",
    },
}

AC19 = {
    "recipient": "Tyler Brooks",
    "sender": "Danielle Reyes",
    "company": "Midwest Oncology Research Partners",
    "role": "Clinical Research Coordinator II",
    "decision_maker": False,
    "discussed": "Tyler is the recruiter; the hiring manager Dr. Patel will do the second "
    "round. We talked about their oncology trials, screening and enrollment, EDC data entry "
    "in Medidata Rave, monitoring visits, my three years as a CRC in cardiology at a "
    "university hospital, and my CCRP certification.",
    "problem": "They have a backlog of over 300 open data queries from sponsors, and a "
    "monitor flagged late data entry at the last visit.",
    "answers": {
        "connection": "You mentioned your mom did her chemo trial at Northwestern and that's "
        "why you got into this field. My aunt was in a trial there too, so that really hit "
        "home.",
        "fit": [
            "I have 3 years as a CRC in cardiology at a university hospital and ran 6 trials "
            "at once.",
            "I'm CCRP certified and my GCP training is up to date.",
            "I got our query backlog from 250 to under 40 in 2 months.",
        ],
        "value_problem": "Your team has 300+ open queries and the monitor flagged late data entry.",
        "value_idea": "I would block off time every day so data gets entered within 48 hours "
        "of each visit and do a weekly query sweep so nothing sits more than 5 days. I would "
        "also keep a simple tracker so everyone can see what's open.",
        "value_gain": "That would mean cleaner monitor visits, no findings on late entry and "
        "happy sponsors, so more trials sent your way.",
        "value_gain_detail": "At my current site we went from 250 open queries to under 40 in "
        "2 months and had 0 findings at our next monitoring visit.",
        "question": "Do you know if the role covers 1 study team or is it split across "
        "different PIs?",
        "closing": "Let me know about next steps with Dr Patel!",
    },
}

AC10 = {
    "recipient": "Melissa Tremblay",
    "sender": "Kyle Desjardins",
    "company": "Northshore Paper Products Inc.",
    "role": "Paper Machine Back Tender",
    "decision_maker": False,
    "discussed": "Melissa is the talent acquisition specialist; Dave Lindqvist, the "
    "operations superintendent, joined for the last 20 minutes. We talked about 12-hour "
    "rotating shifts, my eight years at the kraft mill in Kapuskasing, my 4th Class Power "
    "Engineer ticket, and sheet breaks on their PM2.",
    "problem": "Dave said sheet breaks on PM2 are costing them around three hours of "
    "production a week, mostly at the dryer section and the reel.",
    "answers": {
        "connection": "You mentioned you grew up in Kap and your uncle worked at the mill "
        "there, turns out he was on the sister shift to mine for years. It's a small world.",
        "fit": [
            "I have 8 years at the Kap mill, I started as 5th hand and worked up to back "
            "tender on the paper machine.",
            "I have my 4th Class Power Engineer ticket.",
            "I helped cut sheet breaks on our machine about 30% by tracking every break on "
            "the shift log.",
        ],
        "value_problem": "Dave said PM2 is losing about 3 hours a week to sheet breaks, mostly "
        "at the dryers and the reel.",
        "value_idea": "I would start a break log every shift with where it broke, what grade "
        "was running and the steam and draw settings. I would go over it with the crews once "
        "a week. I would also check doctor blades and dryer felts on a set schedule instead "
        "of waiting for a break.",
        "value_gain": "That should mean more tons off the reel every week and less broke going "
        "back to the pulper.",
        "value_gain_detail": "At Kap we went from about 9 breaks a week to 6 in the first few "
        "months of doing the log.",
        "question": "Is the back tender job on a fixed crew or would I be moving between "
        "crews at first?",
        "closing": "Please say thanks to Dave for me too.",
    },
}


@pytest.mark.parametrize(
    ("data", "kept"),
    [
        (AC01, "from nine working days to four"),  # a figure in words, on the repairs
        (AC14, "I did WHO wheelchair service training"),  # the training they discussed
        (AC19, "I got our query backlog"),  # a figure the gain's detail says again
    ],
    ids=["AC01-glassblower", "AC14-wheelchair", "AC19-research"],
)
def test_a_result_with_a_figure_or_on_the_talk_is_said_shorter_not_cut(data, kept):
    result = draft(data)
    assert as_typed_words(result) > 200
    message = length_notice(result)
    assert not [s for s in removed(result) if kept in s], message
    assert lands_at(result) <= 200


@pytest.mark.parametrize("data", [AC10, AC19], ids=["AC10-thanks-to-dave", "AC19-next-steps"])
def test_the_closing_s_next_step_is_not_named_to_cut(data):
    result = draft(data)
    assert as_typed_words(result) > 200
    message = length_notice(result)
    assert data["answers"]["closing"] not in message
    assert lands_at(result) <= 200


# --- other trades ----------------------------------------------------------------------

BASE = {"sender": "Sam Okoro", "decision_maker": True}

ARBORIST = BASE | {
    "recipient": "Mr. Gareth Lloyd",
    "company": "Lloyd Tree Care",
    "role": "Arborist",
    "discussed": "storm clearance for the council, the new chipper, the winter work plan",
    "problem": "storm call-outs pile up and the council clearance work falls behind",
    "answers": {
        "connection": "You told me you climbed your first oak at fourteen on your uncle's "
        "farm near Brecon. I grew up on a farm in the same valley and spent my summers "
        "clearing hedges with my grandfather and his old Stihl saw.",
        "fit": [
            "I cut our average time on big removals from three days to two by rigging the "
            "lowering lines the evening before.",
            "I ran the storm clearance for the council after the big gale last winter, "
            "clearing blocked lanes in the dark.",
            "I trained at Merrist Wood College and climbed for Arbor Green Surrey and "
            "Treetops Kent before moving back to Wales.",
        ],
        "value_problem": "You said the storm call-outs pile up every winter and the council "
        "clearance work falls behind while the crews are out on emergencies.",
        "value_idea": "I would keep one climber and one groundsman on storm call-outs each "
        "week so the other crews stay on the council work. I would also plan the council "
        "jobs street by street so the chipper moves less between sites.",
        "value_gain": "That would mean the council work staying on time even in a wet and "
        "windy winter, and fewer calls from the council office.",
        "value_gain_detail": "At my last firm the council backlog went from 40 jobs to 12 "
        "in one winter.",
        "question": "Would I be climbing every day, or also pricing the council jobs?",
        "closing": "I could come out with a crew for a day to see how you work.",
    },
}

DENTAL_NURSE = BASE | {
    "recipient": "Dr. Helen Price",
    "company": "Riverside Dental Practice",
    "role": "Dental Nurse",
    "discussed": "the new decontamination room, patient recalls, the CQC visit in spring",
    "problem": "patients miss their recall appointments and the diary has gaps every week",
    "answers": {
        "connection": "You told me you trained at the dental hospital in Cardiff in the "
        "nineties. My mother trained there too as a hygienist, and she still talks about "
        "the old phantom heads in the basement.",
        "fit": [
            "I cut failed recall appointments at my practice from twelve a week to five by "
            "phoning patients the day before.",
            "I set up the decontamination room checks for our last CQC visit, which went "
            "without a single finding.",
            "I qualified through the NEBDN at Bristol City College and worked for Smile "
            "Studio Bath and Abbey Dental Wells.",
        ],
        "value_problem": "You said patients miss their recall appointments and the diary "
        "has gaps every week that nobody can fill at short notice.",
        "value_idea": "I would phone every patient the day before their recall and keep a "
        "short list of patients who can come in at short notice. I would also send a text "
        "reminder two days before each appointment.",
        "value_gain": "That would mean fewer gaps in the diary and more patients seen "
        "every week by the dentists.",
        "value_gain_detail": "At my practice that filled about 8 more slots every week.",
        "question": "Who looks after the recall list at the moment?",
        "closing": "I would be glad to come in for a trial day on the reception desk.",
    },
}

BAKER = BASE | {
    "recipient": "Ms. Ana Lopes",
    "company": "Crumb and Co Bakery",
    "role": "Night Baker",
    "discussed": "the wholesale orders, the new deck oven, sourdough on nights",
    "problem": "wholesale orders go out late because the sourdough is not ready in time",
    "answers": {
        "connection": "You mentioned that your mother ran a village bakery in Porto and "
        "still gets up at three every morning. My grandmother baked for the whole street in "
        "Manila, so I grew up with flour on everything I owned.",
        "fit": [
            "I cut our late morning deliveries from nine a week to two by starting the "
            "long-proof doughs before midnight.",
            "I ran the sourdough on nights for the wholesale cafes on my own for most of "
            "last year.",
            "I trained at Leeds City College and worked at Hovis Wakefield and Greggs "
            "Bradford before Loaf Street.",
        ],
        "value_problem": "You said the wholesale orders go out late because the sourdough "
        "is not ready when the vans are loaded in the morning.",
        "value_idea": "I would set up a proof schedule on the wall so each dough starts at "
        "the right hour. I would also mix the wholesale doughs first, before the shop bread.",
        "value_gain": "That would mean vans leaving on time and fewer calls from the cafes "
        "asking where their bread is.",
        "value_gain_detail": "At Loaf Street late orders went from 15 a week to 3 in two months.",
        "question": "How many of the wholesale cafes take sourdough every morning?",
        "closing": "I can come in for a trial night whenever it suits you.",
    },
}

TRADES = [ARBORIST, DENTAL_NURSE, BAKER]
IDS = ["arborist", "dental-nurse", "baker"]


@pytest.mark.parametrize("data", TRADES, ids=IDS)
def test_of_three_results_the_one_with_neither_a_figure_nor_the_topic_goes(data):
    result = draft(data)
    assert as_typed_words(result) > 200
    fit = data["answers"]["fit"]
    results = [s for s in removed(result) if s in fit]
    assert results in ([], [fit[2]]), length_notice(result)
    assert lands_at(result) <= 200


@pytest.mark.parametrize("data", TRADES, ids=IDS)
def test_a_result_with_a_figure_in_words_or_on_the_topic_is_not_cut(data):
    fit = data["answers"]["fit"]
    gone = removed(draft(data))
    assert fit[0] not in gone  # "from three days to two"
    assert fit[1] not in gone  # the council storm work they talked about


# A third result with a figure in words, for a letter all of whose results count (AC01)
FIGURED = {
    "arborist": "I have felled and dismantled over a hundred big trees in nine years without "
    "a single claim.",
    "dental-nurse": "I have nursed for eleven years and I have never missed a single "
    "sterilisation log.",
    "baker": "I have baked on nights for twelve years and I have never once missed a "
    "morning delivery.",
}


@pytest.mark.parametrize("data", TRADES, ids=IDS)
def test_with_only_results_that_count_the_rest_is_said_shorter(data):
    fit = [*data["answers"]["fit"][:2], FIGURED[IDS[TRADES.index(data)]]]
    changed = {**data, "answers": {**data["answers"], "fit": fit}}
    result = draft(changed)
    assert not [s for s in removed(result) if s in fit]
    assert lands_at(result) <= 200


@pytest.mark.parametrize(
    "closing",
    [
        "Please say thanks to Mrs Evans for me too.",
        "Let me know about the next steps with the team.",
        "Please let me know if there is anything else you need from me.",
        "I look forward to hearing about the next steps.",
        "I will bring my certificates to the second interview.",
    ],
)
@pytest.mark.parametrize("data", TRADES, ids=IDS)
def test_a_closing_that_is_a_next_step_is_never_named_to_cut(data, closing):
    changed = {**data, "answers": {**data["answers"], "closing": closing}}
    result = draft(changed)
    assert as_typed_words(result) > 200
    assert closing not in length_notice(result)
    assert closing not in left_for_length(result)


@pytest.mark.parametrize(
    "stock", ["I look forward to hearing from you.", "I hope to hear from you soon."]
)
@pytest.mark.parametrize("data", TRADES, ids=IDS)
def test_a_stock_closing_line_still_goes_first(data, stock):
    # negative: a wish to hear back is no next step
    changed = {**data, "answers": {**data["answers"], "closing": stock}}
    result = draft(changed)
    assert removed(result)[:1] == [stock]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("I cut turnaround from nine working days to four.", True),
        ("I halved the backlog, twice as fast as before.", True),
        ("I ran 6 trials at once.", True),
        ("Our mortality went down to 9%.", True),
        # negatives
        ("I was one of the first to train on the new lathe.", False),
        ("I hold my CSCS card and do the lead work myself.", False),
    ],
)
def test_a_figure_in_words_counts_one_alone_does_not(sentence, figure):
    assert _has_figure(sentence) is figure
