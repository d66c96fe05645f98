import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from interviews.models import Interview, Interviewer
from interviews.selectors import PICKER_SIZE
from tests.factories import InterviewerFactory, UserFactory

pytestmark = pytest.mark.browser

LOCAL_INPUT = "%Y-%m-%dT%H:%M"


def test_logs_an_interview_with_two_interviewers_and_sees_its_countdown(page, live_server, log_in):
    user = UserFactory(time_zone="America/Chicago")
    log_in(page, user)
    now = timezone.localtime(timezone.now(), user.zone)

    page.get_by_role("link", name="Log an interview").first.click()
    page.get_by_label("Company").fill("Northwind Analytics")
    page.get_by_label("Role").fill("Senior Data Engineer")
    page.get_by_label("Starts").fill((now - timedelta(hours=2)).strftime(LOCAL_INPUT))
    page.get_by_label("Ends").fill((now - timedelta(hours=1)).strftime(LOCAL_INPUT))

    page.locator("#id_panel-0-name").fill("Priya Raman")
    page.locator("#id_panel-0-job_title").fill("VP of Data")
    page.locator("#id_panel-0-email").fill("priya@northwind.example")
    page.locator("#id_panel-0-is_decision_maker").check()
    page.locator("#id_panel-0-discussed").fill("Moving the nightly batch jobs to streaming.")

    # The second row arrives over htmx: the page (and this marker) stays.
    page.evaluate("window.stillTheSamePage = true")
    page.get_by_role("button", name="Add another interviewer").click()
    second_name = page.locator("#id_panel-1-name")
    expect(second_name).to_be_visible()
    expect(page.locator("#id_panel-1-interviewer")).to_be_focused()
    assert page.evaluate("window.stillTheSamePage") is True
    expect(page.locator("#id_panel-TOTAL_FORMS")).to_have_value("2")
    second_name.fill("Tom Becker")
    page.locator("#id_panel-1-job_title").fill("Staff Data Engineer")

    page.get_by_role("button", name="Save interview").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Senior Data Engineer at Northwind Analytics"
    )
    expect(page.locator(".panelist").filter(has_text="Priya Raman")).to_contain_text(
        "Decision-maker"
    )

    page.get_by_role("link", name="Dashboard").click()
    due = page.locator(".followup-due").filter(has_text="Northwind Analytics")
    expect(due).to_contain_text("decides: Priya Raman")
    expect(due.locator(".countdown")).to_have_text(re.compile(r"^2[23] h \d+ min left$"))
    expect(due.get_by_role("link", name=re.compile("Write the letter"))).to_be_visible()

    interview = Interview.objects.get(owner=user)
    panel = {p.interviewer.name: p.is_decision_maker for p in interview.panelists.all()}
    assert panel == {"Priya Raman": True, "Tom Becker": False}
    assert interview.ends_at == (now - timedelta(hours=1)).replace(second=0, microsecond=0)


def test_a_second_decision_maker_is_refused_in_the_browser(page, live_server, log_in):
    user = UserFactory()
    log_in(page, user)
    page.goto(f"{live_server.url}/interviews/new/")
    page.get_by_label("Company").fill("Globex")
    page.get_by_label("Role").fill("Analyst")
    page.get_by_label("Starts").fill("2026-03-10T10:00")
    page.get_by_label("Ends").fill("2026-03-10T11:00")
    page.locator("#id_panel-0-name").fill("Jane Doe")
    page.locator("#id_panel-0-is_decision_maker").check()
    page.get_by_role("button", name="Add another interviewer").click()
    page.locator("#id_panel-1-name").fill("Sam Ortiz")
    page.locator("#id_panel-1-is_decision_maker").check()
    page.get_by_role("button", name="Save interview").click()
    expect(page.get_by_role("alert")).to_contain_text("Mark only one interviewer")
    expect(page.locator("#id_panel-1-name")).to_have_value("Sam Ortiz")
    assert not Interview.objects.exists()


def test_someone_met_long_ago_is_found_by_search_and_picked_with_the_keyboard(
    page, live_server, log_in
):
    user = UserFactory()
    zoe = InterviewerFactory(owner=user, name="Zoe Archer", company="Globex")
    Interviewer.objects.bulk_create(
        Interviewer(owner=user, name=f"Person {n:02}") for n in range(PICKER_SIZE + 5)
    )
    log_in(page, user)
    page.goto(f"{live_server.url}/interviews/new/")
    picker = page.get_by_label("Someone you have met")
    expect(picker.locator("option", has_text="Zoe Archer")).to_have_count(0)

    search = page.get_by_label("Search everyone you have met")
    search.focus()
    page.keyboard.type("archer")
    expect(page.locator("#id_panel-0-found")).to_have_text("1 match in the list above.")
    page.keyboard.press("Shift+Tab")  # back to the list, now holding the match
    expect(page.locator("#id_panel-0-interviewer")).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(page.locator("#id_panel-0-interviewer")).to_have_value(str(zoe.pk))

    page.get_by_label("Company").fill("Globex")
    page.get_by_label("Role").fill("Analyst")
    page.get_by_label("Starts").fill("2026-03-10T10:00")
    page.get_by_label("Ends").fill("2026-03-10T11:00")
    page.locator("#id_panel-0-is_decision_maker").check()
    page.get_by_role("button", name="Save interview").click()
    expect(page.locator(".panelist").filter(has_text="Zoe Archer")).to_contain_text(
        "Decision-maker"
    )
