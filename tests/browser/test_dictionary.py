"""The personal dictionary in Chromium: a word flagged as a typo is added from the draft
page's checker, disappears from the finding at once, and stays unflagged on reload."""

import pytest
from playwright.sync_api import expect

from letters.models import PersonalWord
from tests.browser.drafts import a_finished_draft

pytestmark = pytest.mark.browser

BODY = (
    "Dear Dana,\n\n"
    "Your plan to move the nightly batch jobs to streaming stuck with me.\n\n"
    "At Globex our reconbot matched 40,000 payouts a month and cut close from 6 days to 2.\n\n"
    "Shall I send you a one-page sketch of the idea by Friday?\n\n"
    "Best regards,\nAlex Morgan"
)


@pytest.fixture
def letter(transactional_db):
    return a_finished_draft(body=BODY)


def test_a_user_adds_a_flagged_word_to_their_dictionary_from_the_draft_page(
    page, live_server, log_in, letter
):
    log_in(page, letter.owner)
    page.goto(f"{live_server.url}/letters/{letter.pk}/")
    checker = page.locator("#checker")
    expect(checker).to_contain_text("Possible spelling mistakes: reconbot")

    # By keyboard: focus the button and press Enter.
    button = checker.get_by_role("button", name="Add “reconbot” to my dictionary")
    button.focus()
    page.keyboard.press("Enter")

    expect(checker).not_to_contain_text("reconbot")
    assert list(PersonalWord.objects.values_list("owner_id", "word")) == [
        (letter.owner_id, "reconbot")
    ]
    # The text being edited is what the panel judges, and the word stays known.
    page.locator("#id_body").press("End")
    page.locator("#id_body").type(" The reconbot helps.")
    expect(checker).to_contain_text("/ 100")
    expect(checker).not_to_contain_text("reconbot")
    page.reload()
    expect(page.locator("#checker")).not_to_contain_text("reconbot")


def test_the_dictionary_button_fits_a_390_px_screen(page, live_server, log_in, letter):
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, letter.owner)
    page.goto(f"{live_server.url}/letters/{letter.pk}/")

    button = page.get_by_role("button", name="Add “reconbot” to my dictionary")
    expect(button).to_be_visible()
    box = button.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
