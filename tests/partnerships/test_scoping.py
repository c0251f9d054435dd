"""Who sees and changes what, on pages and in the API: staff their organiser's agreements; a delegation
member and a partner guest the agreements their own organisation is party to, read-only; staff of another
organiser nothing (404)."""

import datetime as dt

import pytest

from gyoryu.partnerships import programmes, queries
from tests.partnerships.conftest import login, make_agreement

pytestmark = pytest.mark.django_db


@pytest.fixture
def three(ties):
    cities = make_agreement(ties, title_en="Cities")
    firm = make_agreement(ties, ties.firm, ties.library, title_en="Firm and library", kind="mou")
    partner = make_agreement(
        ties, ties.city, ties.partner, title_en="City and partner", kind="letter_of_intent"
    )
    for agreement in (cities, firm, partner):
        programmes.create_programme(
            agreement=agreement,
            data={
                "type": "cultural_event",
                "title_en": f"Event of {agreement}",
                "starts_on": dt.date(2027, 5, 1),
                "ends_on": dt.date(2027, 5, 2),
            },
        )
    return {"cities": cities, "firm": firm, "partner": partner}


def titles(qs):
    return sorted(a.title_en for a in qs)


def test_visible_agreements_by_role(ties, three):
    assert titles(queries.visible_agreements(ties.staff)) == [
        "Cities",
        "City and partner",
        "Firm and library",
    ]
    assert titles(queries.visible_agreements(ties.delegate)) == ["Firm and library"]
    assert titles(queries.visible_agreements(ties.guest)) == ["City and partner"]
    assert titles(queries.visible_agreements(ties.other_staff)) == []
    assert sorted(p.title_en for p in queries.visible_programmes(ties.delegate)) == [
        "Event of Firm and library"
    ]


@pytest.mark.parametrize(
    ("who", "visible"),
    [
        ("staff", {"cities", "firm", "partner"}),
        ("delegate", {"firm"}),
        ("guest", {"partner"}),
        ("other_staff", set()),
    ],
)
def test_pages_and_api_answer_404_for_what_is_not_visible(client, ties, three, who, visible):
    login(client, getattr(ties, who))
    listing = client.get("/partnerships/").content.decode()
    api_list = client.get("/api/partnerships/agreements").json()
    assert {a["title_en"] for a in api_list} == {three[k].title_en for k in visible}
    for key, agreement in three.items():
        expected = 200 if key in visible else 404
        assert (agreement.title_en in listing) == (key in visible)
        assert client.get(f"/partnerships/{agreement.pk}/").status_code == expected
        assert client.get(f"/api/partnerships/agreements/{agreement.pk}").status_code == expected
        programme = agreement.programmes.get()
        assert client.get(f"/partnerships/programmes/{programme.pk}/").status_code == expected
        assert client.get(f"/api/partnerships/programmes/{programme.pk}").status_code == expected


def test_delegates_and_guests_read_but_do_not_change(client, ties, three):
    agreement = three["firm"]
    login(client, ties.delegate)
    page = client.get(f"/partnerships/{agreement.pk}/").content.decode()
    assert "Change status" not in page and "Upload" not in page
    assert client.post(f"/partnerships/{agreement.pk}/status/", {"to": "under_review"}).status_code == 403
    assert client.get(f"/partnerships/{agreement.pk}/edit/").status_code == 403
    assert client.get(f"/partnerships/{agreement.pk}/programmes/new/").status_code == 403
    response = client.post(
        f"/api/partnerships/agreements/{agreement.pk}/status",
        {"to": "under_review"},
        content_type="application/json",
    )
    assert response.status_code == 403
    assert client.get("/partnerships/new/").status_code == 403
    assert client.get("/partnerships/network/").status_code == 404
    assert client.get("/api/partnerships/network").status_code == 404
    agreement.refresh_from_db()
    assert agreement.status == "proposed"


def test_other_staff_cannot_reach_the_network_or_ties_of_another_organiser(client, ties, three):
    login(client, ties.other_staff)
    assert client.get(f"/partnerships/missions/{ties.mission.pk}/ties/").status_code == 404
    assert client.get("/api/partnerships/network").json() == {"nodes": [], "edges": [], "key_connectors": []}


def test_staff_create_and_move_an_agreement_through_the_api(client, ties):
    login(client, ties.staff)
    payload = {
        "kind": "exchange",
        "title_ko": "교류협력 협약",
        "title_en": "Exchange agreement",
        "areas": ["industry", "culture"],
        "parties": [ties.city.pk, ties.foreign_city.pk],
        "owner": ties.mayor.pk,
    }
    created = client.post("/api/partnerships/agreements", payload, content_type="application/json")
    assert created.status_code == 201
    body = created.json()
    assert (body["status"], body["allowed_next"], [p["name_en"] for p in body["parties"]]) == (
        "proposed",
        ["under_review", "ended"],
        ["Changwon", "City of Redmond"],
    )
    url = f"/api/partnerships/agreements/{body['id']}/status"
    refused = client.post(url, {"to": "active"}, content_type="application/json", HTTP_ACCEPT_LANGUAGE="ko")
    assert refused.status_code == 422
    assert refused.json() == {
        "detail": [
            {
                "field": "to",
                "message": "“제안” 상태의 협약은 “발효” 상태가 될 수 없습니다. “제안” 상태에서 가능한 다음 상태: 검토 중, 종료.",
            }
        ]
    }
    moved = client.post(url, {"to": "under_review", "note": "to council"}, content_type="application/json")
    assert moved.status_code == 201
    assert (moved.json()["from_status"], moved.json()["to_status"], moved.json()["by"]) == (
        "proposed",
        "under_review",
        ties.staff.username,
    )
    patched = client.patch(
        f"/api/partnerships/agreements/{body['id']}", {"areas": ["library"]}, content_type="application/json"
    )
    assert (patched.status_code, patched.json()["areas"], patched.json()["status"]) == (
        200,
        ["library"],
        "under_review",
    )
    bad = client.post(
        "/api/partnerships/agreements",
        {**payload, "parties": [ties.city.pk]},
        content_type="application/json",
    )
    assert bad.status_code == 422
    assert bad.json() == {
        "detail": [{"field": "parties", "message": "An agreement has at least two parties."}]
    }


def test_programmes_through_the_api(client, ties, three):
    login(client, ties.staff)
    agreement = three["cities"]
    payload = {
        "type": "student_exchange",
        "title_en": "Student exchange",
        "starts_on": "2027-08-02",
        "ends_on": "2027-08-16",
        "participants": [ties.mayor.pk],
        "mission": ties.mission.pk,
    }
    created = client.post(
        f"/api/partnerships/agreements/{agreement.pk}/programmes", payload, content_type="application/json"
    )
    assert created.status_code == 201
    body = created.json()
    assert (
        body["area"],
        body["direction"],
        body["state"],
        body["headcount"],
        body["participants"],
        body["mission"],
    ) == (
        "academia",
        "both",
        "planned",
        1,
        [ties.mayor.pk],
        ties.mission.pk,
    )
    patched = client.patch(
        f"/api/partnerships/programmes/{body['id']}", {"headcount": 20}, content_type="application/json"
    )
    assert (patched.status_code, patched.json()["headcount"], patched.json()["participants"]) == (
        200,
        20,
        [ties.mayor.pk],
    )
    listed = client.get(f"/api/partnerships/programmes?mission={ties.mission.pk}").json()
    assert [p["title_en"] for p in listed] == ["Student exchange"]


def test_the_openapi_document_describes_partnerships(client, ties):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {
        "/api/partnerships/agreements",
        "/api/partnerships/agreements/{agreement_id}",
        "/api/partnerships/agreements/{agreement_id}/status",
        "/api/partnerships/agreements/{agreement_id}/documents",
        "/api/partnerships/agreements/{agreement_id}/obligations",
        "/api/partnerships/agreements/{agreement_id}/programmes",
        "/api/partnerships/programmes",
        "/api/partnerships/programmes/{programme_id}",
        "/api/partnerships/network",
    } <= set(paths)
