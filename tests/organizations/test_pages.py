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


def test_directory_searches_both_languages_and_filters(staff_client):
    o = staff_client.organiser
    OrganisationFactory(
        organiser=o, name_ko="대한정밀", name_en="Daehan Precision", offers_ko="항공기 엔진 부품"
    )
    OrganisationFactory(organiser=o, name_en="Cascade Aero", country="US", offers_en="aerospace engine parts")
    IndustryCodeFactory(
        organisation=OrganisationFactory(organiser=o, name_en="Coded"), scheme="NAICS", code="336413"
    )

    def names(**params):
        page = staff_client.get("/organisations/", params, HTTP_HX_REQUEST="true")
        return sorted(org.name_en for org in page.context["organisations"])

    assert names(q="항공기") == ["Daehan Precision"]
    assert names(q="engine") == ["Cascade Aero"]
    assert names(country="us") == ["Cascade Aero"]
    assert names(scheme="NAICS", code="3364") == ["Coded"]


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
