"""Who may see and change value chains, their stages and placements.

==================================  =====================================================================
permission (object)                 who
==================================  =====================================================================
valuechains.view_chain (Chain)      staff of its organiser; a delegation member or partner guest whose own
                                    organisation is accepted on one of its stages (the chain's outline)
valuechains.change_chain (Chain)    staff of its organiser: the chain, its stages, placements (propose,
                                    place, accept, reject) and adding suggested targets to its missions
valuechains.view_planning (Chain)   staff of its organiser: proposals, gaps, ties and suggested targets
                                    (the organiser's planning; others are answered 404, as if absent)
valuechains.view_placement          staff of the chain's organiser; otherwise only one's own organisation's
(Placement)                         accepted placements
valuechains.change_placement        staff of the chain's organiser (accept, reject)
(Placement)
valuechains.add_chain (-)           staff of some organiser (created for the acting organiser)
==================================  =====================================================================

Stages are seen and changed with their chain.  Administrators pass all.  ``queries.visible_chains`` and
``queries.visible_placements`` are view_chain and view_placement as queries (staff by the chain's
``organiser_id``, others through accepted placements of their own organisations paired with the
membership's organiser); ``tests/accounts/test_rules_agree.py`` holds them together.
"""

from __future__ import annotations

import rules

from gyoryu.accounts.permissions import is_admin, is_organiser_staff, is_staff_anywhere, memo, own_orgs
from gyoryu.valuechains.models import Placement, PlacementStatus


def _accepted_orgs(user, chain) -> frozenset[int]:
    """The organisations accepted on some stage of ``chain`` (once per account object and chain)."""
    return memo(
        user,
        ("chain_accepted", chain.pk),
        lambda: frozenset(
            Placement.objects.filter(stage__chain_id=chain.pk, status=PlacementStatus.ACCEPTED).values_list(
                "organisation_id", flat=True
            )
        ),
    )


@rules.predicate
def is_placed_on(user, chain) -> bool:
    """One of the account's own organisations (at the chain's organiser) is accepted on the chain."""
    if chain is None:
        return False
    mine = own_orgs(user, chain.organiser_id)
    return bool(mine) and bool(mine & _accepted_orgs(user, chain))


@rules.predicate
def is_placement_staff(user, placement) -> bool:
    return placement is not None and is_organiser_staff(user, placement.stage.chain)


@rules.predicate
def is_own_accepted(user, placement) -> bool:
    if placement is None or placement.status != PlacementStatus.ACCEPTED:
        return False
    return placement.organisation_id in own_orgs(user, placement.stage.chain.organiser_id)


manages_chain = is_admin | is_organiser_staff

rules.add_perm("valuechains.view_chain", manages_chain | is_placed_on)
rules.add_perm("valuechains.change_chain", manages_chain)
rules.add_perm("valuechains.view_planning", manages_chain)
rules.add_perm("valuechains.view_placement", is_admin | is_placement_staff | is_own_accepted)
rules.add_perm("valuechains.change_placement", is_admin | is_placement_staff)
rules.add_perm("valuechains.add_chain", is_admin | is_staff_anywhere)
