"""A letter sent from the user's own mail client, from the .eml download: a client that
keeps the download's Message-ID lets the interviewer's reply be found in the mailbox."""

import email
from datetime import timedelta
from email import policy

import pytest
from django.urls import reverse
from django.utils import timezone

from inbox.models import MailboxMatch
from interviews.models import Reply
from letters import services as letter_services
from letters.models import Letter
from tests.factories import InterviewFactory, LetterFactory
from tests.inbox.conftest import USER
from tests.inbox.test_checking import check, connect, reply

pytestmark = pytest.mark.django_db


def test_a_reply_to_the_downloaded_eml_sent_from_a_mail_client_is_recorded(
    signed_in, user, dovecot
):
    now = timezone.now()
    interview = InterviewFactory(
        owner=user, starts_at=now - timedelta(hours=3), ends_at=now - timedelta(hours=2)
    )
    letter = LetterFactory(interview=interview, recipient__email="dana@acme.example")
    download = signed_in.get(reverse("letter_eml", args=[letter.pk]))
    message_id = email.message_from_bytes(download.content, policy=policy.default)["Message-ID"]
    # The user sends it from their mail client, which keeps the Message-ID, then says so.
    letter_services.letter_mark_sent(letter=letter, via=Letter.SentVia.MAIL_CLIENT)
    connect(user, dovecot)
    dovecot.deliver(USER, reply(in_reply_to=message_id))

    check()

    assert Reply.objects.get(interview=interview).source == Reply.Source.MAILBOX
    assert MailboxMatch.objects.get().letter_id == letter.pk
