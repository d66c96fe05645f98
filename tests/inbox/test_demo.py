"""seed_demo shows the mailbox feature: a reply found in a letter's thread, recorded as a
real check records it, and an "Is this their reply?", with no mailbox connected."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from accounts.models import User
from inbox.models import MailboxConnection, MailboxMatch
from interviews.models import Reply
from reminders.models import Reminder

pytestmark = pytest.mark.django_db

EMAIL = "demo@example.com"


@pytest.fixture
def demo(client):
    call_command("seed_demo", EMAIL, stdout=StringIO())
    call_command("seed_demo", EMAIL, stdout=StringIO())  # a refresh gives the same data
    user = User.objects.get(email=EMAIL)
    client.force_login(user)
    return user


def scheduled_check_ins(interview):
    return Reminder.objects.filter(
        interview=interview, kind=Reminder.Kind.CHECK_IN, state=Reminder.State.SCHEDULED
    ).count()


def test_the_demo_has_one_reply_found_in_a_thread_and_one_question(demo):
    found = MailboxMatch.objects.get(owner=demo, state=MailboxMatch.State.RECORDED)
    question = MailboxMatch.objects.get(owner=demo, state=MailboxMatch.State.SUGGESTED)

    assert MailboxMatch.objects.filter(owner=demo).count() == 2
    assert (found.how, found.letter.interview.company, found.letter.interview.round) == (
        MailboxMatch.How.THREAD,
        "Acme Corp",
        "first",
    )
    assert found.letter.message_id  # sent by the app, so it has one to answer
    reply = Reply.objects.get(interview=found.letter.interview)
    assert (reply.source, reply.kind) == (Reply.Source.MAILBOX, "")
    assert scheduled_check_ins(found.letter.interview) == 0  # the reply stopped them

    assert (question.how, question.letter.interview.round) == (MailboxMatch.How.ADDRESS, "second")
    assert question.received_at > question.letter.sent_at
    assert not Reply.objects.filter(interview=question.letter.interview).exists()
    assert scheduled_check_ins(question.letter.interview) > 0  # only a question: they go on
    assert not MailboxConnection.objects.filter(owner=demo).exists()


def test_the_demo_dashboard_lists_both_and_says_the_mailbox_is_not_connected(client, demo):
    html = client.get(reverse("dashboard")).content.decode()

    assert "Replies found in your mailbox" in html
    assert html.count('class="list-group-item found-reply"') == 1
    assert html.count('class="list-group-item mailbox-question"') == 1
    assert "Mail from Dana Whitfield’s address came on" in html
    assert "Acme Corp — Data Engineer, second round</a>." in html  # the question
    assert "Acme Corp — Data Engineer, first round</a>:" in html  # the found reply
    assert "What was their reply?" in html
    assert "Your mailbox is not connected, so Followup is not looking for new replies." in html
    assert "Followup reads only the headers of new mail" not in html


def test_with_a_mailbox_connected_the_dashboard_does_not_say_it_is_not(client, demo):
    MailboxConnection.objects.create(
        owner=demo, host="imap.example.com", port=993, username=EMAIL, secret="token"
    )

    html = client.get(reverse("dashboard")).content.decode()

    assert 'class="list-group-item found-reply"' in html
    assert "Followup reads only the headers of new mail" in html
    assert "Your mailbox is not connected" not in html


def test_the_demo_profile_says_the_mailbox_is_not_connected(client, demo):
    html = client.get(reverse("profile")).content.decode()

    assert "Not connected.</strong> Let Followup notice replies" in html
    assert "Connect your mailbox" in html


def test_seed_demo_if_empty_leaves_a_database_with_users_alone(demo):
    out = StringIO()
    call_command("seed_demo", "other@example.com", "--if-empty", stdout=out)

    assert "no demo data seeded" in out.getvalue()
    assert not User.objects.filter(email="other@example.com").exists()
    assert MailboxMatch.objects.count() == 2
