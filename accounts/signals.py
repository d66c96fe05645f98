"""What the accounts app announces to the apps above it.

Sent inside the transaction that saves the user. ``reminders`` listens and re-plans
pending reminders for the new zone, quiet hours or switches; ``letters`` signs the
user's drafts with a changed name. accounts never imports them.
"""

from django.dispatch import Signal

# The user's time zone, quiet hours or reminder switches changed. Keyword arguments: user.
reminder_settings_changed = Signal()

# The user's display name changed ("maya okafor" -> "Maya Okafor"). Keyword arguments:
# user, old (the name before).
display_name_changed = Signal()
