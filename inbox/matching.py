"""Which waiting letter a message in the mailbox answers, from its headers alone. Pure.

A message names the letter it answers in ``In-Reply-To`` or ``References`` (a thread
match: recorded at once). Without thread headers, a message from the letter's recipient
after the letter went out may be their reply (an address match: only suggested). Anything
else is none of our business and is forgotten.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parsedate_to_datetime

# Bounds on what we read of one message: the header block the server sent (it holds five
# fields), the ids in References, and the length of one id.
MAX_HEADER_BYTES = 16_384
MAX_REFERENCES = 100
# A Message-ID between angle brackets: a negated class with a bounded count, no backtracking.
MESSAGE_ID = re.compile(r"<([^<>\s]{1,250})>")

THREAD = "thread"
ADDRESS = "address"


@dataclass(frozen=True)
class Headers:
    message_id: str  # without angle brackets; "" when the message has none
    answers: tuple[str, ...]  # In-Reply-To and References, without angle brackets
    sender: str  # the From address, lower-cased
    date: datetime | None  # aware, or None when absent or unreadable


@dataclass(frozen=True)
class WaitingLetter:
    pk: int
    message_id: str
    recipient_email: str
    sent_at: datetime


@dataclass(frozen=True)
class Match:
    letter: WaitingLetter
    how: str  # THREAD or ADDRESS


def normalize_id(value: str) -> str:
    """``<abc@host>``, `` abc@host `` → ``abc@host``: how ids are compared."""
    value = (value or "").strip()
    found = MESSAGE_ID.search(value[:300])
    return found.group(1) if found else value.strip("<>")


def ids_in(value: str) -> list[str]:
    return MESSAGE_ID.findall(value[: MAX_REFERENCES * 260])[:MAX_REFERENCES]


def parse_headers(raw: bytes) -> Headers:
    """The five header fields of one message; never raises on a malformed one."""
    message = BytesHeaderParser(policy=policy.compat32).parsebytes(raw[:MAX_HEADER_BYTES])

    def field(name: str) -> str:
        value = message.get(name)
        return str(value) if value is not None else ""

    message_ids = ids_in(field("Message-ID"))
    answers = ids_in(field("In-Reply-To")) + ids_in(field("References"))
    addresses = [address for _, address in getaddresses([field("From")[:1000]]) if address]
    try:
        date = parsedate_to_datetime(field("Date")) if field("Date") else None
    except (TypeError, ValueError, IndexError, OverflowError):
        date = None
    if date is not None and date.tzinfo is None:
        date = None  # "-0000": a time with no zone says nothing reliable
    return Headers(
        message_id=message_ids[0] if message_ids else "",
        answers=tuple(dict.fromkeys(answers))[:MAX_REFERENCES],
        sender=addresses[0].strip().lower() if addresses else "",
        date=date,
    )


def match(
    headers: Headers, *, letters: list[WaitingLetter], own_addresses: set[str]
) -> Match | None:
    """The letter ``headers`` answers, and how; None for any other message."""
    if headers.sender and headers.sender in own_addresses:
        return None  # the user's own mail in the thread (a second note, the letter itself)
    if headers.answers:
        by_id = {normalize_id(letter.message_id): letter for letter in letters if letter.message_id}
        for answered in headers.answers:
            if answered in by_id:
                return Match(by_id[answered], THREAD)
        return None  # a thread, but not one of ours
    if not headers.sender or headers.date is None:
        return None
    candidates = [
        letter
        for letter in letters
        if letter.recipient_email.strip().lower() == headers.sender
        and letter.sent_at <= headers.date
    ]
    if not candidates:
        return None
    # The latest letter to that person before the message came.
    return Match(max(candidates, key=lambda letter: (letter.sent_at, letter.pk)), ADDRESS)


def message_id_hash(headers: Headers) -> str:
    """What is kept of the message: a SHA-256 of its Message-ID (of its sender and date when
    it has none), so the same message, seen twice or in two folders, counts once."""
    if headers.message_id:
        key = f"id:{headers.message_id}"
    else:
        key = f"none:{headers.sender}:{headers.date.isoformat() if headers.date else ''}"
    return hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()
