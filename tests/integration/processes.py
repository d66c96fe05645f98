"""Start real Celery workers and beats (and a throwaway Redis) as subprocesses for tests.

They share the test process's database: ``database_url()`` turns the test database that
pytest-django created (a SQLite file, or a PostgreSQL database) into a DATABASE_URL.
Each process runs in its own session, so a test can SIGKILL it with its pool children.
"""

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

from django.conf import settings

BASE = Path(__file__).resolve().parents[2]
CELERY = str(Path(sys.executable).parent / "celery")


def database_url() -> str:
    db = settings.DATABASES["default"]
    if db["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{db['NAME']}"
    if db["ENGINE"] == "django.db.backends.postgresql":
        auth = quote(db.get("USER") or "", safe="")
        if db.get("PASSWORD"):
            auth += ":" + quote(db["PASSWORD"], safe="")
        host = db.get("HOST") or "127.0.0.1"
        port = db.get("PORT") or 5432
        return f"postgres://{auth}@{host}:{port}/{db['NAME']}"
    raise NotImplementedError(db["ENGINE"])


def celery_env(*, broker: str, email_url: str, **extra) -> dict:
    """The environment of a worker or beat talking to this test's database and sink."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "CELERY_", "REMINDER_", "PYTEST_"))
    }
    env |= {
        "DJANGO_SETTINGS_MODULE": "followup.settings",
        "DEBUG": "0",
        "SECRET_KEY": settings.SECRET_KEY,
        "SITE_URL": settings.SITE_URL,
        "DATABASE_URL": database_url(),
        "CELERY_BROKER_URL": broker,
        "EMAIL_URL": email_url,
        "REMINDER_SWEEP_SECONDS": "1",
        "REMINDER_LEASE_SECONDS": "5",
        "LOG_LEVEL": "WARNING",
    }
    return env | {key: str(value) for key, value in extra.items()}


class Processes:
    """Workers and beats started by one test; all are stopped when it ends."""

    def __init__(self, tmp_path: Path):
        self.tmp_path = tmp_path
        self.running: list[tuple[str, subprocess.Popen]] = []
        self.count = 0

    def worker(self, env: dict, *, concurrency: int = 2) -> subprocess.Popen:
        self.count += 1
        name = f"worker{self.count}"
        return self._start(
            name,
            [
                CELERY,
                "-A",
                "followup",
                "worker",
                "--loglevel=INFO",
                f"--concurrency={concurrency}",
                f"--hostname={name}-{os.getpid()}@%h",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ],
            env,
        )

    def beat(self, env: dict) -> subprocess.Popen:
        self.count += 1
        name = f"beat{self.count}"
        return self._start(
            name,
            [
                CELERY,
                "-A",
                "followup",
                "beat",
                "--loglevel=INFO",
                f"--schedule={self.tmp_path / f'{name}-schedule'}",
            ],
            env,
        )

    def redis(self, port: int) -> subprocess.Popen:
        return self._start(
            f"redis-{port}",
            [
                "redis-server",
                "--port",
                str(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.tmp_path),
            ],
            without_faked_clock(os.environ),
        )

    def kill(self, process: subprocess.Popen, sig=signal.SIGKILL, *, timeout: float = 30) -> None:
        """Signal the process and its children (a worker's pool) at once, and wait."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        process.wait(timeout=timeout)

    def stop_all(self) -> None:
        """SIGTERM everything still running; SIGKILL what is not gone within seconds."""
        alive = [process for _, process in self.running if process.poll() is None]
        for process in alive:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        for process in alive:
            try:
                process.wait(timeout=max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                self.kill(process, signal.SIGKILL)
        # Pool children outlive a parent that was killed: end the whole groups.
        for _, process in self.running:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)

    def logs(self) -> str:
        """The end of every process's log, for a failing assertion's message."""
        parts = []
        for name, _ in self.running:
            path = self.tmp_path / f"{name}.log"
            text = path.read_text(errors="replace") if path.exists() else ""
            parts.append(f"--- {name} ---\n{text[-3000:]}")
        return "\n".join(parts)

    def _start(self, name: str, command: list[str], env: dict) -> subprocess.Popen:
        log = (self.tmp_path / f"{name}.log").open("ab")
        process = subprocess.Popen(
            command,
            cwd=BASE,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        log.close()
        self.running.append((name, process))
        return process


def without_faked_clock(env) -> dict:
    """``env`` without libfaketime, for a server the test starts (Redis).

    The suite is run under Debian's ``faketime`` to prove it passes at any hour; the
    servers it talks to keep their own clocks (PostgreSQL does anyway), and Redis's
    allocator cannot start with libfaketime preloaded.
    """
    return {
        key: value
        for key, value in env.items()
        if key != "LD_PRELOAD" and not key.startswith(("FAKETIME", "DONT_FAKE"))
    }


def wait_until(condition, *, timeout: float, interval: float = 0.2, message: str = "") -> float:
    """Poll ``condition`` until it is true; returns the seconds it took."""
    started = time.monotonic()
    while True:
        if condition():
            return time.monotonic() - started
        if time.monotonic() - started > timeout:
            raise AssertionError(f"Timed out after {timeout:.0f}s: {message}")
        time.sleep(interval)
