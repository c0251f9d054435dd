"""A small two-stop mission with a delegation, partners and an interpreter, for programme tests."""

import datetime as dt
import zoneinfo
from types import SimpleNamespace

from tests.factories import (
    DelegationEntryFactory,
    InterpreterFactory,
    MissionFactory,
    OrganisationFactory,
    PersonFactory,
    RoomFactory,
    StopFactory,
    VenueFactory,
)

LA = zoneinfo.ZoneInfo("America/Los_Angeles")
SEOUL = zoneinfo.ZoneInfo("Asia/Seoul")


def at(day: int, hour: int, minute: int = 0, tz=LA, month: int = 3) -> dt.datetime:
    return dt.datetime(2027, month, day, hour, minute, tzinfo=tz)


def programme_world() -> SimpleNamespace:
    mission = MissionFactory()
    org = mission.organiser
    san_jose = StopFactory(
        mission=mission, order=1, start_date=dt.date(2027, 3, 8), end_date=dt.date(2027, 3, 10)
    )
    seattle = StopFactory(
        mission=mission,
        order=2,
        city_en="Seattle",
        city_ko="시애틀",
        start_date=dt.date(2027, 3, 10),
        end_date=dt.date(2027, 3, 12),
    )
    hall = VenueFactory(stop=san_jose, name_en="Convention Center", address="150 W San Carlos St")
    room = RoomFactory(venue=hall, name="Hall A", capacity=60)
    city = OrganisationFactory(organiser=org, kind="city_government", name_en="Changwon City")
    firm_a = OrganisationFactory(organiser=org, name_en="Firm A")
    firm_b = OrganisationFactory(organiser=org, name_en="Firm B")
    mayor = PersonFactory(organisation=city, name_en="Mayor")
    ceo_a, cto_a = PersonFactory(organisation=firm_a, name_en="CEO A"), PersonFactory(organisation=firm_a)
    ceo_b = PersonFactory(organisation=firm_b, name_en="CEO B")
    DelegationEntryFactory(mission=mission, organisation=city).travellers.set([mayor])
    DelegationEntryFactory(mission=mission, organisation=firm_a).travellers.set([ceo_a, cto_a])
    DelegationEntryFactory(mission=mission, organisation=firm_b).travellers.set([ceo_b])
    redmond = OrganisationFactory(organiser=org, kind="city_government", country="US", name_en="Redmond")
    president = PersonFactory(organisation=redmond, name_en="Council President")
    interpreter = InterpreterFactory(mission=mission)
    return SimpleNamespace(**locals())


def visit(w, **over) -> dict:
    data = {
        "kind": "official_visit",
        "stop": w.san_jose,
        "title_en": "Courtesy call",
        "title_ko": "예방",
        "start": at(9, 10),
        "end": at(9, 11),
        "place": "venue",
        "venue": w.hall,
        "room": w.room,
        "attendance": "delegation",
    }
    return {**data, **over}
