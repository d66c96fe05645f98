"""Helpers shared by the interview tests."""

from datetime import UTC, datetime
from pathlib import Path

ICS = Path(__file__).parent / "ics"

# A fixed moment keeps countdown texts and groups exact.
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def interview_data(*, panel=(), initial_rows=0, **fields) -> dict:
    """POST data for the interview form: its fields, then one dict per panel row."""
    data = {
        "company": "Acme Corp",
        "role": "Data Engineer",
        "round": "first",
        "format": "video",
        "starts_at": "2026-03-10T14:00",
        "ends_at": "2026-03-10T15:00",
        "location": "https://meet.google.com/abc-defg-hij",
        "job_posting_url": "",
        "decision_expected_by": "",
        "notes": "",
        "panel-TOTAL_FORMS": str(len(panel)),
        "panel-INITIAL_FORMS": str(initial_rows),
        "panel-MIN_NUM_FORMS": "0",
        "panel-MAX_NUM_FORMS": "20",
        **fields,
    }
    for index, row in enumerate(panel):
        for key, value in row.items():
            if value is True:
                value = "on"
            if value is False:
                continue
            data[f"panel-{index}-{key}"] = "" if value is None else value
    return data


def read_ics(name: str) -> bytes:
    return (ICS / name).read_bytes()
