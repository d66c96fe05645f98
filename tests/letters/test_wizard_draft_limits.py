"""The draft's body is at most 20,000 characters, checked before anything reads it: a
longer paste gets a clear message, keeps the text, and costs the checker no more."""

import time

import pytest
from django.urls import reverse

from tests.letters.letter_helpers import assembled_letter, interview_with_panel

pytestmark = pytest.mark.django_db


@pytest.fixture
def letter(client):
    interview, (dana, _) = interview_with_panel()
    letter = assembled_letter(interview, dana)
    client.force_login(interview.owner)
    return letter


def test_a_body_over_20000_characters_is_refused_with_its_length_and_kept(client, letter):
    body = "Dear Dana, " + "x" * 20_000
    saved = letter.body

    response = client.post(
        reverse("letter_detail", args=[letter.pk]), {"subject": letter.subject, "body": body}
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Your letter is 20011 characters long; the limit is 20000." in html
    assert body in html  # the text is kept in the editor
    letter.refresh_from_db()
    assert letter.body == saved


def test_a_body_of_exactly_20000_characters_is_saved(client, letter):
    body = ("Dear Dana,\n\n" + "word " * 4000)[:19_996] + "Best"

    client.post(
        reverse("letter_detail", args=[letter.pk]), {"subject": letter.subject, "body": body}
    )

    letter.refresh_from_db()
    assert len(body) == 20_000 and letter.body == body


def test_the_live_check_of_a_huge_paste_answers_fast_and_says_it_is_too_long(client, letter):
    body = "a@" * 100_000  # once a backtracking trap for the e-mail pattern
    start = time.process_time()

    response = client.post(
        reverse("letter_check", args=[letter.pk]), {"subject": "x", "body": body}
    )

    assert time.process_time() - start < 2.0
    assert response.status_code == 200
    assert "Your letter is 200000 characters long; the limit is 20000." in response.content.decode()
