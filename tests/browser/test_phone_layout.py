"""At 390 px wide (a phone), no page of the walk is wider than the screen."""

import pytest
from playwright.sync_api import expect

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


def score_out_of_sight_while_typing(page):
    """Type at the end of the letter with the on-screen keyboard up (the top 500 px of the
    screen left, the end of the text box at its bottom): the score bar must be in that
    space and show the checker's new score."""
    visible = 500
    body = page.locator("textarea[name=body]")
    words_before = page.locator("#letter-word-count").inner_text().split(" word")[0]
    body.click()
    page.keyboard.press("Control+End")
    with page.expect_response("**/check/"):
        page.keyboard.type(" Thank you.")
    body.evaluate(f"el => window.scrollBy(0, el.getBoundingClientRect().bottom - {visible})")
    bar = page.locator("#score-bar")
    expect(bar.locator("[data-score]")).to_have_attribute(
        "data-score", page.locator("#letter-score").get_attribute("data-score")
    )
    # The two words typed are counted in the bar as in the checker below.
    words = page.locator("#letter-word-count").inner_text().split(" word")[0]
    expect(bar).to_contain_text(f"· {words} words")
    assert int(words) == int(words_before) + 2
    box = bar.bounding_box()
    if not box or box["y"] < 0 or box["y"] + box["height"] > visible:
        return [f"draft: the score bar is out of sight while typing ({box})"]
    return []


def test_no_page_is_wider_than_a_phone(page, live_server):
    problems = []

    def check(page, name):
        result = page.evaluate(OVERFLOW)
        if result["scrollWidth"] > result["innerWidth"] or result["offenders"]:
            problems.append(
                f"{name} ({page.url}): page is {result['scrollWidth']} px wide for a "
                f"{result['innerWidth']} px screen; {result['offenders']}"
            )
        if name == "draft":
            problems.extend(score_out_of_sight_while_typing(page))
        if name == "wizard step 2":
            help_box = page.get_by_text("Help for this step").bounding_box()
            form_box = page.locator("#wizard-form").bounding_box()
            if not help_box or help_box["y"] > form_box["y"]:
                problems.append("wizard: the help for the step is not before the form")

    walk(page, live_server.url, check=check)

    assert problems == [], "\n".join(problems)
