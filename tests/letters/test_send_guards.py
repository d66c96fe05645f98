"""Sending can't go wrong in the ways issue 11 found: a 500 after the email went out, a
letter stuck unsent, an unconfirmed account mailing strangers, no limit, broken headers."""

import email
from datetime import date, timedelta
from email import policy

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts import userdata
from letters.models import Letter
from letters.signals import letter_sent
from tests.factories import LetterFactory, UserFactory, verify_email
from tests.letters.letter_helpers import assembled_letter, interview_with_panel
from tests.letters.test_letter_sending import RejectingHandler, smtp_server  # noqa: F401

pytestmark = pytest.mark.django_db

MAY_HAVE_SENT = "We may have sent this; check your Sent folder"


@pytest.fixture
def letter(client, settings):
    settings.DEFAULT_FROM_EMAIL = "Followup <followup@followup.example>"
    interview, (dana, _) = interview_with_panel()
    client.force_login(interview.owner)
    return assembled_letter(interview, dana)


def send(client, letter):
    return client.post(reverse("letter_send", args=[letter.pk]), follow=True)


def stuck_in_sending(letter, *, before=Letter.Status.READY) -> Letter:
    """As a crash between handing the email over and recording it leaves a letter."""
    Letter.objects.filter(pk=letter.pk).update(
        status=Letter.Status.SENDING,
        status_before_sending=before,
        sending_since=timezone.now() - timedelta(minutes=5),
    )
    letter.refresh_from_db()
    return letter


# --- the post-send path cannot fail ----------------------------------------------------


def test_a_decision_date_in_year_9999_sends_once_and_records_it(client, letter):
    letter.interview.decision_expected_by = date(9999, 12, 31)
    letter.interview.save()

    first = client.post(reverse("letter_send", args=[letter.pk]))
    second = client.post(reverse("letter_send", args=[letter.pk]))

    assert (first.status_code, second.status_code) == (302, 302)
    assert len(mail.outbox) == 1
    letter.refresh_from_db()
    assert (letter.status, letter.sent_via) == (Letter.Status.SENT, Letter.SentVia.APP)


def test_an_interview_saved_with_an_end_in_year_9999_plans_no_reminder_and_raises_nothing(
    letter,
):
    from interviews.models import Interview
    from reminders import scheduling
    from reminders.models import Reminder

    Interview.objects.filter(pk=letter.interview_id).update(
        starts_at=timezone.now().replace(year=9999, month=12, day=31, hour=20),
        ends_at=timezone.now().replace(year=9999, month=12, day=31, hour=23),
    )
    interview = Interview.objects.get(pk=letter.interview_id)

    scheduling.reschedule_for_interview(interview)

    assert not Reminder.objects.filter(interview=interview, state="scheduled").exists()


def test_a_failure_after_the_email_went_out_asks_the_user_instead_of_an_error(client, letter):
    def broken_receiver(sender, **kwargs):
        raise RuntimeError("the reminders could not be planned")

    letter_sent.connect(broken_receiver)
    try:
        response = send(client, letter)
    finally:
        letter_sent.disconnect(broken_receiver)

    assert response.status_code == 200
    assert len(mail.outbox) == 1
    html = response.content.decode()
    assert "Your letter went out, but we could not record it" in html
    assert MAY_HAVE_SENT in html
    letter.refresh_from_db()
    assert letter.status == Letter.Status.SENDING


# --- "we may have sent this" -------------------------------------------------------------


def test_a_letter_left_sending_says_it_may_have_gone_out_and_offers_both_answers(client, letter):
    stuck_in_sending(letter)

    html = client.get(reverse("letter_detail", args=[letter.pk])).content.decode()

    assert MAY_HAVE_SENT in html
    assert "It was sent: mark as sent" in html
    assert "It was not sent: let me try again" in html
    assert reverse("letter_send", args=[letter.pk]) not in html
    assert "<textarea" not in html


def test_it_was_sent_records_it_as_sent_by_followup(client, letter):
    letter = stuck_in_sending(letter)

    client.post(
        reverse("letter_resolve_sending", args=[letter.pk]),
        {"answer": "sent", "claim": letter.sending_since.isoformat()},
    )

    letter.refresh_from_db()
    assert (letter.status, letter.sent_via) == (Letter.Status.SENT, Letter.SentVia.APP)
    assert letter.interview.__class__.objects.get(pk=letter.interview_id).follow_up_done_at


def test_try_again_puts_it_back_and_it_can_be_sent(client, letter):
    letter = stuck_in_sending(letter, before=Letter.Status.READY)

    client.post(
        reverse("letter_resolve_sending", args=[letter.pk]),
        {"answer": "retry", "claim": letter.sending_since.isoformat()},
    )
    letter.refresh_from_db()
    status_after_retry = letter.status
    send(client, letter)

    assert status_after_retry == Letter.Status.READY
    assert len(mail.outbox) == 1
    letter.refresh_from_db()
    assert letter.status == Letter.Status.SENT


def test_an_answer_from_an_older_page_does_not_touch_a_newer_attempt(client, letter):
    letter = stuck_in_sending(letter)
    old_claim = letter.sending_since.isoformat()
    Letter.objects.filter(pk=letter.pk).update(sending_since=timezone.now())

    response = client.post(
        reverse("letter_resolve_sending", args=[letter.pk]),
        {"answer": "retry", "claim": old_claim},
        follow=True,
    )

    assert "not waiting for that answer any more" in response.content.decode()
    letter.refresh_from_db()
    assert letter.status == Letter.Status.SENDING


def test_a_letter_that_may_have_been_sent_cannot_be_edited_deleted_or_sent_again(client, letter):
    letter = stuck_in_sending(letter)
    body = letter.body

    client.post(reverse("letter_detail", args=[letter.pk]), {"subject": "x", "body": "y"})
    client.post(reverse("letter_delete", args=[letter.pk]))
    wizard = client.get(reverse("letter_wizard", args=[letter.pk, 3]))
    again = send(client, letter)

    assert wizard.url == reverse("letter_detail", args=[letter.pk])
    assert "We may have sent this letter: say whether it went out" in again.content.decode()
    assert mail.outbox == []
    letter.refresh_from_db()
    assert (letter.status, letter.body) == (Letter.Status.SENDING, body)


def test_a_refusing_mail_server_puts_the_letter_back_to_its_status(client, letter, smtp_server):  # noqa: F811
    Letter.objects.filter(pk=letter.pk).update(status=Letter.Status.READY)
    smtp_server(RejectingHandler())

    response = send(client, letter)

    assert "could not be sent because the mail server did not accept it" in response.text
    letter.refresh_from_db()
    assert (letter.status, letter.sending_since, letter.status_before_sending) == (
        Letter.Status.READY,
        None,
        "",
    )


# --- abuse limits -----------------------------------------------------------------------


def test_an_unconfirmed_account_cannot_make_followup_email_the_interviewer(client):
    owner = UserFactory(name="Alex Morgan", verified=False)
    interview, (dana, _) = interview_with_panel(owner=owner)
    letter = assembled_letter(interview, dana)
    client.force_login(owner)

    page = client.get(reverse("letter_detail", args=[letter.pk])).content.decode()
    response = send(client, letter)

    assert mail.outbox == []
    assert f"Confirm your email address {owner.email}" in page
    assert f'<a href="{reverse("account_email")}">ask for a new one</a>' in page
    assert reverse("letter_send", args=[letter.pk]) not in page
    assert f'<a href="{reverse("account_email")}">ask for a new one</a>' in response.text
    letter.refresh_from_db()
    assert letter.status == Letter.Status.DRAFT
    # The other ways to send stay open.
    assert "Open in my mail app" in page


def test_confirming_the_address_lets_the_letter_go(client):
    owner = UserFactory(name="Alex Morgan", verified=False)
    interview, (dana, _) = interview_with_panel(owner=owner)
    letter = assembled_letter(interview, dana)
    client.force_login(owner)
    verify_email(owner)

    send(client, letter)

    assert len(mail.outbox) == 1


def test_the_daily_letter_limit_holds_and_counts_only_the_last_24_hours(client, settings):
    settings.LETTER_SENDS_PER_DAY = 2
    owner = UserFactory(name="Alex Morgan")
    now = timezone.now()
    LetterFactory(  # yesterday's: outside the 24 hours
        owner=owner,
        status=Letter.Status.SENT,
        sent_via=Letter.SentVia.APP,
        sent_at=now - timedelta(hours=25),
    )
    LetterFactory(  # sent by hand: not Followup's email
        owner=owner, status=Letter.Status.SENT, sent_via=Letter.SentVia.MANUAL, sent_at=now
    )
    letters = []
    for _ in range(3):
        interview, (dana, _) = interview_with_panel(owner=owner)
        letters.append(assembled_letter(interview, dana))
    client.force_login(owner)

    responses = [send(client, letter) for letter in letters]

    assert len(mail.outbox) == 2
    assert "reached the limit of 2 letters sent from Followup in 24 hours" in responses[2].text
    assert [Letter.objects.get(pk=letter.pk).status for letter in letters] == [
        Letter.Status.SENT,
        Letter.Status.SENT,
        Letter.Status.DRAFT,
    ]


def test_signing_up_again_with_the_same_address_does_not_reset_the_letter_limit(client, settings):
    settings.LETTER_SENDS_PER_DAY = 1
    first = UserFactory(email="alex@example.com", name="Alex Morgan")
    interview, (dana, _) = interview_with_panel(owner=first)
    client.force_login(first)
    send(client, assembled_letter(interview, dana))
    userdata.delete_account(user=first)

    again = UserFactory(email="ALEX@example.com", name="Alex Morgan")
    interview, (dana, _) = interview_with_panel(owner=again)
    letter = assembled_letter(interview, dana)
    client.force_login(again)
    response = send(client, letter)

    assert len(mail.outbox) == 1
    assert "reached the limit of 1 letters sent from Followup in 24 hours" in response.text
    assert Letter.objects.get(pk=letter.pk).status == Letter.Status.DRAFT


# --- names with line breaks, saved before forms refused them -------------------------------


def test_line_breaks_in_saved_names_never_break_the_email_or_the_eml(client, letter):
    owner = letter.owner
    owner.name = "Alex\r\nMorgan"
    owner.save()
    letter.recipient.name = "Dana\nWhitfield"
    letter.recipient.save()

    eml = client.get(reverse("letter_eml", args=[letter.pk]))
    sent = client.post(reverse("letter_send", args=[letter.pk]))

    assert (eml.status_code, sent.status_code) == (200, 302)
    message = email.message_from_bytes(eml.content, policy=policy.default)
    assert message["From"] == f"Alex Morgan <{owner.email}>"
    assert message["To"] == "Dana Whitfield <dana@acme.example>"
    [out] = mail.outbox
    assert out.from_email == "Alex Morgan via Followup <followup@followup.example>"
    assert out.to == ["Dana Whitfield <dana@acme.example>"]
    assert b"Bcc" not in out.message().as_bytes()
