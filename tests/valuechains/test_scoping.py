"""Who sees and changes what, on pages and in the API: staff their organiser's chains with everything; a
delegation member or a partner guest a chain only where its own organisation is accepted, and of it only
its own placements (no gaps, proposals or suggestions); staff of another organiser nothing (404)."""

import pytest

from gyoryu.valuechains import domain, queries
from gyoryu.valuechains.models import Placement

pytestmark = pytest.mark.django_db


@pytest.fixture
def placed(mapped):
    """The mapped chain, with a proposed (not yet accepted) Cascadia lab and a second chain where only
    the lab is accepted."""
    domain.place(stage=mapped.stages[3], organisation=mapped.lab, user=mapped.staff)
    other = domain.create_chain(
        organiser=mapped.organiser,
        data={"sector": "other", "name_en": "Research chain"},
        stages=[{"name_en": "Research"}],
    )
    placement = domain.place(stage=other.stages.get(), organisation=mapped.lab, user=mapped.staff)
    domain.accept_placement(placement=placement, user=mapped.staff)
    mapped.other_chain = other
    return mapped


def names(qs):
    return sorted(c.name_en for c in qs)


def test_visible_chains_and_placements_by_role(placed):
    w = placed
    assert names(queries.visible_chains(w.staff)) == ["Aircraft value chain", "Research chain"]
    assert names(queries.visible_chains(w.admin)) == ["Aircraft value chain", "Research chain"]
    assert names(queries.visible_chains(w.delegate)) == ["Aircraft value chain"]
    assert names(queries.visible_chains(w.guest)) == ["Aircraft value chain"]
    assert names(queries.visible_chains(w.other_staff)) == []
    own = queries.visible_placements(w.delegate)
    assert [(p.organisation.name_en, p.status) for p in own] == [("Sejin Aerotech", "accepted")]
    assert [p.organisation.name_en for p in queries.visible_placements(w.guest)] == ["Puget Structures"]
    assert queries.visible_placements(w.staff).count() == 6


def test_a_firm_that_is_only_proposed_sees_no_chain(placed):
    domain.reject_placement(
        placement=Placement.objects.get(organisation=placed.sejin), user=placed.staff, note="not tier 2"
    )
    assert names(queries.visible_chains(placed.delegate)) == []


@pytest.mark.parametrize(
    ("who", "chains", "placements"),
    [
        ("staff", {"Aircraft value chain", "Research chain"}, 5),
        ("delegate", {"Aircraft value chain"}, 1),
        ("guest", {"Aircraft value chain"}, 1),
        ("other_staff", set(), 0),
    ],
)
def test_pages_and_api_answer_404_for_what_is_not_visible(client, placed, who, chains, placements):
    w = placed
    client.force_login(getattr(w, who))
    listing = client.get("/valuechains/").content.decode()
    assert {c["name_en"] for c in client.get("/api/valuechains/chains").json()} == chains
    for chain in (w.chain, w.other_chain):
        visible = chain.name_en in chains
        expected = 200 if visible else 404
        assert (chain.name_en in listing) == visible
        assert client.get(f"/valuechains/{chain.pk}/").status_code == expected
        assert client.get(f"/api/valuechains/chains/{chain.pk}").status_code == expected
        assert client.get(f"/api/valuechains/chains/{chain.pk}/placements").status_code == expected
    body = client.get(f"/api/valuechains/chains/{w.chain.pk}/placements").json() if chains else []
    assert len(body) == (placements if w.chain.name_en in chains else 0)
    lab = Placement.objects.get(stage__chain=w.chain, organisation=w.lab)
    assert client.get(f"/api/valuechains/placements/{lab.pk}").status_code == (200 if who == "staff" else 404)


@pytest.mark.parametrize("who", ["delegate", "guest"])
def test_delegates_and_guests_see_their_own_placement_but_no_planning(client, placed, who):
    w = placed
    client.force_login(getattr(w, who))
    own = w.sejin if who == "delegate" else w.puget
    page = client.get(f"/valuechains/{w.chain.pk}/").content.decode()
    assert own.name_en in page
    for hidden in {w.sejin, w.puget, w.cascade, w.cera, w.lab} - {own}:
        assert hidden.name_en not in page
    assert 'data-testid="gap"' not in page
    assert "Propose placements" not in page
    stage = w.stages[0]
    for url in (
        f"/api/valuechains/chains/{w.chain.pk}/gaps",
        f"/api/valuechains/chains/{w.chain.pk}/stages/{stage.pk}/suggestions",
        f"/valuechains/{w.chain.pk}/stages/{stage.pk}/suggestions/",
    ):
        assert client.get(url).status_code == 404
    mine = Placement.objects.get(stage__chain=w.chain, organisation=own)
    assert (
        client.post(
            f"/api/valuechains/placements/{mine.pk}/reject", {"note": "x"}, content_type="application/json"
        ).status_code
        == 403
    )
    assert client.post(f"/valuechains/{w.chain.pk}/propose/").status_code == 403
    target = client.post(
        f"/api/valuechains/chains/{w.chain.pk}/stages/{stage.pk}/targets",
        {"mission": w.next_mission.pk, "organisation": w.cascade.pk},
        content_type="application/json",
    )
    assert target.status_code == 403
    assert w.next_mission.targets.count() == 0
    mine.refresh_from_db()
    assert mine.status == "accepted"


def test_other_organisers_staff_cannot_reach_anything_by_id(client, placed):
    w = placed
    client.force_login(w.other_staff)
    stage = w.stages[3]
    placement = Placement.objects.get(stage=stage, organisation=w.cera)
    for url in (
        f"/valuechains/{w.chain.pk}/",
        f"/valuechains/{w.chain.pk}/stages/{stage.pk}/suggestions/",
        f"/valuechains/{w.chain.pk}/stages/{stage.pk}/edit/",
        f"/api/valuechains/chains/{w.chain.pk}/gaps",
        f"/api/valuechains/chains/{w.chain.pk}/stages",
        f"/api/valuechains/placements/{placement.pk}",
    ):
        assert client.get(url).status_code == 404, url
    for url, data in (
        (f"/api/valuechains/placements/{placement.pk}/reject", {"note": "x"}),
        (f"/api/valuechains/chains/{w.chain.pk}/proposals", {}),
        (
            f"/api/valuechains/chains/{w.chain.pk}/placements",
            {"stage_id": stage.pk, "organisation": w.lab.pk},
        ),
    ):
        assert client.post(url, data, content_type="application/json").status_code == 404, url
    assert (
        client.post(
            f"/valuechains/{w.chain.pk}/placements/{placement.pk}/", {"decision": "reject", "note": "x"}
        ).status_code
        == 404
    )
    placement.refresh_from_db()
    assert placement.status == "accepted"


def test_staff_cannot_reach_another_chains_stage_through_its_own(client, placed):
    """A stage id of one chain under another chain's id answers 404."""
    w = placed
    client.force_login(w.staff)
    foreign_stage = w.other_chain.stages.get()
    assert (
        client.get(f"/api/valuechains/chains/{w.chain.pk}/stages/{foreign_stage.pk}/suggestions").status_code
        == 404
    )
    added = client.post(
        f"/api/valuechains/chains/{w.chain.pk}/stages/{foreign_stage.pk}/targets",
        {"mission": w.next_mission.pk, "organisation": w.cascade.pk},
        content_type="application/json",
    )
    assert added.status_code == 404
    assert w.next_mission.targets.count() == 0
