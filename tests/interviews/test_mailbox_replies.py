"""A reply found in the user's mailbox: recorded as a hand-recorded one is, once."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from interviews import services
from interviews.models import Interview, Reply
from tests.factories import InterviewFactory
from tests.interviews.test_replies import followed_up, pending_check_ins  # noqa: F401

pytestmark = pytest.mark.django_db


def test_a_reply_found_in_the_mailbox_is_recorded_and_ends_the_check_ins(followed_up):  # noqa: F811
    reply, created = services.record_reply_found_in_mailbox(
        interview=followed_up, received_on=date(2026, 1, 5)
    )

    assert created is True
    reply.refresh_from_db()
    assert (reply.source, reply.kind, reply.received_on) == (
        Reply.Source.MAILBOX,
        "",
        date(2026, 1, 5),
    )
    followed_up.refresh_from_db()
    assert followed_up.reply_received_at is not None
    assert followed_up.outcome == Interview.Outcome.AWAITING  # the user says what it was
    assert pending_check_ins(followed_up) == []


def test_finding_the_same_reply_again_changes_nothing(followed_up):  # noqa: F811
    first, _ = services.record_reply_found_in_mailbox(
        interview=followed_up, received_on=date(2026, 1, 5)
    )
    followed_up.refresh_from_db()
    replied_at = followed_up.reply_received_at

    again, created = services.record_reply_found_in_mailbox(
        interview=followed_up, received_on=date(2026, 1, 7), now=timezone.now() + timedelta(1)
    )

    assert created is False
    assert again.pk == first.pk
    assert Reply.objects.get().received_on == date(2026, 1, 5)
    followed_up.refresh_from_db()
    assert followed_up.reply_received_at == replied_at


def test_a_reply_the_user_recorded_is_left_as_it_is(followed_up):  # noqa: F811
    services.interview_record_reply(
        interview=followed_up, received_on=date(2026, 1, 2), kind="offer", note="Yes!"
    )

    reply, created = services.record_reply_found_in_mailbox(
        interview=followed_up, received_on=date(2026, 1, 5)
    )

    assert created is False
    reply.refresh_from_db()
    assert (reply.source, reply.kind, reply.received_on, reply.note) == (
        Reply.Source.USER,
        "offer",
        date(2026, 1, 2),
        "Yes!",
    )


def test_the_date_of_a_found_reply_is_read_in_the_owners_zone_and_never_later_than_today(user):
    user.time_zone = "Pacific/Auckland"
    user.save()
    now = datetime(2026, 3, 10, 9, 0, tzinfo=ZoneInfo("UTC"))  # 22:00 on the 10th there
    late_evening = InterviewFactory(owner=user)
    from_the_future = InterviewFactory(owner=user)

    evening, _ = services.record_reply_found_in_mailbox(
        interview=late_evening,
        received_on=datetime(2026, 3, 9, 20, 0, tzinfo=ZoneInfo("UTC")),
        now=now,
    )
    future, _ = services.record_reply_found_in_mailbox(
        interview=from_the_future, received_on=date(2026, 3, 14), now=now
    )

    assert evening.received_on == date(2026, 3, 10)
    assert future.received_on == date(2026, 3, 10)


def test_the_admin_says_a_reply_was_found_in_the_mailbox(client, user):
    from django.urls import reverse

    from accounts import timefmt
    from tests.factories import CoachFactory

    found, by_hand = InterviewFactory(owner=user), InterviewFactory(owner=user)
    services.record_reply_found_in_mailbox(interview=found, received_on=date(2026, 1, 5))
    services.interview_record_reply(interview=by_hand, received_on=date(2026, 1, 6), kind="offer")
    client.force_login(CoachFactory(is_superuser=True))

    def their_reply(interview) -> str:
        url = reverse("admin:interviews_interview_change", args=[interview.pk])
        return client.get(url).text

    fifth, sixth = timefmt.day(date(2026, 1, 5)), timefmt.day(date(2026, 1, 6))
    assert f"{fifth} (found in their mailbox): Not said yet." in their_reply(found)
    assert f"{sixth}: An offer." in their_reply(by_hand)
