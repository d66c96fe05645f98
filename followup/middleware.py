"""Project-wide request and response hardening (issue 11).

Each class does one thing; their order in ``settings.MIDDLEWARE`` matters and is
explained there.
"""

import re

from django.conf import settings
from django.http import HttpResponseBadRequest
from django.utils.cache import patch_cache_control


class FormCharsetMiddleware:
    """Refuse a request declared in any charset but UTF-8 with a 400.

    Django decodes the form body (and even the query string) in the declared charset and
    fails later, and its own 400 handler reads the body again and fails too: a 500.
    Every page is served as UTF-8, so a browser never sends anything else. This must come
    before CsrfViewMiddleware, the first to read ``request.POST``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _is_utf8(request.content_params.get("charset")):
            return HttpResponseBadRequest(
                "Requests must be sent as UTF-8.", content_type="text/plain; charset=utf-8"
            )
        return self.get_response(request)


def _is_utf8(charset: str | None) -> bool:
    # Exactly "utf-8", as Django's form parser wants it (it refuses even "utf8").
    return charset is None or charset.lower() == "utf-8"


# Date-part lookups in admin filters (?starts_at__year=2026): Django turns them into
# datetime() arguments or SQL integers, and a 20-digit year overflows both.
DATE_PART_LOOKUP = re.compile(
    r"__(?:iso_)?(?:year|quarter|month|week|week_day|iso_week_day|day|hour|minute|second)$"
)
DATE_PART_VALUE = re.compile(r"[0-9]{1,4}")


class HostileQueryMiddleware:
    """A 400 for a path or query that no page of ours produces and the database cannot
    take: a NUL byte (PostgreSQL refuses it in any text), a number of twenty digits or a
    date part such as a year of twenty digits in an admin filter. Checked before any view
    or admin query runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or not _query_is_sane(request.GET):
            return HttpResponseBadRequest(
                "This address is malformed.", content_type="text/plain; charset=utf-8"
            )
        return self.get_response(request)


def _query_is_sane(query) -> bool:
    for key, values in query.lists():
        if "\x00" in key or any("\x00" in value for value in values):
            return False
        # No id or number of ours has more digits than a 64-bit integer; a longer one
        # (an admin filter ``?owner=99999999999999999999``) overflows the database driver.
        if any(len(value) > 18 and value.lstrip("-").isdigit() for value in values):
            return False
        if DATE_PART_LOOKUP.search(key) and not all(
            DATE_PART_VALUE.fullmatch(value) for value in values
        ):
            return False
    return True


class PermissionsPolicyMiddleware:
    """Send ``Permissions-Policy``: the app uses no camera, microphone, location and so on."""

    def __init__(self, get_response):
        self.get_response = get_response
        policy = settings.PERMISSIONS_POLICY
        self.header = ", ".join(
            f"{feature}=({' '.join(allow)})" for feature, allow in policy.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response


class PrivateCacheMiddleware:
    """Signed-in pages (downloads included) are nobody's to cache: no shared proxy, no
    back-button copy on a shared computer after logging out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response
