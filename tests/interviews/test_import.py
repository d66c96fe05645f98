"""Calendar import: `manage.py import_interview` and the upload page share one service."""

import json
from datetime import UTC, datetime
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from interviews.calendar import MAX_ICS_BYTES
from interviews.models import Interview, Interviewer
from tests.factories import InterviewerFactory
from tests.interviews.helpers import interview_data, read_ics

pytestmark = pytest.mark.django_db


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def run(*argv) -> str:
    out = StringIO()
    call_command("import_interview", *argv, stdout=out)
    return out.getvalue()


def import_json(user, path) -> dict:
    output = run("--user", user.email, str(path), "--json")
    assert output.count("\n") == 1  # exactly one JSON object, on one line
    return json.loads(output)


def run_and_fail(*argv) -> CommandError:
    """Run the command; manage.py turns the CommandError into stderr and exit status."""
    with pytest.raises(CommandError) as failure:
        run(*argv)
    return failure.value


def ics_file(tmp_path, content: bytes | str, name="invite.ics"):
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


# The four tool shapes, through the command.

TOOL_INVITES = [
    # Google Calendar: UTC times, X-WR-TIMEZONE, a room and the user left out.
    (
        "google_calendar_meet.ics",
        {
            "company": "Globex",
            "role": "Backend Engineer",
            "starts_at": "2026-03-10T21:00:00Z",
            "ends_at": "2026-03-10T22:00:00Z",
            "interviewers": [
                {"name": "Jane Doe", "email": "jane.doe@globex.com"},
                {"name": "Priya Raman", "email": "priya.raman@globex.com"},
            ],
        },
    ),
    # Outlook/Exchange: the Windows zone "Pacific Standard Time", two days after DST began.
    (
        "outlook_teams.ics",
        {
            "company": "Contoso",
            "role": "Senior Data Engineer",
            "starts_at": "2026-03-10T17:00:00Z",
            "ends_at": "2026-03-10T18:00:00Z",
            "interviewers": [
                {"name": "Dana Whitfield", "email": "dana.whitfield@contoso.com"},
                {"name": "Marcus Wright", "email": "marcus.wright@contoso.com"},
                {"name": "Priya Shah", "email": "priya.shah@contoso.com"},
                {"name": "Sam Lee", "email": "sam.lee@outlook.com"},
            ],
        },
    ),
    # Zoom: UTC times, company from "Acme Corp x Sam Lee", nobody else invited.
    (
        "zoom_meeting.ics",
        {
            "company": "Acme Corp",
            "role": "Role not in the invite",
            "starts_at": "2026-03-12T16:00:00Z",
            "ends_at": "2026-03-12T16:45:00Z",
            "interviewers": [],
        },
    ),
    # Greenhouse (a scheduling tool): TZID America/New_York, EDT, a no-reply organizer.
    (
        "greenhouse_onsite.ics",
        {
            "company": "Initech",
            "role": "Senior Data Engineer",
            "starts_at": "2026-03-17T13:30:00Z",
            "ends_at": "2026-03-17T15:30:00Z",
            "interviewers": [
                {"name": "Dana Whitfield", "email": "dana.whitfield@initech.com"},
                {"name": "Omar Haddad", "email": "omar.haddad@initech.com"},
            ],
        },
    ),
]


@pytest.mark.parametrize(("fixture", "expected"), TOOL_INVITES)
def test_command_imports_each_tools_invite_in_utc(user, fixture, expected, tmp_path):
    result = import_json(user, ics_file(tmp_path, read_ics(fixture)))
    interview = Interview.objects.get(pk=result.pop("id"))
    assert result == expected
    assert interview.owner == user
    assert [p.interviewer.email for p in interview.panelists.order_by("interviewer__name")] == [
        person["email"] for person in expected["interviewers"]
    ]
    # Only Greenhouse's schedule says "Dana Whitfield (Hiring Manager)".
    deciders = interview.panelists.filter(is_decision_maker=True)
    assert [p.interviewer.name for p in deciders] == (
        ["Dana Whitfield"] if fixture == "greenhouse_onsite.ics" else []
    )


def test_command_reads_the_meeting_link_and_location(user, tmp_path):
    import_json(user, ics_file(tmp_path, read_ics("zoom_meeting.ics")))
    zoom = Interview.objects.get()
    assert zoom.format == Interview.Format.VIDEO
    assert zoom.location.startswith("https://us02web.zoom.us/j/81234567890")

    import_json(user, ics_file(tmp_path, read_ics("greenhouse_onsite.ics")))
    onsite = Interview.objects.get(company="Initech")
    assert onsite.format == Interview.Format.ONSITE
    assert onsite.location.startswith("Initech, 4120 Freidrich Lane")


def test_command_reuses_the_users_interviewer_with_the_same_email(user, other_user, tmp_path):
    jane = InterviewerFactory(owner=user, name="Jane D.", email="Jane.Doe@globex.com")
    InterviewerFactory(owner=other_user, name="Priya", email="priya.raman@globex.com")
    import_json(user, ics_file(tmp_path, read_ics("google_calendar_meet.ics")))
    interview = Interview.objects.get()
    assert jane.panelists.get().interview == interview
    assert Interviewer.objects.filter(owner=user).count() == 2  # Jane reused, Priya created
    assert Interviewer.objects.get(owner=user, email="priya.raman@globex.com").company == "Globex"


def test_command_without_json_prints_a_summary(user, tmp_path):
    path = ics_file(tmp_path, read_ics("greenhouse_onsite.ics"))
    out = run("--user", user.email.upper(), str(path))
    interview = Interview.objects.get()
    assert out == (
        f"Created interview {interview.pk}: Senior Data Engineer at Initech "
        "with Dana Whitfield, Omar Haddad.\n"
    )


# Daylight-saving edges: same wall-clock time, different UTC offsets.

OUTLOOK_DST = [
    ("20260307T100000", "20260307T110000", utc(2026, 3, 7, 18, 0)),  # still PST (-8)
    ("20260308T100000", "20260308T110000", utc(2026, 3, 8, 17, 0)),  # PDT from 2 a.m. (-7)
    ("20261031T100000", "20261031T110000", utc(2026, 10, 31, 17, 0)),  # last day of PDT
    ("20261101T100000", "20261101T110000", utc(2026, 11, 1, 18, 0)),  # back to PST
]


@pytest.mark.parametrize(("start", "end", "expected"), OUTLOOK_DST)
def test_windows_zone_name_follows_daylight_saving(user, tmp_path, start, end, expected):
    text = read_ics("outlook_teams.ics").decode()
    text = text.replace("20260310T100000", start).replace("20260310T110000", end)
    result = import_json(user, ics_file(tmp_path, text))
    assert result["starts_at"] == expected.strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.mark.parametrize(
    ("local", "expected"),
    [
        ("20260328T093000", utc(2026, 3, 28, 9, 30)),  # London still on GMT
        ("20260330T093000", utc(2026, 3, 30, 8, 30)),  # BST from 29 March
    ],
)
def test_floating_times_are_read_in_the_users_zone(user, tmp_path, local, expected):
    text = read_ics("greenhouse_onsite.ics").decode()
    text = text.replace("DTSTART;TZID=America/New_York:20260317T093000", f"DTSTART:{local}")
    text = text.replace("DTEND;TZID=America/New_York:20260317T113000", "DURATION:PT1H")
    import_json(user, ics_file(tmp_path, text))
    assert Interview.objects.get().starts_at == expected


def test_an_eastern_tzid_across_the_spring_change(user, tmp_path):
    text = read_ics("greenhouse_onsite.ics").decode()
    text = text.replace("20260317T093000", "20260308T093000").replace(
        "20260317T113000", "20260308T113000"
    )
    import_json(user, ics_file(tmp_path, text))
    assert Interview.objects.get().starts_at == utc(2026, 3, 8, 13, 30)  # EDT, -4


# Bad files: one line, exit status 1, nothing created.

NO_EVENT = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nEND:VCALENDAR\r\n"
NO_START = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\n"
    "UID:1@x\r\nSUMMARY:Interview with Acme\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)
BAD_DATE = NO_START.replace("SUMMARY:", "DTSTART:20261345T250000Z\r\nSUMMARY:")
BAD_FILES = {
    "empty": (b"", "The file is empty."),
    "not a calendar": (b"%PDF-1.7 not an invite", "The file is not a calendar invite (.ics)."),
    "no event": (NO_EVENT.encode(), "The calendar has no event in it."),
    "no start": (NO_START.encode(), "The event has no start time."),
    "invalid date": (BAD_DATE.encode(), "The event's start is not a valid date and time."),
    "too big": (
        NO_START.encode() + b" " * MAX_ICS_BYTES,
        "The file is larger than 1 MB; an invite is usually a few kilobytes.",
    ),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_command_refuses_a_bad_file_with_one_line_and_status_1(user, tmp_path, case):
    content, message = BAD_FILES[case]
    error = run_and_fail("--user", user.email, str(ics_file(tmp_path, content)))
    assert error.returncode == 1
    assert str(error) == message
    assert not Interview.objects.exists()
    assert not Interviewer.objects.exists()


def test_command_refuses_an_unknown_user_or_a_missing_file(user, tmp_path):
    good = str(ics_file(tmp_path, read_ics("zoom_meeting.ics")))
    error = run_and_fail("--user", "nobody@example.com", good)
    assert (error.returncode, str(error)) == (
        1,
        "No user has the email address nobody@example.com.",
    )
    error = run_and_fail("--user", user.email, str(tmp_path / "missing.ics"))
    assert error.returncode == 1
    assert str(error).startswith("Cannot read") and "\n" not in str(error)
    assert not Interview.objects.exists()


# The upload page: the same parser, a prefilled form to confirm.


def upload(client, content: bytes, name="invite.ics"):
    return client.post(
        reverse("interview_import"),
        {"invite": SimpleUploadedFile(name, content, content_type="text/calendar")},
    )


def test_upload_prefills_the_interview_form_without_saving(signed_in, user):
    priya = InterviewerFactory(owner=user, name="Priya Raman", email="priya.raman@globex.com")
    response = upload(signed_in, read_ics("google_calendar_meet.ics"))
    assert response.status_code == 200
    assert not Interview.objects.exists()
    form, formset = response.context["form"], response.context["formset"]
    assert form.initial["company"] == "Globex"
    assert form.initial["role"] == "Backend Engineer"
    # 21:00 UTC is 21:00 in London in March; the form shows the user's local time.
    assert 'value="2026-03-10T21:00"' in response.text
    assert 'value="2026-03-10T22:00"' in response.text
    assert [row.initial for row in formset] == [
        {"name": "Jane Doe", "email": "jane.doe@globex.com"},
        {"interviewer": priya.pk},
    ]
    assert f'action="{reverse("interview_create")}"' in response.text
    assert "We read these details from the invite" in response.text


def test_upload_then_confirm_creates_the_interview(signed_in, user):
    upload(signed_in, read_ics("outlook_teams.ics"))
    data = interview_data(
        company="Contoso",
        role="Senior Data Engineer",
        starts_at="2026-03-10T17:00",
        ends_at="2026-03-10T18:00",
        initial_rows=2,
        panel=[
            {"name": "Priya Shah", "email": "priya.shah@contoso.com"},
            {
                "name": "Marcus Wright",
                "email": "marcus.wright@contoso.com",
                "is_decision_maker": True,
            },
        ],
    )
    response = signed_in.post(reverse("interview_create"), data)
    interview = Interview.objects.get()
    assert response.url == interview.get_absolute_url()
    assert interview.decision_maker.interviewer.name == "Marcus Wright"


@pytest.mark.parametrize("case", BAD_FILES)
def test_upload_shows_the_same_one_line_message_and_creates_nothing(signed_in, case):
    content, message = BAD_FILES[case]
    response = upload(signed_in, content)
    assert response.status_code == 200
    assert response.context["upload"].errors["invite"] == [message]
    assert escape(message) in response.text
    assert not Interview.objects.exists()
    assert not Interviewer.objects.exists()


@pytest.mark.parametrize(("fixture", "expected"), TOOL_INVITES)
def test_upload_prefills_each_tools_invite_in_the_users_local_time(
    signed_in, user, fixture, expected
):
    response = upload(signed_in, read_ics(fixture))
    form, formset = response.context["form"], response.context["formset"]
    starts_at = datetime.fromisoformat(expected["starts_at"])
    assert form.initial["starts_at"] == starts_at
    assert form.initial["ends_at"] == datetime.fromisoformat(expected["ends_at"])
    local = starts_at.astimezone(user.zone).strftime("%Y-%m-%dT%H:%M")
    assert f'value="{local}"' in response.text
    assert form.initial["company"] == expected["company"]
    assert sorted(row.initial["email"] for row in formset if row.initial) == [
        person["email"] for person in expected["interviewers"]
    ]
    assert not Interview.objects.exists()


# Fields the database would refuse: one line, or cut to their columns, never a DataError.
# Run this file with DATABASE_URL=postgres://… too: PostgreSQL refuses NUL bytes and
# over-long values where SQLite stores them.

LONG = "x" * 10_000


def invite_with(*event_lines: str) -> bytes:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Followup tests//EN",
        "BEGIN:VEVENT",
        "UID:db-limits@followup.test",
        "DTSTART:20260310T170000Z",
        *event_lines,
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return ("\r\n".join(lines) + "\r\n").encode()


@pytest.mark.services
@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(
            invite_with("SUMMARY:Acme\x00 Corp - Data Engineer"),
            "The file contains NUL bytes; a calendar invite is plain text.",
            id="NUL in the title",
        ),
        pytest.param(
            invite_with("ATTENDEE;CN=Dana\x00:mailto:dana@acme.example"),
            "The file contains NUL bytes; a calendar invite is plain text.",
            id="NUL in a name",
        ),
        pytest.param(
            invite_with(f"ATTENDEE;CN=Dana:mailto:{LONG}@acme.example"),
            "An attendee's email address is longer than 254 characters.",
            id="over-long email",
        ),
    ],
)
def test_command_refuses_what_the_database_would_with_one_line(user, tmp_path, content, message):
    error = run_and_fail("--user", user.email, str(ics_file(tmp_path, content)))

    assert (error.returncode, str(error)) == (1, message)
    assert not Interview.objects.exists()
    assert not Interviewer.objects.exists()


@pytest.mark.services
def test_command_cuts_over_long_texts_to_their_columns(user, tmp_path):
    content = invite_with(
        f"SUMMARY:Data Engineer at {LONG}",
        f"LOCATION:{LONG}",
        f"ORGANIZER;CN={LONG[:3_000]}:mailto:dana@{'a' * 60}.{'b' * 60}.example",
        f"ATTENDEE;CN=Omar Haddad:mailto:omar@{'c' * 240}.example",
        f"DESCRIPTION:Omar Haddad, {'Principal ' * 50}Engineer\\n{LONG}",
    )

    result = import_json(user, ics_file(tmp_path, content))

    interview = Interview.objects.get(pk=result["id"])
    assert (len(interview.company), interview.role) == (200, "Data Engineer")
    assert len(interview.location) == 500
    dana, omar = Interviewer.objects.order_by("email")
    assert len(dana.name) == 200 and len(dana.company) == 200
    assert (omar.name, len(omar.email)) == ("Omar Haddad", 5 + 240 + 8)


@pytest.mark.services
def test_command_refuses_a_user_or_path_with_nul_bytes_in_one_line(user, tmp_path):
    good = str(ics_file(tmp_path, read_ics("zoom_meeting.ics")))

    error = run_and_fail("--user", "sam\x00@gmail.com", good)
    assert (error.returncode, str(error)) == (1, "No user has the email address sam@gmail.com.")

    error = run_and_fail("--user", user.email, good + "\x00")
    assert error.returncode == 1 and str(error).startswith("Cannot read")
    assert "\n" not in str(error)
    assert not Interview.objects.exists()


def test_upload_prefills_job_titles_and_the_decision_maker_from_the_description(signed_in):
    response = upload(signed_in, read_ics("greenhouse_onsite.ics"))

    # "Dana Whitfield (Hiring Manager)": who decides, not a job title.
    assert [row.initial for row in response.context["formset"]] == [
        {
            "name": "Dana Whitfield",
            "email": "dana.whitfield@initech.com",
            "is_decision_maker": True,
        },
        {"name": "Omar Haddad", "email": "omar.haddad@initech.com", "job_title": "Staff Engineer"},
    ]
    assert 'value="Staff Engineer"' in response.text


def test_upload_keeps_a_whole_job_title_and_marks_the_hiring_manager(signed_in):
    response = upload(signed_in, read_ics("greenhouse_panel_hiring_manager.ics"))

    rows = {row.initial["name"]: row.initial for row in response.context["formset"]}
    assert rows["Priya Shah"] == {
        "name": "Priya Shah",
        "email": "priya.shah@northwind.example",
        "job_title": "VP of Data & Analytics",
        "is_decision_maker": True,
    }
    deciders = [name for name, row in rows.items() if row.get("is_decision_maker")]
    assert deciders == ["Priya Shah"]


def test_upload_still_checks_the_csrf_token(user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)

    response = upload(client, read_ics("zoom_meeting.ics"))

    assert response.status_code == 403
