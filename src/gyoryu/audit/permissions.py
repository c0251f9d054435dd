"""Who may read the audit trail.

=================================  ======================================================================
permission (object)                who
=================================  ======================================================================
audit.view_history (-)             staff of some organiser: the trail of their organisers' data (the
                                   History page, its downloads, ``GET /api/history``)
audit.view_object_history          staff of the organiser the object belongs to (``audit.stamp.place``):
(a subject: organisation, person,  the history section of its page, the object's history and download
mission, agreement, ...)
=================================  ======================================================================

Delegation members and partner guests never read the trail; staff of one organiser never read another's.
Administrators pass all.  ``queries.visible_entries`` is the list of entries the same rule allows.
"""

from __future__ import annotations

import rules

from gyoryu.accounts.permissions import is_admin, is_staff_anywhere
from gyoryu.accounts.queries import scope_for


@rules.predicate
def is_subject_staff(user, obj) -> bool:
    """Staff of the organiser that the object's changes are recorded for."""
    if obj is None:
        return False
    from gyoryu.audit.stamp import place

    organiser_id = place(obj)[0]
    return organiser_id is not None and organiser_id in scope_for(user).staff_organisers


rules.add_perm("audit.view_history", is_admin | is_staff_anywhere)
rules.add_perm("audit.view_object_history", is_admin | is_subject_staff)
