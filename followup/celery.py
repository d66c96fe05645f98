"""The Celery app ``followup``, configured from Django settings (``CELERY_`` namespace)."""

import os
from pathlib import Path

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "followup.settings")

app = Celery("followup")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.task(name="followup.ping")
def ping() -> str:
    """Answers "pong": lets an operator (or a test) check a worker end to end."""
    return "pong"


def _ensure_filesystem_broker_folders() -> None:
    # kombu's filesystem transport does not create its folders itself.
    options = app.conf.broker_transport_options or {}
    for key in ("data_folder_in", "data_folder_out", "processed_folder", "control_folder"):
        if options.get(key):
            Path(options[key]).mkdir(parents=True, exist_ok=True)


if str(app.conf.broker_url or "").startswith("filesystem://"):
    _ensure_filesystem_broker_folders()
