"""What the accounts app announces to the apps above it.

Sent inside the transaction that saves the user. ``reminders`` listens and re-plans
pending reminders for the new zone, quiet hours or switches; accounts never imports it.
"""

from django.dispatch import Signal

# The user's time zone, quiet hours or reminder switches changed. Keyword arguments: user.
reminder_settings_changed = Signal()
