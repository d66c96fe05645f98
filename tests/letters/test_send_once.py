"""Four simultaneous clicks on Send, in two processes, deliver exactly one email.

The claim is a conditional UPDATE in the database, so it holds across processes, which a
per-process cache never did. Each backend runs the race against a real SMTP server that
takes its time per message, so the clicks overlap: on SQLite, and on PostgreSQL (which
fails rather than skips under CI, like every test that needs a service).

The database is the suite's own when it runs on that backend (committed data, so the
processes see it); otherwise a fresh one is created and migrated for the test.
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.conf import settings

from tests.integration.processes import database_url
from tests.integration.smtp_sink import running_sink
from tests.services import unavailable

BASE = Path(__file__).resolve().parents[2]
POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")

pytestmark = [pytest.mark.xdist_group("services"), pytest.mark.django_db(transaction=True)]


def process_env(db_url: str, **extra) -> dict:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "PYTEST_", "CACHE_URL"))
    }
    return env | {
        "DJANGO_SETTINGS_MODULE": "followup.settings",
        "DEBUG": "0",
        "SECRET_KEY": settings.SECRET_KEY,
        "DATABASE_URL": db_url,
        "LOG_LEVEL": "ERROR",
        **extra,
    }


def run(args, env, **kwargs) -> str:
    result = subprocess.run(
        [sys.executable, *args], cwd=BASE, env=env, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def suite_engine() -> str:
    return settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]


@pytest.fixture
def fresh_database(tmp_path):
    """A DATABASE_URL for ``backend``: the suite's database, or a new migrated one."""
    dropped = []

    def make(backend: str) -> str:
        if suite_engine() == backend:
            return database_url()
        if backend == "sqlite3":
            url = f"sqlite:///{tmp_path / 'send-once.sqlite3'}"
        else:
            url = _create_postgres_database(dropped)
        env = process_env(url)
        run(["manage.py", "migrate", "--noinput", "-v0"], env)
        return url

    yield make
    for drop in dropped:
        drop()


def _create_postgres_database(dropped: list) -> str:
    try:
        import psycopg

        admin = psycopg.connect(POSTGRES_URL, autocommit=True, connect_timeout=3)
    except Exception as error:  # noqa: BLE001 - any failure to connect means "not available"
        unavailable(f"PostgreSQL is not reachable at {POSTGRES_URL}: {error}")
    name = f"test_send_once_{os.getpid()}"
    admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
    admin.execute(f'CREATE DATABASE "{name}"')

    def drop():
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()

    dropped.append(drop)
    parts = urlsplit(POSTGRES_URL)
    return urlunsplit(parts._replace(path=f"/{name}"))


def four_clicks_in_two_processes(db_url: str, sink) -> list[str]:
    env = process_env(db_url, EMAIL_URL=sink.url)
    letter_id = int(run(["-m", "tests.letters.send_race", "seed"], env).strip())
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.letters.send_race", "race", str(letter_id), "2"],
            cwd=BASE,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    try:
        for process in processes:
            line = process.stdout.readline()
            assert line.strip() == "ready", process.stderr.read()[-3000:]
        for process in processes:  # both processes fire at once
            process.stdin.write("go\n")
            process.stdin.flush()
        outcomes = []
        for process in processes:
            out, err = process.communicate(timeout=120)
            assert process.returncode == 0, err[-3000:]
            outcomes += json.loads(out.strip().splitlines()[-1])
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
    time.sleep(0.5)  # the sink has answered every DATA it was sent
    status = json.loads(run(["-m", "tests.letters.send_race", "status", str(letter_id)], env))
    return outcomes, status


@pytest.mark.parametrize(
    "backend",
    [
        "sqlite3",
        pytest.param("postgresql", marks=pytest.mark.services),
    ],
)
def test_four_simultaneous_sends_in_two_processes_deliver_one_email(backend, fresh_database):
    db_url = fresh_database(backend)
    with running_sink() as sink:
        sink.delay = 0.5  # a slow server: every click arrives while the first is sending
        outcomes, status = four_clicks_in_two_processes(db_url, sink)

        assert sink.count == 1
    assert sorted(outcome.split(":")[0] for outcome in outcomes) == [
        "refused",
        "refused",
        "refused",
        "sent",
    ]
    assert all(
        "being sent right now" in outcome or "can no longer be changed" in outcome
        for outcome in outcomes
        if outcome != "sent"
    )
    assert status == {"status": "sent", "sent_via": "app"}
