"""Invented letters for the checker's tests: a letter with the facts the app knows about its
interview, checked as the app checks it (``letters.quality.check_letter``)."""

from typing import NamedTuple

from letters.quality import check_letter

READY = 70  # a letter at or over this is ready to send (issue 19)


class Case(NamedTuple):
    subject: str
    body: str
    context: dict  # check_letter's keyword arguments: recipient_name, company, notes, ...


def check(case: Case):
    return check_letter(subject=case.subject, body=case.body, **case.context)


def codes(report) -> list[str]:
    return [f.code for f in report.findings]
