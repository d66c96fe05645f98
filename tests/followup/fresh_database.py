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


def main() -> None:
    django.setup()
    from django.test.utils import setup_test_environment

    setup_test_environment()  # the test client's host, and mail kept in memory
    print(json.dumps({"sign_in": sign_in(), "delete_account": delete_account()}))


if __name__ == "__main__":
    main()
