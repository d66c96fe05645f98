"""Demo data for ``seed_demo``: what a mailbox check would have found, with no mailbox.

Runs after letters/demo.py and reminders/demo.py, before insights/demo.py (which leaves
the Acme Corp first round's reply to this module). Both findings go through the same
functions a real check calls, from the header lines a real reply would carry:

- Acme Corp, first round: Dana's reply in the thread of the letter the app sent her,
  recorded as the interview's reply; what it was is left for the user to pick (the
  dashboard asks), and its check-ins stop through the usual signal;
- Acme Corp, second round (still waiting): a mail from Dana's address this morning with
  no thread headers, so only a question, "Is this their reply?".

The demo user has no MailboxConnection: there is no real mailbox to read, and the pages
say it is not connected.
"""

from datetime import timedelta
from email.utils import format_datetime

from inbox import matching, services
from letters.models import Letter

COMPANY = "Acme Corp"


def seed(*, user, now) -> dict[str, int]:
    user.mailbox_matches.all().delete()
    found = suggested = 0
    first = _sent_by_app(user, interview_round="first")
    if first is not None:
        headers = _headers(
            letter=first,
            received_at=min(first.sent_at + timedelta(days=2), now),
            in_reply_to=first.message_id,
        )
        found += (
            services.record_thread_match(
                letter=first,
                received_at=headers.date,
                message_id_hash=matching.message_id_hash(headers),
            )
            is not None
        )
    second = _sent_by_app(user, interview_round="second")
    if second is not None:
        headers = _headers(letter=second, received_at=max(now - timedelta(hours=5), second.sent_at))
        suggested += (
            services.suggest_address_match(
                letter=second,
                received_at=headers.date,
                message_id_hash=matching.message_id_hash(headers),
            )
            is not None
        )
    return {"replies found in the mailbox": found, "questions from the mailbox": suggested}


def _sent_by_app(user, *, interview_round: str) -> Letter | None:
    return (
        Letter.objects.select_related("owner")
        .filter(
            owner=user,
            interview__company=COMPANY,
            interview__round=interview_round,
            status=Letter.Status.SENT,
            sent_via=Letter.SentVia.APP,
        )
        .exclude(message_id="")
        .order_by("sent_at")
        .first()
    )


def _headers(*, letter: Letter, received_at, in_reply_to: str = "") -> matching.Headers:
    """The five header lines a check reads, as the recipient's mail would carry them."""
    domain = letter.recipient_email.rpartition("@")[2] or "example.com"
    lines = [
        f"Message-ID: <demo-{letter.pk}-{received_at:%Y%m%d%H%M}@{domain}>",
        f"From: {letter.to_name} <{letter.recipient_email}>",
        f"Date: {format_datetime(received_at)}",
    ]
    if in_reply_to:
        lines.append(f"In-Reply-To: <{matching.normalize_id(in_reply_to)}>")
    return matching.parse_headers("\r\n".join(lines).encode() + b"\r\n\r\n")
