"""seed_demo gives /insights/ real charts: history, and replies of every kind."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from accounts.models import User
from insights import selectors
from interviews.models import Reply

pytestmark = pytest.mark.django_db


def test_the_demo_has_replies_of_every_kind_and_enough_history_for_rates():
    call_command("seed_demo", "demo@example.com", stdout=StringIO())
    call_command("seed_demo", "demo@example.com", stdout=StringIO())  # the same again
    user = User.objects.get(email="demo@example.com")

    kinds = set(Reply.objects.filter(interview__owner=user).values_list("kind", flat=True))
    figures = selectors.user_figures(user=user, period="90", now=timezone.now())

    # One reply was found in the mailbox and waits for the user to say what it was.
    assert kinds == set(Reply.Kind.values) | {""}
    assert Reply.objects.filter(interview__owner=user).count() == 14
    assert not figures.small_sample and figures.reply_rate.percent is not None
    assert figures.within_24h.percent is not None
    assert all(stage > 0 for _, stage in figures.funnel)
    assert sum(week.letters for week in figures.weekly) >= 15
    assert [g.size >= 5 for g in figures.by_timing[:1]] == [True]
