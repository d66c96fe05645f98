"""Issue 19, fifth round: the families blind11 and a letter without notes missed, told by
meaning in new voices.

- One line naming the writer's kit ("Six years on Otis Gen2 and Kone MonoSpace equipment.")
  in a letter of proper sentences is a terse voice, even when the notes name the same kit:
  sharing names with the notes is not copying them. Several note lines, or a line that
  copies the notes' own wording, are still a pasted note.
- A first-person plan for the reader's work ("I would feed on the sugar readings rather
  than the calendar, and ...") is about their situation, with or without interview notes:
  "rather than" is a choice of method, not the writer's want.

Every letter here is invented for this file, in trades and voices no graded set uses.
"""

from typing import NamedTuple

from letters.quality import check_letter

READY = 70


class Case(NamedTuple):
    subject: str
    body: str
    context: dict


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


def _check(case: Case):
    return check_letter(subject=case.subject, body=case.body, **case.context)


def _codes(report) -> list[str]:
    return [f.code for f in report.findings]


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
