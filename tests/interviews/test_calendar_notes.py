"""What an imported invite leaves in the notes and the panel: people's words and roles.

The tools' boilerplate (Zoom dial-in numbers, Teams and Meet join blocks, Calendly's
and GoodTime's cancel and reschedule links, "Powered by …") goes; a job title stays
whole; "hiring manager" or "decision-maker" beside a name marks who decides.
"""

from pathlib import Path

import pytest

from interviews.calendar import InviteAttendee, parse_invite
from interviews.ical.notes import without_boilerplate
from interviews.ical.people import mention_of

ICS = Path(__file__).parent / "ics"
MAYA = "maya.okafor@gmail.com"


def parsed(name: str, user_email: str = MAYA):
    return parse_invite((ICS / name).read_bytes(), user_email=user_email)


def test_a_greenhouse_panel_keeps_whole_titles_marks_the_hiring_manager_and_drops_zoom():
    invite = parsed("greenhouse_panel_hiring_manager.ics")

    assert invite.attendees == (
        InviteAttendee(
            name="Priya Shah",
            email="priya.shah@northwind.example",
            is_organizer=False,
            job_title="VP of Data & Analytics",
            is_decision_maker=True,
        ),
        InviteAttendee(
            name="Omar Haddad",
            email="omar.haddad@northwind.example",
            is_organizer=False,
            job_title="Staff Analytics Engineer",
        ),
    )
    assert (invite.company, invite.role, invite.round) == (
        "Northwind Analytics",
        "Senior Analytics Engineer",
        "second",
    )
    assert invite.meeting_url == "https://northwind.zoom.us/j/93456789012?pwd=bm9ydGh3aW5kLXpvb20"
    assert invite.description == (
        "Hi Maya,\n\nYour second round for Senior Analytics Engineer is confirmed.\n\n"
        "You will meet:\nPriya Shah, VP of Data & Analytics (Hiring Manager)\n"
        "Omar Haddad, Staff Analytics Engineer\n\n"
        "Please have a recent project ready to walk through."
    )


def test_teams_and_meet_join_blocks_without_markers_and_goodtime_links_are_dropped():
    invite = parsed("teams_meet_blocks.ics")

    assert invite.description == (
        "Hi Maya,\n\nDana leads the reporting team and will ask about the dashboard you "
        "rebuilt.\n\nBackup line if Teams fails:"
    )
    assert invite.meeting_url.startswith("https://teams.microsoft.com/l/meetup-join/")


def test_a_hiring_manager_interview_with_one_person_marks_that_person():
    # "Hiring Manager Interview: …": Dana is the only person; "Contoso Talent" is a team.
    invite = parsed("teams_meet_blocks.ics")

    assert [(p.name, p.is_decision_maker) for p in invite.attendees] == [
        ("Contoso Talent", False),
        ("Dana Whitfield", True),
    ]


@pytest.mark.parametrize(
    ("name", "description"),
    [
        (
            "zoom_meeting.ics",
            "Hi there, \n\nAcme Talent is inviting you to a scheduled Zoom meeting.",
        ),
        ("calendly_meet.ics", "Event Name: 30 Minute Recruiter Call"),
    ],
)
def test_each_tools_invite_leaves_only_what_people_wrote(name, description):
    assert parsed(name, user_email="sam.lee@gmail.com").description == description


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("See you soon.\n\nPowered by Greenhouse", "See you soon."),
        ("Cancel: https://calendly.com/cancellations/b3f1\nBring ID", "Bring ID"),
        ("Reschedule or cancel: https://app.goodtime.io/r/1", ""),
        # A person's own numbers and links stay.
        (
            "Call me on +44 20 7946 0958 if you are late.",
            "Call me on +44 20 7946 0958 if you are late.",
        ),
        ("Portfolio: https://maya.example/work", "Portfolio: https://maya.example/work"),
        ("Agenda:\n10:30 - 11:30 Omar Haddad", "Agenda:\n10:30 - 11:30 Omar Haddad"),
        # A block ends at the first line that is not the tool's.
        (
            "Join Zoom Meeting\nhttps://zoom.us/j/1\nMeeting ID: 1\nBring your laptop.",
            "Bring your laptop.",
        ),
    ],
)
def test_boilerplate_lines_go_and_peoples_lines_stay(text, kept):
    assert without_boilerplate(text) == kept


OTHERS = ["Omar Haddad", "Sam Lee"]


@pytest.mark.parametrize(
    ("text", "job_title", "decides"),
    [
        ("Priya Shah, VP of Data & Analytics (Hiring Manager)", "VP of Data & Analytics", True),
        ("Priya Shah (VP of Data & Analytics, hiring manager)", "VP of Data & Analytics", True),
        ("Priya Shah, Head of Research and Development", "Head of Research and Development", False),
        ("Priya Shah, Designer and Omar Haddad, Engineer", "Designer", False),
        ("Hiring manager: Priya Shah", "", True),
        ("Priya Shah is the decision-maker", "", True),
        ("Priya Shah – Decision Maker", "", True),
        # Words about someone else are theirs.
        ("Omar Haddad (Hiring Manager) and Priya Shah", "", False),
        ("Priya Shah (Staff Engineer), Omar Haddad (Hiring Manager)", "Staff Engineer", False),
        ("Priya Shah will meet you first. Then the hiring manager.", "", False),
    ],
)
def test_what_is_said_beside_a_name(text, job_title, decides):
    mention = mention_of("Priya Shah", text, others=OTHERS)

    assert (mention.job_title, mention.decides) == (job_title, decides)


def test_only_the_first_person_called_the_hiring_manager_decides():
    data = (
        (ICS / "greenhouse_panel_hiring_manager.ics")
        .read_bytes()
        .replace(b"Staff Analytics Engineer", b"Hiring Manager")
    )

    invite = parse_invite(data, user_email=MAYA)

    assert [p.is_decision_maker for p in invite.attendees] == [True, False]
