"""A reply in the user's real IMAP mailbox (Dovecot) is noticed, shown and handled.

The user connects the mailbox through /profile/mailbox/, the interviewer's reply to a
letter the app sent lands in it, ``check_mailboxes`` runs, and on the dashboard the user
sees the reply found in the mailbox, says what it was, and undoes it. On a phone's width.
"""

from email.message import EmailMessage
from email.utils import formatdate, make_msgid

import pytest
from django.core import mail
from django.core.management import call_command
from playwright.sync_api import expect

from inbox.models import MailboxConnection, MailboxMatch
from interviews.models import Interview, Reply
from letters import services as letter_services
from letters.models import Letter
from tests.browser.test_accessibility import BLOCKING, axe_violations
from tests.factories import UserFactory, verify_email
from tests.inbox.answer_helpers import found_in_thread, letter_waiting, question
from tests.inbox.dovecot import Dovecot, available
from tests.letters.letter_helpers import assembled_letter, interview_with_panel
from tests.services import unavailable

pytestmark = pytest.mark.browser

MAILBOX_USER = "alex@example.com"
APP_PASSWORD = "app-password-0123"
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def browser_context_args(browser_context_args):
    # bypass_csp: axe is evaluated as page script (as in test_accessibility.py).
    return {**browser_context_args, "viewport": PHONE, "bypass_csp": True}


@pytest.fixture
def dovecot():
    if not available():
        unavailable("Dovecot is not installed (apt-get install dovecot-imapd)")
    server = Dovecot({MAILBOX_USER: APP_PASSWORD}).start()
    try:
        yield server
    finally:
        server.stop()


def letter_sent_by_the_app() -> Letter:
    interview, (dana, _sam) = interview_with_panel()
    interview.owner.email = MAILBOX_USER
    interview.owner.save()
    verify_email(interview.owner)
    letter = assembled_letter(interview, dana)
    letter_services.letter_send_by_email(letter=letter)
    letter.refresh_from_db()
    assert letter.status == Letter.Status.SENT
    [sent] = mail.outbox
    assert sent.message()["Message-ID"] == letter.message_id
    return letter


def their_reply(letter: Letter) -> bytes:
    """Dana's answer, from her own mail client: in the letter's thread."""
    reply = EmailMessage()
    reply["From"] = "Dana Whitfield <dana@acme.example>"
    reply["To"] = MAILBOX_USER
    reply["Subject"] = f"Re: {letter.subject}"
    reply["Date"] = formatdate()
    reply["Message-ID"] = make_msgid(domain="acme.example")
    reply["In-Reply-To"] = letter.message_id
    reply["References"] = letter.message_id
    reply.set_content("Hi Alex, thanks for the note. We'd like you back for a second round.")
    return bytes(reply)


def no_wider_than_the_screen(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} is {width} px wide"


def test_a_reply_in_the_mailbox_is_found_shown_on_the_dashboard_and_can_be_undone(
    page, live_server, log_in, dovecot
):
    letter = letter_sent_by_the_app()
    user = letter.owner
    log_in(page, user)

    # Connect the mailbox through the page (security "none": a server on this machine).
    page.goto(f"{live_server.url}/profile/mailbox/")
    page.get_by_label("IMAP server").fill("127.0.0.1")
    page.get_by_label("Port").fill(str(dovecot.port))
    page.get_by_label("Security").select_option("none")
    page.get_by_label("Username").fill(MAILBOX_USER)
    page.get_by_role("textbox", name="App password").fill(APP_PASSWORD)
    page.get_by_role("button", name="Connect").click()
    expect(page.get_by_role("alert").filter(has_text="Connected")).to_be_visible()
    no_wider_than_the_screen(page)
    assert MailboxConnection.objects.get(owner=user).port == dovecot.port

    dovecot.deliver(MAILBOX_USER, their_reply(letter))
    call_command("check_mailboxes")

    # Done when: the reply is recorded on its interview, found in the mailbox.
    reply = Reply.objects.get(interview=letter.interview)
    assert (reply.source, reply.kind) == (Reply.Source.MAILBOX, "")
    [match] = MailboxMatch.objects.filter(owner=user)
    assert (match.letter_id, match.how, match.state) == (letter.pk, "thread", "recorded")
    # A second run changes nothing, and the message is still unread.
    call_command("check_mailboxes")
    assert list(Reply.objects.values_list("pk", "updated_at")) == [(reply.pk, reply.updated_at)]
    assert MailboxMatch.objects.count() == 1
    assert all("\\Seen" not in flags for flags in dovecot.flags(MAILBOX_USER))

    # The dashboard shows it; the user says what it was.
    page.goto(f"{live_server.url}/dashboard/")
    found = page.locator("#mailbox-findings .found-reply")
    expect(found).to_contain_text("Acme Corp — Data Engineer")
    expect(found).to_contain_text("found in your mailbox on")
    no_wider_than_the_screen(page)
    found.get_by_label("What was their reply?").select_option(label="Invited to the next round")
    found.get_by_role("button", name="Save").click()
    expect(page).to_have_url(f"{live_server.url}/dashboard/")
    expect(found).to_contain_text("invited to the next round")
    assert Reply.objects.get(pk=reply.pk).kind == Reply.Kind.NEXT_ROUND
    assert Interview.objects.get(pk=letter.interview_id).outcome == Interview.Outcome.NEXT_ROUND

    # It was not theirs after all: undo.
    found.get_by_role("button", name="Not their reply: undo").click()
    expect(page.get_by_role("alert").filter(has_text="Undone")).to_be_visible()
    expect(page.locator("#mailbox-findings")).to_have_count(0)
    # The letter waits for a reply again.
    expect(page.get_by_role("link", name="They replied")).to_be_visible()
    assert not Reply.objects.filter(interview=letter.interview).exists()
    assert Interview.objects.get(pk=letter.interview_id).outcome == Interview.Outcome.AWAITING
    assert MailboxMatch.objects.get().state == MailboxMatch.State.UNDONE

    # The same message is never recorded again, even when the server makes every
    # message look new (a UIDVALIDITY change) and the check reads the folder afresh.
    call_command("check_mailboxes")
    renewed = dovecot.uidvalidity(MAILBOX_USER) + 1
    dovecot.set_uidvalidity(MAILBOX_USER, renewed)
    call_command("check_mailboxes")
    assert MailboxConnection.objects.get(owner=user).folders["INBOX"]["uidvalidity"] == renewed
    assert not Reply.objects.filter(interview=letter.interview).exists()


def test_the_found_reply_and_the_question_pass_axe_fit_a_phone_and_work_by_keyboard(
    page, live_server, log_in
):
    user = UserFactory()
    found = letter_waiting(user, company="Globex")
    found_in_thread(found)
    asked = letter_waiting(user, company="Initech", name="Priya Shah")
    match = question(asked)
    log_in(page, user)
    problems = []
    for path in (
        "/dashboard/",
        found.interview.get_absolute_url(),
        asked.interview.get_absolute_url(),
    ):
        page.goto(f"{live_server.url}{path}")
        no_wider_than_the_screen(page)
        problems += [
            f"{path}: {v['id']} {v['targets']}"
            for v in axe_violations(page)
            if v["impact"] in BLOCKING
        ]
    assert problems == []

    # By keyboard: focus "Yes, it's their reply" and press Enter.
    page.goto(f"{live_server.url}/dashboard/")
    yes = page.get_by_role("button", name="Yes, it’s their reply")
    yes.focus()
    expect(yes).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("alert").filter(has_text="Recorded: Initech replied")).to_be_visible()
    match.refresh_from_db()
    assert match.state == MailboxMatch.State.RECORDED
