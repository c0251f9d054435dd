"""Suggested partners and code suggestions through the product: database, engine, pages and API."""

import pytest

from gyoryu.accounts.models import Role
from gyoryu.matchmaking import service
from gyoryu.matchmaking.models import ProfileVector
from gyoryu.organizations import domain
from tests.factories import MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_engines():
    service.reset()
    yield
    service.reset()


@pytest.fixture
def world(client):
    membership = MembershipFactory(role=Role.STAFF)
    o = membership.organiser
    firm = OrganisationFactory(
        organiser=o,
        name_ko="세진에어로텍",
        name_en="",
        offers_en="",
        offers_ko="항공기 엔진 부품 정밀 가공, AS9100 인증",
        seeks_ko="미국 항공기 제조사 공급망 진입",
    )
    buyer = OrganisationFactory(
        organiser=o,
        name_en="Puget Aerostructures",
        name_ko="",
        country="US",
        seeks_en="aerospace supplier for machined engine parts",
        offers_en="airframe assembly for Boeing programmes",
    )
    OrganisationFactory(
        organiser=o,
        name_en="Bayline Medical",
        name_ko="",
        country="US",
        seeks_en="ECG patches and hospital monitoring devices",
        offers_en="medical distribution",
    )
    OrganisationFactory(name_en="Other organiser's aero buyer", seeks_en="machined engine parts supplier")
    client.force_login(membership.user)
    return {"firm": firm, "buyer": buyer, "client": client, "organiser": o}


def test_cross_lingual_suggestion_with_reasons_and_stored_vectors(world):
    client, firm, buyer = world["client"], world["firm"], world["buyer"]
    response = client.get(f"/api/matchmaking/organisations/{firm.pk}/suggestions")
    assert response.status_code == 200
    body = response.json()
    assert body[0]["organisation"] == buyer.pk
    assert body[0]["side"] == "seeks"  # the buyer needs what the firm offers
    assert body[0]["sentences"]["document"] == "aerospace supplier for machined engine parts"
    names = [s["name_en"] for s in body]
    assert "Other organiser's aero buyer" not in names
    assert ProfileVector.objects.count() == 3  # only this organiser's profiles, computed once
    client.get(f"/api/matchmaking/organisations/{firm.pk}/suggestions")
    assert ProfileVector.objects.count() == 3
    page = client.get(f"/match/organisations/{firm.pk}/")
    assert "Puget Aerostructures" in page.content.decode()


def test_editing_a_profile_updates_the_index(world):
    client, firm, buyer = world["client"], world["firm"], world["buyer"]
    client.get(f"/api/matchmaking/organisations/{firm.pk}/suggestions")
    before = ProfileVector.objects.get(organisation=buyer).version
    domain.update_organisation(organisation=buyer, data={"seeks_en": "ECG patches for cardiology wards"})
    med = OrganisationFactory(
        organiser=world["organiser"],
        name_ko="온누리메디텍",
        name_en="",
        country="KR",
        offers_ko="심전도 패치, 웨어러블 심전도 모니터",
    )
    body = client.get(f"/api/matchmaking/organisations/{med.pk}/suggestions").json()
    hit = next(s for s in body if s["organisation"] == buyer.pk)
    assert hit["sentences"]["document"] == "ECG patches for cardiology wards"
    assert ProfileVector.objects.get(organisation=buyer).version != before
    assert ProfileVector.objects.count() == 4


def test_free_text_search_and_empty_cases(world):
    client = world["client"]
    hits = client.post(
        "/api/matchmaking/search",
        {"text": "정밀 가공 항공 부품 공급사", "side": "seeks"},
        content_type="application/json",
    ).json()
    assert hits[0]["organisation"] == world["buyer"].pk
    assert (
        client.post("/api/matchmaking/search", {"text": "   "}, content_type="application/json").json() == []
    )
    assert (
        client.post(
            "/api/matchmaking/search", {"text": "x", "side": "sideways"}, content_type="application/json"
        ).status_code
        == 422
    )


def test_code_suggestions_need_imported_tables_then_work(world, shared_data):
    from gyoryu.classification import domain as codes

    client = world["client"]
    text = {"text": "항공기 엔진 부품 정밀 가공, AS9100 인증"}
    assert client.post("/api/matchmaking/codes", text, content_type="application/json").json() == []
    ref = shared_data / "reference"
    codes.import_code_file(scheme="ksic", path=ref / "ksic11_codes.csv")
    codes.import_code_file(scheme="isic", path=ref / "isic4_codes.csv")
    body = client.post("/api/matchmaking/codes", text, content_type="application/json").json()
    assert [s["code"][:3] for s in body[:1]] == ["313"]
    assert body[0]["confidence"] > 0
    page = client.post("/match/codes/", {"offers_ko": text["text"]})
    assert "KSIC 313" in page.content.decode()


def test_index_command_stores_every_profile(world, capsys):
    from gyoryu.cli import main

    assert main(["index"]) == 0
    assert capsys.readouterr().out.startswith("indexed 4 profiles in ")
    assert ProfileVector.objects.count() == 4
