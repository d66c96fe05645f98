"""factory_boy factories shared by every test module."""

from datetime import timedelta

import factory
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from accounts.models import User
from coaching.models import CoachAccess, ReviewComment
from inbox.models import MailboxConnection, MailboxMatch
from interviews.models import Interview, Interviewer, Panelist
from letters.models import Letter
from reminders.models import Reminder

PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.com")
    name = factory.Faker("name")
    time_zone = "Europe/London"
    # Hashed with the test settings' fast hasher (tests/settings.py), not PBKDF2.
    password = factory.LazyFunction(lambda: make_password(PASSWORD))

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):
        """The address is confirmed unless ``verified=False`` (the app then refuses to
        email third parties for this user)."""
        if create and extracted is not False:
            verify_email(obj)


def verify_email(user) -> None:
    """As if ``user`` had clicked allauth's confirmation link for their current address."""
    from allauth.account.models import EmailAddress

    EmailAddress.objects.filter(user=user).exclude(email=user.email).update(primary=False)
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )


class CoachFactory(UserFactory):
    email = factory.Sequence(lambda n: f"coach{n}@example.com")
    is_staff = True


class CoachAccessFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CoachAccess

    client = factory.SubFactory(UserFactory)
    coach = factory.SubFactory(CoachFactory)
    coach_email = factory.LazyAttribute(lambda o: o.coach.email if o.coach else "coach@example.com")
    accepted_at = factory.LazyFunction(timezone.now)


class InterviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Interview

    owner = factory.SubFactory(UserFactory)
    company = factory.Iterator(["Acme Corp", "Globex", "Initech", "Umbrella Health"])
    role = factory.Iterator(["Data Engineer", "Product Manager", "Backend Developer"])
    starts_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=3))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=1))


class InterviewerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Interviewer

    owner = factory.SubFactory(UserFactory)
    name = factory.Faker("name")
    job_title = "Engineering Manager"
    email = factory.Sequence(lambda n: f"interviewer{n}@acme.example")
    company = "Acme Corp"


class PanelistFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Panelist

    interview = factory.SubFactory(InterviewFactory)
    interviewer = factory.SubFactory(
        InterviewerFactory, owner=factory.SelfAttribute("..interview.owner")
    )
    is_decision_maker = False
    discussed = "Their plan to move the nightly batch jobs to streaming."
    problem_mentioned = "Reports arrive a day late because the ETL runs overnight."


class LetterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Letter

    interview = factory.SubFactory(InterviewFactory)
    owner = factory.SelfAttribute("interview.owner")
    recipient = factory.SubFactory(InterviewerFactory, owner=factory.SelfAttribute("..owner"))
    subject = "Streaming the nightly ETL: one idea after our Data Engineer interview"
    body = factory.LazyAttribute(
        lambda o: f"Dear {o.recipient.name},\n\nThank you for the conversation about the ETL."
    )


class ReminderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Reminder

    interview = factory.SubFactory(InterviewFactory)
    user = factory.SelfAttribute("interview.owner")
    kind = Reminder.Kind.NUDGE
    due_at = factory.LazyFunction(timezone.now)


class ReviewCommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReviewComment

    letter = factory.SubFactory(LetterFactory)
    author = factory.SubFactory(CoachFactory)
    body = "Lead with the streaming idea; it is what they care about."


class MailboxConnectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MailboxConnection

    owner = factory.SubFactory(UserFactory)
    host = "imap.example.com"
    port = 993
    username = factory.LazyAttribute(lambda o: o.owner.email)
    security = MailboxConnection.Security.SSL
    # Stands in for a Fernet token; tests that log in encrypt a real one (inbox.crypto).
    secret = "not-a-real-token"


class MailboxMatchFactory(factory.django.DjangoModelFactory):
    """A message found for a sent letter; by default a question ("Is this their reply?")."""

    class Meta:
        model = MailboxMatch

    letter = factory.SubFactory(
        LetterFactory,
        status=Letter.Status.SENT,
        sent_at=factory.LazyFunction(lambda: timezone.now() - timedelta(days=2)),
    )
    owner = factory.SelfAttribute("letter.owner")
    how = MailboxMatch.How.ADDRESS
    state = MailboxMatch.State.SUGGESTED
    received_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    message_id_hash = factory.Sequence(lambda n: f"{n:064x}")
