from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

from gyoryu.common.api import one_of
from gyoryu.missions.models import Priority, Room, Status


class MissionIn(Schema):
    title_ko: str = ""
    title_en: str = ""
    purpose_ko: str = ""
    purpose_en: str = ""
    status: str = one_of(Status, "planning")
    meetings_on_weekends: bool = False


class MissionPatch(Schema):
    title_ko: str | None = None
    title_en: str | None = None
    purpose_ko: str | None = None
    purpose_en: str | None = None
    status: str | None = one_of(Status, None, null=True)
    meetings_on_weekends: bool | None = None


class StopIn(Schema):
    city_ko: str = ""
    city_en: str = ""
    country: str
    timezone: str
    start_date: dt.date
    end_date: dt.date
    order: int | None = None


class RoomOut(Schema):
    name: str
    kind: str = one_of(Room.Kind)
    capacity: int


class VenueIn(Schema):
    stop: int
    name_ko: str = ""
    name_en: str = ""
    address: str = ""
    host: int | None = None
    rooms: list[str] = []  # "Room A: 8"


class VenueOut(Schema):
    id: int
    name_ko: str
    name_en: str
    address: str
    host: int | None
    rooms: list[RoomOut]

    @staticmethod
    def resolve_host(obj):
        return obj.host_id

    @staticmethod
    def resolve_rooms(obj):
        return list(obj.rooms.all())


class StopOut(Schema):
    id: int
    order: int
    city_ko: str
    city_en: str
    country: str
    timezone: str
    start_date: dt.date
    end_date: dt.date
    venues: list[VenueOut]

    @staticmethod
    def resolve_venues(obj):
        return list(obj.venues.all())


class DelegationIn(Schema):
    organisation: int
    travellers: list[int] = []


class DelegationOut(Schema):
    id: int
    organisation: int
    organisation_name: str
    travellers: list[int]

    @staticmethod
    def resolve_organisation(obj):
        return obj.organisation_id

    @staticmethod
    def resolve_organisation_name(obj):
        return str(obj.organisation)

    @staticmethod
    def resolve_travellers(obj):
        return [p.pk for p in obj.travellers.all()]


class TargetIn(Schema):
    organisation: int
    priority: int = one_of(Priority, 2)
    stop: int | None = None
    notes: str = ""


class TargetOut(Schema):
    id: int
    organisation: int
    organisation_name: str
    priority: int = one_of(Priority)
    stop: int | None
    notes: str | None = Field(
        None, description="the organiser's own notes on the target: null for anyone but its staff"
    )

    @staticmethod
    def resolve_organisation(obj):
        return obj.organisation_id

    @staticmethod
    def resolve_notes(obj, context):
        user = context["request"].user
        return obj.notes if user.has_perm("missions.view_target_notes", obj.mission) else None

    @staticmethod
    def resolve_organisation_name(obj):
        return str(obj.organisation)

    @staticmethod
    def resolve_stop(obj):
        return obj.stop_id


class InterpreterIn(Schema):
    person: int
    language_pairs: list[str]
    available_days: list[str] = []


class InterpreterOut(Schema):
    id: int
    person: int
    person_name: str
    language_pairs: list[str]
    available_days: list[str]

    @staticmethod
    def resolve_person(obj):
        return obj.person_id

    @staticmethod
    def resolve_person_name(obj):
        return str(obj.person)


class MissionOut(Schema):
    id: int
    organiser: str
    title_ko: str
    title_en: str
    purpose_ko: str
    purpose_en: str
    status: str = one_of(Status)
    meetings_on_weekends: bool

    @staticmethod
    def resolve_organiser(obj):
        return obj.organiser.slug


class MissionDetailOut(MissionOut):
    """Targets and interpreters are null for accounts that may not see the mission's planning (guests)."""

    stops: list[StopOut]
    delegation: list[DelegationOut]
    targets: list[TargetOut] | None = None
    interpreters: list[InterpreterOut] | None = None

    @staticmethod
    def resolve_stops(obj):
        return list(obj.stops.all())

    @staticmethod
    def resolve_delegation(obj):
        return list(obj.delegation.all())

    @staticmethod
    def resolve_targets(obj, context):
        return list(obj.targets.all()) if _sees_planning(context, obj) else None

    @staticmethod
    def resolve_interpreters(obj, context):
        return list(obj.interpreters.all()) if _sees_planning(context, obj) else None


def _sees_planning(context, mission) -> bool:
    return context["request"].user.has_perm("missions.view_planning", mission)
