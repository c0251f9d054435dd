"""Results across missions and years for an organiser (or, for a delegation member, its own firm's)."""

from __future__ import annotations

from collections import defaultdict

from django.utils.translation import gettext as _

from gyoryu.reports import kpi
from gyoryu.reports.columns import short_usd
from gyoryu.reports.queries import build_rows, report_missions
from gyoryu.reports.registry import Chart


def mission_year(mission) -> int:
    starts = [s.start_date for s in mission.stops.all()]
    return min(starts).year if starts else mission.created.year


def overview(user) -> dict:
    """{"missions": [{"mission", "year", "totals"}], "years": [{"year", "missions", "totals"}], "charts"},
    newest first.  Each mission's amounts are converted at its own rates.  A fixed number of queries."""
    missions = list(report_missions(user).select_related("organiser").prefetch_related("stops"))
    per_mission: dict[int, kpi.Totals] = defaultdict(kpi.Totals)
    for row in build_rows(user, missions):
        per_mission[row.mission.pk].add(row)
    items = sorted(
        ({"mission": m, "year": mission_year(m), "totals": per_mission[m.pk]} for m in missions),
        key=lambda i: (-i["year"], -i["mission"].pk),
    )
    years: dict[int, dict] = {}
    for item in items:
        year = years.setdefault(item["year"], {"year": item["year"], "missions": 0, "rows": []})
        year["missions"] += 1
        year["rows"].append(item["totals"])
    for year in years.values():
        year["totals"] = _sum(year.pop("rows"))
    ordered = sorted(years.values(), key=lambda y: y["year"])
    charts = [
        Chart("years-consultation", _("Consultation amount by year (USD)"), [str(y["year"]) for y in ordered],
              [y["totals"].usd["consultation"] for y in ordered],
              [short_usd(y["totals"].usd["consultation"]) for y in ordered], unit="USD", kind="columns"),
        Chart("years-export", _("Exports by year (USD)"), [str(y["year"]) for y in ordered],
              [y["totals"].usd["export"] for y in ordered],
              [short_usd(y["totals"].usd["export"]) for y in ordered], unit="USD", kind="columns"),
    ]
    return {"missions": items, "years": list(reversed(ordered)), "charts": charts}


def _sum(parts: list[kpi.Totals]) -> kpi.Totals:
    out = kpi.Totals()
    for t in parts:
        for name in ("requested", "accepted", "held", "no_show", "consultations", "mous"):
            setattr(out, name, getattr(out, name) + getattr(t, name))
        for m in out.usd:
            out.usd[m] += t.usd[m]
            out.krw[m] += t.krw[m]
        for stage, n in t.leads.items():
            out.leads[stage] += n
        for currency, e in t.missing.items():
            mine = out.missing.setdefault(currency, {"count": 0, "amount": 0, "measures": set()})
            mine["count"] += e["count"]
            mine["amount"] += e["amount"]
            mine["measures"] |= e["measures"]
    return out
