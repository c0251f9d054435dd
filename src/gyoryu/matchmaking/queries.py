"""Suggested partners and industry codes, limited to what the account may see."""

from __future__ import annotations

from dataclasses import dataclass, field

from gyoryu.missions.models import DelegationEntry, Target
from gyoryu.organizations.models import Organisation
from gyoryu.organizations.queries import visible_organisations


@dataclass
class Suggestion:
    organisation: Organisation
    score: float
    side: str  # which of their texts matched: "seeks" (they need what it offers) or "offers" (they offer what it seeks)
    terms: list[dict] = field(default_factory=list)
    codes: list[dict] = field(default_factory=list)
    sentences: dict = field(default_factory=dict)


def candidates(
    user,
    *,
    organiser_id: int,
    exclude: int | None = None,
    kind: str = "",
    country: str = "",
    mission=None,
    not_targeted: bool = False,
):
    """Ids (as strings) the engine may return: visible, same organiser, filtered."""
    qs = visible_organisations(user).filter(organiser_id=organiser_id)
    if exclude is not None:
        qs = qs.exclude(pk=exclude)
    if kind:
        qs = qs.filter(kind=kind)
    if country:
        qs = qs.filter(country=country.upper())
    if mission is not None:
        qs = qs.filter(country__in=mission.stops.values("country"))
        if not_targeted:
            qs = qs.exclude(pk__in=Target.objects.filter(mission=mission).values("organisation_id"))
            qs = qs.exclude(pk__in=DelegationEntry.objects.filter(mission=mission).values("organisation_id"))
    return {str(pk) for pk in qs.values_list("pk", flat=True)}


def _wrap(results, allowed_orgs) -> list[Suggestion]:
    out = []
    for r in results:
        org = allowed_orgs.get(int(r.id))
        if org is None:
            continue
        reasons = r.reasons or {}
        out.append(
            Suggestion(
                organisation=org,
                score=round(float(r.score), 4),
                side=reasons.get("side", ""),
                terms=reasons.get("terms", []),
                codes=reasons.get("codes", []),
                sentences=reasons.get("sentences") or {},
            )
        )
    return out


def suggestions_for(user, *, organisation: Organisation, k: int = 10, **filters) -> list[Suggestion]:
    """Partners for an organisation: its seeks against others' offers and its offers against others' seeks."""
    from gyoryu.matchmaking.service import engine_for

    allow = candidates(user, organiser_id=organisation.organiser_id, exclude=organisation.pk, **filters)
    if not allow:
        return []
    engine = engine_for(organisation.organiser_id)
    results = engine.suggest_for(doc_id=str(organisation.pk), k=k, allow=allow)
    orgs = Organisation.objects.in_bulk([int(r.id) for r in results])
    return _wrap(results, orgs)


def search(
    user, *, organiser_id: int, text: str, side: str = "offers", k: int = 10, **filters
) -> list[Suggestion]:
    """Free-text query (Korean, English or mixed) against others' offers (or seeks)."""
    from gyoryu.matchmaking.service import engine_for

    allow = candidates(user, organiser_id=organiser_id, **filters)
    if not allow or not text.strip():
        return []
    results = engine_for(organiser_id).search(text=text, k=k, side=side, allow=allow)
    return _wrap(results, Organisation.objects.in_bulk([int(r.id) for r in results]))


DIRECTORY_LIMIT = 500


def directory_search(*, candidates, text: str, limit: int = DIRECTORY_LIMIT) -> list[Organisation]:
    """Organisations among ``candidates`` (a filtered queryset) that match ``text``, best first, codes
    prefetched: names containing the text, then the matching engine's matches across languages (one engine
    per organiser, ``Engine.find``), then any other profile containing every word. A constant number of
    queries once the engines are warm, whatever the number of profiles."""
    from django.db.models import Q

    from gyoryu.matchmaking.service import engine_for
    from gyoryu.organizations.queries import containing

    text = " ".join(text.split())[:200]
    by_organiser: dict[int, set[str]] = {}
    for pk, organiser_id in candidates.values_list("pk", "organiser_id"):
        by_organiser.setdefault(organiser_id, set()).add(str(pk))
    named = candidates.filter(Q(name_ko__icontains=text) | Q(name_en__icontains=text))
    ordered = list(named.order_by("name_en", "name_ko").values_list("pk", flat=True)[:limit])
    found = []
    for organiser_id, allow in sorted(by_organiser.items()):
        found += engine_for(organiser_id).find(text=text, k=limit, allow=allow)
    ordered += [int(r.id) for r in sorted(found, key=lambda r: -r.score)]
    ordered += list(
        containing(candidates, text).order_by("name_en", "name_ko").values_list("pk", flat=True)[:limit]
    )
    ordered = list(dict.fromkeys(ordered))[:limit]
    orgs = Organisation.objects.filter(pk__in=ordered).prefetch_related("codes").in_bulk()
    return [orgs[pk] for pk in ordered if pk in orgs]
