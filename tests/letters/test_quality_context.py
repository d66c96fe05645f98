"""The app gives the checker everything it knows: the notes, the answers, the user's other
interviews' companies, their own dictionary and the interview's other drafts, in one extra
query."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from letters import selectors
from letters.models import PersonalWord
from tests.factories import InterviewFactory
from tests.letters.letter_helpers import assembled_letter, interview_with_panel

pytestmark = pytest.mark.django_db


def test_the_checker_of_the_draft_page_knows_the_users_other_interviews(client):
    interview, (dana, _) = interview_with_panel()
    InterviewFactory(owner=interview.owner, company="Globex Ltd")
    letter = assembled_letter(interview, dana)
    client.force_login(interview.owner)
    body = letter.body.replace("stuck with me.", "stuck with me, as it did at Globex Ltd.")

    html = client.post(
        reverse("letter_check", args=[letter.pk]), {"subject": letter.subject, "body": body}
    ).content.decode()

    assert "The letter names Globex Ltd, not Acme Corp." in html
    assert "This caps the score at 20." in html


def test_the_report_uses_the_notes_answers_and_the_owners_dictionary(
    django_assert_num_queries,
):
    interview, (dana, _) = interview_with_panel()
    letter = assembled_letter(interview, dana)
    letter = selectors.letter_for_user(user=interview.owner, pk=letter.pk)
    PersonalWord.objects.create(owner=interview.owner, word="reconbot")
    context = selectors.letter_context(letter)
    body = letter.body.replace("stuck with me.", "stuck with me; our reconbot did the same.")

    with django_assert_num_queries(1):
        report = context.report(body=body)

    assert report.findings == ()
    assert selectors.checker_reads(letter) == {
        "body": [], "company": [], "word": ["reconbot"],
        "sender": [interview.owner.name], "time_zone": [interview.owner.time_zone],
    }  # fmt: skip


def test_the_app_checks_the_signature_and_the_interview_day_as_letter_check_does(
    django_assert_num_queries,
):
    interview, (dana, _) = interview_with_panel()
    letter = selectors.letter_for_user(
        user=interview.owner, pk=assembled_letter(interview, dana).pk
    )
    context = selectors.letter_context(letter)
    day = timezone.localtime(interview.starts_at, interview.owner.zone)
    other_day = (day + timedelta(days=1)).strftime("%A")
    signed = letter.body.rstrip().rsplit("\n", 1)[0] + "\nJordan Blake"
    # The wizard's thanks line names the right day; the user's edit thanks for another.
    right_day = f" on {day.strftime('%A')}"
    thanked = letter.body.replace(right_day, "").replace(
        "stuck with me.", f"stuck with me. Thank you for {other_day}."
    )

    with django_assert_num_queries(1):
        codes = [f.code for f in context.report(body=signed).findings]
    on_another_day = context.report(body=thanked)

    assert interview.owner.name not in signed and "wrong_signature" in codes
    assert [f.code for f in on_another_day.findings] == ["wrong_day"]
    assert on_another_day.score <= 65


def test_a_letter_copied_to_another_panelist_is_flagged_from_the_same_one_query(
    django_assert_num_queries,
):
    interview, (dana, sam) = interview_with_panel()
    letter = assembled_letter(interview, dana)
    copy = assembled_letter(interview, sam)
    copy.body = letter.body
    copy.save(update_fields=["body"])
    context = selectors.letter_context(
        selectors.letter_for_user(user=interview.owner, pk=letter.pk)
    )

    with django_assert_num_queries(1):
        report = context.report(body=letter.body + " ")

    assert "too_similar" in [finding.code for finding in report.findings]
