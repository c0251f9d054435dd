"""The organiser an account acts for is chosen, never guessed: staff of one organiser act for it; staff of
several choose on the pages (header selector, kept in the session), in the API (``organiser`` parameter or
``X-Gyoryu-Organiser`` header) and on the command line (``--organiser``)."""

import argparse

import pytest

from gyoryu.accounts.acting import HEADER, SESSION_KEY
from gyoryu.accounts.domain import issue_api_token
from gyoryu.accounts.models import Membership, Role
from gyoryu.missions.models import Mission
from gyoryu.organizations.models import Organisation
from tests.factories import MembershipFactory, OrganisationFactory
from tests.world import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def w():
    w = build_world()
    w.a, w.b = w.mission.organiser, w.other_mission.organiser
    w.multi = MembershipFactory(organiser=w.a, role=Role.STAFF).user
    MembershipFactory(user=w.multi, organiser=w.b, role=Role.STAFF)
    return w


def test_staff_of_one_organiser_act_for_it_without_choosing(client, w):
    client.force_login(w.staff)
    page = client.get("/missions/new/")
    assert page.status_code == 200
    assert page.context["organiser_choices"]() == []  # computed when the page shows the switch
    assert 'data-testid="organiser-switch"' not in page.content.decode()
    client.post("/missions/new/", {"title_en": "Trade mission", "status": "planning", "request_days": 5,
                                    "max_pending_requests": 10, "fairness": 2})  # fmt: skip
    assert Mission.objects.get(title_en="Trade mission").organiser == w.a


def test_staff_of_several_choose_first_then_create_for_the_chosen_one(client, w):
    client.force_login(w.multi)
    response = client.get("/missions/new/")
    assert (response.status_code, response["Location"]) == (302, "/account/organiser/?next=%2Fmissions%2Fnew%2F")
    chooser = client.get(response["Location"])
    assert [o.slug for o in chooser.context["choices"]] == ["a", "b"]
    assert 'data-testid="organiser-switch"' in chooser.content.decode()  # the header's selector
    chosen = client.post("/account/organiser/", {"organiser": "b", "next": "/missions/new/"})
    assert (chosen.status_code, chosen["Location"]) == (302, "/missions/new/")
    assert client.session[SESSION_KEY] == "b"
    form = client.get("/missions/new/")
    assert form.context["organiser"] == w.b
    assert f"For {w.b.name_en}" in form.content.decode()
    client.post("/missions/new/", {"title_en": "Mission of B", "status": "planning", "request_days": 5,
                                    "max_pending_requests": 10, "fairness": 2})  # fmt: skip
    assert Mission.objects.get(title_en="Mission of B").organiser == w.b
    client.post("/account/organiser/", {"organiser": "a", "next": "/organisations/new/"})
    assert client.get("/organisations/new/").context["organiser"] == w.a


def test_the_chooser_refuses_an_organiser_the_account_does_not_work_for(client, w):
    client.force_login(w.staff)
    page = client.post("/account/organiser/", {"organiser": "b", "next": "/"})
    assert page.status_code == 200
    assert SESSION_KEY not in client.session
    assert [str(m) for m in page.context["messages"]] == ["Choose one of the organisers you work for."]
    client.force_login(w.delegate)
    assert client.get("/account/organiser/").status_code == 404  # a delegation member acts for no organiser


def test_an_outside_next_address_is_not_followed(client, w):
    client.force_login(w.multi)
    response = client.post("/account/organiser/", {"organiser": "a", "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_a_choice_that_no_longer_holds_counts_as_none(client, w):
    client.force_login(w.multi)
    client.post("/account/organiser/", {"organiser": "b", "next": "/"})
    Membership.objects.filter(user=w.multi, organiser=w.b).delete()
    page = client.get("/organisations/new/")
    assert page.context["organiser"] == w.a
    assert SESSION_KEY not in client.session


def test_exports_and_imports_follow_the_choice(client, w):
    mine_b = OrganisationFactory(organiser=w.b, name_en="Bavaria Valves")
    client.force_login(w.multi)
    assert client.get("/organisations/export/organisations.csv").status_code == 302  # choose first
    client.post("/account/organiser/", {"organiser": "b", "next": "/"})
    csv = client.get("/organisations/export/organisations.csv").content.decode("utf-8-sig")
    assert mine_b.name_en in csv and w.firm.name_en not in csv


def _post(client, path, token, body, **headers):
    import json

    return client.post(path, json.dumps(body), content_type="application/json",
                       HTTP_AUTHORIZATION=f"Bearer {token}", **headers)  # fmt: skip


def test_the_api_takes_the_organiser_from_the_parameter_or_the_header(client, w):
    token = issue_api_token(user=w.multi, name="crm")
    body = {"title_en": "From the API"}
    unnamed = _post(client, "/api/missions/", token, body)
    assert unnamed.status_code == 422
    assert unnamed.json() == {"detail": [{"field": "organiser", "message": (
        f"This account works for several organisers (a, b): name one with the organiser parameter or the "
        f"{HEADER} header.")}]}  # fmt: skip
    assert _post(client, "/api/missions/?organiser=a", token, body).json()["organiser"] == "a"
    assert _post(client, "/api/missions/", token, body, HTTP_X_GYORYU_ORGANISER="b").json()["organiser"] == "b"
    assert _post(client, "/api/missions/?organiser=c", token, body).status_code == 403
    assert sorted(Mission.objects.filter(title_en="From the API").values_list("organiser__slug", flat=True)) == [
        "a", "b"]  # fmt: skip
    single = issue_api_token(user=w.staff, name="crm")
    assert _post(client, "/api/missions/", single, body).json()["organiser"] == "a"
    assert _post(client, "/api/missions/", single, body, HTTP_X_GYORYU_ORGANISER="b").status_code == 403


def test_the_api_document_explains_the_choice(client):
    description = client.get("/api/openapi.json").json()["info"]["description"]
    assert "X-Gyoryu-Organiser" in description and "422" in description


def _export(tmp_path, **kw):
    from gyoryu.organizations.cli import run_export

    out = tmp_path / "orgs.csv"
    args = argparse.Namespace(kind="organisations", file=str(out), organiser=None, user=None, **{
        k: v for k, v in kw.items() if k not in ("organiser", "user")})  # fmt: skip
    args.organiser, args.user = kw.get("organiser"), kw.get("user")
    run_export(args)
    return out.read_text(encoding="utf-8-sig")


def test_command_line_exports_as_an_account(tmp_path, w, capsys):
    OrganisationFactory(organiser=w.b, name_en="Bavaria Valves")
    with pytest.raises(SystemExit, match=r"name the organiser with --organiser \(known: a, b\)"):
        _export(tmp_path, user=w.multi.username)
    assert "Bavaria Valves" in _export(tmp_path, user=w.multi.username, organiser="b")
    assert w.firm.name_en in _export(tmp_path, user=w.staff.username)
    with pytest.raises(SystemExit, match="does not work for that organiser"):
        _export(tmp_path, user=w.staff.username, organiser="b")
    with pytest.raises(SystemExit, match="does not work for that organiser"):
        _export(tmp_path, user=w.delegate.username, organiser="a")
    with pytest.raises(SystemExit, match="no account named 'nobody'"):
        _export(tmp_path, user="nobody")
    assert Organisation.objects.filter(organiser=w.b).count() == 2  # (the operator, without --user: any)
    assert "Bavaria Valves" in _export(tmp_path, organiser="b")
