"""The value-chain API as organiser staff: chains from a template, stages, placements through their
transitions, the engine's proposals, gaps, suggested targets and adding one to a mission."""

import pytest

from gyoryu.valuechains.models import Placement
from tests.valuechains.conftest import accepted

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(client, vc):
    client.force_login(vc.staff)
    return client


def post(client, url, data=None):
    return client.post(url, data or {}, content_type="application/json")


def test_create_a_chain_from_its_sector_template(api, vc):
    response = post(api, "/api/valuechains/chains", {"sector": "aerospace", "name_ko": "항공", "name_en": ""})
    assert response.status_code == 201
    body = response.json()
    assert (body["sector"], body["home_country"], [s["order"] for s in body["stages"]]) == (
        "aerospace",
        "KR",
        [1, 2, 3, 4],
    )
    assert body["stages"][0]["codes"] == [
        {"scheme": "KSIC", "code": "31311"},
        {"scheme": "KSIC", "code": "31312"},
        {"scheme": "NAICS", "code": "336411"},
    ]
    bad = post(
        api, "/api/valuechains/chains", {"sector": "spaceships", "name_en": "", "from_template": False}
    )
    assert bad.status_code == 422
    assert {e["field"] for e in bad.json()["detail"]} == {"sector", "name_en"}
    listed = api.get("/api/valuechains/chains").json()
    assert [c["name_en"] or c["name_ko"] for c in listed] == ["항공", "Aircraft value chain"]


def test_add_a_stage_with_codes_and_refuse_bad_codes(api, vc):
    url = f"/api/valuechains/chains/{vc.chain.pk}/stages"
    ok = post(api, url, {"name_en": "Design", "codes": ["KSIC 7212"], "order": 1})
    assert ok.status_code == 201
    assert [s["name_en"] for s in api.get(url).json()] == [
        "Design",
        "Aircraft OEM",
        "Tier 1 structures",
        "Tier 2 machined parts",
        "Materials",
    ]
    bad = post(api, url, {"name_en": "X", "codes": ["KSIC 1"]})
    assert bad.status_code == 422
    assert bad.json()["detail"] == [{"field": "codes", "message": "“1” is not a valid KSIC code."}]


def test_placements_through_their_transitions(api, vc):
    url = f"/api/valuechains/chains/{vc.chain.pk}/placements"
    created = post(api, url, {"stage_id": vc.stages[2].pk, "organisation": vc.sejin.pk, "note": "by hand"})
    assert created.status_code == 201
    p = created.json()
    assert (p["status"], p["proposed_by"], p["name_en"], p["country"]) == (
        "proposed",
        vc.staff.username,
        "Sejin Aerotech",
        "KR",
    )
    accept = post(api, f"/api/valuechains/placements/{p['id']}/accept", {"note": "checked"})
    assert (accept.status_code, accept.json()["status"], accept.json()["decided_by"]) == (
        200,
        "accepted",
        vc.staff.username,
    )
    twice = post(api, f"/api/valuechains/placements/{p['id']}/accept")
    assert (twice.status_code, twice.json()["detail"]) == (
        422,
        [{"field": "status", "message": "This placement is already “Accepted”."}],
    )
    no_reason = post(api, f"/api/valuechains/placements/{p['id']}/reject")
    assert no_reason.json()["detail"] == [
        {"field": "note", "message": "Give the reason for rejecting the placement."}
    ]
    rejected = post(api, f"/api/valuechains/placements/{p['id']}/reject", {"note": "wrong stage"})
    assert [(c["from_status"], c["to_status"], c["note"]) for c in rejected.json()["changes"]] == [
        ("accepted", "rejected", "wrong stage"),
        ("proposed", "accepted", "checked"),
        ("", "proposed", "by hand"),
    ]
    assert [x["status"] for x in api.get(url, {"status": "rejected"}).json()] == ["rejected"]
    assert api.get(url, {"status": "accepted"}).json() == []
    other = post(api, url, {"stage_id": vc.stages[0].pk, "organisation": vc.other_org.pk})
    assert other.status_code == 422


def test_engine_proposals_then_gaps(api, vc):
    made = post(api, f"/api/valuechains/chains/{vc.chain.pk}/proposals")
    assert made.status_code == 201
    assert len(made.json()) == 6
    assert post(api, f"/api/valuechains/chains/{vc.chain.pk}/proposals").json() == []
    for placement in Placement.objects.filter(organisation__in=[vc.sejin, vc.cera]):
        post(api, f"/api/valuechains/placements/{placement.pk}/accept")
    gaps = api.get(f"/api/valuechains/chains/{vc.chain.pk}/gaps").json()
    assert [(g["order"], g["gap"], [f["name_en"] for f in g["local"]]) for g in gaps] == [
        (1, "no_local", []),
        (2, "no_local", []),
        (3, "no_tie", ["Sejin Aerotech"]),
        (4, "no_tie", ["CeraCarbon"]),
    ]


def test_suggested_targets_and_adding_one_to_the_next_mission(api, vc):
    accepted(vc, 3, vc.sejin)
    stage = vc.stages[2]
    url = f"/api/valuechains/chains/{vc.chain.pk}/stages/{stage.pk}/suggestions"
    body = api.get(url, {"mission": vc.next_mission.pk}).json()
    names = [s["name_en"] for s in body]
    # partners for Sejin's machining, foreign, of the kinds that work in a chain; all are in the US
    assert set(names) <= {
        "Cascade Aircraft",
        "Puget Structures",
        "Cascadia Composites Lab",
        "Rainier Software",
    }
    assert names[:2] == ["Puget Structures", "Cascade Aircraft"]
    assert {(s["why"], s["firm"]) for s in body} == {("partner", vc.sejin.pk)}
    assert body[0]["terms"] != []
    # for the current mission, Puget is already a target
    current = [s["name_en"] for s in api.get(url, {"mission": vc.mission.pk}).json()]
    assert "Puget Structures" not in current and "Cascade Aircraft" in current
    added = post(
        api,
        f"/api/valuechains/chains/{vc.chain.pk}/stages/{stage.pk}/targets",
        {"mission": vc.next_mission.pk, "organisation": vc.puget.pk},
    )
    assert added.status_code == 201
    assert (added.json()["priority"], added.json()["notes"]) == (
        2,
        "Value-chain gap: Aircraft value chain / Tier 2 machined parts",
    )
    targets = api.get(f"/api/missions/{vc.next_mission.pk}").json()["targets"]
    assert [t["organisation"] for t in targets] == [vc.puget.pk]
    after = [s["name_en"] for s in api.get(url, {"mission": vc.next_mission.pk}).json()]
    assert "Puget Structures" not in after
    again = post(
        api,
        f"/api/valuechains/chains/{vc.chain.pk}/stages/{stage.pk}/targets",
        {"mission": vc.next_mission.pk, "organisation": vc.puget.pk},
    )
    assert again.json()["detail"] == [
        {"field": "organisation", "message": "Puget Structures is already a target of this mission."}
    ]


def test_a_stage_without_local_firms_gets_organisations_that_do_what_it_does(api, vc):
    stage = vc.stages[0]
    body = api.get(f"/api/valuechains/chains/{vc.chain.pk}/stages/{stage.pk}/suggestions").json()
    assert body[0]["name_en"] == "Cascade Aircraft"
    assert {s["why"] for s in body} == {"stage"}
    assert all(s["country"] == "US" for s in body)
