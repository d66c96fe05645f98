"""Sending from the app: a preview of the exact email, a confirmation, a test to oneself,
and "Replace my edits" that asks first and acts once."""

from datetime import UTC, datetime, timedelta

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts import userdata
from letters import preview
from letters.models import Letter
from letters.services import LetterSendError
from tests.factories import UserFactory, verify_email
from tests.letters.letter_helpers import assembled_letter, interview_with_panel

pytestmark = pytest.mark.django_db


@pytest.fixture
def letter(client, settings):
    settings.DEFAULT_FROM_EMAIL = "Followup <followup@followup.example>"
    interview, (dana, sam) = interview_with_panel()
    interview.owner.email = "alex@example.com"
    interview.owner.save()
    verify_email(interview.owner)
    client.force_login(interview.owner)
    return assembled_letter(interview, dana)


def send_url(letter):
    return reverse("letter_send", args=[letter.pk])


# --- the preview ----------------------------------------------------------------------


def test_the_draft_page_leads_to_the_preview_not_straight_to_sending(client, letter):
    html = client.get(reverse("letter_detail", args=[letter.pk])).content.decode()

    assert f'href="{send_url(letter)}"' in html
    assert f'action="{send_url(letter)}"' not in html
    assert mail.outbox == []


def test_the_preview_shows_the_exact_from_to_reply_to_and_subject(client, letter):
    response = client.get(send_url(letter))

    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-header="from">Alex Morgan via Followup &lt;followup@followup.example&gt;' in html
    assert 'data-header="to">Dana Whitfield &lt;dana@acme.example&gt;' in html
    assert 'data-header="reply-to">Alex Morgan &lt;alex@example.com&gt;' in html
    assert f'data-header="subject"><strong>{letter.subject}</strong>' in html
    assert "private copy (Bcc) at alex@example.com" in html
    assert "Yes, send it to Dana Whitfield" in html
    assert mail.outbox == []
    letter.refresh_from_db()
    assert letter.status == Letter.Status.DRAFT


def test_the_preview_matches_the_email_that_goes_out(client, letter):
    shown = preview.send_preview(letter)

    client.post(send_url(letter), {"version": shown.version})

    [sent] = mail.outbox
    assert (sent.from_email, sent.to, sent.reply_to, sent.subject, sent.body) == (
        shown.from_email,
        shown.to,
        shown.reply_to,
        shown.subject,
        shown.body,
    )
    assert sent.cc == []
    assert sent.bcc == ["alex@example.com"]


def test_a_letter_changed_after_the_preview_is_shown_again_not_sent(client, letter):
    version = preview.send_preview(letter).version
    Letter.objects.filter(pk=letter.pk).update(body="Dear Dana,\n\nSomething else.")

    response = client.post(send_url(letter), {"version": version}, follow=True)

    assert mail.outbox == []
    assert response.redirect_chain[-1][0] == send_url(letter)
    assert "changed since you saw the preview" in response.content.decode()
    letter.refresh_from_db()
    assert letter.status == Letter.Status.DRAFT


def test_a_preview_query_count_is_bounded(client, letter, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        assert client.get(send_url(letter)).status_code == 200


def test_an_empty_letter_has_no_preview(client, letter):
    Letter.objects.filter(pk=letter.pk).update(body="  ")

    response = client.get(send_url(letter), follow=True)

    assert response.redirect_chain[-1][0] == reverse("letter_detail", args=[letter.pk])
    assert "Write a subject and a letter before sending it." in response.content.decode()


# --- a test to myself -----------------------------------------------------------------


def test_a_test_goes_only_to_the_user_marked_as_a_test_and_the_letter_stays_unsent(client, letter):
    response = client.post(reverse("letter_send_test", args=[letter.pk]), follow=True)

    [sent] = mail.outbox
    assert sent.to == ["Alex Morgan <alex@example.com>"]
    assert sent.cc == [] and sent.bcc == []
    assert sent.subject == f"[Test] {letter.subject}"
    assert sent.from_email == "Alex Morgan via Followup <followup@followup.example>"
    assert sent.body == letter.body + "\n"
    assert "dana@acme.example" not in str(sent.message()["To"])
    letter.refresh_from_db()
    assert letter.status == Letter.Status.DRAFT
    assert letter.sent_at is None
    assert "A test is on its way to alex@example.com" in response.content.decode()


def test_tests_stop_at_the_daily_limit(client, letter, settings):
    settings.LETTER_TEST_SENDS_PER_DAY = 2

    for _ in range(3):
        response = client.post(reverse("letter_send_test", args=[letter.pk]), follow=True)

    assert len(mail.outbox) == 2
    assert "reached the limit of 2 tests in 24 hours" in response.content.decode()


def test_the_daily_limit_counts_the_last_24_hours(letter, settings):
    settings.LETTER_TEST_SENDS_PER_DAY = 1
    monday = datetime(2026, 11, 23, 23, 0, tzinfo=UTC)

    preview.letter_send_test(letter=letter, now=monday)
    with pytest.raises(LetterSendError, match="limit of 1 tests"):
        preview.letter_send_test(letter=letter, now=monday + timedelta(hours=23))
    preview.letter_send_test(letter=letter, now=monday + timedelta(hours=24, seconds=1))

    assert len(mail.outbox) == 2
    assert preview.tests_left_today(user=letter.owner, now=monday + timedelta(hours=25)) == 0


def test_an_unconfirmed_account_sends_no_test_and_is_told_to_confirm(client, letter):
    EmailAddress.objects.filter(user=letter.owner).update(verified=False)

    response = client.post(reverse("letter_send_test", args=[letter.pk]), follow=True)

    assert mail.outbox == []
    assert "Confirm your email address alex@example.com" in response.text
    assert f'<a href="{reverse("account_email")}">ask for a new one</a>' in response.text
    assert "A test is on its way" not in response.text


def test_signing_up_again_with_the_same_address_does_not_reset_the_test_limit(letter, settings):
    settings.LETTER_TEST_SENDS_PER_DAY = 2
    now = timezone.now()
    preview.letter_send_test(letter=letter, now=now)
    preview.letter_send_test(letter=letter, now=now)
    userdata.delete_account(user=letter.owner)

    again = UserFactory(email="Alex+again@Example.com", name="Alex Morgan")
    interview, (dana, _) = interview_with_panel(owner=again)
    with pytest.raises(LetterSendError, match="limit of 2 tests"):
        preview.letter_send_test(letter=assembled_letter(interview, dana), now=now)

    assert len(mail.outbox) == 2
    assert preview.tests_left_today(user=again, now=now) == 0


def test_a_test_is_post_only_and_another_users_letter_is_404(client, letter):
    assert client.get(reverse("letter_send_test", args=[letter.pk])).status_code == 405
    client.force_login(interview_with_panel()[0].owner)
    assert client.post(reverse("letter_send_test", args=[letter.pk])).status_code == 404
    assert mail.outbox == []


# --- replacing my edits ---------------------------------------------------------------


@pytest.fixture
def edited(letter):
    Letter.objects.filter(pk=letter.pk).update(body="My own words.", subject="My subject")
    letter.refresh_from_db()
    return letter


def replace_url(letter):
    return reverse("letter_replace_draft", args=[letter.pk])


def test_replace_asks_first_and_changes_nothing_until_confirmed(client, edited):
    response = client.get(replace_url(edited))

    html = response.content.decode()
    assert "Replace your edits with the wizard’s draft?" in html
    assert "My own words." in html
    assert edited.assembled_body.splitlines()[0] in html
    edited.refresh_from_db()
    assert edited.body == "My own words."


def test_the_draft_page_links_to_the_confirmation_not_a_one_click_form(client, edited):
    html = client.get(reverse("letter_detail", args=[edited.pk])).content.decode()

    assert f'href="{replace_url(edited)}"' in html
    assert f'action="{replace_url(edited)}"' not in html


def test_the_replace_question_query_count_is_bounded(client, edited, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        assert client.get(replace_url(edited)).status_code == 200


def test_a_repeated_click_on_replace_cannot_act_twice(client, edited):
    version = preview.draft_version(edited)
    client.post(replace_url(edited), {"version": version})
    # The user writes again; the repeated click (same form) arrives afterwards.
    Letter.objects.filter(pk=edited.pk).update(body="Newer words.")

    response = client.post(replace_url(edited), {"version": version}, follow=True)

    edited.refresh_from_db()
    assert edited.body == "Newer words."
    assert "we left it as it is" in response.content.decode()


def test_a_replace_without_the_confirmed_version_does_nothing(client, edited):
    client.post(replace_url(edited), {})

    edited.refresh_from_db()
    assert edited.body == "My own words."


# --- the "kept your words" notice -----------------------------------------------------


def test_a_plain_save_claims_no_re_assembly(client, letter):
    response = client.post(
        reverse("letter_detail", args=[letter.pk]),
        {"subject": letter.subject, "body": letter.body.replace("Best regards", "Cheers")},
        follow=True,
    )

    html = response.content.decode()
    assert "Draft saved" in html
    assert "kept your" not in html
