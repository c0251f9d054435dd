"""Where the relationship network's ties come from: one reader per source, each yielding (a, b, tie) with a
and b node ids and tie = {"kind", "on" (a date or None), "area" (a field of cooperation), "ref"}.

- ``meeting``: a meeting held (attendance: held) between two organisations; the people who joined it are
  tied to the other side; dated by the published schedule (local day), else when it was checked in; field:
  industry.
- ``visit``: a confirmed programme item of a mission (courtesy call, site tour, roundtable, signing,
  reception, briefing): every attending organisation and person to every host organisation; dated by its
  local start; field: those of the agreements it is linked to, else from the host (library, academia for a
  university, industry for a company, other).
- ``agreement``: an agreement's parties, pairwise, and its signatories to the other parties; dated by its
  latest status change; one tie per field of the agreement.
- ``programme``: an exchange programme's agreement parties, and its listed participants to the other
  parties; dated by its end when held, undated while planned (cancelled ones are left out).
- ``lead``: a follow-up lead between a firm and a partner, dated by its last change; field: industry.
- ``delegation``: a mission's delegation firms and the city government leading it (they travelled
  together), dated by the mission's first day; field: industry.

Every reader makes a fixed number of queries, however many rows.
"""

from __future__ import annotations

import zoneinfo
from collections import defaultdict
from itertools import combinations

from django.db.models import Min, OuterRef, Prefetch, Subquery

from gyoryu.followup.models import Lead
from gyoryu.meetings.models import Meeting
from gyoryu.missions.models import DelegationEntry
from gyoryu.organizations.models import Kind, Organisation, Person
from gyoryu.partnerships.models import Agreement, Link, Programme
from gyoryu.programme.models import ProgrammeItem
from gyoryu.programme.queries import attendee_keys, host_keys
from gyoryu.scheduling.models import Placement, Schedule

CONTACT_KINDS = ("meeting", "visit", "agreement", "programme", "lead", "delegation")
VISIT_KINDS = (
    ProgrammeItem.Kind.OFFICIAL_VISIT,
    ProgrammeItem.Kind.SITE_TOUR,
    ProgrammeItem.Kind.ROUNDTABLE,
    ProgrammeItem.Kind.SIGNING,
    ProgrammeItem.Kind.RECEPTION,
    ProgrammeItem.Kind.BRIEFING,
)
AREA_OF_HOST = {Kind.LIBRARY: "library", Kind.UNIVERSITY: "academia", Kind.COMPANY: "industry"}


def org_node(pk: int) -> str:
    return f"o{pk}"


def person_node(pk: int) -> str:
    return f"p{pk}"


def meetings(organiser_id: int):
    published = Placement.objects.filter(meeting=OuterRef("pk"), schedule__status=Schedule.Status.PUBLISHED)
    qs = (
        Meeting.objects.filter(mission__organiser_id=organiser_id, attendance__status="held")
        .annotate(
            start=Subquery(published.values("start")[:1]), tz=Subquery(published.values("stop__timezone")[:1])
        )
        .select_related("attendance")
        .prefetch_related("members")
    )
    for m in qs:
        when = m.start.astimezone(zoneinfo.ZoneInfo(m.tz)).date() if m.start else m.attendance.at.date()
        tie = {"kind": "meeting", "on": when, "area": "industry", "ref": m.pk}
        yield org_node(m.requester_id), org_node(m.counterpart_id), tie
        for person in m.members.all():
            other = m.counterpart_id if person.organisation_id != m.counterpart_id else m.requester_id
            yield person_node(person.pk), org_node(other), tie


def _delegations_by_mission(organiser_id: int) -> dict[int, dict]:
    """mission id -> {organisation id: (kind, traveller ids)}, the shape programme.queries expects."""
    out: dict[int, dict] = defaultdict(dict)
    entries = DelegationEntry.objects.filter(mission__organiser_id=organiser_id).select_related(
        "organisation"
    )
    for e in entries.prefetch_related("travellers"):
        out[e.mission_id][e.organisation_id] = (
            e.organisation.kind,
            frozenset(p.pk for p in e.travellers.all()),
        )
    return out


def visits(organiser_id: int):
    items = (
        ProgrammeItem.objects.filter(
            mission__organiser_id=organiser_id, kind__in=VISIT_KINDS, status=ProgrammeItem.Status.CONFIRMED
        )
        .select_related("site")
        .prefetch_related(
            "host_organisations",
            Prefetch("host_people", queryset=Person.objects.only("pk", "organisation_id")),
            "attending_organisations",
            Prefetch("attending_people", queryset=Person.objects.only("pk", "organisation_id")),
        )
    )
    items = list(items)
    areas: dict[int, set[str]] = defaultdict(set)
    for item_id, linked in Link.objects.filter(programme_item__in=items).values_list(
        "programme_item_id", "agreement__areas"
    ):
        areas[item_id] |= set(linked or [])
    host_ids = {o.pk for i in items for o in i.host_organisations.all()} | {
        i.site_id for i in items if i.site_id
    }
    host_ids |= {p.organisation_id for i in items for p in i.host_people.all() if p.organisation_id}
    host_kinds = dict(Organisation.objects.filter(pk__in=host_ids).values_list("pk", "kind"))
    delegations = _delegations_by_mission(organiser_id)
    for item in items:
        hosts = set(host_keys(item).organisation_ids) | ({item.site_id} if item.site_id else set())
        att = attendee_keys(item, delegation=delegations.get(item.mission_id, {}))
        on = item.start.astimezone(zoneinfo.ZoneInfo(item.start_zone)).date()
        fields = areas.get(item.pk) or {AREA_OF_HOST.get(host_kinds.get(h), "other") for h in hosts}
        for area in sorted(fields):
            tie = {"kind": "visit", "on": on, "area": area, "ref": item.pk}
            for host in hosts:
                for org in att.organisation_ids - {host}:
                    yield org_node(org), org_node(host), tie
                for person in att.person_ids:
                    yield person_node(person), org_node(host), tie


def agreements(organiser_id: int):
    qs = Agreement.objects.filter(organiser_id=organiser_id).prefetch_related(
        "parties", "signatories", "changes"
    )
    for a in qs:
        parties = [p.organisation_id for p in a.parties.all()]
        last = max((c.on for c in a.changes.all()), default=None)
        for area in a.areas:
            tie = {"kind": "agreement", "on": last, "area": area, "ref": a.pk}
            for x, y in combinations(parties, 2):
                yield org_node(x), org_node(y), tie
            for s in a.signatories.all():
                for other in parties:
                    if other != s.organisation_id:
                        yield person_node(s.person_id), org_node(other), tie


def programmes(organiser_id: int):
    qs = (
        Programme.objects.filter(agreement__organiser_id=organiser_id)
        .exclude(state=Programme.State.CANCELLED)
        .prefetch_related("agreement__parties", "participants")
    )
    for p in qs:
        parties = [x.organisation_id for x in p.agreement.parties.all()]
        held = p.state == Programme.State.HELD
        tie = {"kind": "programme", "on": p.ends_on if held else None, "area": p.area, "ref": p.pk}
        for x, y in combinations(parties, 2):
            yield org_node(x), org_node(y), tie
        for person in p.participants.all():
            for other in parties:
                if other != person.organisation_id:
                    yield person_node(person.pk), org_node(other), tie


def leads(organiser_id: int):
    for lead in Lead.objects.filter(mission__organiser_id=organiser_id):
        tie = {
            "kind": "lead",
            "on": lead.updated.date(),
            "area": "industry",
            "ref": lead.pk,
            "stage": lead.stage,
        }
        yield org_node(lead.firm_id), org_node(lead.partner_id), tie


def delegations(organiser_id: int):
    entries = (
        DelegationEntry.objects.filter(mission__organiser_id=organiser_id)
        .annotate(first_day=Min("mission__stops__start_date"))
        .values_list("mission_id", "organisation_id", "organisation__kind", "first_day")
    )
    missions: dict[int, list] = defaultdict(list)
    for mission_id, org_id, kind, first_day in entries:
        missions[mission_id].append((org_id, kind, first_day))
    for mission_id, members in missions.items():
        for lead_id, kind, first_day in members:
            if kind != Kind.CITY_GOVERNMENT:
                continue
            tie = {"kind": "delegation", "on": first_day, "area": "industry", "ref": mission_id}
            for org_id, _kind, _day in members:
                if org_id != lead_id:
                    yield org_node(lead_id), org_node(org_id), tie


SOURCES = (meetings, visits, agreements, programmes, leads, delegations)


def all_ties(organiser_id: int):
    for source in SOURCES:
        yield from source(organiser_id)
