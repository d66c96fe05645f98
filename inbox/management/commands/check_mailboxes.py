from django.core.management.base import BaseCommand

from inbox import checking


class Command(BaseCommand):
    help = (
        "Look once at every connected mailbox (due or not) for replies to letters waiting "
        "for one. Paused mailboxes wait for a new password and are skipped."
    )

    def handle(self, *args, **options):
        report = checking.check_due(every=True)
        checked = sum(report[k] for k in ("ok", "idle", "paused", "failed"))
        self.stdout.write(
            f"{checked} mailbox(es): {report['ok']} checked, {report['idle']} with no letter "
            f"waiting, {report['failed']} unreachable, {report['paused']} paused; "
            f"{report['recorded']} reply(ies) recorded, {report['suggested']} to confirm."
        )
