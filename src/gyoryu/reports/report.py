"""One report: the context (mission, account, filters, rows) and what every contributor made of it.

Pages, downloads, the CLI and the API all build the report here, so they show the same figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from gyoryu.common.bilingual import pick
from gyoryu.reports.filters import Filters, keep
from gyoryu.reports.queries import build_rows
from gyoryu.reports.registry import Chart, Column, ReportContext, Table, contributors

LANGS = ("ko", "en")
FIRM_SHEET_LEAVES_OUT = ("companies", "accepted")  # said by the sheet itself, or noise there


@dataclass
class Report:
    ctx: ReportContext
    title: str
    subtitle: str
    summary: Table
    tables: list[Table]
    generated: dt.datetime = field(default_factory=timezone.now)
    firm: object | None = None

    @property
    def charts(self) -> list[Chart]:
        return [c for t in self.tables for c in t.charts]

    def table(self, key: str) -> Table | None:
        return next((t for t in self.tables if t.key == key), None)


def _summary_table(lines) -> Table:
    columns = [
        Column("label", _("Item")),
        Column("count", _("Count"), "count"),
        Column("usd", "USD", "usd"),
        Column("krw", "KRW", "krw"),
    ]
    rows = [{"key": ln.key, "label": ln.label, "count": ln.count, "usd": ln.usd, "krw": ln.krw} for ln in lines]
    return Table("summary", _("Summary"), columns, rows, totals=False, on_firm_sheet=True)


def _dates(mission) -> str:
    stops = list(mission.stops.all())
    if not stops:
        return ""
    start, end = min(s.start_date for s in stops), max(s.end_date for s in stops)
    cities = " · ".join(pick(s, "city") for s in sorted(stops, key=lambda s: s.order))
    return f"{start.isoformat()} – {end.isoformat()} · {cities}"


def build(
    *,
    user,
    mission,
    firms: frozenset[int] | None,
    filters: Filters | None = None,
    lang: str = "en",
    today: dt.date | None = None,
    firm=None,
) -> Report:
    """The report of ``mission`` as ``user`` may see it (``firms`` from queries.report_firms), in ``lang``.
    With ``firm`` (an organisation of the delegation the account may see): that firm's one-page sheet."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}")
    filters = filters or Filters()
    if firm is not None:
        firms = frozenset({firm.pk}) if firms is None else firms & {firm.pk}
    with translation.override(lang):
        every = build_rows(user, [mission], None, firms)
        rows = [r for r in every if keep(r, filters)]
        ctx = ReportContext(
            mission=mission,
            user=user,
            lang=lang,
            filters=filters,
            firms=firms,
            rows=rows,
            today=today or timezone.localdate(),
            rates=every[0].rates if every else _rates(mission),
        )
        ctx.cache["all_rows"] = every  # before filters: the pages' filter choices come from these
        lines, tables = [], []
        for c in contributors():
            if c.summary is not None:
                lines += c.summary(ctx)
            if c.tables is not None:
                tables += c.tables(ctx)
        if firm is not None:
            tables = [t for t in tables if t.on_firm_sheet]
            lines = [ln for ln in lines if ln.key not in FIRM_SHEET_LEAVES_OUT]
        title = _("Mission results: %(title)s") % {"title": pick(mission, "title")}
        if firm is not None:
            title = _("Results of %(firm)s") % {"firm": pick(firm, "name")}
        parts = [pick(mission, "title")] if firm is not None else []
        subtitle = " · ".join(x for x in (*parts, pick(mission.organiser, "name"), _dates(mission)) if x)
        return Report(ctx, title, subtitle, _summary_table(lines), tables, firm=firm)


def _rates(mission) -> dict:
    from gyoryu.followup.queries import rates

    return rates(mission)


def filter_summary(ctx: ReportContext) -> str:
    """The report's active filters in the active language, named as on the page (e.g. "Stop: 2. Seattle,
    Partner country: US"), never as query-string keys and ids."""
    from gyoryu.organizations.models import Organisation

    f, parts = ctx.filters, []
    if f.stop is not None:
        stop = ctx.mission.stops.filter(pk=f.stop).first()
        parts.append((_("Stop"), f"{stop.order}. {pick(stop, 'city')}" if stop else f.stop))
    if f.firm is not None:
        firm = Organisation.objects.filter(pk=f.firm).first()
        parts.append((_("Delegation firm"), pick(firm, "name") if firm else f.firm))
    if f.country:
        parts.append((_("Partner country"), f.country))
    if f.industry:
        parts.append((_("Industry (KSIC)"), _("unclassified") if f.industry == "-" else f.industry))
    if f.date_from or f.date_to:
        parts.append((_("Period"), f"{f.date_from or '…'} – {f.date_to or '…'}"))
    return ", ".join(f"{label}: {value}" for label, value in parts)
