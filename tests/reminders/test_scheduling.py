"""Reminder rows follow the interviews and letters they are about (reminders/scheduling.py).

Times are exact: the pure schedule (reminders/schedule.py) decides them, these tests check
that the rows store them and change only when they should.
"""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from interviews import services as interview_services
from interviews.models import Interview
from letters.models import Letter
from reminders import scheduling
from reminders.models import Reminder
from reminders.schedule import Preferences, plan_follow_up
from tests.factories import InterviewFactory, LetterFactory, UserFactory

pytestmark = pytest.mark.django_db

State = Reminder.State
Kind = Reminder.Kind
# Monday 1 June 2026; London is on BST (UTC+1), so quiet hours are 20:00-07:00 UTC.
ENDED = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def local(zone: str, *args, fold: int = 0) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(zone), fold=fold).astimezone(UTC)


def rows(interview) -> list[tuple]:
    return [
        (r.kind, r.sequence, r.state, r.due_at)
        for r in Reminder.objects.filter(interview=interview).order_by("due_at", "kind")
    ]


def versions(interview) -> dict:
    return {(r.kind, r.sequence): r.version for r in Reminder.objects.filter(interview=interview)}


def new_interview(*, user=None, ended=ENDED, now=None, **fields) -> Interview:
    """Through the interviews service, as the web form and the admin do."""
    user = user or UserFactory()
    interview = Interview(
        owner=user,
        company=fields.pop("company", "Northwind Analytics"),
        role="Data Engineer",
        starts_at=ended - timedelta(hours=1),
        ends_at=ended,
        **fields,
    )
    return interview_services.interview_save(interview=interview, panel=[], now=now or ended)


def send_letter(interview, *, sent_at) -> Letter:
    letter = LetterFactory(interview=interview, status=Letter.Status.SENT, sent_at=sent_at)
    Interview.objects.filter(pk=interview.pk).update(follow_up_done_at=sent_at)
    interview.follow_up_done_at = sent_at
    scheduling.on_letter_sent(letter, now=sent_at)
    return letter


# Planning when an interview is logged


def test_a_logged_interview_gets_a_nudge_a_last_call_and_a_late_note():
    interview = new_interview()

    assert rows(interview) == [
        (Kind.NUDGE, 1, State.SCHEDULED, utc(2026, 6, 1, 12, 0)),
        # 06:00 UTC is 07:00 in London, still quiet: the last call waits for 08:00 local.
        (Kind.LAST_CALL, 1, State.SCHEDULED, utc(2026, 6, 2, 7, 0)),
        (Kind.LATE, 1, State.SCHEDULED, utc(2026, 6, 2, 10, 0)),
    ]


def test_an_interview_logged_the_day_after_gets_only_what_is_still_ahead():
    interview = new_interview(now=ENDED + timedelta(hours=20))

    assert rows(interview) == [
        (Kind.LAST_CALL, 1, State.SCHEDULED, utc(2026, 6, 2, 7, 0)),
        (Kind.LATE, 1, State.SCHEDULED, utc(2026, 6, 2, 10, 0)),
    ]


def test_rows_store_exactly_what_the_pure_schedule_plans_for_the_users_zone():
    user = UserFactory(time_zone="America/New_York")
    # The evening before the spring-forward night in New York.
    ended = local("America/New_York", 2026, 3, 7, 20, 30)

    interview = new_interview(user=user, ended=ended)

    prefs = Preferences(time_zone="America/New_York")
    assert [(kind, due) for kind, _, _, due in rows(interview)] == [
        (p.kind, p.due_at) for p in plan_follow_up(ended_at=ended, now=ended, prefs=prefs)
    ]
    assert rows(interview)[0][3] == local("America/New_York", 2026, 3, 8, 8, 0)


def test_planning_again_with_nothing_changed_changes_nothing(django_assert_num_queries):
    interview = new_interview()
    before = versions(interview)

    # One read of the rows, one of the letters: no writes.
    with django_assert_num_queries(2):
        scheduling.reschedule_for_interview(interview, now=ENDED)

    assert (
        versions(interview)
        == before
        == {
            (Kind.NUDGE, 1): 1,
            (Kind.LAST_CALL, 1): 1,
            (Kind.LATE, 1): 1,
        }
    )


def test_planning_a_new_interview_takes_a_fixed_number_of_queries(django_assert_num_queries):
    interview = InterviewFactory(starts_at=ENDED - timedelta(hours=1), ends_at=ENDED)

    # Read rows, read letters, one insert.
    with django_assert_num_queries(3):
        scheduling.reschedule_for_interview(interview, now=ENDED)

    assert Reminder.objects.filter(interview=interview).count() == 3


# Editing the interview's time


def test_moving_the_interview_moves_its_pending_reminders_with_a_new_version():
    interview = new_interview(now=ENDED - timedelta(days=2))
    interview.starts_at += timedelta(days=1)
    interview.ends_at += timedelta(days=1)

    interview_services.interview_save(interview=interview, panel=[], now=ENDED - timedelta(days=1))

    assert rows(interview) == [
        (Kind.NUDGE, 1, State.SCHEDULED, utc(2026, 6, 2, 12, 0)),
        (Kind.LAST_CALL, 1, State.SCHEDULED, utc(2026, 6, 3, 7, 0)),
        (Kind.LATE, 1, State.SCHEDULED, utc(2026, 6, 3, 10, 0)),
    ]
    assert set(versions(interview).values()) == {2}


def test_a_claimed_reminder_that_is_moved_goes_back_to_scheduled_so_the_old_claim_sends_nothing():
    interview = new_interview(now=ENDED - timedelta(hours=1))
    nudge = Reminder.objects.get(interview=interview, kind=Kind.NUDGE)
    claimed_until = ENDED + timedelta(minutes=5)
    Reminder.objects.filter(pk=nudge.pk).update(state=State.SENDING, lease_until=claimed_until)

    interview.starts_at += timedelta(hours=3)
    interview.ends_at += timedelta(hours=3)
    interview_services.interview_save(interview=interview, panel=[], now=ENDED)

    nudge.refresh_from_db()
    assert (nudge.state, nudge.due_at, nudge.version, nudge.lease_until) == (
        State.SCHEDULED,
        utc(2026, 6, 1, 15, 0),
        2,
        None,
    )


def test_a_sent_nudge_stays_sent_when_the_interview_is_saved_again():
    interview = new_interview()
    Reminder.objects.filter(interview=interview, kind=Kind.NUDGE).update(
        state=State.SENT, sent_at=utc(2026, 6, 1, 12, 0, 5)
    )

    scheduling.reschedule_for_interview(interview, now=utc(2026, 6, 1, 12, 1))

    nudge = Reminder.objects.get(interview=interview, kind=Kind.NUDGE)
    assert (nudge.state, nudge.version, nudge.sent_at) == (
        State.SENT,
        1,
        utc(2026, 6, 1, 12, 0, 5),
    )


def test_a_sent_nudge_is_a_new_reminder_when_the_interview_moved_to_a_later_day():
    # Logged with the wrong date: the nudge went out, then the user fixed the date.
    interview = new_interview()
    Reminder.objects.filter(interview=interview, kind=Kind.NUDGE).update(
        state=State.SENT, sent_at=utc(2026, 6, 1, 12, 0)
    )
    now = utc(2026, 6, 1, 13, 0)
    interview.starts_at += timedelta(days=2)
    interview.ends_at += timedelta(days=2)

    interview_services.interview_save(interview=interview, panel=[], now=now)

    nudge = Reminder.objects.get(interview=interview, kind=Kind.NUDGE)
    assert (nudge.state, nudge.due_at, nudge.sent_at, nudge.version) == (
        State.SCHEDULED,
        utc(2026, 6, 3, 12, 0),
        None,
        2,
    )


# Sending the letter


def test_sending_the_letter_cancels_the_letter_reminders_and_plans_two_check_ins_and_a_close():
    interview = new_interview()
    sent_at = utc(2026, 6, 1, 15, 0)  # Monday

    letter = send_letter(interview, sent_at=sent_at)

    assert rows(interview) == [
        (Kind.NUDGE, 1, State.CANCELLED, utc(2026, 6, 1, 12, 0)),
        (Kind.LAST_CALL, 1, State.CANCELLED, utc(2026, 6, 2, 7, 0)),
        (Kind.LATE, 1, State.CANCELLED, utc(2026, 6, 2, 10, 0)),
        # Five business days later at 09:00 London, then five more, then the close.
        (Kind.CHECK_IN, 1, State.SCHEDULED, utc(2026, 6, 8, 8, 0)),
        (Kind.CHECK_IN, 2, State.SCHEDULED, utc(2026, 6, 15, 8, 0)),
        (Kind.CLOSE_SUGGESTION, 1, State.SCHEDULED, utc(2026, 6, 22, 8, 0)),
    ]
    assert set(
        Reminder.objects.filter(interview=interview, kind=Kind.CHECK_IN).values_list(
            "letter", flat=True
        )
    ) == {letter.pk}


def test_the_nudge_that_already_went_out_stays_sent_when_the_letter_follows():
    interview = new_interview()
    Reminder.objects.filter(interview=interview, kind=Kind.NUDGE).update(
        state=State.SENT, sent_at=utc(2026, 6, 1, 12, 0)
    )

    send_letter(interview, sent_at=utc(2026, 6, 1, 15, 0))

    assert Reminder.objects.get(interview=interview, kind=Kind.NUDGE).state == State.SENT


def test_a_decision_date_moves_the_first_check_in_to_two_business_days_after_it():
    interview = new_interview(decision_expected_by=date(2026, 6, 11))  # a Thursday

    send_letter(interview, sent_at=utc(2026, 6, 1, 15, 0))

    first = Reminder.objects.get(interview=interview, kind=Kind.CHECK_IN, sequence=1)
    assert first.due_at == local("Europe/London", 2026, 6, 15, 9, 0)  # the Monday after


def test_editing_the_decision_date_after_sending_moves_the_first_check_in():
    interview = new_interview()
    send_letter(interview, sent_at=utc(2026, 6, 1, 15, 0))

    interview.decision_expected_by = date(2026, 6, 11)  # a Thursday
    interview_services.interview_save(interview=interview, panel=[], now=utc(2026, 6, 2, 9, 0))

    first = Reminder.objects.get(interview=interview, kind=Kind.CHECK_IN, sequence=1)
    assert first.due_at == local("Europe/London", 2026, 6, 15, 9, 0)  # the Monday after


def test_a_second_letter_to_another_interviewer_changes_no_check_in():
    interview = new_interview()
    send_letter(interview, sent_at=utc(2026, 6, 1, 15, 0))
    before = rows(interview), versions(interview)

    second = LetterFactory(
        interview=interview, status=Letter.Status.SENT, sent_at=utc(2026, 6, 2, 9, 0)
    )
    scheduling.on_letter_sent(second, now=utc(2026, 6, 2, 9, 0))

    assert (rows(interview), versions(interview)) == before


def test_letters_service_marking_a_letter_sent_plans_the_check_ins():
    from letters import services as letter_services

    interview = new_interview()
    letter = LetterFactory(interview=interview)

    letter_services.letter_mark_sent(
        letter=letter, via=Letter.SentVia.MANUAL, now=utc(2026, 6, 1, 15, 0)
    )

    pending = Reminder.objects.filter(interview=interview, state=State.SCHEDULED)
    assert sorted(pending.values_list("kind", "sequence")) == [
        (Kind.CHECK_IN, 1),
        (Kind.CHECK_IN, 2),
        (Kind.CLOSE_SUGGESTION, 1),
    ]


# Settling the interview


def test_a_reply_cancels_every_pending_reminder_and_keeps_sent_ones():
    interview = new_interview()
    Reminder.objects.filter(interview=interview, kind=Kind.NUDGE).update(
        state=State.SENT, sent_at=utc(2026, 6, 1, 12, 0)
    )

    scheduling.mark_reply(interview, now=utc(2026, 6, 1, 13, 0))

    interview.refresh_from_db()
    assert interview.reply_received_at == utc(2026, 6, 1, 13, 0)
    assert [state for _, _, state, _ in rows(interview)] == [
        State.SENT,
        State.CANCELLED,
        State.CANCELLED,
    ]


def test_an_outcome_other_than_awaiting_cancels_and_reopening_plans_again():
    interview = new_interview()
    now = ENDED + timedelta(hours=1)

    interview_services.interview_record_outcome(
        interview=interview, outcome=Interview.Outcome.REJECTED, reply_received=False, now=now
    )
    assert {state for _, _, state, _ in rows(interview)} == {State.CANCELLED}

    interview_services.interview_record_outcome(
        interview=interview, outcome=Interview.Outcome.AWAITING, reply_received=False, now=now
    )
    assert rows(interview) == [
        (Kind.NUDGE, 1, State.SCHEDULED, utc(2026, 6, 1, 12, 0)),
        (Kind.LAST_CALL, 1, State.SCHEDULED, utc(2026, 6, 2, 7, 0)),
        (Kind.LATE, 1, State.SCHEDULED, utc(2026, 6, 2, 10, 0)),
    ]


def test_a_settled_interview_gets_no_reminders_when_planned_again():
    interview = new_interview()
    interview.outcome = Interview.Outcome.OFFER
    interview.save()

    scheduling.reschedule_for_interview(interview, now=ENDED)

    assert {state for _, _, state, _ in rows(interview)} == {State.CANCELLED}


def test_deleting_the_interview_deletes_its_reminders():
    interview = new_interview()

    interview_services.interview_delete(interview=interview, now=ENDED)

    assert not Reminder.objects.exists()


def test_cancelling_leaves_review_reminders_to_the_review_code():
    interview = new_interview()
    review = Reminder.objects.create(
        user=interview.owner,
        interview=interview,
        kind=Kind.REVIEW_NUDGE,
        due_at=ENDED,
        state=State.SENDING,
    )

    scheduling.cancel_for_interview(interview, now=ENDED)

    review.refresh_from_db()
    assert review.state == State.SENDING


# Time zones and preferences


def test_changing_the_time_zone_replans_pending_reminders_into_the_new_quiet_hours():
    user = UserFactory(time_zone="Europe/London")
    # Ends 20:00 UTC: 21:00 in London (quiet), 16:00 in New York (not).
    interview = new_interview(user=user, ended=utc(2026, 6, 1, 18, 0), now=utc(2026, 6, 1, 18, 0))
    assert rows(interview)[0] == (Kind.NUDGE, 1, State.SCHEDULED, utc(2026, 6, 2, 7, 0))

    user.time_zone = "America/New_York"
    user.save()
    scheduling.replan_for_user(user, now=utc(2026, 6, 1, 18, 30))

    nudge = Reminder.objects.get(interview=interview, kind=Kind.NUDGE)
    assert (nudge.due_at, nudge.version) == (utc(2026, 6, 1, 20, 0), 2)


def test_a_time_zone_change_on_the_preferences_page_replans(client):
    # The page plans from the real clock: an interview that ends tomorrow at 20:00 UTC.
    tomorrow = (timezone.now() + timedelta(days=1)).date()
    ended = datetime.combine(tomorrow, time(20, 0), tzinfo=UTC)
    user = UserFactory(time_zone="UTC")
    interview = new_interview(user=user, ended=ended, now=timezone.now())
    # 22:00 UTC is quiet in UTC: the nudge waits for 08:00.
    assert Reminder.objects.get(interview=interview, kind=Kind.NUDGE).due_at == (
        ended + timedelta(hours=12)
    )
    client.force_login(user)

    response = client.post(
        "/preferences/",
        {
            "time_zone": "Asia/Tokyo",
            "quiet_hours_start": "21:00",
            "quiet_hours_end": "08:00",
            "email_reminders": "on",
            "remind_nudge": "on",
            "remind_last_call": "on",
            "remind_late": "on",
            "remind_check_in": "on",
            "remind_close_suggestion": "on",
        },
    )

    assert response.status_code == 302
    # 22:00 UTC is 07:00 in Tokyo: quiet until 08:00 Tokyo, 23:00 UTC.
    nudge = Reminder.objects.get(interview=interview, kind=Kind.NUDGE)
    assert (nudge.state, nudge.due_at) == (State.SCHEDULED, ended + timedelta(hours=3))


def test_replanning_follows_quiet_hours_across_a_half_hour_dst_change_on_lord_howe():
    user = UserFactory(time_zone="UTC")
    # Lord Howe falls back from +11 to +10:30 at 02:00 local on Sunday 5 April 2026.
    ended = local("Australia/Lord_Howe", 2026, 4, 4, 23, 0)
    interview = new_interview(user=user, ended=ended, now=ended)

    user.time_zone = "Australia/Lord_Howe"
    user.save()
    scheduling.replan_for_user(user, now=ended)

    nudge = Reminder.objects.get(interview=interview, kind=Kind.NUDGE)
    assert nudge.due_at == local("Australia/Lord_Howe", 2026, 4, 5, 8, 0)
    assert nudge.due_at - ended == timedelta(hours=9, minutes=30)


def test_turning_a_kind_off_cancels_it_and_turning_it_back_on_plans_it_again():
    user = UserFactory()
    interview = new_interview(user=user, now=ENDED - timedelta(hours=1))

    user.remind_last_call = False
    user.save()
    scheduling.replan_for_user(user, now=ENDED)
    assert Reminder.objects.get(interview=interview, kind=Kind.LAST_CALL).state == State.CANCELLED

    user.remind_last_call = True
    user.save()
    scheduling.replan_for_user(user, now=ENDED)
    last_call = Reminder.objects.get(interview=interview, kind=Kind.LAST_CALL)
    assert (last_call.state, last_call.due_at) == (State.SCHEDULED, utc(2026, 6, 2, 7, 0))


def test_switching_a_kind_on_plans_it_for_interviews_logged_while_it_was_off():
    user = UserFactory(remind_nudge=False)
    interview = new_interview(user=user)
    assert Kind.NUDGE not in {kind for kind, *_ in rows(interview)}

    user.remind_nudge = True
    user.save()
    scheduling.replan_for_user(user, now=ENDED + timedelta(minutes=30))

    assert (Kind.NUDGE, 1, State.SCHEDULED, utc(2026, 6, 1, 12, 0)) in rows(interview)


def test_replanning_never_touches_sent_rows_or_other_users():
    user, other = UserFactory(), UserFactory()
    mine = new_interview(user=user)
    theirs = new_interview(user=other)
    Reminder.objects.filter(interview=mine, kind=Kind.NUDGE).update(
        state=State.SENT, sent_at=utc(2026, 6, 1, 12, 0)
    )
    their_rows = rows(theirs), versions(theirs)

    user.time_zone = "Asia/Tokyo"
    user.save()
    scheduling.replan_for_user(user, now=utc(2026, 6, 1, 12, 30))

    assert Reminder.objects.get(interview=mine, kind=Kind.NUDGE).state == State.SENT
    assert (rows(theirs), versions(theirs)) == their_rows


def test_replanning_a_user_with_several_interviews_stays_within_a_query_budget(
    django_assert_max_num_queries,
):
    user = UserFactory()
    for days in range(3):
        new_interview(user=user, ended=ENDED + timedelta(days=days), now=ENDED)

    # One query for the interviews, then two reads per interview; nothing changed.
    with django_assert_max_num_queries(7):
        scheduling.replan_for_user(user, now=ENDED)


def test_unsubscribing_cancels_every_pending_reminder():
    user = UserFactory()
    interview = new_interview(user=user)

    scheduling.unsubscribe(user)

    user.refresh_from_db()
    assert user.email_reminders is False
    assert {state for _, _, state, _ in rows(interview)} == {State.CANCELLED}


def test_preferences_for_reads_the_users_zone_quiet_hours_and_switches():
    user = UserFactory(
        time_zone="Asia/Kolkata",
        quiet_hours_start=time(22, 30),
        quiet_hours_end=time(7, 0),
        remind_late=False,
    )

    prefs = scheduling.preferences_for(user)

    assert prefs.time_zone == "Asia/Kolkata"
    assert (prefs.quiet_start, prefs.quiet_end) == (time(22, 30), time(7, 0))
    assert Kind.LATE not in prefs.enabled and Kind.NUDGE in prefs.enabled
    user.email_reminders = False
    assert scheduling.preferences_for(user).enabled == frozenset()
