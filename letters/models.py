from django.conf import settings
from django.db import models
from django.urls import reverse


class LetterQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(owner=user)


# Unsent letters first (the ones that still need work): the letters list's order and the
# index that serves it (``Letter.Meta``), one expression so the two cannot drift apart.
UNSENT_FIRST = models.Case(
    models.When(status="sent", then=models.Value(1)), default=models.Value(0)
)


def addressee(*, interviewer: str | None, stored: str) -> str:
    """``Letter.to_name`` from plain values (a list read with ``.values()``): the
    interviewer's name while they exist, else the name kept on the letter."""
    if interviewer is not None:
        return interviewer
    return stored or "a deleted interviewer"


class Letter(models.Model):
    """One follow-up letter to one interviewer of one interview."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_REVIEW = "in_review", "In review"
        READY = "ready", "Ready to send"
        # Claimed by one request that is handing it to the mail server right now. A crash
        # between the hand-over and marking it sent leaves it here: it may have gone out.
        SENDING = "sending", "Sending"
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
    # SET_NULL: the user may delete an interviewer (third-party personal data); the
    # letter keeps the name as text, and a sent letter the address it went to.
    recipient = models.ForeignKey(
        "interviews.Interviewer",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="letters",
    )
    recipient_name = models.CharField(max_length=200, blank=True, editable=False)
    recipient_email = models.EmailField(blank=True, editable=False)
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
    # What that assembly said about the answers on the draft page: each one it left out
    # and each one it used in a corrected version, as [{"answer", "message", "fixed"}].
    # None for letters assembled before it was recorded (the page works it out again).
    assembly_notices = models.JSONField(null=True, blank=True, editable=False)
    score = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    # The checker's last report on the saved text, and the hash of everything it read
    # (text, context, checker version): a page view re-runs the checker only when that
    # changed. See letters.selectors.LetterContext.report.
    check_hash = models.CharField(max_length=64, blank=True, editable=False)
    check_report = models.JSONField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    # The Message-ID of the email the app sent, or that the .eml download carries: a reply
    # that names it (In-Reply-To, References) is matched to this letter (``inbox``).
    message_id = models.CharField(max_length=255, blank=True, editable=False, db_index=True)
    sent_via = models.CharField(max_length=20, choices=SentVia, blank=True)
    # While SENDING: when the claim was made and the status to go back to if the mail
    # server refuses the letter. Once marked sent by hand: the status an undo goes back to.
    sending_since = models.DateTimeField(null=True, blank=True, editable=False)
    status_before_sending = models.CharField(
        max_length=20, choices=Status, blank=True, editable=False
    )
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
        indexes = [
            # The letters waiting for a reply (the dashboard): sent, by date.
            models.Index(
                fields=["owner", "status", "sent_at"], name="letter_owner_status_sent_idx"
            ),
            # The letters list in its order: PostgreSQL reads the first page from the
            # index instead of joining and sorting every letter of the user.
            models.Index(
                "owner",
                UNSENT_FIRST,
                models.F("updated_at").desc(),
                models.F("id").desc(),
                name="letter_list_order_idx",
            ),
        ]

    def __str__(self):
        return self.subject or f"Letter to {self.to_name}"

    def save(self, *args, **kwargs):
        # The name is kept as text so the letter still says who it was to once the
        # interviewer is deleted.
        if self.recipient_id is not None and Letter.recipient.is_cached(self):
            self.recipient_name = self.recipient.name
            update_fields = kwargs.get("update_fields")
            if update_fields is not None and "recipient" in update_fields:
                kwargs["update_fields"] = {*update_fields, "recipient_name"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("letter_detail", args=[self.pk])

    @property
    def to_name(self) -> str:
        """Who the letter is to: the interviewer, or the stored name once they are deleted."""
        return addressee(
            interviewer=self.recipient.name if self.recipient_id is not None else None,
            stored=self.recipient_name,
        )

    @property
    def to_email(self) -> str:
        """The interviewer's address; once they are deleted, the one a sent letter went to."""
        if self.recipient_id is not None:
            return self.recipient.email
        return self.recipient_email

    @property
    def is_sent(self) -> bool:
        return self.status == self.Status.SENT

    @property
    def is_sending(self) -> bool:
        return self.status == self.Status.SENDING


class PersonalWord(models.Model):
    """A word the user added to their own dictionary: the checker never flags it for them."""

    MAX_LENGTH = 40  # longer "words" are codes or noise, which the checker skips anyway
    MAX_PER_USER = 500

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="personal_words"
    )
    word = models.CharField(max_length=MAX_LENGTH)  # folded: lower case, no accents
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["word"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "word"], name="one_personal_word_per_owner")
        ]

    def __str__(self):
        return self.word
