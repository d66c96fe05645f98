"""Issue 19: a capping finding caps only when its evidence is unambiguous.

A finding that keeps a letter below 70 on its own (a fragment, a pasted note, another
firm, blame, a casing slip) says how sure it is. Unambiguous evidence caps as before: a
placeholder, a letter mostly in lower case or Title Case, several fragments, a list of
notes standing for the letter, a firm the writer means to join, a named boss called lazy.
Ambiguous evidence (one short verbless line, one organisation-looking name that may be the
writer's past workplace, negative words about a past situation rather than people) takes
points off and names the fix, but does not by itself push a strong
letter under 70. Two ambiguous findings together still cap: poor letters have several
problems.

Every letter here is invented for this file, in voices and trades no graded set uses.
"""

import pytest

from letters.quality import check_letter
from letters.quality.rules import Finding, finding, settle_caps
from tests.letters.checker_cases import READY, Case

MARINA = {
    "recipient_name": "Alan Moss",
    "company": "Pebble Cove Boatyard",
    "role": "Marine Engine Technician",
    "sender": "Kerry Doyle",
}
MARINA_BODY = """Dear Alan,

Thanks for Tuesday and for showing me the shed full of boats still waiting for their winter \
service.

{moment}

I could set up the same pairing for your two bays in my first fortnight and keep a board of \
which boats are due to launch first.

Would you want the charter boats done ahead of the private owners?

{close}"""
MARINA_PAST_FIRM = (
    "On your lay-up backlog: I look after the engine bay at Saltmarsh Boatworks, where we clear "
    "the same queue each autumn by booking engines in pairs, one on the flush tank while the "
    "other has its gearbox oil changed. That took us from eleven engines a week to seventeen."
)
SALON = {
    "recipient_name": "Bernadette Quinn",
    "company": "Quinn & Daughters Hair",
    "role": "Senior Stylist",
    "sender": "Leila Haddad",
}
SALON_BODY = """Hi Bernadette,

Thank you for Saturday, and for letting me watch the colour bar during the lunchtime rush.

You said colour clients wait twenty minutes at the basin while the juniors are mixing. \
{story} Waits dropped to under five minutes within a month, and rebookings went up by a fifth.

I'd be happy to run the same huddle for your juniors on my first two Saturdays.

Which days does the basin queue hit hardest?

Warm regards,
Leila Haddad"""
SALON_PAST_WORRY = (
    "At my last salon the staff were miserable on Saturdays because the basin queue never "
    "moved, so I started a ten-minute "
    "huddle at half eight that paired each junior with one colourist for the day."
)
HAULIER = {
    "recipient_name": "Gwen Pritchard",
    "company": "Dyfed Bulk Haulage",
    "role": "Class 1 Driver",
    "sender": "Pieter van Dam",
}
HAULIER_BODY = """Gwen,

Thanks for Monday and the run out to the quarry with Dai.

You said the tippers queue at the weighbridge most mornings because three trucks turn up at \
once. At my last firm I staggered our first loads by fifteen minutes and we saved about forty \
minutes of idling per truck a day.
{extra}
I can draw up a staggered start for your six trucks before my first week is out.

Do the quarry's loading hours change in winter?

{close}"""


CASES = {
    # Strong letters: one ambiguous finding at most, ready to send.
    "past_workplace_after_your_problem": Case(
        "Winter lay-up backlog: pairing engines",
        MARINA_BODY.format(moment=MARINA_PAST_FIRM, close="Best wishes,\nKerry Doyle"),
        MARINA,
    ),
    "past_situation_in_negative_words": Case(
        "Basin waits on Saturdays",
        SALON_BODY.format(story=SALON_PAST_WORRY),
        SALON,
    ),
    "name_and_phone_as_the_signature": Case(
        "Weighbridge queue: staggered starts",
        HAULIER_BODY.format(extra="", close="Pieter van Dam\n07700 900456"),
        HAULIER,
    ),
    "one_credentials_line": Case(
        "Weighbridge queue: staggered starts",
        HAULIER_BODY.format(
            extra="\nCPC, ADR 2024, HIAB 2023, eleven years on tippers.\n",
            close="All the best,\nPieter van Dam",
        ),
        HAULIER,
    ),
    "the_firm_once_in_lower_case": Case(
        "Winter lay-up backlog: pairing engines",
        MARINA_BODY.format(
            moment=(
                "On the lay-up backlog: at my last yard we cleared a similar queue by booking "
                "engines in pairs, one on the flush tank while the other had its gearbox oil "
                "changed, and went from eleven engines a week to seventeen. I'd like to do "
                "the same at pebble cove boatyard."
            ),
            close="Best wishes,\nKerry Doyle",
        ),
        MARINA,
    ),
    # Gaming and damaging letters: unambiguous, or several ambiguous findings.
    "notes_pasted_as_a_list": Case(
        "Driver - Monday",
        "Gwen,\n\nFrom Monday:\n- weighbridge queue, mornings\n- six tippers, quarry run\n"
        "- me: Class 1, ADR, 11 yrs\n- staggered starts?\n- start date Feb?\n\n"
        "Cheers,\nPieter van Dam",
        HAULIER,
    ),
    "joins_another_firm": Case(
        "Winter lay-up backlog: pairing engines",
        MARINA_BODY.format(
            moment=(
                "On your lay-up backlog: we cleared a similar queue by booking engines in "
                "pairs, one on the flush tank while the other had its gearbox oil changed, "
                "and went from eleven engines a week to seventeen. I can't wait to join "
                "Harbourlight Moorings and do the same there."
            ),
            close="Best wishes,\nKerry Doyle",
        ),
        MARINA,
    ),
    "blames_a_named_boss": Case(
        "Basin waits on Saturdays",
        SALON_BODY.format(
            story=(
                "My last manager, Carole, was lazy and blamed the juniors for her own "
                "booking mistakes, so I paired each junior with one colourist myself."
            )
        ),
        SALON,
    ),
    "several_fragments": Case(
        "Weighbridge queue: staggered starts",
        HAULIER_BODY.format(
            extra=(
                "\nCPC, ADR 2024, HIAB 2023, eleven years on tippers.\nWeighbridge slots "
                "6-7am, 9 trucks, 2 gates.\nFirst loads 05:45, 06:00, 06:15.\n"
            ),
            close="All the best,\nPieter van Dam",
        ),
        HAULIER,
    ),
    "two_ambiguous_findings": Case(
        "Winter lay-up backlog: pairing engines",
        MARINA_BODY.format(
            moment=MARINA_PAST_FIRM + "\n\nRYA, City & Guilds 2019, Yamaha 2022, nine years.",
            close="Best wishes,\nKerry Doyle",
        ),
        MARINA,
    ),
}
READY_TO_SEND = [
    "past_workplace_after_your_problem",
    "past_situation_in_negative_words",
    "name_and_phone_as_the_signature",
    "one_credentials_line",
]
NOT_READY = {
    "notes_pasted_as_a_list": "pasted_note",
    "joins_another_firm": "other_company",
    "blames_a_named_boss": "blame",
    "several_fragments": "fragment",
    "two_ambiguous_findings": "fragment",
    # A name the app knows, in lower case: issue 19 names it as not ready, even once.
    "the_firm_once_in_lower_case": "name_case",
}


def _report(name: str):
    case = CASES[name]
    return check_letter(subject=case.subject, body=case.body, **case.context)


@pytest.mark.parametrize("name", READY_TO_SEND)
def test_a_strong_letter_with_one_ambiguous_slip_stays_ready_to_send(name):
    report = _report(name)
    assert report.score >= READY, report.findings
    assert [f.code for f in report.findings if f.cap is not None] == []


def test_an_ambiguous_finding_still_names_its_fix_and_costs_points():
    report = _report("one_credentials_line")
    found = [f for f in report.findings if f.code == "fragment"]
    assert found and found[0].cap is None and 10 <= found[0].weight <= 20
    assert found[0].fix
    assert report.score <= 100 - 10


def test_the_firm_in_lower_case_names_its_capitals():
    found = [f for f in _report("the_firm_once_in_lower_case").findings if f.code == "name_case"]
    assert "Pebble Cove Boatyard" in found[0].fix


@pytest.mark.parametrize("name", NOT_READY)
def test_an_unambiguous_or_repeated_problem_keeps_the_letter_below_70(name):
    report = _report(name)
    assert report.score < READY, report.findings
    assert NOT_READY[name] in [f.code for f in report.findings if f.cap is not None]


def _unsure(code: str) -> Finding:
    return finding(code, "…", capped=True, sure=False)


def test_one_unsure_cap_takes_points_off_instead_of_capping():
    [settled] = settle_caps([_unsure("fragment")])
    assert settled.cap is None and 10 <= settled.weight <= 20


def test_two_unsure_caps_together_cap_and_a_sure_one_always_does():
    assert [f.cap for f in settle_caps([_unsure("fragment"), _unsure("blame")])] == [65, 50]
    sure = finding("placeholder", "…", capped=True)
    assert [f.cap for f in settle_caps([sure])] == [50]
    assert [f.cap for f in settle_caps([sure, _unsure("blame")])] == [50, None]


def test_a_family_name_with_a_particle_under_the_letter_is_its_signature():
    case = CASES["name_and_phone_as_the_signature"]
    assert "pasted_note" not in [
        f.code for f in _report("name_and_phone_as_the_signature").findings
    ]
    assert "Pieter van Dam" in case.body


# A noun phrase whose verb sits in its own relative clause is a sentence broken at a full
# stop, not a line for effect: unambiguous even alone. So is Title Case on little words.
@pytest.mark.parametrize(
    "slip",
    [
        "The weighbridge queue that leaves your drivers idling every morning.",
        "The Saturdays we lose to the quarry's late loads.",
        "I Booked The Early Loads For Every Truck.",
    ],
)
def test_a_broken_sentence_or_title_case_typing_caps_even_alone(slip):
    body = HAULIER_BODY.format(extra=f"\n{slip}\n", close="All the best,\nPieter van Dam")
    report = check_letter(subject="Weighbridge queue", body=body, **HAULIER)
    assert report.score < READY, report.findings
