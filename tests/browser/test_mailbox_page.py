"""The mailbox page on a phone, with the keyboard only, and through axe."""

import pytest

from inbox import crypto
from inbox.models import MailboxConnection
from tests.browser.test_accessibility import BLOCKING, axe_violations
from tests.browser.test_phone_layout import OVERFLOW, PHONE
from tests.factories import UserFactory
from tests.inbox.conftest import PASSWORD, USER, dovecot  # noqa: F401  (the fixture)

pytestmark = pytest.mark.browser


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": PHONE, "bypass_csp": True}


def test_connecting_with_the_keyboard_at_390_px(page, live_server, log_in, dovecot):  # noqa: F811
    user = UserFactory()
    log_in(page, user)
    page.goto(f"{live_server.url}/profile/mailbox/")

    page.get_by_label("IMAP server").focus()
    page.keyboard.type("127.0.0.1")
    page.keyboard.press("Tab")
    page.keyboard.press("Control+a")
    page.keyboard.type(str(dovecot.port))
    page.keyboard.press("Tab")
    page.keyboard.press("End")  # the last choice: None (this machine)
    page.keyboard.press("Tab")
    page.keyboard.type(USER)
    page.keyboard.press("Tab")
    page.keyboard.type("a-wrong-password")
    page.keyboard.press("Enter")

    page.get_by_text("The mailbox refused the username or the app password.").wait_for()
    assert page.get_by_label("IMAP server").input_value() == "127.0.0.1"
    assert page.locator("input[name=password]").input_value() == ""

    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[name=password]").press("Enter")

    page.get_by_text(f"{USER} at 127.0.0.1").wait_for()
    assert MailboxConnection.objects.get(owner=user).username == USER
    layout = page.evaluate(OVERFLOW)
    assert layout["scrollWidth"] <= layout["innerWidth"], layout["offenders"]
    serious = [v for v in axe_violations(page) if v["impact"] in BLOCKING]
    assert serious == []

    page.get_by_role("button", name="Disconnect and delete the password").focus()
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Connect").wait_for()
    assert not MailboxConnection.objects.filter(owner=user).exists()


def test_a_paused_mailbox_reads_well_on_a_phone(page, live_server, log_in):
    user = UserFactory()
    MailboxConnection.objects.create(
        owner=user,
        host="imap.a-rather-long-provider-name.example.org",
        port=993,
        username="someone.with.a.long.address@a-rather-long-provider-name.example.org",
        secret=crypto.encrypt("x"),
        state=MailboxConnection.State.PAUSED,
        last_result="auth",
        last_message="The mailbox refused the username or the app password.",
    )
    log_in(page, user)

    for path in ["/profile/mailbox/", "/profile/"]:
        page.goto(f"{live_server.url}{path}")
        page.get_by_text("Paused:").first.wait_for()
        layout = page.evaluate(OVERFLOW)
        assert layout["scrollWidth"] <= layout["innerWidth"], (path, layout["offenders"])
        serious = [v for v in axe_violations(page) if v["impact"] in BLOCKING]
        assert serious == [], (path, serious)
