"""Wizard round 17: three fragments a blind grader marked down that the wizard had used
as they were written.

An amount with a participle and no verb ("Around €600 a month saved at my last place.")
is a note like any verbless figure: left out, with the note notice. A result whose first
part is a note of a span, joined to a clause said with "I" ("4 years chairside with
registered dental assistant cert and I'm confident …"), is left out when the note has no
certain shape; when it has one ("8 yrs service plumbing and I know …") the note is said
as it would be alone and the clause kept as typed. A closing that thanks again before a
step with no subject ("Thanks again, can start in 2 weeks.") gets its subject back and
loses the second thanks, with a notice.
"""

import pytest

from letters.answer_case import Facts
from letters.assembly import assemble
from letters.fragments import check_answer
from letters.quality import sentences as grammar

CHEF = Facts(
    names=("Head Chef Declan Murphy", "Aoife Kavanagh"),
    recipient="Head Chef Declan Murphy",
    company="The Strand Hotel Galway",
)


def _check(key, typed, facts=CHEF):
    return check_answer(key, typed, facts=facts)


# --- 1. an amount "saved" with no verb --------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "Around €600 a month saved at my last place.",
        "Around €600 A Month Saved At My Last Place",
        "Around 20-25 minutes saved per checkout room with pair cleaning in my last property",
        "€600 a month cut from the food bill at my last place.",
    ],
)
def test_an_amount_saved_at_a_past_job_is_a_note_with_the_past_example(typed):
    check = _check("value_gain_detail", typed)
    assert not check.used
    assert "reads as a note, so it is not in your letter" in check.message
    assert "starting with “At my last job we …” and the figure." in check.message
    assert "It could be worth" not in check.message


def test_an_amount_saved_with_no_past_job_gets_the_forecast_example():
    check = _check("value_gain_detail", "About 3-4 hours saved per get-in, so about £250 a show.")
    assert not check.used
    assert "“That could save you …” or “That would be about …”" in check.message


@pytest.mark.parametrize(
    ("typed", "said"),
    [("At my last place we saved around €600 a month.",
      "At my last place we saved around €600 a month."),
     ("We cut about €600 a month at my last place.",
      "We cut about €600 a month at my last place.")],
)  # fmt: skip
def test_the_amount_said_with_its_verb_is_used(typed, said):
    assert _check("value_gain_detail", typed).sentences == (said,)


def test_a_change_noted_without_a_verb_is_still_a_note():
    check = _check("value_gain_detail", "No-shows down from 12 a week to 4.")
    assert not check.used
    assert "starting with “At my last job we …” and the figure." in check.message


def test_the_draft_leaves_the_amount_out():
    draft = assemble(
        answers={
            "value_idea": "I would batch sauces in smaller blast chilled portions.",
            "value_gain": "That would mean lower food cost and less binned stock.",
            "value_gain_detail": "Around €600 a month saved at my last place.",
        },
        recipient_name="Head Chef Declan Murphy",
        sender_name="Aoife Kavanagh",
        company="The Strand Hotel Galway",
        role="Chef de Partie",
        is_decision_maker=True,
    )
    assert "saved at my last place" not in draft.body
    assert any("saved at my last place" in n.message for n in draft.notices)


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [("Around €600 a month saved at my last place.", True),
     ("About 2 hours saved a shift.", True),
     ("Around 20 minutes saved in my last property.", True),
     ("2 hours saved us a fortune.", False),  # its object: "saved" is the verb
     ("Two hours passed before help came.", False),
     ("The 2 shifts cover nights.", False),
     ("We saved around €600 a month.", False),
     ("Around €600 a month saved at my last place paid for the fryer.", False)],
)  # fmt: skip
def test_the_checker_reads_an_amount_saved_as_a_note(sentence, fragment):
    assert grammar.is_fragment(sentence) is fragment


# --- 2. a note of a span joined to a clause ----------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "4 years chairside with registered dental assistant cert and I'm confident "
        "with the iTero scanner",
        "4 years chairside with registered dental assistant cert, I'm confident with "
        "the iTero scanner.",
    ],
)
def test_a_span_note_before_a_clause_is_left_out_with_the_note_named(typed):
    check = _check("fit", typed)
    assert not check.used
    assert "is not in your letter, because one part of it reads as a note" in check.message
    assert "reads as a note: “4 years chairside with registered dental assistant cert”" in (
        check.message
    )


def test_the_span_note_alone_is_left_out():
    check = _check("fit", "4 years chairside with registered dental assistant cert.")
    assert not check.used
    assert "does not say it is you" in check.message


@pytest.mark.parametrize(
    ("typed", "said"),
    [("8 yrs service plumbing and I know the local codes",
      "I have 8 years of service plumbing experience and I know the local codes."),
     ("3 years head barista, I can make 120 coffees an hour",
      "I have been a head barista for 3 years, and I can make 120 coffees an hour."),
     ("5 years as a barista and I can do latte art",
      "I have worked 5 years as a barista and I can do latte art."),
     ("6 years in care homes and I did nights",
      "I have 6 years of experience in care homes and I did nights.")],
)  # fmt: skip
def test_a_span_note_with_a_certain_shape_is_said_and_the_clause_kept(typed, said):
    assert _check("fit", typed).sentences == (said,)


def test_a_span_with_its_own_verb_is_no_note():
    check = _check("fit", "2 years went by and I ran the pass every night.")
    assert check.sentences == ("2 years went by and I ran the pass every night.",)


# --- 3. a second thanks before a step with no subject ------------------------------------


def _closing_draft(closing):
    return assemble(
        answers={"question": "Is the role full time?", "closing": closing},
        recipient_name="Ms Tanya Robles",
        sender_name="Keisha Barnes",
        company="BrightPath Home Care",
        role="Home Health Aide",
        is_decision_maker=True,
    )


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("Thanks again, can start in 2 weeks.", "I can start in 2 weeks."),
     ("thanks again, can start in 2 weeks", "I can start in 2 weeks."),
     ("Thank you so much, happy to do a trial shift.", "I'm happy to do a trial shift.")],
)  # fmt: skip
def test_the_second_thanks_goes_and_the_step_gets_its_subject(typed, kept):
    draft = _closing_draft(typed)
    assert f"Is the role full time? {kept}" in draft.body
    assert "Thanks again" not in draft.body.split("\n\n")[-2]
    notice = next(n.message for n in draft.notices if n.answer == "closing")
    assert "is left out: your letter already thanks them in its first line" in notice
    assert f"The rest is in your letter: “{kept}”" in notice


def test_a_question_after_the_thanks_gets_no_subject():
    check = _check("closing", "Thanks again, can you let me know?")
    assert check.sentences == ("Thanks again, can you let me know?",)


def test_a_part_after_a_comma_with_does_has_its_verb():
    facts = Facts(names=("Mr Adeyemi", "Sentinel"), recipient="Mr Adeyemi", company="Sentinel")
    typed = ("I would use checkpoint tags the guards must scan every hour, supervisor does "
             "surprise visits at night, and rotate guards every 2 weeks.")  # fmt: skip
    check = check_answer("value_idea", typed, facts=facts)
    assert "has no verb" not in check.message


def test_a_clause_about_a_noun_before_if_is_not_a_new_sentence():
    facts = Facts(names=("Ms Garza", "Walgreens"), recipient="Ms Garza", company="Walgreens")
    typed = "i'd be glad to bring in the rejection code cheat sheet i used if it helps"
    said = " ".join(check_answer("closing", typed, facts=facts).sentences)
    assert "cheat sheet I used if it helps" in said


@pytest.mark.parametrize(
    ("typed", "said"),
    [("I would flood test every flat roof before handover. Plug the outlet and fill it for a "
      "couple of hours.",
      "I would flood test every flat roof before handover. I would plug the outlet and fill it "
      "for a couple of hours."),
     ("I would make a clear checklist for the changeover. Then measure it every day.",
      "I would make a clear checklist for the changeover. Then I would measure it every day."),
     ("I would make a checklist. Then measure time every day and show on the board.",
      "I would make a checklist. Then I would measure time every day and show on the board.")],
)  # fmt: skip
def test_a_later_step_of_the_idea_typed_as_an_order_is_said_with_i_would(typed, said):
    facts = Facts(names=("Pat",), recipient="Pat", company="X")
    assert " ".join(check_answer("value_idea", typed, facts=facts).sentences) == said


@pytest.mark.parametrize(
    "typed",
    [
        "I would set a cut-off. Staff sign off their hours by Friday.",
        "I would set a cut-off. Checks take 5 minutes a day.",
    ],
)
def test_a_later_sentence_with_its_own_subject_stays(typed):
    facts = Facts(names=("Pat",), recipient="Pat", company="X")
    assert " ".join(check_answer("value_idea", typed, facts=facts).sentences) == typed
