"""The user's data: the export holds the mailbox connection (never its password) and the
matches; deleting the account removes both, the credentials first."""

import json

import pytest
from django.urls import reverse

from accounts import userdata
from inbox import crypto
from inbox.models import MailboxConnection, MailboxMatch
from tests.factories import PASSWORD, MailboxConnectionFactory
from tests.inbox.answer_helpers import found_in_thread, letter_waiting, question

pytestmark = pytest.mark.django_db

APP_PASSWORD = "abcd efgh ijkl mnop"


def connected(user) -> MailboxConnection:
    return MailboxConnectionFactory(
        owner=user, host="imap.gmail.com", secret=crypto.encrypt(APP_PASSWORD)
    )


def test_the_export_holds_the_connection_without_its_password_and_the_matches(
    signed_in, user, other_user
):
    connection = connected(user)
    found = found_in_thread(letter_waiting(user))
    asked = question(letter_waiting(user, company="Initech"))
    connected(other_user)
    question(letter_waiting(other_user, company="Secret Corp"))

    response = signed_in.get(reverse("profile_export"))

    text = response.content.decode()
    data = json.loads(text)
    [mailbox] = data["mailbox"]
    assert (mailbox["host"], mailbox["username"], mailbox["security"]) == (
        "imap.gmail.com",
        user.email,
        "ssl",
    )
    assert "secret" not in mailbox
    assert connection.secret not in text and APP_PASSWORD not in text
    assert [
        (row["id"], row["letter_id"], row["how"], row["state"]) for row in data["mailbox_matches"]
    ] == [
        (found.pk, found.letter_id, "thread", "recorded"),
        (asked.pk, asked.letter_id, "address", "suggested"),
    ]
    assert data["mailbox_matches"][0]["message_id_hash"] == found.message_id_hash
    assert "Secret Corp" not in text


def test_deleting_the_account_removes_the_connection_and_the_matches(signed_in, user, other_user):
    connected(user)
    found_in_thread(letter_waiting(user))
    question(letter_waiting(user, company="Initech"))
    kept = connected(other_user)
    theirs = question(letter_waiting(other_user))

    response = signed_in.post(reverse("profile_delete"), {"password": PASSWORD})

    assert response.status_code == 302
    assert list(MailboxConnection.objects.all()) == [kept]
    assert list(MailboxMatch.objects.all()) == [theirs]


def test_the_credentials_go_in_the_deletions_first_step(user, monkeypatch):
    """Interrupted after its first transaction, a deletion leaves no password behind."""
    connected(user)
    question(letter_waiting(user))

    def interrupted(*args, **kwargs):
        raise RuntimeError("the machine went down")

    monkeypatch.setattr(userdata, "_rows_of", interrupted)
    with pytest.raises(RuntimeError):
        userdata.delete_account(user=user)

    assert not MailboxConnection.objects.exists()
    assert MailboxMatch.objects.count() == 1  # the rest goes when the deletion runs again
