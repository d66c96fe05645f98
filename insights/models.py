"""The private calendar feed: one per user, revoked by deleting or regenerating its key."""

import secrets

from django.conf import settings
from django.core import signing
from django.db import models
from django.urls import reverse

FEED_SALT = "insights.calendar-feed"


def new_key() -> str:
    return secrets.token_urlsafe(18)


class CalendarFeed(models.Model):
    """The secret behind ``/calendar/<token>.ics``: a new key makes every old URL a 404."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    key = models.CharField(max_length=40, default=new_key)
    created_at = models.DateTimeField(auto_now_add=True)
    last_fetched_at = models.DateTimeField(null=True, blank=True, editable=False)

    def __str__(self):
        return f"Calendar feed of {self.user}"

    def get_absolute_url(self):
        return reverse("calendar_feed", args=[self.token])

    @property
    def token(self) -> str:
        # Signed, so a guessed or altered URL fails before any lookup by key.
        return signing.Signer(salt=FEED_SALT).sign(f"{self.user_id}.{self.key}")

    @classmethod
    def from_token(cls, token: str) -> "CalendarFeed | None":
        """The live feed a token names, or None (forged, altered, revoked or regenerated)."""
        try:
            value = signing.Signer(salt=FEED_SALT).unsign(token)
            user_pk, key = value.split(".", 1)
        except (signing.BadSignature, ValueError):
            return None
        feed = cls.objects.select_related("user").filter(user_id=user_pk).first()
        if feed is None or not secrets.compare_digest(feed.key, key) or not feed.user.is_active:
            return None
        return feed


class InstallationFigures(models.Model):
    """No table: it only carries the permission to see ``/insights/installation/``.

    Figures across every user who shares them are for whoever runs the installation, so the
    page asks for ``insights.view_installation``: superusers have it, no group is given it
    (coaches are staff, and anyone becomes a coach by accepting an invitation).
    """

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("view_installation", "Can see the figures across all users who share them")]

    def __str__(self):
        return "Figures across users"
