"""A thin letter (under 75 words) is told concretely what to add, in the person's own
situation: the draft-level notice and the notice of each step it asks about. At most
three asks, the most useful first (a moment, a result); never a figure first when the
person gave none. A letter of 75-200 words is told nothing about its length.

Blind round 8 (I10, I15): "too thin to be a letter (63 words) where the answers had more
to give"; the simulated user did not act on a notice that asked for a figure they did not
have and called the closing optional."""

import re

import pytest

from letters import wizard
from tests.letters.letter_helpers import letter_draft_json

# tests/letters/blind/draft_grades8/users/I10_delivery-driver_sparse.answers.json
I10 = {
    "recipient": "Steve",
    "sender": "Marcus J",
    "company": "QuickDrop Couriers",
    "role": "multi drop driver",
    "decision_maker": True,
    "discussed": "routes, van, 120 drops a day",
    "problem": "missed deliveries",
    "answers": {
        "connection": "We talked about your old transit.",
        "fit": ["I have 3 years of multi drop experience."],
        "value_problem": "You mentioned too many failed deliveries.",
        "value_idea": "I would call ahead on big parcels.",
        "value_gain": "That should mean less redelivery.",
        "value_gain_detail": "",
        "question": "What time is the start?",
        "closing": "",
    },
}
# tests/letters/blind/draft_grades8/users/I15_forklift_sparse-hr.answers.json
I15 = {
    "recipient": "Jo (recruitment)",
    "sender": "Pete Harrow",
    "company": "Westgate Distribution",
    "role": "FLT driver - reach truck",
    "decision_maker": False,
    "discussed": "reach truck, nights, licence check",
    "problem": "racking damage",
    "answers": {
        "connection": "",
        "fit": ["I have counterbalance and reach licence, 9 years, no accidents."],
        "value_problem": "You mentioned racking getting hit.",
        "value_idea": "I would slow down at the ends and do the daily checks properly.",
        "value_gain": "That should mean less damage and repairs.",
        "value_gain_detail": "",
        "question": "Is it temp to perm?",
        "closing": "",
    },
}
# About 120 words: a moment, two results, an idea with its gain, a question, a closing.
FULL = I10 | {
    "answers": {
        "connection": "You showed me the old Transit you learned on, and I laughed because "
        "my first van was the same one with the sliding door that stuck.",
        "fit": [
            "At my last depot I cut failed deliveries on my route from 9 a day to 3 by "
            "texting customers before big parcels.",
            "I have 3 years of multi drop experience on 120-drop days.",
        ],
        "value_problem": "You mentioned too many failed deliveries.",
        "value_idea": "In my first week I would call ahead on big parcels and note the "
        "safe places customers give me.",
        "value_gain": "That should mean fewer redeliveries and fewer second trips.",
        "value_gain_detail": "",
        "question": "What time is the start?",
        "closing": "I'd be glad to talk through how I would call ahead on big parcels.",
    },
}


letter_draft = letter_draft_json


def about_letter(result: dict) -> str:
    [notice] = [n["message"] for n in result["notices"] if n["answer"] == "draft"]
    return notice


def step_notice(result: dict, answer: str) -> str:
    return " ".join(n["message"] for n in result["notices"] if n["answer"] == answer)


def asks(message: str) -> list[str]:
    """The numbered asks of a thin letter's notice: "1. …", "2. …"."""
    return re.findall(r"(?:^|\s)\d\. ", message)


def test_the_sparse_driver_is_asked_for_a_result_a_first_week_and_a_next_step(tmp_path):
    result = letter_draft(I10, tmp_path)
    words = len(result["body"].split())
    assert words < 75

    message = about_letter(result)

    assert f"Your letter is {words} words" in message
    assert 1 <= len(asks(message)) <= 3
    # the result first: he gave a moment, a bare result line and a short idea
    first = message.split("1. ", 1)[1].split("2. ", 1)[0]
    assert "At my last depot I" in first
    assert "failed deliveries" in first  # the problem he told them, in his words
    assert "first week" in message
    assert "call ahead on big parcels" in message  # the next step built on his own idea
    # never a figure he does not have
    assert "How much" not in message and "figure" not in message


def test_the_sparse_drivers_steps_say_what_to_add_there(tmp_path):
    result = letter_draft(I10, tmp_path)

    assert "At my last depot I" in step_notice(result, "fit")
    assert "first week" in step_notice(result, "value_idea")
    closing = step_notice(result, "closing")
    assert "that is fine" not in closing
    assert "short" in closing and "next step" in closing
    assert "How much" not in step_notice(result, "value_gain_detail")


def test_the_sparse_forklift_driver_is_asked_for_a_moment_first(tmp_path):
    result = letter_draft(I15, tmp_path)
    assert len(result["body"].split()) < 75

    message = about_letter(result)

    assert len(asks(message)) == 3
    first = message.split("1. ", 1)[1].split("2. ", 1)[0]
    assert "Connection" in first
    assert "something you both laughed about, or something they showed you" in first
    second = message.split("2. ", 1)[1].split("3. ", 1)[0]
    assert "At my last site I" in second
    assert "racking getting hit" in second
    assert "How much" not in message and "figure" not in message
    connection = step_notice(result, "connection")
    assert "something you both laughed about, or something they showed you" in connection


def test_a_120_word_letter_gets_no_notice_about_its_length(tmp_path):
    result = letter_draft(FULL, tmp_path)
    words = len(result["body"].split())
    assert 100 <= words <= 140, words

    assert not [n for n in result["notices"] if n["answer"] == "draft"]
    messages = " ".join(n["message"] for n in result["notices"])
    assert "first week" not in messages and "At my last depot I" not in messages
    assert "short" not in messages


@pytest.mark.parametrize("data", [I10, I15])
def test_the_asks_stay_off_a_steps_page_while_the_letter_is_being_written(data):
    """The wizard's step checks only the answers up to that step; the asks are about
    the whole letter, so they are not among a step's notices."""
    draft = wizard.draft_with_prefills(
        answers=data["answers"],
        recipient_name=data["recipient"],
        sender_name=data["sender"],
        company=data["company"],
        role=data["role"],
        is_decision_maker=data["decision_maker"],
        seed="1",
    )
    for name in ("connection", "fit", "value"):
        for notice in wizard.step_notices(draft, name):
            assert "first week" not in notice.message
            assert "At my last" not in notice.message
    asked = {n.answer for n in wizard.thin_notices(draft)}
    assert asked and asked <= {"connection", "fit", "value_idea", "closing", "question"}


@pytest.mark.django_db
def test_back_from_a_thin_draft_the_fit_step_says_what_to_add_there(client):
    from html import unescape

    from django.urls import reverse

    from tests.letters.letter_helpers import (
        assembled_letter,
        interview_with_panel,
        started_letter,
    )

    interview, (dana, _) = interview_with_panel(panel_size=2)
    interview.role, interview.company = "Multi Drop Driver", "QuickDrop Couriers"
    interview.save()
    client.force_login(interview.owner)
    fit = wizard.step_for_answer("fit").number

    letter = assembled_letter(interview, dana, I10["answers"])
    html = unescape(client.get(reverse("letter_wizard", args=[letter.pk, fit])).content.decode())
    assert "At my last depot I" in html

    # While the letter is first written, the later answers are still to come: no asks.
    from letters import selectors, services

    first = started_letter(interview, _)
    services.letter_save_step(
        context=selectors.letter_context(first), answers=I10["answers"], go_to=fit + 1
    )
    first.refresh_from_db()
    assert not first.assembled_body
    html = unescape(client.get(reverse("letter_wizard", args=[first.pk, fit])).content.decode())
    assert "At my last depot I" not in html


def test_a_letter_just_over_75_with_empty_steps_asks_for_them_on_those_steps_only(tmp_path):
    answers = FULL["answers"] | {"connection": "", "closing": "", "fit": FULL["answers"]["fit"][:1]}
    result = letter_draft(FULL | {"answers": answers}, tmp_path)
    words = len(result["body"].split())
    assert 75 <= words < 90, words

    assert not [n for n in result["notices"] if n["answer"] == "draft"]
    connection = step_notice(result, "connection")
    assert "something you both laughed about, or something they showed you" in connection
    assert "For a fuller letter" in connection
    closing = step_notice(result, "closing")
    assert "next step" in closing and "that is fine" not in closing
    # the steps the person filled in are not asked for more
    assert "At my last depot I" not in step_notice(result, "fit")
    assert "first week" not in step_notice(result, "value_idea")
