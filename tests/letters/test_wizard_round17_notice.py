"""Wizard round 17: what the checker finds that lowers a draft's score reaches the user
as a notice on the step that can fix it, and two results that say the same thing are
told apart.

Blind runs found drafts scoring 75-88 with no offer, no next step or no result with a
number, and every notice saying "Used as you wrote it".
"""

import pytest

from letters.management.commands.letter_draft import draft_from

PHARMACY = {
    "recipient": "Mr Suresh Nair",
    "sender": "Divya",
    "company": "MedPlus, Kakkanad",
    "role": "Pharmacy Assistant",
    "discussed": "billing, stock, night shift",
    "answers": {
        "connection": "We talked about night shift and billing.",
        "fit": [
            "I have D.Pharm and 3 yrs experience in pharmacy.",
            "At my last pharmacy I did the expiry check every month.",
        ],
        "value_problem": "You told me about expiry stock.",
        "value_idea": "I will do monthly expiry check.",
        "value_gain": "That would mean less expired stock.",
        "question": "When will results come?",
        "closing": "",
    },
}
SERVICE_DESK = {
    "recipient": "Aroha",
    "sender": "Josh Tane",
    "company": "Waikato Regional Health",
    "role": "Service Desk Analyst",
    "discussed": "password resets, onboarding, ServiceNow",
    "problem": "too many password reset calls",
    "answers": {
        "connection": "We talked about onboarding and ServiceNow.",
        "fit": [
            "I did a self-service reset rollout at my last job.",
            "At my last job I rolled out self-service password reset for all staff.",
        ],
        "value_problem": "You said there are too many password reset calls.",
        "value_idea": "I would push self-service password reset.",
        "value_gain": "That would mean fewer calls.",
        "question": "Is it mostly the same users calling for resets?",
        "closing": "I'm happy to answer anything else you would like to know.",
    },
}


def _said(data: dict) -> tuple[dict[str, str], list[str], int]:
    draft, report = draft_from(data)
    notices = {}
    for n in draft.notices:
        key = f"{n.answer}_{n.number}" if n.number else n.answer
        notices[key] = notices.get(key, "") + n.message
    return notices, [f.code for f in report.findings], report.score


def _with(data: dict, **answers) -> dict:
    return data | {"answers": data["answers"] | answers}


def test_no_offer_is_told_on_the_idea():
    closing = "I'm happy to answer anything else you would like to know."
    notices, codes, _ = _said(_with(PHARMACY, closing=closing))
    assert "no_value_offer" in codes
    assert "does not yet read as an offer" in notices["value_idea"]
    assert "“I would " in notices["value_idea"]  # an example in the person's trade


def test_a_short_letter_is_told_once_what_to_add():
    notices, _, _ = _said(PHARMACY)  # 69 words: its idea's notice already asks for more
    assert "For a letter long enough to read" in notices["value_idea"]
    assert "does not yet read as an offer" not in notices["value_idea"]


@pytest.mark.parametrize(
    "closing", ["", "I'm happy to answer anything else you would like to know."]
)
def test_no_next_step_is_told_on_the_question_with_one_that_counts(closing):
    connection = (
        "We talked about the night shift, the billing counter and how the expiry "
        "stock gets found only at the monthly audit."
    )
    gain = "That would mean less expired stock written off at the end of each quarter."
    data = _with(PHARMACY, connection=connection, value_gain=gain, closing=closing)
    notices, codes, _ = _said(data)
    assert "no_next_step" in codes
    question = notices["question"]
    assert "Question: Your letter neither proposes" in question
    example = question.rsplit("“", 1)[1].rstrip("”")
    # Asked as the notice says, the letter has its next step.
    _, codes, _ = _said(_with(data, question=example))
    assert "no_next_step" not in codes


@pytest.mark.parametrize(
    ("fit", "repeated"),
    [
        (SERVICE_DESK["answers"]["fit"], True),
        (
            [
                "At my last job I cut password reset calls by 40% with self-service.",
                "At my last job I trained 12 new starters on ServiceNow.",
            ],
            False,
        ),
    ],
)
def test_a_second_result_that_says_what_the_first_says_is_told_so(fit, repeated):
    notices, _, _ = _said(_with(SERVICE_DESK, fit=fit))
    said = "Result 2 says much what Result 1 says: give another result, with a number"
    assert (said in notices["fit_2"]) is repeated
    assert said not in notices["fit_1"]


def test_no_result_with_a_number_is_told_on_the_fit_step():
    fit = ["I have worked 5 years as a kitchen manager.", "I am ServSafe certified."]
    data = _with(SERVICE_DESK, fit=fit)
    notices, codes, _ = _said(data)
    if "no_skill_reminder" in codes:
        assert "what went better because of you" in notices["fit_1"]


def test_a_stock_phrase_is_told_on_the_answer_it_was_typed_in():
    closing = "I look forward to hearing from you."
    notices, codes, _ = _said(_with(SERVICE_DESK, closing=closing))
    assert "generic_phrases" in codes
    assert "“look forward to hearing from you” is a stock phrase" in notices["closing"]


def test_a_letter_without_such_findings_gets_no_advice():
    answers = {
        "fit": [
            "At my last job I cut password reset calls by 40% with self-service.",
            "At my last job I trained 12 new starters on ServiceNow.",
        ],
        "closing": "I'd be glad to send you the one-page guide we gave staff.",
    }
    notices, codes, _ = _said(_with(SERVICE_DESK, **answers))
    assert not {"no_value_offer", "no_next_step", "no_skill_reminder", "generic_phrases"} & set(
        codes
    )
    assert all(
        m.endswith(("Used as you wrote it.", "”")) or "suggest" in m for m in notices.values()
    )
