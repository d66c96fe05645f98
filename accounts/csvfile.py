"""Every CSV file the app writes, written one way: cells a spreadsheet would run as a
formula are shown as text.

A cell that a spreadsheet reads as starting with ``= + - @`` is a formula there
(``=HYPERLINK(…)`` leaks data, old DDE formulas run commands), and notes or imported
invites hold text written by other people. Spreadsheets skip what comes before the
sign when it is invisible (spaces, zero-width characters, a byte-order mark) and read
full-width and small forms (``＝ ＋ － ＠ ﹦``) as the ASCII ones, so those count too.
Such a cell is prefixed with ``'``, which spreadsheets show as text and hide.
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterable, Sequence
from decimal import Decimal

FORMULA_SIGNS = frozenset("=+-@")
# Lookalikes that NFKC does not fold to an ASCII sign but spreadsheets may still read as one.
FORMULA_LOOKALIKES = frozenset("\u2212\u2796\u2795\uff0b")  # − ➖ ➕ ＋
# Invisible before a sign: separators, control and format characters (ZWSP, BOM, word
# joiner, bidirectional marks, soft hyphen…).
INVISIBLE_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf"})


def spreadsheet_cell(value) -> str:
    """``value`` as the text of one CSV cell, never a formula in a spreadsheet."""
    if value is None:
        return ""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return str(value)  # a number is shown as one; only text can hold a formula
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return "'" + text if _reads_as_formula(text) else text


def _reads_as_formula(text: str) -> bool:
    if text[:1] in ("\t", "\r"):
        return True
    for char in text:  # stops at the first visible character
        if unicodedata.category(char) in INVISIBLE_CATEGORIES:
            continue
        return (
            char in FORMULA_LOOKALIKES or unicodedata.normalize("NFKC", char)[:1] in FORMULA_SIGNS
        )
    return False


def write_csv(stream, *, header: Sequence, rows: Iterable[Sequence]) -> None:
    """The header and rows as CSV (RFC 4180 line ends) on ``stream``, every cell made
    safe by ``spreadsheet_cell``."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow([spreadsheet_cell(value) for value in header])
    writer.writerows([spreadsheet_cell(value) for value in row] for row in rows)
