"""REST API of value chains: chains with their stages, placements (list, create, accept, reject), the
engine's proposals, gaps and suggested targets.  Who may do what is ``valuechains/permissions.py``, asked
through ``common.permissions`` as the pages do: changes, gaps and suggestions are for the organiser's staff."""

from __future__ import annotations

from django.http import Http404
from ninja import Query, Router, Schema, Status

from gyoryu.accounts.acting import acting_organiser
from gyoryu.common.api import InvalidInput, check, one_of
from gyoryu.common.permissions import require, require_or_404, viewable
from gyoryu.valuechains import domain, forms, gaps, matching, queries, sectors
from gyoryu.valuechains.models import Chain, Placement, PlacementStatus
from gyoryu.valuechains.schemas import (
    ChainIn,
    ChainOut,
    ChainSuggestionOut,
    ChainTargetIn,
    ChainTargetOut,
    DecisionIn,
    GapOut,
    PlacementIn,
    PlacementOut,
    StageIn,
    StageOut,
)

router = Router(tags=["value chains"])


def _chain(request, chain_id: int) -> Chain:
    chains = queries.with_details(Chain.objects.all())
    return viewable(request.user, "valuechains.view_chain", chains, pk=chain_id)


def _managed(request, chain_id: int) -> Chain:
    chain = _chain(request, chain_id)
    require(request.user, "valuechains.change_chain", chain)
    return chain


def _staff_only(request, chain_id: int) -> Chain:
    """Planning reads (gaps, suggestions): 404 for those who may see the chain but not its planning."""
    chain = _chain(request, chain_id)
    require_or_404(request.user, "valuechains.view_planning", chain)
    return chain


def _placement(request, placement_id: int) -> Placement:
    placements = queries.placement_details(Placement.objects.all())
    return viewable(request.user, "valuechains.view_placement", placements, pk=placement_id)


def _org(o) -> dict:
    return {"organisation": o.pk, "name_ko": o.name_ko, "name_en": o.name_en, "country": o.country}


@router.get("/chains", response=list[ChainOut], summary="Value chains the account may see, with their stages")
def list_chains(request):
    return list(queries.with_details(queries.visible_chains(request.user)).order_by("sector", "name_en", "pk"))


@router.post("/chains", response={201: ChainOut}, summary="Create a chain (organiser staff)")
def create_chain(request, payload: ChainIn, organiser: str = ""):
    require(request.user, "valuechains.add_chain")
    owner = acting_organiser(request, organiser or None)
    data = payload.dict()
    from_template = data.pop("from_template")
    cleaned = dict(check(forms.ChainForm(data={**data, "from_template": from_template})))
    cleaned.pop("from_template", None)
    stages = sectors.template(cleaned["sector"]) if from_template else []
    chain = domain.create_chain(organiser=owner, data=cleaned, stages=stages)
    return Status(201, _chain(request, chain.pk))


@router.get("/chains/{chain_id}", response=ChainOut)
def get_chain(request, chain_id: int):
    return _chain(request, chain_id)


@router.get("/chains/{chain_id}/stages", response=list[StageOut], summary="The chain's stages in order")
def list_stages(request, chain_id: int):
    return list(_chain(request, chain_id).stages.all())


@router.post("/chains/{chain_id}/stages", response={201: StageOut}, summary="Add a stage (organiser staff)")
def add_stage(request, chain_id: int, payload: StageIn):
    chain = _managed(request, chain_id)
    data = payload.dict()
    data["codes"] = ", ".join(data["codes"])
    cleaned = dict(check(forms.StageForm(data={k: ("" if v is None else v) for k, v in data.items()})))
    codes, order = cleaned.pop("codes"), cleaned.pop("order")
    stage = domain.add_stage(chain=chain, data=cleaned, codes=codes, order=order)
    return Status(201, chain.stages.prefetch_related("codes").get(pk=stage.pk))


class PlacementFilters(Schema):
    status: str = one_of(PlacementStatus, "", blank=True)
    stage_id: int | None = None


@router.get(
    "/chains/{chain_id}/placements",
    response=list[PlacementOut],
    summary="Placements: all of them for staff; one's own accepted ones for a delegate or a partner",
)
def list_placements(request, chain_id: int, filters: PlacementFilters = Query(...)):
    chain = _chain(request, chain_id)
    status = filters.status if filters.status in PlacementStatus.values else ""
    return list(queries.placement_list(request.user, chain=chain, status=status, stage=filters.stage_id))


@router.post(
    "/chains/{chain_id}/placements",
    response={201: PlacementOut},
    summary="Propose an organisation for a stage by hand (organiser staff); a rejected one is proposed again",
)
def create_placement(request, chain_id: int, payload: PlacementIn):
    chain = _managed(request, chain_id)
    data = payload.dict()
    data["stage"] = data.pop("stage_id")
    try:
        cleaned = check(forms.PlaceForm(data=data, chain=chain))
    except InvalidInput as exc:  # name the API's field, not the form's
        raise InvalidInput(
            [e | {"field": "stage_id"} if e["field"] == "stage" else e for e in exc.errors]
        ) from None
    placement = domain.place(
        stage=cleaned["stage"], organisation=cleaned["organisation"], user=request.user, note=cleaned["note"]
    )
    return Status(201, _placement(request, placement.pk))


@router.post(
    "/chains/{chain_id}/proposals",
    response={201: list[PlacementOut]},
    summary="Let the industry codes and the matching engine propose placements (organiser staff); "
    "answers the new ones",
)
def propose(request, chain_id: int):
    chain = _managed(request, chain_id)
    made = domain.record_proposals(chain=chain, proposals=matching.propose(chain))
    return Status(201, [_placement(request, p.pk) for p in made])


@router.get("/placements/{placement_id}", response=PlacementOut)
def get_placement(request, placement_id: int):
    return _placement(request, placement_id)


def _decided(request, placement_id: int, decide, payload: DecisionIn):
    placement = _placement(request, placement_id)
    require(request.user, "valuechains.change_placement", placement)
    cleaned = check(forms.DecisionForm(data=payload.dict()))
    decide(placement=placement, user=request.user, note=cleaned["note"])
    return _placement(request, placement_id)


@router.post(
    "/placements/{placement_id}/accept",
    response=PlacementOut,
    summary="Accept a proposed placement (422 with the reason when it is not proposed)",
)
def accept(request, placement_id: int, payload: DecisionIn):
    return _decided(request, placement_id, domain.accept_placement, payload)


@router.post(
    "/placements/{placement_id}/reject",
    response=PlacementOut,
    summary="Reject a proposed or accepted placement, with the reason (422 without one)",
)
def reject(request, placement_id: int, payload: DecisionIn):
    return _decided(request, placement_id, domain.reject_placement, payload)


@router.get(
    "/chains/{chain_id}/gaps",
    response=list[GapOut],
    summary="Stages with no local firm, or with local firms none of which is tied to a partner (staff)",
)
def list_gaps(request, chain_id: int):
    chain = _staff_only(request, chain_id)
    placements = queries.placement_list(request.user, chain=chain)
    return [
        {
            "stage_id": row.stage.pk,
            "order": row.stage.order,
            "name_ko": row.stage.name_ko,
            "name_en": row.stage.name_en,
            "gap": row.gap,
            "local": [
                _org(p.organisation)
                | {
                    "ties": [
                        {"partner": _org(t["partner"]), "kinds": t["kinds"], "last": t["last"]}
                        for t in row.ties.get(p.organisation_id, [])
                    ]
                }
                for p in row.local
            ],
            "partners": [_org(p.organisation) for p in row.partners],
        }
        for row in gaps.gaps(chain, placements)
    ]


@router.get(
    "/chains/{chain_id}/stages/{stage_id}/suggestions",
    response=list[ChainSuggestionOut],
    summary="Suggested targets for a stage's gap, ranked by the matching engine with reasons (staff); with "
    "a mission: in its countries, not yet its targets",
)
def suggestions(
    request, chain_id: int, stage_id: int, mission: int | None = None, k: int = Query(5, ge=1, le=20)
):
    chain = _staff_only(request, chain_id)
    stage = chain.stages.filter(pk=stage_id).first()
    if stage is None:
        raise Http404
    the_mission = forms.target_missions(chain).filter(pk=mission).first() if mission is not None else None
    if mission is not None and the_mission is None:
        raise Http404
    return [
        _org(s.organisation)
        | {
            "score": s.score,
            "why": s.why,
            "firm": s.firm.pk if s.firm else None,
            "terms": s.terms,
            "codes": s.codes,
            "sentences": s.sentences,
        }
        for s in matching.targets_for_stage(request.user, stage=stage, mission=the_mission, k=k)
    ]


@router.post(
    "/chains/{chain_id}/stages/{stage_id}/targets",
    response={201: ChainTargetOut},
    summary="Add a suggested organisation to a mission's targets (organiser staff)",
)
def add_target(request, chain_id: int, stage_id: int, payload: ChainTargetIn):
    chain = _managed(request, chain_id)
    stage = chain.stages.filter(pk=stage_id).first()
    if stage is None:
        raise Http404
    cleaned = check(forms.TargetForm(data=payload.dict(), chain=chain))
    target = domain.add_gap_target(
        mission=cleaned["mission"], organisation=cleaned["organisation"], stage=stage, user=request.user
    )
    return Status(201, target)
