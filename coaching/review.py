"""Coach review of a letter: ask for it, give it, and notice edits after approval.

The job seeker asks (``request_review``), a coach with the client's consent answers
(``record_review``), and every email is a row of the outbox (coaching/emails.py), due in
the recipient's daytime. The admin, the job seeker's views and the periodic nudge all
call these functions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Case, Count, DateTimeField, ExpressionWrapper, F, Q, Value, When
from django.utils import timezone

from coaching import consent
from coaching import emails as coaching_emails
from coaching.deadlines import CLOSING_SOON, LATE_NUDGE_FOR
from coaching.emails import wants_email
from coaching.models import ReviewComment
from interviews.models import Interview, follow_up_window
from letters.models import Letter
from reminders.models import Reminder

REVIEWABLE = (Letter.Status.DRAFT, Letter.Status.IN_REVIEW, Letter.Status.READY)
REQUESTABLE = (Letter.Status.DRAFT, Letter.Status.READY)


# --- The follow-up window, as the review queue sees it ----------------------------------


_SOON_HOURS = int(CLOSING_SOON.total_seconds() // 3600)


class Window:
    OPEN = "open"
    CLOSING_SOON = "closing_soon"
    CLOSED = "closed"
    SENT = "sent"
    CHOICES = [
        (OPEN, "Open"),
        (CLOSING_SOON, f"Closing soon (< {_SOON_HOURS} h)"),
        (CLOSED, "Closed, not sent"),
        (SENT, "Sent"),
    ]


def window_state(*, closes_at: datetime, is_sent: bool, now: datetime) -> str:
    if is_sent:
        return Window.SENT
    if closes_at <= now:
        return Window.CLOSED
    return Window.CLOSING_SOON if closes_at - now <= CLOSING_SOON else Window.OPEN


def window_filter(state: str, *, now: datetime) -> Q:
    """The same rule as ``window_state``, as a filter on letters."""
    closes = "interview__ends_at"
    window = follow_up_window()
    unsent = ~Q(status=Letter.Status.SENT)
    return {
        Window.SENT: Q(status=Letter.Status.SENT),
        Window.CLOSED: unsent & Q(**{f"{closes}__lte": now - window}),
        Window.CLOSING_SOON: unsent
        & Q(**{f"{closes}__gt": now - window, f"{closes}__lte": now - window + CLOSING_SOON}),
        Window.OPEN: unsent & Q(**{f"{closes}__gt": now - window + CLOSING_SOON}),
    }[state]


def queue_ordering() -> list:
    """The review queue's order: unsent letters by time left (least first), then sent ones.

    The window closes a fixed time after the interview ends, so ordering by the end is
    ordering by time left, with no date arithmetic in SQL.
    """
    sent = Q(status=Letter.Status.SENT)
    return [
        Case(When(sent, then=Value(1)), default=Value(0)).asc(),
        Case(When(sent, then=Value(None)), default=F("interview__ends_at")).asc(nulls_last=True),
        F("sent_at").desc(nulls_last=True),
    ]


# --- Asking for and giving a review -----------------------------------------------------


def request_review(*, letter: Letter, now: datetime | None = None) -> Letter:
    """The job seeker asks their coach(es) to review a draft; each coach gets an email."""
    now = now or timezone.now()
    with transaction.atomic():
        locked = Letter.objects.select_for_update().get(pk=letter.pk)
        if locked.status == Letter.Status.IN_REVIEW:
            return locked  # asked twice (a double click): one request, one email
        if locked.status not in REQUESTABLE:
            raise ValidationError("This letter has been sent; there is nothing left to review.")
        coaches = list(consent.coaches_of(locked.owner))
        if not coaches:
            raise ValidationError("Invite a coach from your profile first.")
        locked.status = Letter.Status.IN_REVIEW
        locked.review_requested_at = now
        # A new request supersedes the last approval: the coach looks at this version.
        locked.approved_at = None
        locked.changed_since_approval = False
        locked.save(
            update_fields=[
                "status",
                "review_requested_at",
                "approved_at",
                "changed_since_approval",
                "updated_at",
            ]
        )
        for coach in coaches:
            coaching_emails.queue(
                kind=Reminder.Kind.REVIEW_REQUESTED, recipient=coach, letter=locked, now=now
            )
    _copy_review_fields(locked, letter)
    return letter


def review_problem(*, letter: Letter, body: str, verdict: str) -> str | None:
    """Why this review cannot be recorded, in words for the coach; None if it can."""
    if letter.status not in REVIEWABLE:
        return "This letter has already been sent; there is nothing left to review."
    if verdict == ReviewComment.Verdict.COMMENT and not body.strip():
        return "Write a comment, or choose a verdict."
    return None


def record_review(
    *,
    letter: Letter,
    coach,
    body: str = "",
    verdict: str = ReviewComment.Verdict.COMMENT,
    now: datetime | None = None,
) -> ReviewComment:
    """A coach comments on a letter and may approve it or ask for changes.

    Approval makes the letter ready to send; asking for changes returns it to draft.
    The job seeker gets an email either way.
    """
    now = now or timezone.now()
    if not (coach.is_superuser or consent.coaches(coach, letter.owner)):
        raise PermissionDenied("You do not coach this letter’s author.")
    with transaction.atomic():
        locked = Letter.objects.select_for_update().get(pk=letter.pk)
        problem = review_problem(letter=locked, body=body, verdict=verdict)
        if problem:
            raise ValidationError(problem)
        if verdict == ReviewComment.Verdict.APPROVED:
            locked.status = Letter.Status.READY
            locked.approved_at = now
            locked.changed_since_approval = False
        elif verdict == ReviewComment.Verdict.CHANGES_REQUESTED:
            locked.status = Letter.Status.DRAFT
            locked.approved_at = None
            locked.changed_since_approval = False
        if verdict != ReviewComment.Verdict.COMMENT:
            locked.save(
                update_fields=["status", "approved_at", "changed_since_approval", "updated_at"]
            )
        comment = ReviewComment.objects.create(
            letter=locked, author=coach, body=body.strip(), verdict=verdict
        )
        coaching_emails.queue(
            kind=Reminder.Kind.REVIEW_RESULT, recipient=locked.owner, letter=locked, now=now
        )
    _copy_review_fields(locked, letter)
    return comment


def _copy_review_fields(source: Letter, target: Letter) -> None:
    if source is target:
        return
    for name in ("status", "review_requested_at", "approved_at", "changed_since_approval"):
        setattr(target, name, getattr(source, name))


# --- The nudge when a review is still pending near the deadline -------------------------


def review_nudge_recipients(letter: Letter) -> list:
    """Who a nudge about ``letter`` goes to: each coach, and the client unless they turned
    reminder emails off."""
    recipients = [coach for coach in consent.coaches_of(letter.owner) if wants_email(coach)]
    if wants_email(letter.owner):
        recipients.append(letter.owner)
    return recipients


def letters_needing_review_nudge(*, now: datetime):
    """In review, window closing within CLOSING_SOON (or closed less than LATE_NUDGE_FOR
    ago), and not nudged yet."""
    window = follow_up_window()
    return (
        Letter.objects.filter(
            status=Letter.Status.IN_REVIEW,
            interview__ends_at__lte=now - window + CLOSING_SOON,
            interview__ends_at__gt=now - window - LATE_NUDGE_FOR,
        )
        .select_related("owner", "interview")
        .exclude(reminders__kind=Reminder.Kind.REVIEW_NUDGE)
        .order_by("interview__ends_at")
    )


def queue_review_nudges(*, now: datetime) -> int:
    """Beat: one nudge per pending review near its deadline, to each coach and the client,
    due in each one's daytime. Only rows: the outbox's sweep sends them. Returns how many."""
    return sum(
        coaching_emails.queue_review_nudges(
            letter=letter, recipients=review_nudge_recipients(letter), now=now
        )
        for letter in letters_needing_review_nudge(now=now)
    )


# --- What the job seeker and the coach see ----------------------------------------------


@dataclass
class ReviewPanel:
    letter: Letter
    coaches: list = field(default_factory=list)
    comments: list = field(default_factory=list)
    verdict: ReviewComment | None = None
    can_request: bool = False
    pending: bool = False
    send_without_waiting: bool = False
    closes_at: datetime | None = None
    window_closed: bool = False

    @property
    def has_coach(self) -> bool:
        return bool(self.coaches)

    @property
    def is_approved(self) -> bool:
        return self.letter.approved_at is not None

    @property
    def changed_since_approval(self) -> bool:
        return self.is_approved and self.letter.changed_since_approval


def review_panel(*, letter: Letter, now: datetime | None = None) -> ReviewPanel:
    now = now or timezone.now()
    coaches = list(consent.coaches_of(letter.owner))
    comments = list(letter.comments.select_related("author"))
    verdicts = [c for c in comments if c.verdict != ReviewComment.Verdict.COMMENT]
    closes_at = letter.interview.window_closes_at
    pending = letter.status == Letter.Status.IN_REVIEW
    return ReviewPanel(
        letter=letter,
        coaches=coaches,
        comments=comments,
        verdict=verdicts[-1] if verdicts else None,
        can_request=bool(coaches) and letter.status in REQUESTABLE,
        pending=pending,
        send_without_waiting=pending and closes_at - now <= CLOSING_SOON,
        closes_at=closes_at,
        window_closed=closes_at <= now,
    )


@dataclass(frozen=True)
class CoachSummary:
    clients: int
    sent: int
    sent_in_time: int
    pending_reviews: int
    overdue_follow_ups: int


def coach_summary(*, user, now: datetime | None = None) -> CoachSummary:
    """The admin index's numbers for a coach's clients (all users for a superuser)."""
    now = now or timezone.now()
    window = follow_up_window()
    letters = Letter.objects.all()
    interviews = Interview.objects.all()
    if user.is_superuser:
        clients = letters.values("owner").distinct().count()
    else:
        client_ids = consent.client_ids_subquery(user)
        letters = letters.filter(owner__in=client_ids)
        interviews = interviews.filter(owner__in=client_ids)
        clients = consent.clients_of(user).count()
    in_time = ExpressionWrapper(
        F("interview__ends_at") + Value(window), output_field=DateTimeField()
    )
    counts = letters.aggregate(
        sent=Count("pk", filter=Q(status=Letter.Status.SENT)),
        sent_in_time=Count("pk", filter=Q(status=Letter.Status.SENT, sent_at__lte=in_time)),
        pending=Count("pk", filter=Q(status=Letter.Status.IN_REVIEW)),
    )
    overdue = interviews.overdue(now=now).count()
    return CoachSummary(
        clients=clients,
        sent=counts["sent"],
        sent_in_time=counts["sent_in_time"],
        pending_reviews=counts["pending"],
        overdue_follow_ups=overdue,
    )
