"""Reads of missions, always through what the account may see.

``visible_missions`` is the list form of the permission ``missions.view_mission`` (see
``missions/permissions.py``); a detail takes its object unscoped and asks the permission."""

from __future__ import annotations

from django.db.models import Count, Prefetch, Q, QuerySet

from gyoryu.accounts.queries import scope_for
from gyoryu.missions.models import DelegationEntry, Interpreter, Mission, Stop, Target, Venue


def visible_missions(user) -> QuerySet[Mission]:
    """Staff see their organisers' missions; delegates the missions their organisation travels with;
    partner guests the missions that target their organisation; administrators all."""
    scope = scope_for(user)
    qs = Mission.objects.all()
    if scope.is_admin:
        return qs
    if not (scope.staff_organisers or scope.own_orgs):
        return qs.none()
    cond = Q(organiser_id__in=scope.staff_organisers)
    for organiser_id, org_id in scope.delegate:
        cond |= Q(organiser_id=organiser_id, delegation__organisation_id=org_id)
    for organiser_id, org_id in scope.guest:
        cond |= Q(organiser_id=organiser_id, targets__organisation_id=org_id)
    return qs.filter(pk__in=Mission.objects.filter(cond).values("pk"))


def delegate_missions(user) -> QuerySet[Mission]:
    """Missions the account travels with as a delegation member (not as staff)."""
    scope = scope_for(user)
    cond = Q(pk__in=[])
    for organiser_id, org_id in scope.delegate:
        cond |= Q(organiser_id=organiser_id, delegation__organisation_id=org_id)
    return Mission.objects.filter(pk__in=Mission.objects.filter(cond).values("pk"))


def guest_missions(user) -> QuerySet[Mission]:
    """Missions that target the account's organisation (partner guests)."""
    scope = scope_for(user)
    cond = Q(pk__in=[])
    for organiser_id, org_id in scope.guest:
        cond |= Q(organiser_id=organiser_id, targets__organisation_id=org_id)
    return Mission.objects.filter(pk__in=Mission.objects.filter(cond).values("pk"))


def mission_list(user) -> QuerySet[Mission]:
    return (
        visible_missions(user)
        .select_related("organiser")
        .prefetch_related("stops")
        .annotate(
            n_delegation=Count("delegation", distinct=True),
            n_targets=Count("targets", distinct=True),
        )
    )


def with_everything() -> QuerySet[Mission]:
    """Missions with everything the dashboard and the API's detail show, prefetched (not scoped: ask
    ``missions.view_mission`` of the one you take)."""
    from gyoryu.organizations.queries import without_profile_text

    names_only = without_profile_text("organisation")  # both show organisations by name
    venues = Venue.objects.prefetch_related("rooms").select_related("host")
    return (
        Mission.objects.select_related("organiser")
        .prefetch_related(
            Prefetch(
                "stops",
                queryset=Stop.objects.order_by("order").prefetch_related(
                    Prefetch("venues", queryset=venues.defer(*without_profile_text("host")))
                ),
            ),
            Prefetch(
                "delegation",
                queryset=DelegationEntry.objects.select_related("organisation")
                .defer(*names_only)
                .prefetch_related("travellers"),
            ),
            Prefetch(
                "targets",
                queryset=Target.objects.select_related("organisation", "stop").defer(*names_only),
            ),
            Prefetch("interpreters", queryset=Interpreter.objects.select_related("person")),
        )
    )


def itinerary_days(mission: Mission, user=None) -> list[dict]:
    """The itinerary as one entry per stop and day ({"stop", "date"}), from the prefetched stops (no extra
    queries).  With ``user``, each day also has "entries": its programme items and 1:1 meeting sessions that
    the account may see, in time order (see :mod:`gyoryu.programme.itinerary`)."""
    import datetime as dt

    days = []
    for stop in mission.stops.all():
        day = stop.start_date
        while day <= stop.end_date:
            days.append({"stop": stop, "date": day})
            day += dt.timedelta(days=1)
    if user is not None:
        from gyoryu.programme.itinerary import fill

        fill(days, user=user, mission=mission)
    return days


def participant_ids(mission: Mission) -> set[int]:
    """Organisations taking part in the mission: its delegation and its targets."""
    return participants_of([mission])[mission.pk]


def participants_of(missions) -> dict[int, set[int]]:
    """mission id -> :func:`participant_ids`, for several missions in two queries."""
    out: dict[int, set[int]] = {m.pk: set() for m in missions}
    for model in (DelegationEntry, Target):
        rows = model.objects.filter(mission__in=missions).values_list("mission_id", "organisation_id")
        for mission_id, org in rows:
            out[mission_id].add(org)
    return out


def request_options(user, organisation) -> list[tuple]:
    """(mission, own organisation id) pairs from which the account may ask ``organisation`` for a meeting
    (or, for staff, ask on its behalf): newest missions first."""
    scope = scope_for(user)
    missions = list(
        visible_missions(user).filter(organiser_id=organisation.organiser_id).order_by("-created")[:5]
    )
    taking_part = participants_of(missions)
    out = []
    for mission in missions:
        participants = taking_part[mission.pk]
        if organisation.pk in participants:
            out += [(mission, own) for own in sorted((scope.own_orgs - {organisation.pk}) & participants)]
    return out
