"""Who may see and change agreements, their documents and exchange programmes, and the network.

===================================  ====================================================================
permission (object)                  who
===================================  ====================================================================
partnerships.view_agreement          staff of its organiser; an account acting for one of its parties
(Agreement)                          (a delegation member or partner guest of that organiser)
partnerships.change_agreement        staff of its organiser (status, documents, signatories,
(Agreement)                          obligations, links, programmes)
partnerships.view_programme,         as view_agreement / change_agreement of the programme's agreement
partnerships.change_programme
(Programme)
partnerships.view_document           as view_agreement of the document's agreement (the PDF itself)
(Document)
partnerships.add_agreement (-)       staff of some organiser (for the acting organiser)
partnerships.view_network (-)        staff of some organiser (the acting organiser's network)
partnerships.view_mission_ties       staff of the mission's organiser
(Mission)
===================================  ====================================================================

``queries.visible_agreements`` (and ``visible_programmes``, ``visible_documents``) are view_agreement as
queries: staff by ``organiser_id``, others through ``parties__organisation_id`` paired with the organiser.
"""

from __future__ import annotations

import rules

from gyoryu.accounts.permissions import is_admin, is_organiser_staff, is_staff_anywhere, memo, own_orgs
from gyoryu.missions.permissions import manages_mission


@rules.predicate
def is_party(user, agreement) -> bool:
    if agreement is None:
        return False
    mine = own_orgs(user, agreement.organiser_id)
    if not mine:
        return False
    parties = memo(
        user,
        ("parties", agreement.pk),
        lambda: frozenset(agreement.parties.values_list("organisation_id", flat=True)),
    )
    return bool(mine & parties)


view_agreement = is_admin | is_organiser_staff | is_party
change_agreement = is_admin | is_organiser_staff


@rules.predicate
def may_view_of(user, obj) -> bool:
    """For a programme or a document: view_agreement of its agreement."""
    return obj is not None and view_agreement.test(user, obj.agreement)


@rules.predicate
def may_change_of(user, obj) -> bool:
    return obj is not None and change_agreement.test(user, obj.agreement)


rules.add_perm("partnerships.view_agreement", view_agreement)
rules.add_perm("partnerships.change_agreement", change_agreement)
rules.add_perm("partnerships.view_programme", may_view_of)
rules.add_perm("partnerships.change_programme", may_change_of)
rules.add_perm("partnerships.view_document", may_view_of)
rules.add_perm("partnerships.add_agreement", is_admin | is_staff_anywhere)
rules.add_perm("partnerships.view_network", is_admin | is_staff_anywhere)
rules.add_perm("partnerships.view_mission_ties", manages_mission)
