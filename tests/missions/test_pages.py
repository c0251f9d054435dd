import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gyoryu.accounts.models import Role
from gyoryu.missions.models import Mission
from tests.factories import (
    DelegationEntryFactory,
    MembershipFactory,
    MissionFactory,
    PersonFactory,
    RoomFactory,
    StopFactory,
    TargetFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    membership = MembershipFactory(role=Role.STAFF)
    client.force_login(membership.user)
    client.organiser = membership.organiser
    return client


def _grow(mission, n):
    for _ in range(n):
        stop = StopFactory(mission=mission)
        RoomFactory(venue__stop=stop)
        entry = DelegationEntryFactory(mission=mission)
        entry.travellers.add(PersonFactory(organisation=entry.organisation))
        TargetFactory(mission=mission)


def test_dashboard_and_list_query_counts_do_not_grow(staff_client):
    mission = MissionFactory(organiser=staff_client.organiser)
    _grow(mission, 2)
    with CaptureQueriesContext(connection) as few:
        staff_client.get(f"/missions/{mission.pk}/")
        staff_client.get("/missions/")
    _grow(mission, 8)
    MissionFactory.create_batch(5, organiser=staff_client.organiser)
    with CaptureQueriesContext(connection) as many:
        assert staff_client.get(f"/missions/{mission.pk}/").status_code == 200
        assert staff_client.get("/missions/").status_code == 200
    assert len(many) == len(few)


def test_staff_build_a_mission_in_the_browser_forms(staff_client):
    response = staff_client.post("/missions/new/", {"title_ko": "실리콘밸리 사절단", "status": "planning"})
    mission = Mission.objects.get()
    assert response["Location"] == f"/missions/{mission.pk}/"
    staff_client.post(
        f"/missions/{mission.pk}/stop/add/",
        {
            "city_en": "San Jose",
            "country": "us",
            "timezone": "America/Los_Angeles",
            "start_date": "2027-03-08",
            "end_date": "2027-03-09",
        },
    )
    stop = mission.stops.get()
    staff_client.post(
        f"/missions/{mission.pk}/venue/add/",
        {"stop": stop.pk, "name_en": "Hall", "rooms": "Room A: 8, Table 1: 4"},
    )
    page = staff_client.get(f"/missions/{mission.pk}/").content.decode()
    assert "San Jose" in page and "Room A · 8" in page and "2027-03-09" in page
    bad = staff_client.post(
        f"/missions/{mission.pk}/venue/add/", {"stop": stop.pk, "name_en": "X", "rooms": "Hall: 0"}
    )
    assert bad.status_code == 200 and "seats must be between 1 and 500" in bad.content.decode()


def test_api_builds_a_mission_and_reports_bad_input(staff_client):
    created = staff_client.post("/api/missions/", {"title_en": "SV mission"}, content_type="application/json")
    mid = created.json()["id"]
    stop = staff_client.post(
        f"/api/missions/{mid}/stops",
        {
            "city_en": "Seattle",
            "country": "US",
            "timezone": "America/Los_Angeles",
            "start_date": "2027-03-11",
            "end_date": "2027-03-13",
        },
        content_type="application/json",
    )
    assert stop.status_code == 201 and stop.json()["order"] == 1
    venue = staff_client.post(
        f"/api/missions/{mid}/venues",
        {"stop": stop.json()["id"], "name_en": "Redmond City Hall", "rooms": ["Council room: 20"]},
        content_type="application/json",
    )
    assert venue.json()["rooms"] == [{"name": "Council room", "kind": "room", "capacity": 20}]
    bad = staff_client.post(
        f"/api/missions/{mid}/stops",
        {
            "city_en": "X",
            "country": "US",
            "timezone": "Nowhere",
            "start_date": "2027-03-11",
            "end_date": "2027-03-01",
        },
        content_type="application/json",
    )
    assert bad.status_code == 422
    assert {e["field"] for e in bad.json()["detail"]} == {"timezone", "end_date"}
    assert Mission.objects.get(pk=mid).stops.count() == 1


def test_api_adds_an_interpreter_and_refuses_bad_pairs(staff_client):
    from tests.factories import PersonFactory

    mission = MissionFactory(organiser=staff_client.organiser)
    person = PersonFactory(organisation=None, organiser=staff_client.organiser)
    ok = staff_client.post(
        f"/api/missions/{mission.pk}/interpreters",
        {"person": person.pk, "language_pairs": ["KO-EN"], "available_days": ["2027-03-08"]},
        content_type="application/json",
    )
    assert ok.status_code == 201
    assert (ok.json()["language_pairs"], ok.json()["available_days"]) == (["ko-en"], ["2027-03-08"])
    bad = staff_client.post(
        f"/api/missions/{mission.pk}/interpreters",
        {"person": person.pk, "language_pairs": ["korean"], "available_days": ["March 8"]},
        content_type="application/json",
    )
    assert bad.status_code == 422
    assert {e["field"] for e in bad.json()["detail"]} == {"language_pairs", "available_days"}


def test_out_of_range_ids_are_refused_not_crashed(staff_client):
    mission = MissionFactory(organiser=staff_client.organiser)
    huge = 99999999999999999999999
    bad = staff_client.post(
        f"/api/missions/{mission.pk}/delegation",
        {"organisation": huge, "travellers": [huge]},
        content_type="application/json",
    )
    assert bad.status_code == 422
    assert {e["field"] for e in bad.json()["detail"]} == {"organisation", "travellers"}
    page = staff_client.post(
        f"/missions/{mission.pk}/target/add/", {"organisation": str(huge), "priority": "1"}
    )
    assert page.status_code == 200
    assert "Select a valid choice" in page.content.decode()
