"""Result pages: who sees what, filters, downloads, the firm sheet, the overview; fixed query counts."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gyoryu.followup import domain
from tests.reports.conftest import UTC, _meeting, outcome

pytestmark = pytest.mark.django_db


def url(results, suffix=""):
    return f"/reports/missions/{results.a.pk}/{suffix}"


def kpi(response, key) -> str:
    match = re.search(rf'data-testid="kpi-{key}"><b[^>]*>([^<]+)</b>', response.content.decode())
    return match.group(1) if match else ""


def test_staff_see_the_whole_mission(client, results):
    client.force_login(results.staff)
    response = client.get(url(results))
    assert response.status_code == 200
    assert [kpi(response, k) for k in ("companies", "consultations", "consultation", "mous", "export")] == [
        "3", "4", "USD 101,333", "2", "USD 21,600"
    ]
    body = response.content.decode()
    assert 'data-testid="table-missing"' in body and "JPY" in body
    assert body.count('<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img"') == 4
    assert "<title id=" in body and "Daegu Motors: USD 101,333 · 3" in body  # the values as text


def test_a_delegate_sees_its_own_firm_only_and_guests_nothing(client, results):
    client.force_login(results.delegate2)
    response = client.get(url(results))
    body = response.content.decode()
    assert (response.status_code, kpi(response, "consultations"), kpi(response, "companies")) == (200, "1", "1")
    assert "Busan Optics" in body and "Daegu Motors" not in body
    assert client.get(url(results, f"firms/{results.firm1.pk}/")).status_code == 404
    assert client.get(url(results, f"firms/{results.firm2.pk}/")).status_code == 200
    for user in (results.guest, results.other_staff):
        client.force_login(user)
        assert client.get(url(results)).status_code == 404
        assert client.get(url(results, "download/?format=xlsx")).status_code == 404
        assert client.get(url(results, f"firms/{results.firm1.pk}/")).status_code == 404


def test_filters_narrow_the_figures_and_bad_values_are_named(client, results):
    client.force_login(results.staff)
    response = client.get(url(results), {"country": "DE"})
    assert kpi(response, "consultation") == "USD 100,000"
    response = client.get(url(results), {"country": "Germany", "date_from": "next week"})
    assert response.status_code == 400
    errors = re.search(r'data-testid="filter-errors">(.*?)</ul>', response.content.decode(), re.S).group(1)
    assert "Use a two-letter country code, e.g. US." in errors and "Enter a date as YYYY-MM-DD." in errors
    response = client.get(url(results), {"country": "DE"}, HTTP_ACCEPT_LANGUAGE="ko")
    assert "download/?country=DE&amp;format=xlsx&amp;lang=ko" in response.content.decode()


@pytest.mark.parametrize("fmt,kind", [("xlsx", "spreadsheetml"), ("pdf", "application/pdf"), ("csv", "text/csv")])
def test_downloads(client, results, fmt, kind):
    client.force_login(results.staff)
    response = client.get(url(results, "download/"), {"format": fmt, "lang": "ko", "country": "DE"})
    assert response.status_code == 200 and kind in response["Content-Type"]
    assert response["Content-Disposition"] == f'attachment; filename="gyoryu-report-{results.a.pk}-ko.{fmt}"'
    bad = client.get(url(results, "download/"), {"format": "docx"})
    assert (bad.status_code, bad.content.decode()) == (400, "Unknown format docx: use xlsx, pdf or csv.")


def test_firm_sheet_page_and_pdf(client, results):
    client.force_login(results.staff)
    response = client.get(url(results, f"firms/{results.firm1.pk}/"))
    assert response.status_code == 200 and kpi(response, "consultations") == "3"
    pdf = client.get(url(results, f"firms/{results.firm1.pk}/"), {"format": "pdf", "lang": "en"})
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert client.get(url(results, f"firms/{results.acme.pk}/")).status_code == 404  # not in the delegation


def test_overview_across_missions_and_years(client, results):
    client.force_login(results.staff)
    response = client.get("/reports/")
    body = response.content.decode()
    years = re.search(r'data-testid="years">(.*?)</section>', body, re.S).group(1)
    assert re.findall(r'<th scope="row">(\d{4})</th>', years) == ["2027", "2026"]
    assert "Some amounts have no conversion rate: JPY" in body
    client.force_login(results.guest)
    assert client.get("/reports/").status_code == 404


def test_dashboard_query_count_does_not_grow_with_meetings(client, results):
    client.force_login(results.staff)
    with CaptureQueriesContext(connection) as few:
        assert client.get(url(results)).status_code == 200
    with CaptureQueriesContext(connection) as overview_few:
        client.get("/reports/")
    stop = results.a.stops.get(order=2)
    room = stop.venues.first().rooms.first()
    schedule = results.a.schedules.get()
    for i in range(6):
        m = _meeting(results.a, results.firm3, results.tokyo, stop=stop, room=room, schedule=schedule,
                     at=dt.datetime(2027, 3, 12, 18, 10 * i, tzinfo=UTC))
        domain.save_outcome(meeting=m, user=results.staff, version=0, data=outcome(
            interest="high", consultation_amount="10", consultation_currency="USD"))
    with CaptureQueriesContext(connection) as many:
        response = client.get(url(results))
    assert kpi(response, "consultations") == "10"
    assert len(many) == len(few)
    with CaptureQueriesContext(connection) as overview_many:
        client.get("/reports/")
    assert len(overview_many) == len(overview_few)
