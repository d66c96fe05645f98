import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from followup.env import mailers_from_url, secret_key, sqlite_options

BASE = Path(__file__).resolve().parents[2]
TEST_MAILBOX_KEY = "dGVzdHMtb25seS1tYWlsYm94LWtleS0wMDAwMDAwMDA="


def run_settings(env_overrides: dict, code: str) -> subprocess.CompletedProcess:
    # Only the operator's variables given here: nothing from the test run (CI points
    # DATABASE_URL and CELERY_BROKER_URL at real servers).
    env = {name: os.environ[name] for name in ("PATH", "HOME", "LANG") if name in os.environ}
    env |= {
        "DJANGO_SETTINGS_MODULE": "followup.settings",
        # Each test that is about this key overrides it.
        "MAILBOX_ENCRYPTION_KEY": TEST_MAILBOX_KEY,
        **env_overrides,
    }
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=BASE,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_missing_secret_key_with_debug_off_is_a_clear_error():
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY is not set"):
        secret_key("", debug=False)


def test_development_key_only_when_debug_is_on():
    assert secret_key("", debug=True).startswith("django-insecure-")
    assert secret_key("s3cr3t", debug=False) == "s3cr3t"


def test_settings_refuse_to_start_without_secret_key_when_debug_is_off():
    result = run_settings({"DEBUG": "0"}, "pass")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_defaults_need_no_server():
    result = run_settings(
        {"DEBUG": "1"},
        "from django.conf import settings as s; "
        "print(s.DATABASES['default']['ENGINE']); print(s.CELERY_BROKER_URL); "
        "print(s.MAILERS['default']['BACKEND']); print(s.DEBUG); "
        "print(s.DATABASES['default']['OPTIONS']['transaction_mode'])",
    )
    assert result.returncode == 0, result.stderr
    engine, broker, mail_backend, debug, mode = result.stdout.split()
    assert engine == "django.db.backends.sqlite3"
    assert broker == "filesystem://"
    assert mail_backend == "django.core.mail.backends.filebased.EmailBackend"
    assert debug == "True"
    assert mode == "IMMEDIATE"


def test_debug_is_off_by_default():
    result = run_settings(
        {"SECRET_KEY": "x" * 50}, "from django.conf import settings as s; print(s.DEBUG)"
    )
    assert result.stdout.strip() == "False"


def test_database_url_selects_postgresql():
    result = run_settings(
        {"DEBUG": "1", "DATABASE_URL": "postgres://app:pw@db:5432/followup"},
        "from django.conf import settings as s; d = s.DATABASES['default']; "
        "print(d['ENGINE'], d['HOST'], d['NAME'])",
    )
    assert result.stdout.split() == ["django.db.backends.postgresql", "db", "followup"]


def test_smtp_email_url_maps_onto_mailers():
    mailers = mailers_from_url("smtp://user:p%40ss@mail.example.org:587?tls=1", base_dir=BASE)
    assert mailers == {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": "mail.example.org",
                "port": 587,
                "username": "user",
                "password": "p@ss",
                "use_ssl": False,
                "use_tls": True,
                "timeout": 10,
            },
        }
    }


def test_file_email_url_is_relative_to_the_project():
    mailers = mailers_from_url("file://var/mail", base_dir=BASE)
    assert mailers["default"]["OPTIONS"] == {"file_path": str(BASE / "var" / "mail")}


def test_unknown_email_scheme_is_rejected_with_its_name():
    with pytest.raises(ImproperlyConfigured, match="'carrier-pigeon'"):
        mailers_from_url("carrier-pigeon://coop", base_dir=BASE)


def test_sqlite_gets_wal_and_immediate_transactions():
    db = sqlite_options({"ENGINE": "django.db.backends.sqlite3", "NAME": "x.sqlite3"})
    assert "journal_mode=WAL" in db["OPTIONS"]["init_command"]
    assert db["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert sqlite_options({"ENGINE": "django.db.backends.postgresql"}) == {
        "ENGINE": "django.db.backends.postgresql"
    }
