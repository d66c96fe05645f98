"""Interview writes keep reminders in step, inside the same transaction."""

from datetime import timedelta

import pytest
from django.db import connection
from django.urls import reverse

from interviews import services
from interviews.models import Interview
from reminders import scheduling
from tests.factories import InterviewerFactory, InterviewFactory, PanelistFactory
from tests.interviews.helpers import NOW, interview_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def reminder_calls(monkeypatch):
    """Which scheduling hooks ran, and whether inside a transaction of their own."""
    outside = len(connection.savepoint_ids)  # the test's own transaction
    calls = []

    def spy(name):
        def record(interview, *, now=None):
            calls.append((name, interview.pk, len(connection.savepoint_ids) > outside))

        return record

    monkeypatch.setattr(scheduling, "reschedule_for_interview", spy("reschedule"))
    monkeypatch.setattr(scheduling, "cancel_for_interview", spy("cancel"))
    return calls


def test_creating_an_interview_plans_its_reminders(signed_in, reminder_calls):
    signed_in.post(reverse("interview_create"), interview_data())
    interview = Interview.objects.get()
    assert [call[:2] for call in reminder_calls] == [("reschedule", interview.pk)]


def test_changing_the_times_replans_but_other_edits_do_not(user, reminder_calls):
    interview = InterviewFactory(owner=user)
    interview.company = "Renamed"
    services.interview_save(interview=interview, panel=[], now=NOW)
    assert reminder_calls == []

    interview.ends_at += timedelta(minutes=30)
    services.interview_save(interview=interview, panel=[], now=NOW)
    assert [call[:2] for call in reminder_calls] == [("reschedule", interview.pk)]


def test_a_reply_or_a_settled_outcome_cancels_reminders(user, reminder_calls):
    replied = InterviewFactory(owner=user)
    services.interview_record_outcome(
        interview=replied, outcome="awaiting", reply_received=True, now=NOW
    )
    rejected = InterviewFactory(owner=user)
    services.interview_record_outcome(
        interview=rejected, outcome="rejected", reply_received=False, now=NOW
    )
    assert [call[:2] for call in reminder_calls] == [
        ("cancel", replied.pk),
        ("cancel", rejected.pk),
    ]
    replied.refresh_from_db()
    assert replied.reply_received_at == NOW


def test_reopening_a_settled_interview_plans_reminders_again(user, reminder_calls):
    interview = InterviewFactory(owner=user, outcome="rejected")
    services.interview_record_outcome(
        interview=interview, outcome="awaiting", reply_received=False, now=NOW
    )
    assert [call[:2] for call in reminder_calls] == [("reschedule", interview.pk)]


def test_deleting_cancels_reminders_first_in_the_same_transaction(user, reminder_calls):
    interview = InterviewFactory(owner=user)
    pk = interview.pk
    services.interview_delete(interview=interview, now=NOW)
    assert reminder_calls == [("cancel", pk, True)]
    assert not Interview.objects.filter(pk=pk).exists()


def test_hooks_run_inside_the_saving_transaction(user, reminder_calls):
    services.interview_save(interview=InterviewFactory.build(owner=user), panel=[], now=NOW)
    assert reminder_calls[0][2] is True


def test_the_service_refuses_another_users_interviewer(user, other_user):
    stranger = InterviewerFactory(owner=other_user)
    interview = InterviewFactory.build(owner=user)
    with pytest.raises(ValueError, match="its owner's interviewers"):
        services.interview_save(
            interview=interview, panel=[services.PanelEntry(interviewer=stranger)], now=NOW
        )
    assert not Interview.objects.exists()  # rolled back with the panel


def test_the_service_refuses_two_decision_makers(user):
    entries = [
        services.PanelEntry(name="A", is_decision_maker=True),
        services.PanelEntry(name="B", is_decision_maker=True),
    ]
    with pytest.raises(ValueError, match="at most one decision-maker"):
        services.interview_save(
            interview=InterviewFactory.build(owner=user), panel=entries, now=NOW
        )


def test_the_same_person_met_in_two_rounds_is_one_record(user):
    first = InterviewFactory(owner=user, round="first")
    dana = PanelistFactory(interview=first, is_decision_maker=True).interviewer
    second = InterviewFactory.build(owner=user, round="second")
    services.interview_save(
        interview=second,
        panel=[services.PanelEntry(name="Dana", email=dana.email.upper(), is_decision_maker=True)],
        now=NOW,
    )
    assert list(dana.interviews.order_by("round")) == [first, second]
