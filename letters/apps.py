from django.apps import AppConfig


class LettersConfig(AppConfig):
    """The letter wizard, the checker (``letters.quality``), drafts, sending and the dashboard.

    Imports ``interviews`` and ``accounts``. Tells the apps above it that a letter was
    sent through ``letters.signals`` (a signal sent inside the sending transaction), so
    reminders can move on to check-ins without letters knowing of them.
    """

    name = "letters"
    verbose_name = "Letters"

    def ready(self):
        from django.db.models.signals import pre_delete

        from interviews.models import Interviewer
        from letters.receivers import keep_recipient_text

        pre_delete.connect(keep_recipient_text, sender=Interviewer, dispatch_uid="letters")

        from accounts.userdata import register_export_section, register_export_table
        from letters import userdata

        register_export_section("letters", userdata.letters)
        register_export_table(
            "interviews", userdata.interview_rows, headers=userdata.INTERVIEW_HEADERS
        )
