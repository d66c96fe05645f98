from django.apps import AppConfig


class LettersConfig(AppConfig):
    """The letter wizard, the checker (``letters.quality``), drafts, sending and the dashboard.

    Imports ``interviews`` and ``accounts``. Tells the apps above it that a letter was
    sent through ``letters.signals`` (a signal sent inside the sending transaction), so
    reminders can move on to check-ins without letters knowing of them.
    """

    name = "letters"
    verbose_name = "Letters"
