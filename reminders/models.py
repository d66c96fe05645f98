"""The outbox: every automated email is a row, and the database, not the broker, is the schedule."""

from django.conf import settings
from django.db import models


class Reminder(models.Model):
    """One automated email: what it is (``kind``), to whom, when it is due, and how it went.

    The name predates the coach emails; ids and versions are in signed links already
    mailed, so the table keeps it. The app that owns a kind registers how to build its
    email (``reminders.emails.outbox_email``); ``reminders.dispatch`` sends every kind.
    """

    class Kind(models.TextChoices):
        # Planned by reminders/scheduling.py from the interview and its letter.
        NUDGE = "nudge", "Write it while it’s fresh"
        LAST_CALL = "last_call", "Last call"
        LATE = "late", "Late, but still worth sending"
        CHECK_IN = "check_in", "Check in"
        CLOSE_SUGGESTION = "close_suggestion", "Close the interview"
        # Queued by coaching.
        REVIEW_REQUESTED = "review_requested", "Review requested (to coach)"
        REVIEW_NUDGE = "review_nudge", "Review still pending (to coach and client)"
        REVIEW_RESULT = "review_result", "Review result (to job seeker)"
        COACH_INVITATION = "coach_invitation", "Coach invitation"
        # Queued by inbox.
        MAILBOX_PAUSED = "mailbox_paused", "Mailbox paused (wrong password)"

    class State(models.TextChoices):
        SCHEDULED = "scheduled", "Scheduled"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        CANCELLED = "cancelled", "Cancelled"
        FAILED = "failed", "Failed"

    # The recipient. Empty only for an invitation to someone without an account (to_email).
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reminders",
        null=True,
        blank=True,
    )
    to_email = models.EmailField(
        "recipient address", blank=True, help_text="Only for someone without an account."
    )
    interview = models.ForeignKey(
        "interviews.Interview",
        on_delete=models.CASCADE,
        related_name="reminders",
        null=True,
        blank=True,
    )
    letter = models.ForeignKey(
        "letters.Letter", on_delete=models.CASCADE, related_name="reminders", null=True, blank=True
    )
    # The row a kind with no interview or letter is about (a coach invitation's access).
    object_id = models.PositiveBigIntegerField("about", null=True, blank=True)
    kind = models.CharField(max_length=20, choices=Kind)
    sequence = models.PositiveSmallIntegerField(default=1)
    due_at = models.DateTimeField()
    state = models.CharField(max_length=20, choices=State, default=State.SCHEDULED)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    # Bumped on every reschedule: a claim made for an older version sends nothing.
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "outbox email"
        verbose_name_plural = "outbox emails"
        ordering = ["due_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["interview", "kind", "sequence"], name="one_reminder_per_kind_and_sequence"
            )
        ]
        indexes = [models.Index(fields=["state", "due_at"], name="reminder_sweep_idx")]

    def __str__(self):
        about = self.interview or self.to_email or self.user
        return f"{self.get_kind_display()} for {about} at {self.due_at:%Y-%m-%d %H:%M}"

    @property
    def recipient_address(self) -> str:
        return self.user.email if self.user_id else self.to_email
