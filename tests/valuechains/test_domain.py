"""The domain functions of value chains: stages in order, placements through their transitions (illegal ones
refused with a clear message in Korean and English), and a gap's organisation added to a mission's targets."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from gyoryu.valuechains import domain, sectors
from gyoryu.valuechains.models import Chain, Placement, PlacementChange

pytestmark = pytest.mark.django_db


def refused(fn, **kwargs) -> dict:
    with pytest.raises(ValidationError) as exc:
        fn(**kwargs)
    return exc.value.message_dict


def test_a_chain_from_the_sector_template(vc):
    chain = domain.create_chain(
        organiser=vc.organiser,
        data={"sector": "medical_devices", "name_en": "Medical devices", "home_country": "kr"},
        stages=sectors.template("medical_devices"),
    )
    assert chain.home_country == "KR"
    assert [(s.order, s.name_en) for s in chain.stages.order_by("order")] == [
        (1, "Components and sensors"),
        (2, "Medical device manufacturing"),
        (3, "Medical software and data"),
        (4, "Distribution and market access"),
        (5, "Hospitals and clinical use"),
    ]
    first = chain.stages.get(order=1)
    assert [str(c) for c in first.codes.all()] == ["KSIC 2622", "KSIC 26294", "NAICS 334419"]


def test_a_chain_needs_a_name_and_codes_must_be_codes(vc):
    assert refused(domain.create_chain, organiser=vc.organiser, data={"sector": "aerospace"}) == {
        "name_en": ["Give a name in Korean or English (or both)."]
    }
    with pytest.raises(ValidationError) as exc:
        domain.parse_codes(["KSIC 3132", "FOO 1", "NAICS 12a"])
    assert exc.value.message_dict == {
        "codes": [
            "Unknown code scheme “FOO”: use KSIC, ISIC, NAICS or HS.",
            "“12A” is not a valid NAICS code.",
        ]
    }
    assert Chain.objects.count() == 1


def test_stages_are_inserted_and_removed_in_order(vc):
    new = domain.add_stage(chain=vc.chain, data={"name_en": "Design"}, codes=[("KSIC", "7212")], order=2)
    assert [s.name_en for s in vc.chain.stages.order_by("order")] == [
        "Aircraft OEM",
        "Design",
        "Tier 1 structures",
        "Tier 2 machined parts",
        "Materials",
    ]
    domain.remove_stage(stage=new)
    assert [(s.order, s.name_en) for s in vc.chain.stages.order_by("order")] == [
        (1, "Aircraft OEM"),
        (2, "Tier 1 structures"),
        (3, "Tier 2 machined parts"),
        (4, "Materials"),
    ]


def test_accept_and_reject_with_who_when_and_why(vc):
    tier2 = vc.stages[2]
    placement = domain.place(stage=tier2, organisation=vc.sejin, user=vc.staff, note="Machines engine parts")
    assert (placement.status, placement.proposed_by, placement.decided_by) == ("proposed", vc.staff, None)
    placement = domain.accept_placement(placement=placement, user=vc.staff, note="Checked its AS9100 scope")
    assert (placement.status, placement.decided_by, placement.note) == (
        "accepted",
        vc.staff,
        "Checked its AS9100 scope",
    )
    assert placement.decided_at is not None
    placement = domain.reject_placement(placement=placement, user=vc.staff, note="Moved its work to tier 1")
    history = [(c.from_status, c.to_status, c.by, c.note) for c in placement.changes.order_by("at", "id")]
    assert history == [
        ("", "proposed", vc.staff, "Machines engine parts"),
        ("proposed", "accepted", vc.staff, "Checked its AS9100 scope"),
        ("accepted", "rejected", vc.staff, "Moved its work to tier 1"),
    ]


@pytest.mark.parametrize(
    ("lang", "messages"),
    [
        (
            "en",
            [
                "This placement is already “Accepted”.",
                "Give the reason for rejecting the placement.",
                "This placement is already “Rejected”.",
                "A rejected placement cannot be accepted: propose it again first.",
                "Sejin Aerotech is already on this stage (Accepted).",
            ],
        ),
        (
            "ko",
            [
                "이 배치는 이미 “수락됨” 상태입니다.",
                "배치를 거절하는 이유를 적어 주세요.",
                "이 배치는 이미 “거절됨” 상태입니다.",
                "거절된 배치는 수락할 수 없습니다. 먼저 다시 제안하세요.",
                "세진에어로텍은(는) 이미 이 단계에 있습니다 (수락됨).",  # a name in the reader's language
            ],
        ),
    ],
)
def test_illegal_transitions_are_refused_with_a_clear_message(vc, lang, messages):
    tier2 = vc.stages[2]
    placement = domain.place(stage=tier2, organisation=vc.sejin, user=vc.staff)
    domain.accept_placement(placement=placement, user=vc.staff)
    with translation.override(lang):
        got = [refused(domain.accept_placement, placement=placement, user=vc.staff)["status"][0]]
        got.append(refused(domain.reject_placement, placement=placement, user=vc.staff, note=" ")["note"][0])
        domain.reject_placement(placement=placement, user=vc.staff, note="wrong stage")
        got.append(
            refused(domain.reject_placement, placement=placement, user=vc.staff, note="again")["status"][0]
        )
        got.append(refused(domain.accept_placement, placement=placement, user=vc.staff)["status"][0])
        again = domain.place(stage=tier2, organisation=vc.sejin, user=vc.staff, note="second look")
        domain.accept_placement(placement=again, user=vc.staff)
        got.append(
            refused(domain.place, stage=tier2, organisation=vc.sejin, user=vc.staff)["organisation"][0]
        )
    assert got == messages
    assert again.pk == placement.pk
    assert Placement.objects.get().status == "accepted"
    assert PlacementChange.objects.count() == 5  # proposed, accepted, rejected, proposed, accepted


def test_an_organisation_of_another_organiser_cannot_be_placed(vc):
    assert refused(domain.place, stage=vc.stages[0], organisation=vc.other_org, user=vc.staff) == {
        "organisation": ["Choose an organisation from your directory."]
    }
    assert Placement.objects.count() == 0


def test_a_gap_target_goes_through_the_missions_set_target(vc):
    stage = vc.stages[0]
    target = domain.add_gap_target(
        mission=vc.next_mission, organisation=vc.cascade, stage=stage, user=vc.staff
    )
    assert (target.mission, target.organisation, target.priority, target.notes) == (
        vc.next_mission,
        vc.cascade,
        2,
        "Value-chain gap: Aircraft value chain / Aircraft OEM",
    )
    assert refused(
        domain.add_gap_target, mission=vc.next_mission, organisation=vc.cascade, stage=stage, user=vc.staff
    ) == {"organisation": ["Cascade Aircraft is already a target of this mission."]}
    assert refused(
        domain.add_gap_target, mission=vc.mission, organisation=vc.sejin, stage=stage, user=vc.staff
    ) == {"organisation": ["Sejin Aerotech travels with this mission's delegation."]}
    assert refused(
        domain.add_gap_target, mission=vc.mission, organisation=vc.other_org, stage=stage, user=vc.staff
    ) == {"organisation": ["Choose an organisation from your directory."]}
    assert list(vc.next_mission.targets.values_list("organisation__name_en", flat=True)) == [
        "Cascade Aircraft"
    ]
