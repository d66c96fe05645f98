""" "Yes, I sent it" asks first, and can be taken back for ten minutes."""

from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from interviews import services as interview_services
from interviews.models import Reply
from letters import selectors, services
from letters.models import Letter
from reminders.models import Reminder
from tests.letters.letter_helpers import assembled_letter, interview_with_panel

pytestmark = pytest.mark.django_db

FOLLOW_UP = ["last_call", "late", "nudge"]
CHECK_INS = ["check_in", "check_in", "close_suggestion"]


@pytest.fixture
def letter(client):
    interview, (dana, _) = interview_with_panel()
    letter = assembled_letter(interview, dana)
    client.force_login(interview.owner)
    return letter


def pending(interview) -> list[str]:
    return sorted(
        Reminder.objects.filter(interview=interview, state=Reminder.State.SCHEDULED).values_list(
            "kind", flat=True
        )
    )


def flashed(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_yes_i_sent_it_asks_first_and_changes_nothing_until_confirmed(client, letter):
    response = client.get(reverse("letter_mark_sent", args=[letter.pk]), {"via": "mail_client"})

    assert response.status_code == 200
    assert "Did the letter to Dana Whitfield go out?" in response.text
    assert "checked" in response.text.split('value="mail_client"')[1].split(">")[0]
    assert "You can undo it on the letter’s page for 10 minutes." in response.text
    letter.refresh_from_db()
    assert letter.status == Letter.Status.DRAFT


def test_the_letter_page_asks_through_the_confirmation_page(client, letter):
    html = client.get(reverse("letter_detail", args=[letter.pk])).text

    assert f'<form method="get" action="/letters/{letter.pk}/sent/" id="sent-prompt"' in html


def test_undo_within_ten_minutes_unlocks_the_letter_and_brings_its_reminders_back(letter):
    interview = letter.interview
    now = timezone.now()
    services.letter_mark_sent(letter=letter, via=Letter.SentVia.MAIL_CLIENT, now=now)
    assert pending(interview) == CHECK_INS

    services.letter_undo_sent(letter=letter, now=now + timedelta(minutes=9, seconds=59))

    letter.refresh_from_db()
    interview.refresh_from_db()
    assert (letter.status, letter.sent_at, letter.sent_via) == (Letter.Status.DRAFT, None, "")
    assert interview.follow_up_done_at is None
    assert pending(interview) == FOLLOW_UP
    cancelled = Reminder.objects.filter(interview=interview, state=Reminder.State.CANCELLED)
    assert sorted(cancelled.values_list("kind", flat=True)) == CHECK_INS


def test_undo_goes_back_to_the_status_the_letter_had(letter):
    Letter.objects.filter(pk=letter.pk).update(status=Letter.Status.READY)
    letter.refresh_from_db()
    services.letter_mark_sent(letter=letter, via=Letter.SentVia.MANUAL)

    services.letter_undo_sent(letter=letter)

    letter.refresh_from_db()
    assert letter.status == Letter.Status.READY


def test_after_ten_minutes_the_letter_stays_sent(letter):
    now = timezone.now()
    services.letter_mark_sent(letter=letter, via=Letter.SentVia.MANUAL, now=now)

    with pytest.raises(services.LetterError, match="within 10 minutes"):
        services.letter_undo_sent(letter=letter, now=now + timedelta(minutes=10))

    letter.refresh_from_db()
    assert letter.is_sent
    assert pending(letter.interview) == CHECK_INS


def test_a_letter_followup_emailed_cannot_be_taken_back(letter):
    Letter.objects.filter(pk=letter.pk).update(
        status=Letter.Status.SENT, sent_via=Letter.SentVia.APP, sent_at=timezone.now()
    )
    letter.refresh_from_db()

    assert services.letter_undo_sent_until(letter) is None
    with pytest.raises(services.LetterError):
        services.letter_undo_sent(letter=letter)


def test_undoing_one_letter_keeps_the_follow_up_done_by_another(client, letter):
    interview = letter.interview
    other = assembled_letter(interview, interview.panelists.get(is_decision_maker=False))
    first = timezone.now() - timedelta(minutes=5)
    services.letter_mark_sent(letter=other, via=Letter.SentVia.MANUAL, now=first)
    services.letter_mark_sent(letter=letter, via=Letter.SentVia.MANUAL)

    services.letter_undo_sent(letter=letter)

    interview.refresh_from_db()
    assert interview.follow_up_done_at == first
    assert pending(interview) == CHECK_INS


def test_the_sent_page_offers_undo_and_the_button_unlocks_it(client, letter):
    client.post(reverse("letter_mark_sent", args=[letter.pk]), {"via": "manual"})
    html = client.get(reverse("letter_detail", args=[letter.pk])).text
    assert f'action="/letters/{letter.pk}/sent/undo/"' in html

    response = client.post(reverse("letter_undo_sent", args=[letter.pk]))

    assert response.url == reverse("letter_detail", args=[letter.pk])
    assert "no longer marked as sent" in flashed(response)[0]
    letter.refresh_from_db()
    assert not letter.is_sent
    # A second click changes nothing and says why.
    again = client.post(reverse("letter_undo_sent", args=[letter.pk]))
    assert "can only be taken back within 10 minutes" in flashed(again)[-1]


def test_the_sent_page_has_no_undo_after_ten_minutes(client, letter):
    services.letter_mark_sent(
        letter=letter, via=Letter.SentVia.MANUAL, now=timezone.now() - timedelta(minutes=11)
    )

    html = client.get(reverse("letter_detail", args=[letter.pk])).text

    assert "/sent/undo/" not in html


def test_after_a_reply_the_message_and_the_page_both_say_no_more_check_ins(client, letter):
    interview = letter.interview
    interview_services.interview_record_reply(
        interview=interview, received_on=timezone.localdate(), kind=Reply.Kind.MORE_INFO
    )

    response = client.post(reverse("letter_mark_sent", args=[letter.pk]), {"via": "manual"})
    html = client.get(reverse("letter_detail", args=[letter.pk])).text

    assert flashed(response) == [f"Marked as sent. {selectors.NO_MORE_CHECK_INS}"]
    assert selectors.NO_MORE_CHECK_INS in html
    assert "remind you when to check in" not in html


def test_with_check_ins_on_both_say_we_will_remind_you(client, letter):
    response = client.post(reverse("letter_mark_sent", args=[letter.pk]), {"via": "manual"})
    html = client.get(reverse("letter_detail", args=[letter.pk])).text

    assert flashed(response) == [f"Marked as sent. {selectors.CHECK_IN_PLANNED}"]
    assert selectors.CHECK_IN_PLANNED.replace("'", "&#x27;") in html


def test_with_check_ins_off_both_say_none_is_planned(client, letter):
    owner = letter.owner
    owner.remind_check_in = False
    owner.save(update_fields=["remind_check_in"])

    response = client.post(reverse("letter_mark_sent", args=[letter.pk]), {"via": "manual"})
    html = client.get(reverse("letter_detail", args=[letter.pk])).text

    assert flashed(response) == [f"Marked as sent. {selectors.CHECK_INS_OFF}"]
    assert selectors.CHECK_INS_OFF in html


def test_undo_of_a_letter_marked_sent_while_it_may_have_gone_out_goes_back_before_the_attempt(
    letter,
):
    Letter.objects.filter(pk=letter.pk).update(
        status=Letter.Status.SENDING,
        status_before_sending=Letter.Status.READY,
        sending_since=timezone.now(),
    )
    letter.refresh_from_db()
    services.letter_mark_sent(letter=letter, via=Letter.SentVia.MAIL_CLIENT)

    services.letter_undo_sent(letter=letter)

    letter.refresh_from_db()
    assert letter.status == Letter.Status.READY


def test_a_sent_letter_has_nothing_to_confirm(client, letter):
    services.letter_mark_sent(letter=letter, via=Letter.SentVia.MANUAL)

    response = client.get(reverse("letter_mark_sent", args=[letter.pk]))

    assert response.url == reverse("letter_detail", args=[letter.pk])
