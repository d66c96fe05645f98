"""/insights/ in Chromium as the demo user: every chart drawn, under a strict CSP."""

from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from accounts.models import User

pytestmark = pytest.mark.browser

DEMO_PASSWORD = "demo-pass-for-insights"
CHARTS = ["timing", "decision-maker", "score", "funnel", "weekly"]


# No 'unsafe-inline' anywhere: an inline script, handler or style attribute is refused.
STRICT_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
)


@pytest.fixture
def strict_csp(page, live_server):
    """The insights pages carry the strict policy when the browser loads them.

    Added by the browser's request routing, so the test holds whatever the project's
    own CSP settings are (the live server is shared by the whole session).
    """

    def add_policy(route):
        if route.request.resource_type != "document":
            route.continue_()
            return
        response = route.fetch()
        route.fulfill(
            response=response,
            headers={**response.headers, "content-security-policy": STRICT_CSP},
        )

    page.route(f"{live_server.url}/insights/**", add_policy)
    return STRICT_CSP


@pytest.fixture
def demo_user(transactional_db):
    call_command("seed_demo", "demo@example.com", "--password", DEMO_PASSWORD, stdout=StringIO())
    return User.objects.get(email="demo@example.com")


def test_the_demo_user_sees_every_chart_drawn_with_its_table_and_no_error(
    page, live_server, log_in, demo_user, strict_csp
):
    problems = []
    page.on("console", lambda msg: msg.type == "error" and problems.append(msg.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.add_init_script(
        "window.__csp = [];"
        "document.addEventListener('securitypolicyviolation',"
        " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
    )

    log_in(page, demo_user, password=DEMO_PASSWORD)
    page.get_by_role("link", name="Insights").click()
    page.wait_for_url(f"{live_server.url}/insights/")

    response = page.reload()
    assert response.headers["content-security-policy"] == strict_csp
    for key in CHARTS:
        canvas = page.locator(f"canvas#chart-{key}")
        expect(canvas).to_have_attribute("data-drawn", "true")
        box = canvas.bounding_box()
        assert box["width"] > 100 and box["height"] > 100
        drawn = page.evaluate(
            "key => { const c = Chart.getChart('chart-' + key);"
            " return c ? c.data.datasets.reduce((n, d) => n + d.data.filter(v => v).length, 0)"
            " : -1; }",
            key,
        )
        assert drawn > 0, key  # bars with values, not an empty frame
    tables = page.locator("table.chart-table")
    expect(tables).to_have_count(5)
    expect(tables.first).to_be_visible()
    expect(page.get_by_role("link", name="Download CSV").first).to_be_visible()
    expect(page.locator("#figure-reply-rate")).to_contain_text("%")
    assert page.evaluate("window.__csp") == []
    assert problems == []


def test_the_insights_page_fits_a_phone(page, live_server, log_in, demo_user, strict_csp):
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, demo_user, password=DEMO_PASSWORD)
    page.goto(f"{live_server.url}/insights/")
    expect(page.locator("canvas#chart-weekly")).to_have_attribute("data-drawn", "true")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
