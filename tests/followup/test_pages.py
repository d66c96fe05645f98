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
