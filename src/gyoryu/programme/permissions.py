"""Who may see and change the mission programme (visits, tours, ceremonies, flights ...).

==========================  ============================================================================
permission (object)         who
==========================  ============================================================================
programme.view_item         staff of the mission's organiser; an account acting for an organisation that
(ProgrammeItem)             attends or hosts the item (through people too: ``queries.attendee_keys``);
                            the person who interprets at it
programme.change_programme  staff of the mission's organiser (add, edit, confirm, cancel items)
(Mission)
==========================  ============================================================================

``queries.visible_items(user, mission)`` is view_item for the items of one mission, as one query.
"""

from __future__ import annotations

import rules

from gyoryu.accounts.permissions import own_orgs
from gyoryu.missions.permissions import manages_mission


@rules.predicate
def manages_item(user, item) -> bool:
    return item is not None and manages_mission.test(user, item.mission)


@rules.predicate
def attends_or_hosts(user, item) -> bool:
    if item is None:
        return False
    mine = own_orgs(user, item.mission.organiser_id)
    if not mine:
        return False
    from gyoryu.programme.queries import attendee_keys, host_keys

    return bool(mine & (attendee_keys(item).organisation_ids | host_keys(item).organisation_ids))


@rules.predicate
def interprets_at(user, item) -> bool:
    person = getattr(user, "person", None) if item is not None and user.is_authenticated else None
    return person is not None and item.interpreters.filter(person=person).exists()


rules.add_perm("programme.view_item", manages_item | attends_or_hosts | interprets_at)
rules.add_perm("programme.change_programme", manages_mission)
