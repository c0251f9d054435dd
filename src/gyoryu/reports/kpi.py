"""The figures of a report, computed only from meeting rows (queries.build_rows): totals, breakdowns by stop,
day, delegation firm, partner, partner country and industry, leads by stage, and the conversion funnel.

Every USD/KRW total is the sum of the rows' converted amounts (converted one amount at a time), so a table's
totals row equals the sum of its rows and the summary equals the sum of any breakdown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from gyoryu.common.bilingual import pick
from gyoryu.followup.domain import add_months
from gyoryu.followup.models import Stage
from gyoryu.followup.queries import convert
from gyoryu.reports.queries import MEASURES, NO_INDUSTRY, MeetingRow

HORIZONS = (2, 6, 12)
PURSUED = {Stage.SAMPLE_QUOTATION, Stage.NEGOTIATION, Stage.CONTRACT, Stage.EXPORTING}
CONTRACT = {Stage.CONTRACT, Stage.EXPORTING}


def _zero_usd() -> dict[str, Decimal]:
    return {m: Decimal("0.00") for m in MEASURES}


def _zero_krw() -> dict[str, Decimal]:
    return {m: Decimal("0") for m in MEASURES}


@dataclass
class Totals:
    requested: int = 0
    accepted: int = 0
    held: int = 0
    no_show: int = 0
    consultations: int = 0
    mous: int = 0
    usd: dict[str, Decimal] = field(default_factory=_zero_usd)
    krw: dict[str, Decimal] = field(default_factory=_zero_krw)
    leads: dict[str, int] = field(default_factory=lambda: dict.fromkeys(Stage.values, 0))
    missing: dict[str, dict] = field(default_factory=dict)  # currency -> {"count", "amount", "measures"}

    def add(self, row: MeetingRow) -> None:
        self.requested += 1
        self.accepted += row.meeting.status == "accepted"
        self.held += row.attendance == "held"
        self.no_show += row.attendance == "no_show"
        self.consultations += row.is_consultation
        self.mous += row.mou
        for measure in MEASURES:
            self.usd[measure] += row.usd(measure)
            self.krw[measure] += row.krw(measure)
        if row.lead is not None:
            self.leads[row.lead.stage] += 1
        for measure, amount, currency in row.missing:
            entry = self.missing.setdefault(currency, {"count": 0, "amount": Decimal("0"), "measures": set()})
            entry["count"] += 1
            entry["amount"] += amount
            entry["measures"].add(measure)

    @property
    def lead_count(self) -> int:
        return sum(self.leads.values())


def totals(rows: Iterable[MeetingRow]) -> Totals:
    out = Totals()
    for row in rows:
        out.add(row)
    return out


# Breakdowns ------------------------------------------------------------------------------------------


@dataclass
class Group:
    key: object
    label: str
    totals: Totals
    extra: dict = field(default_factory=dict)


def _stop(row):
    return (row.stop.pk, f"{row.stop.order}. {pick(row.stop, 'city')}") if row.stop else (None, _("no stop"))


def _day(row):
    return (row.day, row.day.isoformat()) if row.day else (None, _("not scheduled"))


def _industry(row):
    if row.industry_code == NO_INDUSTRY:
        return (NO_INDUSTRY, _("unclassified"))
    return (row.industry_code, row.industry_label)


DIMENSIONS: dict[str, Callable[[MeetingRow], tuple]] = {
    "stop": _stop,
    "day": _day,
    "firm": lambda r: (r.firm.pk, pick(r.firm, "name")),
    "partner": lambda r: (r.partner.pk, pick(r.partner, "name")),
    "country": lambda r: (r.partner.country, r.partner.country),
    "industry": _industry,
}
ORDERED_BY_KEY = {"stop", "day"}  # in itinerary order; the others biggest first


def breakdown(rows: Iterable[MeetingRow], dimension: str, always: Iterable[tuple] = ()) -> list[Group]:
    """Groups of rows by ``dimension`` with their totals; ``always`` adds (key, label) groups that appear
    with zeros when no row falls in them (e.g. delegation firms without meetings)."""
    key_of = DIMENSIONS[dimension]
    groups: dict[object, Group] = {}
    for key, label in always:
        groups.setdefault(key, Group(key, label, Totals()))
    for row in rows:
        key, label = key_of(row)
        groups.setdefault(key, Group(key, label, Totals())).totals.add(row)
        if dimension == "partner":
            groups[key].extra["country"] = row.partner.country
    out = list(groups.values())
    if dimension in ORDERED_BY_KEY:
        return sorted(out, key=lambda g: (g.key is None, g.key or 0 if dimension == "stop" else g.key or dt.date.max))
    return sorted(out, key=lambda g: (-g.totals.usd["consultation"], -g.totals.consultations, g.label))


# Funnel ----------------------------------------------------------------------------------------------


def _as_of(row: MeetingRow, months: int):
    """(stage, converted export) from the firm's latest answer up to ``months``; None when none."""
    answered = [m for m in row.checkins if m <= months]
    if not answered:
        return None
    answer = row.checkins[max(answered)]
    return answer.stage, convert(answer.export_amount, answer.export_currency, row.rates)


def mission_end(mission) -> dt.date | None:
    ends = [s.end_date for s in mission.stops.all()]
    return max(ends) if ends else None


def _positive(row: MeetingRow, field: str) -> bool:
    value = getattr(row.outcome, f"{field}_amount", None) if row.outcome else None
    return value is not None and value > 0


def _step(row: MeetingRow, months: int | None):
    """(pursued, contract, exporting, export, answered) of one consultation at a horizon."""
    if months == 0:  # what the outcome recorded at the mission
        return _positive(row, "expected_contract"), _positive(row, "onsite_contract"), False, None, True
    if row.lead is None:  # no interest at the meeting: nothing was followed, nothing to answer
        return False, False, False, None, True
    if months is None:
        stage, export = row.lead.stage, row.money["export"]
    else:
        found = _as_of(row, months)
        if found is None:
            return False, False, False, None, False
        stage, export = found
    exporting = stage == Stage.EXPORTING or bool(export and export["amount"] > 0)
    return stage in PURSUED, stage in CONTRACT, exporting, export, True


def funnel(rows: Iterable[MeetingRow], mission, today: dt.date) -> list[dict]:
    """One column per horizon: at the mission (months 0), 2, 6 and 12 months after its last day, and now
    (months None).  Counts consultations at each step; amounts in USD (exports also KRW)."""
    consultations = [r for r in rows if r.is_consultation]
    end = mission_end(mission)
    columns = []
    for months in (0, *HORIZONS, None):
        due = add_months(end, months) if (end and months) else end
        col = {
            "months": months,
            "due": due,
            "reached": months is None or (due is not None and due <= today),
            "consultations": len(consultations),
            "consultation_usd": sum((r.usd("consultation") for r in consultations), Decimal("0.00")),
            "pursued": 0,
            "pursued_usd": Decimal("0.00"),
            "contract": 0,
            "exporting": 0,
            "export_usd": Decimal("0.00"),
            "export_krw": Decimal("0"),
            "no_answer": 0,
        }
        for r in consultations:
            pursued, contract, exporting, export, answered = _step(r, months)
            col["no_answer"] += not answered
            col["pursued"] += pursued
            col["pursued_usd"] += r.usd("expected_contract") if pursued else Decimal("0")
            col["contract"] += contract
            col["exporting"] += exporting
            if export:
                col["export_usd"] += export["usd"]
                col["export_krw"] += export["krw"]
        columns.append(col)
    return columns
