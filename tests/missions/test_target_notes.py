"""The notes on a mission's targets are the organiser's own: its staff read them; delegation members see the
targets without them (pages, API, files); partner guests see no targets at all."""

import json

import pytest

from gyoryu.accounts.domain import issue_api_token
from tests.world import build_world

pytestmark = pytest.mark.django_db

NOTE = "내부 메모: budget 3M, do not share"


@pytest.fixture
def w():
    w = build_world()
    target = w.mission.targets.get(organisation=w.partner)
    target.notes = NOTE
    target.save(update_fields=["notes"])
    return w


def _api(client, user, path):
    token = issue_api_token(user=user, name="notes")
    return client.get(path, HTTP_AUTHORIZATION=f"Bearer {token}").json()


def test_staff_read_the_notes_on_the_dashboard_and_in_the_api(client, w):
    client.force_login(w.staff)
    page = client.get(f"/missions/{w.mission.pk}/")
    assert page.context["sees_target_notes"] is True
    assert NOTE in page.content.decode()
    targets = _api(client.__class__(), w.staff, f"/api/missions/{w.mission.pk}")["targets"]
    assert {t["organisation"]: t["notes"] for t in targets} == {w.partner.pk: NOTE, w.partner2.pk: ""}


def test_delegation_members_see_the_targets_without_their_notes(client, w):
    client.force_login(w.delegate)
    page = client.get(f"/missions/{w.mission.pk}/")
    html = page.content.decode()
    assert page.context["sees_target_notes"] is False
    assert w.partner.name_en in html and NOTE not in html
    targets = _api(client.__class__(), w.delegate, f"/api/missions/{w.mission.pk}")["targets"]
    assert {t["organisation"]: t["notes"] for t in targets} == {w.partner.pk: None, w.partner2.pk: None}


def test_partner_guests_see_no_targets(client, w):
    detail = _api(client, w.guest, f"/api/missions/{w.mission.pk}")
    assert detail["targets"] is None


def test_no_file_a_delegation_member_takes_home_carries_the_notes(client, w):
    client.force_login(w.delegate)
    m = w.mission.pk
    files = {
        "brochure": client.get(f"/missions/{m}/brochure/?lang=en"),
        "report csv": client.get(f"/reports/missions/{m}/download/?format=csv"),
        "firm agenda ics": client.get(f"/missions/{m}/agenda/organisation/{w.firm.pk}.ics"),
        "mission api": client.get(f"/api/missions/{m}"),
    }
    assert {name: r.status_code for name, r in files.items()} == {name: 200 for name in files}
    assert [name for name, r in files.items() if NOTE in _text(r)] == []
    client.force_login(w.staff)
    assert NOTE in _text(client.get(f"/api/missions/{m}"))  # (staff's own copy does carry them)


def _text(response) -> str:
    if response["Content-Type"].startswith("application/json"):
        return json.dumps(response.json(), ensure_ascii=False)
    return response.content.decode("utf-8-sig")
