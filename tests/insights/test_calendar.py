"""Calendar export: an interview's .ics file and the private, revocable feed."""

from datetime import UTC, datetime, timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from insights.models import CalendarFeed
from interviews import services
from interviews.models import Interview
from letters.models import Letter
from reminders import scheduling
from reminders.models import Reminder
from tests.factories import InterviewFactory, LetterFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _site(settings):
    settings.SITE_URL = "https://followup.example"


def parse(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events(calendar) -> dict[str, object]:
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_add_to_calendar_holds_the_interview_and_the_deadline_with_an_alarm(signed_in, user):
    starts = datetime(2030, 3, 4, 14, 0, tzinfo=UTC)
    interview = InterviewFactory(
        owner=user,
        company="Globex",
        role="Data Engineer",
        starts_at=starts,
        ends_at=starts + timedelta(hours=1),
        location="12 Main St",
    )

    calendar = parse(signed_in.get(reverse("interview_calendar", args=[interview.pk])))

    assert str(calendar["METHOD"]) == "PUBLISH" and str(calendar["VERSION"]) == "2.0"
    found = events(calendar)
    assert set(found) == {
        f"interview-{interview.pk}@followup.example",
        f"interview-{interview.pk}-follow-up@followup.example",
    }
    meeting = found[f"interview-{interview.pk}@followup.example"]
    assert meeting.decoded("DTSTART") == starts
    assert meeting.decoded("DTSTART").utcoffset() == timedelta(0)
    assert meeting.decoded("DTEND") == starts + timedelta(hours=1)
    assert str(meeting["SUMMARY"]) == "Interview: Data Engineer at Globex"
    assert str(meeting["LOCATION"]) == "12 Main St"
    assert meeting["SEQUENCE"] == 0
    deadline = found[f"interview-{interview.pk}-follow-up@followup.example"]
    assert deadline.decoded("DTEND") == starts + timedelta(hours=25)
    [alarm] = deadline.walk("VALARM")
    assert alarm.decoded("TRIGGER") == timedelta(hours=-4)
    assert alarm["TRIGGER"].params["RELATED"] == "END"
    assert str(alarm["ACTION"]) == "DISPLAY"
    # Every time is written in UTC.
    assert b"DTSTART:20300304T140000Z" in calendar.to_ical()


def test_moving_the_interview_bumps_the_sequence_and_keeps_the_uid(signed_in, user):
    interview = InterviewFactory(owner=user, starts_at=timezone.now() + timedelta(days=2))
    interview.starts_at += timedelta(hours=2)
    interview.ends_at += timedelta(hours=2)
    services.interview_save(interview=interview, panel=[])

    found = events(parse(signed_in.get(reverse("interview_calendar", args=[interview.pk]))))

    assert found[f"interview-{interview.pk}@followup.example"]["SEQUENCE"] == 1
    assert found[f"interview-{interview.pk}-follow-up@followup.example"]["SEQUENCE"] == 1


def test_another_users_interview_calendar_is_404(signed_in, other_user):
    theirs = InterviewFactory(owner=other_user)
    assert signed_in.get(reverse("interview_calendar", args=[theirs.pk])).status_code == 404


# The feed


@pytest.fixture
def feed_world(user, other_user):
    """Now: an upcoming interview, one awaiting its letter, one followed up with check-ins
    planned, one long past; the other user has one of each kind too."""
    now = timezone.now()

    def interview(owner, *, hours_from_now, **fields):
        ends = now + timedelta(hours=hours_from_now)
        return InterviewFactory(
            owner=owner, starts_at=ends - timedelta(hours=1), ends_at=ends, **fields
        )

    world = {}
    for who, owner in (("mine", user), ("theirs", other_user)):
        upcoming = interview(owner, hours_from_now=48, company="Upcoming")
        awaiting = interview(owner, hours_from_now=-3, company="Awaiting")
        followed = interview(
            owner, hours_from_now=-50, company="Followed", follow_up_done_at=now - timedelta(days=1)
        )
        letter = LetterFactory(
            interview=followed, status=Letter.Status.SENT, sent_at=now - timedelta(days=1)
        )
        scheduling.on_letter_sent(letter, now=now - timedelta(days=1))
        interview(owner, hours_from_now=-24 * 30, company="Old")
        world[who] = (upcoming, awaiting, followed)
    return world


def test_the_feed_holds_exactly_the_upcoming_interviews_open_deadlines_and_check_ins(
    user, feed_world
):
    upcoming, awaiting, followed = feed_world["mine"]
    feed = CalendarFeed.objects.create(user=user)
    check_ins = Reminder.objects.filter(interview=followed, kind="check_in", state="scheduled")
    assert check_ins.count() == 2

    calendar = parse(Client().get(feed.get_absolute_url()))

    assert set(events(calendar)) == {
        f"interview-{upcoming.pk}@followup.example",
        f"interview-{upcoming.pk}-follow-up@followup.example",
        f"interview-{awaiting.pk}-follow-up@followup.example",
        *(f"check-in-{reminder.pk}@followup.example" for reminder in check_ins),
    }
    assert str(calendar["METHOD"]) == "PUBLISH"


def test_a_rescheduled_check_in_keeps_its_uid_with_a_higher_sequence(user, feed_world):
    _, _, followed = feed_world["mine"]
    feed = CalendarFeed.objects.create(user=user)
    first = Reminder.objects.filter(interview=followed, kind="check_in").order_by("due_at")[0]
    scheduling.snooze_reminder(first, days=3)

    found = events(parse(Client().get(feed.get_absolute_url())))

    assert found[f"check-in-{first.pk}@followup.example"]["SEQUENCE"] == 1


def test_the_feed_never_shows_another_users_events(user, other_user, feed_world):
    feed = CalendarFeed.objects.create(user=user)
    theirs = {i.pk for i in feed_world["theirs"]}

    body = Client().get(feed.get_absolute_url()).content.decode()

    mine = {i.pk for i in feed_world["mine"]}
    for pk in theirs:
        assert f"interview-{pk}@" not in body and f"interview-{pk}-follow-up@" not in body
    assert not Reminder.objects.filter(user=other_user, pk__in=[]).exists()
    their_check_ins = Reminder.objects.filter(user=other_user, kind="check_in")
    assert their_check_ins.exists()
    for reminder in their_check_ins:
        assert f"check-in-{reminder.pk}@" not in body
    assert mine  # the feed is about the user's own interviews


def test_a_feed_token_signed_for_one_user_cannot_be_edited_to_reach_another(user, other_user):
    feed = CalendarFeed.objects.create(user=user)
    CalendarFeed.objects.create(user=other_user)
    value, signature = feed.token.rsplit(":", 1)
    forged = f"{other_user.pk}.{value.split('.', 1)[1]}:{signature}"

    assert Client().get(reverse("calendar_feed", args=[forged])).status_code == 404


def test_a_replaced_or_turned_off_feed_url_is_404(signed_in, user):
    signed_in.post(reverse("calendar_feed_manage"), {"action": "regenerate"})
    old_url = CalendarFeed.objects.get(user=user).get_absolute_url()
    assert Client().get(old_url).status_code == 200

    signed_in.post(reverse("calendar_feed_manage"), {"action": "regenerate"})
    new_url = CalendarFeed.objects.get(user=user).get_absolute_url()
    assert Client().get(old_url).status_code == 404
    assert Client().get(new_url).status_code == 200

    signed_in.post(reverse("calendar_feed_manage"), {"action": "revoke"})
    assert Client().get(new_url).status_code == 404
    assert Client().get("/calendar/not-a-token.ics").status_code == 404


def test_the_profile_shows_the_feed_link_once_created(signed_in, user):
    assert "Create my feed link" in signed_in.get(reverse("profile")).text
    response = signed_in.post(reverse("calendar_feed_manage"), {"action": "regenerate"})
    assert response.url == reverse("profile")
    html = signed_in.get(reverse("profile")).text
    assert CalendarFeed.objects.get(user=user).get_absolute_url() in html


def test_the_feed_needs_no_session_and_sets_no_cookie(user):
    feed = CalendarFeed.objects.create(user=user)
    response = Client().get(feed.get_absolute_url())
    assert response.status_code == 200
    assert not response.cookies


def test_a_deactivated_users_feed_is_404(user):
    feed = CalendarFeed.objects.create(user=user)
    user.is_active = False
    user.save()
    assert Client().get(feed.get_absolute_url()).status_code == 404


def test_a_settled_interview_has_no_open_deadline_in_the_feed(user):
    now = timezone.now()
    settled = InterviewFactory(
        owner=user,
        starts_at=now - timedelta(hours=4),
        ends_at=now - timedelta(hours=3),
        outcome=Interview.Outcome.REJECTED,
    )
    feed = CalendarFeed.objects.create(user=user)
    assert (
        f"interview-{settled.pk}-follow-up@"
        not in Client().get(feed.get_absolute_url()).content.decode()
    )


def test_the_feed_runs_a_fixed_number_of_queries(user, feed_world, django_assert_num_queries):
    feed = CalendarFeed.objects.create(user=user)
    # The feed, its stamp, upcoming interviews, open deadlines, check-ins.
    with django_assert_num_queries(5):
        Client().get(feed.get_absolute_url())


def test_the_interview_page_offers_add_to_calendar(signed_in, user):
    interview = InterviewFactory(owner=user)
    html = signed_in.get(interview.get_absolute_url()).text
    assert f'href="/interviews/{interview.pk}/calendar.ics" download>Add to calendar</a>' in html


# Text from the user never breaks a line of the file

HOSTILE = {
    "role": "Dev\rBEGIN:VALARM\r\nTRIGGER:-PT1M\nEND:VALARM",
    "company": "Acme\u2028X-INJECTED:1\x0bco\x00rp\x85",
    "location": "Room\r12\tnorth\x1b[0m",
}


def file_lines(content: bytes) -> list[bytes]:
    """The file's lines, with a check that CRLF is the only line ending in it."""
    assert content.endswith(b"\r\n")
    lines = content[:-2].split(b"\r\n")
    for line in lines:
        assert b"\r" not in line and b"\n" not in line, line
        assert not any(byte < 0x20 or byte == 0x7F for byte in line), line
        assert b"\xc2\x85" not in line and "\u2028".encode() not in line, line
    return lines


def test_a_role_with_a_carriage_return_cannot_add_a_line_to_the_calendar_file(signed_in, user):
    starts = timezone.now() + timedelta(days=2)
    interview = InterviewFactory(
        owner=user, starts_at=starts, ends_at=starts + timedelta(hours=1), **HOSTILE
    )

    response = signed_in.get(reverse("interview_calendar", args=[interview.pk]))

    lines = file_lines(response.content)
    assert [line for line in lines if line.startswith(b"BEGIN:VALARM")] == [b"BEGIN:VALARM"]
    assert not any(line.startswith((b"TRIGGER:-PT1M", b"X-INJECTED")) for line in lines)
    calendar = parse(response)
    # An X- property is read back as written: each line break is the escape "\n".
    assert str(calendar["X-WR-CALNAME"]) == (
        r"Dev\nBEGIN:VALARM\nTRIGGER:-PT1M\nEND:VALARM at Acme\nX-INJECTED:1\ncorp"
    )
    assert str(events(calendar)[f"interview-{interview.pk}@followup.example"]["LOCATION"]) == (
        "Room\n12 north[0m"
    )


def test_the_feed_writes_hostile_text_on_its_own_lines_only(user):
    now = timezone.now()
    followed = InterviewFactory(
        owner=user,
        starts_at=now - timedelta(days=2, hours=1),
        ends_at=now - timedelta(days=2),
        follow_up_done_at=now - timedelta(days=1),
        **HOSTILE,
    )
    upcoming = InterviewFactory(
        owner=user, starts_at=now + timedelta(days=2), ends_at=now + timedelta(days=2, hours=1)
    )
    Interview.objects.filter(pk=upcoming.pk).update(**HOSTILE)
    letter = LetterFactory(
        interview=followed, status=Letter.Status.SENT, sent_at=now - timedelta(days=1)
    )
    scheduling.on_letter_sent(letter, now=now - timedelta(days=1))
    feed = CalendarFeed.objects.create(user=user)

    response = Client().get(feed.get_absolute_url())

    lines = file_lines(response.content)
    assert len(events(parse(response))) == 4  # the interview, its deadline, two check-ins
    assert not any(line.startswith((b"TRIGGER:-PT1M", b"X-INJECTED")) for line in lines)
