"""History pages, downloads and API: organiser staff see their organiser's changes; nobody else sees any."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from python_calamine import CalamineWorkbook

from gyoryu.accounts.domain import issue_api_token
from gyoryu.audit.context import acting
from gyoryu.missions import domain as missions
from gyoryu.organizations import domain as organizations
from tests.factories import StopFactory
from tests.world import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def w():
    world = build_world()
    with acting(via="web", username=world.staff.username):
        missions.update_mission(mission=world.mission, data={"status": "recruiting", "title_en": "Mission Alpha"})
    with acting(via="web", username=world.other_staff.username):
        missions.update_mission(mission=world.other_mission, data={"title_en": "Mission Beta"})
    return world


def test_staff_read_their_missions_history_with_labels_in_their_language(client, w):
    client.force_login(w.staff)
    page = client.get(f"/history/mission/{w.mission.pk}/", HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 200
    [row] = [r for r in page.context["rows"] if r.action == "changed"]
    assert (row.actor, row.via, row.what, row.name) == (w.staff.username, "web page", "mission", "Mission Alpha")
    assert [(c.label, c.before, c.after) for c in row.changes] == [  # in the model's order of fields
        ("title (English)", "Mission A", "Mission Alpha"),
        ("status", "Planning", "Recruiting"),
    ]
    client.cookies["django_language"] = "ko"
    page = client.get(f"/history/mission/{w.mission.pk}/", HTTP_ACCEPT_LANGUAGE="ko")
    [row] = [r for r in page.context["rows"] if r.action == "변경"]
    assert [(c.label, c.before, c.after) for c in row.changes] == [
        ("제목 (영어)", "Mission A", "Mission Alpha"),
        ("상태", "기획", "참가 모집"),
    ]
    assert row.what == "사절단" and row.via == "웹 페이지"


def test_history_is_never_shown_to_other_organisers_delegates_or_guests(client, w):
    url = f"/history/mission/{w.mission.pk}/"
    for user, status in ((w.other_staff, 404), (w.delegate, 404), (w.guest, 404)):
        client.force_login(user)
        assert client.get(url).status_code == status
        assert client.get(f"/history/mission/{w.mission.pk}/recent/").status_code == status
        assert client.get(f"/history/mission/{w.mission.pk}/export.csv").status_code == status
    for user in (w.delegate, w.guest):
        client.force_login(user)
        assert client.get("/history/").status_code == 403
        assert client.get("/history/export.xlsx").status_code == 403
        dashboard = client.get(f"/missions/{w.mission.pk}/").content.decode()
        assert 'data-testid="history-section"' not in dashboard
    client.force_login(w.staff)
    assert 'data-testid="history-section"' in client.get(f"/missions/{w.mission.pk}/").content.decode()
    names = {r.name for r in client.get("/history/").context["rows"]}
    assert "Mission Alpha" in names and "Mission Beta" not in names
    client.force_login(w.other_staff)
    names = {r.name for r in client.get("/history/").context["rows"]}
    assert "Mission Beta" in names and "Mission Alpha" not in names
    client.force_login(w.admin)
    names = {r.name for r in client.get("/history/").context["rows"]}
    assert {"Mission Alpha", "Mission Beta"} <= names


def test_the_object_page_loads_its_latest_changes(client, w):
    client.force_login(w.staff)
    recent = client.get(f"/history/mission/{w.mission.pk}/recent/")
    body = recent.content.decode()
    assert recent.status_code == 200 and "Mission Alpha" in body and f"/history/mission/{w.mission.pk}/" in body
    person = w.firm_person
    with acting(via="web", username=w.staff.username):
        organizations.update_person(person=person, data={"phone": "010-1234-5678"})
    page = client.get(f"/organisations/people/{person.pk}/").content.decode()
    assert f'hx-get="/history/person/{person.pk}/recent/"' in page
    rows = client.get(f"/history/person/{person.pk}/recent/").context["rows"]
    assert [(c.label, c.before, c.after) for c in rows[0].changes] == [("phone", "—", "010-1234-5678")]


def test_downloads_neutralise_formulas(client, w):
    with acting(via="web", username=w.staff.username):
        organizations.update_organisation(organisation=w.unrelated, data={"city": '=HYPERLINK("http://x.example")'})
    client.force_login(w.staff)
    text = client.get("/history/export.csv?model=organizations.Organisation").content.decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text)))
    assert lines[0] == ["When", "Who", "Through", "Action", "What", "Object", "Field", "Before", "After"]
    changed = [line for line in lines if line[3] == "changed"]
    assert [line[6:] for line in changed] == [["city", "—", "'=HYPERLINK(\"http://x.example\")"]]
    book = client.get("/history/export.xlsx?model=organizations.Organisation").content
    sheet = CalamineWorkbook.from_filelike(io.BytesIO(book)).get_sheet_by_index(0).to_python()
    [changed] = [row for row in sheet if row[3] == "changed"]
    assert changed[6:] == ["city", "—", '=HYPERLINK("http://x.example")']  # a text cell, not a formula
    from openpyxl import load_workbook

    cells = load_workbook(io.BytesIO(book)).active
    formula_cells = [c for row in cells.iter_rows() for c in row if c.data_type == "f"]
    assert formula_cells == []


def test_history_filters_by_day_model_and_account(client, w):
    client.force_login(w.staff)
    rows = client.get(f"/history/?actor={w.staff.username}").context["rows"]
    assert {r.actor for r in rows} == {w.staff.username}
    rows = client.get("/history/?model=missions.Stop").context["rows"]
    assert {r.what for r in rows} == {"stop"}
    bad = client.get("/history/?since=2027-03-10&until=2027-03-01")
    assert "The end date comes before the start date." in bad.content.decode()


def test_the_history_page_costs_the_same_queries_for_few_or_many_changes(client, w):
    client.force_login(w.staff)
    url = f"/history/mission/{w.mission.pk}/"
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        shown = len(client.get(url).context["rows"])
    for n in range(12):
        with acting(via="web", username=w.staff.username):
            StopFactory(mission=w.mission, order=100 + n, city_en=f"City {n}")
    with CaptureQueriesContext(connection) as many:
        page = client.get(url)
    assert len(page.context["rows"]) == shown + 12
    assert len(many) == len(few)


def test_the_api_gives_staff_their_organisers_history(client, w):
    token = issue_api_token(user=w.staff, name="audit")
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    entries = client.get(f"/api/history?kind=mission&id={w.mission.pk}", **auth).json()
    changed = [e for e in entries if e["action"] == "update"]
    assert [(e["actor"], e["via"], e["model"], e["object"]) for e in changed] == [
        (w.staff.username, "web", "missions.Mission", "Mission Alpha")
    ]
    assert changed[0]["changes"][1] == {"field": "status", "label": "status", "before": "Planning", "after": "Recruiting"}
    assert client.get(f"/api/history?kind=mission&id={w.other_mission.pk}", **auth).status_code == 404
    objects = {e["object"] for e in client.get("/api/history?limit=500", **auth).json()}
    assert "Mission Beta" not in objects and "Mission Alpha" in objects
    delegate_token = issue_api_token(user=w.delegate, name="x")
    refused = client.get("/api/history", HTTP_AUTHORIZATION=f"Bearer {delegate_token}")
    assert (refused.status_code, refused.json()) == (403, {"detail": "Only organiser staff may read the history."})
