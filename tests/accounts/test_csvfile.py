"""No CSV the app writes holds a cell a spreadsheet would run as a formula, however the
sign is disguised (accounts.csvfile)."""

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from accounts.csvfile import spreadsheet_cell, write_csv
from tests.factories import InterviewFactory

DISGUISED = [
    "\uff1dHYPERLINK(1)",  # full-width ＝
    "\uff0bcmd",  # full-width ＋
    "\uff0d1+1",  # full-width －
    "\uff20SUM(1)",  # full-width ＠
    "\ufe66cmd",  # small ﹦
    "\u200b=cmd",  # zero-width space
    "\ufeff=cmd",  # byte-order mark
    "\u2060=cmd",  # word joiner
    "\u200e\u200f+cmd",  # bidirectional marks
    "\u00ad-cmd",  # soft hyphen
    "\u00a0\u3000=cmd",  # no-break and ideographic spaces
    " =cmd",
    "\n=cmd",
    "\u2212 1",  # minus sign
    "\t1",
    "\rcmd",
]


@pytest.mark.parametrize("text", DISGUISED)
def test_a_disguised_formula_sign_is_written_as_text(text):
    assert spreadsheet_cell(text) == "'" + text


@pytest.mark.parametrize(
    "value, cell",
    [
        ("Acme Corp", "Acme Corp"),
        ("\u200bAcme", "\u200bAcme"),
        ("a=b", "a=b"),
        ("", ""),
        ("\u200b", "\u200b"),
        (None, ""),
        (-3, "-3"),
        (2.5, "2.5"),
        (date(2026, 1, 6), "2026-01-06"),
    ],
)
def test_ordinary_text_and_numbers_are_written_as_they_are(value, cell):
    assert spreadsheet_cell(value) == cell


@given(st.text(max_size=30))
def test_no_cell_ever_starts_with_a_sign_a_spreadsheet_would_see(text):
    cell = spreadsheet_cell(text)

    visible = cell.lstrip(" \t\r\n\u00a0\u3000\u200b\u200e\u200f\u2060\ufeff\u00ad")
    assert cell.startswith("'") or not visible or visible[0] not in "=+-@＝＋－＠﹦−"


def test_every_csv_is_written_through_one_function():
    out = io.StringIO()

    write_csv(out, header=["\ufeff=name"], rows=[["\uff1dcmd", 3]])

    assert out.getvalue() == "'\ufeff=name\r\n'\uff1dcmd,3\r\n"


@pytest.mark.django_db
def test_the_interviews_csv_shows_a_full_width_or_hidden_formula_as_text(signed_in, user):
    InterviewFactory(owner=user, company="\uff1dHYPERLINK(1)", notes="\u200b=SUM(1)")

    response = signed_in.get(reverse("profile_export_interviews_csv"))

    (row,) = csv.DictReader(io.StringIO(response.content.decode()))
    assert row["company"] == "'\uff1dHYPERLINK(1)"
    assert row["notes"] == "'\u200b=SUM(1)"


def test_no_other_module_writes_csv_on_its_own():
    base = Path(__file__).resolve().parents[2]
    apps = ["accounts", "interviews", "letters", "reminders", "coaching", "insights", "followup"]

    writers = [
        str(path.relative_to(base))
        for app in apps
        for path in (base / app).rglob("*.py")
        if "import csv" in path.read_text()
    ]

    assert writers == ["accounts/csvfile.py"]
