"""/profile/mailbox/: connect with one login that says plainly what went wrong, see the last
check, disconnect at once; only ever the user's own mailbox."""

import socket

import pytest
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from inbox import crypto, imap
from inbox.models import MailboxConnection
from tests.followup.test_fuzz_forms import (
    FUZZ,
    assert_no_server_error,
    charsets,
    form,
    post,
    value,
)
from tests.inbox.conftest import PASSWORD, USER

pytestmark = pytest.mark.django_db

URL = "/profile/mailbox/"


def fields(port, **changes) -> dict:
    return {
        "host": "127.0.0.1",
        "port": str(port),
        "security": "none",
        "username": USER,
        "password": PASSWORD,
        **changes,
    }


def test_the_page_needs_a_sign_in(client):
    response = client.get(URL)

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_page_has_a_labelled_field_for_each_input_and_a_line_per_provider(
    signed_in, django_assert_max_num_queries
):
    assert reverse("mailbox") == URL
    with django_assert_max_num_queries(8):
        response = signed_in.get(URL)

    assert response.status_code == 200
    for name in ["host", "port", "security", "username", "password"]:
        assert f'for="id_{name}"' in response.text
        assert f'name="{name}"' in response.text
    for provider in ["Gmail", "Outlook", "iCloud", "Fastmail", "Yahoo"]:
        assert f"<strong>{provider}" in response.text
    assert "needs OAuth" in response.text


def test_the_profile_page_links_to_it(signed_in):
    response = signed_in.get(reverse("profile"))

    assert f'href="{URL}"' in response.text
    assert "Connect your mailbox" in response.text


def test_saving_logs_in_and_keeps_the_password_only_encrypted(signed_in, user, dovecot):
    response = signed_in.post(URL, fields(dovecot.port))

    assert response.status_code == 302
    connection = MailboxConnection.objects.get(owner=user)
    assert (connection.host, connection.port, connection.username, connection.security) == (
        "127.0.0.1",
        dovecot.port,
        USER,
        "none",
    )
    assert PASSWORD not in connection.secret
    assert crypto.decrypt(connection.secret) == PASSWORD
    assert connection.state == MailboxConnection.State.ACTIVE
    assert "Login: user=<jane@example.org>" in dovecot.log()
    page = signed_in.get(URL)
    assert "jane@example.org at 127.0.0.1" in page.text
    assert "Disconnect" in page.text
    assert PASSWORD not in page.text


def test_a_wrong_password_says_so_and_keeps_what_was_typed_but_the_password(signed_in, dovecot):
    response = signed_in.post(URL, fields(dovecot.port, password="wrong-password-typed"))

    assert response.status_code == 200
    assert "The mailbox refused the username or the app password." in response.text
    assert f'value="{USER}"' in response.text
    assert f'value="{dovecot.port}"' in response.text
    assert "wrong-password-typed" not in response.text
    assert not MailboxConnection.objects.exists()


def test_a_refused_connection_says_so(signed_in, dovecot):
    port = dovecot.port
    dovecot.stop()

    response = signed_in.post(URL, fields(port))

    assert response.status_code == 200
    assert "127.0.0.1 refused the connection on that port." in response.text
    assert not MailboxConnection.objects.exists()


def test_a_server_that_never_answers_is_a_timeout(signed_in, settings):
    settings.MAILBOX_TIMEOUT_SECONDS = 0.5
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)  # the kernel accepts; nobody ever says "* OK"
        response = signed_in.post(URL, fields(silent.getsockname()[1]))

    assert response.status_code == 200
    assert "127.0.0.1 did not answer in time." in response.text


def test_tls_to_a_server_that_speaks_none_is_a_tls_failure(signed_in, dovecot):
    response = signed_in.post(URL, fields(dovecot.port, security="ssl"))

    assert response.status_code == 200
    assert "The secure connection to 127.0.0.1 failed (TLS)" in response.text


def test_no_encryption_is_refused_for_a_host_that_is_not_this_machine(signed_in, dovecot):
    response = signed_in.post(URL, fields(993, host="imap.example.org", security="none"))

    assert response.status_code == 200
    assert "Without encryption the password would cross the network" in response.text
    assert 'value="imap.example.org"' in response.text


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"host": "imap..example.org"}, "Enter the mail server&#x27;s name"),
        ({"host": "imap example.org"}, "Enter the mail server&#x27;s name"),
        ({"host": "-imap.example.org"}, "Enter the mail server&#x27;s name"),
        ({"host": "a" * 300}, "at most 255 characters"),
        ({"host": "169.254.169.254"}, "That address cannot be a mail server."),
        ({"host": "0.0.0.0"}, "That address cannot be a mail server."),
        ({"port": "0"}, "greater than or equal to 1"),
        ({"port": "70000"}, "less than or equal to 65535"),
        ({"port": "imap"}, "Enter a whole number."),
        ({"security": "plain"}, "Select a valid choice."),
        ({"username": "jane\r\nA1 LOGOUT"}, "cannot contain line breaks"),
        ({"password": ""}, "This field is required."),
    ],
)
def test_bad_input_is_refused_without_connecting(signed_in, changes, message):
    response = signed_in.post(URL, fields(1) | changes)

    assert response.status_code == 200
    assert message in response.text
    assert not MailboxConnection.objects.exists()


def test_disconnect_deletes_the_credentials_at_once(signed_in, user, dovecot):
    signed_in.post(URL, fields(dovecot.port))

    response = signed_in.post(URL, {"action": "disconnect"})

    assert response.status_code == 302
    assert not MailboxConnection.objects.filter(owner=user).exists()
    assert "Connect your mailbox" in signed_in.get(reverse("profile")).text


def test_another_users_mailbox_is_never_shown_nor_disconnected(client, other_user, user):
    theirs = MailboxConnection.objects.create(
        owner=other_user,
        host="imap.theirs.example",
        port=993,
        username="them@theirs.example",
        secret=crypto.encrypt("their-password"),
    )
    client.force_login(user)

    page = client.get(URL)
    client.post(URL, {"action": "disconnect"})

    assert "theirs.example" not in page.text
    assert MailboxConnection.objects.filter(pk=theirs.pk).exists()
    assert "theirs.example" not in client.get(reverse("profile")).text


def test_a_paused_mailbox_says_so_on_the_page_and_the_profile(signed_in, user):
    MailboxConnection.objects.create(
        owner=user,
        host="imap.example.org",
        port=993,
        username=USER,
        secret=crypto.encrypt("x"),
        state=MailboxConnection.State.PAUSED,
        last_result="auth",
        last_message="The mailbox refused the username or the app password.",
    )

    for page in [signed_in.get(URL), signed_in.get(reverse("profile"))]:
        assert "Paused:" in page.text
        assert "The mailbox refused the username or the app password." in page.text


def test_only_get_and_post(signed_in):
    assert signed_in.put(URL).status_code == 405


def test_starttls_to_a_server_that_does_not_offer_it_is_a_tls_failure(signed_in, dovecot):
    response = signed_in.post(URL, fields(dovecot.port, security="starttls"))

    assert response.status_code == 200
    assert "The secure connection to 127.0.0.1 failed (TLS)" in response.text


def test_tries_to_connect_are_limited_per_user(signed_in, user, dovecot):
    for _ in range(20):
        refused = signed_in.post(URL, fields(1))  # nothing listens on port 1
        assert "refused the connection" in refused.text

    response = signed_in.post(URL, fields(dovecot.port))

    assert response.status_code == 200
    assert "Too many tries to connect a mailbox in the last hour." in response.text
    assert "Login: user=" not in dovecot.log()  # no login was tried
    assert "auth failed" not in dovecot.log()
    assert not MailboxConnection.objects.filter(owner=user).exists()
    # Disconnecting is never limited.
    assert signed_in.post(URL, {"action": "disconnect"}).status_code == 302


@FUZZ
@given(
    data=form(
        {
            "host": "imap.example.org",
            "port": "993",
            "security": "ssl",
            "username": USER,
            "password": PASSWORD,
        },
        host=st.one_of(st.sampled_from(["[::1]", "::1", "1.2.3.4.5", "a..b", "é.example"]), value),
        security=st.sampled_from(["ssl", "starttls", "none", "NONE", ""]),
    ),
    charset=charsets,
)
def test_hostile_input_never_errors(fuzz_client, data, charset):
    response = post(fuzz_client, URL, data, charset=charset)
    assert_no_server_error(response, data)


@pytest.fixture
def fuzz_client(client, user, monkeypatch):
    def refuse(*args, **kwargs):  # no network: every host "refuses" at once
        raise ConnectionRefusedError(111, "Connection refused")

    monkeypatch.setattr(imap, "IMAPClient", refuse)
    client.raise_request_exception = False
    client.force_login(user)
    return client
