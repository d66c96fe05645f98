from django.apps import AppConfig


class RemindersConfig(AppConfig):
    """Reminder emails as rows: the schedule, the sweep, the outbox and the one-click links.

    Depends on letters, interviews and accounts, never the other way round. Those apps
    announce their changes with signals (``interviews.signals``, ``letters.signals``,
    ``accounts.signals``) sent inside the transaction of the change; a signal rather than
    a registered function because several apps may want to hear of the same change, and
    the sender must not know who listens. The receivers are connected here.
    """

    name = "reminders"
    verbose_name = "Reminders"

    def ready(self):
        from accounts.signals import reminder_settings_changed
        from interviews.signals import interview_closed, interview_scheduled
        from letters.signals import letter_sent
        from reminders import receivers

        interview_scheduled.connect(receivers.on_interview_scheduled, dispatch_uid="reminders")
        interview_closed.connect(receivers.on_interview_closed, dispatch_uid="reminders")
        letter_sent.connect(receivers.on_letter_sent, dispatch_uid="reminders")
        reminder_settings_changed.connect(
            receivers.on_reminder_settings_changed, dispatch_uid="reminders"
        )

        from accounts.userdata import register_before_delete, register_export_section
        from reminders import userdata

        register_export_section("reminders", userdata.reminders)
        register_before_delete("reminders", userdata.cancel_before_delete)
