"""Check a follow-up letter written in a text file: ``manage.py letter_check letter.txt``."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from letters.quality import check_letter, parse_letter_file


class Command(BaseCommand):
    help = (
        "Score a follow-up letter in a UTF-8 text file (its first line may be 'Subject: ...') "
        "and say what to fix."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="UTF-8 text file with the letter")
        parser.add_argument("--recipient", default="", help="the decision-maker's full name")
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="print one JSON object"
        )

    def handle(self, *args, file, recipient, as_json, **options):
        path = Path(file)
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise CommandError(f"{path} is not UTF-8 text.") from None
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror or error}.") from None
        subject, body = parse_letter_file(text)
        report = check_letter(subject=subject, body=body, recipient_name=recipient)
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
            self.stdout.write(f"\n{label}: {finding.message}\n  Fix: {finding.fix}")
