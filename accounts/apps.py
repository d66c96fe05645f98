from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Accounts"

    def ready(self):
        from accounts.coaching import ensure_coach_group_after_migrate

        # The "Career coaches" group is put back to exactly its permissions on every migrate.
        post_migrate.connect(
            ensure_coach_group_after_migrate, dispatch_uid="accounts.coaching.ensure_coach_group"
        )
