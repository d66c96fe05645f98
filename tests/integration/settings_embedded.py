"""``make run``'s embedded defaults, with the filesystem broker in a folder of the test's own.

The settings are followup.settings unchanged except for the broker's folders and the beat
schedule, kept under TEST_BROKER_DIR, so a test's worker and beat never share messages
(or a schedule file) with a developer's ``make run`` in the same tree.
"""

import os
from pathlib import Path

from followup.settings import *  # noqa: F403
from followup.settings import CELERY_BROKER_TRANSPORT_OPTIONS, CELERY_BROKER_URL

if CELERY_BROKER_URL.startswith("filesystem://") and os.environ.get("TEST_BROKER_DIR"):
    _broker = Path(os.environ["TEST_BROKER_DIR"])
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        **CELERY_BROKER_TRANSPORT_OPTIONS,
        "data_folder_in": str(_broker / "queue"),
        "data_folder_out": str(_broker / "queue"),
        "processed_folder": str(_broker / "processed"),
        "control_folder": str(_broker / "control"),
    }
    CELERY_BEAT_SCHEDULE_FILENAME = str(_broker / "celerybeat-schedule")
