import pytest

from tests.inbox.dovecot import Dovecot, available
from tests.services import unavailable

USER = "jane@example.org"
PASSWORD = "app-password-0123"


@pytest.fixture
def dovecot():
    """A fresh Dovecot with one user (USER / PASSWORD) and an empty INBOX and All Mail."""
    if not available():
        unavailable("Dovecot is not installed (apt-get install dovecot-imapd)")
    server = Dovecot({USER: PASSWORD}).start()
    try:
        yield server
    finally:
        server.stop()
