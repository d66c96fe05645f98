import pytest
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db


def test_healthz_answers_ok_without_signing_in(client):
    response = client.get("/healthz")
    assert (response.status_code, response.text) == (200, "ok")


def test_bootstrap_and_htmx_come_from_our_own_static_files(client):
    assert finders.find("bootstrap/css/bootstrap.min.css")
    assert finders.find("bootstrap/js/bootstrap.bundle.min.js")
    html = client.get("/").text
    assert "/static/bootstrap/css/bootstrap.min.css" in html
    assert "/static/django_htmx/htmx" in html
    assert "cdn" not in html.lower()


def test_pages_are_usable_on_a_phone(client):
    html = client.get("/accounts/signup/").text
    assert 'name="viewport" content="width=device-width, initial-scale=1"' in html
    assert 'href="#main"' in html  # skip link for keyboard users


def test_there_is_a_favicon_and_favicon_ico_leads_to_it(client):
    assert finders.find("favicon.svg")
    assert (
        '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in client.get("/").text
    )

    response = client.get("/favicon.ico")

    assert (response.status_code, response.url) == (301, "/static/favicon.svg")


def test_the_email_addresses_page_is_styled_like_the_other_account_pages(signed_in, user):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )

    html = signed_in.get("/accounts/email/").text

    assert '<div class="card shadow-sm">' in html
    assert (
        '<input class="form-control" type="email" id="current_email" '
        f'value="{user.email}" disabled>' in html
    )
    assert '<input class="form-control" type="email" name="email" id="id_email">' in html
