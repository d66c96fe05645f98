"""A letter's Message-ID: made once, carried by the app's email and the .eml alike, kept.

A reply names it (In-Reply-To, References), which is how the mailbox check finds it.
"""

import email
from email import policy

import pytest
from django.core import mail
from django.urls import reverse

from letters import services
from letters.models import Letter
from tests.factories import verify_email
from tests.letters.letter_helpers import assembled_letter, interview_with_panel

pytestmark = pytest.mark.django_db


@pytest.fixture
def letter(client, settings):
    settings.SITE_URL = "https://followup.example.org"
    interview, (dana, _sam) = interview_with_panel()
    verify_email(interview.owner)
    client.force_login(interview.owner)
    return assembled_letter(interview, dana)


def download(client, letter) -> email.message.EmailMessage:
    response = client.get(reverse("letter_eml", args=[letter.pk]))
    assert response.status_code == 200
    return email.message_from_bytes(response.content, policy=policy.default)


def test_a_letter_sent_by_the_app_carries_a_message_id_on_the_sites_domain_and_keeps_it(
    client, letter
):
    client.post(reverse("letter_send", args=[letter.pk]))

    [sent] = mail.outbox
    header = sent.message()["Message-ID"]
    assert header.startswith("<") and header.endswith("@followup.example.org>")
    letter.refresh_from_db()
    assert letter.status == Letter.Status.SENT
    assert letter.message_id == header


def test_the_eml_carries_a_message_id_that_stays_the_same_on_every_download(client, letter):
    first = download(client, letter)["Message-ID"]
    second = download(client, letter)["Message-ID"]

    assert first.endswith("@followup.example.org>")
    assert second == first
    letter.refresh_from_db()
    assert letter.message_id == first


def test_a_downloaded_letter_then_sent_by_the_app_goes_out_with_the_same_message_id(client, letter):
    downloaded = download(client, letter)["Message-ID"]

    client.post(reverse("letter_send", args=[letter.pk]))

    [sent] = mail.outbox
    assert sent.message()["Message-ID"] == downloaded


def test_the_eml_of_a_letter_the_app_sent_keeps_the_sent_message_id(client, letter):
    client.post(reverse("letter_send", args=[letter.pk]))
    letter.refresh_from_db()
    sent_id = letter.message_id

    assert download(client, letter)["Message-ID"] == sent_id
    letter.refresh_from_db()
    assert letter.message_id == sent_id


def test_two_letters_never_share_a_message_id(client, letter):
    other = Letter.objects.create(
        owner=letter.owner,
        interview=letter.interview,
        recipient=letter.interview.panelists.exclude(interviewer=letter.recipient)
        .get()
        .interviewer,
        subject="Thank you",
        body="Dear Sam, thank you.",
    )

    assert download(client, letter)["Message-ID"] != download(client, other)["Message-ID"]


def test_a_test_to_myself_never_carries_the_letters_message_id(client, letter):
    letter_id = services.letter_message_id(letter)

    client.post(reverse("letter_send_test", args=[letter.pk]))

    [test] = mail.outbox
    assert test.message()["Message-ID"] != letter_id
    letter.refresh_from_db()
    assert letter.message_id == letter_id


def test_giving_the_message_id_does_not_count_as_editing_the_letter(letter):
    before = Letter.objects.get(pk=letter.pk).updated_at

    services.letter_message_id(letter)

    assert Letter.objects.get(pk=letter.pk).updated_at == before
