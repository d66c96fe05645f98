from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interviews.calendar import (
    MAX_ICS_BYTES,
    CalendarImportError,
    InviteAttendee,
    ParsedInvite,
    guess_company_and_role,
    parse_invite,
)

ICS = Path(__file__).parent / "ics"
USER = "sam.lee@gmail.com"


def fixture(name: str) -> bytes:
    return (ICS / name).read_bytes()


def invite(*event_lines: str, before_event: tuple[str, ...] = ()) -> bytes:
    """A small calendar with one VEVENT made of `event_lines`, CRLF like the RFC asks."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Followup tests//EN",
        *before_event,
        "BEGIN:VEVENT",
        "UID:test-1@followup.test",
        "DTSTAMP:20260301T000000Z",
        *event_lines,
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return ("\r\n".join(lines) + "\r\n").encode()


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def import_error(data: bytes, **kwargs) -> str:
    with pytest.raises(CalendarImportError) as caught:
        parse_invite(data, **kwargs)
    return str(caught.value)


# Invites as the tools send them


@pytest.mark.parametrize(
    ("name", "starts_at", "ends_at"),
    [
        ("google_calendar_meet.ics", utc(2026, 3, 10, 21, 0), utc(2026, 3, 10, 22, 0)),
        ("outlook_teams.ics", utc(2026, 3, 10, 17, 0), utc(2026, 3, 10, 18, 0)),
        ("zoom_meeting.ics", utc(2026, 3, 12, 16, 0), utc(2026, 3, 12, 16, 45)),
        ("greenhouse_onsite.ics", utc(2026, 3, 17, 13, 30), utc(2026, 3, 17, 15, 30)),
        ("calendly_meet.ics", utc(2026, 3, 18, 19, 0), utc(2026, 3, 18, 19, 30)),
    ],
)
def test_each_tools_invite_has_exact_utc_times(name, starts_at, ends_at):
    # A user in Tokyo must not shift zoned or UTC times.
    parsed = parse_invite(fixture(name), user_email=USER, default_tz="Asia/Tokyo")

    assert (parsed.starts_at, parsed.ends_at) == (starts_at, ends_at)
    assert parsed.starts_at.tzinfo is UTC


def test_google_calendar_invite_is_prefilled_without_the_room_or_meet_boilerplate():
    parsed = parse_invite(fixture("google_calendar_meet.ics"), user_email=USER)

    assert parsed == ParsedInvite(
        summary="Jane Doe and Sam Lee - Backend Engineer (Globex)",
        company="Globex",
        role="Backend Engineer",
        starts_at=utc(2026, 3, 10, 21, 0),
        ends_at=utc(2026, 3, 10, 22, 0),
        location="Globex HQ, 500 Howard St, San Francisco, CA 94105, USA",
        meeting_url="https://meet.google.com/abc-defg-hij",
        description=(
            "Hi Sam,\n\nThanks for making time to meet the team. This is a 45-minute "
            "conversation about the Backend Engineer role: a look at a service you built, "
            "then questions for us.\n\nAgenda: intro; system design; your questions"
        ),
        attendees=(
            InviteAttendee(name="Jane Doe", email="jane.doe@globex.com", is_organizer=True),
            InviteAttendee(name="Priya Raman", email="priya.raman@globex.com", is_organizer=False),
        ),
    )


def test_outlook_windows_zone_name_is_converted_to_utc():
    # 10:00 "Pacific Standard Time" two days after the US switched to daylight time.
    parsed = parse_invite(fixture("outlook_teams.ics"), user_email="sam.lee@outlook.com")

    assert parsed.starts_at == utc(2026, 3, 10, 17, 0)


def test_outlook_invite_finds_the_teams_link_in_the_description():
    parsed = parse_invite(fixture("outlook_teams.ics"), user_email="sam.lee@outlook.com")

    assert parsed.meeting_url == (
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjM0YzE5ZTEtOGQ3Zi00%40thread.v2"
        "/0?context=%7b%22Tid%22%3a%2272f988bf-86f1%22%2c%22Oid%22%3a%22d9a1%22%7d"
    )
    assert parsed.location == ""  # "Microsoft Teams Meeting" is not a place
    assert parsed.description == (
        "Hi Sam,\n\nLooking forward to our conversation about the Senior Data Engineer role. "
        "Marcus and Dana from the data platform team will join."
    )
    assert (parsed.company, parsed.role) == ("Contoso", "Senior Data Engineer")


def test_outlook_attendees_skip_the_room_and_turn_last_name_first_around():
    parsed = parse_invite(fixture("outlook_teams.ics"), user_email="Sam.Lee@outlook.com")

    assert parsed.attendees == (
        InviteAttendee(name="Priya Shah", email="priya.shah@contoso.com", is_organizer=True),
        InviteAttendee(name="Marcus Wright", email="marcus.wright@contoso.com", is_organizer=False),
        InviteAttendee(
            name="Dana Whitfield", email="dana.whitfield@contoso.com", is_organizer=False
        ),
    )


def test_zoom_join_link_in_location_is_the_meeting_url_not_the_location():
    parsed = parse_invite(fixture("zoom_meeting.ics"), user_email=USER)

    assert parsed.meeting_url == (
        "https://us02web.zoom.us/j/81234567890?pwd=Q2x0dE1hUW9WaGx5bk5YcFl3dz09"
    )
    assert parsed.location == ""
    assert (parsed.company, parsed.role) == ("Acme Corp", "")
    assert parsed.attendees == ()


def test_scheduling_tool_invite_leaves_out_the_candidate_and_the_no_reply_organizer():
    parsed = parse_invite(fixture("greenhouse_onsite.ics"), user_email=USER)

    # Their job titles come from the schedule in the description.
    assert parsed.attendees == (
        InviteAttendee(
            name="Dana Whitfield",
            email="dana.whitfield@initech.com",
            is_organizer=False,
            is_decision_maker=True,  # "(Hiring Manager)" in the schedule
        ),
        InviteAttendee(
            name="Omar Haddad",
            email="omar.haddad@initech.com",
            is_organizer=False,
            job_title="Staff Engineer",
        ),
    )
    assert (parsed.company, parsed.role) == ("Initech", "Senior Data Engineer")
    assert parsed.location == (
        "Initech, 4120 Freidrich Lane, Austin, TX 78744 (ask for Dana at reception)"
    )
    assert parsed.meeting_url == ""
    assert parsed.description.endswith("Please bring a photo ID. Parking: visitor lot; level 2.")


def test_company_comes_from_an_attendees_domain_when_the_organizer_is_a_scheduling_tool():
    parsed = parse_invite(fixture("calendly_meet.ics"), user_email=USER)

    assert (parsed.company, parsed.role) == ("Hooli", "")
    assert parsed.meeting_url == "https://meet.google.com/xyz-abcd-efg"  # not the Calendly URL
    assert parsed.location == ""
    assert parsed.attendees == (
        InviteAttendee(name="Jordan Kim", email="jordan.kim@hooli.com", is_organizer=False),
    )


# Bytes on the way in


def test_lf_line_endings_read_the_same_as_crlf():
    crlf = fixture("outlook_teams.ics")
    assert b"\r\n" in crlf  # keep the fixture honest: .gitattributes stops git rewriting it

    assert parse_invite(crlf.replace(b"\r\n", b"\n")) == parse_invite(crlf)


def test_utf8_byte_order_mark_is_ignored():
    data = fixture("zoom_meeting.ics")

    assert parse_invite(b"\xef\xbb\xbf" + data) == parse_invite(data)


def test_escaped_and_folded_text_is_unescaped_into_summary_and_description():
    data = invite(
        "DTSTART:20260310T170000Z",
        "SUMMARY:Acme\\, Inc. - Data Engineer Interview\\; round 2",
        "DESCRIPTION:Line one\\nLine two with a back\\\\slash and a very long senten",
        " ce that a calendar folded\\, once\\N and again.",
    )

    parsed = parse_invite(data)

    assert parsed.summary == "Acme, Inc. - Data Engineer Interview; round 2"
    assert parsed.description == (
        "Line one\nLine two with a back\\slash and a very long sentence that a calendar "
        "folded, once\n and again."
    )


def test_fold_in_the_middle_of_a_multibyte_character_is_put_back_together():
    summary = "Entretien – Société Générale".encode()
    split = summary.index("é".encode()) + 1  # between the two bytes of "é"
    data = invite("DTSTART:20260310T170000Z", "SUMMARY:PLACEHOLDER").replace(
        b"PLACEHOLDER", summary[:split] + b"\r\n " + summary[split:]
    )

    assert parse_invite(data).summary == "Entretien – Société Générale"


# Time zones and daylight saving


@pytest.mark.parametrize(
    ("start", "end", "starts_at", "ends_at"),
    [
        pytest.param(
            "TZID=America/New_York:20260308T100000",
            "TZID=America/New_York:20260308T110000",
            utc(2026, 3, 8, 14, 0),
            utc(2026, 3, 8, 15, 0),
            id="US DST start day, after the switch",
        ),
        pytest.param(
            "TZID=America/New_York:20260308T013000",
            "TZID=America/New_York:20260308T033000",
            utc(2026, 3, 8, 6, 30),
            utc(2026, 3, 8, 7, 30),
            id="US DST start day, across the missing hour",
        ),
        pytest.param(
            "TZID=Europe/Berlin:20261025T100000",
            "TZID=Europe/Berlin:20261025T110000",
            utc(2026, 10, 25, 9, 0),
            utc(2026, 10, 25, 10, 0),
            id="EU DST end day, after the switch",
        ),
        pytest.param(
            "TZID=Europe/Berlin:20261024T100000",
            "TZID=Europe/Berlin:20261024T110000",
            utc(2026, 10, 24, 8, 0),
            utc(2026, 10, 24, 9, 0),
            id="EU day before DST ends",
        ),
        pytest.param(
            "TZID=Europe/Berlin:20261025T013000",
            "TZID=Europe/Berlin:20261025T043000",
            utc(2026, 10, 24, 23, 30),
            utc(2026, 10, 25, 3, 30),
            id="EU DST end day, across the repeated hour",
        ),
    ],
)
def test_local_tzid_times_convert_to_utc_on_daylight_saving_days(start, end, starts_at, ends_at):
    parsed = parse_invite(invite(f"DTSTART;{start}", f"DTEND;{end}"), default_tz="Asia/Tokyo")

    assert (parsed.starts_at, parsed.ends_at) == (starts_at, ends_at)


@pytest.mark.parametrize(
    ("local", "starts_at"),
    [
        ("20260307T100000", utc(2026, 3, 7, 15, 0)),  # EST, UTC-5
        ("20260308T100000", utc(2026, 3, 8, 14, 0)),  # EDT, UTC-4, the same morning
    ],
)
def test_floating_time_is_read_in_the_users_zone_across_a_dst_change(local, starts_at):
    parsed = parse_invite(invite(f"DTSTART:{local}"), default_tz="America/New_York")

    assert parsed.starts_at == starts_at


def test_floating_time_in_a_google_export_uses_x_wr_timezone_over_the_users_zone():
    data = invite("DTSTART:20261026T100000", before_event=("X-WR-TIMEZONE:Europe/Berlin",))

    parsed = parse_invite(data, default_tz="America/New_York")

    assert parsed.starts_at == utc(2026, 10, 26, 9, 0)


def pacific_vtimezone_before_2007(tzid: str = "Pacific Standard Time") -> tuple[str, ...]:
    """What old Outlook versions still send: first Sunday of April to last Sunday of October."""
    return (
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:-0700",
        "TZOFFSETTO:-0800",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:-0800",
        "TZOFFSETTO:-0700",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    )


def central_european_vtimezone(tzid: str = "W. Europe Standard Time") -> tuple[str, ...]:
    return (
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    )


@pytest.mark.parametrize(
    ("tzid", "local", "vtimezone", "starts_at"),
    [
        ("Pacific Standard Time", "20260310T100000", (), utc(2026, 3, 10, 17, 0)),
        ('"Pacific Standard Time"', "20260310T100000", (), utc(2026, 3, 10, 17, 0)),
        (
            "W. Europe Standard Time",
            "20261025T100000",
            central_european_vtimezone(),
            utc(2026, 10, 25, 9, 0),
        ),
        ("W. Europe Standard Time", "20261024T100000", (), utc(2026, 10, 24, 8, 0)),
        ("GMT Standard Time", "20260615T140000", (), utc(2026, 6, 15, 13, 0)),
        ("GMT Standard Time", "20261215T140000", (), utc(2026, 12, 15, 14, 0)),
    ],
)
def test_windows_zone_names_are_converted_to_utc(tzid, local, vtimezone, starts_at):
    data = invite(f"DTSTART;TZID={tzid}:{local}", before_event=vtimezone)

    assert parse_invite(data).starts_at == starts_at


def test_windows_zone_name_follows_todays_rules_over_a_stale_vtimezone():
    # The stale block would still say PST (UTC-8) on 10 March; the US has been on PDT since the 8th.
    data = invite(
        "DTSTART;TZID=Pacific Standard Time:20260310T100000",
        before_event=pacific_vtimezone_before_2007(),
    )

    assert parse_invite(data).starts_at == utc(2026, 3, 10, 17, 0)


def custom_vtimezone(tzid: str, *, offset: str) -> tuple[str, ...]:
    return (
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        f"TZOFFSETFROM:{offset}",
        f"TZOFFSETTO:{offset}",
        "END:STANDARD",
        "END:VTIMEZONE",
    )


def test_custom_outlook_tzid_is_read_from_its_vtimezone_block():
    tzid = "(UTC-08:00) Pacific Time (US & Canada)"
    data = invite(
        f'DTSTART;TZID="{tzid}":20260310T100000',
        before_event=pacific_vtimezone_before_2007(tzid),
    )

    # The block's own (old) rules apply: PST, UTC-8, because nothing else knows this name.
    assert parse_invite(data).starts_at == utc(2026, 3, 10, 18, 0)


def test_each_file_uses_its_own_vtimezone_for_the_same_custom_tzid():
    tzid = "Interview Local Time"
    plus_five = invite(
        f"DTSTART;TZID={tzid}:20260310T100000",
        before_event=custom_vtimezone(tzid, offset="+0500"),
    )
    minus_three = invite(
        f"DTSTART;TZID={tzid}:20260310T100000",
        before_event=custom_vtimezone(tzid, offset="-0300"),
    )

    assert parse_invite(plus_five).starts_at == utc(2026, 3, 10, 5, 0)
    assert parse_invite(minus_three).starts_at == utc(2026, 3, 10, 13, 0)


@pytest.mark.parametrize(
    "vtimezone",
    [(), central_european_vtimezone("/freeassociation.sourceforge.net/Europe/Berlin")],
    ids=["without VTIMEZONE", "with VTIMEZONE"],
)
def test_vendor_prefixed_tzid_is_read_as_its_iana_zone(vtimezone):
    data = invite(
        "DTSTART;TZID=/freeassociation.sourceforge.net/Europe/Berlin:20260615T100000",
        before_event=vtimezone,
    )

    assert parse_invite(data).starts_at == utc(2026, 6, 15, 8, 0)


# Ends, several events


def test_missing_end_is_taken_from_the_duration():
    parsed = parse_invite(invite("DTSTART:20260310T170000Z", "DURATION:PT45M"))

    assert parsed.ends_at == utc(2026, 3, 10, 17, 45)


def test_missing_end_and_duration_means_one_hour():
    parsed = parse_invite(invite("DTSTART:20260310T170000Z"))

    assert parsed.ends_at == utc(2026, 3, 10, 18, 0)


def test_first_event_that_is_not_cancelled_is_used():
    data = invite(
        "DTSTART:20260310T170000Z",
        "SUMMARY:Old slot",
        "STATUS:CANCELLED",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:test-2@followup.test",
        "DTSTART:20260311T170000Z",
        "SUMMARY:New slot",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:test-3@followup.test",
        "DTSTART:20260312T170000Z",
        "SUMMARY:Later slot",
    )

    parsed = parse_invite(data)

    assert (parsed.summary, parsed.starts_at) == ("New slot", utc(2026, 3, 11, 17, 0))


# People


@pytest.mark.parametrize(
    "room",
    [
        "ATTENDEE;CUTYPE=ROOM;CN=Rainier:mailto:rainier@acme.com",
        "ATTENDEE;CUTYPE=RESOURCE;CN=Projector:mailto:projector@acme.com",
        "ATTENDEE;CN=SF-4-Golden Gate (8):mailto:c_18@resource.calendar.google.com",
        "ATTENDEE;CN=Conference room 3B:mailto:conf3b@acme.com",
        "ATTENDEE;CN=Room 4.12:mailto:r412@acme.com",
    ],
)
def test_rooms_and_resources_are_not_attendees(room):
    data = invite(
        "DTSTART:20260310T170000Z",
        "ORGANIZER;CN=Jane Doe:mailto:jane.doe@acme.com",
        room,
    )

    assert parse_invite(data).attendees == (
        InviteAttendee(name="Jane Doe", email="jane.doe@acme.com", is_organizer=True),
    )


def test_attendees_come_organizer_first_without_the_user_or_repeats():
    data = invite(
        "DTSTART:20260310T170000Z",
        "ATTENDEE;CN=Omar Haddad:mailto:omar@acme.com",
        "ATTENDEE;CN=Sam Lee:MAILTO:Sam.Lee@Gmail.com",
        "ATTENDEE;CN=Jane Doe:mailto:Jane.Doe@acme.com",
        "ORGANIZER;CN=Jane Doe:mailto:jane.doe@acme.com",
        "ATTENDEE;CN=Omar H.:mailto:OMAR@acme.com",
    )

    assert parse_invite(data, user_email=" sam.lee@gmail.com").attendees == (
        InviteAttendee(name="Jane Doe", email="jane.doe@acme.com", is_organizer=True),
        InviteAttendee(name="Omar Haddad", email="omar@acme.com", is_organizer=False),
    )


@pytest.mark.parametrize(
    ("attendee", "name"),
    [
        ("ATTENDEE:mailto:jane.doe@acme.com", "Jane Doe"),
        ("ATTENDEE;CN=jane.doe@acme.com:mailto:jane.doe@acme.com", "Jane Doe"),
        ("ATTENDEE:mailto:jane_doe+interviews@acme.com", "Jane Doe"),
        ("ATTENDEE;CN=Müller, Jörg:mailto:jm@acme.com", "Jörg Müller"),
        ('ATTENDEE;CN="Acme Talent, EMEA team":mailto:talent@acme.com', "Acme Talent, EMEA team"),
    ],
)
def test_attendee_name_comes_from_the_display_name_or_the_email(attendee, name):
    parsed = parse_invite(invite("DTSTART:20260310T170000Z", attendee))

    assert [attendee.name for attendee in parsed.attendees] == [name]


# Company and role


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        ("Interview: Senior Data Engineer at Acme Corp", "Acme Corp", "Senior Data Engineer"),
        ("Acme Corp - Senior Data Engineer Interview", "Acme Corp", "Senior Data Engineer"),
        ("Senior Data Engineer interview with Acme", "Acme", "Senior Data Engineer"),
        ("Acme | Final round | Product Manager", "Acme", "Product Manager"),
        (
            "Invitation: Jane Doe and Sam Lee - Backend Engineer (Globex) @ Tue Mar 10, 2026 "
            "2pm - 3pm (PDT) (sam.lee@gmail.com)",
            "Globex",
            "Backend Engineer",
        ),
        (
            "Updated invitation: Acme Corp - Data Analyst Interview @ Wed Mar 11, 2026 10am - 11am",
            "Acme Corp",
            "Data Analyst",
        ),
        ("Zoom meeting: Acme Corp x Sam Lee", "Acme Corp", ""),
        ("Hooli — Technical Writer — Round 2", "Hooli", "Technical Writer"),
        ("Acme: Hiring manager interview - Data Analyst", "Acme", "Data Analyst"),
        ("Acme Corp - Interview", "Acme Corp", ""),
        ("Senior Data Engineer Interview", "", "Senior Data Engineer"),
        ("Phone screen", "", ""),
        ("Sam Lee and Jordan Kim", "", ""),
        ("", "", ""),
    ],
)
def test_company_and_role_are_guessed_from_the_summary(summary, company, role):
    assert guess_company_and_role(summary) == (company, role)


@pytest.mark.parametrize(
    ("organizer", "company"),
    [
        ("jane@globex.com", "Globex"),
        ("recruiting@acme-corp.com", "Acme Corp"),
        ("talent@mail.initech.co.uk", "Initech"),
        ("sam.recruiter@gmail.com", ""),
        ("calendar-notification@google.com", ""),
        ("no-reply@acme.greenhouse.io", ""),
        ("scheduling@goodtime.io", ""),
    ],
)
def test_company_falls_back_to_the_organizers_email_domain(organizer, company):
    data = invite("DTSTART:20260310T170000Z", "SUMMARY:Chat", f"ORGANIZER:mailto:{organizer}")

    assert parse_invite(data).company == company


# Files we refuse, each with one line for the user


VEVENT_ONLY_TODO = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nBEGIN:VTODO\r\nUID:1\r\n"
    b"SUMMARY:Send thank-you note\r\nEND:VTODO\r\nEND:VCALENDAR\r\n"
)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"", "The file is empty.", id="empty"),
        pytest.param(b" \r\n\r\n", "The file is empty.", id="blank"),
        pytest.param(
            b"BEGIN:VCALENDAR\r\n" + b"X" * MAX_ICS_BYTES,
            "The file is larger than 1 MB; an invite is usually a few kilobytes.",
            id="too large",
        ),
        pytest.param(
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
            "The file is not a calendar invite (.ics).",
            id="pdf",
        ),
        pytest.param(
            b"Hi Sam, see you on Tuesday at 10!\n",
            "The file is not a calendar invite (.ics).",
            id="text",
        ),
        pytest.param(
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Doe\r\nEND:VCARD\r\n",
            "The file is not a calendar invite (.ics).",
            id="vcard",
        ),
        pytest.param(
            invite("DTSTART:20260310T170000Z", "SUMMARY:Entrevista café").replace(
                "café".encode(), "café".encode("latin-1")
            ),
            "The file is not readable text (it is not UTF-8).",
            id="latin-1 bytes",
        ),
        pytest.param(
            invite("DTSTART:20260310T170000Z").removesuffix(b"END:VCALENDAR\r\n"),
            "The calendar file is damaged or incomplete.",
            id="cut short",
        ),
        pytest.param(
            invite("DTSTART:20260310T170000Z").replace(b"VERSION:2.0", b"this is not a line"),
            "The calendar file is damaged or incomplete.",
            id="garbled line",
        ),
        pytest.param(VEVENT_ONLY_TODO, "The calendar has no event in it.", id="no event"),
        pytest.param(
            invite("DTSTART:20260310T170000Z", "STATUS:CANCELLED"),
            "The invite only contains cancelled events.",
            id="cancelled",
        ),
        pytest.param(
            invite("DTSTART:20260310T170000Z").replace(
                b"VERSION:2.0", b"VERSION:2.0\r\nMETHOD:CANCEL"
            ),
            "The invite only contains cancelled events.",
            id="method cancel",
        ),
        pytest.param(invite("SUMMARY:Interview"), "The event has no start time.", id="no start"),
        pytest.param(
            invite("DTSTART;VALUE=DATE:20260310"),
            "The event has no start time, only a date.",
            id="date only",
        ),
        pytest.param(
            invite("DTSTART:20261345T250000Z"),
            "The event's start is not a valid date and time.",
            id="invalid start",
        ),
        pytest.param(
            invite("DTSTART:20260310T170000Z", "DTEND:20260231T100000Z"),
            "The event's end is not a valid date and time.",
            id="invalid end",
        ),
        pytest.param(
            invite("DTSTART:20260310T170000Z", "DURATION:an hour"),
            "The event's duration is not valid.",
            id="invalid duration",
        ),
        pytest.param(
            invite("DTSTART:20260310T170000Z", "DTEND:20260310T160000Z"),
            "The event's end is not after its start.",
            id="end before start",
        ),
        pytest.param(
            invite("DTSTART:20260310T170000Z", "DTEND:20260310T170000Z"),
            "The event's end is not after its start.",
            id="end equals start",
        ),
        pytest.param(
            invite("DTSTART;TZID=Mars/Olympus_Mons:20260310T170000"),
            'The invite uses an unknown time zone, "Mars/Olympus_Mons".',
            id="unknown zone",
        ),
    ],
)
def test_bad_file_is_refused_with_one_line(data, message):
    refusal = import_error(data)

    assert refusal == message
    assert "\n" not in refusal


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    lines=st.lists(
        st.sampled_from(fixture("outlook_teams.ics").splitlines(keepends=True))
        | st.binary(max_size=40),
        max_size=40,
    )
)
def test_no_library_error_escapes_for_any_shuffle_of_invite_lines(lines):
    data = b"BEGIN:VCALENDAR\r\n" + b"".join(lines)
    try:
        parse_invite(data)
    except CalendarImportError as refusal:
        assert "\n" not in str(refusal)


# People's job titles and the company, from the description and the addresses


@pytest.mark.parametrize(
    ("description", "job_title"),
    [
        ("Your panel: Jordan Rivera, Engineering Manager, and Sam.", "Engineering Manager"),
        ("You will meet Jordan Rivera (VP Operations) first.", "VP Operations"),
        ("Jordan Rivera — Head of Talent\\nDana Ng — Staff Engineer", "Head of Talent"),
        ("Jordan Rivera - 10:30 to 11:00", ""),
        ("Jordan Rivera, who leads the team, will call you.", ""),
        ("Nothing about the panel.", ""),
    ],
)
def test_job_title_beside_a_name_in_the_description_is_theirs(description, job_title):
    data = invite(
        "DTSTART:20260310T170000Z",
        "ATTENDEE;CN=Jordan Rivera:mailto:jordan@harborfreight.example",
        f"DESCRIPTION:{description}",
    )

    assert [person.job_title for person in parse_invite(data).attendees] == [job_title]


def test_the_users_own_name_is_never_the_company():
    data = invite(
        "DTSTART:20260310T170000Z",
        "SUMMARY:Jordan Rivera <> HarborFreight Logistics - Platform Engineer",
        "ATTENDEE;CN=Jordan Rivera:mailto:jordan.rivera@gmail.com",
    )

    parsed = parse_invite(data, user_email="jordan.rivera@gmail.com", user_name="Jordan Rivera")

    assert (parsed.company, parsed.role) == ("HarborFreight Logistics", "Platform Engineer")


def test_an_interviewers_name_is_never_the_company_and_their_domain_names_it():
    data = invite(
        "DTSTART:20260310T170000Z",
        "SUMMARY:Interview with Priya Raman",
        "ORGANIZER;CN=Priya Raman:mailto:priya@harborfreight.com",
    )

    assert parse_invite(data, user_email=USER).company == "Harborfreight"


def test_the_organizers_domain_picks_the_company_between_two_unknown_parties():
    data = invite(
        "DTSTART:20260310T170000Z",
        "SUMMARY:Jordan Rivera <> HarborFreight Logistics",
        "ORGANIZER;CN=Talent Team:mailto:talent@harborfreight.com",
    )

    assert parse_invite(data, user_email=USER).company == "HarborFreight Logistics"


@pytest.mark.parametrize(
    "organizer",
    [
        "jordan@hotmail.co.uk",
        "jordan@yahoo.com",
        "jordan@proton.me",
        "jordan@icloud.com",
        "bookings@calendly.com",
        "scheduler@myworkday.com",
        "no-reply@ashbyhq.com",
        "recruiting@lever.co",
    ],
)
def test_webmail_and_scheduling_tool_domains_never_name_the_company(organizer):
    data = invite("DTSTART:20260310T170000Z", "SUMMARY:Chat", f"ORGANIZER:mailto:{organizer}")

    assert parse_invite(data).company == ""


def test_the_round_comes_from_the_title_before_the_description():
    data = invite(
        "DTSTART:20260310T170000Z",
        "SUMMARY:Recruiter screen - Hooli",
        "DESCRIPTION:If this goes well, the final round is next week.",
    )

    assert parse_invite(data).round == "screening"


def test_the_name_the_invite_gives_the_user_is_never_the_company():
    # No name on the profile, and an address that does not spell one.
    data = invite(
        "DTSTART:20260310T170000Z",
        "SUMMARY:Jordan Rivera <> HarborFreight Logistics",
        "ATTENDEE;CN=Jordan Rivera:mailto:jrivera@gmail.com",
        "ATTENDEE;CN=Priya Raman:mailto:priya@gmail.com",
    )

    assert parse_invite(data, user_email="jrivera@gmail.com").company == "HarborFreight Logistics"
