"""What a phone needs from the letter pages: the score in sight, the wizard's help first."""

import re

import pytest
from django.urls import reverse

from tests.letters.letter_helpers import assembled_letter, interview_with_panel, started_letter

pytestmark = pytest.mark.django_db


@pytest.fixture
def letter(client):
    interview, (dana, _sam) = interview_with_panel(panel_size=2)
    client.force_login(interview.owner)
    return assembled_letter(interview, dana)


def score_bar(html):
    return re.search(r'<div id="score-bar"[^>]*>.*?</div>', html, re.S).group(0)


def test_the_draft_page_puts_a_sticky_score_bar_above_the_text_box(client, letter):
    html = client.get(reverse("letter_detail", args=[letter.pk])).text

    bar = score_bar(html)
    assert "sticky-top" in bar and "d-lg-none" in bar
    assert "hx-swap-oob" not in bar
    assert html.index('id="score-bar"') < html.index('name="body"')


def test_the_live_check_also_updates_the_score_bar(client, letter):
    response = client.post(
        reverse("letter_check", args=[letter.pk]),
        {"subject": "Thank you", "body": "To whom it may concern,\n\nThank you for your time."},
        headers={"HX-Request": "true"},
    )

    bar = score_bar(response.text)
    score = re.search(r'id="letter-score" data-score="(\d+)"', response.text).group(1)
    words = re.search(r'id="letter-word-count">(\d+) words', response.text).group(1)
    assert 'hx-swap-oob="true"' in bar
    assert f'data-score="{score}"' in bar
    assert f"· {words} words" in bar


def test_the_wizard_help_comes_before_the_form_on_a_phone_folded(client):
    interview, (dana, _sam) = interview_with_panel(panel_size=2)
    client.force_login(interview.owner)
    letter = started_letter(interview, dana)

    html = client.get(reverse("letter_wizard", args=[letter.pk, 2])).text

    folded = html.index('<details class="wizard-help-phone d-lg-none')
    assert folded < html.index('id="wizard-form"')
    assert "Help for this step" in html
