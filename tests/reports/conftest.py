"""Two missions of one organiser with hand-computed results (see test_kpi.py for the figures).

Mission A (2027-03-08..12, San Jose then Seattle), rates USD (1 / 1,380 KRW) and EUR (1.08 USD / 1,490.5 KRW);
a JPY rate existed when m3's outcome was saved and was removed since (a missing rate):

  m1 firm1-acme(US)     b2b   03-08 San Jose  held     1,234.56 EUR consult, 50,000 USD expected, MoU;
                                                        lead: 2-month answer negotiation, 6-month exporting
                                                        with 20,000 EUR exports
  m2 firm1-berlin(DE)   b2b   03-09 San Jose  held     100,000 USD consult, 30,000 EUR on-site; lead contract
  m3 firm2-tokyo(JP)    b2b   03-11 Seattle   held     5,000,000 JPY consult (no rate), 10,000 USD expected;
                                                        lead contacted
  m4 firm2-acme(US)     b2b   03-11 Seattle   no-show
  m5 firm2-berlin(DE)   b2b   03-12 Seattle   accepted, never checked in
  m6 firm1-cityhall(CA) b2b   03-12 Seattle   held     MoU, no amounts, no interest
  m7 firm2-acme(US)     b2b   requested, not placed
  m8 firm1-tokyo(JP)    b2b   declined, not placed

Mission B (2026-05, Frankfurt): m9 firm1-berlin held, 1,000 USD consult.
"""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest

from gyoryu.accounts.models import Role
from gyoryu.followup import domain
from gyoryu.followup.models import CurrencyRate
from gyoryu.meetings.models import Meeting
from gyoryu.scheduling.models import Placement, Schedule
from tests.factories import (
    DelegationEntryFactory,
    IndustryCodeFactory,
    MembershipFactory,
    MissionFactory,
    RoomFactory,
    StopFactory,
    TargetFactory,
    UserFactory,
)

UTC = dt.UTC
TODAY = dt.date(2028, 6, 1)  # every horizon (2, 6, 12 months after 2027-03-12) reached


@dataclass
class Results:
    a: object
    b: object
    firm1: object
    firm2: object
    firm3: object
    acme: object
    berlin: object
    tokyo: object
    cityhall: object
    m: dict
    staff: object
    delegate1: object
    delegate2: object
    guest: object
    other_staff: object
    admin: object


def outcome(**values) -> dict:
    data = {"interest": "none", "mou_signed": False, "products_discussed": "", "next_step": "", "notes": ""}
    for prefix in ("consultation", "expected_contract", "onsite_contract"):
        data[f"{prefix}_amount"], data[f"{prefix}_currency"] = None, ""
    data.update(values)
    return data


def _meeting(mission, firm, partner, *, status="accepted", stop=None, room=None, at=None, schedule=None):
    meeting = Meeting.objects.create(
        mission=mission, requester=firm, counterpart=partner, status=status, stop=stop
    )
    if at is not None:
        Placement.objects.create(
            schedule=schedule, meeting=meeting, start=at, end=at + dt.timedelta(minutes=30), stop=stop, room=room
        )
    return meeting


@pytest.fixture
def results(db) -> Results:
    a = MissionFactory(title_en="Mission A", title_ko="사절단 A")
    organiser = a.organiser
    sj = StopFactory(mission=a, order=1, city_en="San Jose", city_ko="새너제이", start_date=dt.date(2027, 3, 8),
                     end_date=dt.date(2027, 3, 9))
    se = StopFactory(mission=a, order=2, city_en="Seattle", city_ko="시애틀", start_date=dt.date(2027, 3, 11),
                     end_date=dt.date(2027, 3, 12))
    sj_room, se_room = RoomFactory(venue__stop=sj, name="Table 1"), RoomFactory(venue__stop=se, name="Table 2")
    firm1 = DelegationEntryFactory(mission=a, organisation__name_en="Daegu Motors", organisation__name_ko="대구모터스").organisation
    firm2 = DelegationEntryFactory(mission=a, organisation__name_en="Busan Optics", organisation__name_ko="부산광학").organisation
    firm3 = DelegationEntryFactory(mission=a, organisation__name_en="Idle Co", organisation__name_ko="아이들").organisation
    IndustryCodeFactory(organisation=firm1, code="30310")
    IndustryCodeFactory(organisation=firm2, code="27301")
    acme = TargetFactory(mission=a, organisation__name_en="Acme Inc", organisation__country="US").organisation
    berlin = TargetFactory(mission=a, organisation__name_en="Berlin GmbH", organisation__country="DE").organisation
    tokyo = TargetFactory(mission=a, organisation__name_en="Tokyo KK", organisation__country="JP").organisation
    cityhall = TargetFactory(
        mission=a, organisation__name_en="Vancouver City Hall", organisation__country="CA",
        organisation__kind="city_government",
    ).organisation
    schedule = Schedule.objects.create(mission=a, number=1, status=Schedule.Status.PUBLISHED)
    staff = MembershipFactory(organiser=organiser, role=Role.STAFF).user
    for code, usd, krw in (("USD", "1", "1380"), ("EUR", "1.08", "1490.5"), ("JPY", "0.0067", "9.2")):
        domain.set_rate(mission=a, currency=code, usd_per_unit=usd, krw_per_unit=krw)

    def at(day, hour):
        return dt.datetime(2027, 3, day, hour, 0, tzinfo=UTC)

    m = {
        1: _meeting(a, firm1, acme, stop=sj, room=sj_room, at=at(8, 17), schedule=schedule),
        2: _meeting(a, firm1, berlin, stop=sj, room=sj_room, at=at(9, 18), schedule=schedule),
        3: _meeting(a, firm2, tokyo, stop=se, room=se_room, at=at(11, 16), schedule=schedule),
        4: _meeting(a, firm2, acme, stop=se, room=se_room, at=at(11, 17), schedule=schedule),
        5: _meeting(a, firm2, berlin, stop=se, room=se_room, at=at(12, 16), schedule=schedule),
        6: _meeting(a, firm1, cityhall, stop=se, room=se_room, at=at(12, 17), schedule=schedule),
        7: _meeting(a, firm2, acme, status="requested"),
        8: _meeting(a, firm1, tokyo, status="declined"),
    }
    save = domain.save_outcome
    save(meeting=m[1], user=staff, version=0, data=outcome(
        interest="high", consultation_amount=Decimal("1234.56"), consultation_currency="EUR",
        expected_contract_amount=Decimal("50000"), expected_contract_currency="USD", mou_signed=True,
        products_discussed="=HYPERLINK(\"http://evil.example\")"))
    save(meeting=m[2], user=staff, version=0, data=outcome(
        interest="medium", consultation_amount=Decimal("100000"), consultation_currency="USD",
        onsite_contract_amount=Decimal("30000"), onsite_contract_currency="EUR"))
    save(meeting=m[3], user=staff, version=0, data=outcome(
        interest="low", consultation_amount=Decimal("5000000"), consultation_currency="JPY",
        expected_contract_amount=Decimal("10000"), expected_contract_currency="USD"))
    domain.mark_no_show(meeting=m[4], user=staff)
    save(meeting=m[6], user=staff, version=0, data=outcome(mou_signed=True))
    CurrencyRate.objects.filter(mission=a, currency="JPY").delete()

    lead1 = m[1].lead
    for months, stage, amount in ((2, "negotiation", None), (6, "exporting", Decimal("20000"))):
        checkin = lead1.checkins.get(months=months)
        domain.issue_checkin_link(checkin=checkin, today=TODAY)
        domain.answer_checkin(checkin=checkin, stage=stage, export_amount=amount,
                              export_currency="EUR" if amount else "", today=TODAY)
    domain.change_stage(lead=m[2].lead, stage="contract", user=staff)

    b = MissionFactory(organiser=organiser, title_en="Mission B", title_ko="사절단 B")
    fr = StopFactory(mission=b, order=1, city_en="Frankfurt", country="DE", timezone="Europe/Berlin",
                     start_date=dt.date(2026, 5, 4), end_date=dt.date(2026, 5, 6))
    DelegationEntryFactory(mission=b, organisation=firm1)
    TargetFactory(mission=b, organisation=berlin)
    domain.set_rate(mission=b, currency="USD", usd_per_unit="1", krw_per_unit="1300")
    fr_room = RoomFactory(venue__stop=fr)
    schedule_b = Schedule.objects.create(mission=b, number=1, status=Schedule.Status.PUBLISHED)
    m[9] = _meeting(b, firm1, berlin, stop=fr, room=fr_room, at=dt.datetime(2026, 5, 4, 8, tzinfo=UTC),
                    schedule=schedule_b)
    save(meeting=m[9], user=staff, version=0, data=outcome(consultation_amount=Decimal("1000"),
                                                             consultation_currency="USD"))
    other = MissionFactory()
    return Results(
        a=a, b=b, firm1=firm1, firm2=firm2, firm3=firm3, acme=acme, berlin=berlin, tokyo=tokyo,
        cityhall=cityhall, m=m, staff=staff,
        delegate1=MembershipFactory(organiser=organiser, role=Role.DELEGATE, organisation=firm1).user,
        delegate2=MembershipFactory(organiser=organiser, role=Role.DELEGATE, organisation=firm2).user,
        guest=MembershipFactory(organiser=organiser, role=Role.GUEST, organisation=acme).user,
        other_staff=MembershipFactory(organiser=other.organiser, role=Role.STAFF).user,
        admin=UserFactory(is_superuser=True),
    )
