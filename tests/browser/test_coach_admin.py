"""The coach's admin reads like a coach's tool: counts that link to their lists, column
names in words, and a "View site" only for a coach who uses the site as a job seeker."""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.coaching.conftest import letter_for, make_coach
from tests.factories import CoachAccessFactory, InterviewFactory, UserFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def coach_with_a_late_client(transactional_db):
    """Casey coaches Jordan, whose Umbrella interview ended 30 hours ago with no letter
    sent; Jordan's Acme letter went out in time."""
    jordan = UserFactory(name="Jordan Client")
    coach = make_coach(name="Casey Coach")
    CoachAccessFactory(client=jordan, coach=coach)
    overdue = letter_for(jordan, ended_hours_ago=30).interview
    overdue.company = "Umbrella Health"
    overdue.save(update_fields=["company"])
    sent = letter_for(jordan, ended_hours_ago=5).interview
    sent.company = "Acme Corp"
    sent.follow_up_done_at = timezone.now()
    sent.save(update_fields=["company", "follow_up_done_at"])
    return coach


def sign_in_to_the_admin(page, live_server, coach, log_in):
    log_in(page, coach)
    page.goto(f"{live_server.url}/admin/")
    expect(page.locator("#coach-summary")).to_be_visible()


def test_the_overdue_count_links_to_the_overdue_interviews_in_plain_columns(
    page, live_server, log_in, coach_with_a_late_client
):
    sign_in_to_the_admin(page, live_server, coach_with_a_late_client, log_in)

    row = page.locator("#coach-summary tr").filter(has_text="Overdue follow-ups")
    expect(row.locator("td")).to_have_text("1")
    row.get_by_role("link", name="Overdue follow-ups").click()

    page.wait_for_url(re.compile(r"/admin/interviews/interview/\?follow_up=overdue$"))
    rows = page.locator("#result_list tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Umbrella Health")
    expect(rows.first).to_contain_text("Not yet")
    headers = page.locator("#result_list thead th").all_inner_texts()
    assert "Followed up" in headers and "Job seeker" in headers, headers
    assert not any(re.search(r"[A-Z]{2,} [A-Z]{2,}|_", h) for h in headers), headers


def test_view_site_is_left_out_for_a_coach_who_is_not_looking_for_a_job(
    page, live_server, log_in, coach_with_a_late_client
):
    sign_in_to_the_admin(page, live_server, coach_with_a_late_client, log_in)

    expect(page.locator("#user-tools")).to_contain_text("Change password")
    expect(page.get_by_role("link", name="View site")).to_have_count(0)


def test_a_coach_who_is_also_looking_for_a_job_can_go_to_their_dashboard(
    page, live_server, log_in, coach_with_a_late_client
):
    coach = coach_with_a_late_client
    InterviewFactory(owner=coach, company="Their own interview")
    sign_in_to_the_admin(page, live_server, coach, log_in)

    page.get_by_role("link", name="View site").click()

    page.wait_for_url(f"{live_server.url}/dashboard/")
