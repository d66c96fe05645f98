"""Every page of every app names the methods it takes
(``require_http_methods``): any other is a 405, before the object is looked up, so the
answer is the same for the user's own id, another user's and a missing one."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.converters import IntConverter

APPS = ("accounts", "interviews", "letters", "reminders", "coaching", "insights")


def our_url_names():
    names = []

    def walk(patterns):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                # The admin's own pages are Django's (they take GET and POST by design).
                if pattern.app_name != "admin":
                    walk(pattern.url_patterns)
            elif pattern.name and pattern.callback.__module__.split(".")[0] in APPS:
                names.append(pattern)

    walk(get_resolver().url_patterns)
    return names


def sample_url(pattern: URLPattern) -> str:
    converters = pattern.pattern.converters
    kwargs = {
        name: 1 if isinstance(converter, IntConverter) else "x"
        for name, converter in converters.items()
    }
    return reverse(pattern.name, kwargs=kwargs)


PATTERNS = our_url_names()


def test_the_pages_of_every_app_are_checked():
    names = {pattern.name for pattern in PATTERNS}

    assert {
        "dashboard",
        "letter_check",
        "interview_detail",
        "profile",
        "insights",
        "reminder_write",
        "coach_invitation",
    } <= names


@pytest.mark.django_db
@pytest.mark.parametrize("pattern", PATTERNS, ids=[pattern.name for pattern in PATTERNS])
def test_a_method_the_page_does_not_take_is_405(signed_in, pattern):
    url = sample_url(pattern)

    response = signed_in.generic("PATCH", url)

    assert response.status_code == 405, url
    assert response["Allow"]
