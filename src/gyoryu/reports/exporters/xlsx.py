"""The report as an Excel workbook: one sheet per table, numbers as numbers with amount formats, the header
frozen, a totals row of values (not formulas) that equal the sum of the rows, text neutralised against
formula injection (common.spreadsheet)."""

from __future__ import annotations

import io
import re

from django.utils import translation
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from gyoryu.common.spreadsheet import set_xlsx_value
from gyoryu.reports.exporters.values import total_label

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
EXTENSION = "xlsx"
HEADER_ROW = 4  # title, report line, note, then the header
FORMATS = {"usd": "#,##0.00", "krw": "#,##0", "count": "#,##0", "amount": "#,##0.00", "date": "yyyy-mm-dd"}
HEAD_FILL = PatternFill("solid", fgColor="E6EEF8")


def sheet_name(title: str, used: set[str]) -> str:
    name = re.sub(r"[\[\]:*?/\\]", " ", title)[:31].strip() or "Sheet"
    base, n = name, 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.casefold())
    return name


def _write_table(sheet, table, report) -> None:
    columns = table.columns
    set_xlsx_value(sheet.cell(row=1, column=1), table.title)
    sheet.cell(row=1, column=1).font = Font(bold=True, size=14)
    set_xlsx_value(sheet.cell(row=2, column=1), f"{report.title} · {report.subtitle}")
    set_xlsx_value(sheet.cell(row=3, column=1), table.note)
    widths = []
    for c, col in enumerate(columns, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=c)
        set_xlsx_value(cell, col.label)
        cell.font, cell.fill = Font(bold=True), HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        widths.append(min(max(len(col.label) * (2 if not col.label.isascii() else 1), 8), 28))
    r = HEADER_ROW
    for r, row in enumerate(table.rows, start=HEADER_ROW + 1):
        for c, col in enumerate(columns, start=1):
            _put(sheet.cell(row=r, column=c), row.get(col.key), col.kind)
            value = row.get(col.key)
            if isinstance(value, str):
                widths[c - 1] = min(max(widths[c - 1], len(value) * (2 if not value.isascii() else 1)), 48)
            elif col.kind in ("usd", "krw", "amount"):
                widths[c - 1] = max(widths[c - 1], 16)
    total = table.totals_row()
    if total is not None:
        r += 1
        set_xlsx_value(sheet.cell(row=r, column=1), total_label())
        for c, col in enumerate(columns, start=1):
            if col.key in total:
                _put(sheet.cell(row=r, column=c), total[col.key], col.kind)
            sheet.cell(row=r, column=c).font = Font(bold=True)
    for c, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width + 2
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=2)
    if table.rows:
        sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(columns))}{HEADER_ROW + len(table.rows)}"


def _put(cell, value, kind: str) -> None:
    if value is None or value == "":
        return
    set_xlsx_value(cell, value)
    if kind in FORMATS:
        cell.number_format = FORMATS[kind]


def render(report) -> bytes:
    with translation.override(report.ctx.lang):
        book = Workbook()
        used: set[str] = set()
        first = True
        for table in [report.summary, *report.tables]:
            sheet = book.active if first else book.create_sheet()
            first = False
            sheet.title = sheet_name(table.title, used)
            _write_table(sheet, table, report)
        book.properties.title = report.title
        book.properties.creator = "gyoryu"
        book.properties.subject = _("Mission results")
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()
