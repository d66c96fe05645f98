"""The inbox app's part of the user's data: export and account deletion
(see ``accounts.userdata``)."""

from accounts.userdata import stored_rows
from inbox.models import MailboxConnection, MailboxMatch


def mailbox(*, user) -> list[dict]:
    """The connection as stored, without its secret (the encrypted app password)."""
    return stored_rows(MailboxConnection.objects.filter(owner=user), exclude=("secret",))


def mailbox_matches(*, user) -> list[dict]:
    """Each message that answered a letter: the letter, how it matched, its date, the
    state, and the hash of its Message-ID (nothing else of the mail is kept)."""
    return stored_rows(MailboxMatch.objects.filter(owner=user))


def forget_mailbox(*, user, now) -> None:
    """The credentials go first, in the deletion's first transaction: an interrupted
    deletion never leaves a working password behind, and no check starts meanwhile."""
    MailboxConnection.objects.filter(owner=user).delete()
