"""Gap detection: a stage without a local firm, or whose local firms have no tie (meeting held, agreement,
programme, lead) with a foreign partner accepted on the chain."""

import datetime as dt

import pytest

from gyoryu.followup.domain import check_in
from gyoryu.followup.models import Lead
from gyoryu.meetings.domain import create_meeting
from gyoryu.meetings.models import Meeting
from gyoryu.valuechains import domain, gaps
from gyoryu.valuechains.models import Placement
from tests.factories import DelegationEntryFactory, TargetFactory
from tests.valuechains.conftest import accepted, tie_by_agreement

pytestmark = pytest.mark.django_db


def found(w):
    placements = Placement.objects.filter(stage__chain=w.chain).select_related("organisation")
    return [(row.stage.order, row.gap) for row in gaps.gaps(w.chain, placements)]


def test_no_placements_every_stage_lacks_a_local_firm(vc):
    assert found(vc) == [(1, "no_local"), (2, "no_local"), (3, "no_local"), (4, "no_local")]


def test_exact_gaps_of_the_mapped_chain(mapped):
    assert found(mapped) == [(1, "no_local"), (2, "no_local"), (4, "no_tie")]
    rows = gaps.chain_map(mapped.chain, Placement.objects.filter(stage__chain=mapped.chain))
    tier2 = rows[2]
    assert [p.organisation.name_en for p in tier2.local] == ["Sejin Aerotech"]
    assert [(t["partner"].name_en, t["kinds"], t["last"]) for t in tier2.ties[mapped.sejin.pk]] == [
        ("Puget Structures", ["agreement"], dt.date(2027, 1, 10))
    ]
    assert rows[3].ties == {mapped.cera.pk: []}  # tied to Rainier Software, which is on no stage


def test_a_proposed_partner_is_no_partner_until_accepted(mapped):
    placement = domain.place(stage=mapped.stages[3], organisation=mapped.lab, user=mapped.staff)
    tie_by_agreement(mapped, mapped.cera, mapped.lab, title="Composite research MoU")
    assert found(mapped) == [(1, "no_local"), (2, "no_local"), (4, "no_tie")]
    domain.accept_placement(placement=placement, user=mapped.staff)
    assert found(mapped) == [(1, "no_local"), (2, "no_local")]


def _meeting(w, firm, partner):
    DelegationEntryFactory(mission=w.mission, organisation=firm)
    TargetFactory(mission=w.mission, organisation=partner)
    return create_meeting(
        mission=w.mission, data={"requester": firm, "counterpart": partner, "status": Meeting.Status.ACCEPTED}
    )


def test_a_meeting_ties_a_local_firm_only_once_held(mapped):
    meeting = _meeting(mapped, mapped.cera, mapped.cascade)
    assert found(mapped) == [(1, "no_local"), (2, "no_local"), (4, "no_tie")]
    check_in(meeting=meeting, user=mapped.staff)
    assert found(mapped) == [(1, "no_local"), (2, "no_local")]


def test_a_lead_ties_a_local_firm_to_a_partner_on_another_stage(mapped):
    meeting = _meeting(mapped, mapped.cera, mapped.cascade)
    Lead.objects.create(mission=mapped.mission, meeting=meeting, firm=mapped.cera, partner=mapped.cascade)
    assert found(mapped) == [(1, "no_local"), (2, "no_local")]


def test_a_rejected_local_firm_leaves_its_stage_empty_again(mapped):
    placement = Placement.objects.get(stage=mapped.stages[2], organisation=mapped.sejin)
    domain.reject_placement(placement=placement, user=mapped.staff, note="Moved to another stage")
    assert found(mapped) == [(1, "no_local"), (2, "no_local"), (3, "no_local"), (4, "no_tie")]


def test_the_home_country_decides_who_is_local(mapped):
    mapped.chain.home_country = "US"
    mapped.chain.save()
    # now the US firms are local and the Korean firms partners; Puget (tier 1) is tied to Sejin, Cascade
    # (OEM) to nobody; tiers 2 and materials have no US firm
    assert found(mapped) == [(1, "no_tie"), (3, "no_local"), (4, "no_local")]


def test_a_firm_accepted_twice_counts_on_each_stage(mapped):
    accepted(mapped, 2, mapped.sejin)
    assert found(mapped) == [(1, "no_local"), (4, "no_tie")]
