"""Who may handle people's personal data.

================================  =======================================================================
permission (object)               who
================================  =======================================================================
privacy.view_personal_data        staff of the person's organiser: the consents and erasure card on the
(Person)                          person's page
privacy.export_person (Person)    the same: download everything held about the person
privacy.erase_person (Person)     the same: erase the person's personal data
privacy.manage_people (-)         staff of some organiser (told where to export and erase)
================================  =======================================================================

The person is looked up with ``organizations.view_person`` first: who may not see the person is answered
404; a colleague who sees the person but may not export or erase is answered 403.  Everyone signed in
sees and withdraws their own consents.  Administrators pass all.  ``queries.managed_people`` is the list
export_person allows.
"""

from __future__ import annotations

import rules

from gyoryu.accounts.permissions import is_admin, is_organiser_staff, is_staff_anywhere

staff_of_person = is_admin | is_organiser_staff

rules.add_perm("privacy.view_personal_data", staff_of_person)
rules.add_perm("privacy.export_person", staff_of_person)
rules.add_perm("privacy.erase_person", staff_of_person)
rules.add_perm("privacy.manage_people", is_admin | is_staff_anywhere)
