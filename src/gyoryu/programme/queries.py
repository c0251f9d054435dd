"""Reads of the programme, scoped by role, and who an item concerns.

Attendance resolves to concrete organisations and people (:func:`attendee_keys`):

- whole delegation: every delegation firm and every traveller of it;
- chosen firms: those firms and their travellers;
- chosen people: those people; their organisations attend *through* them (so the item is on the firm's
  agenda), and a firm all of whose travellers are chosen attends *as a whole*;
- officials only: the delegation entries that are governments or public institutions (organisation kind
  city government or public institution: the mayor's office, the trade agency), with their travellers.

Organisations that attend as a whole are busy for the scheduler; for the others only the named people are.
Hosts work the same way: a host organisation with named host people is busy only through them.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from gyoryu.accounts.queries import scope_for
from gyoryu.common.queries import prefetched
from gyoryu.missions.models import DelegationEntry
from gyoryu.organizations.models import Kind as OrgKind
from gyoryu.programme.models import ProgrammeItem

A = ProgrammeItem.Attendance
OFFICIAL_KINDS = (OrgKind.CITY_GOVERNMENT, OrgKind.PUBLIC_INSTITUTION)


@dataclass(frozen=True)
class Attendees:
    """``organisation_ids``: every organisation that attends, as a whole or through some of its people;
    ``whole_organisation_ids``: those that attend as a whole; ``person_ids``: every attending person."""

    organisation_ids: frozenset[int]
    whole_organisation_ids: frozenset[int]
    person_ids: frozenset[int]


@dataclass(frozen=True)
class Hosts:
    """``organisation_ids``: every host organisation; ``whole_organisation_ids``: those without named host
    people (busy as a whole); ``person_ids``: the named host people."""

    organisation_ids: frozenset[int]
    whole_organisation_ids: frozenset[int]
    person_ids: frozenset[int]


def delegation_of(mission) -> dict[int, tuple[str, frozenset[int]]]:
    """organisation id -> (organisation kind, traveller ids) for the mission's delegation (two queries, none
    when the mission comes with its delegation and travellers prefetched)."""
    entries = prefetched(mission, "delegation")
    if entries is None or any(prefetched(e, "travellers") is None for e in entries):
        entries = DelegationEntry.objects.filter(mission=mission).select_related("organisation")
        entries = entries.prefetch_related("travellers")
    return {
        e.organisation_id: (e.organisation.kind, frozenset(p.pk for p in e.travellers.all())) for e in entries
    }


def _ids(item, name: str) -> list[int]:
    if (rows := prefetched(item, name)) is not None:
        return [o.pk for o in rows]
    return list(getattr(item, name).values_list("pk", flat=True))


def attendee_keys(item: ProgrammeItem, *, delegation: dict | None = None) -> Attendees:
    """The concrete organisations and people the item's attendance stands for (see the module docstring).
    ``delegation`` (from :func:`delegation_of`) saves its queries when resolving many items."""
    delegation = delegation_of(item.mission) if delegation is None else delegation
    if item.attendance == A.DELEGATION:
        whole = set(delegation)
    elif item.attendance == A.FIRMS:
        whole = set(_ids(item, "attending_organisations"))
    elif item.attendance == A.OFFICIALS:
        whole = {org for org, (kind, _t) in delegation.items() if kind in OFFICIAL_KINDS}
    else:
        people = _people(item)
        chosen = {p.pk for p in people}
        orgs = {p.organisation_id for p in people if p.organisation_id}
        whole = {o for o in orgs if delegation.get(o) and delegation[o][1] and delegation[o][1] <= chosen}
        return Attendees(frozenset(orgs), frozenset(whole), frozenset(chosen))
    persons = set().union(*(delegation.get(o, ("", frozenset()))[1] for o in whole)) if whole else set()
    return Attendees(frozenset(whole), frozenset(whole), frozenset(persons))


def _people(item) -> list:
    rows = prefetched(item, "attending_people")
    return list(item.attending_people.all()) if rows is None else rows


def host_keys(item: ProgrammeItem) -> Hosts:
    orgs = set(_ids(item, "host_organisations"))
    people = prefetched(item, "host_people")
    people = list(item.host_people.all()) if people is None else people
    named = {p.organisation_id for p in people if p.organisation_id}
    orgs |= named
    return Hosts(frozenset(orgs), frozenset(orgs - named), frozenset(p.pk for p in people))


def with_people(qs: QuerySet[ProgrammeItem]) -> QuerySet[ProgrammeItem]:
    """Everything an itinerary or agenda shows of an item, in a fixed number of queries."""
    from gyoryu.organizations.models import Person

    return qs.select_related("stop", "arrival_stop", "venue", "room", "site").prefetch_related(
        "host_organisations",
        Prefetch("host_people", queryset=Person.objects.select_related("organisation")),
        "attending_organisations",
        Prefetch("attending_people", queryset=Person.objects.select_related("organisation")),
        Prefetch("interpreters", queryset=_interpreters()),
    )


def _interpreters():
    from gyoryu.missions.models import Interpreter

    return Interpreter.objects.select_related("person")


def _loaded(mission) -> list[ProgrammeItem]:
    """Every item of the mission, in time order, with what an itinerary shows (:func:`with_people`)."""
    return list(with_people(ProgrammeItem.objects.filter(mission=mission)).order_by("start", "id"))


def _concerning(
    items, delegation, *, organisation_id=None, person_id=None, interpreter_id=None
) -> list[ProgrammeItem]:
    if interpreter_id is not None:
        return [i for i in items if interpreter_id in {x.pk for x in i.interpreters.all()}]
    out = []
    for item in items:
        att, hosts = attendee_keys(item, delegation=delegation), host_keys(item)
        if organisation_id is not None:
            hit = organisation_id in att.organisation_ids or organisation_id in hosts.organisation_ids
        else:
            hit = person_id in att.person_ids or person_id in hosts.person_ids
        if hit:
            out.append(item)
    return out


def items_for(*, mission, organisation_id=None, person_id=None, interpreter_id=None) -> list[ProgrammeItem]:
    """The items (in time order, cancelled ones included: ``item.cancelled`` flags them) that the
    organisation, person or interpreter attends or hosts.  Give exactly one of the three."""
    if sum(x is not None for x in (organisation_id, person_id, interpreter_id)) != 1:
        raise TypeError("give exactly one of organisation_id, person_id, interpreter_id")
    delegation = delegation_of(mission) if interpreter_id is None else {}
    return _concerning(
        _loaded(mission),
        delegation,
        organisation_id=organisation_id,
        person_id=person_id,
        interpreter_id=interpreter_id,
    )


def _visible_ids(user, mission, items) -> set[int]:
    """Of ``items`` (the mission's, loaded), the ids that a reader who does not manage the mission sees."""
    scope = scope_for(user)
    orgs = {org for organiser, org in scope.delegate | scope.guest if organiser == mission.organiser_id}
    person = getattr(user, "person", None) if user.is_authenticated else None
    ids: set[int] = set()
    delegation = delegation_of(mission) if orgs else {}
    for org in orgs:
        ids |= {i.pk for i in _concerning(items, delegation, organisation_id=org)}
    if person is not None:
        interpreters = prefetched(mission, "interpreters")
        if interpreters is None:
            interpreters = mission.interpreters.filter(person=person)
        for interp in (i for i in interpreters if i.person_id == person.pk):
            ids |= {i.pk for i in _concerning(items, delegation, interpreter_id=interp.pk)}
    return ids


def visible_items(user, mission) -> QuerySet[ProgrammeItem]:
    """Staff of the mission's organiser (and administrators) see every item; a delegation member the items
    their organisation attends; a partner guest the items their organisation hosts or attends; a person who
    interprets for the mission the items they are assigned to.  Nothing else (empty, never an error).
    ``programme.view_item`` as a list (programme/permissions.py)."""
    qs = ProgrammeItem.objects.filter(mission=mission)
    if user.has_perm("missions.change_mission", mission):
        return qs
    return qs.filter(pk__in=_visible_ids(user, mission, _loaded(mission)))


def visible_item_list(user, mission) -> list[ProgrammeItem]:
    """:func:`visible_items` as a list in time order, with what an itinerary shows of each item (times,
    title, status, place) and, for readers who do not manage the mission, the ids that decide what they
    see: not the people and organisations themselves (an itinerary does not name them)."""
    from gyoryu.missions.models import Interpreter
    from gyoryu.organizations.models import Organisation, Person

    qs = ProgrammeItem.objects.filter(mission=mission).select_related("venue", "room", "site")
    if user.has_perm("missions.change_mission", mission):
        return list(qs.order_by("start", "id"))
    keyed = (
        Prefetch("host_organisations", queryset=Organisation.objects.only("pk")),
        Prefetch("attending_organisations", queryset=Organisation.objects.only("pk")),
        Prefetch("host_people", queryset=Person.objects.only("pk", "organisation_id")),
        Prefetch("attending_people", queryset=Person.objects.only("pk", "organisation_id")),
        Prefetch("interpreters", queryset=Interpreter.objects.only("pk")),
    )
    items = list(qs.prefetch_related(*keyed).order_by("start", "id"))
    ids = _visible_ids(user, mission, items)
    return [i for i in items if i.pk in ids]


def recipients(item: ProgrammeItem) -> list:
    """Who is told about a change of the item: attending people, host people and interpreters, and the
    accounts (delegates, guests) and people of organisations that attend or host as a whole; each once."""
    from gyoryu.accounts.models import Membership
    from gyoryu.notifications.domain import recipients_for
    from gyoryu.organizations.models import Person

    att, hosts = attendee_keys(item), host_keys(item)
    person_ids = set(att.person_ids) | set(hosts.person_ids)
    person_ids |= set(item.interpreters.values_list("person_id", flat=True))
    people = list(Person.objects.filter(pk__in=person_ids).select_related("user", "organisation"))
    people += list(
        Person.objects.filter(organisation_id__in=hosts.whole_organisation_ids).select_related(
            "user", "organisation"
        )
    )
    orgs = att.organisation_ids | hosts.organisation_ids
    users = [m.user for m in Membership.objects.filter(organisation_id__in=orgs).select_related("user")]
    return recipients_for(people=people, users=users)


def attendee_people(item: ProgrammeItem) -> list:
    """The people the attendance stands for, by name (for the item's page)."""
    from gyoryu.organizations.models import Person

    keys = attendee_keys(item)
    return list(Person.objects.filter(pk__in=keys.person_ids).select_related("organisation"))


def clashing_placements(item: ProgrammeItem) -> list:
    """Published 1:1 meetings that overlap the item for one of its attendees, hosts or interpreters (the
    next schedule run moves them once the item is confirmed)."""
    from django.db.models import Q

    from gyoryu.scheduling.queries import placements, published

    schedule = published(item.mission)
    if schedule is None or item.cancelled:
        return []
    att, hosts = attendee_keys(item), host_keys(item)
    orgs = att.whole_organisation_ids | hosts.whole_organisation_ids
    people = att.person_ids | hosts.person_ids
    cond = Q(meeting__requester_id__in=orgs) | Q(meeting__counterpart_id__in=orgs)
    cond |= Q(meeting__members__in=people) | Q(interpreter__in=item.interpreters.all())
    return list(placements(schedule).filter(cond, start__lt=item.end, end__gt=item.start).distinct())
