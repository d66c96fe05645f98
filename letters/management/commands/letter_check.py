"""Check a follow-up letter written in a text file: ``manage.py letter_check letter.txt``.

Answers within a second: it imports only the checker (no Celery, no database).
"""

import json
from argparse import ArgumentTypeError
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from letters.quality import check_letter, parse_letter_file

MAX_FILE_BYTES = 1_000_000


class Command(BaseCommand):
    help = (
        "Score a follow-up letter in a UTF-8 text file (its first line may be 'Subject: ...') "
        "and say what to fix. The interview's context makes the judgment fair."
    )
    requires_system_checks = []  # a pure text check: answer fast

    def add_arguments(self, parser):
        parser.add_argument("file", help="UTF-8 text file with the letter")
        parser.add_argument("--recipient", default="", help="the decision-maker's full name")
        parser.add_argument("--company", default="", help="the company of the interview")
        parser.add_argument("--role", default="", help="the role interviewed for")
        parser.add_argument(
            "--sender", default="", metavar="NAME", help="your own name: the signature's"
        )
        parser.add_argument(
            "--interview-date",
            default=None,
            type=_date,
            metavar="YYYY-MM-DD",
            help="the interview's day (a letter thanking them for another day is flagged)",
        )
        parser.add_argument("--discussed", default="", help="notes on what was discussed")
        parser.add_argument("--problem", default="", help="the problem they mentioned")
        parser.add_argument(
            "--other-company",
            action="append",
            default=[],
            dest="other_companies",
            metavar="NAME",
            help="a company of another interview (repeat the option for several)",
        )
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="print one JSON object"
        )

    def handle(self, *args, file, as_json, **options):
        path = Path(file)
        try:
            if path.is_file() and path.stat().st_size > MAX_FILE_BYTES:
                raise CommandError(f"{path} is over 1 MB: that is no letter.")
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise CommandError(f"{path} is not UTF-8 text.") from None
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror or error}.") from None
        subject, body = parse_letter_file(text)
        report = check_letter(
            subject=subject,
            body=body,
            recipient_name=options["recipient"],
            company=options["company"],
            role=options["role"],
            sender=options["sender"],
            interview_date=options["interview_date"],
            discussed=options["discussed"],
            problem=options["problem"],
            other_companies=options["other_companies"],
        )
        if as_json:
            self.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False))
            return
        self.stdout.write(f"Score {report.score}/100, {report.word_count} words")
        if not report.findings:
            self.stdout.write(self.style.SUCCESS("Nothing to fix."))
        styles = {"error": self.style.ERROR, "warning": self.style.WARNING}
        for finding in report.findings:
            label = styles.get(finding.severity, self.style.NOTICE)(
                f"[{finding.severity}] {finding.code}"
            )
            cap = f" (caps the score at {finding.cap})" if finding.cap is not None else ""
            self.stdout.write(f"\n{label}: {finding.message}{cap}\n  Fix: {finding.fix}")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ArgumentTypeError(f"{text!r} is not a date like 2026-03-05") from None
