"""The reports API: same scoping as the pages, figures equal the pages', in the OpenAPI document."""

from decimal import Decimal

import pytest

pytestmark = pytest.mark.django_db


def get(client, user, path, **params):
    client.force_login(user)
    return client.get(f"/api{path}", params)


def test_meetings_with_place_and_attendance(client, results):
    response = get(client, results.staff, f"/missions/{results.a.pk}/meetings")
    assert response.status_code == 200
    rows = {r["id"]: r for r in response.json()}
    assert len(rows) == 8
    m1 = rows[results.m[1].pk]
    assert (m1["attendance"], m1["consultation"], m1["day"], m1["place"]["room"], m1["stop"]["city_en"]) == (
        "held", True, "2027-03-08", "Table 1", "San Jose"
    )
    assert rows[results.m[4].pk]["attendance"] == "no_show"
    assert rows[results.m[7].pk]["place"] is None


def test_outcomes_and_leads_with_money_at_the_missions_rates(client, results):
    outcomes = {o["meeting_id"]: o for o in get(client, results.staff, f"/missions/{results.a.pk}/outcomes").json()}
    assert outcomes[results.m[1].pk]["consultation"] == {
        "amount": "1234.56", "currency": "EUR", "usd": "1333.32", "krw": "1840112"
    }
    assert outcomes[results.m[3].pk]["consultation"] == {
        "amount": "5000000.00", "currency": "JPY", "usd": None, "krw": None  # no rate: named, not guessed
    }
    leads = {x["meeting_id"]: x for x in get(client, results.staff, f"/missions/{results.a.pk}/leads").json()}
    lead = leads[results.m[1].pk]
    assert (lead["stage"], lead["export"]["usd"]) == ("exporting", "21600.00")
    assert [(c["months"], c["stage"]) for c in lead["checkins"]] == [(2, "negotiation"), (6, "exporting"), (12, "")]


def test_report_figures_equal_the_pages(client, results):
    data = get(client, results.staff, f"/missions/{results.a.pk}/report", lang="ko").json()
    summary = {line["key"]: line for line in data["summary"]}
    assert Decimal(summary["consultation"]["usd"]) == Decimal("101333.32")
    assert summary["consultations"]["count"] == 4 and summary["consultations"]["label"] == "상담건수"
    firms = next(t for t in data["tables"] if t["key"] == "firms")
    assert Decimal(firms["totals"]["consultation_krw"]) == Decimal("139840112")
    assert data["lang"] == "ko"


def test_scoping_and_errors(client, results):
    mine = get(client, results.delegate1, f"/missions/{results.a.pk}/meetings").json()
    assert {r["firm"]["id"] for r in mine} == {results.firm1.pk} and len(mine) == 4
    for user in (results.guest, results.other_staff):
        for path in ("meetings", "outcomes", "leads", "report", "report/file"):
            assert get(client, user, f"/missions/{results.a.pk}/{path}").status_code == 404
    bad = get(client, results.staff, f"/missions/{results.a.pk}/meetings", date_from="soon")
    assert (bad.status_code, bad.json()) == (422, {"detail": [{"field": "date_from", "message": "Enter a date as YYYY-MM-DD."}]})
    client.logout()
    assert client.get(f"/api/missions/{results.a.pk}/meetings").status_code == 401


def test_files_overview_and_openapi(client, results):
    response = get(client, results.staff, f"/missions/{results.a.pk}/report/file", format="xlsx", lang="en")
    assert response.status_code == 200 and response.content[:2] == b"PK"
    overview = get(client, results.staff, "/reports/overview").json()
    assert [(m["title_en"], m["year"]) for m in overview["missions"]] == [("Mission A", 2027), ("Mission B", 2026)]
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {"/api/missions/{mission_id}/meetings", "/api/missions/{mission_id}/outcomes",
            "/api/missions/{mission_id}/leads", "/api/missions/{mission_id}/report",
            "/api/missions/{mission_id}/report/file", "/api/reports/overview"} <= set(paths)
