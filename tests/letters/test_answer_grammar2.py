"""Grammar blind graders still found carried word for word into drafts (draft_grades8,
users/): a list of gains run together ("fewer falls fewer incident reports"), a chain of
"and"s, "12 years plumbing", "a 15 minutes clean up sweep", "see reduction in losses",
"40+ LED retrofits, 0 callbacks". The step offers the corrected sentence and the letter uses
it, only where a word table or the sentence's shape makes the fix certain; everything else
is kept as typed. The answers are invented in the graders' patterns."""

import pytest

from letters.fragments import FIXED
from tests.letters.letter_helpers import checked, notice_for, said, wizard_draft

# --- a list of gains: commas between its items --------------------------------------------


@pytest.mark.parametrize(
    ("typed", "fixed"),
    [
        (
            "That would mean fewer falls fewer incident reports and less pressure on the grads.",
            "That would mean fewer falls, fewer incident reports and less pressure on the grads.",
        ),
        (
            "That would mean shorter queues and happier customers and better reviews and "
            "probably more sales because people don't walk out",
            "That would mean shorter queues, happier customers, better reviews and probably "
            "more sales because people don't walk out.",
        ),
        (
            "It would mean lower costs and less waste and happier chefs.",
            "It would mean lower costs, less waste and happier chefs.",
        ),
        (
            "That means less overtime more cover on weekends",
            "That means less overtime, more cover on weekends.",
        ),
    ],
)
def test_a_list_of_gains_gets_its_commas(typed, fixed):
    check = checked("value_gain", typed)
    assert check.status == FIXED
    assert "corrected the grammar" in check.message
    assert " ".join(check.sentences) == fixed


@pytest.mark.parametrize(
    "typed",
    [
        "I would bring bread and butter and jam for the staff room.",
        "That would mean fewer falls and less pressure on the grads.",
        "It would mean more and more people come back.",
        "They would feel better more often.",
        "I go in early and check the rota and sign the book.",
        "That would mean fewer falls, fewer incident reports and less pressure.",
    ],
)
def test_a_list_that_needs_no_comma_is_kept(typed):
    assert said("value_gain", typed).rstrip(".") == typed.rstrip(".")


def test_the_draft_carries_the_list_with_commas():
    result = wizard_draft(
        {"value_gain": "That would mean fewer falls fewer incident reports and less pressure."},
        role="Nurse",
        recipient="Dana Whitfield",
        company="Elm Court",
    )
    assert "fewer falls, fewer incident reports and less pressure" in result.body
    assert "corrected the grammar" in notice_for(result, "value_gain").message


# --- a number and its unit before a noun: one hyphenated word -----------------------------


@pytest.mark.parametrize(
    ("key", "typed", "fixed"),
    [
        (
            "value_idea",
            "I would do a 15 minutes clean up sweep before smoko and end of day.",
            "I would do a 15-minute clean-up sweep before smoko and end of day.",
        ),
        (
            "value_idea",
            "I would set up a 2 person station so one does beer and one does cocktails.",
            "I would set up a 2-person station so one does beer and one does cocktails.",
        ),
        (
            "closing",
            "I can put together a 90 day plan for the territory and send it over.",
            "I can put together a 90-day plan for the territory and send it over.",
        ),
        (
            "fit",
            "I worked 12 hour shifts on a 30 bed ward.",
            "I worked 12-hour shifts on a 30-bed ward.",
        ),
    ],
)
def test_a_number_and_unit_before_a_noun_are_hyphenated(key, typed, fixed):
    check = checked(key, typed)
    assert check.status == FIXED
    assert " ".join(check.sentences) == fixed


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("closing", "I can come in 5 minutes early on Monday."),
        ("value_idea", "I would do a sweep 15 minutes before close."),
        ("fit", "I do 3 day shifts and 2 nights a week."),
        ("fit", "I worked there 2 years and 3 months."),
        ("fit", "I have a 2 year old daughter."),
        ("value_idea", "I would check the fridges every 2 hours on a late."),
        ("closing", "I can give them 2 weeks notice on Friday."),
    ],
)
def test_a_number_and_unit_used_as_a_time_are_kept(key, typed):
    assert said(key, typed).rstrip(".") == typed.rstrip(".")


# --- "a" where a table of countable nouns makes it certain --------------------------------


@pytest.mark.parametrize(
    ("key", "typed", "fixed"),
    [
        (
            "value_problem",
            "You mentioned very long queue in the morning from 7 to 9, and customers leave",
            "You mentioned a very long queue in the morning from 7 to 9, and customers leave.",
        ),
        (
            "fit",
            "I make checklist for every toilet and kitchen and sign each time.",
            "I make a checklist for every toilet and kitchen and sign each time.",
        ),
        (
            "value_gain",
            "The client will see reduction in losses and have good evidence for police",
            "The client will see a reduction in losses and have good evidence for police.",
        ),
    ],
)
def test_a_missing_a_before_a_countable_noun_is_put_in(key, typed, fixed):
    check = checked(key, typed)
    assert check.status == FIXED
    assert " ".join(check.sentences) == fixed


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("value_gain", "The client will see a big reduction in losses."),
        ("value_gain", "The client will see the reduction in losses."),
        ("value_problem", "You mentioned queue times in the morning are long."),
        ("fit", "I make checklists for every toilet and kitchen."),
        ("value_gain", "They will see less waste and fewer complaints."),
    ],
)
def test_no_a_is_put_where_the_noun_is_not_certain(key, typed):
    assert said(key, typed).rstrip(".") == typed.rstrip(".")


# --- "12 years plumbing": "12 years of plumbing experience" -------------------------------


@pytest.mark.parametrize(
    ("typed", "fixed"),
    [
        (
            "I have 12 years plumbing and I'm fully licensed for gas and drainage.",
            "I have 12 years of plumbing experience and I'm fully licensed for gas and drainage.",
        ),
        (
            "I have done 5 years retail security in Tesco and Primark.",
            "I have done 5 years of retail security in Tesco and Primark.",
        ),
    ],
)
def test_years_of_a_trade_get_of(typed, fixed):
    check = checked("fit", typed)
    assert check.status == FIXED
    assert " ".join(check.sentences) == fixed


@pytest.mark.parametrize(
    "typed",
    [
        "I have 3 years' experience in retail.",  # "years experience": round 15 mends it
        "I have 2 years left on my visa.",
        "I have done 5 years in retail security.",
        "I have 8 years as a nurse on nights.",
        "I have 2 years old twins.",
    ],
)
def test_years_that_need_no_of_are_kept(typed):
    assert "years of" not in said("fit", typed)


# --- "0 callbacks" after a comma: "with no callbacks" ------------------------------------


def test_a_zero_after_a_comma_is_said_with_no():
    check = checked("fit", "I did 40+ LED retrofits, 0 callbacks last year.")
    assert check.status == FIXED
    assert " ".join(check.sentences) == "I did 40+ LED retrofits, with no callbacks last year."


@pytest.mark.parametrize(
    "typed",
    ["I had 0 callbacks last year.", "We went from 6 falls a month to 0, with 2 agency staff."],
)
def test_a_zero_not_after_a_comma_is_kept(typed):
    assert "with no" not in said("fit", typed)


def test_years_of_two_trades_say_no_experience_between_them():
    assert "I have 6 years of hospital and retail security at the airport" in said(
        "fit", "I have 6 years hospital and retail security at the airport."
    )


def test_zero_after_a_comma_is_said_with_zero():
    typed = "I have spent 8 years driving grain trains out of Narrabri, zero SPADs."
    assert said("fit", typed) == typed.replace("zero", "with zero")


def test_a_noun_before_the_countable_noun_takes_the_a_too():
    assert said("value_idea", "I would keep rejection log weekly and check it with the ward.") == (
        "I would keep a rejection log weekly and check it with the ward."
    )


# --- hints where the mend is not certain --------------------------------------------------


def test_years_and_a_trade_run_on_get_a_hint():
    check = checked("fit", "I have 8 years med surg mostly nights and I do charge nurse 3 nights.")
    assert "years of" not in " ".join(check.sentences)
    assert "“8 years med surg” reads like a note" in check.message
    assert "“8 years of med surg experience”" in check.message


def test_a_verbless_list_after_a_comma_gets_a_hint():
    check = checked("fit", "I have counterbalance and reach licence, 9 years, no accidents.")
    assert check.sentences == ("I have counterbalance and reach licence, 9 years, no accidents.",)
    assert "“9 years, no accidents” after a comma has no verb" in check.message
    assert "“… licence, with 9 years and no accidents.”" in check.message


@pytest.mark.parametrize(
    "typed",
    [
        "I have 5 years plumbing experience and I'm fully licensed.",
        "I have 8 years driving code 14 with no accidents.",
        "I have 9 years cleaning, the last 3 as night supervisor.",
        "I have a forklift licence, 9 years ago, no accidents.",
    ],
)
def test_no_hint_where_the_years_or_the_list_read_well(typed):
    message = checked("fit", typed).message
    assert "reads like a note" not in message
    assert "after a comma has no verb" not in message


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("fit", "I have 4 years working in retail."),
        ("value_gain_detail", "It took 3 man hours per job."),
        ("fit", "We had 0 complaints, 0 callbacks."),
        ("closing", "I have log in details for the portal already."),
    ],
)
def test_these_read_well_as_typed(key, typed):
    assert said(key, typed) == typed


def test_with_a_checklist():
    assert said("value_idea", "I would do a walk-through with checklist and photos on phone.") == (
        "I would do a walk-through with a checklist and photos on phone."
    )
