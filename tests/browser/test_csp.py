"""Chromium walks every page under the real Content-Security-Policy: no violation, no
console error. The CSP is on in every environment (settings.SECURE_CSP), so the live
server over plain HTTP sends the same policy as production."""

import pytest
from django.utils.csp import CSP
from playwright.sync_api import expect

from letters import wizard
from tests.coaching.conftest import make_coach
from tests.factories import PASSWORD, CoachAccessFactory
from tests.letters.letter_helpers import assembled_letter, interview_with_panel, started_letter

pytestmark = pytest.mark.browser

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} ` +
    `at ${event.sourceFile}:${event.lineNumber} (${event.sample})`
  );
});
"""


class Walker:
    """Visits pages in one tab and collects CSP violations and console errors."""

    def __init__(self, page, base_url):
        self.page, self.base_url = page, base_url
        self.problems: list[str] = []
        page.add_init_script(RECORD_VIOLATIONS)
        page.on(
            "console",
            lambda msg: (
                self.problems.append(f"console {msg.type}: {msg.text}")
                if msg.type == "error"
                else None
            ),
        )
        page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))

    def visit(self, path: str):
        response = self.page.goto(f"{self.base_url}{path}")
        assert response.status == 200, path
        policy = response.headers.get(CSP.HEADER_ENFORCE.lower(), "")
        assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy, path
        self.page.wait_for_load_state("load")
        self.collect(path)

    def collect(self, where: str):
        violations = self.page.evaluate("window.__cspViolations || []")
        self.problems += [f"{where}: {violation}" for violation in violations]
        self.page.evaluate("window.__cspViolations = []")


@pytest.fixture
def data(transactional_db):
    interview, panel = interview_with_panel(panel_size=2)
    owner = interview.owner
    decision_maker, colleague = panel
    letter = assembled_letter(interview, decision_maker)
    draft = started_letter(interview, colleague)
    coach = make_coach(name="Coach Alice")
    CoachAccessFactory(client=owner, coach=coach)
    return {
        "owner": owner,
        "interview": interview,
        "interviewer": decision_maker.interviewer,
        "letter": letter,
        "draft": draft,
        "coach": coach,
    }


def test_signed_out_pages_show_no_csp_violation(page, live_server, data):
    walker = Walker(page, live_server.url)
    for path in ["/", "/accounts/login/", "/accounts/signup/", "/accounts/password/reset/"]:
        walker.visit(path)
    assert walker.problems == [], "\n".join(walker.problems)


def test_signed_in_pages_show_no_csp_violation(page, live_server, log_in, data):
    walker = Walker(page, live_server.url)
    log_in(page, data["owner"])
    walker.collect("login")
    interview, interviewer = data["interview"], data["interviewer"]
    letter, draft = data["letter"], data["draft"]
    paths = [
        "/dashboard/",
        "/interviews/",
        f"/interviews/{interview.pk}/",
        "/interviews/new/",
        f"/interviews/{interview.pk}/edit/",
        "/interviews/import/",
        "/interviewers/",
        f"/interviewers/{interviewer.pk}/",
        f"/interviewers/{interviewer.pk}/edit/",
        "/letters/",
        f"/interviews/{interview.pk}/letter/",
        *(f"/letters/{draft.pk}/step/{step.number}/" for step in wizard.STEPS),
        "/profile/",
        "/preferences/",
        "/insights/",
        "/accounts/email/",
        "/accounts/password/change/",
    ]
    for path in paths:
        walker.visit(path)

    # htmx swaps: a new panel row, and the live check of the draft as the user types.
    walker.visit("/interviews/new/")
    rows = page.locator(".panel-row")
    before = rows.count()
    page.get_by_role("button", name="Add another interviewer").click()
    expect(rows).to_have_count(before + 1)
    walker.collect("add a panel row")

    walker.visit(f"/letters/{letter.pk}/")
    page.get_by_role("textbox", name="Letter").fill(
        "Dear Dana,\n\nThank you. What would success look like?"
    )
    expect(page.locator("#letter-word-count")).to_contain_text("9 words")
    walker.collect("live check")

    assert walker.problems == [], "\n".join(walker.problems)


def test_the_coach_admin_shows_no_csp_violation(page, live_server, data):
    walker = Walker(page, live_server.url)
    letter = data["letter"]
    walker.visit("/admin/login/?next=/admin/")
    page.locator("input[name=login], input[name=username]").first.fill(data["coach"].email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit], form input[type=submit]").last.click()
    expect(page.locator("#coach-summary")).to_contain_text("Pending reviews")
    walker.collect("admin index")
    for path in [
        "/admin/",
        "/admin/letters/letter/",
        "/admin/letters/letter/?status__exact=in_review",
        f"/admin/letters/letter/{letter.pk}/change/",
    ]:
        walker.visit(path)
    assert walker.problems == [], "\n".join(walker.problems)


def test_the_walk_would_notice_a_violation(page, live_server, data):
    # The listener works: an inline style set as an attribute is refused and recorded.
    walker = Walker(page, live_server.url)
    walker.visit("/")
    page.evaluate("document.body.setAttribute('style', 'color: red')")
    page.wait_for_timeout(200)
    walker.collect("/")
    assert any("style-src" in problem for problem in walker.problems)
