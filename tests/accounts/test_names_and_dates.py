"""Names are one line of text without links; interview dates are in a sensible range.

Names reach third parties in email headers and subjects; dates at the end of the calendar
broke every date computed from them (OverflowError, a 500).
"""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.core import mail
from django.urls import reverse

from accounts.names import one_line, validate_person_name
from interviews.models import Interview, Interviewer
from reminders import dispatch
from reminders.models import Reminder
from tests.factories import InterviewerFactory, InterviewFactory, ReminderFactory, UserFactory
from tests.interviews.helpers import interview_data

pytestmark = pytest.mark.django_db

CONTROL = "A name can’t contain line breaks, tabs or other control characters"
LINK = "A name can’t contain a web address or a link"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("Alex\r\nBcc: victim@example.com", CONTROL),
        ("Alex\tMorgan", CONTROL),
        ("Alex\u2028Morgan", CONTROL),
        ("Alex\u202eMorgan", CONTROL),
        ("Claim your prize at https://evil.example/login", LINK),
        ("Alex (www.evil.example)", LINK),
        ("Verify now: secure-login.com", LINK),
        ("bit.ly/win", LINK),
    ],
)
def test_the_profile_refuses_a_display_name_with_a_link_or_a_control_character(
    signed_in, user, name, message
):
    response = signed_in.post(reverse("profile"), {"name": name, "time_zone": "Europe/London"})

    assert response.status_code == 200
    assert message in response.text
    user.refresh_from_db()
    assert user.name != name


@pytest.mark.parametrize("name", ["J.R.R. Tolkien", "Dr. Dana O’Neil-Whitfield", "Zoë Saldaña"])
def test_ordinary_names_with_dots_and_accents_are_fine(name):
    validate_person_name(name)  # no ValidationError


def test_sign_up_refuses_a_name_with_a_link(client):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "new@example.com",
            "password1": "a-long-enough-passphrase",
            "password2": "a-long-enough-passphrase",
            "name": "Free money at evil-login.com",
        },
    )

    assert LINK in response.text
    assert 'value="new@example.com"' in response.text


def test_an_interviewer_name_with_a_line_break_is_refused_on_the_interviewer_page(signed_in, user):
    person = InterviewerFactory(owner=user, name="Dana Whitfield")

    response = signed_in.post(
        reverse("interviewer_edit", args=[person.pk]), {"name": "Dana\r\nWhitfield"}
    )

    assert CONTROL in response.text
    assert Interviewer.objects.get(pk=person.pk).name == "Dana Whitfield"


def test_a_new_panel_member_with_a_link_in_the_name_is_refused(signed_in, user):
    data = interview_data(panel=[{"name": "Dana https://evil.example", "interviewer": ""}])

    response = signed_in.post(reverse("interview_create"), data)

    assert LINK in response.text
    assert not Interview.objects.filter(owner=user).exists()


def test_one_line_flattens_breaks_and_controls():
    assert one_line("Alex\r\n\tMorgan\u2028Jr\u202e") == "Alex Morgan Jr"


def test_a_user_whose_saved_name_has_a_line_break_still_gets_reminders():
    user = UserFactory(name="Alex\r\nMorgan", email="alex@example.com")
    ended = datetime(2026, 6, 1, 14, 0, tzinfo=UTC)
    interview = InterviewFactory(owner=user, starts_at=ended - timedelta(hours=1), ends_at=ended)
    reminder = ReminderFactory(interview=interview, user=user, due_at=ended + timedelta(hours=2))

    dispatch.dispatch_due(now=ended + timedelta(hours=2))

    reminder.refresh_from_db()
    assert reminder.state == Reminder.State.SENT
    [sent] = mail.outbox
    assert sent.to == ["Alex Morgan <alex@example.com>"]


# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        (
            {"starts_at": "9999-12-31T20:00", "ends_at": "9999-12-31T23:30"},
            "ends_at",
            "an interview date is between 1970 and 2100",
        ),
        (
            {"starts_at": "1900-01-01T10:00", "ends_at": "1900-01-01T11:00"},
            "starts_at",
            "an interview date is between 1970 and 2100",
        ),
        (
            {"decision_expected_by": "9999-12-31"},
            "decision_expected_by",
            "within two years after the interview",
        ),
        (
            {"decision_expected_by": "2028-03-11"},
            "decision_expected_by",
            "within two years after the interview",
        ),
    ],
)
def test_dates_out_of_range_are_refused_with_the_input_kept(
    signed_in, user, fields, field, message
):
    response = signed_in.post(reverse("interview_create"), interview_data(**fields))

    assert response.status_code == 200
    assert message in response.context["form"].errors[field][0]
    assert 'value="Acme Corp"' in response.text
    assert not Interview.objects.filter(owner=user).exists()


def test_a_decision_date_within_two_years_is_accepted(signed_in, user):
    signed_in.post(reverse("interview_create"), interview_data(decision_expected_by="2028-03-09"))

    assert Interview.objects.get(owner=user).decision_expected_by == date(2028, 3, 9)
