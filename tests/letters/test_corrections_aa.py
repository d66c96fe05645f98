"""Corrected versions that broke the user's text, found by the simulated users of set AA
(issue 19, draft_grades25). Each is fixed where the break was made, or not offered.

- A word before "hall", "college", "church" … is a name's, typed in lower case: "queen
  idia hall" is never "queen idea hall", nor hinted "did you mean “idea”?" (AA17).
- "talked abuot how" is "talked about how", not "talked about about how" (AA15).
- "clean driving record" is no order: never "I clean driving record." (AA12); "own
  servicing on saw head" is work done: never "I have my own servicing", its example says
  "I do my own servicing" (AA04); "6 yrs total at sea" is never "6 years of total at sea"
  (AA05).
- "Hannah thanks Mrs Ashworth … for letting her ride Jasper" from Hannah: "letting me
  ride", never "letting your ride" (AA08).
- A split never leaves "At bridgetown charters." alone (AA09), nor a part whose only verb
  is a length of time's noun ("Every day 10 minutes talk with line leader …", AA03).
- Notes listed before "and I …" are a note: "Level 4 Award …, full driving licence and I
  have own car" is not called corrected (AA03).

Every sentence here is from other trades than the set's, or the set's own with its
negatives beside it.
"""

from letters.answer_case import Facts
from letters.fragments import LEFT_OUT
from tests.letters.letter_helpers import CORRECTION_FACTS, answer_check, letter_text

FACTS = CORRECTION_FACTS
_check = answer_check
_letter = letter_text


# 1. A name's word before "hall", "college", "church": never spell-corrected


def test_word_before_a_hall_is_a_name_not_a_typo_student_nurse():
    check = _check(
        "connection", "you said you stayed in queen idia hall and so did I in my first year"
    )
    assert "idia hall" in _letter(check)
    assert "idea" not in check.message
    assert "in a queen" not in check.message


def test_word_before_a_college_or_church_is_kept_carpenter_and_chef():
    check = _check("connection", "we both went to st anselm college in the nineties")
    assert "anselm college" in _letter(check).lower()
    check = _check("connection", "my nan cooked for the fetes at holy trinty church for years")
    assert "trinty church" in _letter(check).lower()
    assert "trinity" not in _letter(check).lower()


def test_a_typo_elsewhere_is_still_corrected():
    check = _check("fit", "I have 6 years in a diffrent kitchen at the town hall canteen", 1)
    assert "different" in _letter(check)


# 2. "talked abuot how": one "about"


def test_talked_with_about_mistyped_gets_one_about_midwife():
    check = _check("connection", "My nan was a midwife too so we talked abuot how births changed")
    assert "talked about how" in _letter(check)
    assert "about about" not in _letter(check)


def test_talked_with_about_mistyped_other_trades():
    for typed in (
        "we talked abotu the old mill on Cross Street",
        "you and I talked baout the Tigers game last season",
    ):
        letter = _letter(_check("connection", typed))
        assert "about about" not in letter
        assert letter.count("about") <= 1, letter  # "baout": its first letter, kept


def test_talked_with_no_about_still_gets_one():
    assert "talked about fishing" in _letter(_check("connection", "we talked fishing for ages"))


# 3. No "I" before a thing, no "I have my own" before work done, no "of total"


def test_clean_driving_record_is_not_an_order_courier_and_carer():
    for typed in ("clean driving record", "full driving licence, 10 years no points"):
        check = _check("fit", typed, 2)
        assert not _letter(check).startswith(("I clean", "I full")), _letter(check)


def test_an_order_is_still_said_with_i():
    assert _letter(_check("fit", "clean the vans every friday", 2)).startswith("I clean the vans")


def test_own_work_is_not_had_mechanic_and_bookkeeper():
    check = _check("fit", "own servicing on saw head – teeth, hoses, greasing", 3)
    assert "I have my own servicing" not in _letter(check) + check.message
    assert "I do my own servicing" in check.message
    check = _check("fit", "own maintenance on the excavators", 3)
    assert "I have my own maintenance" not in _letter(check) + check.message


def test_own_things_are_still_had_electrician():
    assert _letter(_check("fit", "own van and tools", 3)) == "I have my own van and tools."


def test_years_total_is_not_years_of_total():
    for typed in ("I have 6 yrs total at sea", "I have 12 years total in kitchens"):
        assert "of total" not in _letter(_check("fit", typed, 1))
    assert "12 years of plumbing experience" in _letter(_check("fit", "I have 12 years plumbing"))


# 4. The writer let do something: "me", never "your"


WRITER = Facts(
    names=("Mrs Caroline Ashworth", "Hannah Pritchard"),
    recipient="Mrs Caroline Ashworth",
    sender="Hannah Pritchard",
    company="Ashworth Stables",
)


def test_writer_let_ride_is_me_riding_instructor():
    check = _check(
        "closing",
        "Hannah thanks Mrs Ashworth for her time and for letting her ride Jasper.",
        facts=WRITER,
    )
    assert "letting me ride Jasper" in _letter(check)
    assert "your ride" not in _letter(check)


def test_writer_let_sit_in_is_me_other_trades():
    check = _check(
        "closing", "Hannah thanks Mrs Ashworth for letting her sit in on the lesson.", facts=WRITER
    )
    assert "letting me sit in" in _letter(check)
    gardener = Facts(
        names=("Mr Dennis Hale", "Tom Reid"),
        recipient="Mr Dennis Hale",
        sender="Tom Reid",
        company="Hale Grounds",
    )
    check = _check(
        "closing",
        "Tom thanks Mr Hale for his time and for letting him drive the mower.",
        facts=gardener,
    )
    assert "letting me drive the mower" in _letter(check)
    assert "your time" in _letter(check)


def test_her_own_thing_is_still_yours():
    check = _check(
        "closing", "Hannah thanks Mrs Ashworth for her time and her advice.", facts=WRITER
    )
    assert "your time and your advice" in _letter(check)


# 5. No split leaves a place alone


def test_split_keeps_the_place_with_its_clause_charter_and_farm():
    check = _check(
        "value_gain_detail",
        "at bridgetown charters i cut fuel on our 38ft from about 110 gallons to 75 gallons per"
        " full day trip, and we moved about half the weather cancellations to other days instead"
        " of refunding",
    )
    assert not any(s.lower().startswith("at bridgetown charters.") for s in check.sentences)
    assert check.sentences[0].startswith("At bridgetown charters I cut fuel")


def test_short_sentence_with_a_place_is_untouched():
    check = _check("value_gain_detail", "at ridgeway farm i cut feed costs by 20%")
    assert _letter(check) == "At ridgeway farm I cut feed costs by 20%."


# 7. Every split part has its verb; a list of notes before "and I" is a note


def test_no_split_gives_a_part_with_only_minutes_meat_inspector():
    check = _check(
        "value_idea",
        "In my last plant we agreed with plant QA to put one trim station earlier on the line,"
        " and every day 10 minutes talk with line leader on start of shift about what we found"
        " day before. I can do same and also help to train new inspectors, I was buddy for 4"
        " new people in Wales.",
    )
    assert not any(s.startswith("Every day 10 minutes talk") for s in check.sentences)


def test_notes_listed_before_and_i_are_a_note_other_trades():
    for typed in (
        "Level 4 Award in Proficiency in Poultry Meat Inspection, full driving licence and I"
        " have own car",
        "City and Guilds level 3, full clean licence and I have my own tools",
    ):
        check = _check("fit", typed, 3)
        assert check.status == LEFT_OUT, check.message
        assert "corrected" not in check.message


def test_a_sentence_before_and_i_stays():
    check = _check("fit", "I ran the night shift, cut scrap by half and I trained two new starters")
    assert check.status != LEFT_OUT


# 6. "of 16%" after a change verb: "by 16%" only where the "of" is the change's own


def test_by_share_hint_only_where_right_agronomist_and_others():
    from letters.answer_slips import sentence_slips

    def hinted(sentence: str) -> bool:
        return any("say “by" in fix for _said, fix in sentence_slips(sentence))

    assert hinted("Waste dropped of 16% in one year.")
    assert hinted("We reduced the downtime on the dryer section of around 40% in six months.")
    assert not hinted("Borer damage dropped from an average of 16% to 5% within two seasons.")
    assert not hinted("Callbacks dropped to a low of 4% last year.")
    assert not hinted("Sales fell, a drop of 12% on the year.")


# 8. Notes quoted as the user typed them, not as the step changed them


def test_notes_quoted_as_typed_athletics_coach():
    coach = Facts(
        names=("Ms. Faith Chebet", "Daniel Kiprotich Rono"),
        recipient="Ms. Faith Chebet",
        sender="Daniel Kiprotich Rono",
        company="Rift Valley Athletics",
    )
    check = _check(
        "connection",
        "Both from Keiyo. Her father – steeplechase, 90s, Kenya Police. My uncle – same club,"
        " same years.",
        facts=coach,
    )
    assert "“Her father – steeplechase" in check.message
    assert "Your father" not in check.message


def test_shorthand_you_is_not_put_back_in_a_quoted_note_roaster():
    check = _check("value_gain", "fewer complaints, cafes stay with u, less coffee thrown away")
    assert "with u," not in check.message
