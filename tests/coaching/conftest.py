"""Coaches, clients and their letters; and running the sweep that commits queued."""

from datetime import timedelta
from email.utils import parseaddr

import pytest
from django.utils import timezone

from coaching.consent import ensure_coach_group
from reminders import dispatch, tasks
from tests.factories import (
    CoachAccessFactory,
    CoachFactory,
    InterviewFactory,
    LetterFactory,
    PanelistFactory,
    UserFactory,
)


def make_coach(**kwargs):
    coach = CoachFactory(**kwargs)
    coach.groups.add(ensure_coach_group())
    return coach


def letter_for(client, *, ended_hours_ago=3, **kwargs):
    """A letter to the decision-maker of a new interview of ``client``."""
    now = timezone.now()
    interview = InterviewFactory(
        owner=client,
        starts_at=now - timedelta(hours=ended_hours_ago + 1),
        ends_at=now - timedelta(hours=ended_hours_ago),
    )
    panelist = PanelistFactory(interview=interview, is_decision_maker=True)
    return LetterFactory(interview=interview, recipient=panelist.interviewer, **kwargs)


def sweep_queued(callbacks) -> bool:
    """Whether a commit queued the outbox's sweep (``reminders.tasks.send_soon``)."""
    sweep = tasks.dispatch_due_reminders.name
    return any(getattr(getattr(c, "__self__", None), "name", "") == sweep for c in callbacks)


def run_queued(callbacks, *, now=None) -> int:
    """Run the sweep a commit queued, in this process, as a worker would at ``now``.

    Without a broker: test messages never reach the developer's queue. Returns how many
    emails went out.
    """
    if not sweep_queued(callbacks):
        return 0
    return dispatch.dispatch_due(now=now).get("sent", 0)


@pytest.fixture
def no_quiet_hours(settings):
    """Users made in the test have no quiet hours: for tests about something else, which
    run on the wall clock and must pass at night too."""
    settings.FOLLOWUP_QUIET_HOURS_START = settings.FOLLOWUP_QUIET_HOURS_END = "00:00"


@pytest.fixture
def coach():
    return make_coach(name="Coach Alice")


@pytest.fixture
def client_1(coach):
    user = UserFactory(name="Client One")
    CoachAccessFactory(client=user, coach=coach)
    return user


@pytest.fixture
def client_2():
    """Coached by someone else."""
    user = UserFactory(name="Client Two")
    CoachAccessFactory(client=user, coach=make_coach(name="Coach Bob"))
    return user


def to(message) -> str:
    """The address an email went to (its To header also carries the recipient's name)."""
    return parseaddr(message.to[0])[1]
