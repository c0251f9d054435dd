"""Report tables and charts made ready for templates: printed values, USD with KRW in one cell, SVG."""

from __future__ import annotations

from django.utils.safestring import mark_safe

from gyoryu.reports.charts.svg import render as svg
from gyoryu.reports.exporters.values import cell_label, display, paired, total_label

NUMERIC = ("usd", "krw", "count", "amount")
OPEN = {"missing", "firms", "countries", "deals", "followup", "funnel"}  # shown open; the others folded


def _cell(row: dict, usd, krw) -> dict:
    return {
        "text": display(row.get(usd.key), usd.kind),
        "krw": display(row.get(krw.key), krw.kind) if krw is not None else "",
        "numeric": usd.kind in NUMERIC,
        "long": usd.kind == "text" and len(str(row.get(usd.key) or "")) > 40,
        "key": usd.key,
    }


def table_view(table, compact: bool = True) -> dict:
    cells = paired(table.shown_columns(compact))
    total = table.totals_row()
    return {
        "key": table.key,
        "title": table.title,
        "note": table.note,
        "head": [{"label": cell_label(u, k), "numeric": u.kind in NUMERIC} for u, k in cells],
        "rows": [[_cell(r, u, k) for u, k in cells] for r in table.rows],
        "total": (
            [{"text": total_label(), "krw": "", "numeric": False}]
            + [_cell(total, u, k) if u.key in total else {"text": "", "krw": "", "numeric": False} for u, k in cells[1:]]
            if total is not None
            else None
        ),
        "charts": [chart_view(c) for c in table.charts],
        "open": table.key in OPEN,
        "all_columns": len(table.columns) > len(cells) + sum(1 for _u, k in cells if k is not None),
    }


def chart_view(chart) -> dict:
    return {
        "key": chart.key,
        "title": chart.title,
        "svg": mark_safe(svg(chart)),  # noqa: S308 - built from escaped text only (charts/svg.py)
        "values": list(zip(chart.labels, chart.texts, strict=True)),
    }
