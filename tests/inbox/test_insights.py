"""Insights count a reply found in the mailbox the same as one the user recorded."""

from datetime import UTC, date, datetime, timedelta

import pytest

from inbox import answers
from insights.selectors import user_figures
from interviews import services as interview_services
from letters.models import Letter
from tests.factories import InterviewFactory, LetterFactory, MailboxMatchFactory, UserFactory

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
REPLIED = datetime(2026, 3, 6, 9, 30, tzinfo=UTC)


def followed_up_interviews(user, count=3) -> list[Letter]:
    """``count`` interviews, each with a letter sent a day after it ended."""
    letters = []
    for number in range(count):
        ended = datetime(2026, 3, 2 + number, 15, 0, tzinfo=UTC)
        interview = InterviewFactory(
            owner=user,
            starts_at=ended - timedelta(hours=1),
            ends_at=ended,
            follow_up_done_at=ended + timedelta(hours=20),
        )
        letters.append(
            LetterFactory(
                interview=interview,
                status=Letter.Status.SENT,
                sent_at=ended + timedelta(hours=20),
                score=70 + number,
            )
        )
    return letters


def figures(user):
    return user_figures(user=user, period="90", now=NOW)


def test_a_reply_found_in_the_thread_counts_as_a_hand_recorded_one():
    by_hand, from_mailbox = UserFactory(), UserFactory()
    hand_letters = followed_up_interviews(by_hand)
    mailbox_letters = followed_up_interviews(from_mailbox)

    for letter in hand_letters[:2]:
        interview_services.interview_record_reply(
            interview=letter.interview, received_on=date(2026, 3, 6), kind="next_round", now=NOW
        )
    for letter in mailbox_letters[:2]:
        interview_services.record_reply_found_in_mailbox(
            interview=letter.interview, received_on=REPLIED, now=NOW
        )
        # The user then says what it was, on the dashboard.
        interview_services.interview_record_reply(
            interview=letter.interview, received_on=date(2026, 3, 6), kind="next_round", now=NOW
        )

    mine, theirs = figures(by_hand), figures(from_mailbox)
    assert theirs.reply_rate.count == 2
    assert theirs == mine


def test_a_found_reply_whose_kind_is_not_picked_counts_as_a_one_click_reply():
    clicked, from_mailbox = UserFactory(), UserFactory()
    clicked_letters = followed_up_interviews(clicked)
    mailbox_letters = followed_up_interviews(from_mailbox)

    interview_services.interview_reply_received(interview=clicked_letters[0].interview, now=REPLIED)
    interview_services.record_reply_found_in_mailbox(
        interview=mailbox_letters[0].interview, received_on=REPLIED, now=REPLIED
    )

    mine, theirs = figures(clicked), figures(from_mailbox)
    assert theirs.reply_rate.count == 1
    assert theirs.median_days_to_reply is not None
    assert theirs == mine


def test_a_confirmed_question_counts_and_an_undone_reply_does_not():
    user = UserFactory()
    confirmed, undone, _waiting = followed_up_interviews(user)
    answers.match_confirm(match=MailboxMatchFactory(letter=confirmed, received_at=REPLIED), now=NOW)
    interview_services.record_reply_found_in_mailbox(
        interview=undone.interview, received_on=REPLIED, now=NOW
    )
    assert figures(user).reply_rate.count == 2

    answers.found_reply_undo(interview=undone.interview, now=NOW)

    assert figures(user).reply_rate.count == 1
