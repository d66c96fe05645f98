"""The checker's report is kept with the text it judged: a page view re-runs it only
when the text, its context, the checker or the time that matters has changed."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from letters import check_cache, quality, selectors
from letters.models import Letter
from tests.letters.letter_helpers import assembled_letter, interview_with_panel

pytestmark = pytest.mark.django_db


@pytest.fixture
def checker_runs(monkeypatch):
    """How many times the checker ran (it is still the real one)."""
    calls = []
    real = quality.check_letter

    def counting(**kwargs):
        calls.append(kwargs["body"])
        return real(**kwargs)

    monkeypatch.setattr(quality, "check_letter", counting)
    return calls


@pytest.fixture
def letter(client):
    interview, panel = interview_with_panel(panel_size=2)
    client.force_login(interview.owner)
    return assembled_letter(interview, panel[0])


def test_viewing_the_letter_again_does_not_rerun_the_checker(client, letter, checker_runs):
    first = client.get(reverse("letter_detail", args=[letter.pk]))
    second = client.get(reverse("letter_detail", args=[letter.pk]))

    assert len(checker_runs) == 1
    assert second.context["report"] == first.context["report"]
    letter.refresh_from_db()
    assert letter.check_report["score"] == first.context["report"].score


def test_a_saved_edit_is_checked_afresh(client, letter, checker_runs):
    client.get(reverse("letter_detail", args=[letter.pk]))
    body = "Dear Dana Whitfield,\n\nThanks.\n\nAlex"
    client.post(reverse("letter_detail", args=[letter.pk]), {"subject": "Hi", "body": body})
    response = client.get(reverse("letter_detail", args=[letter.pk]))

    assert response.context["report"] == selectors.letter_context(
        Letter.objects.get(pk=letter.pk)
    ).report(now=timezone.now())
    assert response.context["report"].word_count == 5
    assert checker_runs[-1] == body


def test_typed_text_is_checked_and_the_saved_report_left_alone(client, letter, checker_runs):
    client.get(reverse("letter_detail", args=[letter.pk]))
    stored = Letter.objects.get(pk=letter.pk).check_report

    response = client.post(
        reverse("letter_check", args=[letter.pk]), {"subject": "Hi", "body": "Dear Dana, hi."}
    )

    assert response.context["report"].word_count == 3
    assert checker_runs == [letter.body, "Dear Dana, hi."]
    assert Letter.objects.get(pk=letter.pk).check_report == stored


def test_another_letter_to_the_panel_changing_its_text_invalidates_the_report(
    client, letter, checker_runs
):
    colleague = letter.interview.panelists.exclude(interviewer=letter.recipient).get()
    other = assembled_letter(letter.interview, colleague, answers={"connection": "Hello."})
    client.get(reverse("letter_detail", args=[letter.pk]))
    runs = len(checker_runs)
    Letter.objects.filter(pk=other.pk).update(body=letter.body)  # now a copy of this one

    response = client.get(reverse("letter_detail", args=[letter.pk]))

    assert len(checker_runs) == runs + 1
    assert "too_similar" in {finding.code for finding in response.context["report"].findings}


def test_a_stored_report_from_another_checker_version_is_not_used(client, letter, checker_runs):
    client.get(reverse("letter_detail", args=[letter.pk]))
    Letter.objects.filter(pk=letter.pk).update(check_hash="0" * 64)

    client.get(reverse("letter_detail", args=[letter.pk]))

    assert len(checker_runs) == 2


def test_the_key_ignores_the_clock_until_the_last_hours_then_changes_each_minute():
    ended = timezone.now()
    inputs = {"subject": "s", "body": "b", "interview_ended_at": ended}
    early = ended + timedelta(hours=2)
    late = ended + timedelta(hours=21)

    assert check_cache.key(inputs, now=early) == check_cache.key(
        inputs, now=early + timedelta(hours=1)
    )
    assert check_cache.key(inputs, now=late) != check_cache.key(
        inputs, now=late + timedelta(minutes=1)
    )
    assert check_cache.key(inputs, now=early) != check_cache.key({**inputs, "body": "c"}, now=early)


def test_a_report_survives_the_round_trip_through_json(letter):
    report = selectors.letter_context(letter).report(now=timezone.now())
    assert check_cache.load(check_cache.dump(report)) == report
    assert check_cache.load({"score": 1}) is None


def test_thanks_written_ahead_are_flagged_until_the_interview_starts_then_judged_afresh(
    client,
):
    interview, panel = interview_with_panel(ended_ago=-timedelta(days=1, hours=1))
    client.force_login(interview.owner)
    letter = assembled_letter(interview, panel[0])
    Letter.objects.filter(pk=letter.pk).update(
        body=f"Dear Dana,\n\nThank you for the interview.\n\n{letter.body}"
    )
    letter = selectors.letter_for_user(user=interview.owner, pk=letter.pk)
    context = selectors.letter_context(letter)
    before = interview.starts_at - timedelta(hours=1)

    ahead = context.report(now=before)
    after = context.report(now=interview.starts_at)

    assert "before_interview" in [f.code for f in ahead.findings]
    assert "before_interview" not in [f.code for f in after.findings]
    html = client.get(reverse("letter_detail", args=[letter.pk])).text
    assert 'data-code="before_interview"' in html
    assert "the interview has not happened yet" in html
