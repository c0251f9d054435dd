"""Reads of value chains, always through what the account may see.

Organiser staff see their organisers' chains with every placement, gap and suggestion.  A delegation
member or a partner guest sees a chain of its organiser only where its own organisation is accepted on a
stage, and of the placements only its own accepted ones: the stages (the chain's outline) but not the other
firms, the proposals, the gaps or the suggestions, which are the organiser's planning.  Anyone else sees
nothing (404).

``visible_chains`` and ``visible_placements`` are ``valuechains.view_chain`` and ``valuechains.view_placement``
(valuechains/permissions.py) written as one query each; pages and the API ask the permissions of one object.
"""

from __future__ import annotations

from django.db.models import Prefetch, Q, QuerySet

from gyoryu.accounts.queries import scope_for
from gyoryu.valuechains.models import Chain, Placement, PlacementChange, PlacementStatus, Stage


def visible_chains(user) -> QuerySet[Chain]:
    """``valuechains.view_chain`` as a list."""
    scope = scope_for(user)
    if scope.is_admin:
        return Chain.objects.all()
    if not (scope.staff_organisers or scope.own_orgs):
        return Chain.objects.none()
    cond = Q(organiser_id__in=scope.staff_organisers)
    for organiser_id, org_id in scope.delegate | scope.guest:
        cond |= Q(
            organiser_id=organiser_id,
            stages__placements__organisation_id=org_id,
            stages__placements__status=PlacementStatus.ACCEPTED,
        )
    return Chain.objects.filter(pk__in=Chain.objects.filter(cond).values("pk"))


def visible_placements(user) -> QuerySet[Placement]:
    """``valuechains.view_placement`` as a list: every placement on the chains the account manages; its own
    organisation's accepted ones elsewhere."""
    scope = scope_for(user)
    if scope.is_admin:
        return Placement.objects.all()
    cond = Q(stage__chain__organiser_id__in=scope.staff_organisers)
    for organiser_id, org_id in scope.delegate | scope.guest:
        cond |= Q(
            stage__chain__organiser_id=organiser_id,
            organisation_id=org_id,
            status=PlacementStatus.ACCEPTED,
        )
    if not (scope.staff_organisers or scope.own_orgs):
        return Placement.objects.none()
    return Placement.objects.filter(cond)


def chain_list(user) -> list[Chain]:
    """Chains with their stages (in order) and the placements the account may see; three queries."""
    return list(
        visible_chains(user)
        .select_related("organiser")
        .prefetch_related(
            Prefetch("stages", queryset=Stage.objects.order_by("order")),
        )
        .order_by("sector", "name_en", "pk")
    )


def placement_list(user, *, chain: Chain, status: str = "", stage: int | None = None) -> QuerySet[Placement]:
    qs = (
        visible_placements(user)
        .filter(stage__chain=chain)
        .select_related("stage", "organisation", "proposed_by", "decided_by")
        .prefetch_related(Prefetch("changes", queryset=PlacementChange.objects.select_related("by")))
        .order_by("stage__order", "status", "-score", "pk")
    )
    if status:
        qs = qs.filter(status=status)
    if stage is not None:
        qs = qs.filter(stage_id=stage)
    return qs


def with_details(chains: QuerySet[Chain]) -> QuerySet[Chain]:
    """Chains with their organiser and their stages in order with their codes (three queries however many)."""
    return chains.select_related("organiser").prefetch_related(
        Prefetch("stages", queryset=Stage.objects.order_by("order").prefetch_related("codes"))
    )


def placement_details(placements: QuerySet[Placement]) -> QuerySet[Placement]:
    return placements.select_related(
        "stage__chain", "organisation", "proposed_by", "decided_by"
    ).prefetch_related(Prefetch("changes", queryset=PlacementChange.objects.select_related("by")))
