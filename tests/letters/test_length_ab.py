"""Set AB's far-over letters (draft_grades26, users' log: eight letters still 205-244
words after one round).

- A letter the cuts and the sentences said shorter cannot bring under 200 is also told
  to cut whole sentences from the parts that say more than it needs: an idea's third and
  later steps, the problem's sentences after its first, a result's sentences after its
  first. AB06 (a packhouse supervisor, 391 words with the answers left out back in) was
  told to say ten sentences shorter and "it comes to about 292".
- Never an idea's first two steps, a sentence the next one leans on, a result's figure,
  the reason for the question; a letter a little over keeps its short plan.

Every answer set here but AB06's is invented (other trades than set AB's).
"""

import json
from pathlib import Path

import pytest

from letters.assembly import split_sentences
from tests.letters.test_length_aa import asked, lands_at, removed
from tests.letters.test_length_one_go import (
    as_typed_words,
    draft,
    left_for_length,
    length_notice,
)

BASE = {
    "sender": "Sam Okoro",
    "decision_maker": True,
    "discussed": "",
    "problem": "",
}

AB06 = json.loads(
    Path(__file__)
    .parent.joinpath("blind/draft_grades26/answers/AB06_citrus_packhouse_supervisor_runon.json")
    .read_text()
)

FORKLIFT = BASE | {
    "recipient": "Mr. Dale Hendricks",
    "company": "Northgate Distribution",
    "role": "Warehouse Team Leader",
    "discussed": "the night shift, pick rates, racking damage, the new scanners",
    "problem": "orders miss the morning trucks because the pickers fall behind at night",
    "answers": {
        "connection": "You told me you started on the forklifts at this same site twenty "
        "years ago when it was still a furniture warehouse. My father drove a reach truck "
        "at a furniture warehouse in Durban for most of his life, so we had a good laugh "
        "about the old Hyster trucks.",
        "fit": [
            "I have led a night team of 14 pickers and drivers at Coastline Logistics for "
            "four years, and our pick rate went from 90 to 130 lines an hour. I also did the "
            "weekly rota and the return-to-work talks for the whole team.",
            "I hold my counterbalance and reach truck licences and I train the new drivers "
            "on the site rules in their first week. I have had no lost-time accident on my "
            "shift in 1,400 nights, and no racking damage in my last two years there.",
        ],
        "value_problem": "You said orders are missing the morning trucks because the "
        "pickers fall behind on the night shift. The day team then has to load late and "
        "the drivers are waiting in the yard with their engines running for an hour.",
        "value_idea": "I would walk the pick faces at the start of each shift and move the "
        "fastest lines closer to the dispatch doors. I would also split the team into two "
        "zones with one lead each so nobody is waiting for a truck. I would put a board by "
        "the doors with the trucks and the time each one leaves in the morning. I would "
        "check the scanners are charged before the shift starts every single night.",
        "value_gain": "That would mean the trucks leaving on time and fewer calls from the "
        "stores asking where their stock is.",
        "value_gain_detail": "At Coastline late trucks went from about 6 a week to 1 in three "
        "months.",
        "question": "Would I lead the whole night shift, or only the picking side of it?",
        "closing": "I would be glad to come in for a night and see how the shift runs.",
    },
}

KITCHEN = BASE | {
    "recipient": "Chef Rosa Marquez",
    "company": "The Olive Press",
    "role": "Sous Chef",
    "discussed": "the new tasting menu, Saturday covers, prep lists, waste",
    "problem": "tickets back up on Saturday nights and tables wait too long for mains",
    "answers": {
        "connection": "We talked about your grandmother's bakery in Naples and the wood "
        "oven she had there until she was eighty. My own grandmother had a little trattoria "
        "in Bari, and she cooked on a wood stove for forty years, so we swapped stories.",
        "fit": [
            "I have been a sous chef at Bellini's for three years, running a brigade of "
            "eight on 220 covers on a Saturday night. I write the prep lists every morning "
            "and I order the fish and the vegetables for the whole week myself.",
            "At Bellini's I cut our food waste from 12% to 5% by changing the prep lists to "
            "the bookings. I also trained two commis chefs who are now chefs de partie at "
            "other restaurants in the city.",
        ],
        "value_problem": "You said tickets back up on Saturday nights and tables wait too "
        "long for their mains. The servers are then apologising at the tables and some "
        "guests leave bad reviews online about the waiting the next morning.",
        "value_idea": "I would set the prep lists to the bookings so every section starts "
        "the night with everything ready. I would also run the pass myself on Saturdays and "
        "call the tickets in order of the tables. I would move the garnishes next to the "
        "grill so the cooks are not walking across the kitchen. I would hold a short "
        "briefing at five every evening with the whole brigade and the floor manager.",
        "value_gain": "That would mean mains going out on time and fewer guests waiting on "
        "a busy Saturday night.",
        "value_gain_detail": "At Bellini's our ticket times on a Saturday went from 35 "
        "minutes to 20.",
        "question": "How many cooks are on the line on a Saturday night?",
        "closing": "I would be happy to come in and cook a trial shift on a Saturday.",
    },
}

ROOFER = BASE | {
    "recipient": "Mrs. Janet Pryce",
    "company": "Pryce & Sons Roofing",
    "role": "Roofing Foreman",
    "discussed": "the school contract, flat roofs, scaffold, callbacks for leaks",
    "problem": "callbacks for leaks on the new flat roofs are costing money and the school "
    "contract",
    "answers": {
        "connection": "You told me your father started the firm with one van and a ladder "
        "in 1978, and you still keep his first ladder in the yard. I started the same way "
        "with my uncle in Swansea, carrying slates up for him every summer holiday.",
        "fit": [
            "I have run a crew of six on flat roofs for seven years, mostly on schools and "
            "council buildings across South Wales. I lay single ply, torch-on felt and "
            "liquid systems, and I hold my SMSTS and my CSCS gold card.",
            "At Hartley Roofing our callbacks for leaks went from 15 a year to 3 after I "
            "brought in a water test on every roof before sign-off. I also wrote the "
            "handover sheet that the office still uses for every job today.",
        ],
        "value_problem": "You said the callbacks for leaks on the new flat roofs are "
        "costing money and could cost you the school contract. The crews are then going "
        "back to jobs they finished weeks ago and the new work is falling behind.",
        "value_idea": "I would check every upstand and outlet myself before the membrane "
        "goes down on a roof. I would also do a flood test on each roof before the crew "
        "leaves the site. I would take photos of every detail and send them to the office "
        "with the handover sheet. I would go through the common faults with the crews "
        "every Monday morning in the yard before they set off.",
        "value_gain": "That would mean fewer callbacks, crews on new work and a school "
        "contract that is safe for next year.",
        "value_gain_detail": "At Hartley the callbacks went from 15 a year to 3 in one year.",
        "question": "Would I run one crew myself, or look after all three?",
        "closing": "I would be glad to come out to the school job with you one morning.",
    },
}

FAR = [FORKLIFT, KITCHEN, ROOFER]
FAR_IDS = ["forklift", "kitchen", "roofer"]


def _steps(data) -> list[str]:
    return split_sentences(data["answers"]["value_idea"])


@pytest.mark.parametrize("data", FAR, ids=FAR_IDS)
def test_a_far_over_letter_lands_inside_200_in_one_round(data):
    result = draft(data)
    assert as_typed_words(result) > 260
    message = length_notice(result)
    assert lands_at(result) <= 200, message
    assert "Then say other long sentences" not in message
    assert len(asked(message)) <= 12


@pytest.mark.parametrize("data", FAR, ids=FAR_IDS)
def test_a_far_over_plan_cuts_later_idea_steps_never_the_first_two(data):
    cuts = removed(draft(data))
    first, second, *later = _steps(data)
    assert first not in cuts and second not in cuts
    assert set(cuts) & set(later)


@pytest.mark.parametrize("data", FAR, ids=FAR_IDS)
def test_a_far_over_plan_keeps_each_result_s_first_sentence_and_the_connection(data):
    cuts = removed(draft(data))
    for result in data["answers"]["fit"]:
        assert split_sentences(result)[0] not in cuts
    assert not [s for s in cuts if s in data["answers"]["connection"]]
    assert not [s for s in cuts if s in data["answers"]["question"]]


@pytest.mark.parametrize("data", FAR, ids=FAR_IDS)
def test_a_far_over_plan_keeps_the_problem_s_first_sentence(data):
    cuts = removed(draft(data))
    problem = split_sentences(data["answers"]["value_problem"])
    assert problem[0] not in cuts


@pytest.mark.parametrize("data", FAR, ids=FAR_IDS)
def test_a_result_s_sentence_with_a_figure_is_not_cut(data):
    cuts = removed(draft(data))
    results = " ".join(data["answers"]["fit"])
    assert not [s for s in cuts if s in results and any(ch.isdigit() for ch in s)]


def test_ab06_is_told_to_cut_the_idea_s_third_step_and_lands_far_nearer():
    result = draft(AB06)
    message = length_notice(result)
    cuts = removed(result)
    third = (
        "I would check the fungicide concentration in the drencher every two hours and write "
        "it down so it does not go weak in the afternoon."
    )
    assert third in cuts
    assert (
        "I would put a second quality check at the end of the line before palletising." not in cuts
    )
    assert not [s for s in cuts if s.startswith("I would also train the graders")]
    # 391 words with the gain left out back in: the plan was about 292, now about 225
    saved = sum(len(s.split()) - size for s, size in asked(message))
    saved += sum(len(s.split()) for s in left_for_length(result))
    assert 391 - saved <= 230
    assert len(asked(message)) <= 12


# An idea step the next one leans on ("It would …") stays with it.
LEANED_ON = KITCHEN | {
    "answers": KITCHEN["answers"]
    | {
        "value_idea": "I would set the prep lists to the bookings so every section starts "
        "the night with everything ready. I would also run the pass myself on Saturdays and "
        "call the tickets in order of the tables. I would move the garnish station right "
        "next to the grill on the hot line. That way the cooks are not walking across the "
        "kitchen in the middle of service.",
    }
}


def test_an_idea_step_the_next_one_leans_on_is_not_cut():
    cuts = removed(draft(LEANED_ON))
    assert "I would move the garnish station right next to the grill on the hot line." not in cuts


# A little over: the short plan stays, and nothing of the idea is cut.
A_LITTLE_OVER = BASE | {
    "recipient": "Ms. Tara Quinn",
    "company": "Greenway Landscapes",
    "role": "Landscape Gardener",
    "discussed": "the council parks contract, mowing rounds, hedges, the new ride-on mowers",
    "problem": "the mowing rounds run late in spring and the parks look untidy",
    "answers": {
        "connection": "You told me you grew up next to Victoria Park and played football on "
        "the same pitches we now mow every week. I played on them too as a boy.",
        "fit": [
            "I have 6 years on council parks and grounds, on ride-on mowers, hedge cutters "
            "and strimmers, and I hold my PA1 and PA6 spraying tickets.",
            "At Ashford Grounds I planned the mowing rounds for a crew of five across "
            "twelve parks for two seasons.",
        ],
        "value_problem": "You said the mowing rounds run late every spring, so some parks "
        "go two weeks without a cut and the council complains.",
        "value_idea": "I would plan the rounds by how fast each park grows in spring. I "
        "would also send the ride-on mowers to the big parks first. I would keep a spare "
        "mower ready on the trailer for breakdowns.",
        "value_gain": "That would mean tidier parks in spring and fewer calls from the "
        "council about long grass.",
        "value_gain_detail": "At Ashford the late cuts went from about 8 a month to 2.",
        "question": "Would I lead a crew of my own on the parks contract this spring?",
        "closing": "I would be glad to come out on a round with the crew one morning.",
    },
}


def test_a_letter_a_little_over_keeps_a_short_plan_and_its_idea():
    result = draft(A_LITTLE_OVER)
    assert 200 < as_typed_words(result) <= 215
    message = length_notice(result)
    assert len(asked(message)) + len(left_for_length(result)) <= 3
    assert not set(removed(result)) & set(_steps(A_LITTLE_OVER))
    assert lands_at(result) <= 200
