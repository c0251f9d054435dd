"""The report's built-in contributors: summary lines and the tables by firm, country, partner, stop, day and
industry.  Follow-up tables (deals, leads, funnel, meetings) are in builtin_followup.py."""

from __future__ import annotations

from django.utils.translation import gettext as _

from gyoryu.common.bilingual import pick
from gyoryu.reports import builtin_followup, kpi
from gyoryu.reports.columns import measure_label, metric_columns, metric_values, usd_text
from gyoryu.reports.queries import delegation_companies
from gyoryu.reports.registry import Chart, Column, Contributor, Line, ReportContext, Table, register


def figures(ctx: ReportContext) -> kpi.Totals:
    if "totals" not in ctx.cache:
        ctx.cache["totals"] = kpi.totals(ctx.rows)
    return ctx.cache["totals"]


def companies(ctx: ReportContext) -> list:
    if "companies" not in ctx.cache:
        ctx.cache["companies"] = delegation_companies(ctx.mission, ctx.firms, ctx.filters)
    return ctx.cache["companies"]


def _summary(ctx: ReportContext) -> list[Line]:
    t = figures(ctx)
    lines = [
        Line("companies", _("Participating companies"), count=len(companies(ctx))),
        Line("consultations", _("Consultations"), count=t.consultations),
    ]
    for m in ("consultation", "expected_contract", "onsite_contract"):
        lines.append(Line(m, measure_label(m), usd=t.usd[m], krw=t.krw[m]))
    lines += [
        Line("mous", _("MoUs signed"), count=t.mous),
        Line("export", measure_label("export"), usd=t.usd["export"], krw=t.krw["export"]),
        Line("requested", _("Meetings requested"), count=t.requested),
        Line("accepted", _("Meetings accepted"), count=t.accepted),
        Line("held", _("Meetings held"), count=t.held),
        Line("no_show", _("No-shows"), count=t.no_show),
        Line("leads", _("Leads"), count=t.lead_count),
    ]
    return lines


def _bars(key: str, title: str, groups: list[kpi.Group]) -> Chart:
    shown = [g for g in groups if g.totals.usd["consultation"] > 0 or g.totals.consultations][:12]
    return Chart(
        key=key,
        title=title,
        labels=[g.label for g in shown],
        values=[g.totals.usd["consultation"] for g in shown],
        texts=[
            f"{usd_text(g.totals.usd['consultation'])} · {g.totals.consultations}" for g in shown
        ],
        unit="USD",
    )


GROUPS = (  # key, dimension, title, first column label, order, chart title (None: no chart)
    ("firms", "firm", lambda: _("Results by delegation firm"), lambda: _("Delegation firm"), 110,
     lambda: _("Consultation amount by firm (USD)")),
    ("countries", "country", lambda: _("Results by partner country"), lambda: _("Country"), 120,
     lambda: _("Consultation amount by partner country (USD)")),
    ("partners", "partner", lambda: _("Results by partner"), lambda: _("Partner"), 130, None),
    ("stops", "stop", lambda: _("Results by stop"), lambda: _("Stop"), 140, None),
    ("days", "day", lambda: _("Results by day"), lambda: _("Day"), 150, None),
    ("industries", "industry", lambda: _("Results by industry"), lambda: _("Industry (KSIC)"), 160, None),
)


def group_table(ctx: ReportContext, key: str, dimension: str, title: str, first: str, chart: str | None) -> Table:
    always = [(o.pk, _org_name(o)) for o in companies(ctx)] if dimension == "firm" else []
    groups = kpi.breakdown(ctx.rows, dimension, always=always)
    columns = [Column("label", first)]
    if dimension == "partner":
        columns.append(Column("country", _("Country")))
    if dimension == "firm":
        columns.append(Column("industry", _("Industry (KSIC)")))
    columns += metric_columns()
    industry = {o.pk: o.industry_label for o in companies(ctx)}
    rows = []
    for g in groups:
        row = {"label": g.label, "key": g.key, **metric_values(g.totals)}
        if dimension == "partner":
            row["country"] = g.extra.get("country", "")
        if dimension == "firm":
            row["industry"] = industry.get(g.key, "")
        rows.append(row)
    charts = [_bars(f"{key}-consultation", chart, groups)] if chart else []
    compact = ("label", "country", "consultations", "consultation_usd", "consultation_krw",
               "expected_contract_usd", "expected_contract_krw", "onsite_contract_usd", "onsite_contract_krw",
               "mous", "export_usd", "export_krw")
    return Table(key, title, columns, rows, charts=charts, compact=compact)


def _org_name(org) -> str:
    return pick(org, "name")


def _group_contributor(spec) -> Contributor:
    key, dimension, title, first, order, chart = spec
    return Contributor(
        key=key,
        order=order,
        tables=lambda ctx: [group_table(ctx, key, dimension, title(), first(), chart() if chart else None)],
    )


def register_builtins() -> None:
    register(Contributor("summary", order=0, summary=_summary))
    for spec in GROUPS:
        register(_group_contributor(spec))
    for contributor in builtin_followup.contributors():
        register(contributor)
