"""Correctly signed tokens of the wrong shape are a 404, never a 500."""

import pytest
from django.core import signing
from django.test import Client

from reminders import emails as reminder_emails

pytestmark = pytest.mark.django_db

ODD_VALUES = [
    "12",
    "x" * 50,
    12.5,
    True,
    None,
    {"pk": 1},
    [],
    [1],
    [1, 2, 3],
    ["1", "2"],
    [1, "2"],
    [[1], 1],
    [1, None],
    [True, 1],
    -1,
    0,
    10**30,
    [10**30, 1],
    [1, 10**30],
    [-5, 1],
]


@pytest.fixture
def anonymous():
    client = Client(enforce_csrf_checks=True)
    client.raise_request_exception = False
    return client


@pytest.mark.parametrize("value", ODD_VALUES, ids=repr)
@pytest.mark.parametrize("method", ["get", "post"])
def test_an_oddly_shaped_unsubscribe_token_is_not_found(anonymous, value, method):
    token = reminder_emails.make_token("unsubscribe", value)
    response = getattr(anonymous, method)(f"/unsubscribe/{token}/")
    assert response.status_code == 404


@pytest.mark.parametrize("value", ODD_VALUES, ids=repr)
@pytest.mark.parametrize("action", ["reply", "snooze"])
@pytest.mark.parametrize("method", ["get", "post"])
def test_an_oddly_shaped_one_click_token_is_not_found(anonymous, value, action, method):
    token = reminder_emails.make_token(action, value)
    response = getattr(anonymous, method)(f"/r/{token}/{action}/")
    assert response.status_code == 404


@pytest.mark.parametrize("value", ODD_VALUES, ids=repr)
def test_an_oddly_shaped_write_token_is_not_found(signed_in, value):
    signed_in.raise_request_exception = False
    token = reminder_emails.make_token("write", value)
    assert signed_in.get(f"/r/{token}/write/").status_code == 404


@pytest.mark.parametrize(
    "payload", [b"not json", b"\xff\xfe", b".eJzLSM3JyVcozy_KSQEAGgQEXQ", b".!!!"], ids=repr
)
def test_a_signed_payload_that_is_not_json_is_not_found(anonymous, payload):
    # Signed with our key and salt, but not by make_token: what a leaked key could forge.
    signer = signing.TimestampSigner(salt=reminder_emails.SALT.format("unsubscribe"))
    token = signer.sign(
        signing.b64_encode(payload).decode() if payload[:1] != b"." else payload.decode()
    )
    response = anonymous.get(f"/unsubscribe/{token}/")
    assert response.status_code == 404


def test_a_well_formed_token_still_works(anonymous, user):
    token = reminder_emails.unsubscribe_token(user)
    assert anonymous.post(f"/unsubscribe/{token}/").status_code == 200
    user.refresh_from_db()
    assert user.email_reminders is False
