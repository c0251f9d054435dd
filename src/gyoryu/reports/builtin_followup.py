"""Built-in tables of what came of the meetings: notable deals and MoUs, follow-up status, the conversion
funnel over time, leads by stage, amounts without a rate, and every meeting with its outcome."""

from __future__ import annotations

from decimal import Decimal

from django.utils.translation import gettext as _

from gyoryu.common.bilingual import pick
from gyoryu.followup.models import Stage
from gyoryu.reports import kpi
from gyoryu.reports.columns import measure_label, money_columns, money_values, short_usd
from gyoryu.reports.registry import Chart, Column, Contributor, ReportContext, Table


def horizon_label(months: int | None) -> str:
    if months == 0:
        return _("At the mission")
    if months is None:
        return _("Now")
    return _("After %(n)d months") % {"n": months}


def short_horizon(months: int | None) -> str:
    if months == 0:
        return _("Mission")
    if months is None:
        return _("Now")
    return _("%(n)d mo.") % {"n": months}


def _deals(ctx: ReportContext) -> list[Table]:
    rows = []
    for r in ctx.rows:
        o = r.outcome
        if o is None or not (o.mou_signed or (o.onsite_contract_amount or 0) > 0 or (o.expected_contract_amount or 0) > 0):
            continue
        rows.append(
            {
                "firm": pick(r.firm, "name"),
                "partner": pick(r.partner, "name"),
                "country": r.partner.country,
                "day": r.day,
                "mous": int(o.mou_signed),
                **money_values(r.money["onsite_contract"], "onsite_contract"),
                **money_values(r.money["expected_contract"], "expected_contract"),
                "products": o.products_discussed,
                "stage": r.lead.get_stage_display() if r.lead else "",
            }
        )
    rows.sort(key=lambda x: (-(x["onsite_contract_usd"] or 0), -(x["expected_contract_usd"] or 0), x["firm"]))
    columns = [
        Column("firm", _("Delegation firm")),
        Column("partner", _("Partner")),
        Column("country", _("Country")),
        Column("day", _("Day"), "date"),
        Column("mous", _("MoU"), "count"),
        *money_columns("onsite_contract"),
        *money_columns("expected_contract"),
        Column("products", _("Products discussed")),
        Column("stage", _("Stage now")),
    ]
    note = _("Meetings with an MoU, an on-site contract or an expected contract, biggest first.")
    return [Table("deals", _("Notable deals and MoUs"), columns, rows, note=note, on_firm_sheet=True)]


def _answer_text(row, months: int, col: dict) -> str:
    answer = row.checkins.get(months)
    if answer is not None:
        return answer.get_stage_display()
    if not col["reached"]:
        return _("due %(date)s") % {"date": col["due"].isoformat()} if col["due"] else ""
    return _("no answer")


def _followup(ctx: ReportContext) -> list[Table]:
    columns_by_months = {c["months"]: c for c in funnel(ctx)}
    rows = []
    for r in ctx.rows:
        if r.lead is None:
            continue
        rows.append(
            {
                "firm": pick(r.firm, "name"),
                "partner": pick(r.partner, "name"),
                "country": r.partner.country,
                "stage": r.lead.get_stage_display(),
                **{f"m{m}": _answer_text(r, m, columns_by_months[m]) for m in kpi.HORIZONS},
                **money_values(r.money["export"], "export"),
                "next_step": r.outcome.next_step if r.outcome else "",
            }
        )
    columns = [
        Column("firm", _("Delegation firm")),
        Column("partner", _("Partner")),
        Column("country", _("Country")),
        Column("stage", _("Stage now")),
        *[Column(f"m{m}", _("Answer after %(n)d months") % {"n": m}) for m in kpi.HORIZONS],
        *money_columns("export"),
        Column("next_step", _("Next step")),
    ]
    return [Table("followup", _("Follow-up status"), columns, rows, on_firm_sheet=True)]


def funnel(ctx: ReportContext) -> list[dict]:
    if "funnel" not in ctx.cache:
        ctx.cache["funnel"] = kpi.funnel(ctx.rows, ctx.mission, ctx.today)
    return ctx.cache["funnel"]


def _funnel(ctx: ReportContext) -> list[Table]:
    cols = funnel(ctx)
    rows = [
        {
            "horizon": horizon_label(c["months"]),
            "due": c["due"] if c["months"] is not None else ctx.today,
            "status": _("reached") if c["reached"] else _("not yet"),
            **{k: c[k] for k in ("consultations", "pursued", "contract", "exporting", "no_answer")},
            "consultation_usd": c["consultation_usd"],
            "pursued_usd": c["pursued_usd"],
            "export_usd": c["export_usd"],
            "export_krw": c["export_krw"],
        }
        for c in cols
    ]
    columns = [
        Column("horizon", _("As of")),
        Column("due", _("Date"), "date"),
        Column("status", _("Status")),
        Column("consultations", _("Consultations"), "count"),
        Column("pursued", _("Contract promotion"), "count"),
        Column("contract", _("Contract"), "count"),
        Column("exporting", _("Exporting"), "count"),
        Column("no_answer", _("No answer"), "count"),
        Column("consultation_usd", f"{measure_label('consultation')} (USD)", "usd"),
        Column("pursued_usd", f"{measure_label('expected_contract')} (USD)", "usd"),
        *money_columns("export"),
    ]
    now = cols[-1]
    steps = [
        (_("Consultations"), now["consultations"]),
        (_("Contract promotion"), now["pursued"]),
        (_("Contract"), now["contract"]),
        (_("Exporting"), now["exporting"]),
    ]
    base = now["consultations"] or 1
    charts = [
        Chart(
            "funnel",
            _("Conversion funnel (now)"),
            [s[0] for s in steps],
            [s[1] for s in steps],
            [f"{s[1]} ({s[1] * 100 // base}%)" if now["consultations"] else "0" for s in steps],
            kind="funnel",
        ),
        Chart(
            "exports",
            _("Exports over time (USD)"),
            [short_horizon(c["months"]) for c in cols],
            [r["export_usd"] for r in rows],
            [short_usd(r["export_usd"]) for r in rows],
            unit="USD",
            kind="columns",
        ),
    ]
    note = _(
        "Counts of consultations. After N months: the stage the firm gave in its latest check-in answer up "
        "to then; consultations without an answer by then are counted as no answer."
    )
    return [
        Table("funnel", _("Conversion funnel"), columns, rows, totals=False, note=note, charts=charts,
              on_firm_sheet=True)
    ]


def _leads(ctx: ReportContext) -> list[Table]:
    by_stage = {s: {"stage": str(label), "leads": 0, "expected_contract_usd": Decimal("0.00"),
                    "expected_contract_krw": Decimal("0"), "export_usd": Decimal("0.00"),
                    "export_krw": Decimal("0")} for s, label in Stage.choices}
    for r in ctx.rows:
        if r.lead is None:
            continue
        row = by_stage[r.lead.stage]
        row["leads"] += 1
        for m in ("expected_contract", "export"):
            row[f"{m}_usd"] += r.usd(m)
            row[f"{m}_krw"] += r.krw(m)
    columns = [
        Column("stage", _("Stage")),
        Column("leads", _("Leads"), "count"),
        *money_columns("expected_contract"),
        *money_columns("export"),
    ]
    return [Table("leads", _("Leads by stage"), columns, list(by_stage.values()))]


def contributors() -> list[Contributor]:
    from gyoryu.reports.builtin_meetings import meetings_table, missing_table

    return [
        Contributor("missing-rates", order=5, tables=missing_table),
        Contributor("deals", order=200, tables=_deals),
        Contributor("followup", order=210, tables=_followup),
        Contributor("funnel", order=220, tables=_funnel),
        Contributor("leads", order=230, tables=_leads),
        Contributor("meetings", order=400, tables=meetings_table),
    ]
