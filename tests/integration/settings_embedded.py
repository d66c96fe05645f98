"""``make run``'s embedded defaults, with the filesystem broker in a folder of the test's own.

The settings are followup.settings unchanged except for the broker's folder, so a test's
worker and beat never share messages with a developer's ``make run`` in the same tree.
"""

import os
from pathlib import Path

from followup.settings import *  # noqa: F403
from followup.settings import CELERY_BROKER_URL

if CELERY_BROKER_URL.startswith("filesystem://") and os.environ.get("TEST_BROKER_DIR"):
    _broker = Path(os.environ["TEST_BROKER_DIR"])
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker / "queue"),
        "data_folder_out": str(_broker / "queue"),
        "processed_folder": str(_broker / "processed"),
        "store_processed": False,
    }
