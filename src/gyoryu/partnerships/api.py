"""REST API of partnerships: agreements (with their lifecycle, documents and obligations), exchange
programmes and the relationship network.  Reads are scoped like the pages; writes are for organiser staff.
"""

from __future__ import annotations

import datetime as dt

from ninja import File, Form, Query, Router, Schema, Status, UploadedFile

from gyoryu.accounts.acting import acting_organiser
from gyoryu.common.api import check, one_of
from gyoryu.common.bilingual import active_lang
from gyoryu.common.permissions import require, require_or_404, viewable
from gyoryu.partnerships import documents, domain, forms, network, programmes, queries
from gyoryu.partnerships.models import Agreement, Area, Kind, Programme
from gyoryu.partnerships.models import Status as AgreementStatus
from gyoryu.partnerships.programmes import PROGRAMME_FIELDS
from gyoryu.partnerships.schemas import (
    AgreementDetailOut,
    AgreementIn,
    AgreementOut,
    AgreementPatch,
    DocumentOut,
    ObligationIn,
    ObligationOut,
    ProgrammeIn,
    ProgrammeOut,
    ProgrammePatch,
    StatusChangeOut,
    StatusIn,
)

router = Router(tags=["partnerships"])


class AgreementFilters(Schema):
    status: str = one_of(AgreementStatus, "", blank=True)
    kind: str = one_of(Kind, "", blank=True)
    area: str = one_of(Area, "", blank=True)
    q: str = ""


class NetworkFilters(Schema):
    area: str = one_of(Area, "", blank=True)
    country: str = ""
    since: dt.date | None = None
    organiser: str = ""


def _detail(request, agreement_id: int) -> Agreement:
    agreements = queries.with_details(Agreement.objects.all())
    return viewable(request.user, "partnerships.view_agreement", agreements, pk=agreement_id)


def _managed(request, agreement_id: int) -> Agreement:
    agreement = _detail(request, agreement_id)
    require(request.user, "partnerships.change_agreement", agreement)
    return agreement


def _none_to_blank(data: dict) -> dict:
    return {k: ("" if v is None else v) for k, v in data.items()}


def _current(agreement: Agreement) -> dict:
    values = {f: getattr(agreement, f) for f in domain.AGREEMENT_FIELDS if f not in ("owner", "mission")}
    values.update(
        owner=agreement.owner_id,
        mission=agreement.mission_id,
        parties=[p.organisation_id for p in agreement.parties.all()],
    )
    return values


@router.get("/agreements", response=list[AgreementOut], summary="Agreements the account may see")
def list_agreements(request, filters: AgreementFilters = Query(...)):
    return queries.agreement_list(request.user, **filters.dict())


@router.post(
    "/agreements", response={201: AgreementDetailOut}, summary="Create an agreement (organiser staff)"
)
def create_agreement(request, payload: AgreementIn, organiser: str = ""):
    require(request.user, "partnerships.add_agreement")
    owner = acting_organiser(request, organiser or None)
    cleaned = dict(check(forms.AgreementForm(data=_none_to_blank(payload.dict()), organiser=owner)))
    parties = cleaned.pop("parties")
    agreement = domain.create_agreement(organiser=owner, data=cleaned, parties=parties, user=request.user)
    return Status(201, _detail(request, agreement.pk))


@router.get("/agreements/{agreement_id}", response=AgreementDetailOut)
def get_agreement(request, agreement_id: int):
    return _detail(request, agreement_id)


@router.patch("/agreements/{agreement_id}", response=AgreementDetailOut)
def patch_agreement(request, agreement_id: int, payload: AgreementPatch):
    agreement = _managed(request, agreement_id)
    data = {**_current(agreement), **payload.dict(exclude_unset=True)}
    form = forms.AgreementForm(data=_none_to_blank(data), instance=agreement, organiser=agreement.organiser)
    cleaned = dict(check(form))
    parties = cleaned.pop("parties")
    domain.update_agreement(agreement=agreement, data=cleaned, parties=parties)
    return _detail(request, agreement_id)


@router.post(
    "/agreements/{agreement_id}/status",
    response={201: StatusChangeOut},
    summary="Move the agreement along its lifecycle (422 with the reason when the change is not allowed)",
)
def change_status(request, agreement_id: int, payload: StatusIn):
    agreement = _managed(request, agreement_id)
    return Status(201, domain.change_status(agreement=agreement, user=request.user, **payload.dict()))


@router.post(
    "/agreements/{agreement_id}/documents",
    response={201: DocumentOut},
    summary="Upload a PDF (checked by content; at most 10 MB)",
)
def upload_document(request, agreement_id: int, file: UploadedFile = File(...), title: str = Form("")):
    agreement = _managed(request, agreement_id)
    doc = documents.attach_document(
        agreement=agreement,
        content=documents.read_upload(file),
        filename=file.name,
        title=title,
        user=request.user,
    )
    return Status(201, doc)


@router.post("/agreements/{agreement_id}/obligations", response={201: ObligationOut})
def add_obligation(request, agreement_id: int, payload: ObligationIn):
    agreement = _managed(request, agreement_id)
    cleaned = check(forms.ObligationForm(data=_none_to_blank(payload.dict()), agreement=agreement))
    return Status(201, domain.add_obligation(agreement=agreement, data=cleaned))


@router.get("/programmes", response=list[ProgrammeOut], summary="Exchange programmes the account may see")
def list_programmes(request, agreement: int | None = None, mission: int | None = None):
    qs = queries.programme_list(request.user)
    if agreement is not None:
        qs = qs.filter(agreement_id=agreement)
    if mission is not None:
        qs = qs.filter(mission_id=mission)
    return list(qs)


def _programme_form(agreement, data: dict, instance=None):
    return forms.ProgrammeForm(data=_none_to_blank(data), instance=instance, agreement=agreement)


@router.post("/agreements/{agreement_id}/programmes", response={201: ProgrammeOut})
def create_programme(request, agreement_id: int, payload: ProgrammeIn):
    agreement = _managed(request, agreement_id)
    cleaned = dict(check(_programme_form(agreement, payload.dict())))
    participants = cleaned.pop("participants")
    return Status(
        201, programmes.create_programme(agreement=agreement, data=cleaned, participants=participants)
    )


def _programme(request, programme_id: int) -> Programme:
    programmes_ = Programme.objects.select_related("agreement", "mission").prefetch_related("participants")
    return viewable(request.user, "partnerships.view_programme", programmes_, pk=programme_id)


@router.get("/programmes/{programme_id}", response=ProgrammeOut)
def get_programme(request, programme_id: int):
    return _programme(request, programme_id)


@router.patch("/programmes/{programme_id}", response=ProgrammeOut)
def patch_programme(request, programme_id: int, payload: ProgrammePatch):
    programme = _programme(request, programme_id)
    require(request.user, "partnerships.change_programme", programme)
    current = {f: getattr(programme, f) for f in PROGRAMME_FIELDS if f != "mission"}
    current.update(mission=programme.mission_id, participants=[p.pk for p in programme.participants.all()])
    form = _programme_form(programme.agreement, {**current, **payload.dict(exclude_unset=True)}, programme)
    cleaned = dict(check(form))
    participants = cleaned.pop("participants")
    return programmes.update_programme(programme=programme, data=cleaned, participants=participants)


@router.get(
    "/network", summary="The relationship network (organiser staff): Cytoscape elements and key connectors"
)
def get_network(request, filters: NetworkFilters = Query(...)):
    area, country, since, organiser = filters.area, filters.country, filters.since, filters.organiser
    require_or_404(request.user, "partnerships.view_network")
    owner = acting_organiser(request, organiser or None)
    graph = network.build_graph(owner.pk, area=area, country=country, since=since)
    lang = active_lang()
    connectors = [
        {k: c[k] for k in ("node", "betweenness", "degree", "ties")} | {"label": c.get(f"label_{lang}", "")}
        for c in network.key_connectors(graph)
    ]
    return {**network.cytoscape(graph, lang), "key_connectors": connectors}
