"""Names in Chromium: "maya okafor" is offered "Maya Okafor" in one click, at sign-up
and on the dashboard, and the fixed name is the one the pages use."""

import pytest
from playwright.sync_api import expect

from accounts.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.browser

# No htmx request in flight and no swapped content still settling.
HTMX_IDLE = "() => !document.querySelector('.htmx-request, .htmx-settling, .htmx-added')"


def test_sign_up_offers_capitals_for_a_name_typed_in_lower_case(page, live_server):
    page.goto(f"{live_server.url}/accounts/signup/")
    page.get_by_label("Email").fill("maya.okafor@example.com")
    page.get_by_label("Your name").fill("maya okafor")

    page.get_by_role("button", name="Use “Maya Okafor”").click()

    name = page.get_by_label("Your name")
    expect(name).to_have_value("Maya Okafor")
    expect(name).to_be_focused()
    # htmx gives the new field focus twice: at once (it had focus before) and, as it
    # settles, for its autofocus; typing elsewhere in between would land in the name.
    page.wait_for_function(HTMX_IDLE)
    expect(page.get_by_role("button", name="Use “Maya Okafor”")).to_have_count(0)
    page.locator("#id_password1").fill("a-long-enough-passphrase")
    page.get_by_label("Password (again)").fill("a-long-enough-passphrase")
    # Leaving the name field asks the server again; a person does not press "Sign up"
    # within the same few milliseconds, so the test waits for that answer first.
    page.wait_for_function(HTMX_IDLE)
    page.get_by_role("button", name="Sign up", exact=True).click()
    expect(page).to_have_url(f"{live_server.url}/dashboard/")

    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Maya")
    expect(page.get_by_text("Names usually take capitals")).to_have_count(0)
    assert User.objects.get(email="maya.okafor@example.com").name == "Maya Okafor"


def test_an_existing_account_fixes_its_name_from_the_dashboard_in_one_click(
    page, live_server, log_in
):
    user = UserFactory(name="MAYA OKAFOR")
    log_in(page, user)
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, MAYA")

    page.get_by_role("button", name="Use “Maya Okafor”").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Maya")
    expect(page.get_by_text("Your name is now Maya Okafor.")).to_be_visible()
    page.goto(f"{live_server.url}/profile/")
    expect(page.get_by_label("Display name")).to_have_value("Maya Okafor")
    expect(page.get_by_text("Names usually take capitals")).to_have_count(0)
