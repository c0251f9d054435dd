"""Proposals from the organisations' industry codes and the matching engine (the real one), with reasons a
person can check; saved once, and a rejection stands."""

import pytest

from gyoryu.valuechains import domain, matching
from gyoryu.valuechains.models import Placement

pytestmark = pytest.mark.django_db


def summary(proposals):
    return [
        (
            p.stage.order,
            p.organisation.name_en,
            [f"{c['scheme']} {c['code']} in {c['stage_code']}" for c in p.evidence["codes"]],
            p.evidence["engine"].get("rank"),
        )
        for p in proposals
    ]


def test_codes_and_engine_propose_with_reasons(vc):
    proposals = matching.propose(vc.chain)
    assert summary(proposals) == [
        (1, "Cascade Aircraft", ["NAICS 336411 in 336411"], 1),
        (1, "Puget Structures", [], 2),
        (2, "Puget Structures", ["NAICS 336413 in 336413"], 1),
        (3, "Sejin Aerotech", ["KSIC 31322 in 31322"], 1),
        (4, "CeraCarbon", ["KSIC 23995 in 23995"], 1),  # by its code, and now by the engine too
        (4, "Cascadia Composites Lab", [], 2),
    ]
    sejin = proposals[3].evidence["engine"]
    # matched terms across languages and the best sentence pair, as the matching page shows them
    assert [(t["query"], t["document"]) for t in sejin["terms"][:4]] == [
        ("정밀", "정밀"),
        ("가공", "가공"),
        ("machined", "machining"),
        ("parts", "parts"),
    ]
    assert (
        sejin["sentences"]["document"]
        == "Five-axis precision machining of titanium and Inconel aircraft engine parts"
    )
    names = {p.organisation.name_en for p in proposals}
    assert "Changwon" not in names  # a city government works in no value chain
    assert "Rainier Software" not in names


def test_proposals_are_saved_once_and_a_rejection_stands(vc):
    proposals = matching.propose(vc.chain)
    made = domain.record_proposals(chain=vc.chain, proposals=proposals)
    assert len(made) == 6
    assert {(p.status, p.proposed_by) for p in made} == {("proposed", None)}
    puget_oem = Placement.objects.get(stage=vc.stages[0], organisation=vc.puget)
    proposed = next(p for p in proposals if (p.stage, p.organisation) == (vc.stages[0], vc.puget))
    assert puget_oem.score == proposed.score > 0  # the engine's score, as proposed
    assert puget_oem.changes.get().by is None  # proposed by the engine, not by a person
    domain.reject_placement(placement=puget_oem, user=vc.staff, note="Tier 1, not an aircraft maker")
    again = domain.record_proposals(chain=vc.chain, proposals=matching.propose(vc.chain))
    assert again == []
    puget_oem.refresh_from_db()
    assert (puget_oem.status, puget_oem.note) == ("rejected", "Tier 1, not an aircraft maker")


def test_code_matching_is_by_scheme_and_prefix(vc):
    stage_codes = list(vc.stages[2].codes.all()) + list(vc.stages[0].codes.all())  # KSIC 31322, NAICS 336411
    assert matching.code_matches(stage_codes, vc.sejin.codes.all()) == [
        {"scheme": "KSIC", "code": "31322", "stage_code": "31322"}
    ]
    domain.update_stage(stage=vc.stages[2], data={}, codes=[("KSIC", "313")])
    assert matching.code_matches(vc.stages[2].codes.all(), vc.sejin.codes.all()) == [
        {"scheme": "KSIC", "code": "31322", "stage_code": "313"}
    ]
    domain.update_stage(stage=vc.stages[2], data={}, codes=[("NAICS", "31322"), ("KSIC", "3133")])
    assert matching.code_matches(vc.stages[2].codes.all(), vc.sejin.codes.all()) == []
