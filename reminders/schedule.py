"""When reminders are due: the schedule as pure functions of time.

Nothing here touches the database. The code that keeps `Reminder` rows calls these
functions with the facts of one interview and stores what they return.

Time is computed in UTC and converted to the user's zone only to apply quiet hours and
business days. Every function takes aware datetimes and returns aware UTC datetimes.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from reminders.models import Reminder

# A reminder this late is still worth sending: the beat sweep may run a few minutes behind.
GRACE = timedelta(minutes=15)
# Check-ins go out in the morning, when the decision-maker reads mail.
CHECK_IN_TIME = time(9, 0)
# Moving a last call earlier puts it this long before quiet hours begin, not on their edge.
BEFORE_QUIET = timedelta(minutes=30)
# Quiet hours are shorter than a day, so the next free moment is at most a few periods away;
# the cap only stops a loop on a configuration a DST gap has swallowed whole.
_MAX_STEPS = 10


Kind = Reminder.Kind
# The kinds planned here; the other kinds of the outbox belong to the apps that queue them.
FOLLOW_UP_KINDS = (Kind.NUDGE, Kind.LAST_CALL, Kind.LATE)
CHECK_IN_KINDS = (Kind.CHECK_IN, Kind.CLOSE_SUGGESTION)
PLANNED_KINDS = FOLLOW_UP_KINDS + CHECK_IN_KINDS


@dataclass(frozen=True)
class Preferences:
    """A user's side of the schedule (reminders.scheduling.preferences_for builds it)."""

    time_zone: str
    quiet_start: time
    quiet_end: time
    enabled: frozenset[Kind] = frozenset(PLANNED_KINDS)


@dataclass(frozen=True)
class Planned:
    kind: Kind
    due_at: datetime
    sequence: int = 1


@dataclass(frozen=True)
class Policy:
    """The operator's side: FOLLOWUP_* in followup/settings.py, the one source of the numbers."""

    window: timedelta
    nudge_after: timedelta
    last_call_before: timedelta
    check_in_after_decision_business_days: int
    check_in_after_send_business_days: int
    max_check_ins: int
    check_in_spacing_business_days: int = 5


def policy_from_settings() -> Policy:
    from django.conf import settings

    from interviews.models import follow_up_window

    return Policy(
        window=follow_up_window(),
        nudge_after=timedelta(hours=settings.FOLLOWUP_NUDGE_AFTER_HOURS),
        last_call_before=timedelta(hours=settings.FOLLOWUP_LAST_CALL_BEFORE_HOURS),
        check_in_after_decision_business_days=settings.FOLLOWUP_CHECK_IN_AFTER_DECISION_DAYS,
        check_in_after_send_business_days=settings.FOLLOWUP_CHECK_IN_AFTER_SEND_DAYS,
        max_check_ins=settings.FOLLOWUP_MAX_CHECK_INS,
    )


def window_closes_at(ended_at: datetime, *, policy: Policy) -> datetime:
    # Real elapsed hours: across a DST change the window closes at 09:00 or 11:00 wall time.
    return _utc(ended_at, "ended_at") + policy.window


def plan_follow_up(
    *, ended_at: datetime, now: datetime, prefs: Preferences, policy: Policy
) -> list[Planned]:
    """NUDGE, LAST_CALL and LATE for an interview whose letter has not gone out yet."""
    ended_at = _utc(ended_at, "ended_at")
    now = _utc(now, "now")
    closes_at = window_closes_at(ended_at, policy=policy)

    late_at = move_out_of_quiet_hours(closes_at, prefs=prefs)
    if late_at < now - GRACE:
        # The window passed unnoticed: the late note still goes out once, as soon as allowed.
        late_at = move_out_of_quiet_hours(now, prefs=prefs)
    planned = [Planned(Kind.LATE, late_at)]
    if now >= closes_at:
        return _enabled(planned, prefs)

    last_call_at = move_out_of_quiet_hours(
        closes_at - policy.last_call_before, prefs=prefs, latest=closes_at
    )
    has_last_call = Kind.LAST_CALL in prefs.enabled and ended_at < last_call_at < closes_at
    if has_last_call:
        planned.append(Planned(Kind.LAST_CALL, last_call_at))

    nudge_at = move_out_of_quiet_hours(ended_at + policy.nudge_after, prefs=prefs)
    # A nudge at or after the last call would only repeat it.
    if nudge_at < (last_call_at if has_last_call else closes_at):
        planned.append(Planned(Kind.NUDGE, nudge_at))

    planned = [p for p in planned if p.kind == Kind.LATE or p.due_at >= now - GRACE]
    return _enabled(planned, prefs)


def plan_check_ins(
    *,
    sent_at: datetime,
    now: datetime,
    decision_expected_by: date | None,
    check_ins_sent: int,
    prefs: Preferences,
    policy: Policy,
) -> list[Planned]:
    """The check-ins still to come after a letter went out, then one CLOSE_SUGGESTION.

    Call it when the letter is sent, when the decision date changes and after each
    check-in goes out; not on every sweep, because an overdue entry is placed relative
    to `now` (the previous check-in is assumed to have just gone out).
    """
    sent_at = _utc(sent_at, "sent_at")
    now = _utc(now, "now")
    zone = ZoneInfo(prefs.time_zone)

    sent_day = _local(sent_at, zone).date()
    after_decision = policy.check_in_after_decision_business_days
    if decision_expected_by is None:
        first_day = _add_business_days(sent_day, policy.check_in_after_send_business_days)
    else:
        # A decision date already past must not bring the check-in hard on the letter's heels.
        first_day = max(
            _add_business_days(decision_expected_by, after_decision),
            _add_business_days(sent_day, after_decision),
        )

    def morning_after(business_days: int, moment: datetime) -> datetime:
        day = _add_business_days(_local(moment, zone).date(), business_days)
        return _business_morning(day, prefs=prefs)

    # Slots 1..max_check_ins are check-ins; the slot after the last one suggests closing.
    next_sequence = min(max(check_ins_sent, 0), policy.max_check_ins) + 1
    spacing = policy.check_in_spacing_business_days
    due_at = _business_morning(first_day, prefs=prefs)
    for _ in range(next_sequence - 1):
        due_at = morning_after(spacing, due_at)

    if due_at < now - GRACE:
        if next_sequence == 1:
            due_at = morning_after(0, now)
            if due_at < now:
                due_at = morning_after(1, now)
        else:
            due_at = morning_after(spacing, now)

    planned = []
    for sequence in range(next_sequence, policy.max_check_ins + 1):
        planned.append(Planned(Kind.CHECK_IN, due_at, sequence))
        due_at = morning_after(spacing, due_at)
    planned.append(Planned(Kind.CLOSE_SUGGESTION, due_at))
    return _enabled(planned, prefs)


def snooze(due_at_or_now: datetime, *, days: int, prefs: Preferences) -> datetime:
    """The same local wall time `days` calendar days later, out of quiet hours."""
    if days < 0:
        raise ValueError("days must not be negative")
    zone = ZoneInfo(prefs.time_zone)
    wall = _local(_utc(due_at_or_now, "due_at_or_now"), zone).replace(tzinfo=None)
    return move_out_of_quiet_hours(_reaching(wall + timedelta(days=days), zone)[0], prefs=prefs)


def move_out_of_quiet_hours(
    moment: datetime, *, prefs: Preferences, latest: datetime | None = None
) -> datetime:
    """`moment` if it is outside quiet hours, else the end of that quiet period.

    With `latest` (after `moment`), the result must come before it: when the quiet period
    ends too late, the moment moves back to shortly before the quiet period began.
    """
    moment = _utc(moment, "moment")
    if not is_quiet(moment, prefs=prefs):
        return moment
    later = _quiet_period_end(moment, prefs=prefs)
    if latest is None or later < _utc(latest, "latest"):
        return later
    return _before_quiet_period(moment, prefs=prefs)


def is_quiet(moment: datetime, *, prefs: Preferences) -> bool:
    """Whether the user's wall clock shows a time inside quiet hours at `moment`."""
    wall = _local(_utc(moment, "moment"), ZoneInfo(prefs.time_zone)).time()
    start, end = prefs.quiet_start, prefs.quiet_end
    if start <= end:
        return start <= wall < end
    return wall >= start or wall < end


def _quiet_period_end(moment: datetime, *, prefs: Preferences) -> datetime:
    zone = ZoneInfo(prefs.time_zone)
    for _ in range(_MAX_STEPS):
        local = _local(moment, zone)
        day = local.date()
        if prefs.quiet_start > prefs.quiet_end and local.time() >= prefs.quiet_start:
            day += timedelta(days=1)
        # After a fall-back hour the clock shows the end time twice; take the next showing.
        ends = [at for at in _reaching_on(day, prefs.quiet_end, zone) if at > moment]
        moment = (
            ends[0] if ends else _reaching_on(day + timedelta(days=1), prefs.quiet_end, zone)[0]
        )
        # Only a DST gap wider than the free part of the day leaves us still in quiet hours.
        if not is_quiet(moment, prefs=prefs):
            return moment
    raise ValueError(f"no time outside quiet hours near {moment.isoformat()}")


def _quiet_period_start(moment: datetime, *, prefs: Preferences) -> datetime:
    zone = ZoneInfo(prefs.time_zone)
    local = _local(moment, zone)
    day = local.date()
    if prefs.quiet_start > prefs.quiet_end and local.time() < prefs.quiet_end:
        day -= timedelta(days=1)
    starts = [at for at in _reaching_on(day, prefs.quiet_start, zone) if at <= moment]
    return (
        starts[-1] if starts else _reaching_on(day - timedelta(days=1), prefs.quiet_start, zone)[-1]
    )


def _before_quiet_period(moment: datetime, *, prefs: Preferences) -> datetime:
    for _ in range(_MAX_STEPS):
        started_at = _quiet_period_start(moment, prefs=prefs)
        candidate = started_at - BEFORE_QUIET
        if not is_quiet(candidate, prefs=prefs):
            return candidate
        # Less than BEFORE_QUIET is free before quiet hours: take the start of that free time.
        free_from = _quiet_period_end(candidate, prefs=prefs)
        if free_from < started_at:
            return free_from
        moment = candidate
    raise ValueError(f"no time outside quiet hours before {moment.isoformat()}")


def _business_morning(day: date, *, prefs: Preferences) -> datetime:
    """CHECK_IN_TIME on `day` or the next business day, moved out of quiet hours."""
    zone = ZoneInfo(prefs.time_zone)
    for _ in range(_MAX_STEPS):
        day = _add_business_days(day, 0)
        moment = move_out_of_quiet_hours(_reaching_on(day, CHECK_IN_TIME, zone)[0], prefs=prefs)
        if _local(moment, zone).weekday() < 5:
            return moment
        # Quiet hours pushed it into the weekend.
        day = _add_business_days(day, 1)
    raise ValueError(f"no business morning outside quiet hours after {day.isoformat()}")


def _add_business_days(day: date, count: int) -> date:
    """`count` Monday-to-Friday days after `day`; with 0, `day` itself or the next Monday."""
    while day.weekday() >= 5:
        day += timedelta(days=1)
    for _ in range(count):
        day += timedelta(days=1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
    return day


def _reaching_on(day: date, wall: time, zone: ZoneInfo) -> list[datetime]:
    return _reaching(datetime.combine(day, wall), zone)


def _reaching(wall: datetime, zone: ZoneInfo) -> list[datetime]:
    """The UTC instants at which the local clock reaches the naive `wall` time, in order.

    Two after a fall-back (the hour repeats); one otherwise. A wall time skipped by a
    spring-forward gap is reached at the jump itself.
    """
    readings = sorted({wall.replace(tzinfo=zone, fold=fold).astimezone(UTC) for fold in (0, 1)})
    shown = [at for at in readings if _local(at, zone).replace(tzinfo=None) == wall]
    if shown:
        return shown
    return [_transition_between(readings[0], readings[-1], zone)]


def _transition_between(before: datetime, after: datetime, zone: ZoneInfo) -> datetime:
    # Offsets change on whole seconds, so bisect over seconds for the first one with the new offset.
    low, high = int(before.timestamp()) - 1, int(after.timestamp()) + 1
    old_offset = _offset(low, zone)
    while high - low > 1:
        middle = (low + high) // 2
        if _offset(middle, zone) == old_offset:
            low = middle
        else:
            high = middle
    return datetime.fromtimestamp(high, UTC)


def _offset(timestamp: int, zone: ZoneInfo) -> timedelta | None:
    return datetime.fromtimestamp(timestamp, zone).utcoffset()


def _local(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.astimezone(zone)


def _utc(moment: datetime, name: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime")
    return moment.astimezone(UTC)


def _enabled(planned: list[Planned], prefs: Preferences) -> list[Planned]:
    return sorted(
        (p for p in planned if p.kind in prefs.enabled),
        key=lambda p: (p.due_at, p.sequence),
    )
