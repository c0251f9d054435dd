"""The agendas API: the master agenda and one owner's agenda as JSON, with the pages' rule of who sees what."""

import pytest

from gyoryu.accounts.models import Role
from tests.agendas.conftest import member
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def _get(client, user, path):
    client.force_login(user)
    return client.get(f"/api/missions/{path}")


def test_master_agenda_lists_programme_items_and_meetings_in_time_order(client, w):
    data = _get(client, member(w.mission.organiser), f"{w.mission.pk}/agenda?home=true").json()
    assert (data["owner_en"], data["mission_en"], data["version"], data["home_tz"]) == (
        "Master agenda", "Mission A", w.schedule.number, "Asia/Seoul"
    )
    titles = [i["title_en"] for i in data["items"]]
    assert titles[0] == "KE023 Incheon – San Francisco" and "Roundtable with KSEA" in titles
    assert "Factory tour" in titles and len([t for t in titles if " – Partner " in t]) == 4
    assert [i["start"] for i in data["items"]] == sorted(i["start"] for i in data["items"])
    tour = next(i for i in data["items"] if i["title_en"] == "Factory tour")
    assert (tour["tentative"], tour["cancelled"], tour["tz"]) == (True, False, "America/Los_Angeles")


def test_a_delegate_reads_its_own_firms_agenda_and_nothing_else(client, w):
    delegate = member(w.mission.organiser, Role.DELEGATE, w.firm_a, person=w.ceo_a)
    mine = _get(client, delegate, f"{w.mission.pk}/agenda/organisation/{w.firm_a.pk}")
    assert mine.status_code == 200
    titles = [i["title_en"] for i in mine.json()["items"]]
    assert "Roundtable with KSEA" in titles and "Factory tour" not in titles  # the tour is Firm B's
    assert all("Firm A" in t for t in titles if " – " in t and "Partner" in t)
    assert _get(client, delegate, f"{w.mission.pk}/agenda/organisation/{w.firm_b.pk}").status_code == 404
    assert _get(client, delegate, f"{w.mission.pk}/agenda/venue/{w.hall.pk}").status_code == 404
    assert _get(client, delegate, f"{w.mission.pk}/agenda").status_code == 404  # master not shared


def test_another_organisers_staff_and_unknown_kinds_get_nothing(client, w):
    stranger = MembershipFactory(role=Role.STAFF).user
    assert _get(client, stranger, f"{w.mission.pk}/agenda").status_code == 404
    staff = member(w.mission.organiser)
    assert _get(client, staff, f"{w.mission.pk}/agenda/planet/{w.firm_a.pk}").status_code == 422
    assert _get(client, staff, f"{w.mission.pk}/agenda/organisation/999999").status_code == 404


def test_the_agendas_are_in_the_openapi_document(client, w):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "/api/missions/{mission_id}/agenda" in paths
    assert "/api/missions/{mission_id}/agenda/{who}/{item_id}" in paths
