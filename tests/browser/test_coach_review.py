"""The whole coach review round trip, in Chromium: ask, approve in the admin, see it."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from followup.celery import app as celery_app
from letters.models import Letter
from tests.clock import daytime_for
from tests.coaching.conftest import letter_for, make_coach
from tests.factories import PASSWORD, CoachAccessFactory, UserFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def tasks_run_in_the_server():
    # The live server commits in its own thread, where the test cannot capture on-commit
    # callbacks; running the queued tasks in place keeps test messages out of the
    # developer's broker queue and puts the emails in mail.outbox. The tasks themselves
    # are tested directly in tests/coaching/test_review.py.
    eager = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = eager


def test_coach_approves_in_the_admin_and_the_job_seeker_sees_it(
    page, browser, live_server, log_in, tasks_run_in_the_server, request
):
    job_seeker = UserFactory(name="Jordan Client")
    coach = make_coach(name="Casey Coach")
    CoachAccessFactory(client=job_seeker, coach=coach)
    # Review emails wait for the recipient's morning: make it daytime for both, whatever
    # hour the suite runs at.
    daytime_for(job_seeker)
    daytime_for(coach)
    letter = letter_for(job_seeker, subject="An idea for your nightly ETL")
    panelist = letter.interview.panelists.get()

    # The job seeker asks for a review from the letter page.
    log_in(page, job_seeker)
    page.goto(f"{live_server.url}{letter.get_absolute_url()}")
    page.get_by_role("button", name="Ask my coach for a review").click()
    expect(page.get_by_text("Your coach has been asked to review this letter.")).to_be_visible()
    panel = page.locator("#review-panel")
    expect(panel).to_contain_text("In review")
    expect(panel).to_contain_text("Waiting for Casey Coach")

    # The coach opens the admin, in a browser of their own, and signs in on the app's
    # sign-in page (the admin's login goes there, for its lockout), which leads back.
    coach_context = browser.new_context()
    request.addfinalizer(coach_context.close)
    admin = coach_context.new_page()
    admin.goto(f"{live_server.url}/admin/")
    admin.wait_for_url(re.compile(r"/accounts/login/\?next="))
    admin.get_by_label("Email").fill(coach.email)
    admin.get_by_label("Password").fill(PASSWORD)
    admin.get_by_role("button", name="Sign in").click()
    expect(admin.locator("#coach-summary")).to_contain_text("Pending reviews")

    # The queue lists the letter; the coach opens it and sees its context.
    admin.get_by_role("link", name="Pending reviews").click()
    row = admin.locator("#result_list tbody tr").filter(has_text="Jordan Client")
    expect(row).to_contain_text("In review")
    expect(row).to_contain_text(re.compile(r"Open: \d+\.\d h left"))
    row.get_by_role("link", name="An idea for your nightly ETL").click()
    expect(admin.get_by_text(panelist.problem_mentioned)).to_be_visible()
    expect(admin.get_by_text("Findings")).to_be_visible()

    new_review = admin.locator("#comments-0")  # the inline's one new review
    new_review.get_by_label("Comment for your client").fill("Clear and specific. Send it today.")
    new_review.get_by_label("Approved").check()
    admin.get_by_role("button", name="Save", exact=True).click()
    expect(admin.locator(".messagelist")).to_contain_text("was changed successfully")

    # Back on the letter page, the approval and the comment sit beside the draft.
    page.reload()
    panel = page.locator("#review-panel")
    expect(panel).to_contain_text("Approved")
    expect(panel).to_contain_text("by Casey Coach")
    expect(panel).to_contain_text("Clear and specific. Send it today.")

    letter.refresh_from_db()
    assert letter.status == Letter.Status.READY and letter.approved_at is not None
    assert [m.to for m in mail.outbox] == [[coach.email], [job_seeker.email]]
