"""A long idea listed as "I would A, B, and C" whose items hold an "and" of their own, or
whose list has no "and" before its last item, or typed as a run-on whose later parts say
"and I'd …" (set AD: a saw filer, an architectural blacksmith, a garage door technician,
a wedding venue coordinator, a walking tour guide), is split where its actions are
listed or where a new subject starts, instead of being left out with the whole value part
of the letter. Where no split is certain the notice names the sentence that is too long
and counts its words, not the whole answer's.
"""

import pytest

from letters.answer_case import Facts
from letters.fragments import LEFT_OUT, check_answer

FACTS = Facts(names=("Dana Whitfield",), company="Harbour Works", recipient="Dana Whitfield")


def _idea(typed: str, facts: Facts = FACTS):
    found = check_answer("value_idea", typed, facts=facts)
    assert found is not None
    return found


SPLIT = [
    (  # a dairy herd manager: "and where …" inside the second listed action
        "I would start by scoring every cow's body condition at dry-off against a written "
        "chart, record each cow's yield and where the mastitis cases start on a whiteboard "
        "in the parlour office, and check the milking machine liners with the engineer.",
        [
            "I would start by scoring every cow's body condition at dry-off against a "
            "written chart and record each cow's yield and where the mastitis cases start "
            "on a whiteboard in the parlour office.",
            "I would also check the milking machine liners with the engineer.",
        ],
    ),
    (  # a hotel housekeeping supervisor
        "I would walk every floor with the room attendants at the start of each shift, note "
        "each room's status and what the guest asked for on one sheet at the linen "
        "cupboard, and check the minibars on the VIP rooms myself.",
        [
            "I would walk every floor with the room attendants at the start of each shift "
            "and note each room's status and what the guest asked for on one sheet at the "
            "linen cupboard.",
            "I would also check the minibars on the VIP rooms myself.",
        ],
    ),
    (  # a vet nurse: the first two actions too long to share a sentence
        "I would draw up a discharge sheet for every surgical patient from the notes the vet "
        "leaves (medication, wound care, diet and exercise), phone each owner two days after "
        "the operation and again after the first week, and book the check-up before they "
        "leave the clinic.",
        [
            "I would draw up a discharge sheet for every surgical patient from the notes the "
            "vet leaves (medication, wound care, diet and exercise).",
            "I would also phone each owner two days after the operation and again after the "
            "first week, and book the check-up before they leave the clinic.",
        ],
    ),
    (  # a roofer: no comma before the list's "and"
        "I would take photos of every roof from the ground and the ladder before quoting, "
        "measure each slope twice with a laser and a tape, mark every valley and make a "
        "template for any flashing that isn't standard, especially on the old slate roofs "
        "in the town centre.",
        [
            "I would take photos of every roof from the ground and the ladder before quoting "
            "and measure each slope twice with a laser and a tape.",
            "I would also mark every valley and make a template for any flashing that isn't "
            "standard, especially on the old slate roofs in the town centre.",
        ],
    ),
    (  # a courier depot lead: "have" is the action, not "have them do"
        "I would have a short briefing with every driver each Monday with one route sheet "
        "for the whole team, keep each round to 40 stops and put the heavy parcels first, "
        "and have one dispatcher on shift who tracks the vans and talks to the customers.",
        [
            "I would have a short briefing with every driver each Monday with one route "
            "sheet for the whole team.",
            "I would also keep each round to 40 stops and put the heavy parcels first, and "
            "have one dispatcher on shift who tracks the vans and talks to the customers.",
        ],
    ),
]


@pytest.mark.parametrize(
    ("typed", "said"), SPLIT, ids=["dairy", "housekeeping", "vet", "roofer", "courier"]
)
def test_a_listed_long_idea_is_split_where_its_actions_are_listed(typed, said):
    check = _idea(typed)
    assert check.status != LEFT_OUT, check.message
    assert list(check.sentences) == said


def test_a_title_case_list_is_split_once_its_capitals_are_mended():
    typed = (
        "I Would Have A Short Briefing With Every Driver Each Monday With One Route Sheet "
        "For The Whole Team, Keep Each Round To 40 Stops And Put The Heavy Parcels First, "
        "And Have One Dispatcher On Shift Who Tracks The Vans And Talks To The Customers."
    )
    check = _idea(typed)
    assert check.status != LEFT_OUT, check.message
    assert list(check.sentences) == SPLIT[-1][1]


def test_a_list_said_in_the_third_person_is_split_once_it_says_i():
    facts = Facts(
        names=("Dana Whitfield", "Tomasz Nowak"),
        company="Harbour Works",
        recipient="Dana Whitfield",
        sender="Tomasz Nowak",
    )
    typed = (
        "Tomasz would draw up a discharge sheet for every surgical patient from the notes the "
        "vet leaves (medication, wound care, diet and exercise), phone each owner two days "
        "after the operation and again after the first week, and book the check-up before "
        "they leave the clinic."
    )
    check = _idea(typed, facts)
    assert check.status != LEFT_OUT, check.message
    assert check.sentences[0].startswith("I would draw up a discharge sheet")
    assert check.sentences[1].startswith("I would also phone each owner")


RUN_ONS = [
    (  # a cafe owner
        "I'd open the till at seven and put the pastries out early, and give every new "
        "barista a short card with the main drinks because the morning rush is so busy, and "
        "I'd set a clear order for cleaning the machines so nobody feels rushed at close, "
        "and at the end of each week I'd ask the team what slowed them down because they "
        "see it first",
        [
            "I'd open the till at seven and put the pastries out early, and give every new "
            "barista a short card with the main drinks because the morning rush is so busy.",
            "I'd set a clear order for cleaning the machines so nobody feels rushed at close.",
            "At the end of each week I'd ask the team what slowed them down because they see "
            "it first.",
        ],
    ),
    (  # a removals team leader
        "I'd send a survey crew to every house move over three bedrooms and book a second "
        "van when needed, and label every box by room so the unload goes faster, and I'd "
        "call each customer the evening before to confirm the parking, and on the day I'd "
        "walk the house with them before we load anything at all",
        [
            "I'd send a survey crew to every house move over three bedrooms and book a second "
            "van when needed, and label every box by room so the unload goes faster.",
            # 28 words: short enough to stay one sentence
            "I'd call each customer the evening before to confirm the parking, and on the day "
            "I'd walk the house with them before we load anything at all.",
        ],
    ),
]


@pytest.mark.parametrize(("typed", "said"), RUN_ONS, ids=["cafe", "removals"])
def test_a_run_on_is_split_where_a_new_subject_starts(typed, said):
    check = _idea(typed)
    assert check.status != LEFT_OUT, check.message
    assert list(check.sentences) == said


def test_the_notice_counts_the_long_sentence_not_the_whole_answer():
    typed = (
        "I am used to working nights and weekends, so I would plan around it from the start. "
        "I would also be glad to act as a mentor for the apprentices you take on, since many "
        "come from the same kind of background and it helps to have someone who can tell "
        "them honestly what the first year is like."
    )
    check = _idea(typed)
    assert check.status == LEFT_OUT
    assert "“I would also be glad to act as a mentor" in check.message
    assert "is one sentence of 42 words" in check.message
    assert "Since many" not in " ".join(check.sentences)


@pytest.mark.parametrize(
    "typed",
    [
        # a list of things checked, not of actions: no "I would also crown …"
        "I would check tension, crown and strain on every saw in the filing room before each "
        "shift against the written spec that the head filer keeps on the wall next to the "
        "grinder, especially the thin-kerf bands from the new supplier.",
        # a "which" clause and an "especially" phrase hang on the sentence before them
        "I would order the common springs in bulk every month from the supplier in Brisbane, "
        "which saves a second trip for most repairs and keeps the vans stocked, especially "
        "the ones that go out to the coast on the long country jobs.",
        # the apprentices check and sign, not the writer
        "I would have the apprentices check every door against the service sheet at the end "
        "of each job and sign the card on the back of the door before they leave the "
        "customer's house so we always know who did the job.",
    ],
    ids=["things", "which", "theirs"],
)
def test_no_split_is_made_where_it_is_not_certain(typed):
    said = " ".join(_idea(typed).sentences)
    assert "I would also crown" not in said
    assert "Which saves" not in said
    assert "Especially" not in said
    assert "I would also sign" not in said


def test_a_number_with_a_comma_is_not_a_list():
    typed = (
        "I would send 1,200 flyers to every street in the catchment, knock on the doors of "
        "the new estates on Saturday mornings, and put a banner on the fence by the main "
        "road so parents see the open day."
    )
    said = list(_idea(typed).sentences)
    assert all("1,200" in s or "1," not in s for s in said)
    assert "1,200 flyers" in " ".join(said)


def test_a_list_of_things_in_brackets_is_not_named_as_a_part_without_a_verb():
    typed = (
        "I would draw up a discharge sheet for every surgical patient from the notes the vet "
        "leaves (medication, wound care, diet and exercise), phone each owner two days after "
        "the operation and again after the first week, and book the check-up before they "
        "leave the clinic."
    )
    assert "has no verb" not in _idea(typed).message
