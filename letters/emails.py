"""The follow-up letter as an email: sent by the app, or as an .eml for the user's own client."""

from email.utils import formataddr, parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string

from letters.models import Letter

APP_NAME = "Followup"
TEST_PREFIX = "[Test]"


def letter_email(letter: Letter) -> EmailMultiAlternatives:
    """The letter as the app sends it: from the app's address under the user's name, so
    SPF and DKIM pass, with replies going to the user and a copy in their inbox.

    The user's copy is a Bcc: a visible Cc would tell the recipient the app copied itself
    a record, which reads as surveillance rather than a personal note."""
    user = letter.owner
    app_name, app_address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    message = _message(
        letter,
        from_email=formataddr((f"{user.get_full_name()} via {app_name or APP_NAME}", app_address)),
        bcc=[user.email],
        reply_to=[formataddr((user.get_full_name(), user.email))],
    )
    return message


def letter_test_email(letter: Letter) -> EmailMultiAlternatives:
    """The same email, to the user only, with "[Test]" in the subject so it is never mistaken
    for the letter itself (and the recipient never sees it)."""
    message = letter_email(letter)
    message.subject = f"{TEST_PREFIX} {message.subject}"
    message.to = [formataddr((letter.owner.get_full_name(), letter.owner.email))]
    message.bcc = []
    message.extra_headers["X-Followup-Test"] = "1"
    return message


def letter_eml(letter: Letter) -> bytes:
    """The letter as a draft for the user's own mail client, from the user's address.

    ``X-Unsent`` makes Outlook open it as a draft ready to send, not as received mail.
    """
    user = letter.owner
    message = _message(
        letter,
        from_email=formataddr((user.get_full_name(), user.email)),
        headers={"X-Unsent": "1"},
    )
    return message.message().as_bytes()


def _message(letter: Letter, *, from_email: str, **extra) -> EmailMultiAlternatives:
    context = {"letter": letter}
    subject = " ".join(render_to_string("emails/letter_subject.txt", context).split())
    text = render_to_string("emails/letter.txt", context).strip() + "\n"
    html = render_to_string("emails/letter.html", context)
    to = [formataddr((letter.to_name, letter.to_email))] if letter.to_email else []
    message = EmailMultiAlternatives(subject, text, from_email, to, **extra)
    message.attach_alternative(html, "text/html")
    return message
