"""Reads of follow-up, always through what the account may see, and money in USD and KRW."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from gyoryu.accounts.models import hash_token
from gyoryu.accounts.permissions import own_orgs
from gyoryu.accounts.queries import scope_for
from gyoryu.followup.models import CheckIn, CurrencyRate, Lead, LeadEvent, Outcome, Stage, Task
from gyoryu.meetings.models import Meeting
from gyoryu.scheduling.models import Placement, Schedule
from gyoryu.scheduling.queries import published

CENT, WON = Decimal("0.01"), Decimal("1")


# Money ------------------------------------------------------------------------------------------------


def rates(mission) -> dict[str, CurrencyRate]:
    return {r.currency: r for r in CurrencyRate.objects.filter(mission=mission)}


def convert(amount: Decimal | None, currency: str, mission_rates: dict) -> dict | None:
    """{"amount", "currency", "usd", "krw"} with USD to the cent and KRW to the won; None without an amount
    or a rate."""
    rate = mission_rates.get(currency)
    if amount is None or rate is None:
        return None
    return {
        "amount": amount,
        "currency": currency,
        "usd": (amount * rate.usd_per_unit).quantize(CENT, ROUND_HALF_UP),
        "krw": (amount * rate.krw_per_unit).quantize(WON, ROUND_HALF_UP),
    }


def outcome_amounts(outcome: Outcome, mission_rates: dict) -> dict[str, dict | None]:
    return {
        p: convert(getattr(outcome, f"{p}_amount"), getattr(outcome, f"{p}_currency"), mission_rates)
        for p in ("consultation", "expected_contract", "onsite_contract")
    }


# Who sees what: the permissions of followup/permissions.py as lists -----------------------------------


def _org_condition(user, firm_fields: tuple[str, ...], mission_field: str) -> Q | None:
    """Staff: their organisers' missions; delegates: their own organisation on one of ``firm_fields``;
    partner guests and strangers: nothing (None)."""
    scope = scope_for(user)
    if scope.is_admin:
        return Q()
    cond = Q(**{f"{mission_field}__organiser_id__in": scope.staff_organisers})
    for organiser_id, org_id in scope.delegate:
        for f in firm_fields:
            cond |= Q(**{f"{mission_field}__organiser_id": organiser_id, f"{f}_id": org_id})
    return cond if (scope.staff_organisers or scope.delegate) else None


def visible_meetings(user) -> QuerySet[Meeting]:
    """Meetings whose attendance and outcome the account may see and record (followup.record_meeting)."""
    cond = _org_condition(user, ("requester", "counterpart"), "mission")
    return Meeting.objects.none() if cond is None else Meeting.objects.filter(cond)


def visible_leads(user) -> QuerySet[Lead]:
    """followup.view_lead as a list."""
    cond = _org_condition(user, ("firm",), "mission")
    return Lead.objects.none() if cond is None else Lead.objects.filter(cond)


def visible_tasks(user) -> QuerySet[Task]:
    """followup.change_task as a list."""
    return Task.objects.filter(lead__in=visible_leads(user))


# Today's meetings -------------------------------------------------------------------------------------


def meeting_rows(qs) -> list[dict]:
    """Placements as rows with their meeting's attendance and outcome (already selected)."""
    rows = []
    for p in qs:
        m = p.meeting
        tz = zoneinfo.ZoneInfo(p.stop.timezone)
        rows.append(
            {
                "placement": p,
                "meeting": m,
                "tz": p.stop.timezone,
                "date": p.start.astimezone(tz).date(),
                "today": timezone.now().astimezone(tz).date(),
                "attendance": m.attendance if has_related(m, "attendance") else None,
                "outcome": m.outcome if has_related(m, "outcome") else None,
            }
        )
    return rows


def has_related(obj, name: str) -> bool:
    try:
        getattr(obj, name)
    except ObjectDoesNotExist:  # a reverse one-to-one that is absent
        return False
    return True


def _rows_of(schedule: Schedule) -> QuerySet[Placement]:
    """The schedule's placements with what a row of the today page shows (names, not whole profiles)."""
    from gyoryu.organizations.queries import without_profile_text

    related = ("meeting__requester", "meeting__counterpart", "stop", "room__venue", "interpreter__person")
    qs = Placement.objects.filter(schedule=schedule).select_related(
        *related, "meeting__attendance", "meeting__outcome"
    )
    return qs.defer(*without_profile_text("meeting__requester", "meeting__counterpart")).order_by(
        "start", "room__name"
    )


def today(user, mission) -> list[dict] | None:
    """The published schedule's meetings the account may record, grouped by local day, today's day first,
    then the following days, then the past ones (latest first).  Ask ``followup.view_today`` first."""
    schedule = published(mission)
    if schedule is None:
        return []
    qs = _rows_of(schedule)
    if not user.has_perm("missions.change_mission", mission):
        orgs = own_orgs(user, mission.organiser_id, guest=False)
        qs = qs.filter(Q(meeting__requester_id__in=orgs) | Q(meeting__counterpart_id__in=orgs))
    days: dict[dt.date, dict] = {}
    for row in meeting_rows(qs):
        day = days.setdefault(row["date"], {"date": row["date"], "today": row["today"], "rows": []})
        day["rows"].append(row)
    groups = list(days.values())
    for g in groups:
        g["is_today"] = g["date"] == g["today"]
    current = [g for g in groups if g["date"] >= g["today"]]
    past = [g for g in groups if g["date"] < g["today"]]
    return sorted(current, key=lambda g: g["date"]) + sorted(past, key=lambda g: g["date"], reverse=True)


def row_for(meeting) -> dict | None:
    """One meeting's row on the today page (after a tap), from the published schedule."""
    schedule = published(meeting.mission)
    if schedule is None:
        return None
    rows = meeting_rows(_rows_of(schedule).filter(meeting=meeting))
    return rows[0] if rows else None


# Pipeline ---------------------------------------------------------------------------------------------


def pipeline(user, mission) -> list[dict]:
    """Columns by stage with the visible leads, their count and sums (expected contract and export
    amounts) in USD and KRW.  A fixed number of queries, however many leads."""
    mission_rates = rates(mission)
    leads = (
        visible_leads(user)
        .filter(mission=mission)
        .select_related("firm", "partner", "meeting__outcome")
        .order_by("-updated", "id")
    )
    columns = {s: {"stage": s, "label": label, "leads": [], "sums": _zero()} for s, label in Stage.choices}
    for lead in leads:
        outcome = lead.meeting.outcome if has_related(lead.meeting, "outcome") else None
        lead.expected = (
            convert(outcome.expected_contract_amount, outcome.expected_contract_currency, mission_rates)
            if outcome
            else None
        )
        lead.export = convert(lead.export_amount, lead.export_currency, mission_rates)
        col = columns[lead.stage]
        col["leads"].append(lead)
        for key, value in (("expected", lead.expected), ("export", lead.export)):
            if value:
                col["sums"][f"{key}_usd"] += value["usd"]
                col["sums"][f"{key}_krw"] += value["krw"]
    return list(columns.values())


def _zero() -> dict:
    return {
        k: Decimal("0.00") if k.endswith("usd") else Decimal("0")
        for k in ("expected_usd", "expected_krw", "export_usd", "export_krw")
    }


def totals(user, mission) -> dict:
    """The mission's results as Korean agencies report them, over the outcomes the account may see:
    meetings held (상담건수), consultation (상담액), expected contract (계약추진액) and on-site contract (현장계약액)
    amounts, MoUs signed and exports (수출액), each amount in USD and KRW.  Three queries."""
    mission_rates = rates(mission)
    meetings = visible_meetings(user).filter(mission=mission)
    out = {"held": meetings.filter(attendance__status="held").count(), "mous": 0}
    for key in ("consultation", "expected_contract", "onsite_contract", "export"):
        out[f"{key}_usd"], out[f"{key}_krw"] = Decimal("0.00"), Decimal("0")
    outcomes = Outcome.objects.filter(meeting__in=meetings).select_related("meeting__lead")
    for outcome in outcomes:
        out["mous"] += outcome.mou_signed
        for key, value in outcome_amounts(outcome, mission_rates).items():
            if value:
                out[f"{key}_usd"] += value["usd"]
                out[f"{key}_krw"] += value["krw"]
        lead = outcome.meeting.lead if has_related(outcome.meeting, "lead") else None
        export = convert(lead.export_amount, lead.export_currency, mission_rates) if lead else None
        if export:
            out["export_usd"] += export["usd"]
            out["export_krw"] += export["krw"]
    return out


def with_lead_details(qs: QuerySet[Lead]) -> QuerySet[Lead]:
    """Leads with everything the lead's page shows (not scoped: ask ``followup.view_lead``)."""
    return qs.select_related("mission", "firm", "partner", "meeting__outcome").prefetch_related(
        Prefetch("tasks", queryset=Task.objects.select_related("owner")),
        Prefetch("events", queryset=LeadEvent.objects.select_related("by")),
        "checkins",
    )


# Check-in links ---------------------------------------------------------------------------------------


def checkin_by_token(raw: str) -> CheckIn | None:
    if not raw or len(raw) > 200:
        return None
    return (
        CheckIn.objects.select_related("lead__mission", "lead__partner", "firm")
        .filter(token_hash=hash_token(raw))
        .first()
    )


# Timeline of a partner --------------------------------------------------------------------------------


def timeline_visible(user, organisation) -> bool:
    """Whether the account may open the organisation's timeline (its organiser's staff, or an account that
    records meetings with it); partner guests never (outcomes are the delegation's notes)."""
    scope = scope_for(user)
    if scope.is_admin or organisation.organiser_id in scope.staff_organisers:
        return True
    return visible_meetings(user).filter(Q(counterpart=organisation) | Q(requester=organisation)).exists()


def timeline(user, organisation) -> list[dict] | None:
    """Everything since the first meeting with ``organisation`` that the account may see, newest first:
    meetings (published times), attendance, outcomes, lead events (stage changes, tasks, exports, check-in
    answers) and tasks.  Ask ``followup.view_timeline`` first."""
    meetings = list(
        visible_meetings(user)
        .filter(Q(counterpart=organisation) | Q(requester=organisation))
        .select_related("mission", "requester", "counterpart", "attendance__by", "outcome", "lead")
        .order_by("id")
    )
    ids = [m.pk for m in meetings]
    placed = {
        p.meeting_id: p
        for p in Placement.objects.filter(
            meeting_id__in=ids, schedule__status=Schedule.Status.PUBLISHED
        ).select_related("stop", "room__venue")
    }
    leads = {
        lead.meeting_id: lead
        for lead in Lead.objects.filter(meeting_id__in=ids).prefetch_related(
            Prefetch("events", queryset=LeadEvent.objects.select_related("by")),
            Prefetch("tasks", queryset=Task.objects.select_related("owner")),
        )
    }
    items = []
    for m in meetings:
        p = placed.get(m.pk)
        items.append({"at": p.start if p else m.created, "kind": "meeting", "meeting": m, "placement": p})
        if has_related(m, "attendance"):
            items.append({"at": m.attendance.at, "kind": "attendance", "meeting": m, "obj": m.attendance})
        if has_related(m, "outcome"):
            items.append({"at": m.outcome.updated, "kind": "outcome", "meeting": m, "obj": m.outcome})
        lead = leads.get(m.pk)
        if lead is not None:
            for e in lead.events.all():
                items.append({"at": e.at, "kind": f"event_{e.kind}", "meeting": m, "lead": lead, "obj": e})
            for t in lead.tasks.all():
                items.append({"at": t.created, "kind": "task", "meeting": m, "lead": lead, "obj": t})
    items.sort(key=lambda i: i["at"], reverse=True)
    return items
