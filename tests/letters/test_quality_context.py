"""The app gives the checker everything it knows: the notes, the answers, the user's other
interviews' companies and their own dictionary, in one extra query."""

import pytest
from django.urls import reverse

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
    assert selectors.owner_words(letter) == {"company": [], "word": ["reconbot"]}
