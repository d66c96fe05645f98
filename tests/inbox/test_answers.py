"""The user's side of what the mailbox check found: a reply recorded from the thread
(pick its kind, or undo it) and a question about a mail from the recipient's address
(confirm or dismiss), on the dashboard and the interview page."""

from datetime import UTC, date, datetime

import pytest
from django.urls import reverse

from inbox.models import MailboxMatch
from interviews import services as interview_services
from interviews.models import Interview, Reply
from tests.inbox.answer_helpers import found_in_thread, letter_waiting, pending_check_ins, question

pytestmark = pytest.mark.django_db


def dashboard(client) -> str:
    response = client.get(reverse("dashboard"))
    assert response.status_code == 200
    return response.content.decode()


def interview_page(client, interview) -> str:
    response = client.get(reverse("interview_detail", args=[interview.pk]))
    assert response.status_code == 200
    return response.content.decode()


# --- a reply found in the thread ------------------------------------------------------


def test_a_found_reply_shows_on_the_dashboard_and_the_interview_page_with_its_date(signed_in, user):
    letter = letter_waiting(user)
    found_in_thread(letter, received_at=datetime(2026, 3, 4, 10, 0, tzinfo=UTC))

    home = dashboard(signed_in)
    page = interview_page(signed_in, letter.interview)

    assert "Replies found in your mailbox" in home
    assert "found in your mailbox on Wed 4 Mar" in home
    assert "What was their reply?" in home
    assert "Found in your mailbox on Wed 4 Mar" in page
    assert "No more check-ins for this interview." in page
    assert "What was their reply?" in page
    assert reverse("mailbox_reply_undo", args=[letter.interview.pk]) in page
    # It no longer waits for a reply.
    assert "Letters waiting for replies" in home and "They replied<span" not in home


def test_picking_the_kind_from_the_dashboard_keeps_it_found_in_the_mailbox(signed_in, user):
    letter = letter_waiting(user)
    found_in_thread(letter, received_at=datetime(2026, 3, 4, 10, 0, tzinfo=UTC))

    response = signed_in.post(
        reverse("interview_reply", args=[letter.interview.pk]),
        {"received_on": "2026-03-04", "kind": "offer", "note": "", "next": reverse("dashboard")},
    )

    assert response.status_code == 302
    assert response.url == reverse("dashboard")
    reply = Reply.objects.get(interview=letter.interview)
    assert (reply.kind, reply.source, reply.received_on) == (
        Reply.Kind.OFFER,
        Reply.Source.MAILBOX,
        date(2026, 3, 4),
    )
    assert Interview.objects.get(pk=letter.interview.pk).outcome == Interview.Outcome.OFFER
    home = dashboard(signed_in)
    assert "found in your mailbox on Wed 4 Mar — an offer" in home
    assert "What was their reply?" not in home
    assert "Not their reply: undo" in home


def test_the_reply_form_goes_back_only_to_a_page_of_this_site(signed_in, user):
    letter = letter_waiting(user)
    found_in_thread(letter)

    response = signed_in.post(
        reverse("interview_reply", args=[letter.interview.pk]),
        {"received_on": "2026-03-04", "kind": "other", "next": "https://evil.example/"},
    )

    assert response.url == letter.interview.get_absolute_url()


def test_undo_deletes_the_found_reply_reopens_the_interview_and_brings_the_check_ins_back(
    signed_in, user
):
    letter = letter_waiting(user)
    match = found_in_thread(letter)
    interview_services.interview_record_reply(
        interview=letter.interview, received_on=date.today(), kind="offer"
    )
    assert pending_check_ins(letter.interview) == []

    response = signed_in.post(
        reverse("mailbox_reply_undo", args=[letter.interview.pk]), {"next": reverse("dashboard")}
    )

    assert response.url == reverse("dashboard")
    assert not Reply.objects.filter(interview=letter.interview).exists()
    interview = Interview.objects.get(pk=letter.interview.pk)
    assert (interview.outcome, interview.reply_received_at) == (Interview.Outcome.AWAITING, None)
    assert pending_check_ins(interview) != []
    match.refresh_from_db()
    assert match.state == MailboxMatch.State.UNDONE
    home = dashboard(signed_in)
    assert "Replies found in your mailbox" not in home
    assert f'They replied<span class="visually-hidden"> ({letter.to_name}' in home


def test_undo_leaves_an_outcome_the_user_set_on_its_own(user):
    letter = letter_waiting(user)
    found_in_thread(letter)
    interview_services.interview_record_outcome(
        interview=letter.interview, outcome=Interview.Outcome.REJECTED, reply_received=True
    )

    from inbox import answers

    assert answers.found_reply_undo(interview=letter.interview) is True

    interview = Interview.objects.get(pk=letter.interview.pk)
    assert (interview.outcome, interview.reply_received_at) == (Interview.Outcome.REJECTED, None)


def test_undo_never_touches_a_reply_the_user_recorded(signed_in, user):
    letter = letter_waiting(user)
    interview_services.interview_record_reply(
        interview=letter.interview, received_on=date(2026, 3, 2), kind="rejection"
    )

    response = signed_in.post(reverse("mailbox_reply_undo", args=[letter.interview.pk]))

    assert response.url == letter.interview.get_absolute_url()
    assert Reply.objects.get(interview=letter.interview).kind == "rejection"
    page = interview_page(signed_in, letter.interview)
    assert "Found in your mailbox" not in page
    assert "Not their reply: undo" not in page


def test_a_second_undo_changes_nothing(signed_in, user):
    letter = letter_waiting(user)
    found_in_thread(letter)
    signed_in.post(reverse("mailbox_reply_undo", args=[letter.interview.pk]))

    response = signed_in.post(
        reverse("mailbox_reply_undo", args=[letter.interview.pk]), follow=True
    )

    assert "no reply found in your mailbox to undo" in response.content.decode()


# --- a question: "Is this their reply?" ----------------------------------------------


def test_a_question_shows_on_the_dashboard_and_the_interview_page_and_records_nothing(
    signed_in, user
):
    letter = letter_waiting(user, name="Dana Whitfield")
    match = question(letter, received_at=datetime(2026, 3, 4, 10, 0, tzinfo=UTC))

    home = dashboard(signed_in)
    page = interview_page(signed_in, letter.interview)

    for html in (home, page):
        assert "Is this their reply?" in html
        assert "Mail from Dana Whitfield’s address came on Wed 4 Mar" in html
        assert reverse("mailbox_match_confirm", args=[match.pk]) in html
        assert reverse("mailbox_match_dismiss", args=[match.pk]) in html
    assert not Reply.objects.exists()
    assert pending_check_ins(letter.interview) != []


def test_confirming_records_the_reply_on_the_mails_date_and_the_check_ins_stop(signed_in, user):
    letter = letter_waiting(user)
    match = question(letter, received_at=datetime(2026, 3, 4, 23, 30, tzinfo=UTC))

    response = signed_in.post(
        reverse("mailbox_match_confirm", args=[match.pk]), {"next": reverse("dashboard")}
    )

    assert response.url == reverse("dashboard")
    reply = Reply.objects.get(interview=letter.interview)
    # 23:30 UTC is 23:30 in London in March: the 4th (Tokyo's day is the next test's).
    assert (reply.source, reply.kind, reply.received_on) == (
        Reply.Source.MAILBOX,
        "",
        date(2026, 3, 4),
    )
    match.refresh_from_db()
    assert match.state == MailboxMatch.State.RECORDED
    assert pending_check_ins(letter.interview) == []
    home = dashboard(signed_in)
    assert "Is this their reply?" not in home
    assert "found in your mailbox on Wed 4 Mar" in home


def test_the_date_of_a_confirmed_reply_is_the_users_day(signed_in, user):
    user.time_zone = "Asia/Tokyo"
    user.save()
    letter = letter_waiting(user)
    match = question(letter, received_at=datetime(2026, 3, 4, 23, 30, tzinfo=UTC))

    signed_in.post(reverse("mailbox_match_confirm", args=[match.pk]))

    assert Reply.objects.get().received_on == date(2026, 3, 5)


def test_dismissing_closes_the_question_and_records_nothing(signed_in, user):
    letter = letter_waiting(user)
    match = question(letter)

    response = signed_in.post(reverse("mailbox_match_dismiss", args=[match.pk]))

    assert response.url == letter.interview.get_absolute_url()
    match.refresh_from_db()
    assert match.state == MailboxMatch.State.DISMISSED
    assert not Reply.objects.exists()
    assert pending_check_ins(letter.interview) != []
    assert "Is this their reply?" not in dashboard(signed_in)


def test_answering_twice_changes_nothing(signed_in, user):
    letter = letter_waiting(user)
    match = question(letter)
    signed_in.post(reverse("mailbox_match_dismiss", args=[match.pk]))

    response = signed_in.post(reverse("mailbox_match_confirm", args=[match.pk]), follow=True)

    assert "You already answered this question." in response.content.decode()
    match.refresh_from_db()
    assert match.state == MailboxMatch.State.DISMISSED
    assert not Reply.objects.exists()


def test_a_question_about_an_interview_that_has_a_reply_is_not_asked(signed_in, user):
    letter = letter_waiting(user)
    question(letter)
    interview_services.interview_record_reply(
        interview=letter.interview, received_on=date(2026, 3, 2), kind="other"
    )

    assert "Is this their reply?" not in dashboard(signed_in)
    assert "Is this their reply?" not in interview_page(signed_in, letter.interview)


def test_undoing_a_confirmed_reply_brings_the_other_questions_back(signed_in, user):
    letter = letter_waiting(user)
    first, second = question(letter), question(letter)
    signed_in.post(reverse("mailbox_match_confirm", args=[first.pk]))

    signed_in.post(reverse("mailbox_reply_undo", args=[letter.interview.pk]))

    first.refresh_from_db()
    assert first.state == MailboxMatch.State.UNDONE
    assert reverse("mailbox_match_confirm", args=[second.pk]) in dashboard(signed_in)
    assert reverse("mailbox_match_confirm", args=[first.pk]) not in dashboard(signed_in)


# --- who may do what -----------------------------------------------------------------


def urls_for(letter, match) -> list[str]:
    return [
        reverse("mailbox_match_confirm", args=[match.pk]),
        reverse("mailbox_match_dismiss", args=[match.pk]),
        reverse("mailbox_reply_undo", args=[letter.interview.pk]),
    ]


def test_another_users_match_or_interview_is_404_and_untouched(signed_in, other_user):
    letter = letter_waiting(other_user)
    match = question(letter)
    found = letter_waiting(other_user, company="Initech")
    found_in_thread(found)

    for url in [
        *urls_for(letter, match)[:2],
        reverse("mailbox_reply_undo", args=[found.interview.pk]),
    ]:
        assert signed_in.post(url).status_code == 404
    match.refresh_from_db()
    assert match.state == MailboxMatch.State.SUGGESTED
    assert Reply.objects.get().interview_id == found.interview_id


def test_the_buttons_answer_only_posts(signed_in, user):
    letter = letter_waiting(user)
    match = question(letter)
    for url in urls_for(letter, match):
        assert signed_in.get(url).status_code == 405
    match.refresh_from_db()
    assert match.state == MailboxMatch.State.SUGGESTED


def test_visitors_must_sign_in(client, user):
    letter = letter_waiting(user)
    match = question(letter)
    for url in urls_for(letter, match):
        response = client.post(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login"))


def test_the_buttons_need_the_csrf_token(user):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    letter = letter_waiting(user)
    match = question(letter)
    for url in urls_for(letter, match):
        assert client.post(url).status_code == 403


def test_a_next_page_elsewhere_is_ignored(signed_in, user):
    letter = letter_waiting(user)
    match = question(letter)

    response = signed_in.post(
        reverse("mailbox_match_dismiss", args=[match.pk]), {"next": "//evil.example/x"}
    )

    assert response.url == letter.interview.get_absolute_url()
