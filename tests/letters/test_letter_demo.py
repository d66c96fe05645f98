"""seed_demo's letters: every status, built on the demo interviews, the same on every run."""

from collections import Counter

import pytest
from django.utils import timezone

from interviews import demo as interview_demo
from letters import demo as letter_demo
from letters import wizard
from letters.models import Letter
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded():
    user = UserFactory(name="Alex Morgan", time_zone="America/New_York")
    now = timezone.now()
    interview_demo.seed(user=user, now=now)
    counts = letter_demo.seed(user=user, now=now)
    return user, counts


def test_the_demo_has_letters_in_every_status(seeded):
    user, counts = seeded

    statuses = Counter(user.letters.values_list("status", flat=True))

    assert set(statuses) == set(Letter.Status.values)
    assert counts == {"letters": sum(statuses.values())}


def test_the_interview_that_ended_two_hours_ago_has_no_letter_yet(seeded):
    user, _ = seeded

    northwind = user.interviews.get(company=interview_demo.NORTHWIND)

    assert not northwind.letters.exists()
    assert northwind.follow_up_done_at is None


def test_a_sent_letter_waits_on_an_interview_whose_outcome_is_open(seeded):
    user, _ = seeded

    awaiting = user.letters.filter(status=Letter.Status.SENT, interview__outcome="awaiting")

    assert awaiting.exists()
    for letter in awaiting:
        assert letter.sent_at > letter.interview.ends_at
        assert letter.interview.follow_up_done_at == letter.sent_at


def test_one_wizard_is_left_half_way_and_resumes_at_its_step(seeded):
    user, _ = seeded

    [half] = user.letters.filter(body="")

    assert half.status == Letter.Status.DRAFT
    assert 1 < half.wizard_step < wizard.FINISHED
    assert half.answers["connection"]


def test_assembled_demo_letters_are_good_examples(seeded):
    user, _ = seeded

    scores = list(user.letters.exclude(body="").values_list("score", flat=True))

    assert scores and min(scores) >= 70


def test_seeding_again_gives_the_same_letters(seeded):
    user, counts = seeded
    before = sorted(user.letters.values_list("recipient__name", "status"))

    now = timezone.now()
    interview_demo.seed(user=user, now=now)
    assert letter_demo.seed(user=user, now=now) == counts
    assert letter_demo.seed(user=user, now=now) == counts  # on its own, too

    assert sorted(user.letters.values_list("recipient__name", "status")) == before


def test_every_assembled_demo_letter_passes_the_checker_with_a_whole_subject(seeded):
    from letters import selectors

    user, _ = seeded
    assembled = user.letters.exclude(body="").select_related("interview", "recipient")

    for letter in assembled:
        letter.owner = user
        report = selectors.letter_context(letter).report(now=letter.interview.ends_at)
        assert (letter.subject, report.findings) == (letter.subject, ()), letter.body
        assert not letter.subject.endswith(("…", ":")) and ": an idea after" not in letter.subject
