"""Export: the user downloads everything they stored, as JSON, and their interviews as CSV."""

import csv
import io
import json
from datetime import UTC, date, datetime

import pytest
from django.urls import reverse

from interviews.models import Interview, Reply
from letters.models import Letter
from letters.userdata import INTERVIEW_HEADERS
from tests.factories import (
    CoachAccessFactory,
    CoachFactory,
    InterviewerFactory,
    InterviewFactory,
    LetterFactory,
    PanelistFactory,
    ReminderFactory,
    ReviewCommentFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

SECTIONS = [
    "format",
    "exported_at",
    "profile",
    "interviews",
    "interviewers",
    "panels",
    "replies",
    "letters",
    "reminders",
    "mailbox",
    "mailbox_matches",
    "coach_accesses",
    "review_comments",
]


def stored_data(user, *, interviews=1):
    """``interviews`` interviews, each with a panel of one, a letter, a reminder and a
    coach's comment; plus a coach access, and the same for another user."""
    coach = CoachFactory(email="coach@example.com")
    CoachAccessFactory(client=user, coach=coach)
    for number in range(interviews):
        interview = InterviewFactory(owner=user, company=f"Company {number}")
        person = PanelistFactory(interview=interview, is_decision_maker=True).interviewer
        letter = LetterFactory(interview=interview, recipient=person)
        ReminderFactory(interview=interview)
        ReviewCommentFactory(letter=letter, author=coach)
    stranger = UserFactory()
    LetterFactory(interview__owner=stranger, interview__company="Secret Corp")
    return coach


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response


def test_the_json_file_holds_every_section_of_the_users_data_and_nothing_else(signed_in, user):
    coach = stored_data(user, interviews=2)
    response = download(signed_in, reverse("profile_export"))
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="followup-export-')
    data = json.loads(response.content)
    assert list(data) == SECTIONS
    assert data["profile"]["email"] == "sam.lee@gmail.com"
    assert data["profile"]["time_zone"] == "Europe/London"
    assert sorted(row["company"] for row in data["interviews"]) == ["Company 0", "Company 1"]
    assert len(data["interviewers"]) == 2
    assert [row["is_decision_maker"] for row in data["panels"]] == [True, True]
    assert {row["owner_id"] for row in data["letters"]} == {user.pk}
    assert {row["recipient_name"] for row in data["letters"]} == {
        row["name"] for row in data["interviewers"]
    }
    assert len(data["reminders"]) == 2
    assert [(row["client_id"], row["coach_email"]) for row in data["coach_accesses"]] == [
        (user.pk, coach.email)
    ]
    assert "token" not in data["coach_accesses"][0]
    assert [row["author_id"] for row in data["review_comments"]] == [coach.pk, coach.pk]
    assert "Secret Corp" not in response.content.decode()
    assert "password" not in response.content.decode()


def test_a_coach_exports_the_access_and_comments_on_their_side(client, user):
    coach = stored_data(user)
    client.force_login(coach)
    data = json.loads(download(client, reverse("profile_export")).content)
    assert [row["coach_id"] for row in data["coach_accesses"]] == [coach.pk]
    assert len(data["review_comments"]) == 1
    assert (data["interviews"], data["letters"]) == ([], [])


def test_the_csv_has_one_row_per_interview(signed_in, user):
    stored_data(user, interviews=3)
    response = download(signed_in, reverse("profile_export_interviews_csv"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="followup-interviews-')
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert sorted(row["Company"] for row in rows) == ["Company 0", "Company 1", "Company 2"]


def test_the_csv_reads_like_the_app_in_the_users_own_time(signed_in, user):
    # 14:00 UTC in July is 15:00 in London (BST); the user reads London time.
    interview = InterviewFactory(
        owner=user,
        company="Initech",
        role="Senior Data Engineer",
        round=Interview.Round.SECOND,
        format=Interview.Format.ONSITE,
        starts_at=datetime(2026, 7, 8, 14, 0, tzinfo=UTC),
        ends_at=datetime(2026, 7, 8, 15, 30, tzinfo=UTC),
        outcome=Interview.Outcome.OFFER,
    )
    priya = PanelistFactory(
        interview=interview, interviewer__name="Priya Shah", is_decision_maker=True
    ).interviewer
    omar = PanelistFactory(interview=interview, interviewer__name="Omar Haddad").interviewer
    LetterFactory(
        interview=interview,
        recipient=priya,
        status=Letter.Status.SENT,
        sent_at=datetime(2026, 7, 8, 17, 5, tzinfo=UTC),
    )
    LetterFactory(interview=interview, recipient=omar)
    Reply.objects.create(
        interview=interview, received_on=date(2026, 7, 10), kind=Reply.Kind.OFFER, note="Call Fri"
    )

    response = download(signed_in, reverse("profile_export_interviews_csv"))

    (row,) = csv.DictReader(io.StringIO(response.content.decode()))
    assert row == {
        "Company": "Initech",
        "Role": "Senior Data Engineer",
        "Round": "Second round",
        "Format": "On-site",
        "Starts": "2026-07-08 15:00 Europe/London",
        "Ends": "2026-07-08 16:30 Europe/London",
        "Location": "",
        "Panel": "Priya Shah (decision-maker); Omar Haddad",
        "Decision expected by": "",
        "Outcome": "Offer",
        "Letter": "Omar Haddad: Draft; Priya Shah: Sent",
        "Letter sent": "2026-07-08 18:05 Europe/London",
        "Reply": "An offer",
        "Reply received on": "2026-07-10",
        "Reply note": "Call Fri",
        "Notes": "",
    }


def test_the_json_export_keeps_the_stored_values(signed_in, user):
    InterviewFactory(owner=user, round=Interview.Round.SECOND, format=Interview.Format.ONSITE)
    (row,) = json.loads(download(signed_in, reverse("profile_export")).content)["interviews"]
    assert (row["round"], row["format"]) == ("second", "onsite")
    assert row["starts_at"].endswith("Z")


def test_the_csv_shows_formulas_as_text(signed_in, user):
    InterviewFactory(owner=user, company='=HYPERLINK("http://evil.example")', notes="@SUM(1)")
    response = download(signed_in, reverse("profile_export_interviews_csv"))
    (row,) = csv.DictReader(io.StringIO(response.content.decode()))
    assert row["Company"] == '\'=HYPERLINK("http://evil.example")'
    assert row["Notes"] == "'@SUM(1)"


def test_a_user_with_nothing_stored_gets_empty_sections(signed_in):
    data = json.loads(download(signed_in, reverse("profile_export")).content)
    assert [data[name] for name in SECTIONS[3:]] == [[], [], [], [], [], [], [], [], [], []]
    csv_text = download(signed_in, reverse("profile_export_interviews_csv")).content.decode()
    assert csv_text.splitlines() == [",".join(INTERVIEW_HEADERS)]


@pytest.mark.parametrize("interviews", [1, 3])
def test_the_export_takes_a_fixed_number_of_queries(
    signed_in, user, interviews, django_assert_max_num_queries
):
    stored_data(user, interviews=interviews)
    # Session, user, then one query per section (the profile's sign-in addresses included).
    with django_assert_max_num_queries(13):
        download(signed_in, reverse("profile_export"))
    # Session, user, interviews with their replies, panels, letters.
    with django_assert_max_num_queries(5):
        download(signed_in, reverse("profile_export_interviews_csv"))


@pytest.mark.parametrize("name", ["profile_export", "profile_export_interviews_csv"])
def test_visitors_must_sign_in(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_the_profile_page_links_to_export_and_deletion(signed_in):
    html = signed_in.get(reverse("profile")).text
    for name in ("profile_export", "profile_export_interviews_csv", "profile_delete"):
        assert reverse(name) in html


def test_a_letter_to_a_deleted_interviewer_exports_its_recipient_as_text(signed_in, user):
    dana = InterviewerFactory(owner=user, name="Dana Whitfield")
    LetterFactory(interview__owner=user, recipient=dana)
    dana.delete()
    (row,) = json.loads(download(signed_in, reverse("profile_export")).content)["letters"]
    assert (row["recipient_id"], row["recipient_name"]) == (None, "Dana Whitfield")
    assert Letter.objects.get().to_name == "Dana Whitfield"
