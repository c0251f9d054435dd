"""Reads of partnerships, always through what the account may see.

Staff see their organisers' agreements; a delegation member or a partner guest sees the agreements its own
organisation is party to (and their programmes and documents); anyone else sees nothing.
"""

from __future__ import annotations

from collections import Counter

from django.db.models import Count, Prefetch, Q, QuerySet

from gyoryu.accounts.queries import scope_for
from gyoryu.partnerships.models import (
    Agreement,
    Document,
    Link,
    Obligation,
    Party,
    Programme,
    Signatory,
    StatusChange,
)


def visible_agreements(user) -> QuerySet[Agreement]:
    """``partnerships.view_agreement`` as a list (partnerships/permissions.py)."""
    scope = scope_for(user)
    if scope.is_admin:
        return Agreement.objects.all()
    if not (scope.staff_organisers or scope.own_orgs):
        return Agreement.objects.none()
    cond = Q(organiser_id__in=scope.staff_organisers)
    for organiser_id, org_id in scope.delegate | scope.guest:
        cond |= Q(organiser_id=organiser_id, parties__organisation_id=org_id)
    return Agreement.objects.filter(pk__in=Agreement.objects.filter(cond).values("pk"))


def visible_programmes(user) -> QuerySet[Programme]:
    return Programme.objects.filter(agreement__in=visible_agreements(user))


def visible_documents(user) -> QuerySet[Document]:
    return Document.objects.filter(agreement__in=visible_agreements(user))


def agreement_list(user, *, status: str = "", kind: str = "", area: str = "", q: str = "") -> list[Agreement]:
    """Agreements with their parties and counts of programmes and documents; three queries however many.
    ``area`` filters on the fields of cooperation (a list kept as JSON, so filtered here, not in SQL)."""
    qs = (
        visible_agreements(user)
        .select_related("organiser")
        .prefetch_related(Prefetch("parties", queryset=Party.objects.select_related("organisation")))
        .annotate(
            n_programmes=Count("programmes", distinct=True), n_documents=Count("documents", distinct=True)
        )
        .order_by("-updated", "-id")
    )
    if status:
        qs = qs.filter(status=status)
    if kind:
        qs = qs.filter(kind=kind)
    for word in q.split():
        qs = qs.filter(
            Q(title_ko__icontains=word)
            | Q(title_en__icontains=word)
            | Q(parties__organisation__name_ko__icontains=word)
            | Q(parties__organisation__name_en__icontains=word)
        ).distinct()
    return [a for a in qs if not area or area in a.areas]


def with_details(qs: QuerySet[Agreement]) -> QuerySet[Agreement]:
    """Agreements with everything the agreement's page shows, prefetched (not scoped: ask
    ``partnerships.view_agreement``)."""
    return (
        qs.select_related("organiser", "owner", "mission")
        .prefetch_related(
            Prefetch("parties", queryset=Party.objects.select_related("organisation")),
            Prefetch("signatories", queryset=Signatory.objects.select_related("person", "organisation")),
            Prefetch("changes", queryset=StatusChange.objects.select_related("by")),
            Prefetch("documents", queryset=Document.objects.select_related("uploaded_by")),
            Prefetch("obligations", queryset=Obligation.objects.select_related("party", "owner")),
            Prefetch(
                "programmes",
                queryset=Programme.objects.select_related("mission").prefetch_related("participants"),
            ),
            Prefetch(
                "links",
                queryset=Link.objects.select_related(
                    "meeting__mission",
                    "meeting__requester",
                    "meeting__counterpart",
                    "programme_item__mission",
                ),
            ),
        )
    )


def programme_list(user, *, agreement: Agreement | None = None, mission=None) -> QuerySet[Programme]:
    qs = visible_programmes(user).select_related("agreement", "mission").prefetch_related("participants")
    if agreement is not None:
        qs = qs.filter(agreement=agreement)
    if mission is not None:
        qs = qs.filter(mission=mission)
    return qs


def with_programme_details(qs: QuerySet[Programme]) -> QuerySet[Programme]:
    return qs.select_related("agreement__organiser", "mission").prefetch_related("participants__organisation")


def mission_programmes(mission) -> dict:
    """What a mission's results report counts of the exchange programmes that belong to it (cancelled ones
    are left out): how many, how many held, participants (headcount) and how many per type and per field.
    One query."""
    programmes = list(  # mission_id too: the related manager reads it of each row
        mission.programmes.exclude(state=Programme.State.CANCELLED).only(
            "mission_id", "type", "area", "state", "headcount"
        )
    )
    return {
        "programmes": len(programmes),
        "held": sum(p.state == Programme.State.HELD for p in programmes),
        "participants": sum(p.headcount for p in programmes),
        "by_type": dict(Counter(p.type for p in programmes)),
        "by_area": dict(Counter(p.area for p in programmes)),
    }


def mission_agreements(mission) -> dict:
    """Agreements prepared or signed during the mission: how many, and how many signed (or later)."""
    statuses = list(mission.agreements.values_list("status", flat=True))
    signed = {"signed", "active", "renewal_due", "renewed", "lapsed"}
    return {"agreements": len(statuses), "signed": sum(s in signed for s in statuses)}
