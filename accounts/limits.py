"""What keeps the app from being a spam relay: who may make it email a third party.

Email the app sends on a user's behalf to someone else (a letter through Followup's
address, a coach invitation) needs a confirmed address, and each account has a daily
quota of them. Reminders to the user's own address need neither.

The quotas count rows in the database (letters sent, invitations created) over the last
24 hours, so every process sees the same numbers; the apps that own those rows count
them and call ``check_quota``.
"""

from __future__ import annotations

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.urls import reverse
from django.utils.html import format_html

# A rolling day: "20 letters a day" means at most 20 in any 24 hours.
QUOTA_PERIOD = timedelta(hours=24)


class SendingNotAllowed(Exception):
    """The user may not make the app send this email now; ``message`` says why and what to do.

    ``html`` is the same message with a link, for pages (``format_html``-safe).
    """

    def __init__(self, message: str, html: str | None = None):
        super().__init__(message)
        self.html = html or message


def has_verified_email(user) -> bool:
    """The user confirmed the address they sign in with (allauth's confirmation link)."""
    return EmailAddress.objects.filter(user=user, email__iexact=user.email, verified=True).exists()


def require_verified_email(user, *, what: str) -> None:
    """Refuse ``what`` (e.g. "send letters from Followup") until the address is confirmed."""
    if has_verified_email(user):
        return
    url = reverse("account_email")
    text = (
        f"Confirm your email address {user.email} before Followup can {what}: open the link "
        "in the confirmation email we sent you, or ask for a new one on your email page "
        f"({url})."
    )
    html = format_html(
        "Confirm your email address {} before Followup can {}: open the link in the "
        'confirmation email we sent you, or <a href="{}">ask for a new one</a>.',
        user.email,
        what,
        url,
    )
    raise SendingNotAllowed(text, html)


def check_quota(*, used: int, limit: int, what: str, instead: str = "") -> None:
    """Refuse once ``used`` (in the last 24 hours) has reached ``limit``."""
    if used >= limit:
        raise SendingNotAllowed(
            f"You have reached the limit of {limit} {what} in 24 hours. It keeps Followup’s "
            f"address from being used for spam: try again tomorrow{instead}."
        )
