"""API input and output of partnerships (separate from the ORM classes)."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

from gyoryu.common.api import one_of
from gyoryu.partnerships.lifecycle import allowed
from gyoryu.partnerships.models import Area, Kind, Obligation, Programme, Status


class AgreementIn(Schema):
    kind: str = one_of(Kind)
    title_ko: str = ""
    title_en: str = ""
    summary_ko: str = ""
    summary_en: str = ""
    areas: list[str] = Field(..., json_schema_extra={"items": {"enum": list(Area.values)}})
    parties: list[int] = Field(..., description="organisation ids (at least two)")
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    renewal_notice_days: int = 90
    owner: int | None = Field(None, description="person id: responsible on the organiser's side")
    mission: int | None = None


class AgreementPatch(Schema):
    kind: str | None = one_of(Kind, None, null=True)
    title_ko: str | None = None
    title_en: str | None = None
    summary_ko: str | None = None
    summary_en: str | None = None
    areas: list[str] | None = Field(None, json_schema_extra={"items": {"enum": list(Area.values)}})
    parties: list[int] | None = None
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    renewal_notice_days: int | None = None
    owner: int | None = None
    mission: int | None = None


class StatusIn(Schema):
    to: str = one_of(Status, description="the new status; see the lifecycle in the agreement's allowed_next")
    on: dt.date | None = Field(None, description="the date it took effect (default: today)")
    ends_on: dt.date | None = Field(None, description="new end date (required when renewing)")
    note: str = ""


class StatusChangeOut(Schema):
    from_status: str = one_of(Status, blank=True)
    to_status: str = one_of(Status)
    on: dt.date
    note: str
    at: dt.datetime
    by: str | None

    @staticmethod
    def resolve_by(obj):
        return obj.by.get_username() if obj.by_id else None


class PartyOut(Schema):
    organisation: int
    name_ko: str
    name_en: str
    country: str

    @staticmethod
    def resolve_organisation(obj):
        return obj.organisation_id

    @staticmethod
    def resolve_name_ko(obj):
        return obj.organisation.name_ko

    @staticmethod
    def resolve_name_en(obj):
        return obj.organisation.name_en

    @staticmethod
    def resolve_country(obj):
        return obj.organisation.country


class SignatoryOut(Schema):
    person: int
    organisation: int
    name_ko: str
    name_en: str

    @staticmethod
    def resolve_person(obj):
        return obj.person_id

    @staticmethod
    def resolve_organisation(obj):
        return obj.organisation_id

    @staticmethod
    def resolve_name_ko(obj):
        return obj.person.name_ko

    @staticmethod
    def resolve_name_en(obj):
        return obj.person.name_en


class DocumentOut(Schema):
    id: int
    title: str
    filename: str
    size: int
    pages: int
    sha256: str
    uploaded: dt.datetime
    url: str

    @staticmethod
    def resolve_url(obj):
        return f"/partnerships/documents/{obj.pk}/"


class ObligationIn(Schema):
    type: str = one_of(Obligation.Type, "action")
    title_ko: str = ""
    title_en: str = ""
    party: int | None = None
    owner: int | None = None
    due: dt.date | None = None


class ObligationOut(Schema):
    id: int
    type: str = one_of(Obligation.Type)
    title_ko: str
    title_en: str
    party: int | None = Field(None, alias="party_id")
    owner: int | None = Field(None, alias="owner_id")
    due: dt.date | None
    done_on: dt.date | None


class AgreementOut(Schema):
    id: int
    kind: str = one_of(Kind)
    title_ko: str
    title_en: str
    summary_ko: str
    summary_en: str
    areas: list[str] = Field(..., json_schema_extra={"items": {"enum": list(Area.values)}})
    status: str = one_of(Status)
    signed_on: dt.date | None
    starts_on: dt.date | None
    ends_on: dt.date | None
    renewal_notice_days: int
    owner: int | None = Field(None, alias="owner_id")
    mission: int | None = Field(None, alias="mission_id")
    parties: list[PartyOut]

    @staticmethod
    def resolve_parties(obj):
        return list(obj.parties.all())


class ProgrammeIn(Schema):
    type: str = one_of(Programme.Type)
    area: str = one_of(Area, "", blank=True, description="field; empty: follows from the type")
    direction: str = one_of(Programme.Direction, "both")
    title_ko: str = ""
    title_en: str = ""
    description_ko: str = ""
    description_en: str = ""
    starts_on: dt.date
    ends_on: dt.date
    state: str = one_of(Programme.State, "planned")
    headcount: int = 0
    outcome_ko: str = ""
    outcome_en: str = ""
    mission: int | None = None
    participants: list[int] = []


class ProgrammePatch(Schema):
    type: str | None = one_of(Programme.Type, None, null=True)
    area: str | None = one_of(Area, None, blank=True, null=True)
    direction: str | None = one_of(Programme.Direction, None, null=True)
    title_ko: str | None = None
    title_en: str | None = None
    description_ko: str | None = None
    description_en: str | None = None
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    state: str | None = one_of(Programme.State, None, null=True)
    headcount: int | None = None
    outcome_ko: str | None = None
    outcome_en: str | None = None
    mission: int | None = None
    participants: list[int] | None = None


class ProgrammeOut(Schema):
    id: int
    agreement: int = Field(..., alias="agreement_id")
    type: str = one_of(Programme.Type)
    area: str = one_of(Area)
    direction: str = one_of(Programme.Direction)
    title_ko: str
    title_en: str
    description_ko: str
    description_en: str
    starts_on: dt.date
    ends_on: dt.date
    state: str = one_of(Programme.State)
    headcount: int
    outcome_ko: str
    outcome_en: str
    mission: int | None = Field(None, alias="mission_id")
    participants: list[int]

    @staticmethod
    def resolve_participants(obj):
        return [p.pk for p in obj.participants.all()]


class AgreementDetailOut(AgreementOut):
    allowed_next: list[str]
    signatories: list[SignatoryOut]
    changes: list[StatusChangeOut]
    documents: list[DocumentOut]
    obligations: list[ObligationOut]
    programmes: list[ProgrammeOut]

    @staticmethod
    def resolve_allowed_next(obj):
        return [str(s) for s in allowed(obj.status)]

    @staticmethod
    def resolve_signatories(obj):
        return list(obj.signatories.all())

    @staticmethod
    def resolve_changes(obj):
        return list(obj.changes.all())

    @staticmethod
    def resolve_documents(obj):
        return list(obj.documents.all())

    @staticmethod
    def resolve_obligations(obj):
        return list(obj.obligations.all())

    @staticmethod
    def resolve_programmes(obj):
        return list(obj.programmes.all())
