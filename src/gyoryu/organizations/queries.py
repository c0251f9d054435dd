"""Reads of organisations and people, always through what the account may see."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from gyoryu.accounts.permissions import memo
from gyoryu.accounts.queries import scope_for
from gyoryu.missions.models import DelegationEntry, Target
from gyoryu.missions.queries import delegate_missions, guest_missions
from gyoryu.organizations.models import PROFILE_TEXT, Organisation, Person


def without_profile_text(*relations: str) -> list[str]:
    """Field paths for ``QuerySet.defer``: the long profile texts and lists of the organisations reached
    through each relation (e.g. ``"meeting__requester"``), for pages that show their names only."""
    return [f"{relation}__{name}" for relation in relations for name in PROFILE_TEXT]


def involved_organisations(user) -> frozenset[int]:
    """Organisations the account's missions involve: for a delegation member, the delegations and targets of
    the missions its organisation travels with; for a partner guest, the delegations of the missions
    targeting it.  Read once per account object, that is per request (pages ask it several times: the
    permission ``organizations.view_organisation``, the lists)."""

    def compute() -> frozenset[int]:
        scope, ids = scope_for(user), set()
        if scope.delegate:
            missions = list(delegate_missions(user).values_list("pk", flat=True))
            for model in (DelegationEntry, Target):
                ids |= set(
                    model.objects.filter(mission_id__in=missions).values_list("organisation_id", flat=True)
                )
        if scope.guest:
            missions = list(guest_missions(user).values_list("pk", flat=True))
            ids |= set(
                DelegationEntry.objects.filter(mission_id__in=missions).values_list(
                    "organisation_id", flat=True
                )
            )
        return frozenset(ids)

    return memo(user, "involved_orgs", compute)


def visible_organisations(user) -> QuerySet[Organisation]:
    """Staff: their organisers' directory.  Delegates: their own organisation and whoever their missions
    involve.  Partner guests: their own organisation and the delegations that want to meet them."""
    scope = scope_for(user)
    qs = Organisation.objects.all()
    if scope.is_admin:
        return qs
    cond = Q(organiser_id__in=scope.staff_organisers) | Q(pk__in=scope.own_orgs)
    if scope.delegate or scope.guest:
        cond |= Q(pk__in=involved_organisations(user))
    return qs.filter(cond)


def editable_organisations(user) -> QuerySet[Organisation]:
    scope = scope_for(user)
    if scope.is_admin:
        return Organisation.objects.all()
    return Organisation.objects.filter(Q(organiser_id__in=scope.staff_organisers) | Q(pk__in=scope.own_orgs))


def visible_people(user) -> QuerySet[Person]:
    """Contact details are private: staff see their organisers' people, others only their own colleagues."""
    scope = scope_for(user)
    qs = Person.objects.all()
    if scope.is_admin:
        return qs
    return qs.filter(Q(organiser_id__in=scope.staff_organisers) | Q(organisation_id__in=scope.own_orgs))


editable_people = visible_people


def directory(user, *, q: str = "", kind: str = "", country: str = "", scheme: str = "", code: str = ""):
    """The organisation directory, filtered; codes prefetched (no N+1).

    Without ``q``: a queryset ordered by name. With ``q`` (Korean, English or both): a list, best match first
    (``matchmaking.queries.directory_search``): names containing ``q``, then what the matching engine finds
    across languages, then any other profile containing every word of ``q``.
    """
    qs = visible_organisations(user)
    if kind:
        qs = qs.filter(kind=kind)
    if country:
        qs = qs.filter(country=country.upper())
    if scheme or code:
        codes = Q()
        if scheme:
            codes &= Q(codes__scheme=scheme)
        if code:
            codes &= Q(codes__code__startswith=code)
        qs = qs.filter(pk__in=Organisation.objects.filter(codes).values("pk"))
    if q.strip():
        from gyoryu.matchmaking.queries import directory_search

        return directory_search(candidates=qs, text=q)
    return qs.prefetch_related("codes").order_by("name_en", "name_ko")


def containing(qs: QuerySet[Organisation], text: str) -> QuerySet[Organisation]:
    """Profiles that contain every word of ``text`` in a name, their city or a text (as typed, any case)."""
    for word in text.split():
        qs = qs.filter(
            Q(name_ko__icontains=word)
            | Q(name_en__icontains=word)
            | Q(city__icontains=word)
            | Q(offers_ko__icontains=word)
            | Q(offers_en__icontains=word)
            | Q(seeks_ko__icontains=word)
            | Q(seeks_en__icontains=word)
            | Q(description_ko__icontains=word)
            | Q(description_en__icontains=word)
        )
    return qs
