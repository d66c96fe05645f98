"""The admin lists mailbox connections read-only, never their secret, scoped like the rest."""

import pytest
from django.urls import reverse

from inbox import crypto
from inbox.models import MailboxConnection
from tests.factories import CoachFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def connection(user):
    return MailboxConnection.objects.create(
        owner=user,
        host="imap.example.org",
        port=993,
        username="sam@example.org",
        secret=crypto.encrypt("app-password"),
        last_result="ok",
        last_message="3 new messages read.",
    )


def test_a_superuser_sees_the_list_and_the_row_without_the_secret(client, connection):
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)

    listing = client.get(reverse("admin:inbox_mailboxconnection_changelist"))
    row = client.get(reverse("admin:inbox_mailboxconnection_change", args=[connection.pk]))

    assert listing.status_code == 200
    assert "imap.example.org" in listing.text
    assert row.status_code == 200
    assert "3 new messages read." in row.text
    assert connection.secret not in row.text
    assert "app-password" not in row.text
    assert 'name="host"' not in row.text  # read-only
    assert client.get(reverse("admin:inbox_mailboxconnection_add")).status_code == 403


def test_a_coach_without_consent_sees_no_connection(client, connection):
    coach = CoachFactory()
    coach.user_permissions.add(
        *__import__(
            "django.contrib.auth.models", fromlist=["Permission"]
        ).Permission.objects.filter(codename__endswith="mailboxconnection")
    )
    client.force_login(coach)

    listing = client.get(reverse("admin:inbox_mailboxconnection_changelist"))
    row = client.get(reverse("admin:inbox_mailboxconnection_change", args=[connection.pk]))

    assert "imap.example.org" not in listing.text
    assert row.status_code == 404
