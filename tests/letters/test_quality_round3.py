"""Issue 19, third round: the families blind9 missed, each told by meaning in new voices.

- A letter all about the writer: nearly every sentence is about "I" and "my", and none is
  about the reader's situation (what they said, something of theirs, an offer on it).
  A stray "I'd nail it" or a common word shared with the notes does not make it one.
- Another firm where the employer belongs: a name with a business form ("Ltd", "Inc")
  that is not the employer, in a sentence about the writer's work to come, and not in
  the writer's past; a supplier the writer would buy from is no such name.
- A lower-case word after an abbreviation's full stop ("spp.", "B.Eng.") goes on with
  the sentence; a real lower-case sentence start still caps.
- Nerves told as a remark are no apology; nerves that spoiled the showing are one.
- "Something similar" for them is an offer that points back at what the letter told.

Every letter here is invented for this file, in trades and voices no graded set uses.
"""

import pytest

from letters.quality.offers import read_offer
from letters.quality.text import Sentence, split_sentences
from tests.letters.checker_cases import READY, Case
from tests.letters.checker_cases import check as _check
from tests.letters.checker_cases import codes as _codes

FARRIER = {
    "recipient_name": "Gwen Pritchard",
    "company": "Pritchard Equine",
    "role": "Farrier",
    "sender": "Callum Reid",
    "discussed": "remedial shoeing; the new forge van; livery yard rounds",
    "problem": "Horses on the livery rounds lose shoes within two weeks.",
}
GLAZIER = {
    "recipient_name": "Tomasz Nowak",
    "company": "Nowak Glass",
    "role": "Glazier",
    "sender": "Ifeoma Eze",
    "discussed": "curtain walling; the Dock Street job; sealant cure times",
    "problem": "Sealed units fog up inside within a year on south-facing jobs.",
}
BREWLAB = {
    "recipient_name": "Dr. Anneke de Vries",
    "company": "Harbour Ferments",
    "role": "Lab Technician",
    "sender": "Priya Nair",
    "discussed": "yeast propagation; the new plate reader; night sampling",
    "problem": "Wild yeast turns up in the bright tanks after cleaning.",
}
SURVEYOR = {
    "recipient_name": "Mr Dafydd Morgan",
    "company": "Morgan Land Surveys",
    "role": "Survey Technician",
    "sender": "Lerato Dlamini",
    "discussed": "drone photogrammetry; the quarry contract; GNSS base stations",
    "problem": "Quarry volume reports go out a week late every month.",
}
KENNEL = {
    "recipient_name": "Maeve Doherty",
    "company": "Doherty Boarding Kennels",
    "role": "Kennel Supervisor",
    "sender": "Oisin Walsh",
    "discussed": "summer peak; the isolation block; feeding charts",
    "problem": "Dogs go off their food in the first three days of a stay.",
}


# --- a letter all about the writer -------------------------------------------------------

ALL_ABOUT_ME = {
    "farrier_boasting": Case(
        "Farrier interview",
        """Hi Gwen,

Thanks for having me over on Monday!

I've shod over 4,000 horses and I was runner-up at the Royal Welsh in 2023, which I think \
came up. I hold my DipWCF and I'm halfway through my AWCF. My videos get about 30k views a \
month and plenty of owners would follow me wherever I go.

I want somewhere I can build up my own remedial clients and I'd need Fridays free for \
competitions. I'd also want to keep my own van and my own price list for private work.

Honestly I know I'd smash it with you. I'm just that kind of farrier.

Cheers,
Callum Reid""",
        FARRIER,
    ),
    "lab_technician_formal_self_praise": Case(
        "Lab Technician - following our meeting",
        """Dear Dr. de Vries,

Thank you for the interview on Wednesday.

I would like to restate my strengths. I graduated first in my class and I have published \
two papers on yeast genetics. I am fluent in three languages and I have completed every \
course my last employer offered. My managers have always described me as exceptional.

My aim is to become a lab manager within two years, and I expect to be given my own \
projects early on. I am confident I would excel in it.

Yours sincerely,
Priya Nair""",
        BREWLAB,
    ),
}


@pytest.mark.parametrize("name", ALL_ABOUT_ME)
def test_a_letter_all_about_the_writer_is_not_ready_whatever_its_wording(name):
    report = _check(ALL_ABOUT_ME[name])
    assert "no_value_offer" in _codes(report), report.as_dict()
    assert report.score < READY, report.as_dict()


def test_a_letter_with_much_about_the_writer_and_an_offer_on_their_problem_stays_ready():
    body = """Dear Gwen,

Thank you for Monday, and for the ride out on the livery round.

You said horses on the livery rounds are losing shoes within two weeks. I've shod for \
eleven years, I hold my DipWCF and I ran a yard round of sixty horses on my own. On that \
round I moved the wet-field horses to a five-week cycle with clips, and lost shoes fell to \
about one a month.

I'd be glad to ride the round with you next week and mark which horses would suit clips.

Best,
Callum Reid"""
    report = _check(Case("Lost shoes on the livery rounds", body, FARRIER))
    assert "no_value_offer" not in _codes(report), report.as_dict()
    assert report.score >= READY, report.as_dict()


# --- another firm where the employer belongs --------------------------------------------

OTHER_FIRM = """Dear Tomasz,

Thank you for Thursday, and for the look round the Dock Street job.

You said sealed units fog inside within a year on the south-facing jobs. On my last \
contract we found the sealant was being loaded before it had cured; we added a 24-hour \
rack before fitting and the callbacks for misted units stopped within the season.

I could put a simple cure log together for the Dock Street units by Friday, so that \
Clearpane Glazing Ltd can show the client a record at handover.

Could I come and see the units going in next week?

Kind regards,
Ifeoma Eze"""


def test_a_firm_with_a_business_form_in_the_offer_is_another_firm_in_the_employers_place():
    report = _check(Case("Fogged units on the south-facing jobs", OTHER_FIRM, GLAZIER))
    caught = [f for f in report.findings if f.code == "other_company"]
    assert caught and "Clearpane Glazing Ltd" in caught[0].message, report.as_dict()
    assert report.score < READY, report.as_dict()


def test_a_supplier_the_writer_would_buy_from_is_not_another_firm_in_the_employers_place():
    body = OTHER_FIRM.replace(
        "so that Clearpane Glazing Ltd can show the client a record at handover.",
        "and order the spacer bars from Tensa Fixings Ltd.",
    )
    assert "Tensa Fixings Ltd" in body
    report = _check(Case("Fogged units on the south-facing jobs", body, GLAZIER))
    assert "other_company" not in _codes(report), report.as_dict()
    assert report.score >= READY, report.as_dict()


def test_the_writers_past_firm_with_a_business_form_is_not_another_firm():
    body = OTHER_FIRM.replace(
        "I could put a simple cure log together for the Dock Street units by Friday, so that "
        "Clearpane Glazing Ltd can show the client a record at handover.",
        "I could put the cure log we kept at Brightside Windows Ltd together for the Dock "
        "Street units by Friday.",
    )
    assert "Brightside Windows Ltd" in body and "Clearpane" not in body
    report = _check(Case("Fogged units on the south-facing jobs", body, GLAZIER))
    assert "other_company" not in _codes(report), report.as_dict()


# --- a lower-case word after an abbreviation ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We found Brettanomyces spp. colonies on the gaskets after every clean.",
        "I hold a B.Eng. in civil engineering and a drone licence.",
        "The drum held approx. forty litres of caustic.",
    ],
)
def test_a_lower_case_word_after_an_abbreviation_goes_on_with_the_sentence(text):
    assert split_sentences(text) == [text]


def test_a_strong_letter_with_abbreviations_before_lower_case_words_is_ready():
    body = """Dear Dr. de Vries,

Thank you for Wednesday, and for the walk past the bright tanks.

You said wild yeast keeps turning up in the bright tanks after cleaning. At my last brewery \
we traced Brettanomyces spp. colonies to the tank door gaskets, swabbed them after every \
clean and swapped the gaskets every quarter; positives fell from one a month to none in \
half a year.

I'd be glad to swab your bright tank gaskets on a night sampling run and bring you the plates.

I have an M.Sc. in brewing science and four years on the lab bench.

Would next Tuesday night suit for a first round of swabs?

Kind regards,
Priya Nair"""
    report = _check(Case("Wild yeast in the bright tanks", body, BREWLAB))
    assert "lower_case" not in _codes(report), report.as_dict()
    assert report.score >= READY, report.as_dict()


def test_a_real_lower_case_sentence_start_still_caps():
    body = """Dear Maeve,

Thank you for showing me the isolation block on Saturday.

You said dogs go off their food in the first three days. at my last kennels we fed new \
arrivals from their own bowls with a spoon of their home food mixed in, and dogs eating on \
day one went from about half to nearly all.

I'd be glad to draw up a settling-in feeding chart for the summer peak.

Could I spend a morning on the feeding round with you next week?

Kind regards,
Oisin Walsh"""
    report = _check(Case("Dogs off their food", body, KENNEL))
    assert "lower_case" in _codes(report), report.as_dict()
    assert report.score < READY, report.as_dict()


# --- nerves: a remark, or an apology ------------------------------------------------------

SURVEY_LETTER = """Dear Mr Morgan,

Thank you for Tuesday and for the look at the quarry contract. {nerves}

You said the quarry volume reports go out a week late every month. At my last firm I set up \
a fixed flight day and a processing template, and our reports went out in two days instead \
of eight.

I'd be glad to set up the same template for the quarry flights.

Could I join the next quarry flight and process it alongside your team?

Kind regards,
Lerato Dlamini"""


@pytest.mark.parametrize(
    "nerves",
    [
        "I haven't been that nervous since my first solo flight.",
        "I was a little nervous walking in, but you soon had me laughing about GNSS bases.",
        "I was a bag of nerves at first but felt better after the drone demo.",
    ],
)
def test_nerves_told_as_a_remark_are_no_apology(nerves):
    report = _check(Case("Quarry volume reports", SURVEY_LETTER.format(nerves=nerves), SURVEYOR))
    assert "apology" not in _codes(report), report.as_dict()
    assert report.score >= READY, report.as_dict()


@pytest.mark.parametrize(
    "nerves",
    [
        "I was so nervous that I forgot to mention my drone licence.",
        "I was nervous and I don't think I explained my GNSS work very well.",
        "My nerves got the better of me and I got the base station question wrong.",
    ],
)
def test_nerves_that_spoiled_the_interview_are_an_apology(nerves):
    report = _check(Case("Quarry volume reports", SURVEY_LETTER.format(nerves=nerves), SURVEYOR))
    assert "apology" in _codes(report), report.as_dict()
    assert report.score < READY, report.as_dict()


# --- something similar, for them -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I would be happy to set up something similar for the yard.",
        "I could build a similar one for your night crew.",
    ],
)
def test_something_similar_for_them_points_back_at_what_the_letter_told(sentence):
    _, points_back, steps_forward, _ = read_offer(Sentence(sentence).words)
    assert steps_forward and points_back


def test_a_letter_offering_something_similar_to_its_own_story_offers_value():
    body = """Dear Maeve,

Thank you for Saturday, and for the tour of the isolation block.

You mentioned that dogs go off their food in the first three days of a stay. At my last \
kennels I kept a settling-in chart for each new arrival, noting what and when they ate at \
home, and I would be happy to set up something similar for your summer peak.

I have six years in boarding kennels and an animal care diploma.

Please let me know if I can send anything further.

Kind regards,
Oisin Walsh"""
    report = _check(Case("Settling in at the kennels", body, KENNEL))
    assert "no_value_offer" not in _codes(report), report.as_dict()
    assert report.score >= READY, report.as_dict()


# --- the same families, phrased once more ----------------------------------------------------

SCAFFOLD = {
    "recipient_name": "Ruth Okoro",
    "company": "Okoro Scaffolding",
    "role": "Scaffolder",
    "sender": "Dylan Hughes",
    "discussed": "tube and fitting; the hospital job; inspection tags",
    "problem": "Scaffold inspections get missed on the hospital job and the site gets stopped.",
}
TAG_BOARD = """Dear Ruth,

Thank you for Tuesday and for the walk round the hospital job.

You said inspections get missed and the site gets stopped. On my last firm's jobs I kept a \
tag board in the cabin with every lift and its next inspection date, and we had no \
stoppages in two years.

{offer}

Could I come and see the tags on the hospital job next week?

Regards,
Dylan Hughes"""


@pytest.mark.parametrize(
    ("offer", "other_firm"),
    [
        ("I could have a tag board up by Monday, and Hawkline Access Ltd would have every "
         "inspection on one sheet.", "Hawkline Access Ltd"),
        ("I'd happily set the tag board up for you so Tarrant Scaffolding Inc. passes its next "
         "audit.", "Tarrant Scaffolding Inc"),
        ("I'd happily set up a tag board for you, with tags from Brady Signs Ltd.", ""),
        ("I'd happily set up a tag board so you are ahead of Castle Access Ltd at the next "
         "tender.", ""),
    ],
)  # fmt: skip
def test_a_firm_in_the_writers_work_to_come_is_the_employers_place_unless_bought_from_or_beaten(
    offer, other_firm
):
    body = TAG_BOARD.format(offer=offer)
    report = _check(Case("Scaffold inspections on the hospital job", body, SCAFFOLD))
    caught = [f.message for f in report.findings if f.code == "other_company"]
    if other_firm:
        assert caught and other_firm in caught[0] and report.score < READY, report.as_dict()
    else:
        assert not caught and report.score >= READY, report.as_dict()


@pytest.mark.parametrize("notes", [True, False])
def test_a_scaffolders_letter_all_about_himself_is_not_ready_with_or_without_notes(notes):
    body = """Dear Ruth,

Great to meet you Tuesday.

I've been scaffolding for fifteen years and I'm CISRS advanced. I've run gangs of twelve and \
I've never had an accident. My old gaffer says I'm the best tube man in Cardiff. I'm after a \
firm that will pay for my supervisor ticket and give me my own van.

You won't regret it, I'll make it happen.

Cheers,
Dylan Hughes"""
    context = SCAFFOLD if notes else SCAFFOLD | {"discussed": "", "problem": ""}
    report = _check(Case("Scaffolder", body, context))
    assert "no_value_offer" in _codes(report) and report.score < READY, report.as_dict()
