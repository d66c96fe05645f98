"""Coaching's rows: the client's consent (``CoachAccess``) and the coach's comments."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


class CoachAccessQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True, coach__isnull=False)


def _new_token() -> str:
    return secrets.token_urlsafe(24)


class CoachAccess(models.Model):
    """A client's consent for a career coach to review their letters.

    Access exists only while this row is active: the client can revoke it at any time.
    """

    client = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coach_accesses"
    )
    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="client_accesses",
        null=True,
        blank=True,
        help_text="Empty until the invited coach has an account.",
    )
    coach_email = models.EmailField()
    token = models.CharField(max_length=64, unique=True, default=_new_token, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    accepted_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = CoachAccessQuerySet.as_manager()

    class Meta:
        verbose_name = "coach access"
        verbose_name_plural = "coach accesses"
        constraints = [
            models.UniqueConstraint(
                fields=["client", "coach_email"],
                condition=Q(revoked_at__isnull=True),
                name="one_open_access_per_client_and_coach",
            )
        ]

    def __str__(self):
        return f"{self.coach_email} coaches {self.client}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None and self.coach_id is not None


FORMER_COACH = "a former coach"


class ReviewComment(models.Model):
    """A coach's comment on a letter, with an optional verdict."""

    class Verdict(models.TextChoices):
        COMMENT = "comment", "Comment only"
        APPROVED = "approved", "Approved"
        CHANGES_REQUESTED = "changes_requested", "Changes requested"

    letter = models.ForeignKey("letters.Letter", on_delete=models.CASCADE, related_name="comments")
    # SET_NULL: a coach who deletes their account leaves their comments on the client's
    # letter (the client's data); they go when the letter goes.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="review_comments",
    )
    body = models.TextField(blank=True)
    verdict = models.CharField(max_length=20, choices=Verdict, default=Verdict.COMMENT)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.get_verdict_display()} by {self.author_name} on {self.letter}"

    @property
    def author_name(self) -> str:
        return self.author.get_full_name() if self.author_id is not None else FORMER_COACH
