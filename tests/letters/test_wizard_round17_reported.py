"""What a user sees at the problem step for what the simulated users of round 17 named
(issue 19): in a letter to a recruiter or HR, the interviewer's name before "mentioned"
was read as a note and the example put "You mentioned" in front of it; the problem
step's example claimed a reader who is not the decision-maker said it; and "If “they”
means the company" was asked when "they" were the pickers named just before. The answers
are invented in the shape of the simulated users' ones."""

import pytest

from tests.letters.letter_helpers import DM_ANSWERS, letter_draft_json

IDEA = "I would move the plant to clocking data exported straight into the payroll system."


def _draft(problem, tmp_path, *, decision_maker=False, recipient="Aoife Brennan", **extra):
    data = {
        "recipient": recipient,
        "sender": "Shane Gallagher",
        "company": "Kerrigan Foods Ltd",
        "role": "Payroll Officer",
        "decision_maker": decision_maker,
        "discussed": "Interview was with Declan Ryan, Finance Manager.",
        "problem": "",
        "answers": DM_ANSWERS | {"value_problem": problem, "value_idea": IDEA} | extra,
    }
    return letter_draft_json(data, tmp_path)


def _notice(result, answer):
    return " ".join(n["message"] for n in result["notices"] if n["answer"] == answer)


# --- 1. "<Name> mentioned …" is a sentence, as "You mentioned …" is ---------------------


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        (
            "Declan mentioned late paper timesheets from the Cork plant",
            "Declan mentioned late paper timesheets from the Cork plant.",
        ),
        (
            "Mr. Venkatesh mentioned the forecast misses on dairy SKUs.",
            "Mr. Venkatesh mentioned the forecast misses on dairy SKUs.",
        ),
        (
            "Declan told me about overtime sheets coming in late on paper.",
            "Declan told me about overtime sheets coming in late on paper.",
        ),
        (
            "Dr. Okafor talked about the backlog of discharge letters.",
            "Dr. Okafor talked about the backlog of discharge letters.",
        ),
    ],
)
def test_a_named_person_reporting_the_problem_is_a_sentence(typed, written, tmp_path):
    result = _draft(typed, tmp_path)
    assert written in result["body"]
    notice = _notice(result, "value_problem")
    assert "reads as a note" not in notice
    assert "You mentioned" not in notice


def test_the_name_keeps_its_capitals_from_title_case(tmp_path):
    result = _draft("Declan Mentioned Late Paper Overtime Sheets Causing Underpayments", tmp_path)
    assert "Declan mentioned late paper overtime sheets causing underpayments." in result["body"]


def test_no_example_puts_you_mentioned_before_a_reporting_verb(tmp_path):
    # "said" and a note after it stays a note, as "You said the Saturday queue" is; its
    # example is built from what was said, not from the whole answer.
    result = _draft("Declan said late paper timesheets from the Cork plant", tmp_path)
    notice = _notice(result, "value_problem")
    assert "reads as a note" in notice
    assert "mentioned declan" not in notice.lower()
    assert "late paper timesheets from the Cork plant" in notice


# --- 2. the example does not claim a reader who is not the decision-maker said it ----------


def test_example_to_a_recruiter_does_not_say_the_reader_told_it(tmp_path):
    result = _draft("late paper timesheets from the Cork plant", tmp_path)
    notice = _notice(result, "value_problem")
    assert "reads as a note" in notice
    assert "You mentioned" not in notice
    assert "You told me" not in notice
    assert "We talked about late paper timesheets from the Cork plant." in notice


def test_example_to_the_decision_maker_still_says_they_told_it(tmp_path):
    result = _draft("late paper timesheets from the Cork plant", tmp_path, decision_maker=True)
    notice = _notice(result, "value_problem")
    assert "You told me about late paper" in notice or "You mentioned late paper" in notice


# --- 3. "they" after a plural noun is not asked about as the company ---------------------


def test_they_after_the_pickers_is_not_asked_about_as_the_company(tmp_path):
    gain = (
        "Pickers would become fast quicker and they are staying longer, less complain about stalks."
    )
    result = _draft(
        "You mentioned new pickers slow and leaving fast.",
        tmp_path,
        decision_maker=True,
        value_gain=gain,
    )
    assert "If “they” means" not in _notice(result, "value_gain")


def test_they_with_no_plural_before_it_is_still_asked_about(tmp_path):
    gain = "That would mean they spend less on corrections every month."
    result = _draft("", tmp_path, decision_maker=True, value_gain=gain)
    assert "If “they” means Kerrigan Foods Ltd" in _notice(result, "value_gain")


def test_the_problem_steps_help_to_a_recruiter_does_not_say_you_mentioned():
    from letters.forms import ValueForm

    assert "You mentioned" in ValueForm().fields["value_problem"].help_text
    help_text = ValueForm(is_decision_maker=False).fields["value_problem"].help_text
    assert "You mentioned" not in help_text
    assert "I understand that" in help_text


@pytest.mark.parametrize(
    "typed", ["The interview touched on the claims backlog.", "We talked about the claims backlog."]
)
def test_the_steps_own_lead_for_a_recruiter_is_a_sentence_with_no_hint(typed):
    from letters.answer_case import Facts
    from letters.fragments import check_answer

    check = check_answer("value_problem", typed, facts=Facts(decision_maker=False))
    assert check.sentences == (typed,)
    assert "touched on the interview" not in check.message
    assert "I understand that the interview" not in check.message
