"""What a user sees at a step for what the simulated users of the eighth blind round still
named after round 9 (issue 19): everyday words asked about as names or letters, garbled
examples, a fix that the next round complains about, and a connection typed as a clause
with no main clause. The answers are invented unless a blind set is named."""

import json
import re
from pathlib import Path

import pytest

from letters.assembly import check_answers
from letters.fragments import FIXED, USED, Facts, check_answer
from letters.trades import trade_for
from tests.letters.letter_helpers import notices_text, wizard_draft

BLIND = Path(__file__).parent / "blind"


def draft(answers, *, role="Bartender", recipient="Ryan Mcbride", company="The Crown"):
    return wizard_draft(answers, role=role, recipient=recipient, company=company)


shown = notices_text


# --- 1. everyday words are not asked about as names or letters ---------------------------


@pytest.mark.parametrize(
    ("answer", "typed", "asked"),
    [
        ("closing", "i can come in for a trial shift fri if that works", "FRI?"),
        ("connection", "my sis works there too and she said it was fab", "FAB?"),
        ("connection", "my sis works there too and she said it was fab", "“sis”"),
        ("value_idea", "i would check obs every hour on the high risk pts", "“obs”"),
        ("connection", "we talked about allotments and my nan had one too", "NAN?"),
        ("fit", "i have 8 yrs med surg mostly nights and i do charge nurse", "MED?"),
    ],
)
def test_everyday_words_are_not_asked_about(answer, typed, asked):
    typed_in = [typed] if answer == "fit" else typed
    result = draft({answer: typed_in})
    assert asked not in shown(result, answer, 1 if answer == "fit" else 0)


def test_a_day_after_a_shift_is_spelled_out():
    result = draft({"closing": "i can come in for a trial shift fri if that works"})
    assert "trial shift Friday if that works" in result.body + shown(result, "closing")


@pytest.mark.parametrize(
    ("answer", "typed", "hour"),
    [
        ("value_gain", "that would mean faster service n more rounds sold per hr", "per hour"),
        ("value_gain", "faster service n more rounds sold per hr", "per hour"),
        ("value_gain_detail", "agency is about £28 an hr so a few shifts adds up", "£28 an hour"),
        ("value_gain_detail", "i reckon we could save half an hr a day", "half an hour"),
    ],
)
def test_hr_as_an_hour_is_spelled_out_not_capitalised(answer, typed, hour):
    result = draft({answer: typed})
    seen = result.body + shown(result, answer)
    assert hour in seen
    assert " HR" not in seen


def test_hr_the_department_keeps_its_capitals():
    result = draft({"fit": ["i have 6 years in hr at a big factory"]})
    assert "HR" in result.body + shown(result, "fit", 1)


# --- 2. examples offered read as English --------------------------------------------------


def test_a_gain_starting_with_a_verb_is_said_with_you():
    result = draft({"value_gain": "pass the audits and less time lost looking for gear"})
    message = shown(result, "value_gain")
    assert "mean pass" not in message
    assert "you pass the audits" in message


# --- 3. a forecast said with I or we and a figure is used as it is -------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "i reckon we could cut the wait to 3-4 mins at peak",
        "I think that could take 2 to 3 points off food cost",
        "I reckon if even 3-4 more jobs a week get accepted, that's roughly $2k-$3k a week extra.",
    ],
)
def test_a_forecast_with_i_or_we_is_not_asked_for_as_a_past_result(typed):
    result = draft({"value_gain_detail": typed})
    message = shown(result, "value_gain_detail")
    assert "At my last job" not in message
    assert "reads as a note" not in message
    figure = re.search(r"\d+(?:-\d+| to \d+)", typed).group()
    assert figure in result.body


# --- 4. the wizard's own fix, checked again, gives no new complaint ------------------------


def _answer_sets():
    return sorted(BLIND.glob("*/answers/*.json")) + sorted(BLIND.glob("answers/*.json"))


def _facts(data):
    recipient, company = data.get("recipient", ""), data.get("company", "")
    return Facts(
        names=(recipient, data.get("sender", "")),
        company=company,
        recipient=recipient,
        sender=data.get("sender", ""),  # as the app has it: the writer named is "I"
        seed="3",
        trade=trade_for(data.get("role", ""), company).key,
    )


COMPLAINTS = ("run together", "reads as a note")
TOO_LONG = "cannot split it without changing your words"


def unstable_fixes(*, strict=False):
    """Every fix the wizard offers for the blind answer sets that, checked again, is left
    out, comes back with other sentences, or draws a "run together" or "reads as a note"
    complaint: the first notice did not make (``strict``: at all)."""
    broken = []
    for path in dict.fromkeys(_answer_sets()):
        data = json.loads(path.read_text())
        facts = _facts(data)
        for check in check_answers(data.get("answers") or {}, facts=facts):
            if not check.fix or not check.used:
                continue  # left out with the idea ("nothing to change here"): no fix shown
            again = check_answer(check.key, check.fix, facts=facts, number=check.number)
            said = [c for c in COMPLAINTS if c in again.message]
            new = said if strict else [c for c in said if c not in check.message]
            if TOO_LONG in again.message and not strict:
                continue  # the next test's: a sentence the split left over 35 words
            if (
                again.status not in (USED, FIXED)
                or new
                or " ".join(again.sentences) != " ".join(check.sentences)
            ):
                broken.append((path.name, check.key, check.fix, again.message))
    return broken


def test_a_fix_checked_again_is_stable():
    broken = unstable_fixes()
    # F09: a list the next round splits. (G11's "as soon as its aproved" is "it's" the
    # first time now, so it is stable.)
    assert len(broken) <= 1, "\n".join(map(str, broken))


@pytest.mark.xfail(
    reason="left: a long answer split once whose part is still over 35 words is used, "
    "yet typed back is left out as too long (D05, D11, D15, G05, R14, T17); a count tacked "
    "on after a comma (', 5 years') is used and asked about in the same round (A06, C04, "
    "G13, G17, J11, K03, K13, M03, M13, T18); and '=' or '$$' a user typed, asked about "
    "the first time too (I02, M12)",
    strict=True,
)
def test_every_fix_checked_again_is_used_as_it_is():
    assert not unstable_fixes(strict=True)


def test_a_rank_before_the_readers_surname_is_you():
    result = draft(
        {"connection": "Captain Jenkins mentioned she did her clinicals at Mercy General"},
        recipient="Captain Laura Jenkins",
    )
    assert "You mentioned you did your clinicals" in result.body
    assert "You Jenkins" not in result.body


def test_title_case_keeps_i_m():
    result = draft({"closing": "Please Let Them Know I'm Happy To Do A Trial Shift Next Week."})
    assert "know I'm happy" in result.body


def test_worked_4_years_keeps_its_figure():
    result = draft({"fit": ["I have worked 4 years as a care worker in a dementia home."]})
    assert "worked 4 years" in result.body


# --- 5. a connection typed as a clause with no main clause --------------------------------


@pytest.mark.parametrize(
    ("typed", "offered"),
    [
        (
            "When you told me about your dad's allotment, and I said my nan had one too.",
            "I remember when you told me about your dad's allotment, and I said my nan had "
            "one too.",
        ),
        (
            "When you showed me the old pasta machine from your nonna and we talked about "
            "making tajarin by hand",
            "I remember when you showed me the old pasta machine from your nonna and we "
            "talked about making tajarin by hand.",
        ),
        (
            # "because" takes no "I remember" lead: the clause is said on its own
            "because we both grew up in Enugu and went to the same school",
            "We both grew up in Enugu and went to the same school.",
        ),
    ],
)
def test_a_connection_with_no_main_clause_is_offered_a_lead(typed, offered):
    result = draft({"connection": typed})
    assert offered in shown(result, "connection")
    assert offered in result.body  # the one-click fix is what the letter uses


@pytest.mark.parametrize(
    "typed",
    [
        "when we talked about my nan who had demensia and you said your dad was the same, "
        "it was quite emotinal",
        "When you mentioned the Leeds game, I said I was there too.",
        "Since we both worked at the Grand, we had a lot to talk about.",
    ],
)
def test_a_connection_with_a_main_clause_is_not_offered_a_lead(typed):
    result = draft({"connection": typed})
    assert "I remember when" not in shown(result, "connection")


def test_a_credential_said_with_i_am_is_not_said_twice():
    result = draft({"fit": ["I am ServSafe certified."]})
    assert "I am I am" not in result.body + shown(result, "fit", 1)
