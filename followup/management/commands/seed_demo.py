from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from accounts.demo import seed_user

DEFAULT_PASSWORD = "followup-demo-2026"


class Command(BaseCommand):
    help = (
        "Create or refresh EMAIL with a realistic demo data set. Safe to run again: "
        "the user's demo data is replaced, relative to the current time."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--password", default=DEFAULT_PASSWORD)
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Seed only when the database has no users yet (used by `make run`).",
        )

    def handle(self, *args, email, password, if_empty=False, **options):
        from accounts.models import User

        if if_empty and User.objects.exists():
            self.stdout.write("The database already has users; no demo data seeded.")
            return
        from coaching import demo as coaching_demo
        from inbox import demo as inbox_demo
        from insights import demo as insights_demo
        from interviews import demo as interview_demo
        from letters import demo as letter_demo
        from reminders import demo as reminder_demo

        now = timezone.now()
        with transaction.atomic():
            user, created = seed_user(email=email, password=password)
            counts = interview_demo.seed(user=user, now=now)
            counts |= letter_demo.seed(user=user, now=now)
            counts |= reminder_demo.seed(user=user, now=now)
            counts |= inbox_demo.seed(user=user, now=now)
            counts |= coaching_demo.seed(user=user, now=now)
            counts |= insights_demo.seed(user=user, now=now)
        verb = "Created" if created else "Refreshed"
        summary = ", ".join(f"{n} {label}" for label, n in counts.items())
        self.stdout.write(self.style.SUCCESS(f"{verb} demo user {user.email}: {summary}."))
