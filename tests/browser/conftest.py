"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live_server."""

import os

import pytest

from tests.factories import PASSWORD
from tests.services import require_chromium

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls from
# the test body are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": require_chromium(),
        "args": CHROMIUM_ARGS,
        "headless": True,
    }


@pytest.fixture(autouse=True)
def _browser_friendly_settings(settings):
    # The live server speaks plain HTTP on 127.0.0.1.
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    settings.SECURE_SSL_REDIRECT = False


@pytest.fixture
def log_in(live_server):
    """Log ``user`` in through the real login form; returns the page."""

    def _log_in(page, user, password=PASSWORD):
        page.goto(f"{live_server.url}/accounts/login/")
        page.get_by_label("Email").fill(user.email)
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(f"{live_server.url}/dashboard/")
        return page

    return _log_in


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call" and report.failed and "page" in item.funcargs:
        # CI shows only the log: say where the browser was and what it showed.
        page = item.funcargs["page"]
        try:
            shown = page.locator("main").inner_text(timeout=2000)[:2000]
        except Exception as exc:  # noqa: BLE001 - a report must not fail the report
            shown = f"(could not read the page: {exc})"
        report.sections.append(("Browser page", f"url: {page.url}\n{shown}"))
    return report
