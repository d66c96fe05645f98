"""Hostile invites: each is refused (or read) within its cap, with one line and nothing saved.

The same limits hold for the parser, the upload page and `manage.py import_interview`.
"""

import sys
import time
from datetime import UTC, datetime
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from interviews import services
from interviews.calendar import CalendarImportError, parse_invite
from interviews.ical.limits import MAX_ICS_BYTES, MAX_PARSE_SECONDS, Deadline
from interviews.models import Interview, Interviewer

# The parse's wall-clock cap, plus room for a slow shared machine around it.
WITHIN_CAP = MAX_PARSE_SECONDS + 1.0


def invite(*event_lines: str, before_event: tuple[str, ...] = ()) -> bytes:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Followup tests//EN",
        *before_event,
        "BEGIN:VEVENT",
        "UID:limits@followup.test",
        "DTSTAMP:20260301T000000Z",
        "SUMMARY:Platform Engineer – Final Interview – HarborFreight Logistics",
        *event_lines,
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return ("\r\n".join(lines) + "\r\n").encode()


def vtimezone(rrule: str, *, tzid: str = "Evil") -> tuple[str, ...]:
    return (
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000",
        f"RRULE:{rrule}",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T000030",
        "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100",
        f"RRULE:{rrule}",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    )


def in_evil_zone(rrule: str, *, extra: tuple[str, ...] = ()) -> bytes:
    return invite("DTSTART;TZID=Evil:20260310T100000", before_event=(*extra, *vtimezone(rrule)))


MINUTELY = in_evil_zone("FREQ=MINUTELY")
ZONE_TOO_OFTEN = (
    "The invite's own time zone changes more often than once a year; "
    "real time zones change at most a few times a year."
)
TOO_LARGE = "The file is larger than 1 MB; an invite is usually a few kilobytes."

HOSTILE = {
    "open-ended minutely VTIMEZONE": (MINUTELY, ZONE_TOO_OFTEN),
    "open-ended hourly VTIMEZONE": (in_evil_zone("FREQ=HOURLY"), ZONE_TOO_OFTEN),
    "minutely VTIMEZONE in a Google export": (
        in_evil_zone("FREQ=MINUTELY", extra=("X-WR-TIMEZONE:Europe/Berlin",)),
        ZONE_TOO_OFTEN,
    ),
    "yearly VTIMEZONE that changes every second": (
        in_evil_zone(
            "FREQ=YEARLY;BYHOUR="
            + ",".join(map(str, range(24)))
            + ";BYMINUTE="
            + ",".join(map(str, range(60)))
            + ";BYSECOND="
            + ",".join(map(str, range(60)))
        ),  # fmt: skip
        "The invite's own time zone changes more than 1,000 times; "
        "real time zones change at most a few times a year.",
    ),
    "10,000 attendees": (
        invite(
            "DTSTART:20260310T100000Z",
            *(f"ATTENDEE;CN=Person {i}:mailto:p{i}@acme.example" for i in range(10_000)),
        ),
        "The invite lists 10,000 attendees; we read invites with up to 100 people.",
    ),
    "10 KB TZID": (
        invite("DTSTART;TZID=" + "/a" * 5_000 + ":20260310T100000"),
        "The invite's time zone name is longer than 200 characters.",
    ),
    "1 MB body": (
        invite("DTSTART:20260310T100000Z", "DESCRIPTION:" + "x" * MAX_ICS_BYTES),
        TOO_LARGE,
    ),
    "100,000 tiny lines": (
        invite("DTSTART:20260310T100000Z", *(["X-A:b"] * 100_000)),
        "The file has 100,011 lines; an invite has a few dozen (we read up to 5,000).",
    ),
    "160,000 parameters": (
        invite("DTSTART:20260310T100000Z", *(["X-P;" + ";".join(["A=v"] * 40) + ":x"] * 4_000)),
        "The invite's lines carry 160,000 parameters; an invite has a few hundred "
        "(we read up to 3,000).",
    ),
    "58,000 dates in a VTIMEZONE": (
        invite(
            "DTSTART;TZID=Listed:20260310T100000",
            before_event=(
                "BEGIN:VTIMEZONE",
                "TZID:Listed",
                "BEGIN:STANDARD",
                "DTSTART:19700101T000000",
                "TZOFFSETFROM:+0100",
                "TZOFFSETTO:+0000",
                "RDATE:" + ",".join(["20200310T100000"] * 58_000),
                "END:STANDARD",
                "END:VTIMEZONE",
            ),
        ),
        "The invite lists 58,000 dates or rule values; we read up to 1,000.",
    ),
    "an RRULE with 200,000 values": (
        invite(
            "DTSTART:20260310T100000Z", "RRULE:FREQ=YEARLY;BYSECOND=" + ",".join(["1"] * 200_000)
        ),
        "The invite lists 200,001 dates or rule values; we read up to 1,000.",
    ),
    "a 990 KB parameter": (
        invite(
            "DTSTART:20260310T100000Z", 'ATTENDEE;CN="' + "x" * 990_000 + '":mailto:x@y.example'
        ),
        "A line of the invite has 990,014 characters of parameters; we read up to 4,000.",
    ),
    "NUL bytes": (
        invite("DTSTART:20260310T100000Z", "SUMMARY:Acme\x00Corp"),
        "The file contains NUL bytes; a calendar invite is plain text.",
    ),
    "year 9999": (
        invite("DTSTART:99991231T230000Z", "DTEND:99991231T235900Z"),
        "The event's start is not between 1970 and 2100.",
    ),
    "over-long email address": (
        invite("DTSTART:20260310T100000Z", "ATTENDEE:mailto:" + "a" * 300 + "@acme.example"),
        "An attendee's email address is longer than 254 characters.",
    ),
}


def timed(function, *args, **kwargs):
    started = time.process_time()
    try:
        return function(*args, **kwargs), time.process_time() - started
    except Exception as exc:  # noqa: BLE001 - returned for the test to inspect
        return exc, time.process_time() - started


def test_the_open_ended_minutely_zone_is_as_small_as_the_report_says():
    assert len(MINUTELY) < 600


@pytest.mark.parametrize("case", HOSTILE)
def test_parser_refuses_hostile_invite_within_its_cap(case):
    data, message = HOSTILE[case]

    refusal, seconds = timed(parse_invite, data)

    assert isinstance(refusal, CalendarImportError)
    assert (str(refusal), seconds < WITHIN_CAP) == (message, True)


def test_a_spent_deadline_refuses_with_one_line():
    data = invite("DTSTART:20260310T100000Z")

    with pytest.raises(CalendarImportError) as refusal:
        parse_invite(data, deadline=Deadline(-1))

    assert str(refusal.value) == (
        "Reading this invite took too long; it is not shaped like an interview invite."
    )


def test_a_budget_spent_during_one_step_is_refused_before_the_next():
    data = invite("DTSTART:20260310T100000Z")
    # The budget is set at 0 s and the reading of the file ends at 0 s; the clock then
    # reads 10 s, as if the event's times had taken that long.
    readings = iter([0.0, 0.0])
    deadline = Deadline(2.0, clock=lambda: next(readings, 10.0))

    with pytest.raises(CalendarImportError, match="took too long"):
        parse_invite(data, deadline=deadline)


def test_the_parse_is_bounded_without_tracing_every_call(monkeypatch):
    traced = []
    monkeypatch.setattr(sys, "settrace", traced.append)

    parse_invite(invite("DTSTART:20260310T100000Z"))

    assert traced == []


def test_a_description_just_under_the_limit_is_read_within_the_cap_and_kept_short():
    data = invite("DTSTART:20260310T100000Z", "DESCRIPTION:" + "word " * 190_000)

    parsed, seconds = timed(parse_invite, data)

    assert seconds < WITHIN_CAP
    assert len(parsed.description) == 5_000


@pytest.mark.parametrize(
    "description",
    [
        "_" * 900_000,
        "-::~:~::-\\n" + "x" * 900_000,
        "Jordan Rivera, " * 60_000,
        "Join Zoom Meeting\\n" + "+1 646 931 3860 US (New York)\\n" * 30_000,
        "Jordan Rivera (Hiring Manager) and " * 25_000,
        "Cancel: https://" + "a" * 900_000,
    ],
    ids=[
        "underscores",
        "unclosed Meet block",
        "a name repeated",
        "a dial-in block",
        "a hiring manager repeated",
        "one long link",
    ],
)
def test_description_shapes_that_used_to_backtrack_are_read_within_the_cap(description):
    data = invite(
        "DTSTART:20260310T100000Z",
        "ATTENDEE;CN=Jordan Rivera:mailto:jordan@harborfreight.example",
        f"DESCRIPTION:{description}",
    )

    parsed, seconds = timed(parse_invite, data)

    assert seconds < WITHIN_CAP
    assert parsed.starts_at == datetime(2026, 3, 10, 10, 0, tzinfo=UTC)


# Real zones still read right, through the bounded walk


def european_rules(tzid: str) -> tuple[str, ...]:
    return (
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    )


@pytest.mark.parametrize(
    ("local", "starts_at"),
    [
        ("20260110T100000", datetime(2026, 1, 10, 9, 0, tzinfo=UTC)),
        ("20260328T100000", datetime(2026, 3, 28, 9, 0, tzinfo=UTC)),  # the day before
        ("20260329T100000", datetime(2026, 3, 29, 8, 0, tzinfo=UTC)),  # summer time
        ("20261025T100000", datetime(2026, 10, 25, 9, 0, tzinfo=UTC)),  # back to winter
        ("20261231T100000", datetime(2026, 12, 31, 9, 0, tzinfo=UTC)),
    ],
)
def test_a_custom_zone_from_1601_gives_the_offset_of_the_events_day(local, starts_at):
    data = invite(f"DTSTART;TZID=Office time:{local}", before_event=european_rules("Office time"))

    assert parse_invite(data).starts_at == starts_at


def test_a_custom_zone_with_changes_on_listed_dates_is_read():
    data = invite(
        "DTSTART;TZID=Listed:20260701T100000",
        before_event=(
            "BEGIN:VTIMEZONE",
            "TZID:Listed",
            "BEGIN:STANDARD",
            "DTSTART:20250101T000000",
            "TZOFFSETFROM:+0300",
            "TZOFFSETTO:+0300",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:20260301T000000",
            "RDATE:20260301T000000,20270301T000000",
            "TZOFFSETFROM:+0300",
            "TZOFFSETTO:+0400",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
        ),
    )

    assert parse_invite(data).starts_at == datetime(2026, 7, 1, 6, 0, tzinfo=UTC)


# The same limits through the upload page and the command


def upload(client, content: bytes):
    return client.post(
        reverse("interview_import"),
        {"invite": SimpleUploadedFile("invite.ics", content, content_type="text/calendar")},
    )


@pytest.mark.django_db
@pytest.mark.parametrize("case", HOSTILE)
def test_upload_page_refuses_hostile_invite_within_its_cap(signed_in, case):
    data, message = HOSTILE[case]

    response, seconds = timed(upload, signed_in, data)

    assert seconds < WITHIN_CAP
    assert response.status_code == 200
    assert response.context["upload"].errors["invite"] == [message]
    assert not Interview.objects.exists() and not Interviewer.objects.exists()


@pytest.mark.django_db
def test_upload_page_refuses_a_file_of_several_megabytes_without_keeping_it(signed_in):
    response, seconds = timed(upload, signed_in, b"BEGIN:VCALENDAR\r\n" + b"x" * 5_000_000)

    assert seconds < WITHIN_CAP
    assert response.context["upload"].errors["invite"] == [TOO_LARGE]
    assert "up to 1 MB" in response.text


@pytest.mark.django_db
@pytest.mark.parametrize("case", HOSTILE)
def test_command_refuses_hostile_invite_within_its_cap(user, tmp_path, case):
    data, message = HOSTILE[case]
    path = tmp_path / "invite.ics"
    path.write_bytes(data)

    failure, seconds = timed(
        call_command, "import_interview", "--user", user.email, str(path), stdout=StringIO()
    )

    assert isinstance(failure, CommandError)
    assert (str(failure), failure.returncode, seconds < WITHIN_CAP) == (message, 1, True)
    assert not Interview.objects.exists() and not Interviewer.objects.exists()


# Many people, but fewer than the cap: the panel form's 20 rows hold


@pytest.mark.django_db
def test_an_invite_with_more_people_than_panel_rows_fills_the_first_twenty(user):
    data = invite(
        "DTSTART:20260310T100000Z",
        "ORGANIZER;CN=Jordan Rivera:mailto:jordan@harborfreight.example",
        *(f"ATTENDEE;CN=Person {i}:mailto:p{i}@harborfreight.example" for i in range(33)),
    )

    draft = services.invite_draft(owner=user, data=data)

    assert len(draft.panel) == 20
    assert draft.panel[0].name == "Jordan Rivera"
    assert draft.notice == (
        "The invite lists 34 people; the first 20 are filled in. Keep the ones you met."
    )


@pytest.mark.django_db
def test_upload_page_shows_the_twenty_rows_and_says_so(signed_in):
    data = invite(
        "DTSTART:20260310T100000Z",
        *(f"ATTENDEE;CN=Person {i}:mailto:p{i}@harborfreight.example" for i in range(60)),
    )

    response = upload(signed_in, data)

    assert response.context["formset"].total_form_count() == 20
    assert "The invite lists 60 people; the first 20 are filled in." in response.text


@pytest.mark.django_db
@pytest.mark.parametrize("people", [1, 60])
def test_upload_page_makes_the_same_few_queries_for_one_person_or_sixty(
    signed_in, django_assert_max_num_queries, people
):
    data = invite(
        "DTSTART:20260310T100000Z",
        *(f"ATTENDEE;CN=Person {i}:mailto:p{i}@harborfreight.example" for i in range(people)),
    )

    with django_assert_max_num_queries(4):
        upload(signed_in, data)
