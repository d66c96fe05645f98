"""The reminder schedule as rows: the database, not the broker, holds what is due when."""

from django.conf import settings
from django.db import models


class Reminder(models.Model):
    """A reminder email as a row: the database, not the broker, is the schedule."""

    class Kind(models.TextChoices):
        NUDGE = "nudge", "Write it while it’s fresh"
        LAST_CALL = "last_call", "Last call"
        LATE = "late", "Late, but still worth sending"
        CHECK_IN = "check_in", "Check in"
        CLOSE_SUGGESTION = "close_suggestion", "Close the interview"
        REVIEW_REQUESTED = "review_requested", "Review requested (to coach)"
        REVIEW_NUDGE = "review_nudge", "Review still pending (to coach)"
        REVIEW_RESULT = "review_result", "Review result (to job seeker)"

    class State(models.TextChoices):
        SCHEDULED = "scheduled", "Scheduled"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        CANCELLED = "cancelled", "Cancelled"
        FAILED = "failed", "Failed"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders"
    )
    interview = models.ForeignKey(
        "interviews.Interview", on_delete=models.CASCADE, related_name="reminders"
    )
    letter = models.ForeignKey(
        "letters.Letter", on_delete=models.CASCADE, related_name="reminders", null=True, blank=True
    )
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
        ordering = ["due_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["interview", "kind", "sequence"], name="one_reminder_per_kind_and_sequence"
            )
        ]
        indexes = [models.Index(fields=["state", "due_at"], name="reminder_sweep_idx")]

    def __str__(self):
        return f"{self.get_kind_display()} for {self.interview} at {self.due_at:%Y-%m-%d %H:%M}"
