import datetime as dt
from typing import Literal

from ninja import Field, Schema

from gyoryu.audit.models import Via
from gyoryu.audit.queries import SUBJECTS
from gyoryu.audit.registry import TRACKED
from gyoryu.common.api import one_of

ACTIONS = {0: "create", 1: "update", 2: "delete", 3: "access"}


class HistoryFilters(Schema):
    kind: str = Field(
        "",
        json_schema_extra={"enum": [*SUBJECTS, ""]},
        description="with id: one page's history (a mission's includes everything that belongs to it)",
    )
    id: int | None = Field(None, ge=1, le=2**62)
    mission: int | None = Field(None, ge=1, le=2**62, description="every change that belongs to this mission")
    since: dt.date | None = Field(None, description="first day (the site's time zone)")
    until: dt.date | None = Field(None, description="last day, included")
    model: str = Field("", json_schema_extra={"enum": [*(t.label for t in TRACKED), ""]})
    actor: str = Field("", max_length=150, description="an account's user name")
    limit: int = Field(100, ge=1, le=500)
    offset: int = Field(0, ge=0, le=10_000_000)


class ChangeOut(Schema):
    field: str = Field(description="the field's name in the data model")
    label: str = Field(description="the field's label, in the language of Accept-Language")
    before: str
    after: str


class EntryOut(Schema):
    id: int
    at: dt.datetime
    actor: str | None = Field(description="the account's user name; null: the system or someone with a link")
    actor_label: str = Field(description="who, as the pages say it")
    via: str = one_of(Via)
    action: Literal["create", "update", "delete", "access"]
    model: str = Field(description="app.Model of the changed object")
    model_name: str
    object_id: int | None
    object: str = Field(description="the object's name")
    mission: int | None
    changes: list[ChangeOut]
