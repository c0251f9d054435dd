"""A one-stop mission with two delegation firms, two partners, meetings (a published schedule from the
solver), programme items of several kinds and an interpreter, for the agenda tests."""

import datetime as dt
import zoneinfo
from types import SimpleNamespace

import pytest

from gyoryu.accounts.models import Role
from gyoryu.meetings import domain as meetings
from gyoryu.programme import domain as programme
from gyoryu.scheduling import domain as scheduling
from gyoryu.scheduling import queries as schedules
from gyoryu.scheduling.models import Schedule
from tests.factories import (
    DelegationEntryFactory,
    InterpreterFactory,
    MembershipFactory,
    MissionFactory,
    OrganisationFactory,
    PersonFactory,
    RoomFactory,
    StopFactory,
    TargetFactory,
    UserFactory,
    VenueFactory,
)
from tests.queue import run_tasks

LA = zoneinfo.ZoneInfo("America/Los_Angeles")
SEOUL = zoneinfo.ZoneInfo("Asia/Seoul")


def at(day: int, hour: int, minute: int = 0, tz=LA) -> dt.datetime:
    return dt.datetime(2027, 3, day, hour, minute, tzinfo=tz)


def run(mission) -> Schedule:
    schedule = scheduling.request_schedule(mission=mission, time_limit=20)
    assert ("solve_schedule", {"schedule_id": schedule.pk}) in run_tasks()
    schedule.refresh_from_db()
    assert schedule.status == "draft", schedule.error
    return schedule


def build(*, meetings_per_firm: int = 2, firms: int = 2) -> SimpleNamespace:
    mission = MissionFactory(max_meetings_per_day=None, title_en="Mission A", title_ko="사절단 A")
    org = mission.organiser
    stop = StopFactory(
        mission=mission,
        start_date=dt.date(2027, 3, 8),
        end_date=dt.date(2027, 3, 9),
        day_start=dt.time(9),
        day_end=dt.time(12),
        lunch_start=None,
        lunch_end=None,
    )
    hall = VenueFactory(
        stop=stop, name_en="Convention Center", name_ko="컨벤션센터", address="150 W San Carlos St"
    )
    for n in range(1, 4):
        RoomFactory(venue=hall, name=f"Table {n}", capacity=4)
    RoomFactory(venue=hall, name="Hall", capacity=60)
    entries = []
    for n in range(firms):
        o = OrganisationFactory(organiser=org, name_en=f"Firm {'AB'[n] if n < 2 else n}", name_ko=f"기업 {n}")
        e = DelegationEntryFactory(mission=mission, organisation=o)
        e.travellers.set(
            [
                PersonFactory(organisation=o, name_en=f"CEO {n}", name_ko=f"대표 {n}"),
                PersonFactory(organisation=o),
            ]
        )
        entries.append(e)
    partners = [
        TargetFactory(mission=mission, organisation__name_en=f"Partner {n}").organisation for n in (1, 2)
    ]
    contact = PersonFactory(organisation=partners[0], name_en="Pat Partner", name_ko="팻 파트너")
    interpreter = InterpreterFactory(mission=mission, language_pairs=["ko-en"])
    made = []
    for e in entries:
        for p in partners[:meetings_per_firm]:
            made.append(
                meetings.create_meeting(
                    mission=mission,
                    data={"requester": e.organisation, "counterpart": p, "stop": stop, "priority": 2},
                )
            )
    firm_a, firm_b = entries[0].organisation, entries[1].organisation
    ceo_a, cto_a = entries[0].travellers.order_by("pk")
    made[0].members.set([ceo_a, contact])  # Firm A – Partner 1: the CEO goes, with the partner's contact
    roundtable = programme.create_item(
        mission=mission,
        data={
            "kind": "roundtable",
            "stop": stop,
            "title_en": "Roundtable with KSEA",
            "title_ko": "KSEA 간담회",
            "start": at(9, 11),
            "end": at(9, 12),
            "place": "venue",
            "venue": hall,
            "room": hall.rooms.get(name="Hall"),
            "attendance": "delegation",
            "dress_code_en": "Business",
            "dress_code_ko": "비즈니스 정장",
        },
        host_people=[contact],
        interpreters=[interpreter],
    )
    programme.confirm_item(item=roundtable)
    tour = programme.create_item(
        mission=mission,
        data={
            "kind": "site_tour",
            "stop": stop,
            "title_en": "Factory tour",
            "title_ko": "공장 견학",
            "start": at(8, 14),
            "end": at(8, 16),
            "place": "site",
            "site": partners[1],
            "address": "1 Factory Way",
            "attendance": "firms",
        },
        attending_organisations=[firm_b],
    )
    flight = programme.create_item(
        mission=mission,
        data={
            "kind": "flight",
            "arrival_stop": stop,
            "title_en": "KE023 Incheon – San Francisco",
            "title_ko": "KE023 인천 – 샌프란시스코",
            "start": dt.datetime(2027, 3, 8, 9, 0, tzinfo=SEOUL),
            "end": at(8, 4, 30),
            "start_zone": "Asia/Seoul",
            "attendance": "delegation",
        },
    )
    programme.confirm_item(item=flight)
    scheduling.publish(schedule=run(mission))
    return SimpleNamespace(**locals(), schedule=schedules.published(mission))


@pytest.fixture
def w(db):
    return build()


def member(organiser, role=Role.STAFF, organisation=None, person=None):
    user = UserFactory()
    MembershipFactory(user=user, organiser=organiser, role=role, organisation=organisation)
    if person is not None:
        person.user = user
        person.save(update_fields=["user"])
    return user
