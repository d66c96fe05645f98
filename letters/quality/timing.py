"""When the letter goes out: after the interview, and within the follow-up window of its end.

The window's length is an argument (the caller reads ``FOLLOWUP_WINDOW_HOURS`` through
``interviews.models.follow_up_window_hours``): the checker itself reads no settings.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from letters.quality.rules import Finding, finding

# The window when the caller names none (the letter_check command, the benchmarks).
DEFAULT_WINDOW_HOURS = 24.0
SEND_SOON_WITHIN = timedelta(hours=4)


def check_timing(
    interview_ended_at: datetime | None,
    drafted_at: datetime | None,
    now: datetime | None,
    window_hours: float = DEFAULT_WINDOW_HOURS,
) -> list[Finding]:
    if interview_ended_at is None:
        return []
    now = now or datetime.now(UTC)
    if any(t is not None and t.tzinfo is None for t in (interview_ended_at, drafted_at, now)):
        raise ValueError("check_letter needs timezone-aware datetimes.")
    due = interview_ended_at + timedelta(hours=window_hours)
    window = f"{hours_text(window_hours)} hours"
    if now > due:
        ready = ", though this draft was ready in time" if drafted_at and drafted_at <= due else ""
        message = f"The {window} after the interview ran out {_ago(now - due)} ago{ready}."
        return [finding("late", message)]
    if due - now < SEND_SOON_WITHIN:
        minutes = int((due - now) / timedelta(minutes=1))
        message = f"Only {minutes // 60} h {minutes % 60:02d} min left of the {window}."
        return [finding("send_soon", message)]
    return []


# Thanks for a meeting that has not happened yet: the letter was drafted ahead (or for the
# wrong interview). Plain substrings of a lower-cased sentence: no pattern to backtrack.
THANKS_FOR_MEETING = (
    "for the interview",
    "for interviewing me",
    "for meeting",
    "for your time",
    "for taking the time",
    "for the conversation",
    "for our conversation",
    "for speaking with me",
    "for talking with me",
)


def check_before_interview(
    sentences: list[str], interview_starts_at: datetime | None, now: datetime | None
) -> list[Finding]:
    """A letter that thanks them "for the interview" while the interview is still ahead."""
    if interview_starts_at is None:
        return []
    now = now or datetime.now(UTC)
    if interview_starts_at.tzinfo is None or now.tzinfo is None:
        raise ValueError("check_letter needs timezone-aware datetimes.")
    if now >= interview_starts_at:
        return []
    for sentence in sentences:
        text = " ".join(sentence.lower().split())
        if "thank" not in text:
            continue
        for phrase in THANKS_FOR_MEETING:
            if phrase in text:
                message = f"It thanks them “{phrase}”, but the interview has not happened yet."
                return [finding("before_interview", message)]
    return []


def _ago(delta: timedelta) -> str:
    hours = int(delta / timedelta(hours=1))
    return "less than an hour" if hours < 1 else f"{hours} hour{'s' if hours > 1 else ''}"


def hours_text(hours: float) -> str:
    """``24.0`` as "24", ``1.5`` as "1.5": how a number of hours reads in a sentence."""
    return f"{hours:g}"
