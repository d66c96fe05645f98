"""How close a pending review is to the end of the follow-up window: pure time rules,
shared by the review queue (coaching/review.py) and the nudge email (coaching/emails.py)."""

from datetime import datetime, timedelta

# A pending review this close to the end of the window gets the coach a nudge, and the
# job seeker a note that they can send without waiting.
CLOSING_SOON = timedelta(hours=4)
# After the window closed a nudge says so ("closed", never "closes" or "due soon"); this
# long after the close a review is no help to anyone and no nudge goes out at all.
LATE_NUDGE_FOR = timedelta(hours=24)


class Nudge:
    """What a review nudge may say: the window closes soon, or it has closed."""

    CLOSING = "closing"
    LATE = "late"


def review_nudge_variant(*, closes_at: datetime, now: datetime) -> str | None:
    """Which nudge fits ``now``: CLOSING before the window closes, LATE for a while after
    it, None when it is too early or too late for any."""
    if now < closes_at - CLOSING_SOON:
        return None
    if now < closes_at:
        return Nudge.CLOSING
    if now < closes_at + LATE_NUDGE_FOR:
        return Nudge.LATE
    return None
