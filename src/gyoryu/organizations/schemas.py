"""API input and output shapes, separate from the ORM classes."""

from __future__ import annotations

import datetime as dt

from ninja import Schema

from gyoryu.common.api import one_of
from gyoryu.organizations.models import Kind, RevenueBand, Scheme


class CodeOut(Schema):
    scheme: str = one_of(Scheme)
    code: str


class OrganisationIn(Schema):
    kind: str = one_of(Kind, "company")
    name_ko: str = ""
    name_en: str = ""
    country: str
    region: str = ""
    city: str = ""
    website: str = ""
    employees: int | None = None
    revenue_band: str = one_of(RevenueBand, "", blank=True)
    founded: int | None = None
    description_ko: str = ""
    description_en: str = ""
    offers_ko: str = ""
    offers_en: str = ""
    seeks_ko: str = ""
    seeks_en: str = ""
    export_markets_ko: str = ""
    export_markets_en: str = ""
    certifications: list[str] = []
    languages: list[str] = []
    codes: list[str] = []  # "KSIC 26410"


class OrganisationPatch(Schema):
    kind: str | None = one_of(Kind, None, null=True)
    name_ko: str | None = None
    name_en: str | None = None
    country: str | None = None
    region: str | None = None
    city: str | None = None
    website: str | None = None
    employees: int | None = None
    revenue_band: str | None = one_of(RevenueBand, None, blank=True, null=True)
    founded: int | None = None
    description_ko: str | None = None
    description_en: str | None = None
    offers_ko: str | None = None
    offers_en: str | None = None
    seeks_ko: str | None = None
    seeks_en: str | None = None
    export_markets_ko: str | None = None
    export_markets_en: str | None = None
    certifications: list[str] | None = None
    languages: list[str] | None = None
    codes: list[str] | None = None


class OrganisationOut(Schema):
    id: int
    kind: str = one_of(Kind)
    name_ko: str
    name_en: str
    country: str
    region: str
    city: str
    website: str
    employees: int | None
    revenue_band: str = one_of(RevenueBand, blank=True)
    founded: int | None
    description_ko: str
    description_en: str
    offers_ko: str
    offers_en: str
    seeks_ko: str
    seeks_en: str
    export_markets_ko: str
    export_markets_en: str
    certifications: list[str]
    languages: list[str]
    codes: list[CodeOut]
    logo_url: str | None
    version: int
    updated: dt.datetime

    @staticmethod
    def resolve_logo_url(obj):
        return f"/organisations/{obj.pk}/logo.png" if obj.logo else None

    @staticmethod
    def resolve_codes(obj):
        return [{"scheme": c.scheme, "code": c.code} for c in obj.codes.all()]


class PersonIn(Schema):
    organisation: int | None = None
    name_ko: str = ""
    name_en: str = ""
    title_ko: str = ""
    title_en: str = ""
    email: str = ""
    phone: str = ""
    languages: list[str] = []
    consent_date: dt.date | None = None
    consent_scope: str = ""


class PersonPatch(Schema):
    organisation: int | None = None
    name_ko: str | None = None
    name_en: str | None = None
    title_ko: str | None = None
    title_en: str | None = None
    email: str | None = None
    phone: str | None = None
    languages: list[str] | None = None
    consent_date: dt.date | None = None
    consent_scope: str | None = None


class PersonOut(Schema):
    id: int
    organisation: int | None
    name_ko: str
    name_en: str
    title_ko: str
    title_en: str
    email: str
    phone: str
    languages: list[str]
    consent_date: dt.date | None
    consent_scope: str

    @staticmethod
    def resolve_organisation(obj):
        return obj.organisation_id
