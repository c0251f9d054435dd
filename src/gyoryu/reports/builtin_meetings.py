"""Built-in tables: every meeting row with its place, attendance, outcome and lead (the CSV export is this
table), and the amounts left out of USD/KRW totals because the mission has no rate for their currency."""

from __future__ import annotations

import zoneinfo

from django.utils.translation import gettext as _

from gyoryu.common.bilingual import pick
from gyoryu.reports.columns import measure_label, money_columns, money_values
from gyoryu.reports.queries import MEASURES
from gyoryu.reports.registry import Column, ReportContext, Table


def _local_time(row) -> str:
    if row.start is None:
        return ""
    zone = zoneinfo.ZoneInfo(row.placement.stop.timezone)
    return f"{row.start.astimezone(zone):%H:%M}–{row.end.astimezone(zone):%H:%M}"


def _place(row) -> str:
    p = row.placement
    return f"{pick(p.room.venue, 'name')} · {p.room.name}" if p is not None else ""


def meeting_columns() -> list[Column]:
    cols = [
        Column("meeting", _("Meeting no.")),
        Column("status", _("Status")),
        Column("firm", _("Delegation firm")),
        Column("partner", _("Partner")),
        Column("country", _("Country")),
        Column("stop", _("Stop")),
        Column("day", _("Day"), "date"),
        Column("time", _("Time (local)")),
        Column("place", _("Place")),
        Column("attendance", _("Attendance")),
        Column("consultation", _("Consultation"), "count"),
        Column("interest", _("Interest")),
    ]
    for m in MEASURES:
        cols += [
            Column(f"{m}_amount", f"{measure_label(m)}", "amount"),
            Column(f"{m}_currency", _("Currency")),
            *money_columns(m),
        ]
    cols += [
        Column("mous", _("MoU"), "count"),
        Column("stage", _("Stage now")),
        Column("products", _("Products discussed")),
        Column("next_step", _("Next step")),
        Column("missing", _("Without a rate")),
    ]
    return cols


def meeting_values(r) -> dict:
    o = r.outcome
    row = {
        "meeting": str(r.meeting.pk),
        "status": r.meeting.get_status_display(),
        "firm": pick(r.firm, "name"),
        "partner": pick(r.partner, "name"),
        "country": r.partner.country,
        "stop": pick(r.stop, "city") if r.stop else "",
        "day": r.day,
        "time": _local_time(r),
        "place": _place(r),
        "attendance": {"held": _("Held"), "no_show": _("No-show")}.get(r.attendance, ""),
        "consultation": int(r.is_consultation),
        "interest": o.get_interest_display() if o else "",
        "mous": int(r.mou),
        "stage": r.lead.get_stage_display() if r.lead else "",
        "products": o.products_discussed if o else "",
        "next_step": o.next_step if o else "",
        "missing": ", ".join(f"{amount} {currency}" for _m, amount, currency in r.missing),
    }
    for m in MEASURES:
        source = r.lead if m == "export" else o
        amount = getattr(source, f"{m}_amount", None) if source else None
        row[f"{m}_amount"] = amount
        row[f"{m}_currency"] = getattr(source, f"{m}_currency", "") if amount is not None else ""
        row.update(money_values(r.money[m], m))
    return row


def meetings_table(ctx: ReportContext) -> list[Table]:
    note = _(
        "Every meeting of the mission that you may see. A consultation is a held 1:1 meeting; amounts are "
        "converted one by one at the mission's rates, so the totals row is their sum."
    )
    rows = [meeting_values(r) for r in ctx.rows]
    compact = ("firm", "partner", "country", "day", "time", "attendance", "consultation_usd",
               "consultation_krw", "expected_contract_usd", "expected_contract_krw", "onsite_contract_usd",
               "onsite_contract_krw", "mous", "stage")
    return [
        Table("meetings", _("Meetings and outcomes"), meeting_columns(), rows, note=note, on_firm_sheet=True,
              compact=compact)
    ]


def missing_table(ctx: ReportContext) -> list[Table]:
    missing: dict[str, dict] = {}
    for r in ctx.rows:
        for measure, amount, currency in r.missing:
            entry = missing.setdefault(currency, {"currency": currency, "count": 0, "amount": 0, "measures": set()})
            entry["count"] += 1
            entry["amount"] += amount
            entry["measures"].add(measure_label(measure))
    if not missing:
        return []
    rows = [
        {**e, "measures": ", ".join(sorted(e["measures"]))} for _c, e in sorted(missing.items())
    ]
    columns = [
        Column("currency", _("Currency")),
        Column("count", _("Amounts"), "count"),
        Column("amount", _("Total in that currency"), "amount"),
        Column("measures", _("Figures concerned")),
    ]
    note = _(
        "The mission has no conversion rate for these currencies, so these amounts are NOT in the USD and KRW "
        "totals. Organiser staff can add the rates on the mission's currency rates page."
    )
    return [Table("missing", _("Amounts without a conversion rate"), columns, rows, totals=False, note=note)]
