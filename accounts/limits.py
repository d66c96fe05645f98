"""What keeps the app from being a spam relay: who may make it email a third party.

Email the app sends on a user's behalf to someone else (a letter through Followup's
address, a coach invitation) needs a confirmed address, and each account has a daily
quota of them. Reminders to the user's own address need neither.

The quotas count rows in the database over the last 24 hours, so every process sees the
same numbers. Each email sent on a user's behalf leaves a ``QuotaUse`` row keyed by the
account and by a keyed hash of the normalised address, so deleting the account and
signing up again with the same address starts from the same count. The database, not the
shared cache: the database cache culls entries when full and Redis may evict keys, and a
limit that forgets is no limit; the rows also count exactly over a rolling day.
"""

from __future__ import annotations

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.html import format_html

from accounts.models import QuotaUse

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


def address_hash(email: str) -> str:
    """The normalised address, hashed with the secret key: the same mailbox gives the same
    value, and a stored value does not reveal the address.

    Case and a ``+tag`` (``alex+2@…`` reaches ``alex@…`` at most providers) are dropped.
    """
    local, _, domain = email.strip().lower().rpartition("@")
    local = local.split("+", 1)[0]
    return salted_hmac(
        "accounts.limits.address", f"{local}@{domain}", algorithm="sha256"
    ).hexdigest()


def quota_used(*, user, kind: str, now=None) -> int:
    """``kind`` emails sent in the last 24 hours by this account or from its address."""
    now = now or timezone.now()
    return QuotaUse.objects.filter(
        Q(user=user) | Q(address_hash=address_hash(user.email)),
        kind=kind,
        created_at__gt=now - QUOTA_PERIOD,
    ).count()


def record_use(*, user, kind: str, now=None) -> QuotaUse:
    """Count one ``kind`` email for the account and its address (and forget old rows)."""
    now = now or timezone.now()
    QuotaUse.objects.filter(created_at__lte=now - QUOTA_PERIOD).delete()
    return QuotaUse.objects.create(
        user=user, address_hash=address_hash(user.email), kind=kind, created_at=now
    )


def reserve(*, user, kind: str, limit: int, what: str, instead: str = "", now=None) -> QuotaUse:
    """Count one ``kind`` email now, or raise ``SendingNotAllowed`` past ``limit``.

    Counted first and checked after, in one transaction: of two concurrent requests at the
    limit neither can slip past it. ``release`` gives the use back if nothing was sent.
    """
    now = now or timezone.now()
    with transaction.atomic():
        use = record_use(user=user, kind=kind, now=now)
        used = quota_used(user=user, kind=kind, now=now) - 1
        if used >= limit:
            use.delete()
            check_quota(used=used, limit=limit, what=what, instead=instead)
    return use


def release(use: QuotaUse) -> None:
    """Nothing went out (the mail server refused): the use no longer counts."""
    QuotaUse.objects.filter(pk=use.pk).delete()
