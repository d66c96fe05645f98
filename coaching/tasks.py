"""Celery tasks for coach review: each loads rows by id and sends one kind of email.

Queued after commit by ``coaching.review`` and ``coaching.consent``; ``send_review_nudges``
runs on the beat schedule. Temporary SMTP trouble is retried with backoff and a cap.
"""

from __future__ import annotations

import logging
import smtplib

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from coaching import consent, review
from coaching.models import CoachAccess, ReviewComment
from letters.models import Letter
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


def _send(template: str, *, to: User | str, context: dict) -> None:
    """Render emails/<template>_subject.txt, .txt and .html in the recipient's zone; send."""
    address = to if isinstance(to, str) else to.email
    zone = timezone.get_default_timezone() if isinstance(to, str) else to.zone
    context = {"site_url": settings.SITE_URL, "recipient": to, **context}
    with timezone.override(zone):
        subject = render_to_string(f"emails/{template}_subject.txt", context)
        text = render_to_string(f"emails/{template}.txt", context)
        html = render_to_string(f"emails/{template}.html", context)
    message = EmailMultiAlternatives(subject=" ".join(subject.split()), body=text, to=[address])
    message.attach_alternative(html, "text/html")
    message.send()


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


def email_review_requested(*, letter: Letter, coach: User, now=None) -> None:
    _send("review_requested", to=coach, context=_coach_context(letter, now=now))


def email_review_result(*, comment: ReviewComment) -> None:
    letter = comment.letter
    _send(
        "review_result",
        to=letter.owner,
        context={
            "letter": letter,
            "comment": comment,
            "coach": comment.author,
            "url": _letter_url(letter),
        },
    )


def email_review_nudge_to_coach(*, letter: Letter, coach: User, now=None) -> None:
    _send("review_nudge_coach", to=coach, context=_coach_context(letter, now=now))


def email_review_nudge_to_client(*, letter: Letter, now=None) -> None:
    _send(
        "review_nudge_client",
        to=letter.owner,
        context={"letter": letter, "url": _letter_url(letter), **_window(letter, now)},
    )


def email_coach_invitation(*, access: CoachAccess) -> None:
    if access.coach_id:
        url = settings.SITE_URL + reverse("admin:letters_letter_changelist")
    else:
        url = settings.SITE_URL + reverse("coach_invitation", args=[access.token])
    _send(
        "review_invitation",
        to=access.coach or access.coach_email,
        context={"access": access, "client": access.client, "url": url},
    )


# --- Tasks ------------------------------------------------------------------------------


def _letters():
    return Letter.objects.select_related("owner", "interview", "recipient")


@shared_task(**RETRY)
def send_review_requested(letter_id: int, coach_id: int) -> None:
    letter = _letters().filter(pk=letter_id, status=Letter.Status.IN_REVIEW).first()
    coach = User.objects.filter(pk=coach_id, is_active=True).first()
    # The review may be over, or the consent withdrawn, by the time the worker runs.
    if letter and coach and consent.coaches(coach, letter.owner):
        email_review_requested(letter=letter, coach=coach)


@shared_task(**RETRY)
def send_review_result(comment_id: int) -> None:
    comment = (
        ReviewComment.objects.select_related(
            "author", "letter__owner", "letter__interview", "letter__recipient"
        )
        .filter(pk=comment_id)
        .first()
    )
    if comment:
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
    """Beat: claim one nudge row per pending review near its deadline, then queue its send.

    A letter whose coach or client is in quiet hours is left for a later sweep.
    """
    now = now or timezone.now()
    claimed = 0
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
        for coach in consent.coaches_of(letter.owner):
            email_review_nudge_to_coach(letter=letter, coach=coach, now=now)
        if letter.owner.email_reminders:
            email_review_nudge_to_client(letter=letter, now=now)
    except Exception as error:
        # Never retried: part of it may have gone out, and a nudge twice is worse than once.
        log.exception("Review nudge %s failed", reminder_id)
        _finish(reminder, Reminder.State.FAILED, error=f"{type(error).__name__}: {error}")
        return
    _finish(reminder, Reminder.State.SENT, sent_at=now)


def _finish(reminder: Reminder, state: str, *, error: str = "", sent_at=None) -> None:
    Reminder.objects.filter(pk=reminder.pk).update(
        state=state, last_error=error, sent_at=sent_at, updated_at=timezone.now()
    )
