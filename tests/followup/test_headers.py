"""Security headers: CSP without 'unsafe-inline', Permissions-Policy, private caching of
signed-in pages, and a health check that load balancers can probe with HEAD."""

import json
import re
from pathlib import Path

import pytest
from django.test import override_settings

from tests.factories import InterviewFactory, LetterFactory, PanelistFactory

pytestmark = pytest.mark.django_db

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def directives(header: str) -> dict[str, list[str]]:
    return {
        name: values
        for name, *values in (part.split() for part in header.split(";") if part.strip())
    }


@override_settings(SECURE_SSL_REDIRECT=True)
def test_pages_over_https_send_a_csp_without_unsafe_inline(client):
    response = client.get("/accounts/login/", secure=True)
    assert response.status_code == 200
    policy = directives(response.headers["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in response.headers["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response.headers["Content-Security-Policy"]


def test_pages_over_https_send_a_permissions_policy(client):
    response = client.get("/", secure=True)
    policy = dict(
        item.strip().split("=", 1) for item in response.headers["Permissions-Policy"].split(",")
    )
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert policy[feature] == "()"


def test_signed_in_pages_are_private_and_not_stored(signed_in):
    response = signed_in.get("/dashboard/", secure=True)
    assert response.status_code == 200
    assert set(response.headers["Cache-Control"].split(", ")) == {"private", "no-store"}


def test_the_eml_download_is_private_and_not_stored(signed_in, user):
    interview = InterviewFactory(owner=user)
    panelist = PanelistFactory(interview=interview, is_decision_maker=True)
    letter = LetterFactory(interview=interview, recipient=panelist.interviewer)
    response = signed_in.get(f"/letters/{letter.pk}/letter.eml", secure=True)
    assert response.status_code == 200
    cache_control = set(response.headers["Cache-Control"].split(", "))
    assert {"private", "no-store"} <= cache_control
    assert "public" not in cache_control


def test_signed_out_pages_are_not_marked_private(client):
    response = client.get("/", secure=True)
    assert "no-store" not in response.headers.get("Cache-Control", "")


def test_healthz_answers_head_for_load_balancers(client):
    response = client.head("/healthz")
    assert response.status_code == 200
    assert response.content == b""


def test_no_template_of_a_web_page_has_an_inline_style_or_script():
    # Emails keep their inline styles: mail clients need them, and no browser applies
    # our CSP to an email.
    offenders = [
        f"{path.relative_to(TEMPLATES)}: {marker}"
        for path in TEMPLATES.rglob("*.html")
        if "emails" not in path.parts
        for marker in ('style="', "<script>", "<style")
        if marker in without_comments(path.read_text())
    ]
    assert offenders == []


def without_comments(template: str) -> str:
    template = re.sub(r"\{#.*?#\}", "", template)
    return re.sub(r"\{% comment %\}.*?\{% endcomment %\}", "", template, flags=re.S)


def test_htmx_injects_no_indicator_style(client):
    html = client.get("/").text
    config = re.search(r"<meta name=\"htmx-config\" content='([^']*)'>", html)
    assert json.loads(config.group(1))["includeIndicatorStyles"] is False
