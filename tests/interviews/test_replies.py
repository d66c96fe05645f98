"""Recording the company's reply: the form, its outcome, and the end of the check-ins."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from interviews import services
from interviews.models import Interview, Reply
from letters.models import Letter
from reminders import scheduling
from reminders.models import Reminder
from tests.factories import InterviewFactory, LetterFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def followed_up(user):
    """An interview followed up two days ago, with its check-ins planned."""
    now = timezone.now()
    interview = InterviewFactory(
        owner=user,
        company="Globex",
        starts_at=now - timedelta(days=3, hours=1),
        ends_at=now - timedelta(days=3),
        follow_up_done_at=now - timedelta(days=2),
    )
    letter = LetterFactory(
        interview=interview, status=Letter.Status.SENT, sent_at=now - timedelta(days=2)
    )
    scheduling.on_letter_sent(letter, now=now - timedelta(days=2))
    assert pending_check_ins(interview)
    return interview


def pending_check_ins(interview) -> list[str]:
    return list(
        Reminder.objects.filter(
            interview=interview, state=Reminder.State.SCHEDULED, kind__in=scheduling.CHECK_IN_KINDS
        ).values_list("kind", flat=True)
    )


def test_the_reply_form_defaults_to_today_in_the_users_zone(signed_in, user, followed_up):
    response = signed_in.get(reverse("interview_reply", args=[followed_up.pk]))

    today = timezone.localdate(timezone.now(), user.zone)
    assert response.status_code == 200
    assert f'value="{today.isoformat()}"' in response.text
    for label in ["Invited to the next round", "An offer", "A rejection", "Asked for more"]:
        assert label in response.text


@pytest.mark.parametrize(
    ("kind", "outcome"),
    [
        ("next_round", Interview.Outcome.NEXT_ROUND),
        ("offer", Interview.Outcome.OFFER),
        ("rejection", Interview.Outcome.REJECTED),
        ("more_info", Interview.Outcome.AWAITING),
        ("other", Interview.Outcome.AWAITING),
    ],
)
def test_a_reply_from_the_form_sets_the_outcome_it_implies_and_ends_the_check_ins(
    signed_in, followed_up, kind, outcome
):
    response = signed_in.post(
        reverse("interview_reply", args=[followed_up.pk]),
        {"received_on": "2026-01-05", "kind": kind, "note": "Spoke to Jane."},
    )

    assert response.status_code == 302
    followed_up.refresh_from_db()
    assert followed_up.outcome == outcome
    assert followed_up.reply_received_at is not None
    reply = Reply.objects.get(interview=followed_up)
    assert (reply.received_on, reply.kind, reply.note) == (date(2026, 1, 5), kind, "Spoke to Jane.")
    assert pending_check_ins(followed_up) == []


def test_a_reply_dated_in_the_future_is_refused_and_the_input_kept(signed_in, followed_up):
    tomorrow = timezone.localdate(timezone.now(), followed_up.owner.zone) + timedelta(days=1)
    response = signed_in.post(
        reverse("interview_reply", args=[followed_up.pk]),
        {"received_on": tomorrow.isoformat(), "kind": "offer", "note": "Kept"},
    )

    assert response.status_code == 200
    assert "can’t come in the future" in response.text
    assert "Kept" in response.text
    assert not Reply.objects.exists()
    assert pending_check_ins(followed_up)


def test_a_missing_kind_is_explained(signed_in, followed_up):
    response = signed_in.post(
        reverse("interview_reply", args=[followed_up.pk]), {"received_on": "2026-01-05"}
    )
    assert response.status_code == 200
    assert "This field is required" in response.text


def test_editing_the_reply_keeps_one_row(signed_in, followed_up):
    url = reverse("interview_reply", args=[followed_up.pk])
    signed_in.post(url, {"received_on": "2026-01-05", "kind": "more_info"})
    signed_in.post(url, {"received_on": "2026-01-07", "kind": "next_round"})

    reply = Reply.objects.get()
    assert (reply.received_on, reply.kind) == (date(2026, 1, 7), "next_round")
    followed_up.refresh_from_db()
    assert followed_up.outcome == Interview.Outcome.NEXT_ROUND


def test_another_users_reply_form_is_404(signed_in, other_user):
    theirs = InterviewFactory(owner=other_user)
    url = reverse("interview_reply", args=[theirs.pk])
    assert signed_in.get(url).status_code == 404
    assert signed_in.post(url, {"received_on": "2026-01-05", "kind": "offer"}).status_code == 404
    assert not Reply.objects.exists()


def test_the_link_records_once_and_the_service_says_so(followed_up):
    first, recorded = services.interview_reply_received(interview=followed_up)
    second, again = services.interview_reply_received(interview=followed_up)

    assert (recorded, again) == (True, False)
    assert first.pk == second.pk and Reply.objects.count() == 1
    assert pending_check_ins(followed_up) == []
