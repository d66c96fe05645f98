"""Run against a fresh database that saw ``manage.py migrate`` and nothing else.

``python -m tests.followup.fresh_database`` prints one JSON object of what a user would
notice (``tests/followup/test_fresh_database.py`` runs it in a subprocess and asserts).
"""

import json

import django


def sign_in() -> dict:
    from django.test import Client

    from accounts.models import User

    User.objects.create_user("alex@example.com", "a fine long password 2026")
    client = Client()
    wrong = client.post("/accounts/login/", {"login": "alex@example.com", "password": "nope"})
    right = client.post(
        "/accounts/login/", {"login": "alex@example.com", "password": "a fine long password 2026"}
    )
    return {
        "wrong_password_status": wrong.status_code,
        "sign_in_status": right.status_code,
        "signed_in": "_auth_user_id" in client.session,
    }


def delete_account() -> dict:
    from django.test import Client

    from accounts.models import User
    from tests.accounts.cache_traces import traces

    user = User.objects.create_user("sam@example.com", "a fine long password 2026")
    client = Client()
    client.post("/accounts/login/", {"login": user.email, "password": "nope"})
    client.force_login(user)
    client.post("/profile/delete/", {"password": "nope"})
    before = traces(pk=user.pk, email=user.email)
    deleted = client.post("/profile/delete/", {"password": "a fine long password 2026"})
    return {
        "status": deleted.status_code,
        "user_left": User.objects.filter(pk=user.pk).exists(),
        "traces_before": bool(before),
        "traces_after": traces(pk=user.pk, email=user.email),
    }


def unconfirmed_test_send() -> dict:
    from django.core import mail
    from django.test import Client

    from tests.factories import UserFactory
    from tests.letters.letter_helpers import assembled_letter, interview_with_panel

    owner = UserFactory(email="someone.else@example.com", verified=False)
    interview, (dana, _) = interview_with_panel(owner=owner)
    letter = assembled_letter(interview, dana)
    client = Client()
    client.force_login(owner)
    outbox_before = len(mail.outbox)
    response = client.post(f"/letters/{letter.pk}/send/test/", follow=True)
    return {
        "sent": len(mail.outbox) - outbox_before,
        "told_to_confirm": "Confirm your email address" in response.text,
    }


def calendar_files() -> dict:
    from datetime import timedelta

    from django.test import Client
    from django.utils import timezone

    from insights.models import CalendarFeed
    from tests.factories import InterviewFactory, UserFactory

    owner = UserFactory()
    starts = timezone.now() + timedelta(days=1)
    interview = InterviewFactory(
        owner=owner,
        role="Dev\rBEGIN:VALARM\rTRIGGER:-PT1M",
        company="Acme\rX-INJECTED:1",
        location="Room\r12",
        starts_at=starts,
        ends_at=starts + timedelta(hours=1),
    )
    client = Client()
    client.force_login(owner)
    files = [
        client.get(f"/interviews/{interview.pk}/calendar.ics").content,
        Client().get(CalendarFeed.objects.create(user=owner).get_absolute_url()).content,
    ]
    return {
        "files": len(files),
        "bare_cr": sum(file.replace(b"\r\n", b"").count(b"\r") for file in files),
        "bare_lf": sum(file.replace(b"\r\n", b"").count(b"\n") for file in files),
        "events": sum(file.count(b"BEGIN:VEVENT") for file in files),
    }


def main() -> None:
    django.setup()
    from django.test.utils import setup_test_environment

    setup_test_environment()  # the test client's host, and mail kept in memory
    found = {
        "sign_in": sign_in(),
        "delete_account": delete_account(),
        "test_send_unconfirmed": unconfirmed_test_send(),
        "calendar_files": calendar_files(),
    }
    print(json.dumps(found))


if __name__ == "__main__":
    main()
