"""Sending a letter: by the app's email, or by the user with "Sent?" afterwards."""

import email
import socket
from email import policy
from urllib.parse import parse_qs, urlsplit

import pytest
from aiosmtpd.controller import Controller
from django.core import mail
from django.urls import reverse

from interviews.models import Interview
from letters import services
from letters.models import Letter
from tests.letters.letter_helpers import assembled_letter, interview_with_panel

pytestmark = pytest.mark.django_db


@pytest.fixture
def letter(client, settings):
    settings.DEFAULT_FROM_EMAIL = "Followup <followup@followup.example>"
    interview, (dana, sam) = interview_with_panel()
    interview.owner.email = "alex@example.com"
    interview.owner.save()
    client.force_login(interview.owner)
    return assembled_letter(interview, dana)


# --- by the app's email --------------------------------------------------------------


def test_the_app_sends_it_under_the_users_name_with_replies_and_a_hidden_copy_to_them(
    client, letter
):
    response = client.post(reverse("letter_send", args=[letter.pk]))

    assert response.url == reverse("letter_detail", args=[letter.pk])
    [sent] = mail.outbox
    assert sent.from_email == "Alex Morgan via Followup <followup@followup.example>"
    assert sent.to == ["Dana Whitfield <dana@acme.example>"]
    assert sent.cc == []
    assert sent.bcc == ["alex@example.com"]
    assert sent.message()["Cc"] is None
    assert sent.reply_to == ["Alex Morgan <alex@example.com>"]
    assert sent.subject == letter.subject
    assert sent.body == letter.body + "\n"
    [(html, mimetype)] = sent.alternatives
    assert mimetype == "text/html"
    assert "<p>Dear Dana,</p>" in html


def test_sending_marks_the_letter_sent_and_the_follow_up_done(client, letter):
    client.post(reverse("letter_send", args=[letter.pk]))

    letter.refresh_from_db()
    assert letter.status == Letter.Status.SENT
    assert letter.sent_via == Letter.SentVia.APP
    assert letter.sent_at is not None
    interview = Interview.objects.get(pk=letter.interview_id)
    assert interview.follow_up_done_at == letter.sent_at


def test_a_second_letter_leaves_the_first_follow_up_time_as_it_was(client, letter):
    earlier = letter.created_at
    Interview.objects.filter(pk=letter.interview_id).update(follow_up_done_at=earlier)

    client.post(reverse("letter_send", args=[letter.pk]))

    assert Interview.objects.get(pk=letter.interview_id).follow_up_done_at == earlier


def test_the_reminders_hear_about_the_send_inside_the_same_transaction(client, letter):
    from django.db import connection

    from letters.signals import letter_sent

    seen = []

    def on_letter_sent(sender, *, letter, now, **kwargs):
        seen.append((letter.pk, letter.status, connection.in_atomic_block))

    letter_sent.connect(on_letter_sent)
    try:
        client.post(reverse("letter_send", args=[letter.pk]))
    finally:
        letter_sent.disconnect(on_letter_sent)

    assert seen == [(letter.pk, Letter.Status.SENT, True)]


def test_a_letter_is_sent_only_once(client, letter):
    client.post(reverse("letter_send", args=[letter.pk]))
    response = client.post(reverse("letter_send", args=[letter.pk]), follow=True)

    assert len(mail.outbox) == 1
    assert "can no longer be changed" in response.content.decode()


def test_a_recipient_without_an_email_address_gets_only_the_other_ways(client, letter):
    letter.recipient.email = ""
    letter.recipient.save()

    html = client.get(reverse("letter_detail", args=[letter.pk])).content.decode()
    response = client.post(reverse("letter_send", args=[letter.pk]), follow=True)

    assert "We have no email address for Dana Whitfield" in html
    assert reverse("letter_send", args=[letter.pk]) not in html
    assert "Open in my mail app" in html
    assert mail.outbox == []
    assert "We have no email address for Dana Whitfield" in response.content.decode()
    letter.refresh_from_db()
    assert letter.status == Letter.Status.DRAFT


class RejectingHandler:
    async def handle_DATA(self, server, session, envelope):
        return "554 5.7.1 Message rejected as spam"


class SinkHandler:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 OK"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server on localhost, with the app's mailer pointed at it."""
    servers = []

    def start(handler):
        port = free_port()
        controller = Controller(handler, hostname="127.0.0.1", port=port)
        controller.start()
        servers.append(controller)
        settings.MAILERS = {
            "default": {
                "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                "OPTIONS": {"host": "127.0.0.1", "port": port, "timeout": 5},
            }
        }
        return handler

    yield start
    for controller in servers:
        controller.stop()


def test_the_letter_arrives_at_a_real_smtp_server_with_reply_to_the_user(
    client, letter, smtp_server
):
    sink = smtp_server(SinkHandler())

    client.post(reverse("letter_send", args=[letter.pk]))

    [envelope] = sink.messages
    assert sorted(envelope.rcpt_tos) == ["alex@example.com", "dana@acme.example"]
    received = email.message_from_bytes(envelope.content, policy=policy.default)
    assert received["Reply-To"] == "Alex Morgan <alex@example.com>"
    assert received["From"] == "Alex Morgan via Followup <followup@followup.example>"
    assert received.get_body(("html",)) is not None
    letter.refresh_from_db()
    assert letter.status == Letter.Status.SENT


def test_a_refusing_mail_server_leaves_the_letter_unsent_with_a_clear_message(
    client, letter, smtp_server
):
    smtp_server(RejectingHandler())

    response = client.post(reverse("letter_send", args=[letter.pk]), follow=True)

    assert "could not be sent" in response.content.decode()
    letter.refresh_from_db()
    assert (letter.status, letter.sent_at, letter.sent_via) == (Letter.Status.DRAFT, None, "")
    assert Interview.objects.get(pk=letter.interview_id).follow_up_done_at is None


def test_an_unreachable_mail_server_leaves_the_letter_unsent(client, letter, settings):
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": free_port(), "timeout": 2},
        }
    }

    response = client.post(reverse("letter_send", args=[letter.pk]), follow=True)

    assert "could not be sent" in response.content.decode()
    letter.refresh_from_db()
    assert letter.status == Letter.Status.DRAFT
    # It can be sent once the server is back.
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    client.post(reverse("letter_send", args=[letter.pk]))
    assert len(mail.outbox) == 1


# --- by the user, then "Sent?" ---------------------------------------------------------


def test_the_mailto_link_carries_the_address_subject_and_body(letter):
    url = services.letter_mailto_url(letter)

    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert parts.path == "dana@acme.example"
    assert "+" not in parts.query  # spaces are %20: mail apps don't read + as a space
    query = parse_qs(parts.query)
    assert query["subject"] == [letter.subject]
    assert query["body"] == [letter.body.replace("\n", "\r\n")]


def test_the_page_offers_mailto_clipboard_and_eml_then_asks_sent(client, letter):
    html = client.get(reverse("letter_detail", args=[letter.pk])).content.decode()

    assert 'href="mailto:dana@acme.example?subject=' in html
    assert 'data-sent-via="mail_client"' in html
    assert "Copy the letter" in html
    assert reverse("letter_eml", args=[letter.pk]) in html
    assert "Sent?" in html
    assert reverse("letter_mark_sent", args=[letter.pk]) in html


def test_the_eml_download_is_the_letter_from_the_user_ready_to_send(client, letter):
    response = client.get(reverse("letter_eml", args=[letter.pk]))

    assert response["Content-Type"] == "message/rfc822"
    assert response["Content-Disposition"] == 'attachment; filename="letter-to-dana-whitfield.eml"'
    message = email.message_from_bytes(response.content, policy=policy.default)
    assert message["From"] == "Alex Morgan <alex@example.com>"
    assert message["To"] == "Dana Whitfield <dana@acme.example>"
    assert message["Subject"] == letter.subject
    assert message["X-Unsent"] == "1"
    assert message.get_body(("plain",)).get_content().strip() == letter.body
    assert mail.outbox == []


@pytest.mark.parametrize(
    "via", [Letter.SentVia.MAIL_CLIENT, Letter.SentVia.MANUAL], ids=["mailto", "clipboard-or-eml"]
)
def test_answering_sent_records_when_and_how(client, letter, via):
    response = client.post(reverse("letter_mark_sent", args=[letter.pk]), {"via": via})

    assert response.url == reverse("letter_detail", args=[letter.pk])
    letter.refresh_from_db()
    assert (letter.status, letter.sent_via) == (Letter.Status.SENT, via)
    assert letter.sent_at is not None
    assert Interview.objects.get(pk=letter.interview_id).follow_up_done_at == letter.sent_at
    assert mail.outbox == []


def test_sent_cannot_claim_the_app_sent_it(client, letter):
    client.post(reverse("letter_mark_sent", args=[letter.pk]), {"via": Letter.SentVia.APP})

    letter.refresh_from_db()
    assert letter.status == Letter.Status.DRAFT


# --- a sent letter is read-only ---------------------------------------------------------


@pytest.fixture
def sent_letter(client, letter):
    client.post(reverse("letter_mark_sent", args=[letter.pk]), {"via": Letter.SentVia.MANUAL})
    letter.refresh_from_db()
    return letter


def test_a_sent_letter_shows_read_only(client, sent_letter):
    response = client.get(reverse("letter_detail", args=[sent_letter.pk]))

    html = response.content.decode()
    assert "can’t be changed" in html
    # The only text box left is the reply form's note ("What happens next").
    assert 'name="body"' not in html and 'name="subject"' not in html
    assert html.count("<textarea") == 1 and 'name="note"' in html
    assert reverse("letter_send", args=[sent_letter.pk]) not in html


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("letter_detail", {"subject": "New", "body": "New body"}),
        ("letter_wizard", {"question": "New?", "direction": "next"}),
        ("letter_replace_draft", {}),
        ("letter_send", {}),
        ("letter_mark_sent", {"via": "manual"}),
        ("letter_delete", {}),
    ],
)
def test_a_sent_letter_refuses_every_change(client, sent_letter, name, data):
    args = [sent_letter.pk, 5] if name == "letter_wizard" else [sent_letter.pk]

    response = client.post(reverse(name, args=args), data, follow=True)

    assert response.redirect_chain[-1][0] == reverse("letter_detail", args=[sent_letter.pk])
    html = response.content.decode()
    assert "can no longer be changed" in html or "already marked as sent" in html
    before = (sent_letter.subject, sent_letter.body, sent_letter.sent_at, sent_letter.sent_via)
    sent_letter.refresh_from_db()
    after = (sent_letter.subject, sent_letter.body, sent_letter.sent_at, sent_letter.sent_via)
    assert after == before
    assert mail.outbox == []


def test_the_wizard_of_a_sent_letter_redirects_to_it(client, sent_letter):
    response = client.get(reverse("letter_wizard", args=[sent_letter.pk, 3]))

    assert response.url == reverse("letter_detail", args=[sent_letter.pk])


def test_a_sent_letter_can_still_be_downloaded(client, sent_letter):
    assert client.get(reverse("letter_eml", args=[sent_letter.pk])).status_code == 200
