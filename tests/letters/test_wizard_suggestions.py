"""A fragment the assembly cannot splice is left out of the letter and shown beside its
step, with how to make it fit."""

from html import unescape

import pytest
from django.urls import reverse

from letters.models import Letter
from tests.letters.letter_helpers import DM_ANSWERS, interview_with_panel, started_letter

pytestmark = pytest.mark.django_db


def test_a_result_without_a_verb_is_suggested_beside_the_fit_step_not_spliced(client):
    interview, (dana, _) = interview_with_panel()
    letter = started_letter(interview, dana)
    client.force_login(interview.owner)
    step_3 = reverse("letter_wizard", args=[letter.pk, 3])

    client.post(step_3, {"fit_1": "Journeyman license", "fit_2": DM_ANSWERS["fit"][0],
                         "direction": "next"})  # fmt: skip
    html = unescape(client.get(step_3).content.decode())

    assert "Left out of your letter, for now" in html
    assert "“Journeyman license” doesn't say what you did" in html
    letter.refresh_from_db()
    assert letter.answers["fit"][0] == "Journeyman license"  # kept for the user to edit


def test_the_assembled_draft_leaves_the_fragment_out(client):
    interview, (dana, _) = interview_with_panel()
    letter = started_letter(interview, dana)
    client.force_login(interview.owner)
    answers = DM_ANSWERS | {"fit": ["Journeyman license", *DM_ANSWERS["fit"]]}
    posts = {
        2: {"connection": answers["connection"]},
        3: {f"fit_{n}": item for n, item in enumerate(answers["fit"], start=1)},
        4: {key: answers[key] for key in answers if key.startswith("value_")},
        5: {"question": answers["question"]},
        6: {"closing": answers["closing"]},
    }
    for step, data in posts.items():
        client.post(reverse("letter_wizard", args=[letter.pk, step]), data | {"direction": "next"})

    letter = Letter.objects.get(pk=letter.pk)
    assert letter.body.startswith("Dear Dana,\n\n")
    assert "ourneyman" not in letter.body
    assert "I cut month-end reporting from 6 days to 2 at Globex." in letter.body
    assert letter.score == 100
