"""The sign-in lockout holds across processes, and the admin's login shares it.

Failed sign-ins are counted in the shared cache (the database cache by default, Redis
when CACHE_URL is set), so a second web worker sees them: the wrong passwords are tried
in a subprocess, the right one in this process.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from tests.accounts.login_attempts import attempt
from tests.factories import PASSWORD, CoachFactory, UserFactory
from tests.integration.processes import database_url

BASE = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.django_db(transaction=True)


def wrong_passwords_from_another_process(url: str, email: str, count: int = 12) -> str:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "PYTEST_"))
    }
    env |= {
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DEBUG": "0",
        "SECRET_KEY": settings.SECRET_KEY,
        "DATABASE_URL": database_url(),
        "ALLOWED_HOSTS": "testserver",
        "SECURE_SSL_REDIRECT": "0",
        "LOG_LEVEL": "ERROR",
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.accounts.login_attempts", url, email, "wrong", str(count)],
        cwd=BASE,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout.strip()


@pytest.mark.parametrize("url", ["/accounts/login/", "/admin/login/"])
def test_twelve_wrong_passwords_in_another_process_lock_the_right_one_out(client, url):
    staff = CoachFactory()  # staff, so the admin would let them in
    other_process = wrong_passwords_from_another_process(url, staff.email)

    # From another address, so only the account's own lockout can stop it.
    response = attempt(client, url, staff.email, PASSWORD, REMOTE_ADDR="10.0.0.2")

    assert other_process == "not signed in"
    assert "_auth_user_id" not in client.session
    assert "Too many failed login attempts" in response.text


def test_the_admin_login_page_sends_staff_to_the_sign_in_page_and_back():
    from django.test import Client

    client = Client()
    staff = CoachFactory()

    to_login = client.get("/admin/login/?next=/admin/letters/letter/")
    signed_in = client.post(to_login.url, {"login": staff.email, "password": PASSWORD})

    assert to_login.url == "/accounts/login/?next=%2Fadmin%2Fletters%2Fletter%2F"
    assert signed_in.url == "/admin/letters/letter/"
    assert client.get("/admin/login/").url == reverse("admin:index")


def test_the_admin_login_never_takes_a_password_itself(client):
    staff = CoachFactory()

    response = client.post("/admin/login/", {"username": staff.email, "password": PASSWORD})

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert "_auth_user_id" not in client.session


def test_a_signed_in_user_without_admin_access_is_refused_not_looped(client):
    client.force_login(UserFactory())

    assert client.get("/admin/login/?next=/admin/").status_code == 403


def test_an_unsafe_next_falls_back_to_the_admin_index(client):
    response = client.get("/admin/login/?next=https://evil.example/")

    assert response.url == "/accounts/login/?next=%2Fadmin%2F"
