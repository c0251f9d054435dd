"""What the industry codes and the matching engine (``gyoryu.matchmaking``) say about a chain: placements
to propose, and whom to meet for a gap.  Reads only; ``domain.record_proposals`` writes proposals.

Proposals, per stage:
- **codes**: an organisation one of whose codes lies inside one of the stage's codes (same scheme, the
  stage's code a prefix of the organisation's: KSIC 3132 holds KSIC 31322);
- **engine**: the stage's names and descriptions (Korean and English) searched against the organisations'
  offers, with the stage's KSIC codes as the query's codes; of the best ``ENGINE_TOP``, those scoring at
  least ``RELATIVE`` times the best are proposed when the engine gives a reason a person can check: a
  shared or related industry code, or at least ``MIN_TERMS`` matched terms.  (On the demo's profiles the
  first one or two are apt and the tail is noise; the relative cut keeps the first.)
Each proposal keeps both as evidence; an organisation proposed by both is listed first.

Targets for a gap, from organisations outside the chain's home country (and, for a mission, in the
countries of its stops, not yet its targets nor in its delegation):
- a stage with local firms but no partner tie: the engine's suggested partners of those firms (their offers
  against the others' needs and back), each with the firm it was found for;
- a stage without local firms: the partners accepted at the stage first, then the engine's search for
  organisations that do what the stage does (both in the engine's order).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gyoryu.organizations.models import Kind, Organisation

# who works in a value chain: firms, universities and labs, hospitals and other users (not city halls,
# libraries, associations or agencies, which a mission meets for other reasons)
CHAIN_KINDS = (Kind.COMPANY, Kind.UNIVERSITY, Kind.OTHER)
ENGINE_TOP = 4
RELATIVE = 0.8
MIN_TERMS = 2


@dataclass
class Proposal:
    stage: object
    organisation: Organisation
    score: float
    evidence: dict = field(default_factory=dict)


@dataclass
class TargetSuggestion:
    organisation: Organisation
    score: float
    why: str  # "placed": a partner at the stage; "stage": does what it does; "partner": fits a local firm
    firm: Organisation | None = None  # the local firm it was found for (why == "partner")
    terms: list[dict] = field(default_factory=list)
    codes: list[dict] = field(default_factory=list)
    sentences: dict = field(default_factory=dict)


def stage_text(stage) -> str:
    """What the engine reads of a stage: its names and descriptions in both languages."""
    parts = [stage.name_ko, stage.name_en, stage.description_ko, stage.description_en]
    return "\n".join(p.strip() for p in parts if p and p.strip())


def code_matches(stage_codes, org_codes) -> list[dict]:
    """The organisation's codes that lie inside one of the stage's (same scheme, prefix)."""
    out = []
    for oc in org_codes:
        for sc in stage_codes:
            if oc.scheme == sc.scheme and oc.code.startswith(sc.code):
                out.append({"scheme": oc.scheme, "code": oc.code, "stage_code": sc.code})
                break
    return out


def _engine_reason(result) -> dict:
    reasons = result.reasons or {}
    return {
        "score": round(float(result.score), 4),
        "terms": reasons.get("terms", [])[:8],
        "codes": reasons.get("codes", [])[:3],
        "sentences": reasons.get("sentences") or {},
    }


def _has_reason(result) -> bool:
    reasons = result.reasons or {}
    return bool(reasons.get("terms") or reasons.get("codes"))


def _checkable(reason: dict) -> bool:
    return any(c.get("relation") in ("same", "related") for c in reason["codes"]) or (
        len(reason["terms"]) >= MIN_TERMS
    )


def chain_organisations(chain):
    return (
        Organisation.objects.filter(organiser_id=chain.organiser_id, kind__in=CHAIN_KINDS)
        .prefetch_related("codes")
        .order_by("pk")
    )


def propose(chain) -> list[Proposal]:
    """Placements the codes and the engine propose for every stage of ``chain`` (whether or not they are
    placed already; ``domain.record_proposals`` keeps only new ones)."""
    from gyoryu.matchmaking.service import engine_for

    orgs = {str(o.pk): o for o in chain_organisations(chain)}
    if not orgs:
        return []
    engine = engine_for(chain.organiser_id)
    out = []
    for stage in chain.stages.prefetch_related("codes").order_by("order"):
        stage_codes = list(stage.codes.all())
        ksic = {c.code: 1.0 for c in stage_codes if c.scheme == "KSIC"}
        results = engine.search(
            text=stage_text(stage), k=ENGINE_TOP, side="offers", allow=set(orgs), codes=ksic
        )
        by_engine = {}
        cut = results[0].score - (1 - RELATIVE) * abs(results[0].score) if results else 0.0
        for rank, r in enumerate(results, start=1):
            reason = _engine_reason(r) | {"rank": rank}
            if r.score >= cut and _checkable(reason):
                by_engine[r.id] = reason
        for org_id, org in orgs.items():
            codes = code_matches(stage_codes, org.codes.all())
            reason = by_engine.get(org_id)
            if not codes and reason is None:
                continue
            evidence = {"codes": codes, "engine": reason or {}}
            score = reason["score"] if reason else None
            out.append(Proposal(stage=stage, organisation=org, score=score, evidence=evidence))
    out.sort(
        key=lambda p: (p.stage.order, not (p.evidence["codes"] and p.evidence["engine"]), -(p.score or -1e9))
    )
    return out


def target_candidates(user, *, chain, mission=None) -> set[str]:
    """Ids (as strings) of organisations that may be suggested as targets: visible to the account, of the
    chain's organiser and of the kinds that work in a chain, outside the home country; for a mission, in
    the countries of its stops (when it has any), neither targets nor in its delegation."""
    from gyoryu.matchmaking.queries import candidates

    allowed = candidates(user, organiser_id=chain.organiser_id)
    qs = Organisation.objects.filter(pk__in=[int(i) for i in allowed], kind__in=CHAIN_KINDS).exclude(
        country=chain.home_country
    )
    if mission is not None:
        countries = list(mission.stops.values_list("country", flat=True))
        if countries:
            qs = qs.filter(country__in=countries)
        qs = qs.exclude(pk__in=mission.targets.values("organisation_id")).exclude(
            pk__in=mission.delegation.values("organisation_id")
        )
    return {str(pk) for pk in qs.values_list("pk", flat=True)}


def suggest_targets(
    user, *, stage, local_firms, allow: set[str], placed=(), k: int = 5
) -> list[TargetSuggestion]:
    """The ``k`` organisations the engine ranks best for filling the stage's gap (see the module's
    docstring), with the engine's reasons.  ``placed``: ids of the partners accepted at the stage; on a
    stage without local firms they come first (in the engine's order), since the map already shows that
    they work there."""
    from gyoryu.matchmaking.service import engine_for

    if not allow:
        return []
    engine = engine_for(stage.chain.organiser_id)
    found: dict[str, tuple] = {}
    if local_firms:
        for firm in local_firms:
            for r in engine.suggest_for(doc_id=str(firm.pk), k=k, allow=allow):
                if r.id not in found or r.score > found[r.id][0].score:
                    found[r.id] = (r, "partner", firm)
    else:
        codes = {c.code: 1.0 for c in stage.codes.all() if c.scheme == "KSIC"}
        here = {str(pk) for pk in placed} & allow
        results = engine.search(
            text=stage_text(stage), k=k + len(here), side="offers", allow=allow, codes=codes
        )
        missing = here - {r.id for r in results}
        if missing:  # ranked by the engine among themselves
            results += engine.search(
                text=stage_text(stage), k=len(missing), side="offers", allow=missing, codes=codes
            )
        for r in results:
            found[r.id] = (r, "placed" if r.id in here else "stage", None)
    # without a matched term or code the engine found nothing a person could check: no suggestion (the
    # scores are relative to the candidates, so a low one alone says nothing)
    kept = [x for x in found.values() if x[1] == "placed" or _has_reason(x[0])]
    ranked = sorted(kept, key=lambda x: (x[1] != "placed", -x[0].score, int(x[0].id)))[:k]
    orgs = Organisation.objects.in_bulk([int(r.id) for r, _, _ in ranked])
    out = []
    for r, why, firm in ranked:
        if int(r.id) not in orgs:  # deleted since the engine last synced
            continue
        reason = _engine_reason(r)
        out.append(
            TargetSuggestion(
                organisation=orgs[int(r.id)],
                score=reason["score"],
                why=why,
                firm=firm,
                terms=reason["terms"],
                codes=reason["codes"],
                sentences=reason["sentences"],
            )
        )
    return out


def targets_for_stage(user, *, stage, mission=None, k: int = 5) -> list[TargetSuggestion]:
    """Suggested targets for ``stage`` (of a chain the account manages) and ``mission``: its accepted
    placements tell the local firms and the partners already there."""
    from gyoryu.valuechains.models import PlacementStatus

    chain = stage.chain
    here = stage.placements.filter(status=PlacementStatus.ACCEPTED).select_related("organisation")
    local = [p.organisation for p in here if p.organisation.country == chain.home_country]
    placed = {p.organisation_id for p in here if p.organisation.country != chain.home_country}
    allow = target_candidates(user, chain=chain, mission=mission)
    return suggest_targets(user, stage=stage, local_firms=local, allow=allow, placed=placed, k=k)
