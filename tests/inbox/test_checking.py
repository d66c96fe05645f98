"""The mailbox check against a real IMAP server (Dovecot): what it records, and what not."""

import io
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import pytest
from django.apps import apps
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from inbox import checking, crypto
from inbox.models import MailboxConnection, MailboxMatch
from interviews.models import Interview, Reply
from letters import services as letter_services
from letters.models import Letter
from reminders import dispatch
from reminders.models import Reminder
from reminders.scheduling import CHECK_IN_KINDS, on_letter_sent
from tests.factories import InterviewFactory, LetterFactory, verify_email
from tests.inbox.conftest import PASSWORD, USER

pytestmark = pytest.mark.django_db

RECIPIENT = "dana@acme.example"
SUBJECT = "Re: Streaming the nightly ETL, a quiet subject line 7f3a"
BODY = "Thanks for the note. We would like to invite you to a second round. body-91c2"


def connect(user, dovecot, *, password=PASSWORD, port=None) -> MailboxConnection:
    return MailboxConnection.objects.create(
        owner=user,
        host="127.0.0.1",
        port=port or dovecot.port,
        security=MailboxConnection.Security.NONE,
        username=USER,
        secret=crypto.encrypt(password),
        next_check_at=timezone.now(),
    )


def sent_letter(user, *, days_ago=2, message_id=None, recipient=RECIPIENT) -> Letter:
    now = timezone.now()
    interview = InterviewFactory(
        owner=user,
        starts_at=now - timedelta(days=days_ago + 1, hours=1),
        ends_at=now - timedelta(days=days_ago + 1),
        follow_up_done_at=now - timedelta(days=days_ago),
    )
    letter = LetterFactory(
        interview=interview,
        status=Letter.Status.SENT,
        sent_at=now - timedelta(days=days_ago),
        recipient_email=recipient,
        message_id=message_id or make_msgid(domain="testserver"),
    )
    on_letter_sent(letter, now=now - timedelta(days=days_ago))
    return letter


def reply(
    *,
    sender=RECIPIENT,
    in_reply_to=None,
    references=None,
    when=None,
    message_id=None,
    subject=SUBJECT,
) -> bytes:
    message = EmailMessage()
    message["From"] = f"Dana Zqxw <{sender}>"
    message["To"] = USER
    message["Subject"] = subject
    message["Date"] = format_datetime(when or timezone.now() - timedelta(hours=1))
    message["Message-ID"] = message_id or make_msgid(domain="acme.example")
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    if references:
        message["References"] = references
    message.set_content(BODY)
    return bytes(message)


def check() -> str:
    out = io.StringIO()
    call_command("check_mailboxes", stdout=out)
    return out.getvalue()


def every_row_as_text() -> str:
    """Every value of every row of every table the apps manage."""
    return "\n".join(
        repr(row)
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
        for row in model.objects.values_list()
    )


def state_of_the_database() -> str:
    out = io.StringIO()
    call_command(
        "dumpdata",
        "interviews.reply",
        "interviews.interview",
        "inbox.mailboxmatch",
        "reminders.reminder",
        stdout=out,
    )
    return out.getvalue()


def test_a_reply_in_the_letters_thread_is_recorded_on_its_interview(user, dovecot):
    letter = sent_letter(user)
    connect(user, dovecot)
    when = timezone.now() - timedelta(hours=5)
    dovecot.deliver(USER, reply(in_reply_to=letter.message_id, when=when))

    assert "1 reply(ies) recorded" in check()

    found = Reply.objects.get(interview=letter.interview)
    assert (found.source, found.kind) == (Reply.Source.MAILBOX, "")
    assert found.received_on == when.astimezone(user.zone).date()
    match = MailboxMatch.objects.get()
    assert (match.letter, match.how, match.state) == (
        letter,
        MailboxMatch.How.THREAD,
        MailboxMatch.State.RECORDED,
    )
    assert abs(match.received_at - when) < timedelta(seconds=1)
    # The check-ins stop through the existing signal.
    assert not Reminder.objects.filter(
        interview=letter.interview, kind__in=CHECK_IN_KINDS, state=Reminder.State.SCHEDULED
    ).exists()


def test_a_reply_to_a_letter_the_app_sent_is_recorded(user, dovecot, settings):
    """Done when: the letter goes out from the app with its Message-ID, the interviewer
    answers it, the answer lands in the mailbox, and check_mailboxes records it."""
    verify_email(user)
    now = timezone.now()
    interview = InterviewFactory(
        owner=user, starts_at=now - timedelta(hours=3), ends_at=now - timedelta(hours=2)
    )
    letter = LetterFactory(interview=interview, recipient__email=RECIPIENT)
    letter_services.letter_send_by_email(letter=letter)
    sent = mail.outbox[-1]
    connect(user, dovecot)
    dovecot.deliver(USER, reply(in_reply_to=sent.extra_headers["Message-ID"]))

    check()

    assert Reply.objects.get(interview=interview).source == Reply.Source.MAILBOX
    interview.refresh_from_db()
    assert interview.reply_received_at is not None


def test_a_reply_naming_the_letter_only_in_references_is_recorded(user, dovecot):
    letter = sent_letter(user)
    connect(user, dovecot)
    # Long enough to be folded over several lines.
    older = [f"<older-{n}-0123456789@acme.example>" for n in range(6)]
    references = " ".join([*older, letter.message_id, "<newer@acme.example>"])
    dovecot.deliver(USER, reply(references=references, sender="someone-else@acme.example"))

    check()

    assert Reply.objects.get(interview=letter.interview).source == Reply.Source.MAILBOX
    assert MailboxMatch.objects.get().how == MailboxMatch.How.THREAD


def test_mail_from_the_recipient_without_thread_headers_is_only_suggested(user, dovecot):
    letter = sent_letter(user)
    connect(user, dovecot)
    dovecot.deliver(USER, reply(sender=RECIPIENT.upper()))

    assert "1 to confirm" in check()

    match = MailboxMatch.objects.get()
    assert (match.letter, match.how, match.state) == (
        letter,
        MailboxMatch.How.ADDRESS,
        MailboxMatch.State.SUGGESTED,
    )
    assert not Reply.objects.exists()
    letter.interview.refresh_from_db()
    assert letter.interview.reply_received_at is None


def test_unrelated_mail_is_ignored(user, dovecot):
    letter = sent_letter(user)
    connect(user, dovecot)
    dovecot.deliver(USER, reply(sender="news@shop.example"))
    # From the recipient, but answering some other thread: not ours to guess.
    dovecot.deliver(USER, reply(in_reply_to="<another-thread@acme.example>"))
    # From the recipient, but dated before the letter went out.
    dovecot.deliver(USER, reply(when=letter.sent_at - timedelta(hours=1)))
    # The user's own second note in the letter's thread is not a reply.
    dovecot.deliver(USER, reply(sender=USER, in_reply_to=letter.message_id))

    assert "0 reply(ies) recorded, 0 to confirm" in check()

    assert not MailboxMatch.objects.exists()
    assert not Reply.objects.exists()
    assert MailboxConnection.objects.get().last_result == "ok"


def test_a_second_run_changes_nothing(user, dovecot):
    letter = sent_letter(user)
    other = sent_letter(user)
    connect(user, dovecot)
    dovecot.deliver(USER, reply(in_reply_to=letter.message_id))
    dovecot.deliver(USER, reply(sender=RECIPIENT, message_id="<suggest@acme.example>"))
    # The same message also sits in "All Mail" (Gmail's \All): counted once.
    dovecot.deliver(USER, reply(in_reply_to=letter.message_id, message_id="<twice@a.example>"))
    dovecot.deliver(
        USER,
        reply(in_reply_to=letter.message_id, message_id="<twice@a.example>"),
        folder="All Mail",
    )
    check()
    before = state_of_the_database()
    assert MailboxMatch.objects.count() == 2
    assert not Reply.objects.filter(interview=other.interview).exists()

    check()

    assert state_of_the_database() == before


def test_messages_stay_unread(user, dovecot):
    letter = sent_letter(user)
    connect(user, dovecot)
    dovecot.deliver(USER, reply(in_reply_to=letter.message_id))
    dovecot.deliver(USER, reply(sender="news@shop.example"))

    check()

    flags = dovecot.flags(USER)
    assert len(flags) == 2
    assert not any("\\Seen" in message_flags for message_flags in flags)


def test_nothing_of_the_mail_or_the_password_is_stored(user, dovecot):
    letter = sent_letter(user)
    sent_letter(user, recipient="fox@acme.example")
    connect(user, dovecot)
    reply_id = "<kept-nowhere-5d1e@acme.example>"
    dovecot.deliver(USER, reply(in_reply_to=letter.message_id, message_id=reply_id))
    dovecot.deliver(USER, reply(sender="fox@acme.example", message_id="<nowhere@acme.example>"))

    check()

    assert MailboxMatch.objects.count() == 2
    everything = every_row_as_text()
    for secret in [SUBJECT, BODY, "quiet subject", "body-91c2", PASSWORD, "kept-nowhere", "Zqxw"]:
        assert secret not in everything, secret
    # The match's only trace of the message is a hash.
    assert len(MailboxMatch.objects.first().message_id_hash) == 64


def test_after_a_uidvalidity_change_it_searches_since_the_oldest_waiting_letter(user, dovecot):
    letter = sent_letter(user)
    connection = connect(user, dovecot)
    dovecot.deliver(USER, reply(sender="news@shop.example"))
    check()
    connection.refresh_from_db()
    old = connection.folders["INBOX"]
    assert old == {"uidvalidity": dovecot.uidvalidity(USER), "last_uid": 1}
    # The server renumbered the folder (a restore, a migration): new UIDVALIDITY, and the
    # old numbering had gone past the UID the reply now gets.
    dovecot.set_uidvalidity(USER, old["uidvalidity"] + 1000)
    connection.folders = {"INBOX": {"uidvalidity": old["uidvalidity"], "last_uid": 50}}
    connection.save(update_fields=["folders"])
    dovecot.deliver(USER, reply(in_reply_to=letter.message_id))

    check()

    assert Reply.objects.filter(interview=letter.interview).exists()
    connection.refresh_from_db()
    assert connection.folders["INBOX"] == {
        "uidvalidity": old["uidvalidity"] + 1000,
        "last_uid": 2,
    }


def test_a_user_with_no_letter_waiting_is_not_looked_at(user, dovecot):
    letter = sent_letter(user)
    Interview.objects.filter(pk=letter.interview_id).update(outcome=Interview.Outcome.REJECTED)
    connection = connect(user, dovecot)
    dovecot.deliver(USER, reply(in_reply_to=letter.message_id))

    check()

    connection.refresh_from_db()
    assert connection.last_result == "idle"
    assert connection.folders == {}  # never opened
    assert "Login" not in dovecot.log()
    assert not MailboxMatch.objects.exists()


def test_a_wrong_password_pauses_the_mailbox_and_tells_the_user_once(user, dovecot):
    sent_letter(user)
    connection = connect(user, dovecot, password="not-the-password")

    check()
    check()
    call_command("check_mailboxes", stdout=io.StringIO())

    connection.refresh_from_db()
    assert connection.state == MailboxConnection.State.PAUSED
    assert connection.last_result == "auth"
    emails = Reminder.objects.filter(kind=Reminder.Kind.MAILBOX_PAUSED, user=user)
    assert emails.count() == 1
    # The beat pass leaves a paused mailbox alone too.
    assert checking.check_due(now=timezone.now() + timedelta(days=1)) == {}

    report = dispatch.dispatch_due(now=emails.get().due_at)

    assert report["sent"] == 1
    message = mail.outbox[-1]
    assert message.to == [user.email] or message.to[0].endswith(f"<{user.email}>")
    assert message.subject == "Followup stopped checking your mailbox"
    assert "http://testserver/profile/mailbox/" in message.body
    assert "List-Unsubscribe" in message.extra_headers
    assert "not-the-password" not in message.body
    assert "The mailbox refused the username or the app password." in message.body


def test_the_paused_email_waits_for_the_end_of_quiet_hours(user, dovecot, time_machine):
    user.time_zone = "Europe/London"
    user.save()
    time_machine.move_to("2026-03-10 23:30:00+00:00", tick=False)
    sent_letter(user)
    connect(user, dovecot, password="wrong")

    check()

    row = Reminder.objects.get(kind=Reminder.Kind.MAILBOX_PAUSED)
    assert row.due_at.astimezone(user.zone).strftime("%Y-%m-%d %H:%M") == "2026-03-11 08:00"


def test_saving_a_new_password_lifts_the_pause(user, dovecot):
    from inbox.imap import Account
    from inbox.services import mailbox_connect

    letter = sent_letter(user)
    connect(user, dovecot, password="wrong")
    check()
    account = Account("127.0.0.1", dovecot.port, "none", USER, PASSWORD)
    mailbox_connect(owner=user, account=account)
    dovecot.deliver(USER, reply(in_reply_to=letter.message_id))

    check()

    connection = MailboxConnection.objects.get()
    assert (connection.state, connection.last_result) == ("active", "ok")
    assert Reply.objects.filter(interview=letter.interview).exists()


def test_a_server_that_is_down_is_tried_again_later_and_later(user, dovecot, settings):
    settings.MAILBOX_CHECK_MINUTES = 10
    sent_letter(user)
    port = dovecot.port
    dovecot.stop()
    connection = connect(user, dovecot, port=port)
    now = timezone.now()

    assert checking.check_due(now=now)["failed"] == 1
    connection.refresh_from_db()
    assert (connection.failures, connection.last_result) == (1, "refused")
    assert connection.next_check_at == now + timedelta(minutes=20)
    assert connection.state == MailboxConnection.State.ACTIVE
    assert checking.check_due(now=now + timedelta(minutes=19)) == {}  # not due yet

    checking.check_due(now=now + timedelta(minutes=20))
    connection.refresh_from_db()
    assert connection.failures == 2
    assert connection.next_check_at == now + timedelta(minutes=20 + 40)

    connection.failures = 30
    connection.save(update_fields=["failures"])
    later = now + timedelta(days=1)
    checking.check_due(now=later)
    connection.refresh_from_db()
    assert connection.next_check_at == later + checking.MAX_BACKOFF  # capped
    assert not Reminder.objects.filter(kind=Reminder.Kind.MAILBOX_PAUSED).exists()


def test_each_pass_reads_a_bounded_number_of_messages_and_the_next_goes_on(user, dovecot, settings):
    settings.MAILBOX_MAX_MESSAGES = 2
    letter = sent_letter(user)
    connection = connect(user, dovecot)
    for n in range(2):
        dovecot.deliver(USER, reply(sender=f"news{n}@shop.example"))
    dovecot.deliver(USER, reply(in_reply_to=letter.message_id))

    assert "0 reply(ies) recorded" in check()
    connection.refresh_from_db()
    assert connection.folders["INBOX"]["last_uid"] == 2
    assert connection.last_message == "2 new messages read."

    assert "1 reply(ies) recorded" in check()
    connection.refresh_from_db()
    assert connection.folders["INBOX"]["last_uid"] == 3


def test_the_beat_task_checks_only_due_mailboxes(user, dovecot, settings):
    from django.conf import settings as live

    from inbox.tasks import check_due_mailboxes

    entry = live.CELERY_BEAT_SCHEDULE["check-mailboxes"]
    assert entry["task"] == "inbox.tasks.check_due_mailboxes"
    assert entry["schedule"] == live.MAILBOX_CHECK_MINUTES * 60
    letter = sent_letter(user)
    connection = connect(user, dovecot)
    dovecot.deliver(USER, reply(in_reply_to=letter.message_id))
    MailboxConnection.objects.filter(pk=connection.pk).update(
        next_check_at=timezone.now() + timedelta(minutes=5)
    )

    assert check_due_mailboxes() == {}

    MailboxConnection.objects.filter(pk=connection.pk).update(next_check_at=timezone.now())
    assert check_due_mailboxes()["recorded"] == 1
    connection.refresh_from_db()
    assert connection.next_check_at > timezone.now() + timedelta(minutes=9)


def test_a_pass_out_of_time_reads_nothing_more_and_the_next_goes_on(user, dovecot, settings):
    settings.MAILBOX_PASS_SECONDS = 0.000_001
    letter = sent_letter(user)
    connection = connect(user, dovecot)
    dovecot.deliver(USER, reply(in_reply_to=letter.message_id))

    assert "0 reply(ies) recorded" in check()
    connection.refresh_from_db()
    assert connection.folders == {}

    settings.MAILBOX_PASS_SECONDS = 60
    assert "1 reply(ies) recorded" in check()
