"""A long idea listed as "I would A, B and C, and D" whose middle item holds its own
"and" ("start with the worst sections and fix the squirrel chews first") is split at the
list's commas, never inside that item, and a split does not leave two sentences in a row
opening with "I would also" (set AD: a sugarbush technician). A fit note's past verb
after a comma ("…, did most of the tubing checks") is said with "I", as a typed
sentence's is.
"""

import pytest

from letters.answer_case import Facts
from letters.fragments import LEFT_OUT, check_answer

FACTS = Facts(names=("Dana Whitfield",), company="Harbour Works", recipient="Dana Whitfield")


def _check(key: str, typed: str):
    found = check_answer(key, typed, facts=FACTS)
    assert found is not None
    return found


ITEM_PAIRS = [
    (  # a warehouse team leader
        "i would walk every aisle with the pickers at the start of each shift with a clipboard "
        "and the count sheets, start with the fast movers and fix the bin labels first, and "
        "keep a list of the empty slots so we know where to put the new stock. i would also "
        "move the heavy pallets to the bottom racks before the peak",
        [
            "I would walk every aisle with the pickers at the start of each shift with a "
            "clipboard and the count sheets.",
            "I would start with the fast movers and fix the bin labels first, and keep a list "
            "of the empty slots so we know where to put the new stock.",
            "I would also move the heavy pallets to the bottom racks before the peak.",
        ],
    ),
    (  # a bed manager on hospital wards
        "i would go round every ward with the charge nurse at the start of each early shift "
        "with the bed board, start with the discharges and book the transport first, and keep "
        "a note of the delays so we know which wards to chase next time. i would also ask the "
        "pharmacy to send the take home meds the night before",
        [
            "I would go round every ward with the charge nurse at the start of each early "
            "shift with the bed board.",
            "I would start with the discharges and book the transport first, and keep a note "
            "of the delays so we know which wards to chase next time.",
            "I would also ask the pharmacy to send the take home meds the night before.",
        ],
    ),
    (  # a fleet maintenance planner
        "i would check every van with the driver at the start of the week in the yard with "
        "the inspection sheet, start with the oldest vans and change the wiper blades first, "
        "and keep a log of the faults so we know which vans to book in next. i would also "
        "sort the tyre orders with the supplier in october",
        [
            "I would check every van with the driver at the start of the week in the yard "
            "with the inspection sheet.",
            "I would start with the oldest vans and change the wiper blades first, and keep a "
            "log of the faults so we know which vans to book in next.",
            "I would also sort the tyre orders with the supplier in October.",
        ],
    ),
]


@pytest.mark.parametrize(("typed", "said"), ITEM_PAIRS)
def test_a_listed_item_with_its_own_and_is_not_split_inside(typed, said):
    check = _check("value_idea", typed)
    assert check.status != LEFT_OUT, check.message
    assert list(check.sentences) == said
    openings = [s.startswith("I would also") for s in check.sentences]
    assert not any(a and b for a, b in zip(openings, openings[1:], strict=False))


PAST_SAID = [
    (  # a line cook, a note the wizard says as a sentence
        "4 years on a 200 cover restaurant line, did most of the ordering and stock counts",
        "I have 4 years of experience on a 200 cover restaurant line, and I did most of the "
        "ordering and stock counts.",
    ),
    (  # a warehouse operative
        "I have 6 years as a warehouse operative in a chilled depot, did all of the cycle "
        "counts for the freezer",
        "I have 6 years as a warehouse operative in a chilled depot, and I did all of the "
        "cycle counts for the freezer.",
    ),
    (  # a veterinary nurse
        "I spent 3 years at a busy vet practice, did half of the night calls on my own",
        "I spent 3 years at a busy vet practice, and I did half of the night calls on my own.",
    ),
]


@pytest.mark.parametrize(("typed", "said"), PAST_SAID)
def test_did_a_share_of_the_work_is_said_with_i(typed, said):
    check = _check("fit", typed)
    assert " ".join(check.sentences) == said


@pytest.mark.parametrize(
    "typed",
    [
        "I have 5 years at a garage, did well in the MOT audits",  # how it went, no work
        "I have 5 years at a garage, did most",  # nothing done named
    ],
)
def test_did_without_the_work_done_is_left_as_typed(typed):
    check = _check("fit", typed)
    assert ", and I did" not in " ".join(check.sentences)
