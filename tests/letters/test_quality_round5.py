"""Issue 19, fifth round: the families blind11 and a letter without notes missed, told by
meaning in new voices.

- One line naming the writer's kit ("Six years on Otis Gen2 and Kone MonoSpace equipment.")
  in a letter of proper sentences is a terse voice, even when the notes name the same kit:
  sharing names with the notes is not copying them. Several note lines, or a line that
  copies the notes' own wording, are still a pasted note.
- The writer's method carried over to the reader's place ("I'm fairly sure the same
  overnight retard would work for Harbourside") is an offer of value; the same said of
  the writer ("the same kind of bakery would suit me") is not.
- A first-person plan for the reader's work ("I would feed on the sugar readings rather
  than the calendar, and ...") is about their situation, with or without interview notes:
  "rather than" is a choice of method, not the writer's want.
- An offer of nothing named is no offer: "this" pointing back to an idea hedged twice
  ("there might be room to look at ... and perhaps ..."), ideas or thoughts never named
  ("I would love to try them out"), what the writer saw ("I could tell how much ...
  matters to you"), "anything more I can send" for their decision, restating interest
  in the role.
- Asking what the job pays ("let me know the daily rate") raises pay.

Every letter here is invented for this file, in trades and voices no graded set uses.
"""

import pytest

from tests.letters.checker_cases import READY, Case
from tests.letters.checker_cases import check as _check
from tests.letters.checker_cases import codes as _codes

LIFTS = {
    "recipient_name": "Priya Raman",
    "company": "Vertex Lift Services",
    "role": "Lift Service Engineer",
    "sender": "Owen Pritchard",
    "discussed": "callbacks on the hospital contract; door operators; Otis Gen2 and Kone "
    "MonoSpace equipment; LEEA ticket",
    "problem": "Door faults on the hospital lifts bring the crew back three times a week.",
}

LIFT_LETTER = """Dear Priya,

Thanks for Tuesday, and for the tour of the plant room at St Anne's.

You said the hospital lifts bring the crew back three times a week for door faults. \
At Halden Lifts we cut door callbacks by half in a year. We logged every fault against \
the door operator and swapped the worn belts on a schedule, not after a breakdown.

{kit}

I'd happily set up the same fault log for the hospital contract. Could we go through \
last month's callbacks together next week?

Regards,
Owen Pritchard"""


# --- one line naming the writer's kit --------------------------------------------------------


def test_one_line_naming_the_kit_the_notes_name_is_a_voice_not_a_pasted_note():
    body = LIFT_LETTER.format(kit="Six years on Otis Gen2 and Kone MonoSpace equipment.")
    report = _check(Case("Lift Service Engineer – Tuesday", body, LIFTS))
    assert report.score >= READY, report.findings
    assert not [f for f in report.findings if f.code == "pasted_note" and f.sure]


def test_a_line_copying_the_notes_own_wording_is_still_a_pasted_note():
    body = LIFT_LETTER.format(kit="Callbacks on the hospital contract and door operators.")
    report = _check(Case("Lift Service Engineer – Tuesday", body, LIFTS))
    assert "pasted_note" in _codes(report)
    assert report.score < READY


def test_several_note_lines_are_still_a_pasted_note():
    kit = (
        "- Otis Gen2 and Kone MonoSpace lifts\n- LEEA ticket\n- callbacks on the hospital contract"
    )
    body = LIFT_LETTER.format(kit=kit)
    report = _check(Case("Lift Service Engineer – Tuesday", body, LIFTS))
    assert "pasted_note" in _codes(report)
    assert report.score < READY


# --- a first-person plan for their work, no notes ---------------------------------------------

ORCHARD = {
    "recipient_name": "Ms. Aroha Ngata",
    "company": "Kowhai Valley Fruit",
}  # no role, no sender, no notes: what the letter says is all there is

ORCHARD_LETTER = """Dear Ms. Ngata,

Thank you for seeing me on Friday about the manager's job. We laughed about the \
quad bike that only starts in second gear.

At my last place I set up frost fans on a temperature trigger and lost fruit fell by \
about 15%. {plan}

Will I run the picking crews and their training?

Kind regards,
Tomas Berg"""


def test_a_plan_for_their_blocks_is_about_them_without_notes():
    plan = (
        "I would thin on the fruit counts rather than the calendar, and use sap flow "
        "readings so we only water a block when it needs it."
    )
    report = _check(
        Case("Thinning and the lower blocks", ORCHARD_LETTER.format(plan=plan), ORCHARD)
    )
    assert not [f for f in report.findings if "about you" in f.message], report.findings
    assert report.score >= READY, report.findings


def test_the_writers_own_wants_are_still_about_the_writer_without_notes():
    plan = "I would rather work days than nights, and I would like a team of my own."
    report = _check(Case("Orchard Manager", ORCHARD_LETTER.format(plan=plan), ORCHARD))
    assert report.score < READY, report.findings


# --- the writer's method carried over to their place -----------------------------------------

BAKERY = {
    "recipient_name": "Siobhan Keane",
    "company": "Harbourside Bakehouse",
    "role": "Head Baker",
    "sender": "Ruairi Doyle",
    "discussed": "the walk through the bake hall; sourdough running late; summer market "
    "Saturdays; the deck ovens",
    "problem": "The sourdough is still proving when the market vans need to leave on Saturdays.",
}

BAKERY_LETTER = """Dear Siobhan,

Thanks a million for Friday, and for the walk through the bake hall while the first \
batch came out.

You said the sourdough is still proving when the market vans need to leave on Saturdays. \
At Crumb & Co we had the same trouble, and we moved the shaping to the evening shift and \
retarded the dough overnight in the walk-in, so the bake started at four rather than six. \
The vans left on time every Saturday that summer.

I've run a bakery floor of nine, and I hold my food safety certificate.

{carried}

All the best,
Ruairi Doyle"""


@pytest.mark.parametrize(
    "carried",
    [
        "I'm fairly sure the same overnight retard would work for Harbourside over the "
        "summer markets.",
        "My bet is that the overnight retard would fit your summer Saturdays too.",
        "I believe that shaping the night before would suit the market Saturdays here.",
    ],
)
def test_the_writers_method_carried_over_to_their_place_is_an_offer_of_value(carried):
    letter = BAKERY_LETTER.format(carried=carried)
    report = _check(Case("Head Baker – thanks for Friday", letter, BAKERY))
    assert "no_value_offer" not in _codes(report), report.findings
    assert report.score >= READY, report.findings


def test_the_same_carried_over_to_the_writer_is_no_offer():
    carried = "I think the same kind of bakery would suit me well."
    report = _check(
        Case("Head Baker – thanks for Friday", BAKERY_LETTER.format(carried=carried), BAKERY)
    )
    assert "no_value_offer" in _codes(report), report.findings


# --- an offer that only points back to a hedged idea -------------------------------------------

STABLES = {
    "recipient_name": "Ms. Fiona Gallagher",
    "company": "Ballykeel Racing Stables",
    "role": "Head Lad",
    "sender": "Declan Murphy",
    "discussed": "the morning lots; horses kept waiting at the gallops; the new horse walker",
    "problem": "Second lot goes out late because the horse walker is booked solid after first lot.",
}

STABLES_LETTER = """Dear Ms. Gallagher,

Thank you for the interview on Monday and for showing me round the yard at Ballykeel.

I have spent twelve years in racing yards, the last five as travelling head lad for a \
string of forty, and I have ridden out every morning in that time. {idea} {offer}

I look forward to hearing from you.

Yours sincerely,
Declan Murphy"""

HEDGED_IDEA = (
    "On the second lot going out late that you mentioned, I think there might be room to "
    "look at the walker bookings and perhaps the order of the lots, as I have seen other "
    "yards do things differently."
)


@pytest.mark.parametrize(
    "offer",
    [
        "I would be happy to share my thoughts on this at some point.",
        "I'd be glad to go over some ideas on it sometime.",
    ],
)
def test_an_offer_pointing_back_to_a_hedged_idea_is_no_offer_of_value(offer):
    letter = STABLES_LETTER.format(idea=HEDGED_IDEA, offer=offer)
    report = _check(Case("Head Lad – thank you", letter, STABLES))
    assert "no_value_offer" in _codes(report), report.findings
    assert "no_next_step" in _codes(report), report.findings


def test_an_offer_pointing_back_to_a_method_told_plainly_is_still_an_offer():
    idea = (
        "At Rathmore we booked the walker by lot the night before and second lot went out "
        "on time all season."
    )
    offer = "I'd be happy to walk you through how we set the bookings out."
    letter = STABLES_LETTER.format(idea=idea, offer=offer)
    report = _check(Case("Head Lad – thank you", letter, STABLES))
    assert "no_value_offer" not in _codes(report), report.findings


def test_restating_the_writers_interest_is_no_offer():
    offer = "I would like to restate my strong interest in the Head Lad position."
    letter = STABLES_LETTER.format(idea="", offer=offer)
    report = _check(Case("Head Lad – thank you", letter, STABLES))
    assert "no_value_offer" in _codes(report), report.findings


def test_restating_interest_in_a_role_with_a_grade_in_its_name_is_no_offer():
    idea = (
        "You said second lot goes out late when the walker is booked solid. At Rathmore I "
        "rode out two lots a morning for five seasons."
    )
    offer = "I would like to restate my real enthusiasm for the Level 3 Head Lad role."
    letter = STABLES_LETTER.format(idea=idea, offer=offer)
    report = _check(Case("Head Lad – thank you", letter, STABLES))
    assert "no_value_offer" in _codes(report), report.findings


# --- what the writer saw, and the hiring decision, are no offer ---------------------------------

TOLD = "You said second lot goes out late when the walker is booked solid."


@pytest.mark.parametrize(
    "offer",
    [
        "I could tell how much every horse in the yard matters to you and the lads.",
        "I could see that the yard means a great deal to your family.",
        "Is there anything more I can send that would help your decision?",
    ],
)
def test_what_the_writer_saw_or_the_hiring_decision_is_no_offer(offer):
    letter = STABLES_LETTER.format(idea=TOLD, offer=offer)
    report = _check(Case("Head Lad – thank you", letter, STABLES))
    assert "no_value_offer" in _codes(report), report.findings


def test_telling_them_how_it_was_done_is_still_an_offer():
    idea = TOLD + " At Rathmore we booked the walker by lot the night before."
    offer = "I can tell you how we set the bookings out, lot by lot."
    letter = STABLES_LETTER.format(idea=idea, offer=offer)
    report = _check(Case("Head Lad – thank you", letter, STABLES))
    assert "no_value_offer" not in _codes(report), report.findings


# --- ideas never named -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "offer",
    [
        "I have a few ideas about the walker bookings that I think could help, and I would "
        "love to try them out.",
        "I've got some thoughts on the lots and would be glad to share them.",
    ],
)
def test_ideas_never_named_are_no_offer_of_value(offer):
    letter = STABLES_LETTER.format(idea=TOLD, offer=offer)
    report = _check(Case("Head Lad – thank you", letter, STABLES))
    assert "no_value_offer" in _codes(report), report.findings


def test_ideas_named_before_the_offer_are_still_an_offer():
    idea = TOLD + " One idea: book the walker by lot the night before, so second lot is set."
    offer = "I'd be glad to trial it for a fortnight."
    letter = STABLES_LETTER.format(idea=idea, offer=offer)
    report = _check(Case("Head Lad – thank you", letter, STABLES))
    assert "no_value_offer" not in _codes(report), report.findings


# --- a question about pay raises pay ------------------------------------------------------------


@pytest.mark.parametrize(
    "offer",
    [
        "First of all, could you let me know the daily rate and whether overtime is paid?",
        "Can you tell me what the hourly rate is before we go further?",
    ],
)
def test_asking_about_pay_in_the_follow_up_raises_pay(offer):
    letter = STABLES_LETTER.format(idea=TOLD, offer=offer)
    report = _check(Case("Head Lad – thank you", letter, STABLES))
    assert "salary_demand" in _codes(report), report.findings
    assert report.score < READY


def test_a_question_about_a_rate_of_theirs_is_not_about_pay():
    offer = "Could we look at the walker's booking rate on the second lot next week?"
    letter = STABLES_LETTER.format(idea=TOLD, offer=offer)
    report = _check(Case("Head Lad – thank you", letter, STABLES))
    assert "salary_demand" not in _codes(report), report.findings
