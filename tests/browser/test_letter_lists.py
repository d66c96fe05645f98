"""The letters list searches and pages; the dashboard and the draft page know a letter
written before its interview."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from letters.views import PAGE_SIZE
from tests.factories import InterviewFactory, LetterFactory, PanelistFactory, UserFactory

pytestmark = pytest.mark.browser


def test_the_letters_list_searches_by_company_and_recipient_across_pages(page, live_server, log_in):
    user = UserFactory()
    for number in range(PAGE_SIZE + 2):
        LetterFactory(
            interview__owner=user,
            interview__company="Acme Corp",
            recipient__name=f"Person {number:02d}",
        )
    LetterFactory(interview__owner=user, interview__company="Globex", recipient__name="Priya")
    log_in(page, user)
    page.goto(f"{live_server.url}/letters/")

    search = page.get_by_label("Search company or recipient")
    search.fill("acme")
    search.press("Enter")
    expect(page.get_by_text("Page 1 of 2")).to_be_visible()
    expect(page.get_by_text("To Priya", exact=True)).to_have_count(0)
    page.get_by_role("link", name="Next").click()
    expect(page.get_by_text("Page 2 of 2")).to_be_visible()
    expect(page.get_by_label("Search company or recipient")).to_have_value("acme")
    expect(page.locator(".list-group-item")).to_have_count(2)

    search = page.get_by_label("Search company or recipient")
    search.fill("priya")
    search.press("Enter")
    expect(page.locator(".list-group-item")).to_have_count(1)
    expect(page.get_by_text("To Priya", exact=True)).to_be_visible()

    search = page.get_by_label("Search company or recipient")
    search.fill("Initech")
    search.press("Enter")
    expect(page.get_by_text("No letters match this search.")).to_be_visible()
    page.get_by_role("link", name="Clear").first.click()
    expect(page.get_by_text("Page 1 of 2")).to_be_visible()


def test_a_draft_written_ahead_is_on_the_dashboard_and_warned_about_early_thanks(
    page, live_server, log_in
):
    user = UserFactory(name="Alex Morgan")
    now = timezone.now()
    interview = InterviewFactory(
        owner=user,
        company="Initech",
        role="Analyst",
        starts_at=now + timedelta(days=1),
        ends_at=now + timedelta(days=1, hours=1),
    )
    panelist = PanelistFactory(
        interview=interview, interviewer__name="Dana Whitfield", is_decision_maker=True
    )
    letter = LetterFactory(
        interview=interview,
        recipient=panelist.interviewer,
        subject="Analyst at Initech: an idea for the reporting backlog",
        body="Dear Dana,\n\nThank you for the interview yesterday.\n\nBest regards,\nAlex",
        wizard_step=7,
    )
    log_in(page, user)

    row = page.locator("li").filter(has_text="Initech")
    row.get_by_role("link", name=re.compile("Continue your draft")).click()
    page.wait_for_url(f"{live_server.url}/letters/{letter.pk}/")

    warning = page.locator('[data-code="before_interview"]')
    expect(warning).to_contain_text("the interview has not happened yet")
    expect(warning).to_contain_text("Send it after the interview.")

    # Typed away, the warning goes with the next check.
    body = page.locator("textarea[name=body]")
    body.fill("Dear Dana,\n\nI look forward to meeting you tomorrow.\n\nBest regards,\nAlex")
    expect(page.locator('[data-code="before_interview"]')).to_have_count(0)
