"""axe-core, from npm, on every page of a walk through the app: no serious or critical violation."""

from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.browser.walk import walk

pytestmark = pytest.mark.browser

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = {"serious", "critical"}


@pytest.fixture
def browser_context_args(browser_context_args):
    # axe is evaluated as page script; bypass_csp keeps a strict Content-Security-Policy
    # from blocking it without weakening the policy the app sends.
    return {**browser_context_args, "bypass_csp": True}


def axe_violations(page):
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.read_text())
    return page.evaluate(
        """async () => {
            const result = await axe.run(document, {resultTypes: ["violations"]});
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.slice(0, 5).map(n => n.target.join(" ")),
            }));
        }"""
    )


def test_no_page_has_a_serious_or_critical_axe_violation(page, live_server):
    problems = []
    page.on(
        "response",
        lambda response: (
            response.status >= 400 and problems.append(f"{response.status} for {response.url}")
        ),
    )

    def check(page, name):
        for violation in axe_violations(page):
            if violation["impact"] in BLOCKING:
                problems.append(
                    f"{name} ({page.url}): [{violation['impact']}] {violation['id']}: "
                    f"{violation['help']} at {violation['targets']}"
                )

    walk(page, live_server.url, check=check)

    assert problems == [], "\n".join(problems)


def test_the_skip_link_shows_above_the_navbar_and_navbar_links_have_a_clear_focus_ring(
    page, live_server
):
    page.goto(f"{live_server.url}/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    # Nothing paints over the focused link: the element at its centre is the link itself.
    on_top = page.evaluate(
        """() => {
            const link = document.activeElement, box = link.getBoundingClientRect();
            const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
            return box.width > 1 && box.height > 1 && (hit === link || link.contains(hit));
        }"""
    )
    assert on_top

    page.keyboard.press("Tab")  # the brand link, in the navbar
    ring = page.evaluate(
        """() => {
            const style = getComputedStyle(document.activeElement);
            return [document.activeElement.closest("nav") !== null, style.outlineStyle,
                    parseFloat(style.outlineWidth), style.outlineColor];
        }"""
    )
    assert ring == [True, "solid", 3.0, "rgb(255, 255, 255)"]
