import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from interviews.models import Interview, Interviewer
from interviews.selectors import PICKER_SIZE
from letters.models import Letter
from tests.factories import (
    InterviewerFactory,
    InterviewFactory,
    LetterFactory,
    PanelistFactory,
    UserFactory,
)

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
    # The new row takes focus as htmx settles; typing before that would land in it.
    expect(page.locator("#id_panel-1-interviewer")).to_be_focused()
    page.locator("#id_panel-1-name").fill("Sam Ortiz")
    page.locator("#id_panel-1-is_decision_maker").check()
    page.get_by_role("button", name="Save interview").click()
    expect(page.get_by_role("alert")).to_contain_text("Mark only one interviewer")
    expect(page.locator("#id_panel-1-name")).to_have_value("Sam Ortiz")
    assert not Interview.objects.exists()


def test_after_a_reply_the_page_shows_it_once_and_logs_the_next_round(page, live_server, log_in):
    user = UserFactory(time_zone="Europe/London")
    now = timezone.now()
    first = InterviewFactory(
        owner=user,
        company="Globex",
        role="Analyst",
        round=Interview.Round.FIRST,
        starts_at=now - timedelta(days=2, hours=1),
        ends_at=now - timedelta(days=2),
        follow_up_done_at=now - timedelta(days=1),
    )
    priya = InterviewerFactory(owner=user, name="Priya Raman")
    PanelistFactory(interview=first, interviewer=priya, is_decision_maker=True)
    LetterFactory(
        interview=first,
        recipient=priya,
        status=Letter.Status.SENT,
        sent_at=now - timedelta(days=1),
    )
    log_in(page, user)
    page.goto(f"{live_server.url}{first.get_absolute_url()}")
    expect(page.get_by_role("link", name="Log the next round")).to_have_count(0)

    page.get_by_label("Invited to the next round").check()
    page.get_by_label("Note (optional)").fill("Panel with the CTO next week.")
    page.get_by_role("button", name="Save their reply").click()

    # One line for when, no "… ago", and the note in sight (not in the folded form).
    expect(page.get_by_text(re.compile(r"^They replied on "))).to_have_count(1)
    expect(page.locator("#reply-line")).to_contain_text("invited to the next round")
    expect(page.locator("#reply-line")).not_to_contain_text(str(timezone.now().year))
    expect(page.get_by_text(re.compile(r"\bago\b"))).to_have_count(0)
    expect(page.locator(".reply-note")).to_have_text("Panel with the CTO next week.")
    expect(page.locator(".reply-note")).to_be_visible()

    page.get_by_role("link", name="Log the next round").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Log the next round")
    expect(page.get_by_label("Company")).to_have_value("Globex")
    expect(page.get_by_label("Role")).to_have_value("Analyst")
    expect(page.get_by_label("Round")).to_have_value("second")
    expect(page.locator("#id_panel-0-interviewer")).to_have_value(str(priya.pk))
    expect(page.locator("#id_panel-0-is_decision_maker")).to_be_checked()
    local = timezone.localtime(now + timedelta(days=6), user.zone)
    page.get_by_label("Starts").fill(local.strftime(LOCAL_INPUT))
    page.get_by_label("Ends").fill((local + timedelta(hours=1)).strftime(LOCAL_INPUT))
    page.get_by_role("button", name="Save interview").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Analyst at Globex")
    second = Interview.objects.exclude(pk=first.pk).get(owner=user)
    assert second.round == Interview.Round.SECOND
    assert [(p.interviewer_id, p.is_decision_maker) for p in second.panelists.all()] == [
        (priya.pk, True)
    ]


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
