"""Seed the heavy data set ``make bench`` measures: ``manage.py seed_bench EMAIL``.

One user six months into a search: 500 interviews with three interviewers each (1,500
people), 800 letters and 3,000 reminders, built through the models with ``bulk_create``
so it takes seconds, not minutes. The user and everything they own is replaced on each
run. Prints one JSON object with what the benchmark needs: the ids of an interview, a
letter, a letter whose wizard is open, and a signed-in session key.
"""

import json
from datetime import timedelta

from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone

from accounts.demo import seed_user
from interviews.models import Interview, Interviewer, Panelist
from letters.models import Letter
from letters.selectors import letter_context
from letters.services import draft_notices
from reminders.models import Reminder

INTERVIEWS = 500
PANEL = 3
LETTERS = 800
REMINDERS = 3_000
UPCOMING = 40  # interviews still ahead; the rest ended over the last six months
COMPANIES = [
    "Acme Corp", "Globex", "Initech", "Umbrella Health", "Northwind Analytics", "Hooli",
    "Brightwave Health", "Stark Logistics", "Wayne Retail", "Cyberdyne", "Soylent Foods",
    "Tyrell Systems", "Vandelay Industries", "Wonka Labs", "Oscorp", "Pied Piper",
]  # fmt: skip
ROLES = ["Data Engineer", "Analytics Engineer", "Platform Engineer", "Backend Developer"]
FIRST = ["Dana", "Elena", "Priya", "Grace", "Jordan", "Nora", "Chris", "Sam", "Ravi", "Mei"]
LAST = ["Whitfield", "Kim", "Raman", "Okafor", "Lindqvist", "Novak", "Haddad", "Moreau"]
BODY = (
    "Dear {first},\n\n"
    "Thank you for the conversation on {day} about moving {company}'s nightly batch jobs "
    "to streaming. The story about reports arriving a day late stayed with me.\n\n"
    "At Finlytics I moved 40 nightly jobs to Kafka streams, and data lag went from 20 hours "
    "to 15 minutes. I also built the data-quality checks that took failed loads from 12 a "
    "month to 1.\n\n"
    "One idea for your team: load the three slowest sources incrementally every hour. It "
    "would give your analysts about 10 hours a week back, and I am happy to sketch it "
    "for your leads.\n\n"
    "Is the delay worst at month-end, or every day?\n\n"
    "Best regards,\nAlex Morgan"
)
ANSWERS = {
    "connection": "I enjoyed our conversation about how we cut batch lag with Kafka.",
    "fit": ["moved 40 nightly batch jobs to Kafka streams, cutting lag to 15 minutes"],
    "value_problem": "reports arrive a day late because the ETL runs overnight",
}
# Six reminder rows per interview (unique by interview, kind and sequence).
REMINDER_KINDS = [
    (Reminder.Kind.NUDGE, 1, timedelta(hours=2)),
    (Reminder.Kind.LAST_CALL, 1, timedelta(hours=20)),
    (Reminder.Kind.LATE, 1, timedelta(hours=26)),
    (Reminder.Kind.CHECK_IN, 1, timedelta(days=7)),
    (Reminder.Kind.CHECK_IN, 2, timedelta(days=14)),
    (Reminder.Kind.CLOSE_SUGGESTION, 1, timedelta(days=21)),
]


class Command(BaseCommand):
    help = (
        "Replace EMAIL's data with the benchmark's heavy data set (500 interviews, 1,500 "
        "interviewers, 800 letters, 3,000 reminders) and print the ids the benchmark uses."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--password", default="followup-bench-2026")

    def handle(self, *args, email, password, **options):
        now = timezone.now()
        with transaction.atomic():
            user, _ = seed_user(email=email, password=password)
            # Letters protect their recipients: delete them first.
            Letter.objects.filter(owner=user).delete()
            Interview.objects.filter(owner=user).delete()
            Interviewer.objects.filter(owner=user).delete()
            ids = seed(user=user, now=now)
        if connection.vendor == "postgresql":
            # Planner statistics, as autovacuum would gather them on a live database.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        ids["session"] = signed_in_session(user)
        self.stdout.write(json.dumps(ids))


def seed(*, user, now) -> dict:
    """The data set, relative to ``now``; returns the ids the benchmark requests."""
    interviews = Interview.objects.bulk_create(
        _interview(user, index, now=now) for index in range(INTERVIEWS)
    )
    people = Interviewer.objects.bulk_create(
        Interviewer(
            owner=user,
            name=f"{FIRST[n % len(FIRST)]} {LAST[n // len(FIRST) % len(LAST)]} {n}",
            job_title="Engineering Manager" if n % PANEL == 0 else "Senior Engineer",
            email=f"person{n}@{interviews[n // PANEL].company.split()[0].lower()}.example",
            company=interviews[n // PANEL].company,
        )
        for n in range(INTERVIEWS * PANEL)
    )
    panelists = Panelist.objects.bulk_create(
        Panelist(
            interview=interviews[n // PANEL],
            interviewer=person,
            is_decision_maker=n % PANEL == 0,
            discussed="Their plan to move the nightly batch jobs to streaming.",
            problem_mentioned="Reports arrive a day late because the ETL runs overnight.",
        )
        for n, person in enumerate(people)
    )
    letters = Letter.objects.bulk_create(
        _letter(interviews, panelists, index, now=now) for index in range(LETTERS)
    )
    # What the wizard's assembly said about the answers, as it records it on each draft.
    drafts = [letter for letter in letters if letter.body and not letter.sent_at]
    for letter in drafts:
        letter.assembly_notices = draft_notices(letter_context(letter).draft())
    Letter.objects.bulk_update(drafts, ["assembly_notices"], batch_size=500)
    # Sent letters close the follow-up, as sending does.
    done = {letter.interview_id: letter.sent_at for letter in letters if letter.sent_at}
    for interview in interviews:
        interview.follow_up_done_at = done.get(interview.pk)
    Interview.objects.bulk_update(interviews, ["follow_up_done_at"], batch_size=500)
    Reminder.objects.bulk_create(
        (
            _reminder(interview, kind, sequence, offset, now=now)
            for interview in interviews
            for kind, sequence, offset in REMINDER_KINDS
        ),
        batch_size=1000,
    )
    draft = next(letter for letter in letters if letter.status == Letter.Status.DRAFT)
    in_wizard = next(letter for letter in letters if letter.wizard_step == 3 and not letter.body)
    return {
        "user": user.pk,
        "interview": draft.interview_id,
        "interviewer": draft.recipient_id,
        "letter": draft.pk,
        "wizard_letter": in_wizard.pk,
        "interviews": len(interviews),
        "interviewers": len(people),
        "letters": len(letters),
        "reminders": Reminder.objects.filter(user=user).count(),
    }


def _interview(user, index, *, now) -> Interview:
    # Index 0..UPCOMING-1 lie ahead; the rest ended every ~8 hours back over six months,
    # so a few windows are open now and most are long closed.
    if index < UPCOMING:
        starts_at = now + timedelta(hours=6 + 9 * index)
    else:
        starts_at = now - timedelta(hours=5 + 8.5 * (index - UPCOMING))
    # Those with letters mostly settled; the 60 oldest, never followed up, left open.
    outcome = Interview.Outcome.AWAITING
    if UPCOMING + 60 <= index < UPCOMING + LETTERS // 2:
        outcome = [
            Interview.Outcome.AWAITING,
            Interview.Outcome.REJECTED,
            Interview.Outcome.NEXT_ROUND,
            Interview.Outcome.NO_ANSWER,
        ][index % 4]
    return Interview(
        owner=user,
        company=COMPANIES[index % len(COMPANIES)],
        role=ROLES[index % len(ROLES)],
        round=Interview.Round.FIRST,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=1),
        notes="They run nightly ETL into a warehouse; reports arrive a day late.",
        outcome=outcome,
    )


def _letter(interviews, panelists, index, *, now) -> Letter:
    """Two letters for each of the 400 most recently ended interviews (decision-maker
    and one more); three in four sent, the rest drafts, every 20th still in the wizard."""
    past = interviews[UPCOMING:]
    interview = past[index // 2]
    panelist = panelists[interviews.index(interview) * PANEL + index % 2]
    first = panelist.interviewer.name.split()[0]
    body = BODY.format(first=first, company=interview.company, day=f"{interview.ends_at:%A}")
    in_wizard = index % 20 == 1
    sent = index % 4 != 1 and index >= 8  # the latest interviews still have drafts
    return Letter(
        owner=interview.owner,
        interview=interview,
        recipient=panelist.interviewer,
        status=Letter.Status.SENT if sent else Letter.Status.DRAFT,
        answers=ANSWERS,
        wizard_step=3 if in_wizard else 7,
        subject="" if in_wizard else f"Following up on streaming at {interview.company}",
        body="" if in_wizard else body,
        assembled_subject="" if in_wizard else f"Following up on {interview.company}",
        assembled_body="" if in_wizard else body,
        score=None if in_wizard else 88,
        sent_at=interview.ends_at + timedelta(hours=5) if sent else None,
        sent_via=Letter.SentVia.APP if sent else "",
    )


def _reminder(interview, kind, sequence, offset, *, now) -> Reminder:
    due_at = interview.ends_at + offset
    if due_at > now:
        state, sent_at = Reminder.State.SCHEDULED, None
    elif kind in (Reminder.Kind.NUDGE, Reminder.Kind.CHECK_IN):
        state, sent_at = Reminder.State.SENT, due_at
    else:
        state, sent_at = Reminder.State.CANCELLED, None
    return Reminder(
        user_id=interview.owner_id,
        interview=interview,
        kind=kind,
        sequence=sequence,
        due_at=due_at,
        state=state,
        sent_at=sent_at,
    )


def signed_in_session(user) -> str:
    """A session as allauth's sign-in leaves it, so a load generator can send its cookie."""
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.set_expiry(timedelta(days=1))
    session.create()
    return session.session_key
