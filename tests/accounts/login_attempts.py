"""Sign-in attempts from a separate process (for the lockout tests).

    python -m tests.accounts.login_attempts URL EMAIL PASSWORD COUNT

posts COUNT sign-ins through URL with Django's test client, in this process, against the
database and cache that the environment names (as a second web worker would).
"""

import sys

from django.urls import reverse


def attempt(client, url: str, email: str, password: str, **extra):
    """One sign-in through ``url`` as a browser would do it: post the form there, and if
    that page sends the browser to another sign-in form, post the same there."""
    data = {"username": email, "login": email, "password": password}
    response = client.post(url, data, **extra)
    login = reverse("account_login")
    if response.status_code == 302 and response.url.startswith(login):
        response = client.post(response.url, data, **extra)
    return response


if __name__ == "__main__":
    import django

    django.setup()
    from django.conf import settings
    from django.test import Client

    # As in the test process: pages render without collectstatic's manifest.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }

    url, email, password, count = sys.argv[1:]
    client = Client()
    for _ in range(int(count)):
        attempt(client, url, email, password)
    print("signed in" if "_auth_user_id" in client.session else "not signed in")
