"""How a table value is printed on pages and in PDFs (spreadsheets get the numbers themselves)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.utils.translation import gettext as _


def display(value, kind: str) -> str:
    if value is None or value == "":
        return ""
    if kind == "usd":
        return f"{Decimal(value):,.2f}"
    if kind == "krw":
        return f"{Decimal(value):,.0f}"
    if kind == "amount":
        return f"{Decimal(value):,.2f}".removesuffix(".00")
    if kind == "count":
        return f"{int(value):,}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def paired(columns) -> list[tuple]:
    """Columns as cells: a usd column followed by the krw column of the same measure share one cell."""
    out, i = [], 0
    while i < len(columns):
        c = columns[i]
        nxt = columns[i + 1] if i + 1 < len(columns) else None
        if c.kind == "usd" and nxt is not None and nxt.kind == "krw" and nxt.key[:-4] == c.key[:-4]:
            out.append((c, nxt))
            i += 2
        else:
            out.append((c, None))
            i += 1
    return out


def cell_label(usd_col, krw_col) -> str:
    if krw_col is None:
        return usd_col.label
    if usd_col.label == "USD":
        return "USD / KRW"
    return usd_col.label.removesuffix(" (USD)") + " (USD / KRW)"


def total_label() -> str:
    return _("Total")
