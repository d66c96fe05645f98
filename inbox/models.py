from django.conf import settings
from django.db import models


class MailboxConnection(models.Model):
    """One user's opt-in IMAP mailbox, read only to notice replies to their letters.

    The secret is encrypted at rest (``inbox/crypto.py``, Fernet with
    ``MAILBOX_ENCRYPTION_KEY``). ``auth`` says what the secret is: an app password today;
    an OAuth2 token (XOAUTH2) can later take its place without a new table.
    """

    class Security(models.TextChoices):
        SSL = "ssl", "SSL/TLS (usually port 993)"
        STARTTLS = "starttls", "STARTTLS (usually port 143)"
        NONE = "none", "None (only for a mail server on this machine)"

    class Auth(models.TextChoices):
        PASSWORD = "password", "App password"

    class State(models.TextChoices):
        ACTIVE = "active", "Checking"
        PAUSED = "paused", "Paused: the mailbox refused the password"

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mailbox"
    )
    host = models.CharField(max_length=253)
    port = models.PositiveIntegerField()
    username = models.CharField(max_length=320)
    security = models.CharField(max_length=10, choices=Security, default=Security.SSL)
    auth = models.CharField(max_length=10, choices=Auth, default=Auth.PASSWORD, editable=False)
    # Fernet token of the password (or, later, of the OAuth2 token); never the plain text.
    secret = models.TextField(editable=False)
    state = models.CharField(max_length=10, choices=State, default=State.ACTIVE)

    # The schedule and the lease, as the outbox claims its rows.
    next_check_at = models.DateTimeField(null=True, blank=True, db_index=True)
    lease_until = models.DateTimeField(null=True, blank=True, editable=False)
    failures = models.PositiveSmallIntegerField(default=0, editable=False)

    # What the last check found, for the profile page (a short code and a plain sentence).
    last_checked_at = models.DateTimeField(null=True, blank=True)
    last_result = models.CharField(max_length=20, blank=True)
    last_message = models.CharField(max_length=300, blank=True)
    paused_notified_at = models.DateTimeField(null=True, blank=True, editable=False)

    # Per folder: {"INBOX": {"uidvalidity": 1700000000, "last_uid": 42}, ...}
    folders = models.JSONField(default=dict, blank=True, editable=False)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "mailbox connection"

    def __str__(self):
        return f"{self.username} at {self.host}"


class MailboxMatch(models.Model):
    """A message in the mailbox that answers a letter: how it matched and when it came.

    Nothing else of the mail is kept: no body, no subject, no addresses, only a hash of
    its Message-ID, so the same message is never counted twice.
    """

    class How(models.TextChoices):
        THREAD = "thread", "In the letter's thread"
        ADDRESS = "address", "From the recipient's address"

    class State(models.TextChoices):
        RECORDED = "recorded", "Recorded as their reply"
        SUGGESTED = "suggested", "Waiting for you: is this their reply?"
        DISMISSED = "dismissed", "Not their reply"
        UNDONE = "undone", "Undone"

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mailbox_matches"
    )
    letter = models.ForeignKey(
        "letters.Letter", on_delete=models.CASCADE, related_name="mailbox_matches"
    )
    how = models.CharField(max_length=10, choices=How)
    state = models.CharField(max_length=10, choices=State)
    received_at = models.DateTimeField()
    message_id_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "mailbox matches"
        constraints = [
            # Two workers checking at once record a message once.
            models.UniqueConstraint(
                fields=["owner", "message_id_hash"], name="one_match_per_message"
            ),
        ]

    def __str__(self):
        return f"{self.get_how_display()} for letter {self.letter_id} ({self.state})"
