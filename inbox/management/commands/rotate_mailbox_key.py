from django.core.management.base import BaseCommand
from django.db import transaction

from inbox import crypto
from inbox.models import MailboxConnection


class Command(BaseCommand):
    help = (
        "Re-encrypt every saved mailbox password with the first key of "
        "MAILBOX_ENCRYPTION_KEY. Put the new key in front (new,old), run this, then drop "
        "the old key."
    )

    def handle(self, *args, **options):
        rotated = unreadable = 0
        for pk in MailboxConnection.objects.values_list("pk", flat=True).iterator():
            with transaction.atomic():
                connection = MailboxConnection.objects.select_for_update().filter(pk=pk).first()
                if connection is None:
                    continue
                try:
                    secret = crypto.rotate(connection.secret)
                except crypto.InvalidToken:
                    unreadable += 1
                    continue
                MailboxConnection.objects.filter(pk=pk).update(secret=secret)
                rotated += 1
        self.stdout.write(f"{rotated} mailbox password(s) re-encrypted with the newest key.")
        if unreadable:
            self.stderr.write(
                f"{unreadable} could not be read with any configured key: their owners must "
                "save the password again."
            )
