"""The follow-up letter as an email: sent by the app, or as an .eml for the user's own client."""

from email.utils import formataddr, parseaddr
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, make_msgid
from django.template.loader import render_to_string

from accounts.names import one_line
from letters.models import Letter

APP_NAME = "Followup"
TEST_PREFIX = "[Test]"


def letter_email(letter: Letter) -> EmailMultiAlternatives:
    """The letter as the app sends it: from the app's address under the user's name, so
    SPF and DKIM pass, with replies going to the user and a copy in their inbox.

    The user's copy is a Bcc: a visible Cc would tell the recipient the app copied itself
    a record, which reads as surveillance rather than a personal note.

    It carries the letter's ``message_id`` once it has one (``letters.services`` gives it
    before sending), so a reply that names it is matched to the letter (``inbox``)."""
    user = letter.owner
    name = _sender_name(letter)
    app_name, app_address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    message = _message(
        letter,
        from_email=formataddr((f"{name} via {app_name or APP_NAME}", app_address)),
        bcc=[user.email],
        reply_to=[formataddr((name, user.email))],
        headers=_message_id_header(letter),
    )
    return message


def letter_test_email(letter: Letter) -> EmailMultiAlternatives:
    """The same email, to the user only, with "[Test]" in the subject so it is never mistaken
    for the letter itself (and the recipient never sees it)."""
    message = letter_email(letter)
    message.subject = f"{TEST_PREFIX} {message.subject}"
    message.to = [formataddr((_sender_name(letter), letter.owner.email))]
    message.bcc = []
    message.extra_headers["X-Followup-Test"] = "1"
    # Never the letter's own: a mailbox (Gmail) that already holds a message with that
    # Message-ID may drop the real letter's copy as a duplicate, and no reply is to the test.
    message.extra_headers["Message-ID"] = new_message_id()
    return message


def letter_eml(letter: Letter) -> bytes:
    """The letter as a draft for the user's own mail client, from the user's address.

    ``X-Unsent`` makes Outlook open it as a draft ready to send, not as received mail.
    It carries the letter's ``message_id``: a client that keeps it when sending lets a
    reply be matched to the letter.
    """
    user = letter.owner
    message = _message(
        letter,
        from_email=formataddr((_sender_name(letter), user.email)),
        headers={"X-Unsent": "1", **_message_id_header(letter)},
    )
    return message.message().as_bytes()


def new_message_id() -> str:
    """A fresh, unique Message-ID on the site's own domain, e.g. ``<...@followup.example>``."""
    return make_msgid(domain=urlsplit(settings.SITE_URL).hostname or "followup.local")


def _message_id_header(letter: Letter) -> dict[str, str]:
    return {"Message-ID": letter.message_id} if letter.message_id else {}


def _sender_name(letter: Letter) -> str:
    return one_line(letter.owner.get_full_name()) or letter.owner.email


def _message(letter: Letter, *, from_email: str, **extra) -> EmailMultiAlternatives:
    context = {"letter": letter}
    subject = " ".join(render_to_string("emails/letter_subject.txt", context).split())
    text = render_to_string("emails/letter.txt", context).strip() + "\n"
    html = render_to_string("emails/letter.html", context)
    # Names typed before forms refused line breaks are flattened: headers never break.
    to = [formataddr((one_line(letter.to_name), letter.to_email))] if letter.to_email else []
    message = EmailMultiAlternatives(subject, text, from_email, to, **extra)
    message.attach_alternative(html, "text/html")
    return message
