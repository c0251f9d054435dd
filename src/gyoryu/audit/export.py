"""The audit trail as a spreadsheet (CSV or XLSX): one line per changed field, text that a spreadsheet
could run as a formula neutralised (``common.spreadsheet``)."""

from __future__ import annotations

import csv
import io

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from gyoryu.audit.present import EMPTY, rows
from gyoryu.common.spreadsheet import csv_row, set_xlsx_value

CHUNK = 500


def header() -> list[str]:
    return [
        pgettext("history", "When"),
        pgettext("history", "Who"),
        pgettext("history", "Through"),
        pgettext("history", "Action"),
        pgettext("history", "What"),
        pgettext("history", "Object"),
        pgettext("history", "Field"),
        pgettext("history", "Before"),
        pgettext("history", "After"),
    ]


def lines(entries):
    """One list of cells per changed field (an entry without fields: one line)."""
    batch = []
    for entry in entries.iterator(chunk_size=CHUNK) if hasattr(entries, "iterator") else entries:
        batch.append(entry)
        if len(batch) == CHUNK:
            yield from _lines(batch)
            batch = []
    yield from _lines(batch)


def _lines(batch):
    for row in rows(batch):
        first = [row.when.strftime("%Y-%m-%d %H:%M:%S"), row.actor, row.via, row.action, row.what, row.name]
        for change in row.changes or [None]:
            if change is None:
                yield [*first, EMPTY, EMPTY, EMPTY]
            else:
                yield [*first, change.label, change.before, change.after]


def to_csv(entries) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(csv_row(header()))
    for line in lines(entries):
        writer.writerow(csv_row(line))
    return out.getvalue().encode("utf-8-sig")  # with a BOM, so that Excel reads Korean as UTF-8


def to_xlsx(entries) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = _("History")[:31]
    for col, text in enumerate(header(), start=1):
        cell = sheet.cell(row=1, column=col)
        set_xlsx_value(cell, text)
        cell.font = Font(bold=True)
    for r, line in enumerate(lines(entries), start=2):
        for col, value in enumerate(line, start=1):
            set_xlsx_value(sheet.cell(row=r, column=col), value)
    sheet.freeze_panes = "A2"
    for col, width in zip("ABCDEFGHI", (18, 24, 12, 10, 18, 28, 22, 30, 30), strict=True):
        sheet.column_dimensions[col].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
