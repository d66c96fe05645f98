"""``manage.py migrate`` alone is enough to serve: no other command, on a fresh database.

Operators who follow Django's documentation run ``migrate`` and nothing else; sign-in
(whose lockout lives in the database cache table) must work there.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    """What ``tests.followup.fresh_database`` found on a new SQLite file after migrate."""
    path = tmp_path_factory.mktemp("fresh") / "followup.sqlite3"
    env = {name: os.environ[name] for name in ("PATH", "HOME", "LANG") if name in os.environ}
    env |= {
        "DJANGO_SETTINGS_MODULE": "followup.settings",
        "DEBUG": "1",
        "DATABASE_URL": f"sqlite:///{path}",
        "EMAIL_URL": "memory://",
    }

    def run(*args):
        return subprocess.run(
            [sys.executable, *args], cwd=BASE, env=env, capture_output=True, text=True, timeout=300
        )

    for _ in range(2):  # and a second time changes nothing
        migrated = run("manage.py", "migrate", "--noinput", "-v0")
        assert migrated.returncode == 0, migrated.stderr
    found = run("-m", "tests.followup.fresh_database")
    assert found.returncode == 0, found.stderr
    return json.loads(found.stdout.strip().splitlines()[-1])


def test_sign_in_works_after_migrate_alone(fresh):
    assert fresh["sign_in"] == {
        "wrong_password_status": 200,
        "sign_in_status": 302,
        "signed_in": True,
    }


def test_after_deleting_the_account_no_cache_table_holds_anything_of_the_user(fresh):
    assert fresh["delete_account"] == {
        "status": 302,
        "user_left": False,
        "traces_before": True,
        "traces_after": [],
    }


def test_a_test_send_from_an_unconfirmed_account_sends_nothing(fresh):
    assert fresh["test_send_unconfirmed"] == {"sent": 0, "told_to_confirm": True}


def test_no_bare_carriage_return_in_any_calendar_file(fresh):
    assert fresh["calendar_files"] == {"files": 2, "bare_cr": 0, "bare_lf": 0, "events": 4}
