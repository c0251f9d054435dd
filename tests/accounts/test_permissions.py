"""Each role sees exactly what it should, in queries, pages and the API."""

import re

import pytest

from gyoryu.missions.queries import visible_missions
from gyoryu.organizations.queries import editable_organisations, visible_organisations, visible_people
from tests.world import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def w():
    return build_world()


def ids(qs):
    return set(qs.values_list("pk", flat=True))


def test_staff_see_their_organisers_everything_and_nothing_else(w):
    assert ids(visible_missions(w.staff)) == {w.mission.pk}
    assert ids(visible_organisations(w.staff)) == {
        o.pk for o in (w.firm, w.firm2, w.partner, w.partner2, w.unrelated)
    }
    assert ids(visible_people(w.staff)) == {
        p.pk
        for p in (w.firm_person, w.firm2_person, w.partner_person, w.unrelated_person, w.interpreter.person)
    }


def test_delegates_see_their_mission_and_whom_it_involves_but_only_their_own_people(w):
    assert ids(visible_missions(w.delegate)) == {w.mission.pk}
    assert ids(visible_organisations(w.delegate)) == {w.firm.pk, w.firm2.pk, w.partner.pk, w.partner2.pk}
    assert ids(editable_organisations(w.delegate)) == {w.firm.pk}
    assert ids(visible_people(w.delegate)) == {w.firm_person.pk}


def test_guests_see_their_profile_and_the_delegation_that_wants_to_meet_them(w):
    assert ids(visible_missions(w.guest)) == {w.mission.pk}
    assert ids(visible_organisations(w.guest)) == {w.partner.pk, w.firm.pk, w.firm2.pk}
    assert ids(editable_organisations(w.guest)) == {w.partner.pk}
    assert ids(visible_people(w.guest)) == {w.partner_person.pk}


def test_another_organisers_staff_see_none_of_it(w):
    assert ids(visible_missions(w.other_staff)) == {w.other_mission.pk}
    assert ids(visible_organisations(w.other_staff)) == {w.other_org.pk}
    assert ids(visible_people(w.other_staff)) == {w.other_person.pk}


def test_administrators_see_all(w):
    assert ids(visible_missions(w.admin)) == {w.mission.pk, w.other_mission.pk}
    assert len(ids(visible_organisations(w.admin))) == 6


def test_anonymous_sees_nothing(w):
    from django.contrib.auth.models import AnonymousUser

    assert ids(visible_missions(AnonymousUser())) == set()
    assert ids(visible_organisations(AnonymousUser())) == set()


@pytest.mark.parametrize(
    ("role", "path", "status"),
    [
        ("staff", "mission", 200),
        ("staff", "other_mission", 404),
        ("staff", "unrelated", 200),
        ("staff", "other_org", 404),
        ("staff", "edit_unrelated", 200),
        ("staff", "other_person", 404),
        ("delegate", "mission", 200),
        ("delegate", "other_mission", 404),
        ("delegate", "unrelated", 404),
        ("delegate", "partner", 200),
        ("delegate", "edit_firm", 200),
        ("delegate", "edit_firm2", 404),
        ("delegate", "partner_person", 404),
        ("delegate", "mission_edit", 403),
        ("guest", "mission", 200),
        ("guest", "partner2", 404),
        ("guest", "firm", 200),
        ("guest", "edit_partner", 200),
        ("guest", "edit_firm", 404),
        ("guest", "firm_person", 404),
        ("other_staff", "mission", 404),
        ("other_staff", "firm", 404),
        ("admin", "mission", 200),
        ("admin", "other_mission", 200),
    ],
)
def test_pages_answer_by_role(client, w, role, path, status):
    urls = {
        "mission": f"/missions/{w.mission.pk}/",
        "other_mission": f"/missions/{w.other_mission.pk}/",
        "mission_edit": f"/missions/{w.mission.pk}/edit/",
        "unrelated": f"/organisations/{w.unrelated.pk}/",
        "other_org": f"/organisations/{w.other_org.pk}/",
        "partner": f"/organisations/{w.partner.pk}/",
        "partner2": f"/organisations/{w.partner2.pk}/",
        "firm": f"/organisations/{w.firm.pk}/",
        "edit_unrelated": f"/organisations/{w.unrelated.pk}/edit/",
        "edit_firm": f"/organisations/{w.firm.pk}/edit/",
        "edit_firm2": f"/organisations/{w.firm2.pk}/edit/",
        "edit_partner": f"/organisations/{w.partner.pk}/edit/",
        "other_person": f"/organisations/people/{w.other_person.pk}/",
        "partner_person": f"/organisations/people/{w.partner_person.pk}/",
        "firm_person": f"/organisations/people/{w.firm_person.pk}/",
    }
    client.force_login(getattr(w, role))
    assert client.get(urls[path]).status_code == status


def test_guest_dashboard_hides_targets_and_interpreters(client, w):
    client.force_login(w.guest)
    page = client.get(f"/missions/{w.mission.pk}/").content.decode()
    assert str(w.firm.name_en) in page
    assert str(w.partner2.name_en) not in page
    assert "Interpreters" not in page
    client.force_login(w.delegate)
    page = client.get(f"/missions/{w.mission.pk}/").content.decode()
    assert str(w.partner2.name_en) in page and "Interpreters" in page


def test_anonymous_pages_redirect_to_sign_in(client, w):
    response = client.get(f"/missions/{w.mission.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"/login/?next=/missions/{w.mission.pk}/"


@pytest.mark.parametrize(
    ("role", "expected_missions", "expected_orgs"),
    [
        ("staff", {"mission"}, {"firm", "firm2", "partner", "partner2", "unrelated"}),
        ("delegate", {"mission"}, {"firm", "firm2", "partner", "partner2"}),
        ("guest", {"mission"}, {"firm", "firm2", "partner"}),
        ("other_staff", {"other_mission"}, {"other_org"}),
    ],
)
def test_api_lists_by_role(client, w, role, expected_missions, expected_orgs):
    client.force_login(getattr(w, role))
    missions = {m["id"] for m in client.get("/api/missions/").json()}
    orgs = {o["id"] for o in client.get("/api/organisations/").json()}
    assert missions == {getattr(w, k).pk for k in expected_missions}
    assert orgs == {getattr(w, k).pk for k in expected_orgs}


def test_api_detail_hides_planning_from_guests_and_others_missions_from_everyone(client, w):
    client.force_login(w.guest)
    body = client.get(f"/api/missions/{w.mission.pk}").json()
    assert body["targets"] is None and body["interpreters"] is None
    assert {d["organisation"] for d in body["delegation"]} == {w.firm.pk, w.firm2.pk}
    assert client.get(f"/api/missions/{w.other_mission.pk}").status_code == 404
    client.force_login(w.staff)
    body = client.get(f"/api/missions/{w.mission.pk}").json()
    assert {t["organisation"] for t in body["targets"]} == {w.partner.pk, w.partner2.pk}
    assert [i["language_pairs"] for i in body["interpreters"]] == [["ko-en"]]


def test_api_writes_follow_the_same_rules(client, w):
    client.force_login(w.delegate)
    assert (
        client.patch(
            f"/api/organisations/{w.firm.pk}", {"city": "Changwon"}, content_type="application/json"
        ).status_code
        == 200
    )
    assert (
        client.patch(
            f"/api/organisations/{w.firm2.pk}", {"city": "X"}, content_type="application/json"
        ).status_code
        == 404
    )
    assert (
        client.post("/api/missions/", {"title_en": "Mine"}, content_type="application/json").status_code
        == 403
    )
    assert (
        client.patch(
            f"/api/missions/{w.mission.pk}", {"title_en": "Hijack"}, content_type="application/json"
        ).status_code
        == 403
    )


def test_api_token_authentication(client, w):
    from gyoryu.accounts.domain import issue_api_token

    token = issue_api_token(user=w.other_staff, name="crm")
    assert client.get("/api/missions/").status_code == 401
    assert client.get("/api/missions/", HTTP_AUTHORIZATION="Bearer wrong").status_code == 401
    response = client.get("/api/missions/", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert [m["id"] for m in response.json()] == [w.other_mission.pk]


def test_invitation_link_signs_a_partner_in_as_guest(client, w):
    from gyoryu.accounts.domain import invite_partner

    raw = invite_partner(organiser=w.mission.organiser, organisation=w.partner2, person=None)
    response = client.get(f"/invite/{raw}/")
    assert response.status_code == 302
    # a new guest is asked to agree to the privacy notice before anything else, pages and API alike
    assert client.get("/missions/")["Location"] == "/privacy/consent/?next=%2Fmissions%2F"
    assert client.get("/api/missions/").status_code == 403
    assert client.post("/privacy/consent/", {"agree": "on", "next": "/missions/"})["Location"] == "/missions/"
    assert {m["id"] for m in client.get("/api/missions/").json()} == {w.mission.pk}
    assert client.get(f"/organisations/{w.partner2.pk}/edit/").status_code == 200
    assert client.get(f"/organisations/{w.partner.pk}/edit/").status_code == 404
    client.logout()
    assert client.get("/invite/not-a-token/").status_code == 404


def test_staff_create_an_invitation_link_on_the_profile_page(client, w):
    client.force_login(w.staff)
    page = client.post(f"/organisations/{w.partner2.pk}/invite/")
    link = page.context["invitation_url"]
    assert link.startswith("http://testserver/invite/")
    client.force_login(w.delegate)
    assert client.post(f"/organisations/{w.partner2.pk}/invite/").status_code == 403
    client.logout()
    client.get(link)
    client.post("/privacy/consent/", {"agree": "on"})
    assert client.get(f"/organisations/{w.partner2.pk}/edit/").status_code == 200


def test_django_model_permissions_grant_nothing_the_rules_refuse_and_cost_no_query(client, w):
    """Permissions come from the features' rules only: a model permission given to an account (as Django's
    ModelBackend would honour) opens nothing, and a page does not look such permissions up."""
    from django.contrib.auth.models import Permission
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    w.delegate.user_permissions.add(Permission.objects.get(codename="add_organisation"))
    assert not w.delegate.has_perm("organizations.add_organisation")
    client.force_login(w.delegate)
    with CaptureQueriesContext(connection) as done:
        assert client.get("/organisations/").status_code == 200
    assert not [q for q in done if "auth_permission" in q["sql"]]
    assert client.get("/organisations/import/").status_code in (403, 404)


def test_a_profile_offers_a_request_from_each_recent_mission_both_take_part_in(client, w):
    from tests.factories import DelegationEntryFactory, MissionFactory, TargetFactory

    elsewhere = MissionFactory(organiser=w.mission.organiser)  # the partner is not a target of this one
    DelegationEntryFactory(mission=elsewhere, organisation=w.firm)
    again = MissionFactory(organiser=w.mission.organiser)
    DelegationEntryFactory(mission=again, organisation=w.firm)
    TargetFactory(mission=again, organisation=w.partner)
    client.force_login(w.delegate)
    page = client.get(f"/organisations/{w.partner.pk}/").content.decode()
    link = rf"/missions/(\d+)/requests/new/\?as={w.firm.pk}&amp;to={w.partner.pk}"
    asked = {int(m) for m in re.findall(link, page)}
    assert asked == {w.mission.pk, again.pk}
