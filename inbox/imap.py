"""The IMAP conversation, read-only: log in, EXAMINE, search by UID, fetch five headers.

IMAPClient (UID mode by default, socket timeouts, parsed responses) speaks IMAP; this
module turns its errors into the few a user can act on, and keeps each look bounded: a
timeout on every socket operation, a number of messages per pass, ``BODY.PEEK`` so no
message is marked read.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import time
from dataclasses import dataclass
from datetime import date

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientError, LoginError

HEADER_FIELDS = b"BODY.PEEK[HEADER.FIELDS (MESSAGE-ID IN-REPLY-TO REFERENCES FROM DATE)]"
ALL_MAIL_FLAG = b"\\All"
FETCH_CHUNK = 100


class MailboxError(Exception):
    """What went wrong, as a short code (``auth``, ``tls``, ``timeout``, ``refused``,
    ``not_found``, ``unreachable``, ``protocol``) and a sentence for the user."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message

    @property
    def is_auth(self) -> bool:
        return self.code == "auth"


@dataclass(frozen=True)
class Account:
    host: str
    port: int
    security: str  # "ssl", "starttls" or "none"
    username: str
    password: str


def describe(error: BaseException, *, host: str = "the server") -> MailboxError:
    if isinstance(error, MailboxError):
        return error
    if isinstance(error, LoginError):
        return MailboxError("auth", "The mailbox refused the username or the app password.")
    if isinstance(error, ssl.SSLError | ssl.CertificateError):
        return MailboxError(
            "tls",
            f"The secure connection to {host} failed (TLS): check the port and the "
            "security setting, or the server's certificate.",
        )
    if isinstance(error, TimeoutError | socket.timeout):
        return MailboxError("timeout", f"{host} did not answer in time.")
    if isinstance(error, ConnectionRefusedError):
        return MailboxError("refused", f"{host} refused the connection on that port.")
    if isinstance(error, socket.gaierror):
        return MailboxError("not_found", f"No mail server found at {host}: check the name.")
    if isinstance(error, OSError):
        return MailboxError("unreachable", f"Could not reach {host}: {error.strerror or error}.")
    if isinstance(error, IMAPClientError):
        return MailboxError("protocol", f"{host} answered something unexpected: {error}."[:290])
    raise error


def connect(account: Account, *, timeout: float) -> IMAPClient:
    """A logged-in client; MailboxError with the reason otherwise."""
    client = None
    try:
        context = ssl.create_default_context()
        client = IMAPClient(
            account.host,
            port=account.port,
            ssl=account.security == "ssl",
            ssl_context=context,
            timeout=SocketTimeout(connect=timeout, read=timeout),
        )
        if account.security == "starttls":
            try:
                client.starttls(context)
            except (IMAPClientError, OSError) as error:
                # No STARTTLS offered, or the handshake failed: either way, a TLS problem.
                if isinstance(error, TimeoutError | socket.timeout):
                    raise
                raise ssl.SSLError(str(error)) from None
        client.login(account.username, account.password)
        return client
    except Exception as error:
        if client is not None:
            close(client)
        raise describe(error, host=account.host) from None


def try_login(account: Account, *, timeout: float) -> None:
    """Log in once and out again: the check the connect page makes before saving."""
    close(connect(account, timeout=timeout))


def close(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # a dead connection: the socket goes either way
        with contextlib.suppress(Exception):
            client.shutdown()


def folders_to_check(client: IMAPClient) -> list[str]:
    """INBOX, and Gmail's "All Mail" (the folder flagged \\All) where there is one: a reply
    archived or filtered away from the inbox is still there."""
    folders = ["INBOX"]
    for flags, _, name in client.list_folders():
        if ALL_MAIL_FLAG in flags and name not in folders:
            folders.append(name)
    return folders


@dataclass(frozen=True)
class FolderLook:
    uidvalidity: int
    last_uid: int  # the highest UID read, where the next look starts
    headers: list[bytes]
    more: bool  # more new messages than the bound: the next pass goes on


def look(
    client: IMAPClient,
    folder: str,
    *,
    known: dict | None,
    since: date,
    limit: int,
    deadline: float | None = None,
) -> FolderLook:
    """The headers of messages new in ``folder`` since ``known`` ({"uidvalidity",
    "last_uid"}), at most ``limit``, oldest first. Without a known state, or when the
    folder's UIDVALIDITY changed (its UIDs were renumbered), every message since ``since``.
    Past ``deadline`` (``time.monotonic()``) no further chunk is fetched: the next look
    starts after the last one read.
    """
    status = client.select_folder(folder, readonly=True)  # EXAMINE: nothing changes
    uidvalidity = int(status.get(b"UIDVALIDITY", 0))
    criteria: list = ["SINCE", since]
    last_uid = 0
    if known and int(known.get("uidvalidity", -1)) == uidvalidity:
        last_uid = int(known.get("last_uid", 0))
        criteria = ["UID", f"{last_uid + 1}:*", *criteria]
    # "n:*" always includes the highest UID, even below n: keep only the new ones.
    uids = sorted(uid for uid in client.search(criteria) if uid > last_uid)
    chosen = uids[:limit]
    headers: list[bytes] = []
    read = last_uid
    for start in range(0, len(chosen), FETCH_CHUNK):
        if deadline is not None and time.monotonic() > deadline:
            break
        chunk = chosen[start : start + FETCH_CHUNK]
        fetched = client.fetch(chunk, [HEADER_FIELDS])
        for uid in chunk:
            data = fetched.get(uid, {})
            raw = next((v for k, v in data.items() if k.startswith(b"BODY[HEADER")), None)
            if raw:
                headers.append(bytes(raw))
        read = chunk[-1]
    return FolderLook(
        uidvalidity=uidvalidity,
        last_uid=read,
        headers=headers,
        more=bool(uids) and read < uids[-1],
    )
