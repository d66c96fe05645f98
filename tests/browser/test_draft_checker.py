"""The draft page's checker in Chromium (issue 19): a hand-typed letter with a fragment or
a placeholder is not ready to send. It scores under 70 as the user types, and the
finding says what to fix."""

import pytest
from playwright.sync_api import expect

from tests.browser.drafts import a_finished_draft

pytestmark = pytest.mark.browser

READY = (
    "Dear Dana,\n\n"
    "Your plan to move the nightly batch jobs to streaming stuck with me, especially the "
    "6 a.m. load that leaves the finance dashboards empty on Mondays.\n\n"
    "At Globex I moved a similar nightly load to hourly micro-batches, and the Monday "
    "dashboard gaps went from about three a month to none within a quarter.\n\n"
    "Shall I send you a one-page sketch of how the same change would look for your "
    "finance load by Friday?\n\n"
    "Best regards,\nAlex Morgan"
)
FRAGMENT = READY.replace(
    "stuck with me, especially the 6 a.m. load that leaves the finance dashboards empty on "
    "Mondays.",
    "stuck with me. The 6 a.m. load that leaves the finance dashboards empty on Mondays.",
)
PLACEHOLDER = READY.replace("At Globex I moved", "At [Company] I moved")


@pytest.fixture
def letter(transactional_db):
    return a_finished_draft(body=READY, subject="The Monday dashboards at Acme Corp")


def type_body(page, text):
    body = page.locator("#id_body")
    body.fill("")
    body.fill(text)  # one input event: the check runs on what is typed, unsaved


def score(page) -> int:
    return int(page.locator("#letter-score").get_attribute("data-score"))


@pytest.mark.parametrize(
    ("text", "message", "fix", "cap"),
    [
        (FRAGMENT, "This reads as a note, not a sentence", "Give it a subject and a verb", 65),
        # A placeholder is a copy-and-paste tell: capped lower than a slip.
        (
            PLACEHOLDER,
            "Placeholders left in the letter: “[Company]”",
            "Replace each placeholder",
            50,
        ),
    ],  # fmt: skip
    ids=["fragment", "placeholder"],
)
def test_a_hand_typed_letter_with_a_fragment_or_a_placeholder_scores_under_70(
    page, live_server, log_in, letter, text, message, fix, cap
):
    log_in(page, letter.owner)
    page.goto(f"{live_server.url}/letters/{letter.pk}/")
    checker = page.locator("#checker")
    expect(checker).to_contain_text("/ 100")
    assert score(page) >= 70  # the letter as saved is ready

    type_body(page, text)

    finding = checker.locator(".finding", has_text=message)
    expect(finding).to_be_visible()
    expect(finding).to_contain_text(fix)
    expect(finding).to_contain_text(f"This caps the score at {cap}.")
    expect(page.locator("#letter-score")).to_have_attribute("data-score", str(cap))
    assert score(page) < 70
