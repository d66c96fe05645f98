import zoneinfo
from datetime import time

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone

from accounts.names import capitals_offer
from accounts.signals import display_name_changed
from accounts.timezones import is_valid_time_zone


def validate_time_zone(value: str) -> None:
    if not is_valid_time_zone(value):
        raise ValidationError(f"“{value}” is not a time zone we know. Pick one from the list.")


def default_quiet_hours_start() -> time:
    return time.fromisoformat(settings.FOLLOWUP_QUIET_HOURS_START)


def default_quiet_hours_end() -> time:
    return time.fromisoformat(settings.FOLLOWUP_QUIET_HOURS_END)


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("Users sign in with an email address; one is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractBaseUser, PermissionsMixin):
    """A job seeker (or a coach, who is staff). Signs in with an email address."""

    email = models.EmailField("email address", unique=True)
    name = models.CharField("display name", max_length=150, blank=True)
    # A name typed without capitals that the user chose to keep as it is ("bell hooks"):
    # no more offers to capitalise it (accounts.names.capitals_offer).
    kept_name = models.CharField(max_length=150, blank=True, editable=False)
    time_zone = models.CharField(
        max_length=64,
        default="UTC",
        validators=[validate_time_zone],
        help_text="Times are shown in this zone, and reminders respect it.",
    )
    is_staff = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)

    # Reminder preferences (reminders/schedule.py says when each kind is due).
    quiet_hours_start = models.TimeField(default=default_quiet_hours_start)
    quiet_hours_end = models.TimeField(default=default_quiet_hours_end)
    remind_nudge = models.BooleanField("“Write it while it’s fresh” nudge", default=True)
    remind_last_call = models.BooleanField("Last call before the window closes", default=True)
    remind_late = models.BooleanField("“Late, but still worth sending” note", default=True)
    remind_check_in = models.BooleanField("Check-in reminders after sending", default=True)
    remind_close_suggestion = models.BooleanField(
        "Suggestion to close a quiet interview", default=True
    )
    email_reminders = models.BooleanField(
        "Email me reminders", default=True, help_text="Off means no reminder emails at all."
    )
    share_anonymous_stats = models.BooleanField(
        "Count my follow-ups, anonymously, in the figures across all users",
        default=False,
        help_text="Only counts, never your letters or names, and only in groups of at least "
        "20 letters. Coaches use them to show what following up earns.",
    )

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        ordering = ["email"]

    def __str__(self):
        return self.name or self.email

    def clean(self):
        super().clean()
        self.email = self.__class__.objects.normalize_email(self.email).lower()

    @property
    def name_capitals_offer(self) -> str:
        """'Maya Okafor' for a name typed 'maya okafor', unless the user kept it."""
        return "" if self.name == self.kept_name else capitals_offer(self.name)

    def use_capitals_offer(self) -> None:
        """Take the offered 'Maya Okafor' for 'maya okafor' (one click on the notice)."""
        if offer := self.name_capitals_offer:
            self.change_name(offer)

    def keep_name(self) -> None:
        """Keep the name as typed: no more offers for it."""
        self.kept_name = self.name
        self.save(update_fields=["kept_name"])

    def change_name(self, name: str) -> None:
        old, self.name = self.name, name
        with transaction.atomic():
            self.save(update_fields=["name"])
            self.name_saved(old)

    def name_saved(self, old: str) -> None:
        """Tell the apps that show the name (drafts signed with it) that it changed."""
        if self.name != old:
            display_name_changed.send(sender=type(self), user=self, old=old)

    def get_full_name(self):
        return self.name or self.email

    def get_short_name(self):
        return (self.name.split() or [self.email.split("@")[0]])[0]

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")


class QuotaUse(models.Model):
    """One email the app sent on a user's behalf, counted against a daily limit.

    Keyed by the account and by a keyed hash of the normalised address: deleting the
    account keeps the row (``user`` becomes NULL), so signing up again with the same
    address does not reset the limit. Rows older than the quota period are deleted as
    new ones come (``accounts.limits``), so the hash is kept for a day at most.
    """

    class Kind(models.TextChoices):
        TEST_SEND = "test_send", "test send to oneself"
        LETTER = "letter", "letter sent from Followup"
        COACH_INVITATION = "coach_invitation", "coach invitation"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    address_hash = models.CharField(max_length=64)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    created_at = models.DateTimeField()

    class Meta:
        indexes = [
            models.Index(fields=["address_hash", "kind", "created_at"]),
            models.Index(fields=["user", "kind", "created_at"]),
            models.Index(fields=["created_at"]),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} at {self.created_at:%Y-%m-%d %H:%M}"
