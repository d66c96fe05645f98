"""Ctrl-C on ``make run`` stops web, worker and beat cleanly, as honcho runs them.

Honcho starts each Procfile line in a session of its own and, on SIGINT or SIGTERM,
sends SIGTERM to each line's whole process group; 5 s after the first line stops it
SIGKILLs what is left. A prefork worker's pool children got that SIGTERM directly
("Process 'ForkPoolWorker-2' ... exited with 'signal 15'") and the worker outlived the
grace. A browser adds nothing here: this drives the real Procfile through honcho.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.integration.processes import BASE, celery_env, wait_until
from tests.integration.smtp_sink import free_port

pytestmark = [pytest.mark.xdist_group("services")]

HONCHO = Path(sys.executable).parent / "honcho"


@pytest.fixture
def make_run(tmp_path, transactional_db):
    """``make run``'s honcho on the real Procfile, a free port and a broker of its own;
    the test database, so the tasks beat sends at start-up run as they would."""
    log_path = tmp_path / "honcho.log"
    env = celery_env(
        broker="filesystem://",
        email_url=f"file://{tmp_path / 'mail'}",
        DJANGO_SETTINGS_MODULE="tests.integration.settings_embedded",
        TEST_BROKER_DIR=tmp_path / "broker",
        DEBUG="1",
        LOG_LEVEL="INFO",
    )
    with log_path.open("wb") as log:
        honcho = subprocess.Popen(
            [HONCHO, "start", "--port", str(free_port()), "--procfile", BASE / "Procfile"],
            cwd=BASE,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # a terminal's Ctrl-C reaches honcho, not its children
        )
    try:
        yield honcho, log_path
    finally:
        if honcho.poll() is None:
            os.killpg(honcho.pid, signal.SIGKILL)
            honcho.wait(timeout=10)


def test_ctrl_c_stops_the_worker_cleanly_within_honchos_grace(make_run):
    honcho, log_path = make_run

    def log() -> str:
        return log_path.read_text(errors="replace")

    wait_until(
        lambda: " ready." in log() and "beat: Starting" in log() and "Quit the server" in log(),
        timeout=60,
        message=f"make run did not start:\n{log()[-3000:]}",
    )
    asked = time.monotonic()
    honcho.send_signal(signal.SIGINT)  # what Ctrl-C in the terminal does
    honcho.wait(timeout=20)
    took = time.monotonic() - asked

    output = log()
    assert "Warm shutdown" in output
    assert "signal 15" not in output, output[-3000:]
    assert "SIGKILL" not in output, output[-3000:]
    assert "worker.1 stopped (rc=0)" in output, output[-3000:]
    assert "beat.1 stopped (rc=0)" in output, output[-3000:]
    assert "Traceback" not in output, output[-3000:]
    assert took < 6, f"took {took:.1f} s:\n{output[-3000:]}"
