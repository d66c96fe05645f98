"""Production configuration: `check --deploy` and the docker compose file."""

import base64
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import yaml

BASE = Path(__file__).resolve().parents[2]


def test_check_deploy_is_clean_with_production_variables():
    # Exactly the operator's command line: nothing else from the test environment.
    env = {name: os.environ[name] for name in ("PATH", "HOME", "LANG") if name in os.environ}
    env |= {
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50)[:50],
        "MAILBOX_ENCRYPTION_KEY": base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
        "ALLOWED_HOSTS": "example.org",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "DEBUG"],
        cwd=BASE,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def compose():
    return yaml.safe_load((BASE / "docker-compose.yml").read_text())


def documented_variables() -> set[str]:
    text = (BASE / ".env.example").read_text()
    return set(re.findall(r"^([A-Z_]+)=", text, flags=re.MULTILINE))


def test_compose_runs_every_part_of_production():
    services = compose()["services"]
    assert set(services) >= {"postgres", "redis", "web", "worker", "beat", "mailpit"}
    assert "gunicorn" in services["web"]["command"]
    assert services["worker"]["command"][:4] == ["celery", "-A", "followup", "worker"]
    assert services["beat"]["command"][:4] == ["celery", "-A", "followup", "beat"]


def test_compose_uses_the_settings_variable_names():
    settings_source = (BASE / "followup" / "settings.py").read_text()
    documented = documented_variables()
    for name in ("web", "worker", "beat"):
        env = compose()["services"][name]["environment"]
        for variable in env:
            assert variable in documented, f"{variable} is not in .env.example"
            assert f'"{variable}"' in settings_source, f"settings.py never reads {variable}"
    assert compose()["services"]["web"]["environment"]["DATABASE_URL"].startswith("postgres://")
    assert compose()["services"]["worker"]["environment"]["CELERY_BROKER_URL"].startswith(
        "redis://"
    )


def test_every_documented_variable_is_read_by_the_settings():
    settings_source = (BASE / "followup" / "settings.py").read_text()
    for variable in documented_variables():
        assert f'"{variable}"' in settings_source, variable
