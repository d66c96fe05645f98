"""``seed_demo`` brings a coach, comments and a verdict."""

import pytest
from django.core.management import call_command

from accounts.models import User
from coaching import consent
from coaching.models import ReviewComment
from letters.models import Letter

pytestmark = pytest.mark.django_db


def test_seed_demo_adds_a_coach_with_comments_and_a_verdict_and_can_run_again(capsys):
    call_command("seed_demo", "demo@example.com", "--password", "demo-pass-123")
    call_command("seed_demo", "demo@example.com", "--password", "demo-pass-123")
    out = capsys.readouterr().out
    assert "1 coach (coach@followup.local, same password), 3 review comments" in out
    demo = User.objects.get(email="demo@example.com")
    coach = User.objects.get(email="coach@followup.local")
    assert consent.is_coach(coach) and consent.coaches(coach, demo)
    assert coach.check_password("demo-pass-123")
    assert coach.client_accesses.count() == 1
    comments = ReviewComment.objects.filter(author=coach).order_by("created_at")
    assert [c.verdict for c in comments] == ["changes_requested", "comment", "approved"]
    approved = comments.last().letter
    assert (approved.status, approved.changed_since_approval) == (Letter.Status.READY, False)
    assert approved.approved_at == comments.last().created_at
