"""What the letters app announces to the apps above it.

Sent inside the transaction that marks the letter sent, so the reminders that react
(cancel the follow-up nudges, plan the check-ins) commit with it. ``reminders``
listens; letters never imports it.
"""

from django.dispatch import Signal

# A letter was marked sent (by the app's email, the user's mail client or by hand).
# Keyword arguments: letter, now.
letter_sent = Signal()
