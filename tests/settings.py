"""Settings for the test suite: production settings with a fast password hasher.

PBKDF2 takes about a second per password on this 2-core machine, and nearly every test
signs up or signs in a user; MD5 is unsafe for real passwords and fine for throwaway test
accounts. Everything else is followup.settings unchanged.
"""

from followup.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# A throwaway key for mailbox passwords (pyproject's test environment sets the same one, so
# processes the tests start with followup.settings read it too).
MAILBOX_ENCRYPTION_KEY = ["dGVzdHMtb25seS1tYWlsYm94LWtleS0wMDAwMDAwMDA="]
