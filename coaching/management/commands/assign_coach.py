from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse

from accounts.models import User
from coaching import consent


class Command(BaseCommand):
    help = (
        "Give COACH_EMAIL access to the letters of each CLIENT_EMAIL, creating the coach "
        "account (staff, in the “Career coaches” group) if it does not exist. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("coach_email")
        parser.add_argument("client_emails", nargs="+", metavar="client_email")

    def handle(self, *args, coach_email, client_emails, **options):
        with transaction.atomic():
            coach, done = consent.make_coach(email=coach_email)
        for line in done:
            self.stdout.write(line)
        if not coach.has_usable_password():
            reset_url = settings.SITE_URL + reverse("account_reset_password")
            self.stdout.write(
                f"{coach.email} has no password yet: they set one at {reset_url} "
                f"(or run: manage.py changepassword {coach.email})."
            )
        failed = 0
        for email in client_emails:
            client = User.objects.filter(email__iexact=email.strip()).first()
            if client is None:
                failed += 1
                self.stderr.write(f"No account for {email}: skipped.")
                continue
            try:
                _access, created = consent.grant_access(coach=coach, client=client)
            except ValidationError as error:
                failed += 1
                self.stderr.write(f"{email}: {' '.join(error.messages)} Skipped.")
                continue
            if created:
                self.stdout.write(f"{coach.email} now coaches {client.email}.")
            else:
                self.stdout.write(f"{coach.email} already coaches {client.email}.")
        if failed:
            raise CommandError(f"{failed} of {len(client_emails)} client(s) could not be assigned.")
