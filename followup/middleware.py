"""Project-wide request and response hardening (issue 11).

Each class does one thing; their order in ``settings.MIDDLEWARE`` matters and is
explained there.
"""

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
