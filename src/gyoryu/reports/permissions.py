"""Who may see a mission's results.

===========================  =============================================================================
permission (object)          who
===========================  =============================================================================
reports.view_report          staff of the mission's organiser (every row); a delegation member whose
(Mission)                    organisation travels with it (its own firm's rows: ``queries.report_firms``)
reports.view_firm_report     staff of the organiser; a delegation member of that firm
(DelegationEntry)
===========================  =============================================================================

Partner guests see no results: outcomes are the delegation's commercial notes about them.  The list of
missions with results (``queries.report_missions``, the overview across years) is view_report as a query.
"""

from __future__ import annotations

import rules

from gyoryu.accounts.permissions import own_orgs
from gyoryu.missions.permissions import manages_mission, travels_with


@rules.predicate
def manages_entry_mission(user, entry) -> bool:
    return entry is not None and manages_mission.test(user, entry.mission)


@rules.predicate
def is_entry_firm(user, entry) -> bool:
    return entry is not None and entry.organisation_id in own_orgs(user, entry.mission.organiser_id, guest=False)


rules.add_perm("reports.view_report", manages_mission | travels_with)
rules.add_perm("reports.view_firm_report", manages_entry_mission | is_entry_firm)
