"""Set AC (AC04, AC11, AC10): capitals kept or left by Title Case and lower-case typing.

- A trade's material no dictionary lists ("Rattan"), typed In Title Case, kept its
  capital as a name's ("the Rattan have same moisture"), though the user's own notes of
  the talk write it in lower case ("natural rattan peel"): the notes tell it is a word.
  A word the notes write with its capital, or a word of the company beside its other
  words ("At Rattan House Ltd"), keeps it.
- "Old" typed In Title Case before a town ("the Old Tiruppur days") was kept as part of
  the town's name, and the notice said so: a town known on its own, with "old" before it
  after "the" or "my", is that town in its old days. Towns whose names start with the
  word keep it ("Old Trafford", "New Plymouth", "Port Talbot").
- A code of letters and a number typed in lower case ("pm2", paper machine 2) stayed in
  lower case while the notice claimed names were capitalised: one the notes write in
  capitals ("PM2") takes them, and so does a code of one or two letters and a number
  ("q3", "p45", "co2"); units, text-speak and versions ("m2", "b4", "v2", "x2", "5kg")
  are left as typed.

Sentences from other trades than set AC's, and sentences that must stay as they are."""

import pytest

from letters.fragments import Facts, check_answer

FACTS = Facts(
    names=("Ms Dana Reid", "Sam Lee"),
    recipient="Ms Dana Reid",
    company="Acme Foods",
    role="Shift Supervisor",
)


def _facts(notes="", company="Acme Foods", role="Shift Supervisor"):
    typed = (notes,) if notes else ()
    return Facts(
        names=FACTS.names,
        recipient=FACTS.recipient,
        company=company,
        role=role,
        typed=typed,
        noted=typed,
    )


def _check(typed, facts=FACTS, key="value_idea"):
    return check_answer(key, typed, facts=facts)


def _said(typed, facts=FACTS, key="value_idea"):
    return " ".join(_check(typed, facts, key).sentences)


# 1. A trade's word that the user's notes write in lower case


@pytest.mark.parametrize(
    ("notes", "typed", "part"),
    [("We talked about perspex guards for the CNC router and the Leeds order.",
      "I Will Cut The Perspex Guards In House So The Operators Are Not Waiting On A Supplier.",
      "cut the perspex guards in house"),
     ("Their Sheffield shop pours terrazzo floors for the new Dublin hotels.",
      "I Have Polished Terrazzo Floors For Eight Years In Airports And Hotel Lobbies.",
      "polished terrazzo floors for eight years"),
     ("We discussed Kevlar gloves, the Riverside line and cut injuries on the kevlar "
      "sleeves too.",
      "I Would Swap The Old Gloves For Kevlar Sleeves On The Slitting Line.",
      "swap the old gloves for Kevlar sleeves"),
     ("Ms Reid said the coir logs split in the Hull warehouse.",
      "I Will Check Every Coir Log At Goods In Before It Goes To The Racking.",
      "check every coir log at goods in")],
)  # fmt: skip
def test_a_word_the_notes_write_in_lower_case_loses_its_title_case_capital(notes, typed, part):
    assert part in _said(typed, _facts(notes))


@pytest.mark.parametrize(
    ("notes", "typed", "part"),
    [  # the notes write it with a capital, or never write it: it may be a brand
     ("We talked about Perspex guards for the CNC router and the Leeds order.",
      "I Will Cut The Perspex Guards In House So The Operators Are Not Waiting.",
      "cut the Perspex guards"),
     ("", "I Will Cut The Perspex Guards In House So The Operators Are Not Waiting.",
      "cut the Perspex guards"),
     # a note all in lower case tells nothing of the user's capitals
     ("perspex guards and the leeds order",
      "I Will Cut The Perspex Guards In House So The Operators Are Not Waiting.",
      "cut the Perspex guards")],
)  # fmt: skip
def test_a_word_the_notes_do_not_write_in_lower_case_keeps_its_capital(notes, typed, part):
    assert part in _said(typed, _facts(notes))


def test_a_word_of_the_company_beside_its_other_words_keeps_its_capital():
    facts = _facts("Their export orders, natural rattan peel and rejects.", "Rattan House Ltd")
    said = _said("I Have Worked At Rattan House Ltd For Six Years As A Weaver.", facts, "fit")
    assert "Rattan House Ltd" in said


def test_a_material_the_notes_write_in_lower_case_is_lowered_in_the_letter():
    facts = _facts(
        "Their Japan orders, natural rattan peel versus synthetic.",
        "Mactan Rattan Crafts Inc.",
        "Senior Rattan Weaver",
    )
    said = _said(
        "I Will Teach The Weavers To Soak The Peel So The Rattan Has Same Moisture.", facts
    )
    assert "so the rattan has" in said


# 2. "Old" before a town that is a town on its own


@pytest.mark.parametrize(
    ("typed", "part"),
    [("We Talked About The Old Leeds Market Days Before The Big Stores Came.",
      "the old Leeds"),
     ("We Both Remember The Old Sheffield Steelworks Before They Closed.",
      "the old Sheffield steelworks"),
     ("We Laughed About My Old Bristol Depot And Its Broken Loading Dock.", "my old Bristol")],
)  # fmt: skip
def test_old_before_a_town_known_on_its_own_is_lower_case(typed, part):
    check = _check(typed, key="connection")
    assert part in " ".join(check.sentences)
    assert "“Old " not in check.message


@pytest.mark.parametrize(
    ("typed", "part"),
    [("I Worked Matchdays At Old Trafford For Four Seasons As A Steward.",
      "at Old Trafford for four seasons"),
     ("I Ran The Night Shift At The New Plymouth Depot For Three Years.",
      "the New Plymouth"),
     ("I Was A Crane Driver At The Port Talbot Steelworks For Nine Years.",
      "the Port Talbot steelworks"),
     ("I Grew Up In Old Delhi And Still Visit The Spice Market There.", "in Old Delhi")],
)  # fmt: skip
def test_a_town_whose_name_starts_with_the_word_keeps_its_capitals(typed, part):
    assert part in _said(typed, key="fit")


# 3. A code of letters and a number typed in lower case


@pytest.mark.parametrize(
    ("notes", "typed", "part"),
    [("We talked about breaks on their PM2 and the Kapuskasing mill.",
      "i would log every break on pm2 with the grade and the draw settings",
      "every break on PM2 with"),
     ("We talked about the RTG3 crane and the Felixstowe berths.",
      "i kept rtg3 running through the whole of peak season",
      "kept RTG3 running")],
)  # fmt: skip
def test_a_code_the_notes_write_in_capitals_takes_them(notes, typed, part):
    assert part in _said(typed, _facts(notes))


@pytest.mark.parametrize(
    ("typed", "part"),
    [("i would get the q3 stock count done a week early", "the Q3 stock count"),
     ("every new starter gave me their p45 on day one", "their P45 on day one"),
     ("i would check the co2 levels in the cellar every morning", "the CO2 levels"),
     ("i would print the a4 checklists and pin one at every bay", "the A4 checklists"),
     ("line 2 was down so i moved the crew to pm1 for the night", "to PM1 for the night")],
)  # fmt: skip
def test_a_short_code_typed_in_lower_case_takes_capitals(typed, part):
    check = _check(typed)
    assert part in " ".join(check.sentences)
    assert "capitalised names" in check.message


@pytest.mark.parametrize(
    ("typed", "part"),
    [("i would lay 40 m2 of tiles a day on the new build", "m2 of tiles"),
     ("i would ring the office b4 every delivery to check access", "before every"),
     ("i would move the whole app to v2 of the booking system", "to v2 of"),
     ("i would run the i7 laptops for the design team only", "the i7 laptops"),
     ("i would lift 25kg sacks no more than twice an hour", "25kg sacks"),
     ("i would book the 4x4 for the farm runs every monday", "the 4x4 for")],
)  # fmt: skip
def test_units_text_speak_and_versions_are_left_as_typed(typed, part):
    assert part in _said(typed)
