from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Users, sign-in, the profile, time zones and reminder preferences.

    The lowest app: it imports no other app of the project. It tells the apps above it
    of changes through ``accounts.signals`` (reminders re-plan on a new zone) and asks
    them through ``accounts.scoping`` (coaching registers who a coach may see).
    """

    name = "accounts"
    verbose_name = "Accounts"
