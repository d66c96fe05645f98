"""At 390 px wide (a phone), no page of the walk is wider than the screen."""

import pytest

from tests.browser.walk import walk

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}

# Elements sticking out to the right, innermost first, so the report names the culprit.
OVERFLOW = """() => {
    const limit = window.innerWidth + 1;
    const out = [];
    for (const el of document.body.querySelectorAll("*")) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.right <= limit) continue;
        // Skip content a scroll box or a closed menu hides on purpose.
        let hidden = false;
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
            const style = getComputedStyle(p);
            if (style.overflowX === "hidden" || style.overflowX === "clip") {
                hidden = true;
                break;
            }
        }
        if (hidden || getComputedStyle(el).visibility === "hidden") continue;
        const name = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
            + (el.className && typeof el.className === "string"
               ? "." + el.className.trim().split(/\\s+/).join(".") : "");
        const text = (el.textContent || "").trim().slice(0, 40);
        out.push(`${name} right=${Math.round(box.right)}: ${text}`);
    }
    return {
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        offenders: out.slice(-8),
    };
}"""


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": PHONE, "bypass_csp": True}


def test_no_page_is_wider_than_a_phone(page, live_server):
    problems = []

    def check(page, name):
        result = page.evaluate(OVERFLOW)
        if result["scrollWidth"] > result["innerWidth"] or result["offenders"]:
            problems.append(
                f"{name} ({page.url}): page is {result['scrollWidth']} px wide for a "
                f"{result['innerWidth']} px screen; {result['offenders']}"
            )

    walk(page, live_server.url, check=check)

    assert problems == [], "\n".join(problems)
