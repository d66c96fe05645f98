"""What allauth's rate limits keep about a user, forgotten when the account is deleted.

allauth counts attempts in the default cache (the database table ``followup_cache``
unless CACHE_URL names Redis), keyed by the user's id ("reauthenticate", "change
password"…) or by a hash of their address ("login_failed", "reset_password",
"confirm_email"…). Those entries would outlive the account by up to their period; a
deleted account leaves nothing behind, so they go with it.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from allauth.account import app_settings as account_settings
from allauth.core import ratelimit
from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site


def forget_user(request, *, user) -> None:
    """Clear every per-user and per-address rate limit entry of ``user``."""
    addresses = {user.email.lower()}
    addresses.update(address.lower() for address in _addresses(user))
    # allauth keys failed sign-ins by "<site domain>:<login>": the domain is the request's
    # host (no sites framework), and the site's own host for the usual one.
    domains = {get_current_site(request).domain, urlsplit(settings.SITE_URL).netloc}
    for action, rates in account_settings.RATE_LIMITS.items():
        rates = rates or ""
        if "/user" in rates:
            ratelimit.clear(request, action=action, user=user)
        if "/key" in rates:
            keys = addresses
            if action == "login_failed":
                keys = {f"{domain}:{address}" for domain in domains for address in addresses}
            for key in keys:
                ratelimit.clear(request, action=action, key=key, user=user)


def _addresses(user) -> list[str]:
    from allauth.account.models import EmailAddress

    return list(EmailAddress.objects.filter(user=user).values_list("email", flat=True))
