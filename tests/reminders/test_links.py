"""The signed links in reminder emails: reply, snooze, write, and one-click unsubscribe.

They work without a session or a CSRF cookie (the signed token is the credential), so the
clients here enforce CSRF checks like a browser with no cookie would meet them.
"""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail, signing
from django.test import Client
from django.utils import timezone

from interviews.models import Interview
from letters.models import Letter
from reminders import dispatch, scheduling
from reminders import emails as reminder_emails
from reminders.models import Reminder
from reminders.schedule import snooze
from tests.factories import InterviewFactory, LetterFactory, ReminderFactory, UserFactory

pytestmark = pytest.mark.django_db

State = Reminder.State
Kind = Reminder.Kind


@pytest.fixture
def anonymous():
    return Client(enforce_csrf_checks=True)


@pytest.fixture
def check_in():
    """A check-in that went out, with the second check-in and the close still pending."""
    now = timezone.now()
    user = UserFactory(time_zone="Europe/Paris")
    interview = InterviewFactory(
        owner=user,
        company="Globex",
        starts_at=now - timedelta(days=8, hours=1),
        ends_at=now - timedelta(days=8),
        follow_up_done_at=now - timedelta(days=8),
    )
    letter = LetterFactory(
        interview=interview, status=Letter.Status.SENT, sent_at=now - timedelta(days=8)
    )
    sent = ReminderFactory(
        interview=interview,
        kind=Kind.CHECK_IN,
        letter=letter,
        due_at=now - timedelta(hours=1),
        state=State.SENT,
        sent_at=now - timedelta(hours=1),
    )
    ReminderFactory(
        interview=interview,
        kind=Kind.CHECK_IN,
        sequence=2,
        letter=letter,
        due_at=now + timedelta(days=7),
    )
    ReminderFactory(
        interview=interview, kind=Kind.CLOSE_SUGGESTION, due_at=now + timedelta(days=14)
    )
    return sent


def link(name: str, reminder) -> str:
    return reminder_emails.action_urls(reminder)[f"{name}_url"].removeprefix("http://testserver")


def pending(interview) -> list[tuple]:
    return sorted(
        Reminder.objects.filter(interview=interview, state=State.SCHEDULED).values_list(
            "kind", "sequence"
        )
    )


# "I got a reply"


def test_the_reply_link_asks_first_and_never_acts_on_a_get(anonymous, check_in):
    response = anonymous.get(link("reply", check_in))

    assert response.status_code == 200
    assert "Yes, I got a reply" in response.content.decode()
    assert len(pending(check_in.interview)) == 2


def test_confirming_a_reply_records_it_and_cancels_the_rest_without_a_login(
    anonymous, check_in, django_assert_max_num_queries
):
    # 11, one of them: is the link still open?
    with django_assert_max_num_queries(11):
        response = anonymous.post(link("reply", check_in))

    assert response.status_code == 200
    html = response.content.decode()
    assert "No more reminders" in html
    assert f'href="/interviews/{check_in.interview_id}/reply/"' in html
    interview = Interview.objects.get(pk=check_in.interview_id)
    assert interview.reply_received_at is not None
    assert interview.reply.kind == "" and interview.reply.received_on == timezone.localdate(
        timezone.now(), interview.owner.zone
    )
    assert pending(interview) == []
    assert Reminder.objects.get(pk=check_in.pk).state == State.SENT


def test_a_second_click_on_the_reply_link_changes_nothing(anonymous, check_in):
    anonymous.post(link("reply", check_in))
    first = Interview.objects.get(pk=check_in.interview_id)

    response = anonymous.post(link("reply", check_in))

    assert "This link has done its job" in response.text
    again = Interview.objects.get(pk=check_in.interview_id)
    assert again.reply_received_at == first.reply_received_at
    assert again.reply.updated_at == first.reply.updated_at


def recorded_privately(check_in):
    """The user recorded a reply with a private note, signed in, on the interview page."""
    interview = check_in.interview
    client = Client()
    client.force_login(interview.owner)
    client.post(
        f"/interviews/{interview.pk}/reply/",
        {"received_on": "2026-01-06", "kind": "offer", "note": "PRIVATE: offer 123k"},
    )
    return Interview.objects.get(pk=interview.pk)


def test_the_reply_link_never_shows_a_recorded_note(anonymous, check_in):
    recorded_privately(check_in)

    pages = [
        anonymous.get(link("reply", check_in)),
        anonymous.post(link("reply", check_in)),
        anonymous.post(link("reply", check_in), {}),
    ]

    for page in pages:
        assert page.status_code == 200
        assert "This link has done its job" in page.text
        assert "PRIVATE" not in page.text and "123k" not in page.text
        assert "<textarea" not in page.text and "Offer" not in page.text
        assert f'href="/interviews/{check_in.interview_id}/reply/"' in page.text


def test_the_reply_link_never_changes_a_recorded_reply(anonymous, check_in):
    before = recorded_privately(check_in)

    for _ in range(3):
        anonymous.post(
            link("reply", check_in),
            {"received_on": "2026-02-01", "kind": "rejection", "note": "overwritten"},
        )

    after = Interview.objects.get(pk=check_in.interview_id)
    assert after.outcome == Interview.Outcome.OFFER
    assert (after.reply.kind, after.reply.note) == ("offer", "PRIVATE: offer 123k")
    assert after.reply.updated_at == before.reply.updated_at


def test_the_reply_link_records_only_that_a_reply_came_whatever_is_posted(anonymous, check_in):
    response = anonymous.post(
        link("reply", check_in), {"received_on": "2026-01-06", "kind": "rejection", "note": "No"}
    )

    assert "Great news: they replied" in response.text
    interview = Interview.objects.get(pk=check_in.interview_id)
    assert interview.outcome == Interview.Outcome.AWAITING
    assert (interview.reply.kind, interview.reply.note) == ("", "")


def test_the_reply_link_stops_working_once_the_check_ins_are_cancelled(anonymous, check_in):
    scheduling.unsubscribe(check_in.user)

    page = anonymous.get(link("reply", check_in))
    response = anonymous.post(link("reply", check_in))

    assert "This link has done its job" in page.text and "Yes, I got a reply" not in page.text
    assert "This link has done its job" in response.text
    interview = Interview.objects.get(pk=check_in.interview_id)
    assert interview.reply_received_at is None
    assert not hasattr(interview, "reply") or interview.reply is None


def test_a_reply_from_the_link_is_completed_later_with_the_form(client, anonymous, check_in):
    anonymous.post(link("reply", check_in))
    interview = Interview.objects.get(pk=check_in.interview_id)
    client.force_login(interview.owner)

    page = client.get(f"/interviews/{interview.pk}/reply/")
    assert page.status_code == 200
    client.post(
        f"/interviews/{interview.pk}/reply/",
        {"received_on": "2026-01-06", "kind": "offer", "note": "Call on Monday"},
    )

    interview.refresh_from_db()
    assert interview.outcome == Interview.Outcome.OFFER
    assert (interview.reply.kind, interview.reply.note) == ("offer", "Call on Monday")
    assert str(interview.reply.received_on) == "2026-01-06"
    assert pending(interview) == []


# "Snooze 3 days"


def test_snoozing_sends_the_check_in_again_in_three_days_and_moves_the_rest_along(
    anonymous, check_in
):
    second = Reminder.objects.get(interview=check_in.interview, kind=Kind.CHECK_IN, sequence=2)
    before = timezone.now()

    response = anonymous.post(link("snooze", check_in))

    assert response.status_code == 200
    assert "Snoozed for 3 days" in response.content.decode()
    check_in.refresh_from_db()
    prefs = scheduling.preferences_for(check_in.user)
    assert check_in.state == State.SCHEDULED and check_in.version == 2
    assert snooze(before, days=3, prefs=prefs) <= check_in.due_at
    assert check_in.due_at <= snooze(timezone.now(), days=3, prefs=prefs)
    moved = Reminder.objects.get(pk=second.pk)
    assert moved.due_at == snooze(second.due_at, days=3, prefs=prefs)
    assert moved.version == second.version + 1


def test_a_snooze_link_works_once(anonymous, check_in):
    url = link("snooze", check_in)
    anonymous.post(url)
    check_in.refresh_from_db()
    snoozed = (check_in.due_at, check_in.version)

    response = anonymous.post(url)

    assert "Already done" in response.content.decode()
    check_in.refresh_from_db()
    assert (check_in.due_at, check_in.version) == snoozed


def test_a_snoozed_check_in_keeps_its_time_when_the_user_changes_preferences(anonymous, check_in):
    anonymous.post(link("snooze", check_in))
    check_in.refresh_from_db()
    snoozed_until = check_in.due_at

    scheduling.replan_for_user(check_in.user)

    check_in.refresh_from_db()
    assert (check_in.state, check_in.due_at) == (State.SCHEDULED, snoozed_until)
    later = Reminder.objects.get(interview=check_in.interview, kind=Kind.CHECK_IN, sequence=2)
    assert later.state == State.SCHEDULED and later.due_at > snoozed_until


def test_the_snoozed_check_in_goes_out_when_due(anonymous, check_in):
    anonymous.post(link("snooze", check_in))
    check_in.refresh_from_db()

    assert dispatch.dispatch_due(now=check_in.due_at) == {"sent": 1}
    assert mail.outbox[0].extra_headers["Message-ID"].startswith(f"<reminder-{check_in.pk}-v2@")


# "Write the check-in"


def test_the_write_link_opens_the_letter_page_for_the_owner(client, check_in):
    client.force_login(check_in.user)

    response = client.get(link("write", check_in))

    assert response.status_code == 302
    assert response["Location"] == f"/interviews/{check_in.interview_id}/letter/"


def test_the_write_link_is_only_opened(client, check_in):
    client.force_login(check_in.user)

    assert client.post(link("write", check_in)).status_code == 405


def test_the_write_link_sends_a_visitor_to_log_in_first(anonymous, check_in):
    url = link("write", check_in)

    response = anonymous.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


# One-click unsubscribe (RFC 8058)


def test_one_click_unsubscribe_from_the_email_header_works_without_cookies(anonymous, check_in):
    ReminderFactory(kind=Kind.NUDGE, user=check_in.user, due_at=timezone.now())
    Interview.objects.filter(pk=check_in.interview_id).update(follow_up_done_at=None)
    dispatch.dispatch_due()
    header = mail.outbox[0].message()["List-Unsubscribe"]
    url = re.fullmatch(r"<http://testserver(/unsubscribe/[^>]+)>", header).group(1)

    response = anonymous.post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 200
    assert "You are unsubscribed" in response.content.decode()
    check_in.user.refresh_from_db()
    assert check_in.user.email_reminders is False
    assert not Reminder.objects.filter(user=check_in.user, state=State.SCHEDULED).exists()


def test_the_unsubscribe_link_asks_first_when_opened_in_a_browser(anonymous, check_in):
    url = reminder_emails.unsubscribe_url(check_in.user).removeprefix("http://testserver")

    response = anonymous.get(url)

    assert response.status_code == 200
    assert "Stop all reminder emails" in response.content.decode()
    check_in.user.refresh_from_db()
    assert check_in.user.email_reminders is True


# Bad, stale and other people's links


def all_links(reminder) -> list[str]:
    return [link(name, reminder) for name in ("reply", "snooze", "write")] + [
        reminder_emails.unsubscribe_url(reminder.user).removeprefix("http://testserver")
    ]


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_tampered_link_is_404(client, check_in, method):
    # Signed in as the owner, so the write link gets past its login to the token check.
    client.force_login(check_in.user)
    # The write link only opens a page: a POST to it is a 405 whatever its token.
    links = [url for url in all_links(check_in) if method == "get" or "/write/" not in url]

    for url in links:
        token = max(url.split("/"), key=len)
        forged = url.replace(token, f"{token[:-2]}xx")
        assert getattr(client, method)(forged).status_code == 404, forged


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_link_signed_for_another_purpose_is_404(anonymous, check_in, method):
    reply_token = reminder_emails.reminder_token("reply", check_in)

    for url in [f"/r/{reply_token}/snooze/", f"/unsubscribe/{reply_token}/"]:
        assert getattr(anonymous, method)(url).status_code == 404


@pytest.mark.parametrize("method", ["get", "post"])
def test_another_signed_in_users_every_reminder_link_is_404(client, check_in, method):
    client.force_login(UserFactory())
    # The write link only opens a page: a POST to it is a 405 whoever sends it.
    links = [url for url in all_links(check_in) if method == "get" or "/write/" not in url]

    for url in links:
        assert getattr(client, method)(url).status_code == 404, url

    check_in.user.refresh_from_db()
    assert check_in.user.email_reminders is True
    assert len(pending(check_in.interview)) == 2


def test_a_link_older_than_sixty_days_is_404(anonymous, check_in):
    class LongAgo(signing.TimestampSigner):
        def timestamp(self):
            then = datetime.now(UTC) - timedelta(days=61)
            return signing.b62_encode(int(then.timestamp()))

    token = LongAgo(salt="letters.reminder.reply").sign_object([check_in.pk, check_in.version])

    assert anonymous.get(f"/r/{token}/reply/").status_code == 404


def test_a_link_to_a_reminder_that_is_not_a_check_in_is_404(anonymous):
    nudge = ReminderFactory(kind=Kind.NUDGE)

    assert anonymous.get(link("reply", nudge)).status_code == 404
