"""Reads for reports: the meeting rows an account may see, with place, attendance, outcome, lead and money.

Everything a report shows is computed from these rows (``kpi``), so a figure and the rows it came from
always agree.  A fixed number of queries, however many meetings or missions.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch, Q, QuerySet

from gyoryu.accounts.permissions import own_orgs
from gyoryu.accounts.queries import scope_for
from gyoryu.classification.models import CodeEntry
from gyoryu.common.bilingual import pick
from gyoryu.followup.models import CheckIn, CurrencyRate
from gyoryu.followup.queries import convert, has_related, visible_meetings
from gyoryu.meetings.models import Meeting
from gyoryu.missions.models import DelegationEntry, Mission
from gyoryu.organizations.models import IndustryCode, Kind
from gyoryu.reports.filters import Filters, keep
from gyoryu.scheduling.models import Placement, Schedule

MEASURES = ("consultation", "expected_contract", "onsite_contract", "export")
NO_INDUSTRY = "-"


@dataclass
class MeetingRow:
    """One meeting as a report sees it.  ``money[measure]`` is a converted amount (followup.queries.convert)
    or None; ``missing`` lists (measure, amount, currency) of amounts without a rate in the mission."""

    meeting: Meeting
    mission: Mission
    firm: object
    partner: object
    stop: object | None
    day: dt.date | None
    start: dt.datetime | None
    end: dt.datetime | None
    placement: Placement | None
    attendance: str  # "held", "no_show" or ""
    outcome: object | None
    lead: object | None
    checkins: dict[int, CheckIn] = field(default_factory=dict)  # answered check-ins by months
    money: dict[str, dict | None] = field(default_factory=dict)
    missing: list[tuple[str, Decimal, str]] = field(default_factory=list)
    industry_code: str = NO_INDUSTRY
    industry_label: str = ""
    rates: dict = field(default_factory=dict)  # the mission's CurrencyRate by currency

    @property
    def is_consultation(self) -> bool:
        return self.attendance == "held"

    @property
    def mou(self) -> bool:
        return bool(self.outcome and self.outcome.mou_signed)

    def usd(self, measure: str) -> Decimal:
        value = self.money.get(measure)
        return value["usd"] if value else Decimal("0.00")

    def krw(self, measure: str) -> Decimal:
        value = self.money.get(measure)
        return value["krw"] if value else Decimal("0")


# Who sees which report ------------------------------------------------------------------------------


def report_firms(user, mission: Mission) -> frozenset[int] | None:
    """The delegation firms whose rows the account sees: None for staff and administrators (all of them),
    the account's own firms for a delegation member; raises Mission.DoesNotExist for anyone else (partner
    guests see no results: outcomes are the delegation's commercial notes about them).  The decision is
    ``reports.view_report`` (reports/permissions.py); this is which rows it opens."""
    if user.has_perm("missions.change_mission", mission):
        return None
    if not user.has_perm("reports.view_report", mission):
        raise Mission.DoesNotExist
    return own_orgs(user, mission.organiser_id, guest=False)


def report_mission(user, pk: int) -> tuple[Mission, frozenset[int] | None]:
    """The mission (with its stops) and report_firms(); raises Mission.DoesNotExist when the account may not
    see its results (absent, invisible, or a partner guest's)."""
    mission = Mission.objects.select_related("organiser").prefetch_related("stops").filter(pk=pk).first()
    if mission is None:
        raise Mission.DoesNotExist
    return mission, report_firms(user, mission)


def report_missions(user) -> QuerySet[Mission]:
    """Missions whose results the account may see (``reports.view_report`` as a list): staff's organisers'
    and a delegate's own missions."""
    scope = scope_for(user)
    if scope.is_admin:
        return Mission.objects.all()
    cond = Q(organiser_id__in=scope.staff_organisers)
    for organiser_id, org_id in scope.delegate:
        cond |= Q(organiser_id=organiser_id, delegation__organisation_id=org_id)
    if not (scope.staff_organisers or scope.delegate):
        return Mission.objects.none()
    return Mission.objects.filter(pk__in=Mission.objects.filter(cond).values("pk"))


# Rows ------------------------------------------------------------------------------------------------


def _meetings(user, missions) -> QuerySet[Meeting]:
    return (
        visible_meetings(user)
        .filter(mission__in=missions)
        .select_related("mission", "requester", "counterpart", "stop", "attendance", "outcome", "lead")
        .prefetch_related(
            Prefetch("lead__checkins", queryset=CheckIn.objects.order_by("months"), to_attr="all_checkins")
        )
        .order_by("mission_id", "id")
    )


def _placements(mission_ids) -> dict[int, Placement]:
    published = Schedule.objects.filter(mission_id__in=mission_ids, status=Schedule.Status.PUBLISHED)
    return {
        p.meeting_id: p
        for p in Placement.objects.filter(schedule__in=published).select_related(
            "stop", "room__venue", "interpreter__person"
        )
    }


def _industries(firm_ids) -> dict[int, tuple[str, str]]:
    """Each firm's industry: the two-digit KSIC division of its first KSIC code, with the division's name."""
    first: dict[int, str] = {}
    for org_id, code in (
        IndustryCode.objects.filter(organisation_id__in=firm_ids, scheme="KSIC")
        .order_by("organisation_id", "code")
        .values_list("organisation_id", "code")
    ):
        first.setdefault(org_id, code[:2])
    names = {e.code: e for e in CodeEntry.objects.filter(scheme="ksic", code__in=set(first.values()))}
    out = {}
    for org_id, division in first.items():
        entry = names.get(division)
        out[org_id] = (division, f"{division} {pick(entry, 'name')}" if entry else f"KSIC {division}")
    return out


def _when(meeting: Meeting, placement: Placement | None):
    if placement is not None:
        zone = zoneinfo.ZoneInfo(placement.stop.timezone)
        return placement.stop, placement.start.astimezone(zone).date(), placement.start, placement.end
    stop = meeting.stop
    if stop is not None and meeting.fixed_start is not None:
        return stop, meeting.fixed_start.astimezone(zoneinfo.ZoneInfo(stop.timezone)).date(), None, None
    return stop, None, None, None


def build_rows(user, missions, filters: Filters | None = None, firms: frozenset[int] | None = None):
    """The meeting rows of ``missions`` the account may see, in mission and meeting order, kept by
    ``filters`` and limited to the delegation ``firms`` when given.  Eight queries."""
    missions = list(missions)
    ids = [m.pk for m in missions]
    meetings = list(_meetings(user, ids))
    placed = _placements(ids)
    rates: dict[int, dict] = defaultdict(dict)
    for rate in CurrencyRate.objects.filter(mission_id__in=ids):
        rates[rate.mission_id][rate.currency] = rate
    delegation = set(DelegationEntry.objects.filter(mission_id__in=ids).values_list("mission_id", "organisation_id"))
    rows = []
    for m in meetings:
        firm, partner = m.requester, m.counterpart
        if (m.mission_id, m.requester_id) not in delegation and (m.mission_id, m.counterpart_id) in delegation:
            firm, partner = m.counterpart, m.requester
        if firms is not None and firm.pk not in firms:
            continue
        p = placed.get(m.pk)
        stop, day, start, end = _when(m, p)
        lead = m.lead if has_related(m, "lead") else None
        row = MeetingRow(
            meeting=m,
            mission=m.mission,
            firm=firm,
            partner=partner,
            stop=stop,
            day=day,
            start=start,
            end=end,
            placement=p,
            attendance=m.attendance.status if has_related(m, "attendance") else "",
            outcome=m.outcome if has_related(m, "outcome") else None,
            lead=lead,
            checkins={c.months: c for c in lead.all_checkins if c.answered_at} if lead else {},
        )
        row.rates = rates[m.mission_id]
        _money(row, row.rates)
        rows.append(row)
    industries = _industries({r.firm.pk for r in rows})
    for row in rows:
        row.industry_code, row.industry_label = industries.get(row.firm.pk, (NO_INDUSTRY, ""))
    return [r for r in rows if filters is None or keep(r, filters)]


def _money(row: MeetingRow, mission_rates: dict) -> None:
    sources = {}
    if row.outcome is not None:
        for p in MEASURES[:3]:
            sources[p] = (getattr(row.outcome, f"{p}_amount"), getattr(row.outcome, f"{p}_currency"))
    if row.lead is not None:
        sources["export"] = (row.lead.export_amount, row.lead.export_currency)
    for measure in MEASURES:
        amount, currency = sources.get(measure, (None, ""))
        row.money[measure] = convert(amount, currency, mission_rates)
        if amount is not None and row.money[measure] is None:
            row.missing.append((measure, amount, currency))


def delegation_companies(mission: Mission, firms: frozenset[int] | None, filters: Filters | None) -> list:
    """The delegation's companies (참가기업 수 counts them), limited to the account's ``firms`` and to the
    firm and industry filters.  Two queries."""
    qs = DelegationEntry.objects.filter(mission=mission, organisation__kind=Kind.COMPANY).select_related(
        "organisation"
    )
    if firms is not None:
        qs = qs.filter(organisation_id__in=firms)
    if filters is not None and filters.firm is not None:
        qs = qs.filter(organisation_id=filters.firm)
    orgs = [e.organisation for e in qs.order_by("organisation__name_en", "organisation__name_ko")]
    industries = _industries({o.pk for o in orgs})
    for org in orgs:
        org.industry_code, org.industry_label = industries.get(org.pk, (NO_INDUSTRY, ""))
    if filters is not None and filters.industry:
        orgs = [o for o in orgs if o.industry_code == filters.industry]
    return orgs
