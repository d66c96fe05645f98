"""Assemble a draft from wizard answers in a JSON file, without a database row:
``manage.py letter_draft answers.json [--json]``. Coaches and tests use it.

It runs the same code as the wizard (``letters.wizard``): every answer is checked as its
step checks it, the fixes the letter uses (spelled-out shorthand, capitals, a split, a
subject put back, a note said with "I have" or "I am") are taken as if the user pressed
Next, and an answer that still reads as a note is left out with a notice that says why
and gives an example to write.
An empty closing stays empty (the letter ends with the question, then the sign-off); its
notice offers, as an option, the modest closing the step suggests. An optional
"interview_date" (YYYY-MM-DD) puts the interview's weekday in the thanks line and lets the
checker check the day, as in the app.
"""

import json
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from letters import quality, wizard
from letters.assembly import interview_weekday

MAX_FILE_BYTES = 100_000
TEXT_KEYS = ("recipient", "sender", "company", "role", "discussed", "problem")


class Command(BaseCommand):
    help = (
        "Assemble a follow-up draft from wizard answers in a UTF-8 JSON file: "
        '{"recipient", "sender", "company", "role", "decision_maker", "discussed", '
        '"problem", "answers": {...}}. Prints the subject and body; --json adds the '
        "notices, the score and the findings."
    )
    requires_system_checks = []  # pure: no database

    def add_arguments(self, parser):
        parser.add_argument("file", help="UTF-8 JSON file with the answers")
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="print one JSON object"
        )

    def handle(self, *args, file, as_json, **options):
        data = _read(Path(file))
        draft, report = draft_from(data)
        if as_json:
            result = {
                "subject": draft.subject,
                "body": draft.body,
                "notices": [n.as_dict() for n in draft.notices],
                "score": report.score,
                "findings": report.as_dict()["findings"],
            }
            self.stdout.write(json.dumps(result, ensure_ascii=False))
            return
        self.stdout.write(f"Subject: {draft.subject}\n\n{draft.body}")


def draft_from(data: dict):
    """The draft and the checker's report for one answer file's contents."""
    text = {key: _text(data.get(key), key) for key in TEXT_KEYS}
    answers = data.get("answers")
    answers = {} if answers is None else answers
    if not isinstance(answers, dict):
        raise CommandError('"answers" must be an object.')
    is_decision_maker = bool(data.get("decision_maker", True))
    interview_day = _day(data.get("interview_date"))
    seed = "|".join([text["recipient"], text["company"], text["role"]])
    draft = wizard.draft_with_prefills(
        answers=answers,
        recipient_name=text["recipient"],
        sender_name=text["sender"],
        company=text["company"],
        role=text["role"],
        is_decision_maker=is_decision_maker,
        seed=seed,
        interview_day=interview_weekday(interview_day),
        discussed=text["discussed"],
        problem=text["problem"],
    )
    report = quality.check_letter(
        subject=draft.subject,
        body=draft.body,
        recipient_name=text["recipient"],
        company=text["company"],
        role=text["role"],
        sender=text["sender"],
        known_names=[text["recipient"]],
        discussed=text["discussed"],
        problem=text["problem"],
        answers=wizard.answer_texts(answers),
        interview_date=interview_day,
    )
    return draft, report


def _day(value) -> date | None:
    """The optional "interview_date" (YYYY-MM-DD): the day the thanks line names."""
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise CommandError('"interview_date" must be a date as YYYY-MM-DD.') from None


def _read(path: Path) -> dict:
    try:
        if path.is_file() and path.stat().st_size > MAX_FILE_BYTES:
            raise CommandError(f"{path} is over 100 KB: that is no set of answers.")
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise CommandError(f"{path} is not UTF-8 text.") from None
    except json.JSONDecodeError as error:
        raise CommandError(f"{path} is not JSON: {error}.") from None
    except OSError as error:
        raise CommandError(f"Cannot read {path}: {error.strerror or error}.") from None
    if not isinstance(data, dict):
        raise CommandError(f"{path} must hold one JSON object.")
    return data


def _text(value, key: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise CommandError(f'"{key}" must be a string.')
    return value[:600]
