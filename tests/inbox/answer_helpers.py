"""A sent letter waiting for a reply, with its check-ins planned, and what the mailbox
check would leave behind for it: a reply recorded from the thread, or a question."""

from datetime import timedelta

from django.utils import timezone

from inbox.models import MailboxMatch
from interviews import services as interview_services
from letters.models import Letter
from reminders import scheduling
from reminders.models import Reminder
from tests.factories import (
    InterviewFactory,
    LetterFactory,
    MailboxMatchFactory,
    PanelistFactory,
)


def letter_waiting(user, *, company="Globex", name="Dana Whitfield") -> Letter:
    """A letter sent two days ago to the decision-maker of an interview three days ago;
    check-ins planned."""
    now = timezone.now()
    interview = InterviewFactory(
        owner=user,
        company=company,
        role="Data Engineer",
        starts_at=now - timedelta(days=3, hours=1),
        ends_at=now - timedelta(days=3),
        follow_up_done_at=now - timedelta(days=2),
    )
    letter = LetterFactory(
        interview=interview,
        recipient__name=name,
        status=Letter.Status.SENT,
        sent_at=now - timedelta(days=2),
    )
    PanelistFactory(interview=interview, interviewer=letter.recipient, is_decision_maker=True)
    scheduling.on_letter_sent(letter, now=now - timedelta(days=2))
    return letter


def found_in_thread(letter, *, received_at=None) -> MailboxMatch:
    """What a thread match leaves: the reply recorded from the mailbox and its match."""
    received_at = received_at or timezone.now() - timedelta(hours=5)
    interview_services.record_reply_found_in_mailbox(
        interview=letter.interview, received_on=received_at
    )
    return MailboxMatchFactory(
        letter=letter,
        how=MailboxMatch.How.THREAD,
        state=MailboxMatch.State.RECORDED,
        received_at=received_at,
    )


def question(letter, *, received_at=None) -> MailboxMatch:
    """What an address-only match leaves: a question, nothing recorded."""
    return MailboxMatchFactory(
        letter=letter, received_at=received_at or timezone.now() - timedelta(hours=5)
    )


def pending_check_ins(interview) -> list[str]:
    return list(
        Reminder.objects.filter(
            interview=interview, state=Reminder.State.SCHEDULED, kind__in=scheduling.CHECK_IN_KINDS
        ).values_list("kind", flat=True)
    )
