import pytest

from accounts.models import User

pytestmark = pytest.mark.browser


def test_a_visitor_signs_up_in_chromium_and_lands_on_the_dashboard(page, live_server):
    page.goto(live_server.url + "/")
    page.locator("main").get_by_role("link", name="Sign up", exact=True).click()
    page.get_by_label("Email").fill("browser.user@example.com")
    page.locator("#id_password1").fill("a-long-enough-passphrase")
    page.get_by_label("Password (again)").fill("a-long-enough-passphrase")
    page.get_by_role("button", name="Sign up", exact=True).click()
    page.wait_for_url(live_server.url + "/dashboard/")
    assert page.get_by_role("heading", level=1).is_visible()
    user = User.objects.get(email="browser.user@example.com")
    # The hidden field was filled from the browser's own zone by static/js/app.js.
    assert user.time_zone == page.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone")


def test_the_navigation_collapses_on_a_phone_sized_screen(page, live_server):
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(live_server.url + "/")
    toggler = page.get_by_role("button", name="Toggle navigation")
    assert toggler.is_visible()
    toggler.click()
    nav = page.get_by_role("navigation", name="Main navigation")
    nav.get_by_role("link", name="Sign in").wait_for(state="visible")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375
