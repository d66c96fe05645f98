from django.apps import AppConfig


class InterviewsConfig(AppConfig):
    """Interviews, the interviewers met and the panel, and calendar (.ics) import.

    Imports only ``accounts``. Tells the apps above it that an interview's schedule
    changed or that it closed through ``interviews.signals``, sent inside the transaction.
    """

    name = "interviews"
    verbose_name = "Interviews"

    def ready(self):
        from accounts.userdata import register_export_section
        from interviews import userdata

        register_export_section("interviews", userdata.interviews)
        register_export_section("interviewers", userdata.interviewers)
        register_export_section("panels", userdata.panels)
        register_export_section("replies", userdata.replies)
