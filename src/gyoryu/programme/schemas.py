"""API input and output of programme items (separate from the ORM class)."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

from gyoryu.common.api import one_of
from gyoryu.programme.models import ProgrammeItem

Item = ProgrammeItem

TIME = "an ISO 8601 time with its offset, e.g. 2027-03-11T10:30:00-08:00"


class ItemIn(Schema):
    kind: str = one_of(Item.Kind)
    stop: int | None = Field(None, description="the stop (for a flight: where it departs; null from home)")
    arrival_stop: int | None = Field(None, description="flights only: where it lands (null: home)")
    title_ko: str = ""
    title_en: str = ""
    description_ko: str = ""
    description_en: str = ""
    start: dt.datetime = Field(description=TIME)
    end: dt.datetime = Field(description=TIME)
    start_zone: str = Field("", description="shown in this zone; non-flights: always the stop's")
    end_zone: str = Field("", description="shown in this zone; non-flights: always the stop's")
    place: str = one_of(Item.Place, "venue")
    venue: int | None = None
    room: int | None = None
    site: int | None = Field(None, description="the organisation whose site it is")
    address: str = ""
    attendance: str = one_of(Item.Attendance, "delegation")
    attending_organisations: list[int] = []
    attending_people: list[int] = []
    host_organisations: list[int] = []
    host_people: list[int] = []
    interpreters_needed: int = 0
    interpreters: list[int] = Field([], description="ids of the mission's interpreters")
    dress_code_ko: str = ""
    dress_code_en: str = ""
    notes_ko: str = ""
    notes_en: str = ""


class ItemPatch(Schema):
    """Only the fields given change; lists given replace the old ones."""

    kind: str | None = one_of(Item.Kind, None, null=True)
    stop: int | None = None
    arrival_stop: int | None = None
    title_ko: str | None = None
    title_en: str | None = None
    description_ko: str | None = None
    description_en: str | None = None
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    start_zone: str | None = None
    end_zone: str | None = None
    place: str | None = one_of(Item.Place, None, null=True)
    venue: int | None = None
    room: int | None = None
    site: int | None = None
    address: str | None = None
    attendance: str | None = one_of(Item.Attendance, None, null=True)
    attending_organisations: list[int] | None = None
    attending_people: list[int] | None = None
    host_organisations: list[int] | None = None
    host_people: list[int] | None = None
    interpreters_needed: int | None = None
    interpreters: list[int] | None = None
    dress_code_ko: str | None = None
    dress_code_en: str | None = None
    notes_ko: str | None = None
    notes_en: str | None = None


class ItemOut(Schema):
    id: int
    mission: int = Field(alias="mission_id")
    stop: int | None = Field(alias="stop_id")
    arrival_stop: int | None = Field(alias="arrival_stop_id")
    kind: str = one_of(Item.Kind)
    status: str = one_of(Item.Status)
    revision: int
    title_ko: str
    title_en: str
    description_ko: str
    description_en: str
    start: dt.datetime
    end: dt.datetime
    start_zone: str
    end_zone: str
    local_start: str
    local_end: str
    place: str = one_of(Item.Place)
    venue: int | None = Field(alias="venue_id")
    room: int | None = Field(alias="room_id")
    site: int | None = Field(alias="site_id")
    address: str
    attendance: str = one_of(Item.Attendance)
    attending_organisations: list[int]
    attending_people: list[int]
    host_organisations: list[int]
    host_people: list[int]
    interpreters_needed: int
    interpreters: list[int]
    dress_code_ko: str
    dress_code_en: str
    notes_ko: str
    notes_en: str

    @staticmethod
    def resolve_local_start(obj):
        return _local(obj.start, obj.start_zone)

    @staticmethod
    def resolve_local_end(obj):
        return _local(obj.end, obj.end_zone)

    @staticmethod
    def resolve_attending_organisations(obj):
        return [o.pk for o in obj.attending_organisations.all()]

    @staticmethod
    def resolve_attending_people(obj):
        return [p.pk for p in obj.attending_people.all()]

    @staticmethod
    def resolve_host_organisations(obj):
        return [o.pk for o in obj.host_organisations.all()]

    @staticmethod
    def resolve_host_people(obj):
        return [p.pk for p in obj.host_people.all()]

    @staticmethod
    def resolve_interpreters(obj):
        return [i.pk for i in obj.interpreters.all()]


def _local(moment: dt.datetime, zone: str) -> str:
    import zoneinfo

    return moment.astimezone(zoneinfo.ZoneInfo(zone)).isoformat()
