from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Users, sign-in, the profile, time zones and reminder preferences.

    The lowest app: it imports no other app of the project. It tells the apps above it
    of changes through ``accounts.signals`` (reminders re-plan on a new zone) and asks
    them through ``accounts.scoping`` (coaching registers who a coach may see).
    """

    name = "accounts"
    verbose_name = "Accounts"

    def ready(self):
        # `manage.py migrate` alone must be enough to serve: it creates the cache table
        # that sign-in lockouts live in (accounts.cachetable).
        from django.db.models.signals import post_migrate

        from accounts.cachetable import create_cache_tables

        post_migrate.connect(create_cache_tables, sender=self)

        # Each app adds its part of the user's data export here (``accounts.userdata``).
        from accounts import export_sections
        from accounts.userdata import register_export_section

        register_export_section("profile", export_sections.profile)
