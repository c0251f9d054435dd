"""Who may record and follow up what meetings produced.

==============================  ========================================================================
permission (object)             who
==============================  ========================================================================
followup.record_meeting         staff of the mission's organiser; a delegation member whose organisation
(Meeting)                       is one side of the meeting (attendance, outcome, timeline)
followup.view_lead,             staff of the mission's organiser; a delegation member of the lead's firm
followup.change_lead (Lead)     (stage, exports, tasks)
followup.change_task (Task)     whoever may change its lead
followup.view_today,            staff of the organiser; its travelling delegation members (their own
followup.view_pipeline          meetings and leads only: the lists are scoped)
(Mission)
followup.change_rates (Mission) staff of the organiser
followup.view_timeline          staff of the organisation's organiser; an account with a meeting it may
(Organisation)                  record with that organisation
==============================  ========================================================================

Partner guests record nothing: outcomes are the delegation's commercial notes about them.  The lists
``queries.visible_meetings``, ``visible_leads`` and ``visible_tasks`` are record_meeting, view_lead and
change_task as queries (staff by the mission's organiser, delegates by ``requester``/``counterpart`` or
``firm`` paired with their membership's organiser).
"""

from __future__ import annotations

import rules
from django.db.models import Q

from gyoryu.accounts.permissions import is_admin, is_organiser_staff, own_orgs
from gyoryu.missions.permissions import manages_mission, travels_with


@rules.predicate
def is_meeting_staff(user, meeting) -> bool:
    return meeting is not None and is_organiser_staff(user, meeting.mission)


@rules.predicate
def is_meeting_side(user, meeting) -> bool:
    if meeting is None:
        return False
    mine = own_orgs(user, meeting.mission.organiser_id, guest=False)
    return meeting.requester_id in mine or meeting.counterpart_id in mine


@rules.predicate
def is_lead_staff(user, lead) -> bool:
    return lead is not None and is_organiser_staff(user, lead.mission)


@rules.predicate
def is_lead_firm(user, lead) -> bool:
    return lead is not None and lead.firm_id in own_orgs(user, lead.mission.organiser_id, guest=False)


lead_rule = is_admin | is_lead_staff | is_lead_firm


@rules.predicate
def may_change_task_lead(user, task) -> bool:
    return task is not None and lead_rule.test(user, task.lead)


@rules.predicate
def has_meetings_with(user, organisation) -> bool:
    """A meeting the account may record has ``organisation`` on one side."""
    if organisation is None:
        return False
    from gyoryu.meetings.models import Meeting

    mine = own_orgs(user, organisation.organiser_id, guest=False)
    if not mine:
        return False
    if organisation.pk in mine:
        sides = Q(requester=organisation) | Q(counterpart=organisation)
    else:
        sides = Q(requester=organisation, counterpart_id__in=mine) | Q(counterpart=organisation, requester_id__in=mine)
    return Meeting.objects.filter(sides, mission__organiser_id=organisation.organiser_id).exists()


rules.add_perm("followup.record_meeting", is_admin | is_meeting_staff | is_meeting_side)
rules.add_perm("followup.view_lead", lead_rule)
rules.add_perm("followup.change_lead", lead_rule)
rules.add_perm("followup.change_task", may_change_task_lead)
rules.add_perm("followup.view_today", manages_mission | travels_with)
rules.add_perm("followup.view_pipeline", manages_mission | travels_with)
rules.add_perm("followup.change_rates", manages_mission)
rules.add_perm("followup.view_timeline", is_admin | is_organiser_staff | has_meetings_with)
