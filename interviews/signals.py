"""What the interviews app announces to the apps above it.

Sent inside the transaction of the change, so a receiver's writes commit or roll back
with it. ``reminders`` listens to plan and cancel reminder rows; interviews never
imports it.
"""

from django.dispatch import Signal

# An interview was created, its times or decision date changed, or it was reopened (its
# outcome, or its follow-up: a letter marked sent by mistake was taken back).
# Keyword arguments: interview, now.
interview_scheduled = Signal()

# An interview no longer wants follow-up reminders: it was settled, the decision-maker
# replied, or it is about to be deleted. Keyword arguments: interview, now.
interview_closed = Signal()
