"""Splits and subjects put back that garbled a sentence in set AC (AC02, AC12, AC13, AC15,
AC16).

"… or anything I find that needs them" was split into "… or anything. I find that needs
them."; "…, next time she farrow we watch more careful" was shown split as "…, next time
she farrow. We watch more careful."; "2 years in Dublin, actually I am working …" left
"actually" at the end of the first sentence; "Raised on a cow-calf ranch" became "I raised
on a cow-calf ranch."; "Hannah thanks Joanne and Mark … and looks forward …" became "I
thank … and looks forward …", and Joanne, the reader, was left spoken of in the third
person with no notice. The other sentences are invented, from other trades, in the same
shapes; the negative cases must stay as typed."""

import pytest

from letters.fragments import Facts, check_answer
from tests.letters.letter_helpers import checked_plain, said_plain

# --- a clause about "anything", "everything": no stop before its "I" -----------------


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [
        (
            "value_idea",
            "I'd take the routine dental work off the vets and set up a yearly dental round "
            "where we ring every yard and book all their horses in the one visit, grouped by "
            "area so one day is Kildare town and the Curragh and another is Naas and Clane, "
            "and the vet only comes out for the sedation cases or anything I find that needs "
            "them",
            "or anything I find that needs them.",
        ),
        (
            "value_idea",
            "I would do the routine jobs myself and the electrician only comes in for "
            "anything I find that needs a certificate",
            "anything I find that needs a certificate",
        ),
        (
            "fit",
            "I log everything I fit on the job sheet and the office bills from that",
            "everything I fit on the job sheet",
        ),
        (
            "value_idea",
            "I would photograph the boards I cut and the customer gets a copy of everything "
            "I measure",
            "everything I measure",
        ),
        (
            "fit",
            "I kept a record of every job I did and my manager used it for quotes",
            "every job I did",
        ),
        (
            "value_idea",
            "I would check the horses I treat every month and the vet only sees the ones I flag",
            "the horses I treat every month",
        ),
    ],
)
def test_a_clause_about_a_pronoun_is_not_split(key, typed, kept):
    check = checked_plain(key, typed)
    assert kept in " ".join(check.sentences)
    assert ". I " not in check.message.replace(". I would", "")  # no example split there


def test_anything_i_find_is_not_split_in_the_example():
    check = checked_plain(
        "value_idea",
        "I would do the routine jobs myself, and the electrician only comes in for the "
        "board changes or anything I find that needs a certificate",
    )
    assert "anything. I find" not in check.message
    assert "anything I find" in " ".join(check.sentences)


def test_a_noun_and_a_new_subject_are_still_run_together():
    check = checked_plain("connection", "You like roses I told you about my grandpa's garden")
    assert "You like roses. I told you" in check.message


# --- "next time …", "actually …": the lead goes with the clause after it ---------------


@pytest.mark.parametrize(
    "typed",
    [
        "I will make extra check in night time for first 3 day after farrowing, and put heat "
        "mat in good position so piglet stay away from sow. Also I write on sow card which "
        "sow is clumsy, next time she farrow we watch more careful.",
        "I would note which boiler is old on the job card, next time it breaks we bring the "
        "right part.",
        "I would write the allergy on the guest card, every time they book we prepare the plate.",
        "I would mark the slow payers on the list, each time they order we ask for a deposit.",
    ],
)
def test_no_stop_after_a_next_time_clause(typed):
    check = checked_plain("value_idea", typed)
    for tail in ("farrow. We", "breaks. We", "book. We", "order. We"):
        assert tail not in check.message
        assert tail not in " ".join(check.sentences)


@pytest.mark.parametrize(
    ("typed", "first", "second"),
    [
        (
            "2 years in Dublin, actually I am working in a pizzeria in Smithfield with "
            "neapolitan oven",
            "in Dublin.",
            "Actually I am working in a pizzeria",
        ),
        (
            "3 years in Lyon, actually I am working in a bakery in Villeurbanne on the night shift",
            "in Lyon.",
            "Actually I am working in a bakery",
        ),
        (
            "4 years at a garage in Porto, currently I am working at a tyre centre in Cork",
            "in Porto.",
            "Currently I am working",
        ),
    ],
)
def test_a_sentence_adverb_opens_the_second_sentence(typed, first, second):
    said = said_plain("fit", typed)
    assert first in said
    assert second in said
    assert ", actually." not in said and "actually." not in said.lower()


def test_an_adverb_in_the_example_goes_with_what_follows():
    check = checked_plain("fit", "I worked in a care home for 2 years, honestly I loved the nights")
    assert "honestly." not in check.message.lower()


# --- a past participle done to the user: "I was raised", never "I raised" -------------


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Raised on a cow-calf ranch", "I was raised on a cow-calf ranch."),
        ("Brought up on a dairy farm", "I was brought up on a dairy farm."),
        ("reared on a sheep farm in Wales", "I was reared on a sheep farm in Wales."),
        ("Raised in a fishing family in Killybegs", "I was raised in a fishing family"),
    ],
)
def test_a_participle_done_to_the_user_gets_was(typed, said):
    assert said in said_plain("fit", typed)


@pytest.mark.parametrize(
    "typed",
    ["born in Cork and trained in Limerick", "Born and raised in Galway"],
)
def test_born_is_never_said_without_was(typed):
    said = said_plain("fit", typed)
    assert "I born" not in said and "I raised" not in said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("raised £4,000 for the hospice", "I raised £4,000 for the hospice."),
        ("brought 40 clients with me", "I brought 40 clients with me."),
        ("trained 6 new pickers on the scanners", "I trained 6 new pickers"),
    ],
)
def test_a_past_verb_the_user_did_keeps_i(typed, said):
    assert said in said_plain("fit", typed)


# --- the writer named: every verb of the switched subject agrees with "I" --------------


def _closing(typed, *, sender, recipient, decision_maker=True):
    facts = Facts(
        names=(recipient, sender),
        recipient=recipient,
        sender=sender,
        decision_maker=decision_maker,
    )
    return check_answer("closing", typed, facts=facts)


@pytest.mark.parametrize(
    ("sender", "recipient", "typed", "said"),
    [
        (
            "Hannah Price",
            "Joanne Fletcher",
            "Hannah thanks Joanne and Mark for their time and looks forward to hearing from them.",
            "I thank Joanne and Mark for their time and look forward to hearing from them.",
        ),
        (
            "Dana Reyes",
            "Linda Hall",
            "Dana thanks Linda and Carl for the tour and looks forward to the next step.",
            "I thank Linda and Carl for the tour and look forward to the next step.",
        ),
        (
            "Tomasz Nowak",
            "Gary Whitlock",
            "Tomasz thanks Gary and Priya for the site visit and hopes to hear back soon.",
            "I thank Gary and Priya for the site visit and hope to hear back soon.",
        ),
        (
            "Aisha Bello",
            "Ruth Kane",
            "Aisha thanks Ruth for her time and looks forward to hearing from her.",
            "I thank you for your time and look forward to hearing from you.",
        ),
    ],
)
def test_every_verb_of_the_writer_agrees_with_i(sender, recipient, typed, said):
    check = _closing(typed, sender=sender, recipient=recipient)
    assert " ".join(check.sentences) == said
    assert "looks forward" not in check.message and "hopes to" not in check.message


def test_the_reader_thanked_by_name_gets_a_notice_to_a_recruiter_too():
    check = _closing(
        "Hannah thanks Joanne and Mark for their time and looks forward to hearing from them.",
        sender="Hannah Price",
        recipient="Joanne Fletcher",
        decision_maker=False,
    )
    assert "“Joanne” is the reader" in check.message


@pytest.mark.parametrize(
    "typed",
    [
        "I thank you and Priya for the site visit.",
        "Thanks for the site visit, I look forward to hearing from you.",
    ],
)
def test_the_reader_as_you_gets_no_notice(typed):
    check = _closing(typed, sender="Tomasz Nowak", recipient="Gary Whitlock")
    assert "is the reader" not in check.message


def test_a_noun_after_and_stays():
    check = _closing(
        "Dana appreciates the time and is happy to start on Monday.",
        sender="Dana Reyes",
        recipient="Linda Hall",
    )
    assert " ".join(check.sentences) == "I appreciate the time and am happy to start on Monday."
