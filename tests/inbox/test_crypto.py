"""The mailbox password at rest: Fernet under MAILBOX_ENCRYPTION_KEY, rotatable, required."""

import base64
import io
import os

import pytest
from django.core.management import call_command

from inbox import crypto
from inbox.models import MailboxConnection
from tests.followup.test_settings import run_settings

OLD = base64.urlsafe_b64encode(b"o" * 32).decode()
NEW = base64.urlsafe_b64encode(b"n" * 32).decode()


def test_the_token_is_not_the_password_and_opens_with_the_key(settings):
    settings.MAILBOX_ENCRYPTION_KEY = [OLD]
    token = crypto.encrypt("app-password")

    assert "app-password" not in token
    assert crypto.decrypt(token) == "app-password"


@pytest.mark.django_db
def test_rotating_the_key_rewrites_every_password_under_the_new_one(settings, user):
    settings.MAILBOX_ENCRYPTION_KEY = [OLD]
    connection = MailboxConnection.objects.create(
        owner=user,
        host="imap.example.org",
        port=993,
        username="a@b.example",
        secret=crypto.encrypt("app-password"),
    )
    settings.MAILBOX_ENCRYPTION_KEY = [NEW, OLD]  # 1. the new key in front
    out = io.StringIO()

    call_command("rotate_mailbox_key", stdout=out)  # 2. re-encrypt

    assert "1 mailbox password(s) re-encrypted" in out.getvalue()
    settings.MAILBOX_ENCRYPTION_KEY = [NEW]  # 3. the old key dropped
    connection.refresh_from_db()
    assert crypto.decrypt(connection.secret) == "app-password"
    settings.MAILBOX_ENCRYPTION_KEY = [OLD]
    with pytest.raises(crypto.InvalidToken):
        crypto.decrypt(connection.secret)


def test_with_debug_off_the_app_refuses_to_start_without_the_key():
    result = run_settings(
        {"DEBUG": "0", "SECRET_KEY": "x" * 50, "MAILBOX_ENCRYPTION_KEY": ""}, "pass"
    )

    assert result.returncode != 0
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(
        "django.core.exceptions.ImproperlyConfigured: MAILBOX_ENCRYPTION_KEY is not set."
    )


def test_a_key_that_is_not_a_fernet_key_is_a_one_line_error():
    result = run_settings(
        {"DEBUG": "0", "SECRET_KEY": "x" * 50, "MAILBOX_ENCRYPTION_KEY": f"{NEW},hunter2"},
        "pass",
    )

    assert result.returncode != 0
    assert result.stderr.strip().splitlines()[-1] == (
        "django.core.exceptions.ImproperlyConfigured: MAILBOX_ENCRYPTION_KEY key 2 is not a "
        "Fernet key (32 bytes in URL-safe base64, 44 characters)."
    )


def test_with_debug_on_a_development_key_lets_it_start():
    result = run_settings(
        {"DEBUG": "1", "MAILBOX_ENCRYPTION_KEY": ""},
        "from django.conf import settings as s; print(len(s.MAILBOX_ENCRYPTION_KEY))",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"
    assert os.environ["MAILBOX_ENCRYPTION_KEY"]  # the test run's own key (pyproject)
