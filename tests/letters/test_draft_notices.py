"""The draft page repeats what the wizard's assembly left out of the letter, as recorded
when it assembled it."""

import pytest
from django.urls import reverse

from letters import selectors, services
from letters.models import Letter
from tests.letters.letter_helpers import DM_ANSWERS, assembled_letter, interview_with_panel

pytestmark = pytest.mark.django_db

NOTE = "1.2 million safe miles"


def a_letter_with_a_note_left_out(client):
    interview, panel = interview_with_panel(panel_size=1)
    client.force_login(interview.owner)
    answers = DM_ANSWERS | {"fit": [NOTE, DM_ANSWERS["fit"][0]]}
    return assembled_letter(interview, panel[0], answers=answers)


def test_the_assembly_records_the_answer_it_left_out(client):
    letter = a_letter_with_a_note_left_out(client)

    left_out = [n for n in letter.assembly_notices if not n["fixed"]]
    assert [n["answer"] for n in left_out] == ["fit"]
    assert f"“{NOTE}” reads as a note" in left_out[0]["message"]


def test_the_draft_page_says_what_was_left_out_with_the_step_to_change_it(client):
    letter = a_letter_with_a_note_left_out(client)

    page = client.get(reverse("letter_detail", args=[letter.pk])).content.decode()

    assert "Left out of your letter" in page
    assert f"“{NOTE}” reads as a note" in page
    assert reverse("letter_wizard", args=[letter.pk, 3]) in page


def notices_shown(client, url) -> str:
    """The page's two lists about the answers: left out, and used corrected."""
    page = client.get(url).content.decode()
    start = page.index('id="left-out"')
    return page[start : page.index('<div class="row g-4">', start)]


def test_a_letter_assembled_before_notices_were_recorded_shows_the_same_notices(client):
    letter = a_letter_with_a_note_left_out(client)
    url = reverse("letter_detail", args=[letter.pk])
    recorded = notices_shown(client, url)

    Letter.objects.filter(pk=letter.pk).update(assembly_notices=None)

    assert notices_shown(client, url) == recorded
    assert NOTE in recorded


def test_an_answer_changed_after_assembly_is_not_quoted_as_left_out(client):
    letter = a_letter_with_a_note_left_out(client)
    fixed = DM_ANSWERS["fit"][0]
    services.letter_save_step(
        context=selectors.letter_context(letter),
        answers={"fit": ["I have driven 1.2 million safe miles.", fixed]},
        go_to=3,
    )

    page = client.get(reverse("letter_detail", args=[letter.pk])).content.decode()

    assert f"“{NOTE}” reads as a note" not in page


THIN = {
    "connection": "",
    "fit": ["I ran the night shift for two years."],
    "value_problem": "",
    "value_idea": "",
    "value_gain": "",
    "value_gain_detail": "",
    "question": "When would the role start?",
    "closing": "",
}


def test_the_draft_page_says_what_to_add_to_a_thin_letter_until_it_is_edited(client):
    interview, panel = interview_with_panel(panel_size=1)
    client.force_login(interview.owner)
    letter = assembled_letter(interview, panel[0], answers=DM_ANSWERS | THIN)
    url = reverse("letter_detail", args=[letter.pk])
    said = services.draft_notices(selectors.letter_context(letter).draft())
    (advice,) = [n["message"] for n in said if n["answer"] == "draft"]

    page = client.get(url).content.decode()
    assert "About the letter as a whole" in page
    assert advice.split(":")[0] in page and "words" in advice

    # Once the user writes the letter themselves, the wizard's count no longer applies.
    letter.body = letter.body.replace("When would", "Could you tell me when")
    letter.save(update_fields=["body"])
    assert "About the letter as a whole" not in client.get(url).content.decode()
