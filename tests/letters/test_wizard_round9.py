"""What a user sees at a step for what the simulated users of the eighth blind round named
(issue 19): everyday short forms asked about as letters or left as typed. The answers are
invented."""

import re

import pytest

from tests.letters.letter_helpers import notices_text, wizard_draft


def draft(answers, *, role="Care Assistant", recipient="Dana Whitfield", company="Elm Court"):
    return wizard_draft(answers, role=role, recipient=recipient, company=company)


shown = notices_text


# --- short forms: spelled out, or left alone, never asked about as letters --------------


@pytest.mark.parametrize(
    ("answer", "typed", "asked"),
    [
        ("connection", "my nan kept chickens just like your mum did", "NAN?"),
        ("value_idea", "i would sort the med trolley before the night round", "MED?"),
    ],
)
def test_everyday_words_are_not_asked_about_as_letters(answer, typed, asked):
    result = draft({answer: typed, "value_problem": "night rounds run late"})
    assert asked not in shown(result, answer)


@pytest.mark.parametrize(
    ("answer", "typed", "spelled"),
    [
        ("value_idea", "i would check the high risk pts every hour on nights", "patients"),
        ("closing", "i can do a trial shift fri night", "Friday"),
        ("closing", "can do a trial shift fri nite", "Friday night"),
        ("connection", "we both coach junior rugby, hes a prop and so was i", "He's"),
        ("value_gain_detail", "a late round is half a day 4 2 carers on overtime", "for 2 carers"),
    ],
)
def test_short_forms_are_spelled_out(answer, typed, spelled):
    result = draft({answer: typed, "value_problem": "night rounds run late"})
    assert spelled in result.body or spelled in shown(result, answer)


def test_pts_after_a_figure_are_points():
    result = draft({"value_gain_detail": "we went up 12 pts on the audit score in a year"})
    assert "12 points" in result.body + shown(result, "value_gain_detail")


# --- examples and fixes the steps offer read as English -----------------------------------


@pytest.mark.parametrize(
    ("answer", "typed", "garbled"),
    [
        ("value_gain", "The van is ready sooner and less customers ring up.", "would i"),
        ("value_gain", "Rota is quicker and fewer shifts go empty.", "would i"),
        (
            "connection",
            "You mentioned you grew up in Cork, and I told you about my trip to Kerry and "
            "how much I loved the cliffs.",
            "much. I",
        ),
        (
            "value_gain",
            "That should mean you pass the fire audit first time and the fines stop.",
            "mean. You",
        ),
        ("value_problem", "to much overtime and residents unsettled by new faces", "being to"),
        ("value_idea", "i would put one person on the phones at busy times", "an one"),
        ("connection", "we talked bout the rugby lol u said ur a munster fan", "about bout"),
    ],
)
def test_an_example_offered_is_not_garbled(answer, typed, garbled):
    result = draft({answer: typed, "value_problem": "night rounds run late"} | {answer: typed})
    assert garbled not in shown(result, answer)


def test_a_gain_said_as_is_becomes_would_be():
    result = draft({"value_gain": "The van is ready sooner and less customers ring up."})
    assert "would be ready sooner" in shown(result, "value_gain")


INVENTED = [
    {
        "connection": "we talked bout the cricket lol u said ur a Yorkshire fan",
        "fit": ["6 yrs on the tools", "i ran a crew of 4 on new builds"],
        "value_problem": "to much rework on second fix and clients ringing about snags",
        "value_idea": "i would put one person on snag checks before handover",
        "value_gain": "Handover is cleaner and fewer clients ring back.",
        "value_gain_detail": "each snag visit is half a day 4 2 guys",
        "question": "who signs off the snag list now",
        "closing": "i can start in 2 wks",
    },
    {
        "connection": "You mentioned you grew up in Leeds, and I told you about my time there "
        "and how much I missed the markets.",
        "fit": ["I have 8 years in aged care.", "I ran the night shift at Rosewood."],
        "value_problem": "Residents are unsettled by agency staff on nights.",
        "value_idea": "I would train the newer carers so they can cover more nights.",
        "value_gain": "That should mean you use less agency and residents see the same faces.",
        "value_gain_detail": "Agency is about £28 an hour, so a few shifts a week adds up.",
        "question": "How many nights a week do you use agency now?",
        "closing": "I can do a trial night shift next week.",
    },
    {
        "connection": "we both grew up in Enugu, we talked about our school days",
        "fit": ["5 years security in retail", "i wrote the incident reports at my last site"],
        "value_problem": "shoplifting rising and reports to the client not detailed",
        "value_idea": "i would write a daily report with times and photos for the client",
        "value_gain": "Client is happy and the contract is safer.",
        "value_gain_detail": "at my last site thefts went from 20 a month to 8",
        "question": "what does the client want in the reports",
        "closing": "i can start monday",
    },
]


def _quoted(text):
    return re.findall(r"“([^”]*)”", text)


@pytest.mark.parametrize("answers", INVENTED)
def test_no_example_or_fix_the_wizard_offers_is_garbled(answers):
    result = draft(answers)
    offered = [q for n in result.notices for q in _quoted(n.message)] + [
        n.fix for n in result.notices if n.fix
    ]
    for text in offered:
        low = text.lower()
        assert not re.search(r"\b(\w+) \1\b", low), text
        assert not re.search(r"\w would i\b", low.replace("or would i", "")), text
        assert " mean." not in low and " an one " not in low, text


# --- the wizard's own fix, typed back, is used as written --------------------------------


@pytest.mark.parametrize("answers", INVENTED)
def test_a_fix_typed_back_is_used_as_written(answers):
    result = draft(answers)
    for notice in result.notices:
        if not notice.fix or notice.answer not in answers:
            continue
        typed = dict(answers)
        if notice.answer == "fit":
            typed["fit"] = list(answers["fit"])
            typed["fit"][notice.number - 1] = notice.fix
        else:
            typed[notice.answer] = notice.fix
        again = shown(draft(typed), notice.answer, notice.number)
        if "to make it read better:" in again:  # a hint it gave the first time is no new one
            assert again.split("to make it read better:")[1] in notice.message, again
        else:
            assert "used as you wrote it" in again.lower(), (notice.fix, again)


@pytest.mark.parametrize(
    "typed",
    [
        "5 years cleaning schools and also one gym in Leeds, I know the COSHH rules",
        "6 years of experience in care, 2 as a senior, I do the medication rounds",
    ],
)
def test_the_wizards_own_sentence_typed_back_is_not_run_together(typed):
    result = draft({"fit": [typed, "I ran the night shift at Rosewood."]})
    offered = next(n.fix for n in result.notices if n.answer == "fit" and n.number == 1)
    assert ", and I " in offered
    again = draft({"fit": [offered, "I ran the night shift at Rosewood."]})
    assert shown(again, "fit", 1).endswith("Used as you wrote it.")


# --- a forecast of what they would gain is not asked for as a past result -----------------


@pytest.mark.parametrize(
    "typed",
    [
        "Maybe 10 To 15 Minutes Off Each Callout Within A Month",
        "if 2 more callouts/wk get booked thats about £300 a week extra",
        "could save 4-5 hrs a week on the rota",
        "maybe cut no-shows to 2-3 a week",
    ],
)
def test_a_forecast_note_is_not_asked_for_as_a_past_result(typed):
    result = draft({"value_gain_detail": typed})
    message = shown(result, "value_gain_detail")
    assert "At my last job" not in message
