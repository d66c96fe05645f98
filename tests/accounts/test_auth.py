import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from accounts.models import User
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def sign_up(client, **extra):
    data = {
        "email": "new.person@example.com",
        "password1": "a-long-enough-passphrase",
        "password2": "a-long-enough-passphrase",
    } | extra
    return client.post(reverse("account_signup"), data)


def test_visitors_see_the_landing_page(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "Send the follow-up that gets you the next conversation." in response.text
    assert reverse("account_signup") in response.text


def test_signed_in_users_are_sent_from_home_to_their_dashboard(client):
    client.force_login(UserFactory())
    assert client.get("/").url == reverse("dashboard")


def test_sign_up_with_email_and_passwords_signs_the_user_in(client):
    response = sign_up(client)
    assert response.status_code == 302
    assert response.url == reverse("dashboard")
    user = User.objects.get(email="new.person@example.com")
    assert int(client.session["_auth_user_id"]) == user.pk
    assert client.get(reverse("dashboard")).status_code == 200


def test_sign_up_keeps_the_browser_time_zone_and_name(client):
    sign_up(client, time_zone="Australia/Lord_Howe", name="Dana Scully")
    user = User.objects.get(email="new.person@example.com")
    assert (user.time_zone, user.name) == ("Australia/Lord_Howe", "Dana Scully")


def test_sign_up_with_an_unknown_time_zone_falls_back_to_utc(client):
    sign_up(client, time_zone="Mars/Olympus_Mons")
    assert User.objects.get(email="new.person@example.com").time_zone == "UTC"


def test_sign_up_with_a_taken_email_shows_the_error_and_keeps_the_input(client):
    UserFactory(email="taken@example.com")
    response = sign_up(client, email="taken@example.com", name="Kept Name")
    assert response.status_code == 200
    assert "A user is already registered with this email address." in response.text
    assert 'value="taken@example.com"' in response.text
    assert 'value="Kept Name"' in response.text


def test_mismatched_passwords_are_explained(client):
    response = sign_up(client, password2="something-else-entirely")
    assert response.status_code == 200
    assert "You must type the same password each time." in response.text
    assert not User.objects.filter(email="new.person@example.com").exists()


def test_users_have_no_username_and_sign_in_with_email():
    user = User.objects.create_user(email="Mixed.Case@Example.COM", password=PASSWORD)
    assert user.email == "mixed.case@example.com"
    assert not hasattr(user, "username")
    assert user.check_password(PASSWORD)


def test_log_in_and_log_out(client):
    user = UserFactory()
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.url == reverse("dashboard")
    assert int(client.session["_auth_user_id"]) == user.pk
    response = client.post(reverse("account_logout"))
    assert response.url == reverse("home")
    assert "_auth_user_id" not in client.session


def test_wrong_password_re_renders_with_the_email_kept(client):
    user = UserFactory()
    response = client.post(reverse("account_login"), {"login": user.email, "password": "nope"})
    assert response.status_code == 200
    assert "The email address and/or password you specified are not correct." in response.text
    assert f'value="{user.email}"' in response.text


def test_repeated_failed_logins_lock_the_account_out(client):
    user = UserFactory()
    for _ in range(5):
        client.post(reverse("account_login"), {"login": user.email, "password": "wrong"})
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert "Too many failed login attempts. Try again later." in response.text
    assert "_auth_user_id" not in client.session


def test_password_reset_sends_an_email_with_a_working_link(client):
    user = UserFactory(email="forgetful@example.com")
    client.post(reverse("account_reset_password"), {"email": user.email})
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["forgetful@example.com"]
    link = re.search(r"https?://\S+/accounts/password/reset/key/\S+/", message.body).group(0)
    path = "/" + link.split("/", 3)[3]
    response = client.get(path, follow=True)
    assert response.status_code == 200
    response = client.post(
        response.redirect_chain[-1][0] if response.redirect_chain else path,
        {"password1": "brand-new-passphrase-42", "password2": "brand-new-passphrase-42"},
    )
    user.refresh_from_db()
    assert user.check_password("brand-new-passphrase-42")


def test_email_change_page_lets_a_user_add_an_address(client):
    user = UserFactory()  # with a confirmed address
    client.force_login(user)
    response = client.post(
        reverse("account_email"), {"action_add": "", "email": "second@example.com"}
    )
    assert response.status_code == 302
    assert EmailAddress.objects.filter(user=user, email="second@example.com").exists()


def test_email_verification_can_be_made_mandatory(client, settings):
    settings.ACCOUNT_EMAIL_VERIFICATION = "mandatory"
    response = sign_up(client)
    assert response.url == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session
    assert "Confirm" in mail.outbox[0].subject or "confirm" in mail.outbox[0].body


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get(reverse("dashboard"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_allauth_pages_use_the_app_layout(client):
    response = client.get(reverse("account_login"))
    assert 'class="navbar' in response.text
    assert "bootstrap/css/bootstrap.min.css" in response.text
    assert "form-control" in response.text
    assert 'for="id_login"' in response.text


def test_profile_edits_name_and_time_zone(client):
    user = UserFactory(time_zone="UTC")
    client.force_login(user)
    response = client.post(
        reverse("profile"), {"name": "Renamed", "time_zone": "America/Los_Angeles"}
    )
    assert response.url == reverse("profile")
    user.refresh_from_db()
    assert (user.name, user.time_zone) == ("Renamed", "America/Los_Angeles")


def test_profile_rejects_an_unknown_time_zone_and_keeps_the_name(client):
    user = UserFactory(time_zone="UTC")
    client.force_login(user)
    response = client.post(reverse("profile"), {"name": "Typed Name", "time_zone": "Nowhere"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    assert 'value="Typed Name"' in response.text
    user.refresh_from_db()
    assert user.time_zone == "UTC"


@pytest.mark.parametrize(
    "url_name",
    ["account_login", "account_signup", "account_reset_password", "account_reset_password_done"],
)
def test_visitor_account_pages_render_in_the_app_layout(client, url_name):
    response = client.get(reverse(url_name))
    assert response.status_code == 200
    assert 'class="card shadow-sm"' in response.text
    assert 'class="navbar' in response.text


@pytest.mark.parametrize(
    "url_name", ["account_email", "account_change_password", "account_logout", "profile"]
)
def test_signed_in_account_pages_render_in_the_app_layout(client, url_name):
    client.force_login(UserFactory())
    response = client.get(reverse(url_name))
    assert response.status_code == 200
    assert 'class="navbar' in response.text
    assert "btn btn-primary" in response.text
