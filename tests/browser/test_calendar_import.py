"""Importing an invite through the upload page, in Chromium: the title shapes read right."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from interviews.models import Interview
from tests.factories import UserFactory

pytestmark = pytest.mark.browser
ICS = Path(__file__).parents[1] / "interviews" / "ics"


def invite(summary: str, *event_lines: str) -> bytes:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Followup tests//EN",
        "BEGIN:VEVENT",
        "UID:browser-import@followup.test",
        "DTSTAMP:20260301T000000Z",
        "DTSTART:20260310T170000Z",
        "DTEND:20260310T180000Z",
        f"SUMMARY:{summary}",
        "ORGANIZER;CN=Priya Raman:mailto:priya.raman@harborfreight.example",
        "ATTENDEE;CN=Jordan Rivera:mailto:jordan.rivera@gmail.com",
        *event_lines,
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return ("\r\n".join(lines) + "\r\n").encode()


def upload_invite(page, live_server, tmp_path, content: bytes):
    path = tmp_path / "invite.ics"
    path.write_bytes(content)
    page.goto(f"{live_server.url}/interviews/import/")
    page.get_by_label("Calendar invite (.ics)").set_input_files(str(path))
    page.get_by_role("button", name="Read the invite").click()


@pytest.fixture
def jordan(page, log_in):
    user = UserFactory(email="jordan.rivera@gmail.com", name="Jordan Rivera", time_zone="UTC")
    log_in(page, user)
    return user


@pytest.mark.parametrize(
    ("summary", "round_"),
    [
        ("Final interview: Jordan Rivera <> HarborFreight Logistics (Platform Engineer)", "final"),
        ("Platform Engineer – Final Interview – HarborFreight Logistics", "final"),
        ("HarborFreight Logistics | Platform Engineer | Second Round", "second"),
        ("Interview: Platform Engineer at HarborFreight Logistics", "other"),
    ],
    ids=["A <> B (Role)", "Role – Round – Company", "Company | Role | Round", "Role at Company"],
)
def test_each_title_shape_prefills_company_role_and_round(
    page, live_server, tmp_path, jordan, summary, round_
):
    upload_invite(page, live_server, tmp_path, invite(summary))

    expect(page.get_by_text("We read these details from the invite")).to_be_visible()
    expect(page.get_by_label("Company")).to_have_value("HarborFreight Logistics")
    expect(page.get_by_label("Role")).to_have_value("Platform Engineer")
    expect(page.get_by_label("Round")).to_have_value(round_)
    # The user is not on the panel, and is never the company.
    expect(page.locator("#id_panel-0-name")).to_have_value("Priya Raman")
    expect(page.locator("#id_panel-1-name")).to_have_count(0)
    assert not Interview.objects.exists()


def test_a_job_title_from_the_description_is_prefilled_and_saved(
    page, live_server, tmp_path, jordan
):
    content = invite(
        "Interview with Priya Raman (HarborFreight Logistics)",
        "DESCRIPTION:You will meet Priya Raman\\, Engineering Manager.",
    )
    upload_invite(page, live_server, tmp_path, content)

    expect(page.get_by_label("Company")).to_have_value("HarborFreight Logistics")
    expect(page.locator("#id_panel-0-job_title")).to_have_value("Engineering Manager")
    page.get_by_label("Role").fill("Platform Engineer")
    page.get_by_role("button", name="Save interview").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Platform Engineer at HarborFreight Logistics"
    )
    interview = Interview.objects.get(owner=jordan)
    assert [p.interviewer.job_title for p in interview.panelists.all()] == ["Engineering Manager"]


def test_a_hostile_invite_is_refused_on_the_page_with_one_line(page, live_server, tmp_path, jordan):
    content = (
        invite("Evil zone")
        .replace(b"DTSTART:20260310T170000Z", b"DTSTART;TZID=Evil:20260310T100000")
        .replace(
            b"BEGIN:VEVENT",
            b"BEGIN:VTIMEZONE\r\nTZID:Evil\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
            b"TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nRRULE:FREQ=MINUTELY\r\n"
            b"END:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT",
        )
    )
    upload_invite(page, live_server, tmp_path, content)

    expect(page.get_by_text("changes more often than once a year")).to_be_visible()
    expect(page.get_by_label("Calendar invite (.ics)")).to_be_visible()
    assert not Interview.objects.exists()


def test_a_greenhouse_panel_imports_whole_titles_the_hiring_manager_and_clean_notes(
    page, live_server, tmp_path, log_in
):
    maya = UserFactory(email="maya.okafor@gmail.com", name="Maya Okafor", time_zone="UTC")
    log_in(page, maya)
    content = (ICS / "greenhouse_panel_hiring_manager.ics").read_bytes()
    upload_invite(page, live_server, tmp_path, content)

    expect(page.locator("#id_panel-0-name")).to_have_value("Priya Shah")
    expect(page.locator("#id_panel-0-job_title")).to_have_value("VP of Data & Analytics")
    expect(page.locator("#id_panel-0-is_decision_maker")).to_be_checked()
    expect(page.locator("#id_panel-1-is_decision_maker")).not_to_be_checked()
    notes = page.get_by_label("Notes")
    expect(notes).to_have_value(re.compile(r"Priya Shah, VP of Data & Analytics"))
    for boilerplate in ("Powered by Greenhouse", "One tap mobile", "Meeting ID", "zoomcrc"):
        expect(notes).not_to_have_value(re.compile(re.escape(boilerplate)))
    page.get_by_role("button", name="Save interview").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Senior Analytics Engineer at Northwind Analytics"
    )
    interview = Interview.objects.get(owner=maya)
    assert interview.decision_maker.interviewer.name == "Priya Shah"
    assert interview.decision_maker.interviewer.job_title == "VP of Data & Analytics"
