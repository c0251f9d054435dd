from django.db import transaction
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema, Status

from gyoryu.accounts.acting import acting_organiser
from gyoryu.common.api import check, one_of
from gyoryu.common.permissions import require, viewable
from gyoryu.organizations import domain, queries
from gyoryu.organizations.forms import OrganisationForm, PersonForm
from gyoryu.organizations.models import Kind, Organisation, Person, Scheme
from gyoryu.organizations.schemas import (
    OrganisationIn,
    OrganisationOut,
    OrganisationPatch,
    PersonIn,
    PersonOut,
    PersonPatch,
)

router = Router(tags=["organisations"])


class Page(Schema):
    limit: int = Field(100, ge=1, le=500)
    offset: int = Field(0, ge=0, le=10_000_000)


class DirectoryFilters(Page):
    q: str = Field("", max_length=200)
    kind: str = one_of(Kind, "", blank=True)
    country: str = ""
    scheme: str = one_of(Scheme, "", blank=True)
    code: str = Field("", max_length=12)


def _org_form(payload: dict, instance=None) -> OrganisationForm:
    data = dict(payload)
    data["codes"] = ", ".join(data.get("codes") or [])
    data["certifications"] = ", ".join(data.get("certifications") or [])
    data["languages"] = ", ".join(data.get("languages") or [])
    data = {k: ("" if v is None else v) for k, v in data.items()}
    return OrganisationForm(data=data, instance=instance)


def _current(org: Organisation) -> dict:
    values = {f: getattr(org, f) for f in domain.ORG_FIELDS}
    values["codes"] = [f"{c.scheme} {c.code}" for c in org.codes.all()]
    return values


@router.get("/", response=list[OrganisationOut], summary="The organisation directory (search and filters)")
def list_organisations(request, filters: DirectoryFilters = Query(...)):
    params = filters.dict(exclude={"limit", "offset"})
    return list(queries.directory(request.user, **params)[filters.offset : filters.offset + filters.limit])


@router.post("/", response={201: OrganisationOut}, summary="Create an organisation (organiser staff)")
def create_organisation(request, payload: OrganisationIn, organiser: str = ""):
    require(request.user, "organizations.add_organisation")
    owner = acting_organiser(request, organiser or None)
    cleaned = check(_org_form(payload.dict()))
    org = domain.create_organisation(
        organiser=owner, data={k: v for k, v in cleaned.items() if k != "codes"}, codes=cleaned["codes"]
    )
    return Status(201, org)


@router.get("/{org_id}", response=OrganisationOut)
def get_organisation(request, org_id: int):
    return viewable(
        request.user, "organizations.view_organisation", Organisation.objects.prefetch_related("codes"), pk=org_id
    )


@router.patch("/{org_id}", response=OrganisationOut, summary="Change some fields of a profile")
def patch_organisation(request, org_id: int, payload: OrganisationPatch):
    with transaction.atomic():
        org = viewable(
            request.user, "organizations.change_organisation", Organisation.objects.select_for_update(), pk=org_id
        )
        merged = {**_current(org), **payload.dict(exclude_unset=True)}
        cleaned = check(_org_form(merged, instance=org))
        domain.update_organisation(
            organisation=org, data={k: v for k, v in cleaned.items() if k != "codes"}, codes=cleaned["codes"]
        )
    return get_object_or_404(Organisation.objects.prefetch_related("codes"), pk=org_id)


@router.delete("/{org_id}", response={204: None})
def delete_organisation(request, org_id: int):
    org = viewable(request.user, "organizations.view_organisation", Organisation.objects.all(), pk=org_id)
    require(request.user, "organizations.delete_organisation", org)
    domain.delete_organisation(organisation=org)
    return Status(204, None)


people_router = Router(tags=["people"])


def _person_form(request, payload: dict, instance=None) -> PersonForm:
    data = {k: ("" if v is None else v) for k, v in payload.items()}
    data["languages"] = ", ".join(payload.get("languages") or [])
    return PersonForm(
        data=data, instance=instance, organisations=queries.editable_organisations(request.user)
    )


@people_router.get("/", response=list[PersonOut])
def list_people(request, page: Page = Query(...)):
    return list(queries.visible_people(request.user).order_by("pk")[page.offset : page.offset + page.limit])


@people_router.post("/", response={201: PersonOut})
def create_person(request, payload: PersonIn, organiser: str = ""):
    require(request.user, "organizations.add_person")
    cleaned = check(_person_form(request, payload.dict()))
    org = cleaned.get("organisation")
    owner = org.organiser if org else acting_organiser(request, organiser or None)
    return Status(201, domain.create_person(organiser=owner, data=cleaned))


@people_router.get("/{person_id}", response=PersonOut)
def get_person(request, person_id: int):
    return viewable(request.user, "organizations.view_person", Person.objects.all(), pk=person_id)


@people_router.patch("/{person_id}", response=PersonOut)
def patch_person(request, person_id: int, payload: PersonPatch):
    person = viewable(request.user, "organizations.change_person", Person.objects.all(), pk=person_id)
    current = {f: getattr(person, f) for f in domain.PERSON_FIELDS}
    current["organisation"] = person.organisation_id
    cleaned = check(_person_form(request, {**current, **payload.dict(exclude_unset=True)}, instance=person))
    return domain.update_person(person=person, data=cleaned)
