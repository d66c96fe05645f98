from django.conf import settings
from django.db import models
from django.urls import reverse


class LetterQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(owner=user)


class Letter(models.Model):
    """One follow-up letter to one interviewer of one interview."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_REVIEW = "in_review", "In review"
        READY = "ready", "Ready to send"
        SENT = "sent", "Sent"

    class SentVia(models.TextChoices):
        APP = "app", "Sent by Followup’s email"
        MAIL_CLIENT = "mail_client", "Sent from my mail client"
        MANUAL = "manual", "Marked as sent by hand"

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="letters"
    )
    interview = models.ForeignKey(
        "interviews.Interview", on_delete=models.CASCADE, related_name="letters"
    )
    recipient = models.ForeignKey(
        "interviews.Interviewer", on_delete=models.PROTECT, related_name="letters"
    )
    status = models.CharField(max_length=20, choices=Status, default=Status.DRAFT)
    # The wizard's answers, keyed by step name (connection, fit, value_problem, ...).
    answers = models.JSONField(default=dict, blank=True)
    wizard_step = models.PositiveSmallIntegerField(default=1)
    subject = models.CharField(max_length=200, blank=True)
    body = models.TextField(blank=True)
    # What the wizard last assembled; a body that differs was edited by the user
    # and must never be overwritten silently.
    assembled_subject = models.CharField(max_length=200, blank=True, editable=False)
    assembled_body = models.TextField(blank=True, editable=False)
    score = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    # The checker's last report on the saved text, and the hash of everything it read
    # (text, context, checker version): a page view re-runs the checker only when that
    # changed. See letters.selectors.LetterContext.report.
    check_hash = models.CharField(max_length=64, blank=True, editable=False)
    check_report = models.JSONField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    sent_via = models.CharField(max_length=20, choices=SentVia, blank=True)
    # Coach review.
    review_requested_at = models.DateTimeField(null=True, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    changed_since_approval = models.BooleanField(default=False)

    objects = LetterQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["interview", "recipient"], name="one_letter_per_recipient_per_interview"
            )
        ]
        indexes = [models.Index(fields=["owner", "status"])]

    def __str__(self):
        return self.subject or f"Letter to {self.recipient.name}"

    def get_absolute_url(self):
        return reverse("letter_detail", args=[self.pk])

    @property
    def is_sent(self) -> bool:
        return self.status == self.Status.SENT


class ReviewComment(models.Model):
    """A coach's comment on a letter, with an optional verdict."""

    class Verdict(models.TextChoices):
        COMMENT = "comment", "Comment only"
        APPROVED = "approved", "Approved"
        CHANGES_REQUESTED = "changes_requested", "Changes requested"

    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_comments"
    )
    body = models.TextField(blank=True)
    verdict = models.CharField(max_length=20, choices=Verdict, default=Verdict.COMMENT)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.get_verdict_display()} by {self.author} on {self.letter}"


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
        Letter, on_delete=models.CASCADE, related_name="reminders", null=True, blank=True
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
