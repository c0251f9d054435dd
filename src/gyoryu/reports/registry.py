"""The extension point of the result report: contributors of summary lines and tables (convention 7).

A feature that has something to count in a mission's results (programme items such as visits and signing
ceremonies, exchange programmes of a partnership, ...) registers a :class:`Contributor` once, in its
``AppConfig.ready()``; the reports code never imports that feature::

    from gyoryu.reports.registry import Column, Contributor, Line, Table, register

    def _summary(ctx):                      # ctx: ReportContext (mission, user, firms, filters, lang, rows)
        n = ExchangeProgramme.objects.filter(mission=ctx.mission).count()
        return [Line("exchanges", _("Exchange programmes"), count=n)]

    def _tables(ctx):
        rows = [{"name": p.name, "people": p.people} for p in ...]
        return [Table("exchanges", _("Exchange programmes"),
                      [Column("name", _("Programme")), Column("people", _("People"), "count")], rows)]

    register(Contributor("partnerships", order=500, summary=_summary, tables=_tables))

Rules for contributors: compute only what ``ctx.user`` may see (``ctx.firms`` is None for staff, else the
delegation firms whose rows the account sees; show nothing firm-specific outside them), honour
``ctx.filters`` where they apply, use Decimal USD/KRW (converted at ``ctx.rates``, the mission's stored
rates), and return labels in the active language (the report runs under ``translation.override(ctx.lang)``).
Every page, download (XLSX: one sheet per table; PDF; CSV of the meetings table) and the API show the
lines and tables of every registered contributor, in ``order``.  The built-in tables are contributors too
(``builtin.py``, orders 0-400).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

COLUMN_KINDS = ("text", "count", "usd", "krw", "amount", "date")


@dataclass(frozen=True)
class Column:
    """``kind``: text, count (integer), usd (cents), krw (won), amount (an original amount), date.  A krw
    column right after the usd column of the same measure is shown in the same cell on pages and in PDFs."""

    key: str
    label: str
    kind: str = "text"
    total: bool | None = None  # summed in the totals row; default: count, usd and krw columns

    def __post_init__(self):
        if self.kind not in COLUMN_KINDS:
            raise ValueError(f"column {self.key!r}: unknown kind {self.kind!r}")

    @property
    def summed(self) -> bool:
        return self.kind in ("count", "usd", "krw") if self.total is None else self.total


@dataclass
class Chart:
    """A bar chart: one bar per label (``values`` in the unit; ``texts`` as printed beside the bars)."""

    key: str
    title: str
    labels: list[str]
    values: list[Decimal | int]
    texts: list[str]
    unit: str = ""
    kind: str = "bars"  # bars (horizontal) | columns (vertical, e.g. over time) | funnel


@dataclass
class Table:
    key: str
    title: str
    columns: list[Column]
    rows: list[dict]
    totals: bool = True
    note: str = ""
    charts: list[Chart] = field(default_factory=list)
    on_firm_sheet: bool = False
    compact: tuple[str, ...] = ()  # the column keys to show where space is short (PDF, pages); all if empty

    def shown_columns(self, compact: bool) -> list[Column]:
        if compact and self.compact:
            return [c for c in self.columns if c.key in self.compact]
        return self.columns

    def totals_row(self) -> dict | None:
        """The sum of every summed column over the rows (None when the table has no totals row)."""
        if not self.totals:
            return None
        out: dict = {}
        for c in self.columns:
            if c.summed:
                zero = Decimal("0.00") if c.kind == "usd" else (Decimal("0") if c.kind == "krw" else 0)
                out[c.key] = sum((r.get(c.key) or 0 for r in self.rows), zero)
        return out


@dataclass(frozen=True)
class Line:
    """One line of the summary table (참가기업 수, 상담건수, 상담액, ...): a count and/or USD with KRW."""

    key: str
    label: str
    count: int | None = None
    usd: Decimal | None = None
    krw: Decimal | None = None
    note: str = ""


@dataclass
class ReportContext:
    mission: object
    user: object
    lang: str
    filters: object
    firms: frozenset[int] | None  # None: every firm (staff)
    rows: list  # queries.MeetingRow, already scoped and filtered
    today: dt.date
    rates: dict = field(default_factory=dict)
    cache: dict = field(default_factory=dict)  # contributors may keep what they computed for later calls


@dataclass(frozen=True)
class Contributor:
    key: str
    order: int = 1000
    summary: Callable[[ReportContext], list[Line]] | None = None
    tables: Callable[[ReportContext], list[Table]] | None = None


_CONTRIBUTORS: dict[str, Contributor] = {}


def register(contributor: Contributor) -> None:
    """Add (or replace, by key) a contributor."""
    _CONTRIBUTORS[contributor.key] = contributor


def unregister(key: str) -> None:
    _CONTRIBUTORS.pop(key, None)


def contributors() -> list[Contributor]:
    return sorted(_CONTRIBUTORS.values(), key=lambda c: (c.order, c.key))
