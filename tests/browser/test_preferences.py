"""Preferences in Chromium: the time-zone filter, and the switches that follow the master."""

import pytest
from playwright.sync_api import expect

from tests.factories import UserFactory

pytestmark = pytest.mark.browser


def test_the_time_zone_filter_narrows_the_list_and_enter_picks_by_keyboard(
    page, live_server, log_in
):
    user = UserFactory(time_zone="UTC")
    log_in(page, user)
    page.goto(f"{live_server.url}/profile/")

    page.get_by_label("Filter the time zones").fill("kolk")
    expect(page.get_by_role("status").filter(has_text="matches")).to_have_text(
        "1 time zone matches"
    )
    page.keyboard.press("Enter")

    select = page.get_by_role("combobox", name="Time zone")
    expect(select).to_be_focused()
    expect(select).to_have_value("Asia/Kolkata")
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_text("Your profile is saved.")).to_be_visible()
    user.refresh_from_db()
    assert user.time_zone == "Asia/Kolkata"


def test_turning_reminders_off_disables_each_switch_at_once(page, live_server, log_in):
    log_in(page, UserFactory())
    page.goto(f"{live_server.url}/preferences/")
    last_call = page.get_by_label("Last call before the window closes")
    expect(last_call).to_be_enabled()

    page.get_by_label("Email me reminders").uncheck()
    expect(last_call).to_be_disabled()
    page.get_by_label("Email me reminders").check()
    expect(last_call).to_be_enabled()
