"""Sending a batch of reminder emails over one mail connection.

Transport only: which rows to send and what to record is letters/dispatch.py's business.

With Django's SMTP backend, a message's last SMTP reply (to the end of DATA) is read only
when the next message is ready to go: the server takes in one message while the sweep
renders the next. The caller records that reply before it sends the next message, so at
most one message is ever sent and not yet recorded.
"""

import contextlib
import re
import smtplib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.core.mail.backends.smtp import EmailBackend as SMTPBackend

from reminders import emails as reminder_emails

# A line that starts with a dot gets a second one (RFC 5321, 4.5.2).
LEADING_DOT = re.compile(rb"(?m)^\.")


class Unreachable(Exception):
    """No connection to the mail server could be made."""


@dataclass(frozen=True)
class Delivery:
    """How a message ended: ``error`` is None when the server took it."""

    key: Any
    error: Exception | None = None


class Outbox:
    """A mail backend's connection for one batch: opened on demand, closed at the end."""

    def __init__(self, backend):
        self.backend = backend
        self.is_open = False
        self.pending = None  # (key, read_last_reply) for the message on the wire

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        if self.is_open:
            self._close()

    def open(self) -> None:
        if self.is_open:
            return
        try:
            self.backend.open()
        except OSError as error:  # smtplib's errors are OSErrors too
            raise Unreachable(f"Cannot connect to the mail server: {describe(error)}") from error
        self.is_open = True

    def start(self, key, message, *, now: datetime) -> Delivery | None:
        """Put ``message`` on the wire; a Delivery at once if it failed before the end."""
        assert self.pending is None, "finish() the previous message first"
        try:
            self.pending = (key, self._start(message, now=now))
        except Exception as error:
            return self._failed(key, error)
        return None

    def finish(self) -> Delivery | None:
        """Wait for the server's last word on the message on the wire, if there is one."""
        if self.pending is None:
            return None
        (key, read_last_reply), self.pending = self.pending, None
        try:
            read_last_reply()
        except Exception as error:
            return self._failed(key, error)
        return Delivery(key)

    def _start(self, message, *, now: datetime):
        if not isinstance(self.backend, SMTPBackend):
            self.backend.send_messages([message])  # locmem in tests, files in development
            return lambda: None
        smtp = self.backend.connection
        sender = reminder_emails.envelope_address(message.from_email)
        recipients = [reminder_emails.envelope_address(to) for to in message.recipients()]
        data = reminder_emails.wire_bytes(message, now=now)
        # smtplib's sendmail() up to, not including, the reply to the message's final dot.
        smtp.ehlo_or_helo_if_needed()
        size = f" size={len(data)}" if smtp.does_esmtp and smtp.has_extn("size") else ""
        # smtplib's mail() and rcpt() parse each address again (email.utils.parseaddr,
        # a tenth of a sweep's time); these are parsed and checked already.
        smtp.putcmd("mail", f"FROM:<{sender}>{size}")
        code, reply = smtp.getreply()
        if code != 250:
            _abandon(smtp, code)
            raise smtplib.SMTPSenderRefused(code, reply, sender)
        refused = {}
        for recipient in recipients:
            smtp.putcmd("rcpt", f"TO:<{recipient}>")
            code, reply = smtp.getreply()
            if code not in (250, 251):
                refused[recipient] = (code, reply)
            if code == 421:
                _abandon(smtp, code)
                raise smtplib.SMTPRecipientsRefused(refused)
        if len(refused) == len(recipients):
            _abandon(smtp, code)
            raise smtplib.SMTPRecipientsRefused(refused)
        code, reply = smtp.docmd("data")
        if code != 354:
            _abandon(smtp, code)
            raise smtplib.SMTPDataError(code, reply)
        smtp.send(LEADING_DOT.sub(b"..", data) + b".\r\n")  # wire_bytes() ends with CRLF

        def read_last_reply():
            code, reply = smtp.getreply()
            if code != 250:
                _abandon(smtp, code)
                raise smtplib.SMTPDataError(code, reply)

        return read_last_reply

    def _failed(self, key, error: Exception) -> Delivery:
        if connection_lost(error):
            self._close()
        return Delivery(key, error)

    def _close(self) -> None:
        self.is_open = False
        with contextlib.suppress(OSError):  # the connection is gone either way
            self.backend.close()


def is_permanent(error: Exception) -> bool:
    """5xx answers about this message are permanent; the rest may pass on a later try."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in error.recipients.values()]
        return bool(codes) and all(code >= 500 for code in codes)
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return False  # the server's account, not this message: an operator fixes it
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code >= 500
    # An address that cannot be written down (envelope_address, wire_bytes).
    return isinstance(error, ValueError)


def connection_lost(error: Exception) -> bool:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return any(code == 421 for code, _ in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        # An answer about this message; 421 means the server is closing the connection.
        return error.smtp_code == 421
    return isinstance(error, OSError)


def describe(error: Exception) -> str:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return "; ".join(
            f"{address}: {code} {_text(message)}"
            for address, (code, message) in error.recipients.items()
        )
    if isinstance(error, smtplib.SMTPResponseException):
        return f"{error.smtp_code} {_text(error.smtp_error)}"
    return f"{type(error).__name__}: {error}"


def _text(message) -> str:
    return message.decode(errors="replace") if isinstance(message, bytes) else str(message)


def _abandon(smtp, code: int) -> None:
    """After a refusal: reset the transaction, or hang up if the server is closing."""
    if code == 421:
        smtp.close()
        return
    with contextlib.suppress(smtplib.SMTPServerDisconnected):
        smtp.rset()
