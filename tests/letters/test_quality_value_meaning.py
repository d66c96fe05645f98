"""Issue 19 §5: value means the candidate does something for them, told by meaning.

A strong letter's value comes in many voices: a past result of the writer's side that
moved the very thing the reader is losing ("second washes fell to almost none"), even with
no figure; an offer of the writer's own working time on their premises ("could I do a
Saturday on the rounds with you?"); something the writer has that would serve them ("I've
a log sheet that would show you ..."); "would you be happy for me to come and show you".
Hollow letters imitate value and must not get it: figures with no mechanism, a result
that has nothing to do with their problem, an offer that only echoes the notes, a
"let me" that asks for the writer's own benefit, a prediction of how much better things
would be, another chat offered as a day's work.

The firm where the employer belongs is checked by meaning too: "I enjoyed hearing how X
has grown" tells the reader's story, not the writer's past, so "I'd set that up at X"
is another firm in the employer's place; "on the X crew we ..." is the writer's own past.

Every letter here is invented for this file, in trades and voices no graded set uses.
"""

import pytest

from letters.quality.offers import read_offer
from letters.quality.substance import moves_an_amount
from letters.quality.text import Sentence
from tests.letters.checker_cases import READY, Case
from tests.letters.checker_cases import check as _check

LAUNDRY = {
    "recipient_name": "Rhona Baird",
    "company": "Baird Linen Services",
    "role": "Wash Floor Lead",
    "sender": "Ama Owusu",
    "discussed": "hotel contracts; the new tunnel washer; night shift rota",
    "problem": "Hotel sheets come back stained and need a second wash.",
}
LOCKSMITH = {
    "recipient_name": "Dev Mistry",
    "company": "Mistry Locks",
    "role": "Mobile Locksmith",
    "sender": "Cormac Byrne",
    "discussed": "van stock; UPVC door mechanisms; Sunday cover",
    "problem": "Sunday lockout callouts wait hours for a van.",
}
APIARY = {
    "recipient_name": "Hester Vaughan",
    "company": "Vaughan Honey Farm",
    "role": "Seasonal Beekeeper",
    "sender": "Tadeusz Wrona",
    "discussed": "north slope hives; queen rearing; farmers' market stall",
    "problem": "Colonies on the north slope die out over winter.",
}
PIANO = {
    "recipient_name": "Odile Ferrand",
    "company": "Ferrand Pianos",
    "role": "Piano Technician",
    "sender": "Grace Akintola",
    "discussed": "school contracts; concert grands; humidity in the showroom",
    "problem": "School pianos drift out of tune within weeks of a visit.",
}
TILER = {
    "recipient_name": "Bryn Lewis",
    "company": "Lewis Tiling",
    "role": "Wall and Floor Tiler",
    "sender": "Marek Zielinski",
    "discussed": "wet rooms; large-format porcelain; the Elm Road job",
    "problem": "Large-format floor tiles crack at the joints after the first month.",
}
GROOMER = {
    "recipient_name": "Pippa Lowe",
    "company": "Lowe Dog Grooming",
    "role": "Dog Groomer",
    "sender": "Shanice Grant",
    "discussed": "doodle coats; the new hydraulic table; Saturday bookings",
    "problem": "Dogs wait in crates for an hour before their groom on Saturdays.",
}
TACKLE = {
    "recipient_name": "Owen Price",
    "company": "Price Fishing Tackle",
    "role": "Rod Builder",
    "sender": "Niamh Kerr",
    "discussed": "split-cane rods; the repair bench; mail-order returns",
    "problem": "Mail-order rod repairs come back twice because of loose guides.",
}
ORCHARD = {
    "recipient_name": "Sina Faleolo",
    "company": "Faleolo Orchards",
    "role": "Pruning Team Lead",
    "sender": "Rangi Parata",
    "discussed": "apple rows on the river flats; ladders; picking gangs",
    "problem": "Pruning runs late into spring, so the bottom rows crop poorly.",
}

STRONG = {
    "a_past_result_without_a_figure": Case(
        "Second washes on the hotel sheets",
        """Dear Rhona,

Thank you for Tuesday and for the walk past the new tunnel washer.

You said hotel sheets keep coming back stained and need a second wash. At Clearwater Linen \
we sorted them by stain type before loading and gave the worst a cold enzyme soak on the \
night shift. Second washes fell to almost none by the end of the month.

I ran the night floor there for three years, with a crew of six.

Which hotel contract sends the most stained sheets back?

Kind regards,
Ama Owusu""",
        LAUNDRY,
    ),
    "a_result_that_points_back_at_their_problem": Case(
        "Sunday lockouts",
        """Hi Dev,

Cheers for Thursday, and for showing me how you stock the vans.

You said Sunday lockout callouts can wait hours for a van. At Keyline in Leeds we brought \
that down to under forty minutes by parking one van by the ring road and keeping spare UPVC \
mechanisms on it.

I've done six years on the road, mostly domestic lockouts and UPVC repairs.

Which part of town do your Sunday calls come from most?

Thanks,
Cormac Byrne""",
        LOCKSMITH,
    ),
    "an_offer_of_a_working_day_with_them": Case(
        "North slope hives",
        """Dear Hester,

Thank you for Friday and for the honey from the farmers' market stall; it is nearly gone.

You said the colonies on the north slope keep dying out over winter. On my father's farm \
near Kielce we moved the hives behind a hedge line each autumn and lost one colony in five \
winters instead of four a year.

I have eight seasons of queen rearing and about forty hives of my own.

Any chance I could spend a Saturday on the north slope with you before the first frost?

Best wishes,
Tadeusz Wrona""",
        APIARY,
    ),
    "something_of_the_writers_that_would_serve_them": Case(
        "School pianos drifting",
        """Dear Odile,

Thank you for Wednesday and for letting me play the concert grand in the showroom.

You said the school pianos drift out of tune within weeks of a visit. Most of the ones I \
looked after at Bradley Music sat next to radiators, and moving them a metre kept them in \
tune until the next term.

I've a simple humidity log sheet that would show your technicians which classrooms drift \
first.

I have nine years of tuning and regulation, mostly uprights in schools.

Kind regards,
Grace Akintola""",
        PIANO,
    ),
    "for_me_to_come_and_show_them": Case(
        "Cracked joints on the large-format floors",
        """Dear Bryn,

Thanks for Monday and the look round the Elm Road wet room.

You said the large-format floor tiles crack at the joints after the first month. On my last \
two jobs in Cardiff I back-buttered every tile and left a movement joint at each doorway, \
and we had no callbacks in a year.

I've laid porcelain for eleven years, mostly wet rooms and kitchens.

Would you be happy for me to come out to Elm Road and show your lads on a couple of tiles?

Cheers,
Marek Zielinski""",
        TILER,
    ),
    "a_result_told_without_a_subject_after_the_story": Case(
        "Pruning on the river flats",
        """Kia ora Sina,

Thanks for the walk through the river flats on Tuesday.

You said pruning runs late into spring, so the bottom rows crop poorly. Up in Hawke's Bay \
we split our gang in two and started the bottom rows first, while the ground was still firm \
for the ladders. Finished three weeks earlier than the year before.

I've led pruning gangs of eight for four seasons.

Keen to do a day on the flats with your gang next week, if that suits?

Ngā mihi,
Rangi Parata""",
        ORCHARD,
    ),
}

HOLLOW = {
    "figures_with_no_mechanism": Case(
        "Saturday grooming",
        """Dear Pippa,

Thank you for meeting me on Saturday to talk about the grooming role.

You said dogs wait in crates for an hour before their groom on Saturdays. I boosted client \
happiness by 110% at my last salon and I always give 110% to every dog, 24/7.

I am a hard worker, a team player and passionate about dogs of every breed and size.

I look forward to hearing from you soon about the next steps.

Best wishes,
Shanice Grant""",
        GROOMER,
    ),
    "a_result_that_has_nothing_to_do_with_their_problem": Case(
        "Saturday grooming",
        """Dear Pippa,

Thank you for meeting me on Saturday to talk about the grooming role.

You said dogs wait in crates for an hour before their groom on Saturdays. At my last salon \
I grew our Instagram page from two hundred followers to nine thousand in a year.

I am a hard worker, a team player and passionate about dogs of every breed and size.

I look forward to hearing from you soon about the next steps.

Best wishes,
Shanice Grant""",
        GROOMER,
    ),
    "an_offer_that_only_echoes_the_notes": Case(
        "Saturday grooming",
        """Dear Pippa,

Thank you for meeting me on Saturday to talk about the grooming role.

You said dogs wait in crates for an hour before their groom on Saturdays. I would love to \
help with the Saturday bookings and the dogs waiting in crates.

I have groomed for five years, mostly doodle coats, and I am calm with nervous dogs.

I look forward to hearing from you soon about the next steps.

Best wishes,
Shanice Grant""",
        GROOMER,
    ),
    "a_let_me_for_the_writers_own_benefit": Case(
        "Saturday grooming",
        """Dear Pippa,

Thank you for meeting me on Saturday to talk about the grooming role.

I have groomed for five years and won two regional shows with my own poodles. I'm looking \
for a salon that will let me build my own client list and show under my own name.

I am sure I would raise the profile of the salon enormously.

I look forward to hearing from you soon about the next steps.

Best wishes,
Shanice Grant""",
        GROOMER,
    ),
    "another_chat_offered_as_a_day": Case(
        "Saturday grooming",
        """Dear Pippa,

Thank you for meeting me on Saturday to talk about the grooming role.

You said dogs wait in crates for an hour before their groom on Saturdays. I have groomed for \
five years, mostly doodle coats, and I am calm with nervous dogs.

I could come in any day next week for another chat about the role.

Best wishes,
Shanice Grant""",
        GROOMER,
    ),
}


@pytest.mark.parametrize("name", STRONG)
def test_a_strong_letter_whose_value_is_real_is_told_it_offers_value(name):
    report = _check(STRONG[name])
    codes = [f.code for f in report.findings]
    assert "no_value_offer" not in codes, report.as_dict()
    assert report.score >= READY, report.as_dict()


@pytest.mark.parametrize("name", HOLLOW)
def test_a_letter_that_only_imitates_value_gets_none(name):
    report = _check(HOLLOW[name])
    assert "no_value_offer" in [f.code for f in report.findings], report.as_dict()


def test_a_letter_all_about_the_writer_is_not_ready_to_send():
    report = _check(
        Case(
            "After our interview",
            """Dear Owen,

Following our interview, I wanted to remind you of what I have achieved.

I have built over 600 split-cane rods. I won Best in Show at the Hereford Game Fair in 2021. \
My rods are sold in four shops and my channel has 9,000 subscribers. I was featured in \
Trout and Salmon magazine. I can wrap guides faster than anyone I have worked with.

I am sure I would raise the profile of the workshop enormously. I'm also looking for a \
place that will let me sell my own rods under my own name.

I look forward to your offer.

Niamh Kerr""",
            TACKLE,
        )
    )
    assert report.score < READY, report.as_dict()


REPAIRS = """Dear Owen,

Thank you for meeting me on 25 November. I really enjoyed hearing how Brindle & Pike has \
grown from one bench to a team of six, and seeing the split-cane rods on the repair bench.

You said that mail-order repairs come back twice because of loose guides. At my last \
workshop we added a pull test on every guide before a rod went back in the post, which \
stopped nearly all of the second returns.

I'd be happy to set that up at Brindle & Pike.

I have eight years of rod building and repairs.

Could we arrange a time for me to see your repair bench at work?

Kind regards,
Niamh Kerr"""


def test_a_strong_letter_naming_another_firm_in_the_employers_place_is_caught():
    report = _check(Case("Repairs coming back twice", REPAIRS, TACKLE))
    caught = [f for f in report.findings if f.code == "other_company"]
    assert caught and "Brindle & Pike" in caught[0].message, report.as_dict()
    assert report.score < READY, report.as_dict()


def test_the_writers_own_past_crew_named_before_we_is_not_another_firm():
    body = """Kia ora Sina,

Thanks for the walk through the river flats on Tuesday.

You said pruning runs late into spring, so the bottom rows crop poorly. On the Tukituki gang \
we split into two and started on the bottom rows first, while the ground was firm for the \
ladders, and we finished three weeks earlier than the year before.

I've led pruning gangs of eight for four seasons.

Keen to do a day on the flats with your gang next week, if that suits?

Ngā mihi,
Rangi Parata"""
    report = _check(Case("Pruning on the river flats", body, ORCHARD))
    assert "other_company" not in [f.code for f in report.findings], report.as_dict()
    assert report.score >= READY, report.as_dict()


def test_a_letter_about_the_writer_alone_is_not_ready_even_with_a_next_step():
    """Achievements, a meeting proposed, and nothing of theirs: no moment from the
    conversation and nothing offered to them. The letter is about the writer."""
    report = _check(
        Case(
            "Rod builder interview",
            """Dear Owen,

Thank you for the interview for the rod builder role.

I have built over 600 split-cane rods in twelve years. I won Best in Show at the Hereford \
Game Fair in 2021, and my rods are sold in four tackle shops across Wales. I was featured in \
Trout and Salmon magazine last spring. I wrap guides faster than anyone I have worked with, \
and my varnish work is known all over the Marches.

Could we meet again on Thursday to talk about the next steps?

Kind regards,
Niamh Kerr""",
            TACKLE,
        )
    )
    codes = [f.code for f in report.findings]
    assert {"no_specific_reference", "no_value_offer"} <= set(codes), report.as_dict()
    assert report.score < READY, report.as_dict()


@pytest.mark.parametrize(
    ("sentence", "moved"),
    [
        ("Second washes fell to almost none by the end of the month.", True),
        ("We brought that down to under forty minutes.", True),
        ("Callouts went from nine a week to two.", True),
        ("Finished three weeks earlier than the year before.", True),
        ("I went way off track about my old crew.", False),  # a move, not an amount
        ("I've done trim, doors and built-ins for nine years.", False),  # the work, named
        ("I will not accept less than £38,000 plus a van.", False),  # a demand
        ("Costs could probably come down somehow.", False),  # no extent, no past
    ],
)
def test_an_amount_that_moved_is_told_apart_from_other_verbs(sentence, moved):
    assert moves_an_amount(Sentence(sentence).words) is moved


@pytest.mark.parametrize(
    "availability",
    ["I am happy to do weekends and early starts.", "I could start next week."],
)
def test_availability_is_no_day_of_work_offered(availability):
    offered, _, _, _ = read_offer(Sentence(availability).words)
    assert offered == ()
