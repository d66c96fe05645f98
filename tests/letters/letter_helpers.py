"""Building blocks for the letter page tests: an interview with a panel, and letters."""

import io
import json
from datetime import timedelta
from pathlib import Path

from django.core.management import call_command
from django.utils import timezone

from letters import selectors, services, wizard
from letters.fragments import Facts, check_answer
from tests.factories import InterviewerFactory, InterviewFactory, PanelistFactory, UserFactory

DM_ANSWERS = {
    "connection": "Your plan to move the nightly batch jobs to streaming stuck with me.",
    "fit": [
        "I cut month-end reporting from 6 days to 2 at Globex.",
        "I migrated 40 batch jobs to Kafka streams.",
    ],
    "value_problem": "You said the reports arrive a day late because the ETL runs overnight.",
    "value_idea": "I would run the ETL incrementally every hour.",
    "value_gain": "That would give your analysts back about 10 hours a week.",
    "value_gain_detail": "",
    "question": "Is the delay worst at month-end, or every day?",
    "closing": "I'd be glad to talk the idea through on a short call next week.",
}


def letter_draft_file(path: Path) -> dict:
    """What ``manage.py letter_draft FILE --json`` prints, read back."""
    out = io.StringIO()
    call_command("letter_draft", str(path), "--json", stdout=out)
    return json.loads(out.getvalue())


def letter_draft_json(data: dict, tmp_path: Path) -> dict:
    """``letter_draft --json`` on ``data`` written as its answers file."""
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return letter_draft_file(path)


def draft_with_closing(data: dict, closing: str, tmp_path: Path) -> dict:
    """``letter_draft --json`` of an answer file with its closing answer replaced."""
    return letter_draft_json(data | {"answers": data["answers"] | {"closing": closing}}, tmp_path)


def closing_notices(result: dict) -> list[str]:
    return [n["message"] for n in result["notices"] if n["answer"] == "closing"]


def after_the_thanks_line(result: dict) -> str:
    """The letter below its first paragraph (the greeting and thanks line) and above the
    sign-off: where a second thanks would be."""
    return "\n\n".join(result["body"].split("\n\n")[2:-1])


def wizard_draft(answers, *, role, company, recipient="Gary Whitlock"):
    """The wizard's draft (no database) from DM_ANSWERS with ``answers`` typed over them."""
    return wizard.draft_with_prefills(
        answers=DM_ANSWERS | answers,
        recipient_name=recipient,
        sender_name="Dean Morris",
        company=company,
        role=role,
        is_decision_maker=True,
        seed="3",
    )


def notices_text(result, answer, number=0):
    """Everything the draft's notices say about ``answer``, with any fix they offer."""
    found = [n for n in result.notices if n.answer == answer and n.number == number]
    return "".join(n.message + (n.fix or "") for n in found)


def notice_for(result, answer, number=0):
    """The one notice a draft gives about ``answer`` (fit items by ``number``)."""
    [found] = [n for n in result.notices if n.answer == answer and n.number == number]
    return found


def interview_with_panel(*, owner=None, panel_size=2, ended_ago=timedelta(hours=2)):
    """An interview that ended ``ended_ago``, with Dana Whitfield deciding and
    ``panel_size - 1`` colleagues. Returns (interview, [panelists], decision-maker first)."""
    owner = owner or UserFactory(name="Alex Morgan")
    ends_at = timezone.now() - ended_ago
    interview = InterviewFactory(
        owner=owner,
        company="Acme Corp",
        role="Data Engineer",
        starts_at=ends_at - timedelta(hours=1),
        ends_at=ends_at,
    )
    panel = [
        PanelistFactory(
            interview=interview,
            interviewer=InterviewerFactory(
                owner=owner, name="Dana Whitfield", email="dana@acme.example"
            ),
            is_decision_maker=True,
        )
    ]
    for number in range(1, panel_size):
        panel.append(
            PanelistFactory(
                interview=interview,
                interviewer=InterviewerFactory(owner=owner, name=f"Sam Colleague{number}"),
                discussed=f"Airflow DAG design and backfills, part {number}.",
                problem_mentioned="Backfills block the nightly run for hours.",
            )
        )
    return interview, panel


def started_letter(interview, panelist):
    letter, _ = services.letter_start(
        owner=interview.owner, interview=interview, recipient=panelist.interviewer
    )
    return letter


def assembled_letter(interview, panelist, answers=None):
    """A letter whose wizard is finished: subject and body assembled from ``answers``."""
    letter = started_letter(interview, panelist)
    services.letter_save_step(
        context=selectors.letter_context(letter),
        answers=DM_ANSWERS if answers is None else answers,
        go_to=wizard.FINISHED,
    )
    letter.refresh_from_db()
    return letter


# The answers' facts the grammar tests share: two people met and the company.
GRAMMAR_FACTS = Facts(
    names=("Dana Whitfield", "Dean Morris"), company="Elm Court", recipient="Dana"
)


def checked(key, typed):
    """One answer checked as the wizard's step checks it, with ``GRAMMAR_FACTS``."""
    return check_answer(key, typed, facts=GRAMMAR_FACTS)


def said(key, typed):
    """What the letter says for one answer checked with ``GRAMMAR_FACTS``."""
    return " ".join(checked(key, typed).sentences)


def checked_plain(key, typed):
    """One answer checked as the step checks it when the app knows no names around it."""
    return check_answer(key, typed, facts=Facts())


def said_plain(key, typed):
    """What the letter says for one answer checked with no names known."""
    return " ".join(checked_plain(key, typed).sentences)


# The facts the correction tests of sets AA and AB share: one person met, and her company.
CORRECTION_FACTS = Facts(
    names=("Dana Whitfield",), company="Harbour Works", recipient="Dana Whitfield"
)


def answer_check(key, typed, number=0, facts=CORRECTION_FACTS):
    """One answer (the ``number``-th result for "fit") checked as the wizard's step checks
    it; never None."""
    found = check_answer(key, typed, facts=facts, number=number)
    assert found is not None
    return found


def letter_text(check):
    """What the letter says for a checked answer."""
    return " ".join(check.sentences)
