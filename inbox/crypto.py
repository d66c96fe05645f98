"""The mailbox secret at rest: Fernet tokens under ``MAILBOX_ENCRYPTION_KEY``.

The setting is a list of keys, newest first (comma-separated in the environment). A token
is written with the first key and read with any of them, so a key is rotated by putting a
new one in front, running ``manage.py rotate_mailbox_key`` (which rewrites every token with
the new key) and then dropping the old one.
"""

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings

__all__ = ["InvalidToken", "decrypt", "encrypt", "rotate"]


def _keys() -> MultiFernet:
    return MultiFernet([Fernet(key) for key in settings.MAILBOX_ENCRYPTION_KEY])


def encrypt(secret: str) -> str:
    return _keys().encrypt(secret.encode()).decode("ascii")


def decrypt(token: str) -> str:
    """The plain secret; InvalidToken if no configured key opens it."""
    return _keys().decrypt(token.encode("ascii")).decode()


def rotate(token: str) -> str:
    """The same secret under the newest key."""
    return _keys().rotate(token.encode("ascii")).decode("ascii")
