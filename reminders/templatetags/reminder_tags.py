"""What the reminders app tells the pages of the apps below it (which cannot import it).

``{% next_check_in interview as check_in %}`` gives the next planned check-in of an
interview, with the words for what sends it, for the "What happens next" panel.
"""

from dataclasses import dataclass
from datetime import datetime

from django import template

from accounts import timefmt
from reminders.models import Reminder
from reminders.schedule import policy_from_settings
from reminders.scheduling import CHECK_IN_KINDS, PENDING

register = template.Library()


@dataclass(frozen=True)
class NextCheckIn:
    due_at: datetime
    kind: str
    trigger: str


def next_check_in_for(interview) -> NextCheckIn | None:
    """The interview's next pending check-in, or None when none is planned."""
    row = (
        Reminder.objects.filter(
            interview_id=interview.pk, kind__in=CHECK_IN_KINDS, state__in=PENDING
        )
        .order_by("due_at", "pk")
        .only("due_at", "kind", "sequence")
        .first()
    )
    if row is None:
        return None
    return NextCheckIn(due_at=row.due_at, kind=row.kind, trigger=_trigger(row, interview))


def _trigger(row: Reminder, interview) -> str:
    policy = policy_from_settings()
    if row.kind == Reminder.Kind.CLOSE_SUGGESTION:
        return (
            "No reply after your check-ins: we suggest closing the interview, "
            "unless you record their reply first."
        )
    if row.sequence > 1:
        return (
            f"A second check-in, {policy.check_in_spacing_business_days} business days "
            "after the first, unless you record their reply first."
        )
    decided_by = interview.decision_expected_by
    if decided_by:
        return (
            f"{policy.check_in_after_decision_business_days} business days after the decision "
            f"they expected by {timefmt.day(decided_by)}, if they have "
            "not replied. Recording their reply stops it."
        )
    return (
        f"{policy.check_in_after_send_business_days} business days after your letter went "
        "out, if they have not replied. Recording their reply stops it."
    )


@register.simple_tag
def next_check_in(interview) -> NextCheckIn | None:
    return next_check_in_for(interview)
