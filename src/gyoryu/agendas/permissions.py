"""Who may read which agenda (pages, PDF and calendar files, the API) and keep calendar links to it.

==============================  ========================================================================
permission (object)             who
==============================  ========================================================================
agendas.view_agenda             staff of the mission's organiser: every agenda.  An account acting for an
(:class:`AgendaOf`)             organisation: that organisation's agenda and its people's.  Anyone: the
                                agenda of their own person and of their own interpreting.  A delegation
                                member: the master agenda, when the organiser shares it.  Venues' table
                                plans: staff only
agendas.view_draft (Mission)    staff of the organiser (an agenda from a draft schedule, as a preview)
agendas.change_settings         staff of the organiser (whether the delegation sees the master agenda)
(Mission)
==============================  ========================================================================
"""

from __future__ import annotations

from typing import NamedTuple

import rules

from gyoryu.accounts.permissions import own_orgs
from gyoryu.missions.permissions import manages_mission, travels_with


class AgendaOf(NamedTuple):
    """One agenda: the mission and whose it is (``queries.Owner``)."""

    mission: object
    owner: object


@rules.predicate
def manages_agenda_mission(user, agenda) -> bool:
    return agenda is not None and manages_mission.test(user, agenda.mission)


@rules.predicate
def is_own_agenda(user, agenda) -> bool:
    if agenda is None:
        return False
    owner, mission = agenda.owner, agenda.mission
    if owner.who == "mission":
        from gyoryu.agendas.queries import master_for_delegation

        return travels_with.test(user, mission) and master_for_delegation(mission)
    mine = own_orgs(user, mission.organiser_id)
    if owner.who == "organisation":
        return owner.pk in mine
    if owner.who in ("person", "interpreter"):
        own_person = owner.user_id is not None and owner.user_id == user.pk
        return own_person or (owner.who == "person" and owner.side in mine)
    return False


rules.add_perm("agendas.view_agenda", manages_agenda_mission | is_own_agenda)
rules.add_perm("agendas.view_draft", manages_mission)
rules.add_perm("agendas.change_settings", manages_mission)
