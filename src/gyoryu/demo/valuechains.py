"""The demo's value chains, through the domain functions: an aerospace chain and a medical-device chain of
Changwon, made from the sector templates, proposed by the industry codes and the matching engine, and
decided by the organiser's staff as a person would: the placements below accepted (placed by hand first
where the engine did not propose them), the rejections below made with their reasons where the engine did
propose them, and the rest left proposed.  The gaps follow from what is accepted and from the relationship
network (agreements, programmes, meetings held and leads of the demo)."""

from __future__ import annotations

import datetime as dt

from gyoryu.missions import domain as missions
from gyoryu.organizations.models import Organisation
from gyoryu.valuechains import domain, matching, sectors
from gyoryu.valuechains.models import Placement, PlacementStatus

CHAINS = [
    {
        "sector": "aerospace",
        "name_ko": "항공기 가치사슬",
        "name_en": "Aircraft value chain",
        "description_ko": "창원 항공 부품 기업이 북미 완제기·1차 협력사 공급망에 진입하는 경로",
        "description_en": "How Changwon's aerospace parts makers enter the supply chains of North American "
        "aircraft makers and their tier-1 suppliers",
        # (stage number, organisation, reason (ko), reason (en)); a reason means placed by hand if needed
        "accept": [
            (1, "The Boeing Company", ""),
            (1, "Skyreach Aerial Systems", ""),
            (2, "Puget Aerostructures, Inc.", ""),
            (3, "Sejin Aerotech Co., Ltd.", ""),
            (4, "CeraCarbon Inc.", ""),
            (
                4,
                "Cascadia Polytechnic University, Composite Structures Laboratory",
                "Composite materials research and testing; joint research MoU with Sejin Aerotech",
            ),
        ],
        "reject": [
            (1, "Sejin Aerotech Co., Ltd.", "Machines aircraft parts; builds no aircraft (tier 2)."),
            (2, "The Boeing Company", "The aircraft maker itself: placed at the OEM stage."),
            (2, "Sejin Aerotech Co., Ltd.", "Machined parts for tier-1 suppliers: tier 2, not tier 1."),
        ],
    },
    {
        "sector": "medical_devices",
        "name_ko": "의료기기 가치사슬",
        "name_en": "Medical device value chain",
        "description_ko": "웨어러블 심전도·생체신호 기기의 부품부터 병원 도입까지",
        "description_en": "Wearable ECG and biosignal devices, from components to hospital use",
        "accept": [
            (1, "VitalBand Co., Ltd.", ""),
            (2, "Onnuri Meditech Inc.", ""),
            (3, "Evergreen Cardiac Analytics", ""),
            (4, "Bayline Medical Distribution, Inc.", ""),
            (5, "Pacific Crest Health Network", ""),
        ],
        "reject": [
            (2, "Bayline Medical Distribution, Inc.", "A distributor, not a maker: placed at distribution."),
            (5, "Hessen MedTech Vertrieb GmbH", "A distributor, not a hospital."),
            (3, "Onnuri Meditech Inc.", "Its ECG cloud serves its own devices: placed at manufacturing."),
        ],
    },
]


NEXT_MISSION = {
    "title_ko": "2028 창원 가치사슬 시장개척단 (북미)",
    "title_en": "Changwon 2028 Value-Chain Mission to North America",
    "purpose_ko": "항공·의료기기 가치사슬의 빈 단계를 채울 파트너 발굴",
    "purpose_en": "Find partners for the empty stages of the aerospace and medical-device value chains",
    "status": "planning",
}
NEXT_STOP = {
    "city_ko": "시애틀",
    "city_en": "Seattle",
    "country": "US",
    "timezone": "America/Los_Angeles",
    "start_date": dt.date(2028, 4, 17),
    "end_date": dt.date(2028, 4, 20),
}


def plan_next_mission(organiser):
    """Side effects: the next mission (planning, one stop in Seattle), whose targets the value-chain map's
    suggestions are for."""
    mission = missions.create_mission(organiser=organiser, data=NEXT_MISSION)
    missions.add_stop(mission=mission, data=NEXT_STOP)
    return mission


def load_value_chains(organiser, *, user=None) -> dict[str, int]:
    """Side effects: the two chains with their stages and codes, the engine's proposals, the decisions
    above (placements accepted or rejected, with who and the reason).  Returns counts."""
    counts = {"chains": 0, "stages": 0, "accepted": 0, "rejected": 0, "proposed": 0}
    orgs = {o.name_en: o for o in Organisation.objects.filter(organiser=organiser)}
    for spec in CHAINS:
        chain = domain.create_chain(
            organiser=organiser,
            data={k: spec[k] for k in ("sector", "name_ko", "name_en", "description_ko", "description_en")},
            stages=sectors.template(spec["sector"]),
        )
        stages = {s.order: s for s in chain.stages.all()}
        domain.record_proposals(chain=chain, proposals=matching.propose(chain))
        for order, name, note in spec["accept"]:
            placement = Placement.objects.filter(stage=stages[order], organisation=orgs[name]).first()
            if placement is None:
                placement = domain.place(stage=stages[order], organisation=orgs[name], user=user, note=note)
            domain.accept_placement(placement=placement, user=user, note=note)
        for order, name, note in spec["reject"]:
            org = orgs.get(name)
            placement = Placement.objects.filter(
                stage=stages[order], organisation=org, status=PlacementStatus.PROPOSED
            ).first()
            if placement is not None:
                domain.reject_placement(placement=placement, user=user, note=note)
        counts["chains"] += 1
        counts["stages"] += len(stages)
        for status in ("accepted", "rejected", "proposed"):
            counts[status] += Placement.objects.filter(stage__chain=chain, status=status).count()
    return counts
