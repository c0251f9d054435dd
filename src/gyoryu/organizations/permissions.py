"""Who may see and change organisation profiles and people.

=====================================  ================================================================
permission (object)                    who
=====================================  ================================================================
organizations.view_organisation        staff of its organiser; the accounts that act for it; delegation
(Organisation)                         members: whoever their missions involve (delegation, targets);
                                       partner guests: the delegations of the missions targeting them
organizations.change_organisation      staff of its organiser; the accounts that act for it
organizations.act_for_organisation     the accounts that act for it (its delegation members, guests)
organizations.delete_organisation      staff of its organiser
organizations.invite_partner           staff of its organiser
organizations.view_person (Person)     staff of the person's organiser; the accounts of the person's own
                                       organisation (contact details are private)
organizations.change_person            the same
organizations.add_organisation (-)     staff of some organiser
organizations.add_person (-)           staff, and accounts that act for an organisation (their colleagues)
organizations.import_directory,        staff of that organiser
organizations.export_directory
(Organiser)
=====================================  ================================================================

Administrators pass all.  The lists in ``queries`` are the same rules as one query each:
``visible_organisations`` = view_organisation, ``editable_organisations`` = change_organisation,
``visible_people`` = view_person.
"""

from __future__ import annotations

import rules

from gyoryu.accounts.permissions import (
    is_admin,
    is_delegate_or_guest,
    is_organiser_staff,
    is_staff_anywhere,
)
from gyoryu.accounts.queries import scope_for
from gyoryu.organizations.queries import involved_organisations


@rules.predicate
def acts_for(user, org) -> bool:
    """The account is a delegation member or partner guest for this organisation."""
    return org is not None and org.pk in scope_for(user).own_orgs


@rules.predicate
def is_involved(user, org) -> bool:
    return org is not None and bool(scope_for(user).own_orgs) and org.pk in involved_organisations(user)


@rules.predicate
def is_colleague(user, person) -> bool:
    return person is not None and person.organisation_id in scope_for(user).own_orgs


staff = is_admin | is_organiser_staff

rules.add_perm("organizations.view_organisation", staff | acts_for | is_involved)
rules.add_perm("organizations.change_organisation", staff | acts_for)
rules.add_perm("organizations.act_for_organisation", acts_for)
rules.add_perm("organizations.delete_organisation", staff)
rules.add_perm("organizations.invite_partner", staff)
rules.add_perm("organizations.view_person", staff | is_colleague)
rules.add_perm("organizations.change_person", staff | is_colleague)
rules.add_perm("organizations.add_organisation", is_admin | is_staff_anywhere)
rules.add_perm("organizations.add_person", is_admin | is_staff_anywhere | is_delegate_or_guest)
rules.add_perm("organizations.import_directory", staff)
rules.add_perm("organizations.export_directory", staff)
