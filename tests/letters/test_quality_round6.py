"""Issue 19, sixth round: one piece of evidence is counted once.

A numbered point that restates the reader's problem in the words of the interview notes
("1. Your problem: ...") was read twice, with its number and without it, and so counted as
two pasted notes, which is "several" and caps on its own. Spoken to the reader ("your"), it
is the letter naming their problem, not a note pasted in: alone it is an ambiguous sign,
and short verbless sentences beside it keep their terse voice.
And a fragment and a pasted note are both read from verbless lines: two readings of one
kind of evidence, which must not cap together as if they were two independent doubts.
Independent doubts (a verbless line and blame, a verbless line and another firm's name)
still cap together.

Every letter here is invented for this file, in a trade no graded set uses.
"""

from letters.quality import check_letter
from letters.quality.rules import Finding, finding, settle_caps

READY = 70

FERRY = {
    "recipient_name": "Marguerite Okafor",
    "company": "Harbourline Ferries",
    "role": "Deck Engineer",
    "sender": "Tomasz Wren",
    "problem": "Worn ramp seals on the older ferries delay the first sailings most mornings.",
}
FERRY_BODY = """Dear Ms Okafor,

Thank you for Thursday's walk round the car deck and the hour on the ramp hydraulics.

Where I could help, in three points:

1. Your problem: worn ramp seals on the older ferries delay the first sailings.
2. What I did at Kestrel Marine: we changed one ramp's seals each night during the \
lay-over, with a spare seal kit kept on the quay. Same checks, no late first sailing.
3. What I propose: I draft the seal rota for your four ramps in my first fortnight, for \
your approval.

I hold the hydraulic systems ticket and have eight years on roll-on roll-off decks.

Could we talk again this week so I can ask how many spare seal kits you keep?

Kind regards,
Tomasz Wren"""


def _ferry():
    return check_letter(subject="Ramp seals and the first sailings", body=FERRY_BODY, **FERRY)


def test_a_numbered_point_is_quoted_once_not_with_and_without_its_number():
    notes = [f for f in _ferry().findings if f.code == "pasted_note"]
    assert all(f.message.count("Your problem") <= 1 for f in notes), notes


def test_a_numbered_point_restating_the_readers_problem_leaves_the_letter_ready():
    report = _ferry()
    assert report.score >= READY, report.findings
    assert [f.code for f in report.findings if f.cap is not None] == []


def _unsure(code: str) -> Finding:
    return finding(code, "…", capped=True, sure=False, name="Kestrel Marine", company="Harbourline")


def test_a_fragment_and_a_pasted_note_are_one_doubt_and_do_not_cap_together():
    settled = settle_caps([_unsure("fragment"), _unsure("pasted_note")])
    assert [f.cap for f in settled] == [None, None]
    assert all(10 <= f.weight <= 20 for f in settled)


def test_independent_doubts_still_cap_together():
    assert None not in [f.cap for f in settle_caps([_unsure("pasted_note"), _unsure("blame")])]
    pair = [_unsure("fragment"), _unsure("other_company")]
    assert None not in [f.cap for f in settle_caps(pair)]
    trio = [_unsure("fragment"), _unsure("pasted_note"), _unsure("title_case")]
    assert None not in [f.cap for f in settle_caps(trio)]


ORGAN = {
    "recipient_name": "Ines Albuquerque",
    "company": "Tidewater Organ Works",
    "role": "Organ Voicer",
    "sender": "Rafe Lindqvist",
    "problem": "About 90 brass reeds with green corrosion, and the tuner is booked for weeks.",
}
ORGAN_BODY = """Dear Ms Albuquerque,

Thank you for Wednesday. I enjoyed the climb into the swell box.

Your problem: 90 brass reeds with green corrosion. One tuner. Six weeks of bookings.

My idea is simple. Tune the reeds in the order the organists use them. We start with the \
twelve stops on every service list.

Then regulate the tongues in batches. At St Olave's we voiced fifteen pipes a day this way, \
up from five.

That clears your winter list before Advent.

I can draft the stop order in my first week. Shall I bring it to a second meeting?

Best wishes,
Rafe Lindqvist"""


def test_a_terse_voice_stays_a_voice_beside_a_line_restating_the_readers_problem():
    report = check_letter(subject="Winter reed tuning at Tidewater", body=ORGAN_BODY, **ORGAN)
    assert report.score >= READY, report.findings
    assert [f.code for f in report.findings if f.cap is not None] == []
