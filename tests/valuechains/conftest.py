"""A small aerospace world: organiser A with two local firms (KR), four foreign organisations (US), a
city government, a chain of four stages described by industry codes, the current mission and the next one
(a stop in the US each); a delegate of the machining firm, a guest of the tier-1 partner, staff of A and of
another organiser B."""

import datetime as dt
from dataclasses import dataclass

import pytest

from gyoryu.accounts.models import Role
from gyoryu.matchmaking import service
from gyoryu.partnerships import domain as partnerships
from gyoryu.valuechains import domain
from tests.factories import (
    DelegationEntryFactory,
    IndustryCodeFactory,
    MembershipFactory,
    MissionFactory,
    OrganisationFactory,
    OrganiserFactory,
    StopFactory,
    TargetFactory,
    UserFactory,
)

STAGES = [
    ("완제기", "Aircraft OEM", "항공기 최종 조립", "Final assembly of aircraft", ["NAICS 336411"]),
    (
        "1차 협력사",
        "Tier 1 structures",
        "동체와 날개 구조물",
        "Fuselage and wing structures",
        ["NAICS 336413"],
    ),
    (
        "2차 협력사: 정밀 가공",
        "Tier 2 machined parts",
        "티타늄 항공 부품 정밀 가공",
        "Precision machining of titanium aircraft parts",
        ["KSIC 31322"],
    ),
    ("소재", "Materials", "탄소섬유 복합재", "Carbon-fibre composite materials", ["KSIC 23995"]),
]


@dataclass
class Chainworld:
    organiser: object
    chain: object
    stages: list
    mission: object
    next_mission: object
    sejin: object  # KR, machining (delegation firm)
    cera: object  # KR, composites
    city: object  # KR city government
    cascade: object  # US aircraft maker
    puget: object  # US tier-1 structures (target of the mission)
    lab: object  # US university composites lab
    software: object  # US software firm, in no stage
    other_org: object  # organiser B's
    staff: object
    delegate: object
    guest: object
    other_staff: object
    admin: object


def org(organiser, name, country, codes=(), **texts):
    o = OrganisationFactory(
        organiser=organiser, name_en=name, name_ko=texts.pop("name_ko", ""), country=country, **texts
    )
    for code in codes:
        scheme, value = code.split()
        IndustryCodeFactory(organisation=o, scheme=scheme, code=value)
    return o


@pytest.fixture(autouse=True)
def _fresh_engines():
    service.reset()
    yield
    service.reset()


@pytest.fixture
def vc(db) -> Chainworld:
    a, b = OrganiserFactory(slug="a"), OrganiserFactory(slug="b")
    mission = MissionFactory(organiser=a, title_en="Mission 2027", title_ko="2027 사절단")
    StopFactory(mission=mission, country="US", start_date=dt.date(2027, 3, 8), end_date=dt.date(2027, 3, 12))
    next_mission = MissionFactory(organiser=a, title_en="Mission 2028", title_ko="2028 사절단")
    StopFactory(
        mission=next_mission, country="US", start_date=dt.date(2028, 4, 17), end_date=dt.date(2028, 4, 20)
    )
    sejin = org(
        a,
        "Sejin Aerotech",
        "KR",
        ["KSIC 31322"],
        name_ko="세진에어로텍",
        offers_ko="티타늄·인코넬 항공기 엔진 부품 5축 정밀 가공, 도면 기반 수탁 생산",
        offers_en="Five-axis precision machining of titanium and Inconel aircraft engine parts, build-to-print",
        seeks_en="Supplier approval with US aircraft makers and tier-1 structure suppliers",
    )
    cera = org(
        a,
        "CeraCarbon",
        "KR",
        ["KSIC 23995"],
        name_ko="세라카본",
        offers_en="Carbon-fibre thermoplastic prepregs and lightweight composite mouldings",
        seeks_en="Aerospace and drone makers that need lightweight composite parts",
    )
    city = org(
        a,
        "Changwon",
        "KR",
        kind="city_government",
        offers_en="Investment incentives for aircraft parts makers",
    )
    cascade = org(
        a,
        "Cascade Aircraft",
        "US",
        ["NAICS 336411"],
        offers_en="Design and final assembly of regional aircraft",
        seeks_en="Precision machined titanium parts and composite parts suppliers",
    )
    puget = org(
        a,
        "Puget Structures",
        "US",
        ["NAICS 336413"],
        offers_en="Fuselage and wing structure assemblies for aircraft makers",
        seeks_en="Build-to-print machined aircraft parts from qualified suppliers",
    )
    lab = org(
        a,
        "Cascadia Composites Lab",
        "US",
        kind="university",
        offers_en="Composite materials research and mechanical testing",
        seeks_en="Industrial partners for carbon-fibre composite research",
    )
    software = org(
        a, "Rainier Software", "US", ["NAICS 513210"], offers_en="Cloud software for retail stores"
    )
    DelegationEntryFactory(mission=mission, organisation=sejin)
    TargetFactory(mission=mission, organisation=puget)
    chain = domain.create_chain(
        organiser=a,
        data={"sector": "aerospace", "name_ko": "항공기 가치사슬", "name_en": "Aircraft value chain"},
        stages=[
            {"name_ko": ko, "name_en": en, "description_ko": dko, "description_en": den, "codes": codes}
            for ko, en, dko, den, codes in STAGES
        ],
    )
    return Chainworld(
        organiser=a,
        chain=chain,
        stages=list(chain.stages.order_by("order")),
        mission=mission,
        next_mission=next_mission,
        sejin=sejin,
        cera=cera,
        city=city,
        cascade=cascade,
        puget=puget,
        lab=lab,
        software=software,
        other_org=OrganisationFactory(organiser=b, name_en="Other organiser's firm"),
        staff=MembershipFactory(organiser=a, role=Role.STAFF).user,
        delegate=MembershipFactory(organiser=a, role=Role.DELEGATE, organisation=sejin).user,
        guest=MembershipFactory(organiser=a, role=Role.GUEST, organisation=puget).user,
        other_staff=MembershipFactory(organiser=b, role=Role.STAFF).user,
        admin=UserFactory(is_superuser=True, is_staff=True),
    )


def accepted(w: Chainworld, order: int, organisation):
    """Placed by hand and accepted by staff."""
    placement = domain.place(stage=w.stages[order - 1], organisation=organisation, user=w.staff)
    return domain.accept_placement(placement=placement, user=w.staff)


def tie_by_agreement(w: Chainworld, *parties, title="MoU"):
    return partnerships.create_agreement(
        organiser=w.organiser,
        data={"kind": "mou", "title_en": title, "areas": ["industry"]},
        parties=parties,
        user=w.staff,
        today=dt.date(2027, 1, 10),
    )


@pytest.fixture
def mapped(vc):
    """The chain with its accepted placements: OEM Cascade; tier 1 Puget; tier 2 Sejin (tied to Puget by an
    MoU); materials CeraCarbon (tied only to firms that are not partners of the chain)."""
    accepted(vc, 1, vc.cascade)
    accepted(vc, 2, vc.puget)
    accepted(vc, 3, vc.sejin)
    accepted(vc, 4, vc.cera)
    tie_by_agreement(vc, vc.sejin, vc.puget, title="Sejin-Puget supply MoU")
    tie_by_agreement(vc, vc.cera, vc.software, title="CeraCarbon-Rainier MoU")
    return vc
