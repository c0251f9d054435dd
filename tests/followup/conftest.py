"""A mission in full flight for follow-up tests: a published schedule with meetings of two firms."""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest

from gyoryu.accounts.models import Role
from gyoryu.followup import domain
from gyoryu.meetings.models import Meeting
from gyoryu.scheduling.models import Placement, Schedule
from tests.factories import (
    DelegationEntryFactory,
    MembershipFactory,
    MissionFactory,
    PersonFactory,
    RoomFactory,
    StopFactory,
    TargetFactory,
)

UTC = dt.UTC


@dataclass
class Flight:
    mission: object
    stop: object
    room: object
    schedule: object
    firm: object
    firm2: object
    partner: object
    meeting: object  # firm - partner, 2027-03-08 09:00 San Jose
    meeting2: object  # firm2 - partner, 2027-03-09 10:00
    staff: object
    delegate: object  # acts for firm
    delegate2: object  # acts for firm2
    guest: object  # acts for partner
    firm_person: object


def place(schedule, meeting, room, start: dt.datetime) -> Placement:
    return Placement.objects.create(
        schedule=schedule,
        meeting=meeting,
        start=start,
        end=start + dt.timedelta(minutes=30),
        stop=room.venue.stop,
        room=room,
    )


def add_meeting(flight: Flight, requester, start: dt.datetime, counterpart=None) -> Meeting:
    meeting = Meeting.objects.create(
        mission=flight.mission,
        requester=requester,
        counterpart=counterpart or flight.partner,
        stop=flight.stop,
    )
    place(flight.schedule, meeting, flight.room, start)
    return meeting


@pytest.fixture
def flight(db) -> Flight:
    mission = MissionFactory()
    stop = StopFactory(mission=mission, start_date=dt.date(2027, 3, 8), end_date=dt.date(2027, 3, 10))
    room = RoomFactory(venue__stop=stop, name="Table 1")
    firm = DelegationEntryFactory(mission=mission, organisation__name_en="Daegu Motors").organisation
    firm2 = DelegationEntryFactory(mission=mission, organisation__name_en="Busan Optics").organisation
    partner = TargetFactory(mission=mission, organisation__name_en="Acme Inc").organisation
    schedule = Schedule.objects.create(mission=mission, number=1, status=Schedule.Status.PUBLISHED)
    organiser = mission.organiser
    flight = Flight(
        mission=mission,
        stop=stop,
        room=room,
        schedule=schedule,
        firm=firm,
        firm2=firm2,
        partner=partner,
        meeting=None,
        meeting2=None,
        staff=MembershipFactory(organiser=organiser, role=Role.STAFF).user,
        delegate=MembershipFactory(organiser=organiser, role=Role.DELEGATE, organisation=firm).user,
        delegate2=MembershipFactory(organiser=organiser, role=Role.DELEGATE, organisation=firm2).user,
        guest=MembershipFactory(organiser=organiser, role=Role.GUEST, organisation=partner).user,
        firm_person=PersonFactory(organisation=firm, email="ceo@daegu.example", languages=["ko"]),
    )
    flight.meeting = add_meeting(flight, firm, dt.datetime(2027, 3, 8, 17, 0, tzinfo=UTC))  # 09:00 PST
    flight.meeting2 = add_meeting(flight, firm2, dt.datetime(2027, 3, 9, 18, 0, tzinfo=UTC))  # 10:00 PST
    domain.set_rate(mission=mission, currency="USD", usd_per_unit="1", krw_per_unit="1380")
    domain.set_rate(mission=mission, currency="EUR", usd_per_unit="1.08", krw_per_unit="1490.5")
    return flight


def outcome_data(**changes) -> dict:
    data = {
        "interest": "high",
        "consultation_amount": Decimal("1234.56"),
        "consultation_currency": "EUR",
        "expected_contract_amount": Decimal("50000"),
        "expected_contract_currency": "USD",
        "onsite_contract_amount": None,
        "onsite_contract_currency": "",
        "mou_signed": True,
        "products_discussed": "EV motor housings",
        "next_step": "Send samples",
        "next_step_owner": None,
        "next_step_due": dt.date(2027, 4, 1),
        "notes": "",
    }
    data.update(changes)
    return data
