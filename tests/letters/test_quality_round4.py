"""Issue 19, fourth round: the families blind10 missed, each told by meaning in new voices.

- Nerves told with a laugh ("so nervous I nearly ...", "a bundle of nerves") are no
  apology, whatever the words for the nerves; an apology says sorry for, or admits, a
  showing that went badly.
- A person named by a title ("Prof.", "Dr") is a person, not a firm, even with "'s
  team" after the name; a name before a thing of the reader's ("at Brackley quarry") is
  a place of theirs, not another employer.
- A few verbless lines in a letter made mostly of proper sentences are a terse voice: a
  point off, not a cap. A letter mostly of fragments, or of jotted notes, still caps.

Every letter here is invented for this file, in trades and voices no graded set uses.
"""

import pytest

from tests.letters.checker_cases import READY, Case
from tests.letters.checker_cases import check as _check
from tests.letters.checker_cases import codes as _codes

APIARIST = {
    "recipient_name": "Ruth Okonkwo",
    "company": "Okonkwo Honey Farms",
    "role": "Seasonal Beekeeper",
    "sender": "Declan Moriarty",
    "discussed": "the heather run; queen rearing; the new extraction room",
    "problem": "Colonies on the heather sites swarm before the flow starts.",
}
QUARRY = {
    "recipient_name": "Dr Pieter Venter",
    "company": "Ridgeback Aggregates (Pty) Ltd",
    "role": "Blast Engineer",
    "sender": "Naledi Khumalo",
    "discussed": "the east face; fragmentation; a PhD at Pretoria",
    "problem": "Oversize rock from the east face jams the primary crusher twice a shift.",
}
ARBORIST = {
    "recipient_name": "Grace Whitu",
    "company": "Whitu Tree Care",
    "role": "Climbing Arborist",
    "sender": "Sione Tapueluelu",
    "discussed": "her old chipper; the council contract; rigging on the Pahiatua job",
    "problem": "Council jobs overrun because the chipper crew waits on the climbers.",
}


# --- nerves told with a laugh --------------------------------------------------------------

HIVES = """Dear Ruth,

Thank you for Monday and the walk round the heather sites. {nerves}

You said the colonies on the heather sites swarm before the flow starts. On my last two \
seasons I split the strongest colonies ten days before moving them up and checked for \
queen cells every seven days; swarms fell from eleven to two across forty hives.

I'd be glad to draw up a split-and-check rota for the heather run.

Could I come out with you on the next inspection and mark which colonies to split?

Kind regards,
Declan Moriarty"""


@pytest.mark.parametrize(
    "nerves",
    [
        "I was so nervous in the car park that I nearly put the veil on backwards, but "
        "you had me laughing before we reached the first hive.",
        "I was very nervous driving up, though the bees seemed calmer than me.",
        "I was a bundle of nerves at the gate, and your dog sorted that out in a minute.",
    ],
)
def test_nerves_told_with_a_laugh_are_no_apology(nerves):
    report = _check(Case("Swarming on the heather sites", HIVES.format(nerves=nerves), APIARIST))
    assert "apology" not in _codes(report), report.as_dict()
    assert report.score >= READY, report.as_dict()


@pytest.mark.parametrize(
    "nerves",
    [
        "I was so nervous that I mixed up my colony numbers, sorry about that.",
        "I was very nervous and I don't think I did my queen rearing justice.",
    ],
)
def test_nerves_that_spoiled_the_showing_are_still_an_apology(nerves):
    report = _check(Case("Swarming on the heather sites", HIVES.format(nerves=nerves), APIARIST))
    assert "apology" in _codes(report), report.as_dict()
    assert report.score < READY, report.as_dict()


# --- a person by title, a place of theirs ----------------------------------------------------

BLASTING = """Dear Dr Venter

Thank you for the interview on Tuesday and for the walk along the east face. {remark}

You noted that oversize rock from the east face jams the primary crusher twice a shift. \
At my previous quarry we tightened the burden to 3.2 m and moved to electronic delays, and \
oversize fell from 9% to 2% of the muckpile within a quarter.

I would be glad to draft a trial blast design for one bench of the east face. Would the week \
of 14 December suit?

Kind regards

Naledi Khumalo"""


@pytest.mark.parametrize(
    "remark",
    [
        "I was delighted to hear that you also did your PhD at Pretoria under Prof. Mahlangu's "
        "old group.",
        "It was good to learn that you once worked with Dr. Ferreira's team on fragmentation.",
        "Thank you too for showing me round at Donkerhoek pit before the blast.",
    ],
)
def test_a_person_by_title_or_a_place_of_theirs_is_not_another_firm(remark):
    report = _check(Case("Blast Engineer interview", BLASTING.format(remark=remark), QUARRY))
    assert "other_company" not in _codes(report), report.as_dict()
    assert report.score >= READY, report.as_dict()


def test_joining_another_firm_is_still_caught_beside_a_professor():
    remark = (
        "I was delighted to hear you studied under Prof. Mahlangu, and I would love to join the "
        "Kopje Blasting Services crew."
    )
    report = _check(Case("Blast Engineer interview", BLASTING.format(remark=remark), QUARRY))
    caught = [f for f in report.findings if f.code == "other_company"]
    assert caught and "Kopje" in caught[0].message, report.as_dict()
    assert report.score < READY, report.as_dict()


# --- a terse voice, or notes -----------------------------------------------------------------

TERSE = """Kia ora Grace,

Great morning on Friday. Cracking view from the top of that macrocarpa. Still laughing \
about your old chipper.

You said the council jobs overrun because the chipper crew waits on the climbers. I know \
that one. On the Levin contract we rigged two drop zones, one per climber. The ground crew \
worked one while the other filled. Jobs finished an hour early most days.

Eight years climbing. Both rigging tickets current.

I can run the two-zone setup on your next council job. Want me on the Tuesday crew?

Cheers,
Sione Tapueluelu"""


def test_a_few_verbless_lines_in_a_letter_of_sentences_are_a_voice_not_a_cap():
    report = _check(Case("Climbing Arborist – council job overruns", TERSE, ARBORIST))
    assert report.score >= READY, report.as_dict()


def test_a_letter_mostly_of_fragments_still_caps():
    body = """Kia ora Grace,

Friday - council contract. Chipper crew waiting. Climbers slow. Two drop zones. \
Levin contract - an hour early. Eight years climbing. Tickets current. Tuesday crew?

Sione Tapueluelu"""
    report = _check(Case("Climbing Arborist", body, ARBORIST))
    assert report.score < READY, report.as_dict()


# --- a greeting with a comma before the name ---------------------------------------------------


@pytest.mark.parametrize(
    "greeting",
    ["Good day, Dr. Venter!", "Hello, Dr Venter,", "Good morning, Pieter.", "Hi, Pieter,"],
)
def test_a_comma_between_the_greeting_and_the_name_still_greets_the_reader(greeting):
    body = BLASTING.format(remark="").replace("Dear Dr Venter", greeting)
    report = _check(Case("Blast Engineer interview", body, QUARRY))
    assert {"missing_name", "wrong_name"}.isdisjoint(_codes(report)), report.as_dict()
    assert report.score >= 90, report.as_dict()


def test_a_comma_greeting_to_someone_else_is_still_the_wrong_name():
    body = BLASTING.format(remark="").replace("Dear Dr Venter", "Good day, Mr Botha!")
    report = _check(Case("Blast Engineer interview", body, QUARRY))
    assert "wrong_name" in _codes(report), report.as_dict()


# --- a start date is no offer -----------------------------------------------------------------

TILER = {
    "recipient_name": "Bronwen Lewis",
    "company": "Lewis Tiling",
    "role": "Wall and Floor Tiler",
    "sender": "Kwame Asante",
    "discussed": "large-format porcelain; the hotel refit; levelling clips",
    "problem": "Large-format floor tiles crack at the joints within months on the hotel refit.",
}
ABOUT_ME_WITH_A_START_DATE = """Hi Bronwen,

Thanks for Wednesday.

I have fourteen years on the tools and I am NVQ Level 3 qualified. I have my own van, my \
own wet saw and a full set of levelling clips, and I have tiled over 300 bathrooms. I am \
always on time and my clients always recommend me to friends.

I want a firm where I can move up to supervisor. {start}

Looking forward to hearing from you.

Kwame Asante"""


@pytest.mark.parametrize(
    "start",
    [
        "I am available to start in March and would rather work the north side.",
        "I can start on Monday 4 January and I'd like to stay on the day shift.",
    ],
)
def test_a_start_date_is_no_offer_in_a_letter_all_about_the_writer(start):
    body = ABOUT_ME_WITH_A_START_DATE.format(start=start)
    report = _check(Case("Tiler interview", body, TILER))
    assert "no_value_offer" in _codes(report), report.as_dict()
    assert report.score < READY, report.as_dict()


# --- a treat or a wager is friendliness, not work for them -----------------------------------

SURF = {
    "recipient_name": "Tane Parata",
    "company": "Raglan Surf School",
    "role": "Surf Instructor",
    "sender": "Hollie Barker",
    "discussed": "the point break session; beginner group sizes; the new longboards",
    "problem": "Beginner lessons get cancelled on big-swell days and refunds eat the margin.",
}
FRIENDLY = """Kia ora Tane,

Thanks for Saturday, and for the session at the point afterwards. {treat}

I enjoyed hearing how you grew the beginner groups and about the new longboards. I have \
coached for six seasons and taught over 900 beginners at two schools on the Coromandel.

{close}

Nga mihi,
Hollie Barker"""


@pytest.mark.parametrize(
    "treat",
    [
        "You won the bet on who'd catch the first wave, so I'll settle the bet and the "
        "flat white is on me.",
        "I'll pay up on our wager: the pies at the dairy are on me next time.",
    ],
)
def test_a_treat_or_a_wager_is_no_offer_of_value(treat):
    body = FRIENDLY.format(treat=treat, close="I look forward to hearing from you.")
    report = _check(Case("Surf Instructor interview", body, SURF))
    assert "no_value_offer" in _codes(report), report.as_dict()
    assert "no_next_step" in _codes(report), report.as_dict()
    assert report.score < 80, report.as_dict()


def test_a_real_offer_beside_a_wager_still_offers_value():
    body = FRIENDLY.format(
        treat="I'll settle the bet, the flat white is on me.",
        close="I'd be glad to draft a flat-water lesson plan for the big-swell days so the "
        "beginner bookings move to the harbour instead of being refunded.",
    )
    report = _check(Case("Surf Instructor interview", body, SURF))
    assert "no_value_offer" not in _codes(report), report.as_dict()


def test_a_firm_before_a_day_or_its_people_is_still_another_firm_not_a_place():
    remark = "I would love to join the crew at Kopje Blasting Services monday to friday."
    report = _check(Case("Blast Engineer interview", BLASTING.format(remark=remark), QUARRY))
    caught = [f for f in report.findings if f.code == "other_company"]
    assert caught and "Kopje" in caught[0].message, report.as_dict()
