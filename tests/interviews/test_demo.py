"""seed_demo gives a realistic, repeatable set of interviews."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import Count, Q
from django.utils import timezone

from accounts.models import User
from insights import demo as insights_demo
from interviews import demo
from interviews.models import Interview, Interviewer, Panelist
from letters.models import Letter

pytestmark = pytest.mark.django_db

EMAIL = "demo@example.com"


def snapshot(user) -> dict:
    interviews = Interview.objects.for_user(user)
    return {
        "interviews": interviews.count(),
        "interviewers": Interviewer.objects.for_user(user).count(),
        "panelists": Panelist.objects.filter(interview__owner=user).count(),
        "letters": Letter.objects.for_user(user).count(),
        "companies": sorted(interviews.values_list("company", "role", "round", "outcome")),
    }


def test_seed_demo_twice_gives_the_same_data():
    call_command("seed_demo", EMAIL, stdout=StringIO())
    user = User.objects.get(email=EMAIL)
    first = snapshot(user)
    call_command("seed_demo", EMAIL, stdout=StringIO())
    assert snapshot(user) == first
    # The interviews of interviews/demo.py, and the settled history insights/demo.py adds.
    expected = len(demo._interviews(user=user, now=timezone.now())) + len(insights_demo.HISTORY)
    assert first["interviews"] == expected


def test_demo_has_upcoming_due_and_past_interviews_with_one_decision_maker_each():
    now = timezone.now()
    user = User.objects.create_user(email=EMAIL, time_zone="America/New_York")
    counts = demo.seed(user=user, now=now)
    interviews = Interview.objects.for_user(user)
    assert counts == {"interviews": interviews.count(), "interviewers": len(demo.PEOPLE)}
    assert interviews.upcoming(now=now).count() == 3
    assert interviews.filter(ends_at__lte=now).count() == 6
    per_interview = interviews.annotate(
        deciders=Count("panelists", filter=Q(panelists__is_decision_maker=True)),
        people=Count("panelists"),
    )
    assert {i.deciders for i in per_interview} == {1}
    # Letters can be written for every past interview: a decision-maker and one more.
    assert all(i.people >= 2 for i in per_interview if i.ends_at <= now)


def test_demo_has_northwind_ended_two_hours_ago_with_notes_and_no_letter():
    now = timezone.now()
    user = User.objects.create_user(email=EMAIL, time_zone="America/New_York")
    demo.seed(user=user, now=now)
    northwind = Interview.objects.get(owner=user, company="Northwind Analytics")
    assert now - northwind.ends_at == timedelta(hours=2)
    assert not northwind.letters.exists()
    assert northwind.follow_up_state(now=now) == "due"
    dm = northwind.panelists.get(is_decision_maker=True)
    assert dm.discussed and dm.problem_mentioned


def test_demo_meets_the_same_person_in_two_rounds():
    user = User.objects.create_user(email=EMAIL)
    demo.seed(user=user, now=timezone.now())
    dana = Interviewer.objects.get(owner=user, name="Dana Whitfield")
    assert list(dana.interviews.values_list("round", flat=True).order_by("starts_at")) == [
        "first",
        "second",
    ]
