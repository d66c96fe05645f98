"""When the letter goes out: within 24 hours of the interview's end."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from letters.quality.rules import Finding, finding

DUE_WITHIN = timedelta(hours=24)
SEND_SOON_WITHIN = timedelta(hours=4)


def check_timing(
    interview_ended_at: datetime | None, drafted_at: datetime | None, now: datetime | None
) -> list[Finding]:
    if interview_ended_at is None:
        return []
    now = now or datetime.now(UTC)
    if any(t is not None and t.tzinfo is None for t in (interview_ended_at, drafted_at, now)):
        raise ValueError("check_letter needs timezone-aware datetimes.")
    due = interview_ended_at + DUE_WITHIN
    if now > due:
        ready = ", though this draft was ready in time" if drafted_at and drafted_at <= due else ""
        message = f"The 24 hours after the interview ran out {_ago(now - due)} ago{ready}."
        return [finding("late", message)]
    if due - now < SEND_SOON_WITHIN:
        minutes = int((due - now) / timedelta(minutes=1))
        message = f"Only {minutes // 60} h {minutes % 60:02d} min left of the 24 hours."
        return [finding("send_soon", message)]
    return []


def _ago(delta: timedelta) -> str:
    hours = int(delta / timedelta(hours=1))
    return "less than an hour" if hours < 1 else f"{hours} hour{'s' if hours > 1 else ''}"
