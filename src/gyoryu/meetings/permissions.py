"""Who may ask for, answer and arrange 1:1 meetings.

=============================  ==========================================================================
permission (object)            who
=============================  ==========================================================================
meetings.view_requests         staff of the organiser (every request, the matrix); an account acting for
(Mission)                      one of the mission's participants, delegation or targets (its own requests)
meetings.answer_request        staff of the organiser; an account acting for the side that was asked
(Meeting)                      (accept, decline, propose another time)
meetings.withdraw_request      staff of the organiser; an account acting for the side that asked
(Meeting)                      (withdraw, take or leave a proposed time)
meetings.change_meetings       staff of the organiser (fixed meetings, cancellations)
(Mission)
=============================  ==========================================================================

Asking *as* an organisation needs ``organizations.act_for_organisation`` on it (or meetings.change_meetings).
"""

from __future__ import annotations

import rules

from gyoryu.accounts.permissions import own_orgs
from gyoryu.missions.permissions import delegation_ids, manages_mission, target_ids


def participating_orgs(user, mission) -> frozenset[int]:
    """The account's own organisations among the mission's participants (delegation and targets), whatever
    role it holds for them."""
    mine = own_orgs(user, mission.organiser_id)
    return mine & (delegation_ids(user, mission) | target_ids(user, mission)) if mine else frozenset()


@rules.predicate
def is_participant(user, mission) -> bool:
    return mission is not None and bool(participating_orgs(user, mission))


@rules.predicate
def manages_meeting(user, meeting) -> bool:
    return meeting is not None and manages_mission.test(user, meeting.mission)


@rules.predicate
def is_asked(user, meeting) -> bool:
    return meeting is not None and meeting.counterpart_id in own_orgs(user, meeting.mission.organiser_id)


@rules.predicate
def is_asking(user, meeting) -> bool:
    return meeting is not None and meeting.requester_id in own_orgs(user, meeting.mission.organiser_id)


rules.add_perm("meetings.view_requests", manages_mission | is_participant)
rules.add_perm("meetings.answer_request", manages_meeting | is_asked)
rules.add_perm("meetings.withdraw_request", manages_meeting | is_asking)
rules.add_perm("meetings.change_meetings", manages_mission)
