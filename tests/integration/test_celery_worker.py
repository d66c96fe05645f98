"""A real Celery worker, started as a subprocess, runs a task against Redis."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from celery import Celery

from tests.services import require_redis

BASE = Path(__file__).resolve().parents[2]
# One xdist worker runs every test that starts Celery processes on the shared Redis.
pytestmark = [pytest.mark.services, pytest.mark.xdist_group("services")]


@pytest.fixture
def worker_name():
    # A name of its own: a worker another run left on the shared Redis never answers here.
    return f"test-worker-{uuid.uuid4().hex[:12]}@localhost"


@pytest.fixture
def redis_worker(tmp_path, monkeypatch, worker_name):
    url = require_redis()
    # Celery lets these variables override an app's own configuration (CI sets them).
    monkeypatch.delenv("CELERY_BROKER_URL", raising=False)
    monkeypatch.delenv("CELERY_RESULT_BACKEND", raising=False)
    env = os.environ | {
        "DEBUG": "0",
        "CELERY_BROKER_URL": url,
        "CELERY_RESULT_BACKEND": url,
    }
    log = (tmp_path / "worker.log").open("w")
    worker = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "celery"),
            "-A",
            "followup",
            "worker",
            "--pool=solo",
            "--loglevel=INFO",
            "--queues=celery",
            f"--hostname={worker_name}",
        ],
        cwd=BASE,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    client = Celery("followup-test", broker=url, backend=url)
    client.conf.broker_connection_retry_on_startup = True
    try:
        yield client
    finally:
        worker.terminate()
        worker.wait(timeout=30)
        log.close()
        # Close the result backend's Redis connections too, not only the broker's.
        client.backend.client.connection_pool.disconnect()
        client.close()


def test_a_real_worker_runs_a_task_through_redis(redis_worker):
    result = redis_worker.send_task("followup.ping")
    assert result.get(timeout=60) == "pong"


def test_the_worker_knows_the_apps_tasks(redis_worker, worker_name):
    redis_worker.send_task("followup.ping").get(timeout=60)
    # Ask only the worker this test started, and stop at its first answer.
    inspect = redis_worker.control.inspect(destination=[worker_name], timeout=10, limit=1)
    registered = inspect.registered() or {}
    assert list(registered) == [worker_name]
    names = {task for tasks in registered.values() for task in tasks}
    assert "reminders.tasks.dispatch_due_reminders" in names
