"""Coach review of a letter: ask for it, give it, and notice edits after approval.

The job seeker asks (``request_review``), a coach with the client's consent answers
(``record_review``), and every email goes out through a Celery task queued after commit.
The admin, the job seeker's views and the periodic nudge all call these functions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Case, Count, DateTimeField, ExpressionWrapper, F, Max, Q, Value, When
from django.utils import timezone

from coaching import consent
from coaching.models import ReviewComment
from interviews.models import Interview, follow_up_window
from letters.models import Letter
from reminders.models import Reminder
from reminders.schedule import is_quiet, move_out_of_quiet_hours
from reminders.scheduling import preferences_for

# A pending review this close to the end of the window gets the coach a nudge, and the
# job seeker a note that they can send without waiting.
CLOSING_SOON = timedelta(hours=4)

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


def can_request_review(*, letter: Letter) -> bool:
    return letter.status in REQUESTABLE and consent.coaches_of(letter.owner).exists()


def request_review(*, letter: Letter, now: datetime | None = None) -> Letter:
    """The job seeker asks their coach(es) to review a draft; each coach gets an email."""
    from coaching import tasks

    now = now or timezone.now()
    with transaction.atomic():
        locked = Letter.objects.select_for_update().get(pk=letter.pk)
        if locked.status == Letter.Status.IN_REVIEW:
            return locked  # asked twice (a double click): one request, one email
        if locked.status not in REQUESTABLE:
            raise ValidationError("This letter has been sent; there is nothing left to review.")
        coach_ids = list(consent.coaches_of(locked.owner).values_list("pk", flat=True))
        if not coach_ids:
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
        for coach_id in coach_ids:
            transaction.on_commit(
                _queue(tasks.send_review_requested, letter_id=locked.pk, coach_id=coach_id)
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
    from coaching import tasks

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
        transaction.on_commit(_queue(tasks.send_review_result, comment_id=comment.pk))
    _copy_review_fields(locked, letter)
    return comment


def note_letter_edited(letter: Letter) -> bool:
    """Call when the job seeker changes an approved letter's subject or body.

    Flags it "changed since approval" so coach and job seeker see the approval no
    longer covers every word. Returns True when the flag was newly set.
    """
    if letter.approved_at is None or letter.changed_since_approval or letter.is_sent:
        return False
    letter.changed_since_approval = True
    Letter.objects.filter(pk=letter.pk).update(changed_since_approval=True)
    return True


def withdraw_orphaned_reviews(*, client, now: datetime | None = None) -> int:
    """A review nobody may give any more (consent revoked) goes back to draft."""
    if consent.coaches_of(client).exists():
        return 0
    return Letter.objects.filter(owner=client, status=Letter.Status.IN_REVIEW).update(
        status=Letter.Status.DRAFT, updated_at=now or timezone.now()
    )


def _queue(task, **ids):
    # Tasks take ids, never instances; a partial (not a lambda) lets tests see and run it.
    from functools import partial

    return partial(task.delay, **ids)


def _copy_review_fields(source: Letter, target: Letter) -> None:
    if source is target:
        return
    for name in ("status", "review_requested_at", "approved_at", "changed_since_approval"):
        setattr(target, name, getattr(source, name))


# --- The nudge when a review is still pending near the deadline -------------------------


class Nudge:
    """What a review nudge may say: the window closes soon, or it has closed."""

    CLOSING = "closing"
    LATE = "late"


# After the window closed a nudge says so ("closed", never "closes" or "due soon"); this
# long after the close a review is no help to anyone and no nudge goes out at all.
LATE_NUDGE_FOR = timedelta(hours=24)


def review_nudge_variant(*, closes_at: datetime, now: datetime) -> str | None:
    """Which nudge fits ``now``: CLOSING before the window closes, LATE for a while after
    it, None when it is too early or too late for any."""
    if now < closes_at - CLOSING_SOON:
        return None
    if now < closes_at:
        return Nudge.CLOSING
    if now < closes_at + LATE_NUDGE_FOR:
        return Nudge.LATE
    return None


def review_nudge_recipients(letter: Letter) -> list:
    """Who a nudge about ``letter`` goes to: each coach, and the client unless they turned
    reminder emails off."""
    recipients = [coach for coach in consent.coaches_of(letter.owner) if wants_email(coach)]
    if wants_email(letter.owner):
        recipients.append(letter.owner)
    return recipients


def wants_email(user) -> bool:
    """Whether ``user`` gets automated email at all: the one-click unsubscribe in every
    email's List-Unsubscribe header turns ``email_reminders`` off, for coaches too."""
    return user.is_active and user.email_reminders


def in_quiet_hours(user, *, now: datetime) -> bool:
    """The same quiet hours as reminders, in the user's own zone."""
    prefs = preferences_for(user)
    return is_quiet(now, prefs=prefs)


def nudge_waits_for_quiet_hours(letter: Letter, *, now: datetime) -> bool:
    """A nudge goes out when it is daytime for everyone it goes to; until then it waits
    (and if the window closes meanwhile, the late variant goes instead)."""
    return any(in_quiet_hours(user, now=now) for user in review_nudge_recipients(letter))


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


def claim_review_nudge(*, letter: Letter, now: datetime) -> Reminder | None:
    """Insert the letter's one nudge row, already claimed; None if it exists.

    The row is created in SENDING with no lease, so the reminder sweep (which handles
    SCHEDULED rows) never picks it up; the unique (interview, kind, sequence) constraint
    makes a second concurrent sweep fail here rather than send again.
    """
    try:
        with transaction.atomic():
            if Reminder.objects.filter(letter=letter, kind=Reminder.Kind.REVIEW_NUDGE).exists():
                return None
            sequence = (
                Reminder.objects.filter(
                    interview_id=letter.interview_id, kind=Reminder.Kind.REVIEW_NUDGE
                ).count()
                + 1
            )
            return Reminder.objects.create(
                user_id=letter.owner_id,
                interview_id=letter.interview_id,
                letter=letter,
                kind=Reminder.Kind.REVIEW_NUDGE,
                sequence=sequence,
                due_at=now,
                state=Reminder.State.SENDING,
            )
    except IntegrityError:
        return None


# --- Review emails held through the recipient's night -----------------------------------
# "Review requested" (to a coach) and "review result" (to the job seeker) go out at once
# in the recipient's daytime. At night they become a SCHEDULED row due when the quiet
# hours end, and the beat sweep (``tasks.send_review_nudges``) sends it: rows, not tasks
# parked in the broker with an eta, are the schedule.

HELD_KINDS = (Reminder.Kind.REVIEW_REQUESTED, Reminder.Kind.REVIEW_RESULT)
# A sweep claims at most this many held emails; the rest wait a minute for the next one.
HELD_BATCH = 500


def quiet_hours_end(user, *, now: datetime) -> datetime | None:
    """When ``user``'s quiet hours end if ``now`` falls inside them; None in their daytime."""
    prefs = preferences_for(user)
    if not is_quiet(now, prefs=prefs):
        return None
    return move_out_of_quiet_hours(now, prefs=prefs)


def hold_review_email(*, kind: str, letter: Letter, recipient, due_at: datetime) -> Reminder:
    """Store one review email for ``recipient`` to go out at ``due_at``.

    One pending row per letter, kind and recipient: a coach who comments twice in the
    client's night, or a request the broker delivers twice, makes one morning email.
    """
    for attempt in range(3):
        try:
            with transaction.atomic():
                pending = Reminder.objects.filter(
                    letter=letter, kind=kind, user=recipient, state=Reminder.State.SCHEDULED
                ).first()
                if pending:
                    return pending
                last = Reminder.objects.filter(
                    interview_id=letter.interview_id, kind=kind
                ).aggregate(last=Max("sequence"))["last"]
                return Reminder.objects.create(
                    user=recipient,
                    interview_id=letter.interview_id,
                    letter=letter,
                    kind=kind,
                    sequence=(last or 0) + 1,
                    due_at=due_at,
                )
        except IntegrityError:
            # Another worker took that sequence number at the same moment: count again.
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def claim_due_held_emails(*, now: datetime) -> list[int]:
    """Claim the held review emails due at ``now`` (SCHEDULED -> SENDING).

    Each claim is a conditional update, so of two sweeps running at once only one
    claims a row; the sender then claims it once more (attempts 0 -> 1) before sending.
    """
    due = Reminder.objects.filter(
        kind__in=HELD_KINDS, state=Reminder.State.SCHEDULED, due_at__lte=now
    ).order_by("due_at", "pk")
    claimed = []
    for pk in due.values_list("pk", flat=True)[:HELD_BATCH]:
        if Reminder.objects.filter(pk=pk, state=Reminder.State.SCHEDULED).update(
            state=Reminder.State.SENDING, attempts=0, updated_at=now
        ):
            claimed.append(pk)
    return claimed


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
