"""The letter wizard in Chromium: walk it by keyboard, leave half-way, resume, edit, send."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from letters.models import Letter
from reminders.models import Reminder
from tests.factories import InterviewerFactory, InterviewFactory, PanelistFactory, UserFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def interview(transactional_db):
    user = UserFactory(name="Alex Morgan", email="alex@example.com")
    ends_at = timezone.now() - timedelta(hours=2)
    interview = InterviewFactory(
        owner=user,
        company="Acme Corp",
        role="Data Engineer",
        starts_at=ends_at - timedelta(hours=1),
        ends_at=ends_at,
    )
    PanelistFactory(
        interview=interview,
        interviewer=InterviewerFactory(owner=user, name="Marcus Lee", email="marcus@acme.example"),
        discussed="Airflow DAG design and backfills.",
    )
    PanelistFactory(
        interview=interview,
        interviewer=InterviewerFactory(
            owner=user, name="Dana Whitfield", email="dana@acme.example"
        ),
        is_decision_maker=True,
        discussed="Their plan to move the nightly batch jobs to streaming.",
        problem_mentioned="Reports arrive a day late because the ETL runs overnight.",
    )
    return interview


def current_step(page):
    return page.locator('[aria-current="step"]')


def next_by_keyboard(page, field):
    """From a field, Tab to the Next button (first after the fields and any "Use this"
    of the step's check) and press Enter."""
    field.focus()
    for _ in range(4):
        page.keyboard.press("Tab")
        if re.match(r"^(Next|Assemble)", page.locator(":focus").inner_text()):
            break
    expect(page.locator(":focus")).to_have_text(re.compile(r"^(Next|Assemble)"))
    page.keyboard.press("Enter")


def test_a_user_writes_leaves_resumes_edits_and_sends_a_letter(
    page, live_server, log_in, interview, mailoutbox
):
    user = interview.owner
    log_in(page, user)
    page.goto(f"{live_server.url}/interviews/{interview.pk}/letter/")

    # 1. Recipient: the decision-maker is preselected.
    expect(current_step(page)).to_contain_text("Recipient")
    dana = page.get_by_role("radio", name=re.compile("Dana Whitfield"))
    expect(dana).to_be_checked()
    next_by_keyboard(page, dana)

    # 2. Connection: empty, with the notes on Dana beside it as material.
    expect(current_step(page)).to_contain_text("Connection")
    connection = page.get_by_label("A moment from your conversation, in a sentence or two")
    expect(connection).to_have_value("")
    expect(
        page.get_by_text("Their plan to move the nightly batch jobs to streaming.")
    ).to_be_visible()
    expect(page.get_by_text("Why it matters")).to_be_visible()
    connection.focus()
    page.keyboard.type("Your plan to move the nightly batch jobs to streaming stuck with me.")
    expect(page.locator("#step-check")).to_contain_text("Used as you wrote it.")
    next_by_keyboard(page, connection)

    # 3. Fit: Enter in a one-line field moves on (Next is the form's default button).
    expect(current_step(page)).to_contain_text("Fit")
    fit = page.get_by_label("A result or skill that matches what they need")
    fit.focus()
    page.keyboard.type("I cut month-end reporting from 6 days to 2 at Globex.")
    page.keyboard.press("Enter")

    # 4. Value: the problem they mentioned is a note to start from, not a prefill.
    expect(current_step(page)).to_contain_text("Value")
    expect(page.get_by_label("Their problem, as you would say it back to them")).to_have_value("")
    expect(page.get_by_role("button", name="Start from this note")).to_be_visible()
    page.get_by_label("What you would do about it").focus()
    page.keyboard.type("I would run the ETL incrementally every hour.")
    page.get_by_label("What it would bring them (optional)").focus()
    page.keyboard.type("That would give your analysts back about 10 hours a week.")
    page.keyboard.press("Enter")

    # 5. Question: type half of it, then leave for another page.
    expect(current_step(page)).to_contain_text("Question")
    letter = Letter.objects.get()
    assert letter.wizard_step == 5
    page.goto(f"{live_server.url}/dashboard/")

    # Resume from the letters page: back at step 5 with every answer kept.
    page.goto(f"{live_server.url}/letters/")
    page.get_by_role("link", name="Continue the letter to Dana Whitfield").click()
    expect(current_step(page)).to_contain_text("Question")
    page.get_by_role("button", name="Back").click()
    expect(current_step(page)).to_contain_text("Value")
    expect(page.get_by_label("What you would do about it")).to_have_value(
        "I would run the ETL incrementally every hour."
    )
    page.get_by_role("button", name="Next: Question").click()

    question = page.get_by_label("A question you still have about their work")
    question.focus()
    page.keyboard.type("Is the delay worst at month-end, or every day?")
    page.keyboard.press("Enter")

    # 6. Closing: empty, with an offer to talk their own idea through (in its words) beside it; one
    # click takes it, and assembling opens the draft.
    expect(current_step(page)).to_contain_text("Closing")
    closing = page.get_by_label("A small next step you offer")
    expect(closing).to_have_value("")
    page.get_by_role("button", name="Use this version of closing").click()
    expect(closing).to_have_value(re.compile("talk through how I would run the ETL"))
    next_by_keyboard(page, closing)
    page.wait_for_url(f"{live_server.url}/letters/{letter.pk}/")
    body = page.locator("#id_body")
    expect(body).to_have_value(re.compile(r"^Dear Dana,\n\n.* Your plan to move the nightly"))

    # Editing the draft updates the score live.
    score = page.locator("#letter-score")
    before = int(score.get_attribute("data-score"))
    assert before >= 70
    body.focus()
    page.keyboard.press("ControlOrMeta+End")
    page.keyboard.type("\n\nP.S. I am a passionate team player and a great fit.")
    expect(score).not_to_have_attribute("data-score", str(before))
    after = int(score.get_attribute("data-score"))
    assert after < before
    expect(page.locator('[data-code="generic_phrases"]')).to_be_visible()

    # Take the P.S. out again, save, and send it from the app.
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type(Letter.objects.get().body)
    expect(score).to_have_attribute("data-score", str(before))
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("Draft saved.")).to_be_visible()
    page.get_by_role("link", name="Preview and send to Dana Whitfield").click()
    # The preview shows the exact headers; a test to myself first, then the real send.
    headers = page.locator("#send-preview-headers")
    expect(headers).to_contain_text("Dana Whitfield <dana@acme.example>")
    expect(headers).to_contain_text("Alex Morgan <alex@example.com>")
    page.get_by_role("button", name="Send a test to myself").click()
    expect(page.get_by_text("A test is on its way to alex@example.com")).to_be_visible()
    page.get_by_role("button", name="Yes, send it to Dana Whitfield").click()
    expect(page.get_by_text("Sent to Dana Whitfield.")).to_be_visible()
    expect(page.get_by_text("can’t be changed")).to_be_visible()

    [test, sent] = mailoutbox
    assert test.to == ["Alex Morgan <alex@example.com>"]
    assert test.subject == f"[Test] {sent.subject}"
    assert sent.to == ["Dana Whitfield <dana@acme.example>"]
    assert sent.reply_to == ["Alex Morgan <alex@example.com>"]
    assert (sent.cc, sent.bcc) == ([], ["alex@example.com"])
    assert "I would run the ETL incrementally every hour." in sent.body
    letter.refresh_from_db()
    assert (letter.status, letter.sent_via) == (Letter.Status.SENT, Letter.SentVia.APP)


def test_after_the_mail_app_link_the_page_asks_sent_confirms_and_can_undo_it(
    page, live_server, log_in, interview
):
    dana = interview.panelists.get(is_decision_maker=True).interviewer
    letter = Letter.objects.create(
        owner=interview.owner,
        interview=interview,
        recipient=dana,
        subject="Reports a day late: an idea",
        body="Dear Dana,\n\nOne idea.",
        wizard_step=7,
    )
    log_in(page, interview.owner)
    page.goto(f"{live_server.url}/letters/{letter.pk}/")
    # A mailto: link would hand over to a mail app; headless, keep the page instead.
    page.evaluate(
        "document.querySelector('[data-sent-via=\"mail_client\"]')"
        ".addEventListener('click', e => e.preventDefault())"
    )

    page.get_by_role("link", name="Open in my mail app").click()

    prompt = page.locator("#sent-prompt")
    expect(prompt).to_be_focused()
    expect(page.get_by_role("radio", name="From my mail app")).to_be_checked()
    page.get_by_role("button", name="Yes, I sent it").click()

    # Asked first: nothing is locked until confirmed, and the answer given is kept.
    expect(
        page.get_by_role("heading", name="Did the letter to Dana Whitfield go out?")
    ).to_be_visible()
    expect(page.get_by_role("radio", name="From my mail app")).to_be_checked()
    letter.refresh_from_db()
    assert letter.status == Letter.Status.DRAFT
    page.get_by_role("button", name="Mark it sent").click()
    expect(page.get_by_text("Marked as sent. We'll remind you when to check in.")).to_be_visible()
    expect(page.locator("#what-happens-next")).to_contain_text("We'll remind you when to check in.")
    letter.refresh_from_db()
    assert (letter.status, letter.sent_via) == (Letter.Status.SENT, Letter.SentVia.MAIL_CLIENT)
    kinds = set(
        Reminder.objects.filter(interview=interview, state="scheduled").values_list(
            "kind", flat=True
        )
    )
    assert kinds == {"check_in", "close_suggestion"}

    # Taken back: the draft is editable again and the reminders to send it are back.
    page.get_by_role("button", name="Undo “sent”").click()
    expect(page.get_by_text("is no longer marked as sent")).to_be_visible()
    expect(page.get_by_role("button", name="Save draft")).to_be_visible()
    letter.refresh_from_db()
    assert (letter.status, letter.sent_at) == (Letter.Status.DRAFT, None)
    kinds = set(
        Reminder.objects.filter(interview=interview, state="scheduled").values_list(
            "kind", flat=True
        )
    )
    assert kinds and kinds <= {"nudge", "last_call", "late"}
