"""Keep the checker's report with the text it judged, so a page view need not re-run it.

``key()`` hashes everything ``quality.check_letter`` reads (the text, the recipient, the
names, the other drafts, the times), the checker's own source (a new checker version
judges afresh), whether the interview has started, and where ``now`` stands against the
follow-up window (``window_hours``, one of the inputs): before the last hours of the
window nothing about time is said, so one report serves until then; after that the
timing finding counts minutes, so the key changes every minute.

Only the public entry point of the checker is used: its report is stored as plain JSON
(``dataclasses.asdict``) and rebuilt into the same ``Report`` and ``Finding`` classes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import datetime, timedelta
from pathlib import Path

from letters import quality


def _checker_version() -> str:
    source = hashlib.sha256()
    for path in sorted(Path(quality.__file__).parent.rglob("*.py")):
        source.update(path.read_bytes())
    return source.hexdigest()


CHECKER_VERSION = _checker_version()


def key(inputs: dict, *, now: datetime) -> str:
    """The hash of the checker's inputs (``now`` as the time bucket it matters to)."""
    ended = inputs.get("interview_ended_at")
    window = timedelta(hours=inputs.get("window_hours", quality.DEFAULT_WINDOW_HOURS))
    due = ended + window if ended else None
    quiet_until = due - getattr(quality, "SEND_SOON_WITHIN", timedelta(hours=4)) if due else None
    bucket = "timeless" if quiet_until is None or now < quiet_until else f"{now:%Y-%m-%dT%H:%M}"
    # Thanks "for the interview" are wrong only until it starts.
    starts = inputs.get("interview_starts_at")
    started = starts is None or now >= starts
    payload = json.dumps(
        {"inputs": inputs, "time": bucket, "started": started, "checker": CHECKER_VERSION},
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def dump(report: quality.Report) -> dict | None:
    """The report as JSON, or None if it holds something JSON cannot (then: no cache)."""
    data = dataclasses.asdict(report)
    try:
        json.dumps(data)
    except TypeError:
        return None
    return data


def load(data: dict | None) -> quality.Report | None:
    """The stored report, or None if it no longer fits the checker's classes."""
    if not data:
        return None
    try:
        # JSON has no tuples: put back the ones the checker's classes hold.
        findings = tuple(
            quality.Finding(**{k: _tuples(v) for k, v in finding.items()})
            for finding in data["findings"]
        )
        return quality.Report(**{**data, "findings": findings})
    except (KeyError, TypeError):
        return None


def _tuples(value):
    return tuple(_tuples(item) for item in value) if isinstance(value, list) else value
