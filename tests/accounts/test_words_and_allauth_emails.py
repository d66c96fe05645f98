"""One word per action, and allauth's emails in our layout under the site's own name."""

import pytest
from django.core import mail
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def sign_up(client):
    return client.post(
        reverse("account_signup"),
        {
            "email": "new.person@example.com",
            "password1": "a-long-enough-passphrase",
            "password2": "a-long-enough-passphrase",
        },
    )


def test_the_confirmation_email_names_the_site_not_the_host(client, settings):
    settings.SITE_URL = "https://followup.example"

    sign_up(client)

    [message] = mail.outbox
    assert message.subject == "Confirm your email address · Followup"
    assert message.body.startswith("Hi,\n\nPlease confirm that new.person@example.com")
    # The host appears only in the link itself, never as the site's name.
    assert message.body.count("testserver") == 1
    assert "Confirm your email address: https://testserver/accounts/confirm-email/" in message.body
    assert "Hello from" not in message.body
    assert message.body.rstrip().endswith("Followup\nhttps://followup.example")


def test_the_confirmation_email_has_an_html_part_in_our_layout_with_a_button(client):
    sign_up(client)

    [message] = mail.outbox
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    assert "max-width:560px" in html  # templates/emails/base.html
    assert ">Confirm your email address</a>" in html
    assert "/accounts/confirm-email/" in html


def test_the_site_name_comes_from_settings(client, settings):
    settings.SITE_NAME = "Followup Staging"

    sign_up(client)

    [message] = mail.outbox
    assert message.subject == "Confirm your email address · Followup Staging"
    assert "your address for Followup Staging" in message.body


def test_the_password_reset_email_uses_the_layout_too(client):
    UserFactory(email="sam@example.com")

    client.post(reverse("account_reset_password"), {"email": "sam@example.com"})

    [message] = mail.outbox
    assert message.subject == "Choose a new password · Followup"
    [(html, _)] = message.alternatives
    assert ">Choose a new password</a>" in html
    assert "max-width:560px" in html


@pytest.mark.parametrize("url", ["/", "/accounts/login/", "/accounts/signup/"])
def test_signed_out_pages_say_sign_in_and_sign_up(client, url):
    html = client.get(url).text

    for wrong in ("Log in", "Log In", "Sign In", "Sign Up", "Sign up free", "Login<"):
        assert wrong not in html, wrong
    assert "Sign in" in html
    assert "Sign up" in html


def test_signed_in_pages_say_sign_out(client):
    client.force_login(UserFactory())

    html = client.get(reverse("dashboard")).text

    assert "Sign out" in html
    assert "Log out" not in html and "Sign Out" not in html
