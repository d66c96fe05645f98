from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reminders import schedule
from reminders.schedule import (
    GRACE,
    Kind,
    Planned,
    move_out_of_quiet_hours,
    policy_from_settings,
    snooze,
)

# The numbers these tests check against, written out: followup/settings.py's defaults
# (21:00-08:00 quiet hours, a 24-hour window, a nudge after 2 hours, ...).
POLICY = schedule.Policy(
    window=timedelta(hours=24),
    nudge_after=timedelta(hours=2),
    last_call_before=timedelta(hours=4),
    check_in_after_decision_business_days=2,
    check_in_after_send_business_days=5,
    max_check_ins=2,
)


def Policy(**changes) -> schedule.Policy:  # noqa: N802 - reads as the dataclass it makes
    return replace(POLICY, **changes)


def Preferences(time_zone: str = "UTC", **fields) -> schedule.Preferences:  # noqa: N802
    quiet = {"quiet_start": time(21, 0), "quiet_end": time(8, 0)}
    return schedule.Preferences(time_zone=time_zone, **(quiet | fields))


def window_closes_at(ended_at, *, policy=POLICY):
    return schedule.window_closes_at(ended_at, policy=policy)


def plan_follow_up(*, policy=POLICY, **facts):
    return schedule.plan_follow_up(policy=policy, **facts)


def plan_check_ins(*, policy=POLICY, **facts):
    return schedule.plan_check_ins(policy=policy, **facts)


NEW_YORK = "America/New_York"
BERLIN = "Europe/Berlin"
LORD_HOWE = "Australia/Lord_Howe"


def local(zone: str, *args: int, fold: int = 0) -> datetime:
    """A wall time in `zone`, as the UTC instant the functions return."""
    return datetime(*args, tzinfo=ZoneInfo(zone), fold=fold).astimezone(UTC)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# The 24-hour window counts real hours.


def test_window_closes_an_hour_later_on_the_wall_clock_across_spring_forward_in_new_york():
    ended_at = local(NEW_YORK, 2026, 3, 7, 10, 0)

    assert window_closes_at(ended_at) == local(NEW_YORK, 2026, 3, 8, 11, 0)


def test_window_closes_an_hour_earlier_on_the_wall_clock_across_fall_back_in_new_york():
    ended_at = local(NEW_YORK, 2026, 10, 31, 10, 0)

    assert window_closes_at(ended_at) == local(NEW_YORK, 2026, 11, 1, 9, 0)


def test_window_closes_across_both_berlin_dst_changes():
    assert window_closes_at(local(BERLIN, 2026, 3, 28, 10, 0)) == local(BERLIN, 2026, 3, 29, 11, 0)
    assert window_closes_at(local(BERLIN, 2026, 10, 24, 10, 0)) == local(BERLIN, 2026, 10, 25, 9, 0)


def test_window_moves_half_an_hour_on_the_wall_clock_on_lord_howe_island():
    assert window_closes_at(local(LORD_HOWE, 2026, 4, 4, 10, 0)) == utc(2026, 4, 4, 23, 0)
    assert window_closes_at(local(LORD_HOWE, 2026, 4, 4, 10, 0)) == local(
        LORD_HOWE, 2026, 4, 5, 9, 30
    )
    assert window_closes_at(local(LORD_HOWE, 2026, 10, 3, 10, 0)) == local(
        LORD_HOWE, 2026, 10, 4, 10, 30
    )


def test_window_length_comes_from_the_policy():
    assert window_closes_at(utc(2026, 6, 1, 10, 0), policy=Policy(window=timedelta(hours=6))) == (
        utc(2026, 6, 1, 16, 0)
    )


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="ended_at must be an aware datetime"):
        window_closes_at(datetime(2026, 6, 1, 10, 0))


# Reminders before the letter is sent.


def test_daytime_interview_gets_nudge_last_call_and_late_note():
    ended_at = utc(2026, 6, 1, 10, 0)

    plan = plan_follow_up(ended_at=ended_at, now=ended_at, prefs=Preferences())

    assert plan == [
        Planned(Kind.NUDGE, utc(2026, 6, 1, 12, 0)),
        # 06:00 is quiet, and quiet hours end at 08:00, before the window closes at 10:00.
        Planned(Kind.LAST_CALL, utc(2026, 6, 2, 8, 0)),
        Planned(Kind.LATE, utc(2026, 6, 2, 10, 0)),
    ]
    assert all(p.due_at.tzinfo is UTC for p in plan)


def test_interview_ending_at_half_past_eight_pm_is_nudged_next_morning():
    ended_at = local(NEW_YORK, 2026, 3, 10, 20, 30)

    plan = plan_follow_up(ended_at=ended_at, now=ended_at, prefs=Preferences(NEW_YORK))

    assert plan == [
        Planned(Kind.NUDGE, local(NEW_YORK, 2026, 3, 11, 8, 0)),
        Planned(Kind.LAST_CALL, local(NEW_YORK, 2026, 3, 11, 16, 30)),
        Planned(Kind.LATE, local(NEW_YORK, 2026, 3, 11, 20, 30)),
    ]


def test_last_call_moves_to_the_evening_before_when_quiet_hours_end_after_the_window():
    ended_at = utc(2026, 6, 1, 5, 0)

    plan = plan_follow_up(ended_at=ended_at, now=ended_at, prefs=Preferences())

    assert plan == [
        Planned(Kind.NUDGE, utc(2026, 6, 1, 8, 0)),
        # 01:00 is quiet; 08:00 is after the 05:00 close, so half an hour before 21:00.
        Planned(Kind.LAST_CALL, utc(2026, 6, 1, 20, 30)),
        Planned(Kind.LATE, utc(2026, 6, 2, 8, 0)),
    ]


def test_last_call_lands_in_real_time_before_a_window_that_closes_across_spring_forward():
    ended_at = local(NEW_YORK, 2026, 3, 7, 10, 0)

    plan = plan_follow_up(ended_at=ended_at, now=ended_at, prefs=Preferences(NEW_YORK))

    assert plan == [
        Planned(Kind.NUDGE, local(NEW_YORK, 2026, 3, 7, 12, 0)),
        # Four real hours before 11:00 EDT is 07:00 EDT, quiet until 08:00.
        Planned(Kind.LAST_CALL, local(NEW_YORK, 2026, 3, 8, 8, 0)),
        Planned(Kind.LATE, local(NEW_YORK, 2026, 3, 8, 11, 0)),
    ]


def test_late_evening_interview_on_lord_howe_fall_back_night():
    ended_at = local(LORD_HOWE, 2026, 4, 4, 20, 0)

    plan = plan_follow_up(ended_at=ended_at, now=ended_at, prefs=Preferences(LORD_HOWE))

    # The window closes at 19:30 local: 24 real hours, half an hour given back overnight.
    assert plan == [
        Planned(Kind.NUDGE, local(LORD_HOWE, 2026, 4, 5, 8, 0)),
        Planned(Kind.LAST_CALL, local(LORD_HOWE, 2026, 4, 5, 15, 30)),
        Planned(Kind.LATE, local(LORD_HOWE, 2026, 4, 5, 19, 30)),
    ]


def test_short_night_window_leaves_only_the_late_note():
    ended_at = utc(2026, 6, 1, 20, 45)
    policy = Policy(window=timedelta(hours=3), last_call_before=timedelta(hours=1))

    plan = plan_follow_up(ended_at=ended_at, now=ended_at, prefs=Preferences(), policy=policy)

    assert plan == [Planned(Kind.LATE, utc(2026, 6, 2, 8, 0))]


def test_nudge_that_would_coincide_with_the_last_call_is_dropped():
    ended_at = utc(2026, 6, 1, 10, 0)
    policy = Policy(window=timedelta(hours=6))

    plan = plan_follow_up(ended_at=ended_at, now=ended_at, prefs=Preferences(), policy=policy)

    assert plan == [
        Planned(Kind.LAST_CALL, utc(2026, 6, 1, 12, 0)),
        Planned(Kind.LATE, utc(2026, 6, 1, 16, 0)),
    ]


def test_with_last_call_turned_off_the_nudge_only_has_to_beat_the_window():
    ended_at = utc(2026, 6, 1, 10, 0)
    prefs = Preferences(enabled=frozenset({Kind.NUDGE, Kind.LATE}))
    policy = Policy(window=timedelta(hours=6))

    plan = plan_follow_up(ended_at=ended_at, now=ended_at, prefs=prefs, policy=policy)

    assert plan == [
        Planned(Kind.NUDGE, utc(2026, 6, 1, 12, 0)),
        Planned(Kind.LATE, utc(2026, 6, 1, 16, 0)),
    ]


def test_disabled_kinds_are_not_planned():
    ended_at = utc(2026, 6, 1, 10, 0)
    prefs = Preferences(enabled=frozenset({Kind.LAST_CALL}))

    plan = plan_follow_up(ended_at=ended_at, now=ended_at, prefs=prefs)

    assert plan == [Planned(Kind.LAST_CALL, utc(2026, 6, 2, 8, 0))]


def test_nothing_is_planned_when_every_kind_is_off():
    ended_at = utc(2026, 6, 1, 10, 0)

    assert (
        plan_follow_up(ended_at=ended_at, now=ended_at, prefs=Preferences(enabled=frozenset()))
        == []
    )


def test_interview_still_in_progress_is_planned_ahead():
    ended_at = utc(2026, 6, 1, 10, 0)

    plan = plan_follow_up(ended_at=ended_at, now=utc(2026, 6, 1, 9, 0), prefs=Preferences())

    assert [p.kind for p in plan] == [Kind.NUDGE, Kind.LAST_CALL, Kind.LATE]


def test_nudge_a_few_minutes_overdue_is_kept():
    ended_at = utc(2026, 6, 1, 10, 0)
    now = utc(2026, 6, 1, 12, 0) + GRACE

    plan = plan_follow_up(ended_at=ended_at, now=now, prefs=Preferences())

    assert plan[0] == Planned(Kind.NUDGE, utc(2026, 6, 1, 12, 0))


def test_nudge_past_the_grace_period_is_dropped():
    ended_at = utc(2026, 6, 1, 10, 0)
    now = utc(2026, 6, 1, 12, 16)

    plan = plan_follow_up(ended_at=ended_at, now=now, prefs=Preferences())

    assert plan == [
        Planned(Kind.LAST_CALL, utc(2026, 6, 2, 8, 0)),
        Planned(Kind.LATE, utc(2026, 6, 2, 10, 0)),
    ]


def test_late_note_just_after_the_window_keeps_its_time():
    ended_at = utc(2026, 6, 1, 10, 0)

    plan = plan_follow_up(ended_at=ended_at, now=utc(2026, 6, 2, 10, 5), prefs=Preferences())

    assert plan == [Planned(Kind.LATE, utc(2026, 6, 2, 10, 0))]


def test_late_note_goes_out_now_when_the_window_passed_unnoticed():
    ended_at = utc(2026, 6, 1, 10, 0)
    now = utc(2026, 6, 2, 13, 0)

    plan = plan_follow_up(ended_at=ended_at, now=now, prefs=Preferences())

    assert plan == [Planned(Kind.LATE, now)]


def test_late_note_noticed_at_night_waits_for_the_morning():
    ended_at = utc(2026, 6, 1, 10, 0)

    plan = plan_follow_up(ended_at=ended_at, now=utc(2026, 6, 2, 23, 0), prefs=Preferences())

    assert plan == [Planned(Kind.LATE, utc(2026, 6, 3, 8, 0))]


def test_late_note_for_a_window_closing_at_night_goes_out_next_morning():
    ended_at = local(BERLIN, 2026, 7, 1, 22, 0)

    plan = plan_follow_up(ended_at=ended_at, now=ended_at, prefs=Preferences(BERLIN))

    assert plan[-1] == Planned(Kind.LATE, local(BERLIN, 2026, 7, 3, 8, 0))


def test_changing_time_zone_moves_reminders_on_the_clock_but_not_the_window():
    ended_at = utc(2026, 6, 11, 0, 30)  # 20:30 in New York, 09:30 in Tokyo

    in_new_york = plan_follow_up(ended_at=ended_at, now=ended_at, prefs=Preferences(NEW_YORK))
    in_tokyo = plan_follow_up(ended_at=ended_at, now=ended_at, prefs=Preferences("Asia/Tokyo"))

    assert in_new_york[0] == Planned(Kind.NUDGE, local(NEW_YORK, 2026, 6, 11, 8, 0))
    assert in_tokyo[0] == Planned(Kind.NUDGE, local("Asia/Tokyo", 2026, 6, 11, 11, 30))
    assert in_new_york[-1] == in_tokyo[-1] == Planned(Kind.LATE, utc(2026, 6, 12, 0, 30))


# Quiet hours.


def test_moment_outside_quiet_hours_stays():
    moment = utc(2026, 6, 1, 20, 59)

    assert move_out_of_quiet_hours(moment, prefs=Preferences()) == moment


def test_moment_after_midnight_moves_to_the_same_morning():
    assert move_out_of_quiet_hours(utc(2026, 6, 2, 3, 0), prefs=Preferences()) == utc(
        2026, 6, 2, 8, 0
    )


def test_quiet_hours_that_do_not_wrap_midnight():
    prefs = Preferences(quiet_start=time(13, 0), quiet_end=time(14, 0))

    assert move_out_of_quiet_hours(utc(2026, 6, 1, 13, 0), prefs=prefs) == utc(2026, 6, 1, 14, 0)
    assert move_out_of_quiet_hours(utc(2026, 6, 1, 12, 59), prefs=prefs) == utc(2026, 6, 1, 12, 59)
    assert move_out_of_quiet_hours(utc(2026, 6, 1, 22, 0), prefs=prefs) == utc(2026, 6, 1, 22, 0)


def test_equal_start_and_end_means_no_quiet_hours():
    prefs = Preferences(quiet_start=time(0, 0), quiet_end=time(0, 0))

    assert move_out_of_quiet_hours(utc(2026, 6, 1, 3, 0), prefs=prefs) == utc(2026, 6, 1, 3, 0)


def test_quiet_hours_ending_inside_the_spring_forward_gap_end_at_the_jump():
    prefs = Preferences(NEW_YORK, quiet_start=time(23, 0), quiet_end=time(2, 30))

    moved = move_out_of_quiet_hours(local(NEW_YORK, 2026, 3, 8, 1, 0), prefs=prefs)

    # 02:30 never happens that night: the clock jumps from 02:00 EST to 03:00 EDT.
    assert moved == local(NEW_YORK, 2026, 3, 8, 3, 0) == utc(2026, 3, 8, 7, 0)


def test_quiet_hours_ending_inside_the_repeated_fall_back_hour_end_at_the_next_showing():
    prefs = Preferences(NEW_YORK, quiet_start=time(23, 0), quiet_end=time(1, 30))

    first_pass = move_out_of_quiet_hours(local(NEW_YORK, 2026, 11, 1, 0, 20), prefs=prefs)
    second_pass = move_out_of_quiet_hours(local(NEW_YORK, 2026, 11, 1, 1, 20, fold=1), prefs=prefs)

    assert first_pass == local(NEW_YORK, 2026, 11, 1, 1, 30, fold=0) == utc(2026, 11, 1, 5, 30)
    assert second_pass == local(NEW_YORK, 2026, 11, 1, 1, 30, fold=1) == utc(2026, 11, 1, 6, 30)


def test_quiet_hours_ending_inside_lord_howes_half_hour_gap():
    prefs = Preferences(LORD_HOWE, quiet_start=time(23, 0), quiet_end=time(2, 15))

    moved = move_out_of_quiet_hours(local(LORD_HOWE, 2026, 10, 4, 1, 0), prefs=prefs)

    # The clock jumps from 02:00 to 02:30.
    assert moved == local(LORD_HOWE, 2026, 10, 4, 2, 30) == utc(2026, 10, 3, 15, 30)


def test_quiet_hours_ending_inside_lord_howes_repeated_half_hour():
    prefs = Preferences(LORD_HOWE, quiet_start=time(23, 0), quiet_end=time(1, 45))

    moved = move_out_of_quiet_hours(local(LORD_HOWE, 2026, 4, 5, 1, 40, fold=1), prefs=prefs)

    assert moved == local(LORD_HOWE, 2026, 4, 5, 1, 45, fold=1) == utc(2026, 4, 4, 15, 15)


def test_with_a_deadline_the_moment_moves_to_before_quiet_hours_began():
    moved = move_out_of_quiet_hours(
        utc(2026, 6, 1, 23, 0), prefs=Preferences(), latest=utc(2026, 6, 2, 7, 0)
    )

    assert moved == utc(2026, 6, 1, 20, 30)


def test_with_a_deadline_after_quiet_hours_the_moment_moves_forward():
    moved = move_out_of_quiet_hours(
        utc(2026, 6, 1, 23, 0), prefs=Preferences(), latest=utc(2026, 6, 2, 8, 1)
    )

    assert moved == utc(2026, 6, 2, 8, 0)


def test_quiet_hours_starting_inside_berlins_spring_forward_gap_start_at_the_jump():
    prefs = Preferences(BERLIN, quiet_start=time(2, 30), quiet_end=time(6, 0))

    moved = move_out_of_quiet_hours(
        local(BERLIN, 2026, 3, 29, 4, 0), prefs=prefs, latest=local(BERLIN, 2026, 3, 29, 5, 0)
    )

    # Quiet hours began when the clock jumped to 03:00 CEST; half an hour before is 01:30 CET.
    assert moved == local(BERLIN, 2026, 3, 29, 1, 30) == utc(2026, 3, 29, 0, 30)


def test_with_less_than_half_an_hour_free_the_moment_moves_to_the_start_of_that_time():
    prefs = Preferences(quiet_start=time(7, 40), quiet_end=time(7, 30))

    moved = move_out_of_quiet_hours(
        utc(2026, 6, 1, 12, 0), prefs=prefs, latest=utc(2026, 6, 1, 13, 0)
    )

    assert moved == utc(2026, 6, 1, 7, 30)


# Snooze.


def test_snooze_three_days_keeps_the_time_of_day():
    assert snooze(utc(2026, 6, 5, 14, 0), days=3, prefs=Preferences()) == utc(2026, 6, 8, 14, 0)


def test_snooze_across_spring_forward_keeps_the_wall_clock_time():
    snoozed = snooze(local(NEW_YORK, 2026, 3, 6, 10, 0), days=3, prefs=Preferences(NEW_YORK))

    assert snoozed == local(NEW_YORK, 2026, 3, 9, 10, 0) == utc(2026, 3, 9, 14, 0)


def test_snooze_into_quiet_hours_waits_for_the_morning():
    snoozed = snooze(local(BERLIN, 2026, 10, 23, 22, 30), days=1, prefs=Preferences(BERLIN))

    assert snoozed == local(BERLIN, 2026, 10, 25, 8, 0)


def test_snooze_onto_a_skipped_wall_time_lands_at_the_jump():
    prefs = Preferences(NEW_YORK, quiet_start=time(0, 0), quiet_end=time(0, 0))

    snoozed = snooze(local(NEW_YORK, 2026, 3, 5, 2, 30), days=3, prefs=prefs)

    assert snoozed == local(NEW_YORK, 2026, 3, 8, 3, 0)


def test_snooze_refuses_negative_days():
    with pytest.raises(ValueError, match="days must not be negative"):
        snooze(utc(2026, 6, 5, 14, 0), days=-1, prefs=Preferences())


# Check-ins after the letter is sent.


def test_without_a_decision_date_check_ins_come_five_business_days_apart():
    sent_at = local(NEW_YORK, 2026, 6, 3, 15, 0)  # a Wednesday

    plan = plan_check_ins(
        sent_at=sent_at,
        now=sent_at,
        decision_expected_by=None,
        check_ins_sent=0,
        prefs=Preferences(NEW_YORK),
    )

    assert plan == [
        Planned(Kind.CHECK_IN, local(NEW_YORK, 2026, 6, 10, 9, 0), 1),
        Planned(Kind.CHECK_IN, local(NEW_YORK, 2026, 6, 17, 9, 0), 2),
        Planned(Kind.CLOSE_SUGGESTION, local(NEW_YORK, 2026, 6, 24, 9, 0)),
    ]


def test_letter_sent_on_a_friday_with_a_friday_decision_is_checked_on_tuesday():
    sent_at = local(BERLIN, 2026, 6, 5, 16, 0)  # a Friday

    plan = plan_check_ins(
        sent_at=sent_at,
        now=sent_at,
        decision_expected_by=date(2026, 6, 5),
        check_ins_sent=0,
        prefs=Preferences(BERLIN),
    )

    assert plan == [
        Planned(Kind.CHECK_IN, local(BERLIN, 2026, 6, 9, 9, 0), 1),
        Planned(Kind.CHECK_IN, local(BERLIN, 2026, 6, 16, 9, 0), 2),
        Planned(Kind.CLOSE_SUGGESTION, local(BERLIN, 2026, 6, 23, 9, 0)),
    ]


def test_check_in_comes_two_business_days_after_the_decision_date():
    sent_at = local(NEW_YORK, 2026, 6, 1, 11, 0)

    plan = plan_check_ins(
        sent_at=sent_at,
        now=sent_at,
        decision_expected_by=date(2026, 6, 12),  # a Friday
        check_ins_sent=0,
        prefs=Preferences(NEW_YORK),
    )

    assert plan[0] == Planned(Kind.CHECK_IN, local(NEW_YORK, 2026, 6, 16, 9, 0), 1)


def test_friday_letter_with_a_short_send_delay_skips_the_weekend():
    sent_at = utc(2026, 6, 5, 16, 0)  # a Friday

    plan = plan_check_ins(
        sent_at=sent_at,
        now=sent_at,
        decision_expected_by=None,
        check_ins_sent=0,
        prefs=Preferences(),
        policy=Policy(check_in_after_send_business_days=1, check_in_spacing_business_days=1),
    )

    assert plan == [
        Planned(Kind.CHECK_IN, utc(2026, 6, 8, 9, 0), 1),
        Planned(Kind.CHECK_IN, utc(2026, 6, 9, 9, 0), 2),
        Planned(Kind.CLOSE_SUGGESTION, utc(2026, 6, 10, 9, 0)),
    ]


def test_decision_date_already_past_still_gives_the_letter_two_business_days():
    sent_at = utc(2026, 6, 10, 12, 0)  # a Wednesday

    plan = plan_check_ins(
        sent_at=sent_at,
        now=sent_at,
        decision_expected_by=date(2026, 6, 5),
        check_ins_sent=0,
        prefs=Preferences(),
    )

    assert plan[0] == Planned(Kind.CHECK_IN, utc(2026, 6, 12, 9, 0), 1)


def test_after_the_first_check_in_only_the_second_and_the_close_suggestion_remain():
    sent_at = utc(2026, 6, 3, 15, 0)

    plan = plan_check_ins(
        sent_at=sent_at,
        now=utc(2026, 6, 10, 9, 1),
        decision_expected_by=None,
        check_ins_sent=1,
        prefs=Preferences(),
    )

    assert plan == [
        Planned(Kind.CHECK_IN, utc(2026, 6, 17, 9, 0), 2),
        Planned(Kind.CLOSE_SUGGESTION, utc(2026, 6, 24, 9, 0)),
    ]


def test_after_the_last_check_in_only_the_close_suggestion_remains():
    sent_at = utc(2026, 6, 3, 15, 0)

    plan = plan_check_ins(
        sent_at=sent_at,
        now=utc(2026, 6, 17, 9, 1),
        decision_expected_by=None,
        check_ins_sent=2,
        prefs=Preferences(),
    )

    assert plan == [Planned(Kind.CLOSE_SUGGESTION, utc(2026, 6, 24, 9, 0))]


def test_overdue_first_check_in_goes_out_the_next_business_morning():
    sent_at = utc(2026, 6, 3, 15, 0)

    plan = plan_check_ins(
        sent_at=sent_at,
        now=utc(2026, 6, 12, 15, 0),  # a Friday afternoon, two days after it was due
        decision_expected_by=None,
        check_ins_sent=0,
        prefs=Preferences(),
    )

    assert plan == [
        Planned(Kind.CHECK_IN, utc(2026, 6, 15, 9, 0), 1),
        Planned(Kind.CHECK_IN, utc(2026, 6, 22, 9, 0), 2),
        Planned(Kind.CLOSE_SUGGESTION, utc(2026, 6, 29, 9, 0)),
    ]


def test_overdue_second_check_in_is_spaced_from_the_first_that_just_went_out():
    sent_at = utc(2026, 6, 3, 15, 0)

    plan = plan_check_ins(
        sent_at=sent_at,
        now=utc(2026, 6, 19, 10, 0),  # check-in 1 was snoozed and went out only now
        decision_expected_by=None,
        check_ins_sent=1,
        prefs=Preferences(),
    )

    assert plan == [
        Planned(Kind.CHECK_IN, utc(2026, 6, 26, 9, 0), 2),
        Planned(Kind.CLOSE_SUGGESTION, utc(2026, 7, 3, 9, 0)),
    ]


def test_check_ins_wait_for_the_end_of_late_quiet_hours():
    sent_at = utc(2026, 6, 3, 15, 0)

    plan = plan_check_ins(
        sent_at=sent_at,
        now=sent_at,
        decision_expected_by=None,
        check_ins_sent=0,
        prefs=Preferences(quiet_start=time(23, 0), quiet_end=time(10, 30)),
    )

    assert plan[0] == Planned(Kind.CHECK_IN, utc(2026, 6, 10, 10, 30), 1)


def test_check_in_that_quiet_hours_push_into_saturday_moves_to_the_next_business_day():
    sent_at = utc(2026, 6, 1, 15, 0)  # a Monday; the check-in falls on Friday 9:00
    prefs = Preferences(quiet_start=time(6, 0), quiet_end=time(1, 0))

    plan = plan_check_ins(
        sent_at=sent_at,
        now=sent_at,
        decision_expected_by=date(2026, 6, 3),
        check_ins_sent=0,
        prefs=prefs,
    )

    # Friday 09:00 is quiet until Saturday 01:00; Monday 09:00 is quiet until Tuesday 01:00.
    assert plan[0] == Planned(Kind.CHECK_IN, utc(2026, 6, 9, 1, 0), 1)


def test_check_ins_keep_nine_oclock_local_across_berlins_fall_back():
    sent_at = local(BERLIN, 2026, 10, 20, 12, 0)

    plan = plan_check_ins(
        sent_at=sent_at,
        now=sent_at,
        decision_expected_by=None,
        check_ins_sent=0,
        prefs=Preferences(BERLIN),
    )

    assert plan == [
        Planned(Kind.CHECK_IN, utc(2026, 10, 27, 8, 0), 1),
        Planned(Kind.CHECK_IN, utc(2026, 11, 3, 8, 0), 2),
        Planned(Kind.CLOSE_SUGGESTION, utc(2026, 11, 10, 8, 0)),
    ]
    assert plan[0].due_at == local(BERLIN, 2026, 10, 27, 9, 0)


def test_business_days_follow_the_users_calendar_not_utc():
    # Friday 23:00 in New York is already Saturday in UTC.
    sent_at = local(NEW_YORK, 2026, 6, 5, 23, 0)

    plan = plan_check_ins(
        sent_at=sent_at,
        now=sent_at,
        decision_expected_by=None,
        check_ins_sent=0,
        prefs=Preferences(NEW_YORK),
        policy=Policy(check_in_after_send_business_days=1),
    )

    assert plan[0] == Planned(Kind.CHECK_IN, local(NEW_YORK, 2026, 6, 8, 9, 0), 1)


def test_with_check_ins_turned_off_only_the_close_suggestion_is_planned():
    sent_at = utc(2026, 6, 3, 15, 0)

    plan = plan_check_ins(
        sent_at=sent_at,
        now=sent_at,
        decision_expected_by=None,
        check_ins_sent=0,
        prefs=Preferences(enabled=frozenset(Kind) - {Kind.CHECK_IN}),
    )

    assert plan == [Planned(Kind.CLOSE_SUGGESTION, utc(2026, 6, 24, 9, 0))]


def test_with_one_check_in_allowed_the_close_suggestion_follows_it():
    sent_at = utc(2026, 6, 3, 15, 0)

    plan = plan_check_ins(
        sent_at=sent_at,
        now=sent_at,
        decision_expected_by=None,
        check_ins_sent=0,
        prefs=Preferences(),
        policy=Policy(max_check_ins=1),
    )

    assert plan == [
        Planned(Kind.CHECK_IN, utc(2026, 6, 10, 9, 0), 1),
        Planned(Kind.CLOSE_SUGGESTION, utc(2026, 6, 17, 9, 0)),
    ]


# Settings.


def test_the_settings_defaults_are_the_numbers_these_tests_use():
    assert policy_from_settings() == POLICY


def test_policy_reads_followup_settings(settings):
    settings.FOLLOWUP_WINDOW_HOURS = 48
    settings.FOLLOWUP_NUDGE_AFTER_HOURS = 1.5
    settings.FOLLOWUP_LAST_CALL_BEFORE_HOURS = 6
    settings.FOLLOWUP_CHECK_IN_AFTER_DECISION_DAYS = 3
    settings.FOLLOWUP_CHECK_IN_AFTER_SEND_DAYS = 7
    settings.FOLLOWUP_MAX_CHECK_INS = 1

    assert policy_from_settings() == Policy(
        window=timedelta(hours=48),
        nudge_after=timedelta(minutes=90),
        last_call_before=timedelta(hours=6),
        check_in_after_decision_business_days=3,
        check_in_after_send_business_days=7,
        max_check_ins=1,
    )


# Properties over every zone.

ZONES = sorted(available_timezones())


def is_quiet_on_the_wall_clock(moment: datetime, prefs: Preferences) -> bool:
    wall = moment.astimezone(ZoneInfo(prefs.time_zone)).time()
    start, end = prefs.quiet_start, prefs.quiet_end
    if start <= end:
        return start <= wall < end
    return wall >= start or wall < end


@st.composite
def preferences(draw) -> Preferences:
    start = draw(st.integers(0, 24 * 60 - 1))
    length = draw(st.integers(0, 12 * 60))
    end = (start + length) % (24 * 60)
    return Preferences(
        time_zone=draw(st.sampled_from(ZONES)),
        quiet_start=time(start // 60, start % 60),
        quiet_end=time(end // 60, end % 60),
    )


instants = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31)).map(
    lambda moment: moment.replace(tzinfo=UTC)
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    ended_at=instants,
    now_offset=st.timedeltas(min_value=timedelta(hours=-6), max_value=timedelta(hours=30)),
    prefs=preferences(),
)
def test_follow_up_reminders_respect_the_window_and_quiet_hours(ended_at, now_offset, prefs):
    closes_at = window_closes_at(ended_at)
    now = ended_at + now_offset

    plan = plan_follow_up(ended_at=ended_at, now=now, prefs=prefs)
    due = {p.kind: p.due_at for p in plan}

    for planned in plan:
        assert planned.due_at.tzinfo is UTC
        assert not is_quiet_on_the_wall_clock(planned.due_at, prefs)
    if Kind.LAST_CALL in due:
        assert ended_at < due[Kind.LAST_CALL] < closes_at
    if Kind.NUDGE in due:
        assert ended_at < due[Kind.NUDGE] < due.get(Kind.LAST_CALL, closes_at)
    assert due[Kind.LATE] >= closes_at
    if now < ended_at:
        assert Kind.LAST_CALL in due


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    sent_at=instants,
    now_offset=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=40)),
    decision_in_days=st.none() | st.integers(-10, 30),
    check_ins_sent=st.integers(0, 3),
    prefs=preferences(),
)
def test_check_ins_land_on_business_days_outside_quiet_hours(
    sent_at, now_offset, decision_in_days, check_ins_sent, prefs
):
    zone = ZoneInfo(prefs.time_zone)
    decision = (
        None if decision_in_days is None else sent_at.date() + timedelta(days=decision_in_days)
    )

    plan = plan_check_ins(
        sent_at=sent_at,
        now=sent_at + now_offset,
        decision_expected_by=decision,
        check_ins_sent=check_ins_sent,
        prefs=prefs,
    )

    assert plan[-1].kind == Kind.CLOSE_SUGGESTION
    assert [p.sequence for p in plan if p.kind == Kind.CHECK_IN] == list(
        range(check_ins_sent + 1, 3)
    )
    assert [p.due_at for p in plan] == sorted({p.due_at for p in plan})
    for planned in plan:
        assert planned.due_at > sent_at
        assert planned.due_at >= sent_at + now_offset - GRACE
        assert planned.due_at.astimezone(zone).weekday() < 5
        assert not is_quiet_on_the_wall_clock(planned.due_at, prefs)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    moment=instants,
    days=st.integers(0, 10),
    latest_after=st.timedeltas(min_value=timedelta(seconds=1), max_value=timedelta(hours=24)),
    prefs=preferences(),
)
def test_moved_and_snoozed_moments_are_never_quiet(moment, days, latest_after, prefs):
    moved = move_out_of_quiet_hours(moment, prefs=prefs)
    bounded = move_out_of_quiet_hours(moment, prefs=prefs, latest=moment + latest_after)
    snoozed = snooze(moment, days=days, prefs=prefs)

    assert moved >= moment
    assert bounded < moment + latest_after
    for result in (moved, bounded, snoozed):
        assert result.tzinfo is UTC
        assert not is_quiet_on_the_wall_clock(result, prefs)
