import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gyoryu.accounts.models import Role
from gyoryu.organizations.models import Organisation
from tests.factories import IndustryCodeFactory, MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    membership = MembershipFactory(role=Role.STAFF)
    client.force_login(membership.user)
    client.organiser = membership.organiser
    return client


@pytest.fixture
def directory_world(staff_client):
    o = staff_client.organiser
    OrganisationFactory(
        organiser=o,
        name_ko="대한정밀",
        name_en="Daehan Precision",
        offers_ko="항공기 엔진 부품 정밀 가공, AS9100 인증",
    )
    OrganisationFactory(organiser=o, name_en="Cascade Aero", country="US", offers_en="aerospace engine parts")
    OrganisationFactory(
        organiser=o,
        name_en="Bayline Medical",
        country="US",
        offers_en="ECG patches and hospital monitoring devices",
    )
    OrganisationFactory(
        organiser=o, name_ko="바다식품", name_en="Bada Foods", offers_ko="김 스낵과 수산물 가공 식품 수출"
    )
    OrganisationFactory(organiser=o, name_en="Seattle Public Library", kind="library", country="US")
    IndustryCodeFactory(
        organisation=OrganisationFactory(organiser=o, name_en="Coded"), scheme="NAICS", code="336413"
    )
    OrganisationFactory(name_en="Other organiser's engine shop", offers_en="machined engine parts")
    return staff_client


def _names(client, **params):
    page = client.get("/organisations/", params, HTTP_HX_REQUEST="true")
    assert page.status_code == 200
    return [org.name_en for org in page.context["organisations"]]


def test_directory_search_finds_across_languages_and_keeps_the_filters(directory_world):
    client = directory_world
    # the README's promise: 「항공기 엔진 부품 정밀 가공」 is found by "machined engine parts" (the seafood
    # processor's 「가공」 alone does not make it a match)
    assert _names(client, q="machined engine parts") == ["Daehan Precision", "Cascade Aero"]
    # the very words first, then their translations
    assert _names(client, q="항공기 엔진 부품") == ["Daehan Precision", "Cascade Aero"]
    assert _names(client, q="engine") == ["Cascade Aero", "Daehan Precision"]
    # close in meaning without a shared word (multilingual embeddings)
    assert _names(client, q="aircraft") == ["Daehan Precision", "Cascade Aero"]
    assert _names(client, q="machined engine parts", country="kr") == ["Daehan Precision"]
    assert _names(client, q="machined engine parts", country="US") == ["Cascade Aero"]
    assert _names(client, q="machined engine parts", kind="library") == []
    assert _names(client, q="hospital monitoring") == ["Bayline Medical"]
    # names match as typed, also in part
    assert _names(client, q="대한") == ["Daehan Precision"]
    assert _names(client, q="library") == ["Seattle Public Library"]
    assert _names(client, scheme="NAICS", code="3364") == ["Coded"]
    assert _names(client, q="engine", scheme="NAICS") == []
    page = client.get("/organisations/", {"q": "machined engine parts"})
    assert "대한정밀" in page.content.decode()


def test_directory_search_query_count_does_not_grow_with_rows(staff_client):
    from gyoryu.matchmaking import service

    def add(n):
        for i in range(n):
            org = OrganisationFactory(
                organiser=staff_client.organiser, offers_en=f"machined engine parts, lot {i}"
            )
            IndustryCodeFactory(organisation=org)

    def search():
        with CaptureQueriesContext(connection) as queries:
            page = staff_client.get("/organisations/", {"q": "machined engine parts"})
        assert page.status_code == 200
        return len(queries), len(page.context["organisations"])

    add(3)
    service.reset()
    cold_few, warm_few = search(), search()
    add(10)
    service.reset()
    cold_many, warm_many = search(), search()
    assert (cold_few[1], warm_few[1], cold_many[1], warm_many[1]) == (3, 3, 13, 13)
    assert (cold_many[0], warm_many[0]) == (cold_few[0], warm_few[0])
    service.reset()


def test_directory_query_count_does_not_grow_with_rows(staff_client):
    for _ in range(3):
        IndustryCodeFactory(organisation=OrganisationFactory(organiser=staff_client.organiser))
    with CaptureQueriesContext(connection) as few:
        staff_client.get("/organisations/")
    for _ in range(20):
        IndustryCodeFactory(organisation=OrganisationFactory(organiser=staff_client.organiser))
    with CaptureQueriesContext(connection) as many:
        assert staff_client.get("/organisations/").status_code == 200
    assert len(many) == len(few)


def test_edit_form_saves_both_languages_and_reports_errors_in_korean(staff_client):
    org = OrganisationFactory(organiser=staff_client.organiser, name_en="Old")
    form = {
        "kind": "company",
        "name_ko": "새 이름",
        "name_en": "New",
        "country": "kr",
        "website": "daehan.example",
        "codes": "KSIC 30310",
        "certifications": "AS9100",
        "languages": "ko,en",
    }
    response = staff_client.post(f"/organisations/{org.pk}/edit/", form)
    assert response.status_code == 302
    org.refresh_from_db()
    assert (org.name_ko, org.name_en, org.country, org.website, org.version) == (
        "새 이름",
        "New",
        "KR",
        "https://daehan.example",
        2,
    )
    page = staff_client.post(
        f"/organisations/{org.pk}/edit/",
        {**form, "country": "Korea", "codes": "KSIC x"},
        HTTP_ACCEPT_LANGUAGE="ko",
    )
    assert page.status_code == 200
    text = page.content.decode()
    assert "KR, US 같은 두 글자 ISO 국가 코드를 쓰세요." in text
    assert "“X”은(는) 올바른 KSIC 코드가 아닙니다." in text
    org.refresh_from_db()
    assert org.country == "KR"


def test_create_page_and_language_switch(staff_client):
    response = staff_client.post(
        "/organisations/new/", {"kind": "association", "name_en": "KSEA", "country": "US"}
    )
    assert response.status_code == 302
    assert Organisation.objects.get(name_en="KSEA").organiser == staff_client.organiser
    staff_client.post("/i18n/setlang/", {"language": "ko", "next": "/organisations/"})
    assert "기관" in staff_client.get("/organisations/").content.decode()
