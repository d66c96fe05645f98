"""A signed-in user's pages, kept for a short while and dropped when their data changes.

``@per_user_page`` on a view: a GET by a signed-in user is answered from the cache when
the same page was rendered for the same user, in the same browser, since their data last
changed and less than ``PAGE_CACHE_SECONDS`` ago (60 by default; 0 turns it off).

- *Since their data last changed*: the key holds ``User.data_version``, which changes
  with every write to the user's rows (``accounts.freshness``), so an edit, a sent letter
  or a coach's comment shows on the very next request.
- *Less than a minute ago*: what a page says about the clock (a countdown, a window that
  just closed, an interview that just started) is at most that old. Countdowns tick in
  the browser anyway.
- *In the same browser*: forms in a page carry a CSRF token for that browser's secret,
  which is part of the key.
- *By the same release*: the key holds a hash of the code, templates and static files,
  so a deploy never serves a page the previous version rendered.

Never read or stored: another method than GET, an htmx request (a partial), a query
string other than ``?page=N`` (searches and filters), a page with messages waiting to be
shown, and any response but a 200 HTML page without cookies. Pages live in their own
cache (``CACHES["pages"]``), so they never push out a sign-in lockout or a rate limit.
The session and the user are loaded as for any request, so signing out, a deactivated
account or an expired session behave exactly as without the cache.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import caches
from django.http import HttpResponse
from django.middleware.csrf import get_token

log = logging.getLogger(__name__)

KEY_PREFIX = "page:v1:"
CACHE = "pages"  # settings.CACHES: apart from lockouts and rate limits
# What a cached page may keep from the view's response besides its body.
KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary")


def per_user_page(view):
    """Serve ``view``'s GET pages from the per-user page cache (see the module)."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if (
            request.method != "GET"
            or request.headers.get("HX-Request")
            or not _plain_query(request.GET)
        ):
            return view(request, *args, **kwargs)
        return cached_response(
            request,
            "page",
            request.get_host(),
            request.get_full_path(),
            render=lambda: view(request, *args, **kwargs),
        )

    return wrapped


def cached_response(request, *parts: str, render: Callable[[], HttpResponse]) -> HttpResponse:
    """``render()``'s response, from the cache when it was rendered for this user and
    browser with the same ``parts`` since their data last changed. For a partial that a
    POST asks for without changing anything (the live check of the text being typed),
    ``parts`` name everything it depends on besides the user's data."""
    key = _key(request, parts)
    if key is None:
        return render()
    cache = caches[CACHE]
    try:
        cached = cache.get(key)
    except Exception:  # a cache that is down (or a table not created yet) costs speed only
        log.warning("The page cache could not be read", exc_info=True)
        return render()
    if cached is not None:
        content, headers = cached
        response = HttpResponse(content)
        for name, value in headers:
            response[name] = value
        return response
    response = render()
    if _storable(response):
        headers = [(name, response[name]) for name in KEPT_HEADERS if response.has_header(name)]
        try:
            cache.set(key, (response.content, headers), settings.PAGE_CACHE_SECONDS)
        except Exception:
            log.warning("The page cache could not be written", exc_info=True)
    return response


def _key(request, parts) -> str | None:
    """The cache key of this response, or None when it must not be cached."""
    if settings.PAGE_CACHE_SECONDS <= 0:
        return None
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    if len(get_messages(request)):  # shown once, on this page: not from the cache
        return None
    if "CSRF_COOKIE" not in request.META:
        get_token(request)  # a browser without the cookie gets one, as a form would give it
    material = "\n".join(
        (
            release(),
            str(user.pk),
            str(user.data_version),
            # The secret, not a masked token: every token for it is valid in this browser.
            request.META["CSRF_COOKIE"],
            # Length-prefixed: parts may hold any text, a newline included.
            *(f"{len(part)}:{part}" for part in parts),
        )
    )
    digest = hashlib.blake2b(material.encode("utf-8", "surrogatepass"), digest_size=20)
    return KEY_PREFIX + digest.hexdigest()


# What renders pages: a new release never serves a page the previous one rendered.
RELEASE_FILES = ("*.py", "*.html", "*.txt", "*.css", "*.js", "*.po")


@functools.cache
def release() -> str:
    """A hash of this project's code, templates, static files and translations (the apps
    that live in the project, and the template, static and locale folders the settings
    name) and of the lock files that pin Django, the other packages and the npm assets;
    read once per process, in a few milliseconds."""
    base = Path(settings.BASE_DIR)
    folders = {Path(app.path) for app in apps.get_app_configs()}
    folders.update(Path(folder) for engine in settings.TEMPLATES for folder in engine["DIRS"])
    folders.update(Path(folder) for folder in getattr(settings, "LOCALE_PATHS", ()))
    for entry in getattr(settings, "STATICFILES_DIRS", ()):
        # ("prefix", path) entries are npm packages: package-lock.json stands for them.
        if not isinstance(entry, tuple):
            folders.add(Path(entry))
    digest = hashlib.blake2b(digest_size=16)
    for lock in ("uv.lock", "package-lock.json"):
        if (base / lock).is_file():
            digest.update((base / lock).read_bytes())
    ours = (
        folder
        for folder in folders
        # Installed packages are pinned by the lock files, even in a virtualenv inside it.
        if folder.is_relative_to(base) and not folder.is_relative_to(sys.prefix)
    )
    for folder in sorted(ours):
        for pattern in RELEASE_FILES:
            for path in sorted(folder.rglob(pattern)):
                digest.update(str(path.relative_to(base)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def _plain_query(query) -> bool:
    """No query string, or only a page number: a search or a filter is asked once and
    rendered for it, so no one can fill the cache with endless addresses."""
    pages = query.getlist("page")
    return (
        set(query) <= {"page"}
        and len(pages) <= 1
        and all(page.isdigit() and len(page) <= 4 for page in pages)
    )


def _storable(response) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and response.get("Content-Type", "").startswith("text/html")
    )
