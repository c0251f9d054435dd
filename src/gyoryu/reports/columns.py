"""Columns and values shared by the built-in tables: the agencies' figures for a group of meeting rows."""

from __future__ import annotations

from decimal import Decimal

from django.utils.translation import gettext as _

from gyoryu.reports.kpi import Totals
from gyoryu.reports.queries import MEASURES
from gyoryu.reports.registry import Column


def measure_label(measure: str) -> str:
    return {
        "consultation": _("Consultation amount"),
        "expected_contract": _("Contract promotion amount"),
        "onsite_contract": _("On-site contract amount"),
        "export": _("Exports"),
    }[measure]


def money_columns(measure: str, key: str | None = None) -> list[Column]:
    key = key or measure
    label = measure_label(measure)
    return [Column(f"{key}_usd", f"{label} (USD)", "usd"), Column(f"{key}_krw", f"{label} (KRW)", "krw")]


def metric_columns() -> list[Column]:
    return [
        Column("requested", _("Meetings requested"), "count"),
        Column("held", _("Held"), "count"),
        Column("no_show", _("No-show"), "count"),
        Column("consultations", _("Consultations"), "count"),
        *money_columns("consultation"),
        *money_columns("expected_contract"),
        *money_columns("onsite_contract"),
        Column("mous", _("MoUs signed"), "count"),
        *money_columns("export"),
        Column("leads", _("Leads"), "count"),
    ]


def metric_values(t: Totals) -> dict:
    out = {
        "requested": t.requested,
        "held": t.held,
        "no_show": t.no_show,
        "consultations": t.consultations,
        "mous": t.mous,
        "leads": t.lead_count,
    }
    for m in MEASURES:
        out[f"{m}_usd"], out[f"{m}_krw"] = t.usd[m], t.krw[m]
    return out


def money_values(value: dict | None, key: str) -> dict:
    if value is None:
        return {f"{key}_usd": None, f"{key}_krw": None}
    return {f"{key}_usd": value["usd"], f"{key}_krw": value["krw"]}


def usd_text(value: Decimal | None) -> str:
    return "" if value is None else f"USD {value:,.0f}"


def short_usd(value: Decimal) -> str:
    """USD 1.3M, USD 330k, USD 950: for chart labels where space is short."""
    v = Decimal(value)
    if v >= 1_000_000:
        return f"USD {v / 1_000_000:,.1f}M"
    if v >= 10_000:
        return f"USD {v / 1_000:,.0f}k"
    return f"USD {v:,.0f}"
