"""The wizard's steps check each answer as it is typed (issue 19): a note "reads as a
note", a casing fix is taken in one click, and the draft page lists what was left out.
By keyboard, with a label on every field, at 390 px wide."""

import pytest
from playwright.sync_api import expect

from letters import selectors, services, wizard
from tests.letters.letter_helpers import DM_ANSWERS, interview_with_panel, started_letter

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def letter(transactional_db):
    interview, (dana, _) = interview_with_panel()
    return started_letter(interview, dana)


def step_url(live_server, letter, number):
    return f"{live_server.url}/letters/{letter.pk}/step/{number}/"


def test_a_note_reads_as_a_note_and_the_one_click_fix_is_taken_by_keyboard(
    page, live_server, log_in, letter
):
    page.set_viewport_size(PHONE)
    log_in(page, letter.owner)
    page.goto(step_url(live_server, letter, 2))

    connection = page.get_by_label("A moment from your conversation, in a sentence or two")
    connection.focus()
    page.keyboard.type("the ev charger job")
    check = page.locator("#step-check")
    expect(check).to_contain_text("reads as a note, so it is not in your letter")
    expect(check).to_contain_text("for example")

    page.goto(step_url(live_server, letter, 5))
    question = page.get_by_label("A question you still have about their work")
    question.focus()
    page.keyboard.type("who owns the etl today")
    use_this = check.get_by_role("button", name="Use this")
    # the check runs 500 ms after the last key: on a loaded machine one may first answer
    # for "who owns the etl", so wait for the one about what the user ended up typing
    expect(check).to_contain_text("Who owns the etl today?")
    expect(use_this).to_be_visible()
    page.keyboard.press("Tab")  # the "Use this" of the check comes right after the field
    expect(use_this).to_be_focused()
    page.keyboard.press("Enter")

    expect(question).to_have_value("Who owns the etl today?")
    expect(question).to_be_focused()
    expect(check).to_contain_text("Used as you wrote it.")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]


def test_a_fix_made_before_more_typing_waits_for_the_check_of_the_new_text(
    page, live_server, log_in, letter
):
    log_in(page, letter.owner)
    page.goto(step_url(live_server, letter, 5))
    question = page.get_by_label("A question you still have about their work")
    question.focus()
    page.keyboard.type("who owns the etl")
    check = page.locator("#step-check")
    expect(check).to_contain_text("Who owns the etl?")
    use_this = check.get_by_role("button", name="Use this")
    expect(use_this).to_be_visible()

    # More typed, and the old fix pressed before the next check (500 ms after the last
    # key) has answered: in one go, so the new check cannot come in between.
    page.evaluate(
        """() => {
            const field = document.getElementById('id_question');
            field.value += ' today';
            field.dispatchEvent(new Event('input', {bubbles: true}));
            document.querySelector('#step-check [data-fix-field=id_question]').click();
        }"""
    )
    expect(question).to_have_value("who owns the etl today")  # nothing typed is lost
    expect(check).to_contain_text("Who owns the etl today?")
    check.get_by_role("button", name="Use this").click()
    expect(question).to_have_value("Who owns the etl today?")
    expect(check).to_contain_text("Used as you wrote it.")


def test_every_field_of_every_step_has_a_label(page, live_server, log_in, letter):
    log_in(page, letter.owner)
    for step in wizard.STEPS[1:]:
        page.goto(step_url(live_server, letter, step.number))
        unlabelled = page.evaluate(
            """() => [...document.querySelectorAll('#wizard-form textarea, '
                + '#wizard-form input:not([type=hidden])')]
                .filter(el => !el.labels || el.labels.length === 0).map(el => el.name)"""
        )
        assert unlabelled == [], step.name


def test_the_draft_page_lists_the_answers_left_out(page, live_server, log_in, letter):
    answers = DM_ANSWERS | {"fit": ["Journeyman license", *DM_ANSWERS["fit"]]}
    services.letter_save_step(
        context=selectors.letter_context(letter), answers=answers, go_to=wizard.FINISHED
    )
    page.set_viewport_size(PHONE)
    log_in(page, letter.owner)

    page.goto(f"{live_server.url}/letters/{letter.pk}/")

    left_out = page.locator("#left-out")
    expect(left_out).to_contain_text("Left out of your letter")
    expect(left_out).to_contain_text("Result 1: “Journeyman license” reads as a note")
    expect(page.locator("#id_body")).not_to_have_value("Journeyman")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
