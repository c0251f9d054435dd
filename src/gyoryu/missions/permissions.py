"""Who may see and change a mission (and its planning).

============================  =======================================================================
permission (object)           who
============================  =======================================================================
missions.view_mission         staff of its organiser; a delegation member whose organisation travels
(Mission)                     with it; a partner guest whose organisation it targets; administrators
missions.change_mission       staff of its organiser, administrators (stops, venues, delegation,
(Mission)                     targets, interpreters, meetings, schedules, programme, rates)
missions.view_planning        who changes it, and its delegation members (targets, interpreters)
missions.view_target_notes    who changes it: the notes on targets are the organiser's own
missions.add_mission (-)      staff of some organiser (created for the acting organiser)
============================  =======================================================================

The list ``queries.visible_missions(user)`` is the same rule as ``missions.view_mission`` written as one
query: staff by ``organiser_id``, delegates through ``delegation__organisation_id`` and guests through
``targets__organisation_id``, each paired with its membership's organiser.
"""

from __future__ import annotations

import rules

from gyoryu.accounts.permissions import is_admin, is_organiser_staff, is_staff_anywhere, memo, own_orgs
from gyoryu.common.queries import prefetched
from gyoryu.missions.models import DelegationEntry, Target


def delegation_ids(user, mission) -> frozenset[int]:
    if (entries := prefetched(mission, "delegation")) is not None:
        return frozenset(e.organisation_id for e in entries)
    return memo(
        user,
        ("delegation", mission.pk),
        lambda: frozenset(
            DelegationEntry.objects.filter(mission_id=mission.pk).values_list("organisation_id", flat=True)
        ),
    )


def target_ids(user, mission) -> frozenset[int]:
    if (targets := prefetched(mission, "targets")) is not None:
        return frozenset(t.organisation_id for t in targets)
    return memo(
        user,
        ("targets", mission.pk),
        lambda: frozenset(
            Target.objects.filter(mission_id=mission.pk).values_list("organisation_id", flat=True)
        ),
    )


def travelling_orgs(user, mission) -> frozenset[int]:
    """The account's own organisations in the mission's delegation (as a delegation member)."""
    mine = own_orgs(user, mission.organiser_id, guest=False)
    return mine & delegation_ids(user, mission) if mine else frozenset()


def targeted_orgs(user, mission) -> frozenset[int]:
    """The account's own organisations the mission targets (as a partner guest)."""
    mine = own_orgs(user, mission.organiser_id, delegate=False)
    return mine & target_ids(user, mission) if mine else frozenset()


@rules.predicate
def travels_with(user, mission) -> bool:
    return mission is not None and bool(travelling_orgs(user, mission))


@rules.predicate
def is_targeted(user, mission) -> bool:
    return mission is not None and bool(targeted_orgs(user, mission))


manages_mission = is_admin | is_organiser_staff

rules.add_perm("missions.view_mission", manages_mission | travels_with | is_targeted)
rules.add_perm("missions.change_mission", manages_mission)
rules.add_perm("missions.view_planning", manages_mission | travels_with)
rules.add_perm("missions.view_target_notes", manages_mission)
rules.add_perm("missions.add_mission", is_staff_anywhere)
