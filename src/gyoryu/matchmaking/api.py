from typing import Literal

from ninja import Field, Query, Router, Schema

from gyoryu.accounts.acting import acting_organiser
from gyoryu.classification.service import suggest_codes
from gyoryu.common.api import one_of
from gyoryu.common.permissions import require, viewable
from gyoryu.matchmaking import queries
from gyoryu.missions.models import Mission
from gyoryu.organizations.models import Kind, Organisation, Scheme

router = Router(tags=["matchmaking"])


class TermOut(Schema):
    query: str = ""
    document: str = ""
    via: str = ""


class SuggestionOut(Schema):
    organisation: int
    name_ko: str
    name_en: str
    score: float
    side: str = Field(
        description="which of *their* texts matched: seeks (they need what the organisation offers) "
        "or offers (they offer what it seeks)"
    )
    terms: list[dict]
    codes: list[dict]
    sentences: dict

    @staticmethod
    def resolve_organisation(obj):
        return obj.organisation.pk

    @staticmethod
    def resolve_name_ko(obj):
        return obj.organisation.name_ko

    @staticmethod
    def resolve_name_en(obj):
        return obj.organisation.name_en


KindFilter = Literal[("", *Kind.values)]  # "" = any kind


@router.get(
    "/organisations/{org_id}/suggestions",
    response=list[SuggestionOut],
    summary="Suggested partners of an organisation, with reasons",
)
def suggestions(
    request,
    org_id: int,
    k: int = Query(10, ge=1, le=50),
    kind: KindFilter = "",
    country: str = "",
    mission: int | None = None,
    not_targeted: bool = False,
):
    org = viewable(request.user, "matchmaking.view_suggestions", Organisation.objects.all(), pk=org_id)
    the_mission = (
        viewable(request.user, "missions.view_mission", Mission.objects.all(), pk=mission) if mission else None
    )
    return queries.suggestions_for(
        request.user,
        organisation=org,
        k=k,
        kind=kind,
        country=country[:2],
        mission=the_mission,
        not_targeted=not_targeted,
    )


class SearchIn(Schema):
    text: str = Field(..., max_length=10000)
    side: str = Field("offers", pattern="^(offers|seeks)$", json_schema_extra={"enum": ["offers", "seeks"]})
    k: int = Field(10, ge=1, le=50)
    kind: str = one_of(Kind, "", blank=True)
    country: str = Field("", max_length=2)


@router.post(
    "/search",
    response=list[SuggestionOut],
    summary="Free text in Korean, English or both against the directory's offers (or needs)",
)
def search(request, payload: SearchIn, organiser: str = ""):
    owner = acting_organiser(request, organiser or None)
    require(request.user, "matchmaking.search_directory", owner)
    return queries.search(
        request.user,
        organiser_id=owner.pk,
        text=payload.text,
        side=payload.side,
        k=payload.k,
        kind=payload.kind,
        country=payload.country,
    )


class CodeTextIn(Schema):
    text: str = Field(..., max_length=20000)
    k: int = Field(5, ge=1, le=20)


class CodeSuggestionOut(Schema):
    scheme: str = one_of(Scheme, "KSIC")
    code: str
    name_ko: str
    name_en: str
    confidence: float
    isic: str
    naics: list[str]


@router.post(
    "/codes",
    response=list[CodeSuggestionOut],
    summary="KSIC codes proposed for a text, with the ISIC and NAICS codes they correspond to",
)
def codes(request, payload: CodeTextIn):
    return [
        {
            "code": s.code,
            "name_ko": s.name_ko,
            "name_en": s.name_en,
            "confidence": round(s.confidence, 4),
            "isic": s.isic,
            "naics": list(s.naics),
        }
        for s in suggest_codes(text=payload.text, k=payload.k)
    ]
