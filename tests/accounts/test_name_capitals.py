"""A name typed "maya okafor" gets a one-click offer of "Maya Okafor", used everywhere."""

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.names import capitals_offer, proper_case
from letters.emails import letter_email
from letters.models import Letter
from reminders import emails as reminder_emails
from tests.factories import LetterFactory, ReminderFactory, UserFactory


@pytest.mark.parametrize(
    ("typed", "proper"),
    [
        ("maya okafor", "Maya Okafor"),
        ("MAYA OKAFOR", "Maya Okafor"),
        ("maria de la cruz", "Maria de la Cruz"),
        ("de la cruz", "De la Cruz"),
        ("ludwig van beethoven", "Ludwig van Beethoven"),
        ("sean o'brien-mcdonald", "Sean O'Brien-McDonald"),
        ("aoife o’neill", "Aoife O’Neill"),
        ("martin luther king jr.", "Martin Luther King Jr."),
        ("henry viii", "Henry VIII"),
        ("  josé   ángel ", "José Ángel"),
    ],
)
def test_proper_case_keeps_particles_and_prefixes_sensible(typed, proper):
    assert proper_case(typed) == proper
    assert capitals_offer(typed) == proper


@pytest.mark.parametrize("name", ["Maya Okafor", "Maya okafor", "McKenzie", "李娜", "", "42"])
def test_a_name_with_capitals_of_its_own_gets_no_offer(name):
    assert capitals_offer(name) == ""


def sign_up(client, name):
    return client.post(
        reverse("account_signup"),
        {
            "email": "maya.okafor@example.com",
            "name": name,
            "password1": "a-long-enough-passphrase",
            "password2": "a-long-enough-passphrase",
        },
        follow=True,
    )


@pytest.mark.django_db
def test_after_signing_up_as_maya_okafor_the_dashboard_offers_the_capitals(client):
    response = sign_up(client, "maya okafor")

    assert "Welcome, maya" in response.text
    assert "Use “Maya Okafor”" in response.text
    assert "Keep “maya okafor”" in response.text


@pytest.mark.django_db
def test_a_name_with_capitals_gets_no_notice(client):
    response = sign_up(client, "Maya Okafor")

    assert "Welcome, Maya" in response.text
    assert "Names usually take capitals" not in response.text


@pytest.mark.django_db
def test_one_click_fixes_the_name_and_its_drafts_signature(client):
    user = UserFactory(name="maya okafor")
    draft = LetterFactory(
        interview__owner=user,
        body="Dear Dana,\n\nThank you.\n\nBest regards,\nmaya okafor",
        assembled_body="Dear Dana,\n\nThank you.\n\nBest regards,\nmaya okafor",
    )
    sent = LetterFactory(
        interview__owner=user,
        status=Letter.Status.SENT,
        body="Dear Omar,\n\nThanks.\n\nBest regards,\nmaya okafor",
    )
    client.force_login(user)

    response = client.post(
        reverse("profile_name_capitals"), {"choice": "use", "next": reverse("dashboard")}
    )

    assert response.url == reverse("dashboard")
    user.refresh_from_db()
    assert user.name == "Maya Okafor"
    page = client.get(reverse("dashboard")).text
    assert "Welcome, Maya" in page
    assert "Names usually take capitals" not in page
    draft.refresh_from_db()
    sent.refresh_from_db()
    assert draft.body.endswith("Best regards,\nMaya Okafor")
    assert draft.body == draft.assembled_body  # still "as the wizard wrote it"
    assert sent.body.endswith("Best regards,\nmaya okafor")  # what Omar received


@pytest.mark.django_db
def test_the_fixed_name_is_on_the_from_line_and_in_the_reminder_greeting(client):
    user = UserFactory(name="maya okafor", email="maya@example.com")
    client.force_login(user)
    client.post(reverse("profile_name_capitals"), {"choice": "use"})
    user.refresh_from_db()

    letter = LetterFactory(interview__owner=user)
    assert letter_email(letter).from_email.startswith("Maya Okafor via ")

    reminder = ReminderFactory(interview__owner=user)
    email = reminder_emails.build(reminder, now=timezone.now())
    assert email.body.startswith("Hi Maya,")


@pytest.mark.django_db
def test_keep_as_typed_stops_the_offer_until_the_name_changes(client):
    user = UserFactory(name="bell hooks")
    client.force_login(user)

    client.post(reverse("profile_name_capitals"), {"choice": "keep"})

    user.refresh_from_db()
    assert (user.name, user.kept_name) == ("bell hooks", "bell hooks")
    assert "Names usually take capitals" not in client.get(reverse("profile")).text
    user.name = "gloria watkins"
    user.save()
    assert "Use “Gloria Watkins”" in client.get(reverse("profile")).text


@pytest.mark.django_db
def test_a_foreign_next_url_is_not_followed(client):
    client.force_login(UserFactory(name="maya okafor"))

    response = client.post(
        reverse("profile_name_capitals"), {"choice": "use", "next": "https://evil.example/"}
    )

    assert response.url == reverse("profile")


@pytest.mark.django_db
def test_visitors_cannot_change_a_name_and_get_is_refused(client):
    assert client.post(reverse("profile_name_capitals"), {"choice": "use"}).status_code == 302
    client.force_login(UserFactory(name="maya okafor"))
    assert client.get(reverse("profile_name_capitals")).status_code == 405


def test_the_sign_up_suggestion_offers_capitals_and_fills_the_field(client):
    offer = client.get(reverse("name_suggestion"), {"name": "maya okafor"})
    assert "Use “Maya Okafor”" in offer.text

    field = client.get(reverse("name_suggestion"), {"name": "maya okafor", "use": "1"})
    assert 'id="div_id_name"' in field.text
    assert 'value="Maya Okafor"' in field.text

    assert client.get(reverse("name_suggestion"), {"name": "Maya Okafor"}).text.strip() == ""
    assert client.get(reverse("name_suggestion"), {"name": "x" * 10_000}).status_code == 200
