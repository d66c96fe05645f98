"""Coaching's outbox emails: review requested, review result, review nudge, coach invitation.

Each is a row of the one outbox (``reminders.models.Reminder``), queued here with
``due_at`` in the recipient's daytime (quiet hours are just ``due_at``) and sent by the
outbox's sweep, which asks the builders below for the message right before sending.
A sweep runs after the commit that queued a row (``reminders.tasks.send_soon``), so a
daytime email goes out at once; beat's sweep sends the ones held through the night.

Only coaching.models here, never coaching.review or coaching.consent: those queue
emails, and the builders read the rows they need directly.
"""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.urls import reverse

from coaching.deadlines import review_nudge_variant
from coaching.models import CoachAccess, ReviewComment
from letters.models import Letter
from reminders.emails import NotSending, OutboxMessage, compose, outbox_email
from reminders.models import Reminder
from reminders.schedule import move_out_of_quiet_hours
from reminders.scheduling import preferences_for
from reminders.tasks import send_soon

Kind = Reminder.Kind


def wants_email(user) -> bool:
    """Whether ``user`` gets automated email at all: the one-click unsubscribe in every
    email's List-Unsubscribe header turns ``email_reminders`` off, for coaches too."""
    return user.is_active and user.email_reminders


def daytime(user, *, now: datetime) -> datetime:
    """``now``, or the end of ``user``'s quiet hours if ``now`` falls inside them."""
    return move_out_of_quiet_hours(now, prefs=preferences_for(user))


# Queueing


def queue(
    *, kind: str, now: datetime, recipient=None, letter: Letter | None = None, access=None
) -> Reminder | None:
    """One email of ``kind`` to ``recipient`` (a user) or, without one, to the invited
    address of ``access``; due in the recipient's daytime. None for a user who turned
    these emails off: no row for an email that would not go out.

    One pending row per kind, recipient and letter (or invitation): a coach who comments
    twice in the client's night, or a request made twice, makes one email. The letter's
    or access's row is locked while we look, so two callers at once make one row too.
    """
    if recipient is not None and not wants_email(recipient):
        return None
    about = {"letter": letter} if letter is not None else {"object_id": access.pk}
    with transaction.atomic():
        if letter is not None:
            Letter.objects.select_for_update().filter(pk=letter.pk).first()
        else:
            CoachAccess.objects.select_for_update().filter(pk=access.pk).first()
        row = Reminder.objects.filter(
            kind=kind, user=recipient, state=Reminder.State.SCHEDULED, **about
        ).first()
        if row is None:
            row = Reminder.objects.create(
                kind=kind,
                user=recipient,
                to_email="" if recipient else access.coach_email,
                due_at=daytime(recipient, now=now) if recipient else now,
                **about,
            )
        send_soon()
    return row


def queue_review_nudges(*, letter: Letter, recipients: list, now: datetime) -> int:
    """The letter's one nudge, one row per recipient; none if it was made already."""
    made = 0
    with transaction.atomic():
        Letter.objects.select_for_update().filter(pk=letter.pk).first()
        if Reminder.objects.filter(letter=letter, kind=Kind.REVIEW_NUDGE).exists():
            return 0
        for user in recipients:
            Reminder.objects.create(
                kind=Kind.REVIEW_NUDGE,
                user=user,
                letter=letter,
                due_at=daytime(user, now=now),
            )
            made += 1
        if made:
            send_soon()
    return made


# Builders: the message for a due row, or NotSending with the reason


def _letter(row: Reminder) -> Letter:
    letter = (
        Letter.objects.select_related("owner", "interview", "recipient")
        .filter(pk=row.letter_id)
        .first()
    )
    if letter is None:
        raise NotSending("The letter is gone.")
    return letter


def _to_user(row: Reminder):
    if not wants_email(row.user):
        raise NotSending("Not sent: the user unsubscribed from these emails.")
    return row.user


def _still_coaches(coach, client) -> None:
    if not CoachAccess.objects.active().filter(coach=coach, client=client).exists():
        raise NotSending("No longer their coach.")


def _window(letter: Letter, *, now: datetime) -> dict:
    closes_at = letter.interview.window_closes_at
    # Past the close an email says "closed", never "closes" or "due soon".
    return {"closes_at": closes_at, "window_closed": closes_at <= now}


def _coach_context(letter: Letter, *, now: datetime) -> dict:
    """What a coach's email shows: whose letter, when its window closes, where to review."""
    url = settings.SITE_URL + reverse("admin:letters_letter_change", args=[letter.pk])
    return {"letter": letter, "client": letter.owner, "url": url, **_window(letter, now=now)}


@outbox_email(Kind.REVIEW_REQUESTED)
def review_requested_email(row: Reminder, *, now: datetime) -> OutboxMessage:
    coach = _to_user(row)
    letter = _letter(row)
    if letter.status != Letter.Status.IN_REVIEW:
        raise NotSending("The review is over.")
    _still_coaches(coach, letter.owner)
    return compose(row, "review_requested", _coach_context(letter, now=now))


@outbox_email(Kind.REVIEW_RESULT)
def review_result_email(row: Reminder, *, now: datetime) -> OutboxMessage:
    _to_user(row)
    letter = _letter(row)
    # The latest word: two comments in the client's night make one morning email.
    comment = ReviewComment.objects.filter(letter=letter).select_related("author").last()
    if comment is None:
        raise NotSending("No review to tell of.")
    if letter.is_sent:
        raise NotSending("The letter went out meanwhile.")
    context = {
        "letter": letter,
        "comment": comment,
        "coach": comment.author,
        "url": settings.SITE_URL + letter.get_absolute_url(),
    }
    return compose(row, "review_result", context)


@outbox_email(Kind.REVIEW_NUDGE)
def review_nudge_email(row: Reminder, *, now: datetime) -> OutboxMessage:
    user = _to_user(row)
    letter = _letter(row)
    if letter.status != Letter.Status.IN_REVIEW:
        raise NotSending("The review is over.")
    if review_nudge_variant(closes_at=letter.interview.window_closes_at, now=now) is None:
        raise NotSending("Too late for a review nudge.")
    if user.pk == letter.owner_id:
        url = settings.SITE_URL + letter.get_absolute_url()
        context = {"letter": letter, "url": url, **_window(letter, now=now)}
        return compose(row, "review_nudge_client", context)
    _still_coaches(user, letter.owner)
    return compose(row, "review_nudge_coach", _coach_context(letter, now=now))


@outbox_email(Kind.COACH_INVITATION)
def coach_invitation_email(row: Reminder, *, now: datetime) -> OutboxMessage:
    access = (
        CoachAccess.objects.select_related("client", "coach")
        .filter(pk=row.object_id, revoked_at__isnull=True)
        .first()
    )
    if access is None:
        raise NotSending("The invitation was withdrawn.")
    if row.user_id is not None:
        _to_user(row)
    if access.coach_id:
        url = settings.SITE_URL + reverse("admin:letters_letter_changelist")
    else:
        url = settings.SITE_URL + reverse("coach_invitation", args=[access.token])
    return compose(
        row, "review_invitation", {"access": access, "client": access.client, "url": url}
    )
