"""Reminders react to what the lower apps announce (connected in ``RemindersConfig.ready``).

Every receiver runs inside the sender's transaction: the reminder rows change together
with the interview, letter or user that caused it, or not at all.
"""

from reminders import scheduling


def on_interview_scheduled(sender, *, interview, now, **kwargs):
    scheduling.reschedule_for_interview(interview, now=now)


def on_interview_closed(sender, *, interview, now, **kwargs):
    scheduling.cancel_for_interview(interview, now=now)


def on_letter_sent(sender, *, letter, now, **kwargs):
    scheduling.on_letter_sent(letter, now=now)


def on_reminder_settings_changed(sender, *, user, **kwargs):
    scheduling.replan_for_user(user)
