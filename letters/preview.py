"""What the app's email will look like before it goes out, and a test copy to the user.

The preview is built from the very message ``letters.emails.letter_email`` sends, so the
From, To, Reply-To and Subject shown are the ones the recipient will see. A fingerprint of
the text rides along with the confirmation, so what was previewed is what is sent.
"""

from __future__ import annotations

import hashlib
import logging
import smtplib
from dataclasses import dataclass

from django.conf import settings

from accounts import limits
from accounts.models import QuotaUse
from letters import emails
from letters.models import Letter
from letters.services import LetterSendError

logger = logging.getLogger(__name__)

TEST_SENDS_PER_DAY = 5


@dataclass(frozen=True)
class SendPreview:
    from_email: str
    to: list[str]
    reply_to: list[str]
    bcc: list[str]
    subject: str
    body: str
    version: str


def draft_version(letter: Letter) -> str:
    """A short fingerprint of everything the preview shows; changes when any of it does."""
    parts = [
        letter.subject,
        letter.body,
        letter.to_name,
        letter.to_email,
        letter.owner.get_full_name(),
        letter.owner.email,
    ]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


def send_preview(letter: Letter) -> SendPreview:
    message = emails.letter_email(letter)
    return SendPreview(
        from_email=message.from_email,
        to=list(message.to),
        reply_to=list(message.reply_to),
        bcc=list(message.bcc),
        subject=message.subject,
        body=message.body,
        version=draft_version(letter),
    )


def daily_test_limit() -> int:
    return getattr(settings, "LETTER_TEST_SENDS_PER_DAY", TEST_SENDS_PER_DAY)


def tests_left_today(*, user, now=None) -> int:
    used = limits.quota_used(user=user, kind=QuotaUse.Kind.TEST_SEND, now=now)
    return max(daily_test_limit() - used, 0)


def letter_send_test(*, letter: Letter, now=None) -> None:
    """Send the exact email to the user's own, confirmed address only; the letter stays unsent.

    An unconfirmed address may be someone else's: a test would be mail from the app's
    address to a stranger. Counts toward a small daily limit per account and per address
    (``accounts.limits``), so the button cannot send mail in bulk from the app's address.
    """
    if letter.is_sent:
        raise LetterSendError("This letter has been sent already.")
    if not letter.subject.strip() or not letter.body.strip():
        raise LetterSendError("Write a subject and a letter before sending a test.")
    try:
        limits.require_verified_email(letter.owner, what="send you a test")
        use = limits.reserve(
            user=letter.owner,
            kind=QuotaUse.Kind.TEST_SEND,
            limit=daily_test_limit(),
            what="tests",
            instead=", or send the letter itself",
            now=now,
        )
    except limits.SendingNotAllowed as refusal:
        raise LetterSendError(str(refusal), html=refusal.html) from None
    try:
        emails.letter_test_email(letter).send()
    except (smtplib.SMTPException, OSError) as exc:
        logger.warning("Sending a test of letter %s failed: %r", letter.pk, exc)
        limits.release(use)
        raise LetterSendError(
            "The test could not be sent because the mail server did not accept it. "
            "Try again in a few minutes."
        ) from exc
