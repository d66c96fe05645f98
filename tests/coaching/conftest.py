"""Coaches, clients and their letters; and running the tasks that commits queued."""

from datetime import timedelta
from functools import partial

import pytest
from django.utils import timezone

from coaching.consent import ensure_coach_group
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


def run_queued(callbacks) -> int:
    """Run each task that a commit queued (``partial(task.delay, **ids)``) in this process.

    The same call a worker would make, without a broker: test messages never reach the
    developer's queue. Returns how many tasks ran.
    """
    ran = 0
    for callback in callbacks:
        if isinstance(callback, partial) and getattr(callback.func, "__name__", "") == "delay":
            task = callback.func.__self__
            task(*callback.args, **callback.keywords)
            ran += 1
    return ran


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
