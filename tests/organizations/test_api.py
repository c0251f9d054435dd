import pytest

from gyoryu.accounts.models import Role
from tests.factories import MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    membership = MembershipFactory(role=Role.STAFF)
    client.force_login(membership.user)
    client.organiser = membership.organiser
    return client


def test_create_read_patch_organisation(staff_client):
    body = {
        "name_ko": "대한정밀",
        "country": "kr",
        "offers_ko": "항공기 엔진 부품 정밀 가공",
        "certifications": ["AS9100"],
        "languages": ["ko"],
        "codes": ["KSIC 30310"],
    }
    created = staff_client.post("/api/organisations/", body, content_type="application/json")
    assert created.status_code == 201
    data = created.json()
    assert (data["country"], data["codes"], data["version"]) == (
        "KR",
        [{"scheme": "KSIC", "code": "30310"}],
        1,
    )
    patched = staff_client.patch(
        f"/api/organisations/{data['id']}",
        {"offers_en": "machined engine parts"},
        content_type="application/json",
    ).json()
    assert (patched["offers_en"], patched["offers_ko"], patched["version"]) == (
        "machined engine parts",
        "항공기 엔진 부품 정밀 가공",
        2,
    )
    assert patched["codes"] == [{"scheme": "KSIC", "code": "30310"}]


def test_invalid_input_gets_every_error_in_the_users_language(staff_client):
    response = staff_client.post(
        "/api/organisations/",
        {"country": "Korea", "codes": ["KSIC 1234567"], "languages": ["korean"]},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="ko",
    )
    assert response.status_code == 422
    fields = {e["field"] for e in response.json()["detail"]}
    assert fields == {"country", "codes", "languages", "name_en"}
    assert "두 글자" in " ".join(e["message"] for e in response.json()["detail"])


def test_malformed_json_is_refused_cleanly(staff_client):
    response = staff_client.post("/api/organisations/", "{", content_type="application/json")
    assert response.status_code in (400, 422)


def test_openapi_document_lists_the_resources(client):
    doc = client.get("/api/openapi.json").json()
    assert {
        "/api/organisations/",
        "/api/organisations/{org_id}",
        "/api/people/",
        "/api/missions/",
        "/api/missions/{mission_id}",
        "/api/missions/{mission_id}/stops",
    } <= set(doc["paths"])
    assert client.get("/api/docs").status_code == 200


def test_long_text_is_not_silently_truncated(staff_client):
    org = OrganisationFactory(organiser=staff_client.organiser)
    response = staff_client.patch(
        f"/api/organisations/{org.pk}", {"name_en": "x" * 201}, content_type="application/json"
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["field"] == "name_en"


def test_paging_parameters_are_checked(staff_client):
    assert staff_client.get("/api/organisations/?offset=-1").status_code == 422
    assert staff_client.get("/api/people/?limit=0").status_code == 422
    assert staff_client.get("/api/people/?limit=501").status_code == 422
    OrganisationFactory.create_batch(3, organiser=staff_client.organiser)
    assert len(staff_client.get("/api/organisations/?limit=2&offset=2").json()) == 1


def test_directory_search_in_the_api_is_cross_lingual(staff_client):
    o = staff_client.organiser
    daehan = OrganisationFactory(
        organiser=o, name_ko="대한정밀", name_en="", offers_ko="항공기 엔진 부품 정밀 가공"
    )
    OrganisationFactory(
        organiser=o, name_en="Bada Foods", name_ko="", offers_ko="김 스낵과 수산물 가공 식품 수출"
    )
    OrganisationFactory(name_en="Other organiser's engine shop", offers_en="machined engine parts")
    found = staff_client.get("/api/organisations/", {"q": "machined engine parts"}).json()
    assert [(org["id"], org["name_ko"]) for org in found] == [(daehan.pk, "대한정밀")]
    assert (
        staff_client.get("/api/organisations/", {"q": "machined engine parts", "country": "US"}).json() == []
    )
    assert staff_client.get("/api/organisations/", {"q": "machined engine parts", "offset": 1}).json() == []
