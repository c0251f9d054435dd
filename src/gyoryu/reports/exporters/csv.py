"""Every meeting with its outcome as CSV (the report's meetings table): UTF-8 with a byte-order mark so
Korean Excel opens it, amounts as plain numbers, text neutralised against formula injection."""

from __future__ import annotations

import csv as csvlib
import datetime as dt
import io

from django.utils import translation

from gyoryu.common.spreadsheet import csv_row

CONTENT_TYPE = "text/csv; charset=utf-8"
EXTENSION = "csv"


def _plain(value) -> object:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def render(report) -> bytes:
    with translation.override(report.ctx.lang):
        table = report.table("meetings")
        buf = io.StringIO()
        writer = csvlib.writer(buf)
        writer.writerow(csv_row(c.label for c in table.columns))
        for row in table.rows:
            writer.writerow(csv_row(_plain(row.get(c.key)) for c in table.columns))
        return buf.getvalue().encode("utf-8-sig")
