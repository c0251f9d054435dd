"""Reads of meeting requests: where each side lives by the clock, stop conflicts, and where a guest starts."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q

from gyoryu.accounts.queries import scope_for
from gyoryu.common import zones
from gyoryu.meetings.models import Meeting
from gyoryu.missions.models import Target

PENDING = (Meeting.Status.REQUESTED, Meeting.Status.PROPOSED)


@dataclass(frozen=True)
class Clock:
    """The zone a reader lives by, and the stop whose city names it (None: the zone's own city)."""

    zone: str
    stop: object | None = None


def clock_of(*, mission, organisation_ids=()) -> Clock:
    """The clock of the people of these organisations during ``mission``: the stop where the organisation is
    to be met (a partner abroad), else the one zone of the mission's stops in its country, else the home
    office's (organiser staff, the delegation)."""
    ids = set(organisation_ids)
    if not ids:
        return Clock(zones.home_zone())
    delegation = set(mission.delegation.filter(organisation_id__in=ids).values_list("organisation_id", flat=True))
    if delegation:
        return Clock(zones.home_zone())
    target = (
        Target.objects.filter(mission=mission, organisation_id__in=ids, stop__isnull=False)
        .select_related("stop")
        .order_by("stop__order")
        .first()
    )
    if target is not None:
        return Clock(target.stop.timezone, target.stop)
    from gyoryu.organizations.models import Organisation

    countries = set(Organisation.objects.filter(pk__in=ids).values_list("country", flat=True))
    stops = [s for s in mission.stops.order_by("order") if s.country in countries]
    if stops and len({s.timezone for s in stops}) == 1:
        return Clock(stops[0].timezone, stops[0] if len(stops) == 1 else None)
    return Clock(zones.home_zone())


def planned_stops(mission) -> dict[int, object]:
    """Organisation id -> the stop where the organiser plans to meet it (targets with a stop)."""
    return {
        t.organisation_id: t.stop
        for t in Target.objects.filter(mission=mission, stop__isnull=False).select_related("stop")
    }


def stop_conflict(meeting: Meeting, planned: dict[int, object]):
    """The stop where the partner is planned, when the meeting is set at another one (else None)."""
    if not meeting.stop_id:
        return None
    for org_id in (meeting.counterpart_id, meeting.requester_id):
        stop = planned.get(org_id)
        if stop is not None:
            return stop if stop.pk != meeting.stop_id else None
    return None


def guest_start(user) -> str | None:
    """Where a partner guest starts: the requests page of the mission with requests waiting for their
    answer (the latest), else of their only mission; None for other accounts (they start at the missions)."""
    scope = scope_for(user)
    if not scope.is_guest_only:
        return None
    from gyoryu.missions.queries import guest_missions

    missions = guest_missions(user)
    waiting = (
        Meeting.objects.filter(mission__in=missions, status__in=PENDING)
        .filter(
            Q(status=Meeting.Status.REQUESTED, counterpart_id__in=scope.guest_orgs)
            | Q(status=Meeting.Status.PROPOSED, requester_id__in=scope.guest_orgs)
        )
        .order_by("-created")
        .values_list("mission_id", flat=True)
        .first()
    )
    if waiting is None:
        ids = list(missions.values_list("pk", flat=True)[:2])
        waiting = ids[0] if len(ids) == 1 else None
    return f"/missions/{waiting}/requests/" if waiting else None
