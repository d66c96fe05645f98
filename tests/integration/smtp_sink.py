"""A real SMTP server for tests: aiosmtpd in a thread of the test process.

It keeps every message it accepts, counts connections, and can answer with an error for
chosen recipients (``refuse``) or take its time per message (``delay``), so the sender's
handling of 4xx and 5xx answers is tested against a real SMTP conversation.
"""

import asyncio
import email
import socket
import threading
from contextlib import contextmanager
from email import policy

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Sink:
    def __init__(self):
        self.lock = threading.Lock()
        self.raw: list[bytes] = []
        self.connections = 0
        self.refuse: dict[str, str] = {}  # recipient address -> reply, e.g. "451 4.3.0 busy"
        self.delay = 0.0
        self.port = 0

    # aiosmtpd handler hooks

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        with self.lock:
            self.connections += 1
        session.host_name = hostname
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = self.refuse.get(address)
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        with self.lock:
            self.raw.append(envelope.original_content or envelope.content)
        return "250 Message accepted for delivery"

    # Reading what arrived

    @property
    def count(self) -> int:
        with self.lock:
            return len(self.raw)

    def messages(self) -> list[email.message.EmailMessage]:
        with self.lock:
            raw = list(self.raw)
        return [email.message_from_bytes(data, policy=policy.default) for data in raw]

    def reminder_ids(self) -> list[str]:
        """The X-Followup-Reminder header ("<id>-v<version>") of every message, in order."""
        return [m["X-Followup-Reminder"] for m in self.messages()]

    def mailer(self, timeout: int = 10) -> dict:
        """A MAILERS entry that sends here."""
        return {
            "default": {
                "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                "OPTIONS": {"host": "127.0.0.1", "port": self.port, "timeout": timeout},
            }
        }

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"


@contextmanager
def running_sink(port: int | None = None):
    sink = Sink()
    sink.port = port or free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=sink.port, ready_timeout=10)
    controller.start()
    try:
        yield sink
    finally:
        controller.stop()
