"""API input and output of value chains (separate from the ORM classes); choices are enums."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from ninja import Field, Schema

from gyoryu.common.api import one_of
from gyoryu.missions.models import Priority
from gyoryu.organizations.models import Scheme
from gyoryu.valuechains.models import PlacementStatus, Sector

GapKind = Literal["no_local", "no_tie"]
Why = Literal["placed", "stage", "partner"]
TieKind = Literal["meeting", "agreement", "programme", "lead"]


class StageCodeOut(Schema):
    scheme: str = one_of(Scheme)
    code: str


class StageIn(Schema):
    name_ko: str = ""
    name_en: str = ""
    description_ko: str = ""
    description_en: str = ""
    codes: list[str] = Field(
        [], description='industry codes as "SCHEME code", e.g. "KSIC 3132", "NAICS 336413"'
    )
    order: int | None = Field(None, description="position, 1 = first (default: last)")


class StageOut(Schema):
    id: int
    order: int
    name_ko: str
    name_en: str
    description_ko: str
    description_en: str
    codes: list[StageCodeOut]

    @staticmethod
    def resolve_codes(obj):
        return list(obj.codes.all())


class ChainIn(Schema):
    sector: str = one_of(Sector)
    name_ko: str = ""
    name_en: str = ""
    description_ko: str = ""
    description_en: str = ""
    home_country: str = Field("KR", description="ISO code: its organisations are the local firms")
    from_template: bool = Field(True, description="start with the sector's usual stages")


class ChainOut(Schema):
    id: int
    sector: str = one_of(Sector)
    name_ko: str
    name_en: str
    description_ko: str
    description_en: str
    home_country: str
    stages: list[StageOut]

    @staticmethod
    def resolve_stages(obj):
        return list(obj.stages.all())


class PlacementChangeOut(Schema):
    from_status: str = one_of(PlacementStatus, "", blank=True)
    to_status: str = one_of(PlacementStatus)
    at: dt.datetime
    by: str | None = Field(None, description="user name; none: proposed by the matching engine")
    note: str

    @staticmethod
    def resolve_by(obj):
        return obj.by.get_username() if obj.by_id else None


class PlacementIn(Schema):
    stage_id: int
    organisation: int
    note: str = ""


class DecisionIn(Schema):
    note: str = Field("", description="the reason (required to reject)")


class PlacementOut(Schema):
    id: int
    stage_id: int
    organisation: int = Field(..., alias="organisation_id")
    name_ko: str
    name_en: str
    country: str
    status: str = one_of(PlacementStatus)
    score: float | None
    evidence: dict = Field(
        description='why it was proposed: {"codes": [{"scheme", "code", "stage_code"}], "engine": '
        '{"rank", "score", "terms", "codes", "sentences"}}'
    )
    note: str
    proposed_at: dt.datetime
    proposed_by: str | None
    decided_at: dt.datetime | None
    decided_by: str | None
    changes: list[PlacementChangeOut]

    @staticmethod
    def resolve_name_ko(obj):
        return obj.organisation.name_ko

    @staticmethod
    def resolve_name_en(obj):
        return obj.organisation.name_en

    @staticmethod
    def resolve_country(obj):
        return obj.organisation.country

    @staticmethod
    def resolve_proposed_by(obj):
        return obj.proposed_by.get_username() if obj.proposed_by_id else None

    @staticmethod
    def resolve_decided_by(obj):
        return obj.decided_by.get_username() if obj.decided_by_id else None

    @staticmethod
    def resolve_changes(obj):
        return list(obj.changes.all())


class ChainOrgRef(Schema):
    organisation: int
    name_ko: str
    name_en: str
    country: str


class TieOut(Schema):
    partner: ChainOrgRef
    kinds: list[TieKind]
    last: dt.date | None


class LocalFirmOut(ChainOrgRef):
    ties: list[TieOut]


class GapOut(Schema):
    stage_id: int
    order: int
    name_ko: str
    name_en: str
    gap: GapKind = Field(
        description="no_local: no local firm accepted; no_tie: local firms, none tied to a partner"
    )
    local: list[LocalFirmOut]
    partners: list[ChainOrgRef]


class ChainSuggestionOut(Schema):
    organisation: int
    name_ko: str
    name_en: str
    country: str
    score: float
    why: Why = Field(
        description="placed: a partner accepted at the stage; stage: does what the stage does; "
        "partner: fits a local firm of the stage"
    )
    firm: int | None = Field(None, description="the local firm it was found for (why = partner)")
    terms: list[dict]
    codes: list[dict]
    sentences: dict


class ChainTargetIn(Schema):
    mission: int
    organisation: int


class ChainTargetOut(Schema):
    id: int
    mission: int = Field(..., alias="mission_id")
    organisation: int = Field(..., alias="organisation_id")
    priority: int = one_of(Priority)
    notes: str
