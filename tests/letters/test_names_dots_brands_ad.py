"""Set AD (AD11, AD20, AD17, AD12, AD15): names, dots and lower-case brands.

- "the U.S. Army" became "the US. Army", and the stop left behind ended a sentence
  there ("Army as a motor transport operator, …" counted as its own sentence): a dotted
  short form keeps all its dots, and "U.S." before a capitalised word that starts no
  sentence goes on with it. Degrees still lose their dots ("B.Sc." -> "BSc").
- "on ther phones" was kept in a "corrected version" that "corrected the spelling", then
  named as a possible name: "ther" before a noun is "their", before "is" or at a
  phrase's end "there".
- "in nbi & msa": "nbi" was asked about as a place and "msa" as letters to write in
  capitals (MSA?): a short word listed beside a word taken for a place is asked about as
  a name too.
- "an old nissan patrol with no ac": the notice said "capitalised names" and left the
  make, the model and "ac" in lower case: makes and models no English word spells are
  capitalised, a model that is a word only after its make, "ac" only beside a car.
- "Nur Aisyah binte Rahman" signed "Nur Aisyah Binte Rahman": a name particle keeps the
  case its owner typed.

Sentences from other trades than set AD's, and sentences that must stay as they are."""

import pytest

from letters.assembly import capitalised
from letters.fragments import Facts, check_answer
from letters.quality.sentences import split_sentences

FACTS = Facts(
    names=("Ms Dana Reid", "Sam Lee"),
    recipient="Ms Dana Reid",
    company="Acme Foods",
    role="Shift Supervisor",
)


def _check(typed, key="value_idea"):
    return check_answer(key, typed, facts=FACTS)


def _said(typed, key="value_idea"):
    return " ".join(_check(typed, key).sentences)


# 1. Dotted short forms keep their dots and end no sentence


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("I served six years in the U.S. Navy as a hull technician on two carriers.",
      "in the U.S. Navy as a hull technician"),
     ("I trained as a baker with a U.K. Border Force canteen crew for three years.",
      "a U.K. Border Force canteen crew"),
     ("I drove a crane for the U.S. Army Corps of Engineers on the river locks.",
      "the U.S. Army Corps of Engineers"),
     ("Our clinic moved to Washington D.C. in 2019 and I ran the front desk there.",
      "Washington D.C. in 2019")],
)  # fmt: skip
def test_a_dotted_short_form_keeps_every_dot(typed, kept):
    said = _said(typed, "fit")
    assert kept in said
    assert "US." not in said and "UK." not in said and "DC." not in said


@pytest.mark.parametrize(
    ("text", "count"),
    [("Eight years in the U.S. Navy as a cook, feeding crews of 300.", 1),
     ("I worked with the U.K. Coastguard for two summers as a lifeguard.", 1),
     ("I lived in the U.S. Then I moved home to run the bakery.", 2),
     ("I trained in the U.K. We had a strict audit every month.", 2),
     ("I finished the shift at 6 a.m. and drove the van back.", 1),
     ("Ask Dr. Park about the dressing. He knows the clinic rota.", 2)],
)  # fmt: skip
def test_dotted_letters_before_a_name_end_no_sentence(text, count):
    assert len(split_sentences(text)) == count


def test_a_degree_still_loses_its_dots():
    said = _said("I have a B.Sc. in nursing and four years on a surgical ward.", "fit")
    assert "BSc in nursing" in said


# 2. "ther" before a noun is "their"


@pytest.mark.parametrize(
    ("typed", "part"),
    [("I would ask the cleaners to log ther hours on the app before they go home.",
      "log their hours on the app"),
     ("I would let the drivers check ther own loads against the sheet at the gate.",
      "check their own loads"),
     ("I would show the apprentices how to keep ther tools clean after every job.",
      "keep their tools clean"),
     ("I would check that ther is a spare kit on every van before it leaves.",
      "that there is a spare kit")],
)  # fmt: skip
def test_ther_is_their_before_a_noun_and_there_before_is(typed, part):
    check = _check(typed)
    assert part in " ".join(check.sentences)
    assert "“ther" not in check.message or "spelling of" in check.message
    assert "may be a name" not in check.message


def test_their_and_there_typed_right_stay():
    said = _said("I would ask the porters to park their trolleys there every night.")
    assert "park their trolleys there every night" in said


# 3. Short forms listed beside a place are asked about as names


@pytest.mark.parametrize(
    ("typed", "words"),
    [("i have good contacts with site managers in nbi & msa", ("nbi", "msa")),
     ("i ran crews for hotels in jhb and cpt for four years", ("jhb", "cpt")),
     ("i delivered stock to shops in ekm and tvm every week", ("ekm", "tvm"))],
)  # fmt: skip
def test_letters_beside_a_place_are_not_asked_for_in_capitals(typed, words):
    message = _check(typed, "fit").message
    for word in words:
        assert f"“{word}” may stand for something" not in message


def test_letters_on_their_own_are_still_asked_about():
    message = _check("i did the mot checks and the vor list every morning", "fit").message
    assert "may stand for something" in message


# 4. Vehicle makes and models typed in lower case


@pytest.mark.parametrize(
    ("typed", "part"),
    [("my first van was an old toyota hilux with no ac and i drove it for years",
      "an old Toyota Hilux with no AC"),
     ("i delivered parcels in a ford transit for the first two summers",
      "a Ford Transit for the first two summers"),
     ("i learnt to drive in my dad's nissan sunny on the farm roads",
      "my dad's Nissan Sunny on the farm roads"),
     ("the plumbing van was a mitsubishi with broken ac in july",
      "a Mitsubishi with broken AC")],
)  # fmt: skip
def test_a_vehicle_typed_in_lower_case_gets_its_capitals(typed, part):
    check = _check(typed, "connection")
    assert part in " ".join(check.sentences)


@pytest.mark.parametrize(
    ("typed", "part"),
    [("we had to ford the river twice to reach the hut with the supplies",
      "ford the river"),
     ("i did night patrol of the car park at the hospital for three years",
      "night patrol of the car park"),
     ("i kept the ac account numbers in the ledger for the bookkeeper",
      "the ac account numbers"),
     ("i played golf with the owner and talked about the polo club kitchen",
      "played golf with the owner")],
)  # fmt: skip
def test_words_that_may_be_english_stay_in_lower_case(typed, part):
    assert part in _said(typed, "connection")


# 5. A name particle keeps its owner's case


@pytest.mark.parametrize(
    ("name", "signed"),
    [("Nur Aisyah binte Rahman", "Nur Aisyah binte Rahman"),
     ("Siti Aminah binti Ismail", "Siti Aminah binti Ismail"),
     ("Joost van der Berg", "Joost van der Berg"),
     ("Fatima bint Khalid", "Fatima bint Khalid"),
     ("ahmad bin yusof", "Ahmad bin Yusof")],
)  # fmt: skip
def test_a_name_particle_typed_in_lower_case_stays(name, signed):
    assert capitalised(name) == signed


def test_a_particle_typed_with_a_capital_keeps_it():
    assert capitalised("Nur Aisyah Binte Rahman") == "Nur Aisyah Binte Rahman"
    assert capitalised("Anna Van Dyke") == "Anna Van Dyke"
