"""Issue 19, precision: what a careful writer does that looks like a capping problem.

A capping finding (65/50/20) sinks a strong letter, so it fires only on unambiguous
evidence. Each case here is an ordinary habit of a good writer that resembles a real
problem: a regional greeting, an acronym that spells a text-speak word, an elliptical
apology, a subject naming the topic's people, the writer's past at another firm. Every
name and sentence is invented for this file: none comes from a graded set. The real
problems they resemble stay caught (the last tests).
"""

import pytest

from tests.letters.test_quality import MOMENT, QUESTION, RESULT_ELSEWHERE, check, letter

CAPPING = {
    "fragment", "lower_case", "name_case", "title_case", "text_speak", "placeholder",
    "pasted_note", "wrong_role", "wrong_day", "wrong_name", "other_company", "signature",
    "missing_name", "generic_greeting",
}  # fmt: skip


def _capping(**overrides) -> list[str]:
    report = check(other_companies=[], **overrides)
    return [f.code for f in report.findings if f.code in CAPPING or f.cap is not None]


def _with(sentence: str) -> str:
    return letter(moment=f"{MOMENT} {sentence}")


GREETINGS = ["G'day Maria,", "Kia ora Maria,", "Howdy Maria,", "Morning Maria,",
             "Hiya Maria,", "Good day Maria,", "Evening Maria,", "Dia dhuit Maria,",
             "Aloha Maria,", "Hey there Maria,"]  # fmt: skip


@pytest.mark.parametrize("greeting", GREETINGS)
def test_a_regional_or_casual_greeting_with_the_name_greets_by_name(greeting):
    assert _capping(body=letter(greeting=greeting)) == []


ACRONYMS = [
    "Do your clients want the full IMO format, or the short summary?",
    "I volunteer with LOL, the Ledger Operators League, on Saturdays.",
    "The OMG specification for UML came up in my last audit.",
    "I can send the sketch ASAP if that helps.",
    "Our BTW returns (Dutch VAT) ran through the same queue.",
    "The IDK code on each payout names the issuing bank.",
]


@pytest.mark.parametrize("sentence", ACRONYMS)
def test_an_acronym_that_spells_text_speak_in_capitals_is_no_text_speak(sentence):
    assert _capping(body=_with(sentence)) == []


ELLIPTICAL = [
    "Sorry they were all out on the floor, though I gather that was the point.",
    "Shame it rained during the tour of the yard.",
    "Good to meet the team.",
    "Glad the demo worked in the end.",
    "Pity the printer jammed halfway through.",
    "Lucky we finished before the fire drill.",
]


@pytest.mark.parametrize("sentence", ELLIPTICAL)
def test_an_elliptical_apology_or_exclamation_is_a_sentence(sentence):
    assert _capping(body=_with(sentence)) == []


TOPIC_SUBJECTS = [
    "Driver overtime - a capture cut-off and checklist",
    "Nurse rota gaps and a fix for the weekend",
    "Technician callouts: cutting the repeat visits",
    "Cashier shortfalls at close - one idea",
    "Engineer handover notes for the invoice job",
]


@pytest.mark.parametrize("subject", TOPIC_SUBJECTS)
def test_a_subject_naming_the_topics_people_is_no_wrong_role(subject):
    assert _capping(subject=subject) == []


WRITERS_PAST = [
    "Two things I'd bring from my time at Harbour Lane: a weekly review and a leftover list.",
    "From my years at Tallis Freight I'd bring a habit of checking the queue daily.",
    "When I was at Orchard Row we cleared the same backlog in a month.",
    "Corvane taught me to check the leftovers before anyone asks.",
    "I'd bring what my stint at Millrace Foods taught me about month-end.",
    "Something I'd carry over from my days at Quarry Lane: one owner per queue.",
    "As at Harbour Lane, I'd start by costing every dish.",
    "I'd happily share the template we used at Harbour Lane.",
    "What I'd borrow from Harbour Lane is the weekly review.",
]


@pytest.mark.parametrize("sentence", WRITERS_PAST)
def test_the_writers_past_at_another_firm_is_no_copy_paste(sentence):
    assert _capping(body=_with(sentence)) == []


# --- the real problems they resemble stay caught ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("thx for ur time lol, it was gr8.", "text_speak"),
        ("I'd love to bring the same job to the team at Corvane.", "other_company"),
        ("Sorry.", None),
    ],
)
def test_the_real_problems_stay_caught(sentence, code):
    found = _capping(body=_with(sentence))
    assert (code in found) if code else True


def test_a_greeting_to_someone_else_stays_wrong_and_no_greeting_stays_missing():
    assert "wrong_name" in _capping(body=letter(greeting="G'day Priya,"))
    assert "missing_name" in _capping(body=letter(greeting="G'day,"))


def test_a_subject_naming_another_role_stays_wrong():
    assert "wrong_role" in _capping(subject="Data Analyst - an idea for the invoice backlog")


# --- an idea hedged twice is a sketch, once is an idea -----------------------------------


def _codes(**overrides) -> list[str]:
    return [f.code for f in check(other_companies=[], **overrides).findings]


def test_an_idea_hedged_once_is_still_an_idea():
    idea = (
        "I wonder if a nightly job that pairs payouts with invoices by amount and reference "
        "would clear most of the two days for the finance team."
    )
    assert "no_value_offer" not in _codes(body=letter(idea=idea, ask=QUESTION))


def test_an_idea_hedged_again_in_its_own_sentence_is_only_a_sketch():
    idea = (
        "I wonder if there might be ways to make the payout matching easier for the finance "
        "team, maybe a nightly job or something."
    )
    body = letter(result=RESULT_ELSEWHERE, idea=idea, ask=QUESTION)
    assert "no_value_offer" in _codes(body=body)


# --- second round: other capping rules' look-alikes ------------------------------------

SECOND_ROUND = [
    "The Holidays Act and the Employment Relations Act both apply.",
    "The two rules both apply.",
    "e.g. the refunds were matched by hand.",
    "The export says 'payed' [sic] on every line.",
    "Sorry to hear about the flood in the server room.",
    "Sorry to miss the second half of the tour.",
]


@pytest.mark.parametrize("sentence", SECOND_ROUND)
def test_an_ordinary_sentence_that_resembles_a_capped_problem_is_not_capped(sentence):
    assert _capping(body=_with(sentence)) == []


@pytest.mark.parametrize(
    ("greeting", "recipient"),
    [("Hi Liz,", "Elizabeth Gonzalez"), ("Hi Mike,", "Michael Chen"), ("Hi Tom,", "Thomas Reid"),
     ("Hi Bob,", "Robert Lane"), ("Dear Kate,", "Katherine Moss")],
)  # fmt: skip
def test_a_short_form_of_the_recipients_name_is_told_without_a_cap(greeting, recipient):
    report = check(other_companies=[], body=letter(greeting=greeting), recipient_name=recipient)
    assert [(f.code, f.cap) for f in report.findings] == [("wrong_name", None)]


@pytest.mark.parametrize(
    ("greeting", "recipient"),
    [("Dear Caroline,", "Catherine Moore"), ("Hi Tom,", "Maria Gonzalez"),
     ("Hi Sam,", "Michael Chen")],
)  # fmt: skip
def test_another_name_in_the_greeting_stays_capped(greeting, recipient):
    report = check(other_companies=[], body=letter(greeting=greeting), recipient_name=recipient)
    assert [(f.code, f.cap) for f in report.findings] == [("wrong_name", 20)]


def test_a_real_placeholder_and_a_real_lower_case_start_stay_caught():
    assert "placeholder" in _capping(body=_with("I'd bring the sketch to [Company Name]."))
    assert "lower_case" in _capping(body=_with("the refunds were matched by hand."))
    assert "fragment" in _capping(body=_with("Reduced overtime by 20% at Brightpath."))


@pytest.mark.parametrize(
    ("greeting", "signature"),
    [("Kia ora Maria,", "Ngā mihi,\nDaniel Reyes"),
     ("Dia dhuit Maria,", "Go raibh maith agat,\nDaniel Reyes\nCPA"),
     ("G'day Maria,", "Hooroo,\nDaniel Reyes")],
)  # fmt: skip
def test_a_greeting_or_sign_off_in_the_writers_own_language_is_no_misspelling(greeting, signature):
    assert _codes(body=letter(greeting=greeting, signature=signature)) == []


# --- tone: a denial is not the thing denied --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I know the backlog isn't your fault; it grew before you joined.",
        "I'm not desperate to leave my current job, but this one excites me.",
        "I'm never desperate for work in winter, as the snow jobs keep me busy.",
    ],
)
def test_a_denial_that_clears_the_reader_or_the_writer_is_no_tone_problem(sentence):
    assert _capping(body=_with(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("It was not my fault that the close ran late at my last job.", "blame"),
        ("I'm desperate for this job and will do anything.", "begging"),
    ],
)
def test_the_tone_problems_they_resemble_stay_caught(sentence, code):
    assert code in _capping(body=_with(sentence))


# --- a result told by a fraction or a factor -----------------------------------------


@pytest.mark.parametrize(
    "result",
    [
        "At my last firm this cut the payout backlog by more than half in the first month.",
        "At Brightpath the unmatched payouts fell by about a third once I built the job.",
        "At Brightpath I built the matching job, and unmatched payouts roughly halved in a month.",
        "At Brightpath I built a nightly matching job. Month-end overtime basically stopped.",
    ],
)
def test_a_result_told_as_a_fraction_or_a_factor_reminds_them_of_a_result(result):
    assert "no_skill_reminder" not in _codes(body=letter(result=result))


@pytest.mark.parametrize("signature", ["Cheers,\nDan", "Thanks,\nDanny", "Best,\nDan R."])
def test_signing_with_the_short_form_of_ones_own_name_is_no_wrong_signature(signature):
    assert _codes(body=letter(signature=signature), sender="Daniel Reyes") == []


def test_signing_with_another_name_stays_wrong():
    assert "wrong_signature" in _capping(
        body=letter(signature="Cheers,\nSarah"), sender="Daniel Reyes"
    )


# A review of this round's tone rules found polite sentences they capped (2026-12-06).
POLITE = [
    "I'd love to hear more about the other roles in the company too.",
    "Let me know by Friday if you'd like me to move our call.",
    "It was good to meet the crew there; the weather was awful.",
    "Honestly, you were so kind after my awful week.",
]


@pytest.mark.parametrize("sentence", POLITE)
def test_a_polite_sentence_with_a_tone_word_in_it_is_no_tone_problem(sentence):
    report = check(other_companies=[], body=_with(sentence))
    assert [f.code for f in report.findings if f.cap is not None] == []


IMPOLITE = [
    "I have another job offer, so a quick answer would help.",
    "If I don't hear back by Friday I'll assume it's a no and move on.",
    "Honestly, your rota is a mess.",
]


@pytest.mark.parametrize("sentence", IMPOLITE)
def test_the_tone_problems_those_words_belong_to_stay_caught(sentence):
    report = check(other_companies=[], body=_with(sentence))
    assert [f.code for f in report.findings if f.cap is not None] != []


def test_a_trip_away_for_two_weeks_is_no_apology_for_writing_late():
    sentence = "Sorry, I'm away for two weeks from Monday, so a call this week works best."
    assert "late_apology" not in [f.code for f in check(body=_with(sentence)).findings]
    late = "Sorry this is coming a fortnight after our chat."
    assert "late_apology" in [f.code for f in check(body=_with(late)).findings]


@pytest.mark.parametrize(
    ("greeting", "capped"),
    [("Hi Mike,", False), ("Hi Liz,", False), ("Hi Sam,", True), ("Hi Mia,", True)],
)
def test_only_a_real_short_form_of_the_name_is_let_off_the_wrong_name_cap(greeting, capped):
    name = "Elizabeth Lee" if greeting == "Hi Liz," else "Michael Lee"
    name = "Sarah Lee" if greeting == "Hi Sam," else name
    report = check(other_companies=[], body=letter(greeting=greeting), recipient_name=name)
    wrong = [f for f in report.findings if f.code == "wrong_name"]
    assert wrong and (wrong[0].cap is not None) == capped


def test_a_short_form_signature_is_read_past_the_senders_title():
    body = letter(signature="Best,\nDan")
    assert "wrong_signature" not in [
        f.code for f in check(body=body, sender="Dr Daniel Reyes").findings
    ]
    body = letter(signature="Best,\nDave")
    assert "wrong_signature" in [
        f.code for f in check(body=body, sender="Dr Daniel Reyes").findings
    ]
