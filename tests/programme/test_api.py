import pytest

from gyoryu.accounts.models import Role
from gyoryu.programme import domain
from tests.factories import MembershipFactory
from tests.programme.world import programme_world, visit

pytestmark = pytest.mark.django_db


@pytest.fixture
def w():
    w = programme_world()
    org = w.mission.organiser
    w.staff = MembershipFactory(organiser=org, role=Role.STAFF).user
    w.delegate = MembershipFactory(organiser=org, role=Role.DELEGATE, organisation=w.firm_a).user
    w.guest = MembershipFactory(organiser=org, role=Role.GUEST, organisation=w.redmond).user
    w.stranger = MembershipFactory(role=Role.STAFF).user
    from gyoryu.missions.domain import set_target

    set_target(mission=w.mission, organisation=w.redmond)
    return w


BODY = {
    "kind": "official_visit",
    "title_en": "Courtesy call",
    "title_ko": "예방",
    "start": "2027-03-11T10:30:00-08:00",
    "end": "2027-03-11T11:15:00-08:00",
    "place": "site",
    "address": "15670 NE 85th St, Redmond",
    "attendance": "officials",
}


def test_staff_create_confirm_and_cancel_through_the_api(client, w):
    client.force_login(w.staff)
    url = f"/api/missions/{w.mission.pk}/programme"
    body = {**BODY, "stop": w.seattle.pk, "host_people": [w.president.pk], "interpreters": [w.interpreter.pk]}
    created = client.post(url, body, content_type="application/json")
    assert created.status_code == 201, created.content
    data = created.json()
    assert (data["status"], data["revision"], data["start_zone"], data["local_start"]) == (
        "planned",
        0,
        "America/Los_Angeles",
        "2027-03-11T10:30:00-08:00",
    )
    assert (data["host_organisations"], data["host_people"], data["interpreters_needed"]) == (
        [w.redmond.pk],
        [w.president.pk],
        1,
    )
    item_url = f"{url}/{data['id']}"
    assert client.post(f"{item_url}/confirm").json()["status"] == "confirmed"
    refused = client.post(f"{item_url}/confirm")
    assert (refused.status_code, refused.json()) == (409, {"detail": "This item is already confirmed."})
    patched = client.patch(item_url, {"end": "2027-03-11T11:30:00-08:00"}, content_type="application/json")
    assert (patched.json()["revision"], patched.json()["local_end"]) == (2, "2027-03-11T11:30:00-08:00")
    assert client.post(f"{item_url}/cancel").json()["status"] == "cancelled"
    assert client.get(url).json()[0]["status"] == "cancelled"


def test_bad_input_is_422_with_every_problem_in_the_readers_language(client, w):
    client.force_login(w.staff)
    url = f"/api/missions/{w.mission.pk}/programme"
    bad = client.post(
        url,
        {**BODY, "stop": w.seattle.pk, "end": "2027-03-11T09:00:00-08:00", "host_people": [999999]},
        content_type="application/json",
    )
    assert (bad.status_code, bad.json()) == (
        422,
        {"detail": [{"field": "host_people", "message": "unknown ids [999999]"}]},
    )
    bad = client.post(
        url,
        {**BODY, "stop": w.seattle.pk, "end": "2027-03-11T09:00:00-08:00"},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="ko",
    )
    assert (bad.status_code, bad.json()) == (
        422,
        {"detail": [{"field": "end", "message": "종료 시각이 시작 시각보다 앞섭니다."}]},
    )


def test_reading_is_scoped_and_writing_is_for_staff(client, w):
    everyone = domain.create_item(mission=w.mission, data=visit(w, title_en="Everyone"))
    officials = domain.create_item(
        mission=w.mission,
        data=visit(w, title_en="Officials", attendance="officials"),
        host_people=[w.president],
    )
    url = f"/api/missions/{w.mission.pk}/programme"
    seen = {}
    for name in ("staff", "delegate", "guest"):
        client.force_login(getattr(w, name))
        seen[name] = [i["title_en"] for i in client.get(url).json()]
    assert seen == {"staff": ["Everyone", "Officials"], "delegate": ["Everyone"], "guest": ["Officials"]}
    client.force_login(w.delegate)
    assert client.get(f"{url}/{officials.pk}").status_code == 404
    assert client.post(f"{url}/{everyone.pk}/cancel").status_code == 403
    assert (
        client.post(url, {**BODY, "stop": w.seattle.pk}, content_type="application/json").status_code == 403
    )
    client.force_login(w.stranger)
    assert client.get(url).status_code == 404
    assert client.get(f"{url}/{everyone.pk}").status_code == 404


def test_the_openapi_document_has_the_programme(client, w):
    client.force_login(w.staff)
    paths = client.get("/api/openapi.json").json()["paths"]
    assert set(paths["/api/missions/{mission_id}/programme"]) == {"get", "post"}
    assert set(paths["/api/missions/{mission_id}/programme/{item_id}"]) == {"get", "patch"}
