"""Helpers for tests that must pass at any hour of the day (CI runs at night too)."""

from datetime import datetime, timedelta

from django.utils import timezone


def daytime_for(user, *, now: datetime | None = None) -> None:
    """Give ``user`` quiet hours half a day away from ``now``, so that ``now`` is daytime.

    For a test about something else (a browser walk on the real clock) whose emails would
    otherwise be held until the morning whenever the suite runs at night. The quiet hours
    themselves are tested with a fixed clock in tests/reminders and tests/coaching.
    """
    local = (now or timezone.now()).astimezone(user.zone)
    user.quiet_hours_start = (local + timedelta(hours=11)).time().replace(second=0, microsecond=0)
    user.quiet_hours_end = (local + timedelta(hours=12)).time().replace(second=0, microsecond=0)
    user.save(update_fields=["quiet_hours_start", "quiet_hours_end"])
