"""Keep Reminder rows in step with the interviews and letters they are about.

Called in the same transaction as the change that causes it (interview saved, letter
sent, outcome changed, time zone changed). Implemented by the Reminders issue.
"""


def reschedule_for_interview(interview, *, now=None) -> None:
    """An interview was created or its time edited: (re)plan its follow-up reminders."""


def cancel_for_interview(interview, *, now=None) -> None:
    """A reply came in, the outcome left "awaiting", or the interview is being deleted."""


def on_letter_sent(letter, *, now=None) -> None:
    """Cancel the interview's pending letter reminders and plan the check-ins."""


def replan_for_user(user, *, now=None) -> None:
    """The user's time zone or reminder preferences changed: re-plan pending reminders."""
