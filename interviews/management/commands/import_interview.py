import json
from datetime import UTC

from django.core.management.base import BaseCommand, CommandError

from accounts.models import User
from interviews.calendar import CalendarImportError
from interviews.caps import AccountFull
from interviews.services import interview_from_draft, invite_draft, read_invite


class Command(BaseCommand):
    help = (
        "Create an interview, with its interviewers, from a calendar invite (.ics) for "
        "the user with EMAIL. A bad file creates nothing and exits with status 1. "
        "The same limits as the upload page apply (1 MB, 100 attendees, 2 s)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--user", required=True, metavar="EMAIL", help="Whose interview.")
        parser.add_argument("file", metavar="FILE.ics")
        parser.add_argument(
            "--json",
            action="store_true",
            dest="as_json",
            help="Print the created interview as one JSON object.",
        )

    def handle(self, *args, user, file, as_json, **options):
        # NUL and control characters would reach the database as a DataError.
        email = "".join(char for char in user.strip() if char.isprintable())[:254]
        owner = User.objects.filter(email__iexact=email).first() if email else None
        if owner is None:
            raise CommandError(f"No user has the email address {email}.")
        try:
            with open(file, "rb") as invite:
                data = read_invite(invite)
        except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the path
            raise CommandError(
                f"Cannot read {file!r}: {getattr(exc, 'strerror', '') or exc}."
            ) from exc
        try:
            draft = invite_draft(owner=owner, data=data)
        except CalendarImportError as exc:
            raise CommandError(str(exc)) from exc
        try:
            interview = interview_from_draft(owner=owner, draft=draft)
        except AccountFull as full:
            raise CommandError(full.message) from full
        if draft.notice:
            self.stderr.write(draft.notice)

        people = [p.interviewer for p in interview.panelists.select_related("interviewer")]
        if as_json:
            self.stdout.write(_as_json(interview, people))
        else:
            names = ", ".join(person.name for person in people) or "nobody listed"
            self.stdout.write(
                self.style.SUCCESS(f"Created interview {interview.pk}: {interview} with {names}.")
            )


def _as_json(interview, people) -> str:
    return json.dumps(
        {
            "id": interview.pk,
            "company": interview.company,
            "role": interview.role,
            "starts_at": _utc(interview.starts_at),
            "ends_at": _utc(interview.ends_at),
            "interviewers": [{"name": p.name, "email": p.email} for p in people],
        }
    )


def _utc(moment) -> str:
    """ISO 8601 in UTC with a Z, e.g. 2026-03-10T17:00:00Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
