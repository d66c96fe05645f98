"""Celery tasks for coach review: each loads rows by id and sends one kind of email.

Queued after commit by ``coaching.review`` and ``coaching.consent``; ``send_review_nudges``
runs on the beat schedule. Temporary SMTP trouble is retried with backoff and a cap.
"""

from __future__ import annotations

import logging
import smtplib

from celery import shared_task
from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from coaching import consent, review
from coaching.models import CoachAccess, ReviewComment
from letters.models import Letter
from reminders import emails as reminder_emails
from reminders.emails import ReminderMessage
from reminders.models import Reminder

log = logging.getLogger(__name__)

TEMPORARY_ERRORS = (
    smtplib.SMTPServerDisconnected,
    smtplib.SMTPConnectError,
    ConnectionError,
    TimeoutError,
)
# Short retries only: a countdown longer than a minute is a task parked in the broker
# (see tests/letters/test_dispatch.py), and a coach email that is an hour late is no help.
RETRY = {
    "autoretry_for": TEMPORARY_ERRORS,
    "retry_backoff": 5,
    "retry_backoff_max": 60,
    "retry_jitter": True,
    "max_retries": 5,
}


# --- One small function per email -------------------------------------------------------


def _send(template: str, *, to: User | str, context: dict) -> bool:
    """Render emails/<template>_subject.txt, .txt and .html in the recipient's zone; send.

    A user gets a one-click unsubscribe (RFC 8058) in the headers; one who used it gets
    nothing (returns False). A bare address (an invitation to someone not signed up)
    has no account to unsubscribe.
    """
    headers = {"Auto-Submitted": "auto-generated"}
    if isinstance(to, str):
        address, zone = to, timezone.get_default_timezone()
    else:
        if not review.wants_email(to):
            return False
        address, zone = to.email, to.zone
        unsubscribe = reminder_emails.unsubscribe_url(to)
        headers |= {
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    context = {"site_url": settings.SITE_URL, "recipient": to, **context}
    with timezone.override(zone):
        subject = render_to_string(f"emails/{template}_subject.txt", context)
        text = render_to_string(f"emails/{template}.txt", context)
        html = render_to_string(f"emails/{template}.html", context)
    # ReminderMessage keeps the long List-Unsubscribe URL on one header line.
    message = ReminderMessage(
        subject=" ".join(subject.split()), body=text, to=[address], headers=headers
    )
    message.attach_alternative(html, "text/html")
    message.send()
    return True


def _admin_letter_url(letter: Letter) -> str:
    return settings.SITE_URL + reverse("admin:letters_letter_change", args=[letter.pk])


def _letter_url(letter: Letter) -> str:
    return settings.SITE_URL + letter.get_absolute_url()


def _window(letter: Letter, now) -> dict:
    closes_at = letter.interview.window_closes_at
    # Past the close an email says "closed", never "closes" or "due soon".
    return {"closes_at": closes_at, "window_closed": closes_at <= (now or timezone.now())}


def _coach_context(letter: Letter, *, now=None) -> dict:
    """What a coach's email shows: whose letter, when its window closes, where to review."""
    return {
        "letter": letter,
        "client": letter.owner,
        "url": _admin_letter_url(letter),
        **_window(letter, now),
    }


def email_review_requested(*, letter: Letter, coach: User, now=None) -> bool:
    return _send("review_requested", to=coach, context=_coach_context(letter, now=now))


def email_review_result(*, comment: ReviewComment) -> bool:
    letter = comment.letter
    return _send(
        "review_result",
        to=letter.owner,
        context={
            "letter": letter,
            "comment": comment,
            "coach": comment.author,
            "url": _letter_url(letter),
        },
    )


def email_review_nudge_to_coach(*, letter: Letter, coach: User, now=None) -> bool:
    return _send("review_nudge_coach", to=coach, context=_coach_context(letter, now=now))


def email_review_nudge_to_client(*, letter: Letter, now=None) -> bool:
    return _send(
        "review_nudge_client",
        to=letter.owner,
        context={"letter": letter, "url": _letter_url(letter), **_window(letter, now)},
    )


def email_coach_invitation(*, access: CoachAccess) -> bool:
    if access.coach_id:
        url = settings.SITE_URL + reverse("admin:letters_letter_changelist")
    else:
        url = settings.SITE_URL + reverse("coach_invitation", args=[access.token])
    return _send(
        "review_invitation",
        to=access.coach or access.coach_email,
        context={"access": access, "client": access.client, "url": url},
    )


# --- Tasks ------------------------------------------------------------------------------


def _letters():
    return Letter.objects.select_related("owner", "interview", "recipient")


@shared_task(**RETRY)
def send_review_requested(letter_id: int, coach_id: int) -> None:
    deliver_review_requested(letter_id=letter_id, coach_id=coach_id, now=timezone.now())


def deliver_review_requested(*, letter_id: int, coach_id: int, now) -> None:
    """Ask the coach now, or (in their quiet hours) store the email for their morning."""
    letter = _letters().filter(pk=letter_id, status=Letter.Status.IN_REVIEW).first()
    coach = User.objects.filter(pk=coach_id, is_active=True).first()
    # The review may be over, or the consent withdrawn, by the time the worker runs.
    if not (letter and coach and consent.coaches(coach, letter.owner)):
        return
    if not review.wants_email(coach):
        return  # unsubscribed: no email, and no row for one
    morning = review.quiet_hours_end(coach, now=now)
    if morning:
        review.hold_review_email(
            kind=Reminder.Kind.REVIEW_REQUESTED, letter=letter, recipient=coach, due_at=morning
        )
        return
    email_review_requested(letter=letter, coach=coach, now=now)


@shared_task(**RETRY)
def send_review_result(comment_id: int) -> None:
    deliver_review_result(comment_id=comment_id, now=timezone.now())


def deliver_review_result(*, comment_id: int, now) -> None:
    """Tell the job seeker now, or (in their quiet hours) store the email for their morning."""
    comment = (
        ReviewComment.objects.select_related(
            "author", "letter__owner", "letter__interview", "letter__recipient"
        )
        .filter(pk=comment_id)
        .first()
    )
    if not comment:
        return
    client = comment.letter.owner
    if not review.wants_email(client):
        return  # unsubscribed: no email, and no row for one
    morning = review.quiet_hours_end(client, now=now)
    if morning:
        review.hold_review_email(
            kind=Reminder.Kind.REVIEW_RESULT,
            letter=comment.letter,
            recipient=client,
            due_at=morning,
        )
        return
    email_review_result(comment=comment)


@shared_task(**RETRY)
def send_coach_invitation(access_id: int) -> None:
    access = (
        CoachAccess.objects.select_related("client", "coach")
        .filter(pk=access_id, revoked_at__isnull=True)
        .first()
    )
    if access:
        email_coach_invitation(access=access)


@shared_task
def send_review_nudges(now=None) -> int:
    """Beat: claim one nudge row per pending review near its deadline, then queue its send;
    and claim the review emails held through their recipient's night that are now due.

    A letter whose coach or client is in quiet hours is left for a later sweep.
    Returns how many rows it claimed.
    """
    now = now or timezone.now()
    claimed = 0
    for reminder_id in review.claim_due_held_emails(now=now):
        claimed += 1
        transaction.on_commit(review._queue(send_held_review_email, reminder_id=reminder_id))
    for letter in review.letters_needing_review_nudge(now=now):
        if review.nudge_waits_for_quiet_hours(letter, now=now):
            continue
        reminder = review.claim_review_nudge(letter=letter, now=now)
        if reminder:
            claimed += 1
            transaction.on_commit(review._queue(send_review_nudge, reminder_id=reminder.pk))
    return claimed


@shared_task
def send_review_nudge(reminder_id: int) -> None:
    deliver_review_nudge(reminder_id=reminder_id, now=timezone.now())


def deliver_review_nudge(*, reminder_id: int, now) -> None:
    """Send a claimed nudge at most once, even if the broker delivers this task twice."""
    # attempts 0 -> 1 is the claim: a redelivered task changes no row and sends nothing.
    if not Reminder.objects.filter(
        pk=reminder_id,
        kind=Reminder.Kind.REVIEW_NUDGE,
        state=Reminder.State.SENDING,
        attempts=0,
    ).update(attempts=1):
        return
    reminder = Reminder.objects.select_related(
        "letter__owner", "letter__interview", "letter__recipient"
    ).get(pk=reminder_id)
    letter = reminder.letter
    if letter is None or letter.status != Letter.Status.IN_REVIEW:
        _finish(reminder, Reminder.State.CANCELLED)
        return
    if review.review_nudge_variant(closes_at=letter.interview.window_closes_at, now=now) is None:
        _finish(reminder, Reminder.State.CANCELLED, error="Too late for a review nudge.")
        return
    if review.nudge_waits_for_quiet_hours(letter, now=now):
        # The task ran late (a busy broker) and night has fallen for someone: drop the
        # claim so a later sweep sends it, in the variant that fits that moment.
        Reminder.objects.filter(pk=reminder.pk).delete()
        return
    try:
        for user in review.review_nudge_recipients(letter):
            if user.pk == letter.owner_id:
                email_review_nudge_to_client(letter=letter, now=now)
            else:
                email_review_nudge_to_coach(letter=letter, coach=user, now=now)
    except Exception as error:
        # Never retried: part of it may have gone out, and a nudge twice is worse than once.
        log.exception("Review nudge %s failed", reminder_id)
        _finish(reminder, Reminder.State.FAILED, error=f"{type(error).__name__}: {error}")
        return
    _finish(reminder, Reminder.State.SENT, sent_at=now)


@shared_task
def send_held_review_email(reminder_id: int) -> None:
    deliver_held_review_email(reminder_id=reminder_id, now=timezone.now())


def deliver_held_review_email(*, reminder_id: int, now) -> None:
    """Send a claimed held review email at most once, even if the task is delivered twice."""
    # attempts 0 -> 1 is the claim: a redelivered task changes no row and sends nothing.
    if not Reminder.objects.filter(
        pk=reminder_id,
        kind__in=review.HELD_KINDS,
        state=Reminder.State.SENDING,
        attempts=0,
    ).update(attempts=1):
        return
    reminder = Reminder.objects.select_related(
        "user", "letter__owner", "letter__interview", "letter__recipient"
    ).get(pk=reminder_id)
    letter, recipient = reminder.letter, reminder.user
    try:
        if reminder.kind == Reminder.Kind.REVIEW_REQUESTED:
            reason = _why_not_ask(letter, coach=recipient)
            sent = not reason and email_review_requested(letter=letter, coach=recipient, now=now)
        else:
            comment = letter.comments.select_related("author").last() if letter else None
            reason = _why_not_tell(letter, comment=comment)
            sent = not reason and email_review_result(comment=comment)
    except Exception as error:
        # Not retried: a second try could send it twice.
        log.exception("Held review email %s failed", reminder_id)
        _finish(reminder, Reminder.State.FAILED, error=f"{type(error).__name__}: {error}")
        return
    if sent:
        _finish(reminder, Reminder.State.SENT, sent_at=now)
    else:
        _finish(reminder, Reminder.State.CANCELLED, error=reason or "The user unsubscribed.")


def _why_not_ask(letter: Letter | None, *, coach: User) -> str:
    if letter is None or letter.status != Letter.Status.IN_REVIEW:
        return "The review is over."
    if not (coach.is_active and consent.coaches(coach, letter.owner)):
        return "No longer their coach."
    return ""


def _why_not_tell(letter: Letter | None, *, comment: ReviewComment | None) -> str:
    if comment is None:
        return "No review to tell of."
    if letter.is_sent:
        return "The letter went out meanwhile."
    return ""


def _finish(reminder: Reminder, state: str, *, error: str = "", sent_at=None) -> None:
    Reminder.objects.filter(pk=reminder.pk).update(
        state=state, last_error=error, sent_at=sent_at, updated_at=timezone.now()
    )
