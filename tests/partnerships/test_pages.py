"""Agreement and programme pages: forms in both languages, refusals on the page, query counts on lists."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gyoryu.partnerships import domain, programmes, queries
from gyoryu.partnerships.models import Agreement, Obligation, Programme, Signatory
from tests.factories import OrganisationFactory
from tests.partnerships.conftest import login, make_agreement

pytestmark = pytest.mark.django_db


def test_staff_create_an_agreement_on_the_page(client, ties):
    login(client, ties.staff)
    assert client.get("/partnerships/new/", HTTP_ACCEPT_LANGUAGE="ko").status_code == 200
    form = {
        "kind": "sister_city",
        "title_ko": "자매도시 결연",
        "title_en": "",
        "areas": ["culture", "sports"],
        "parties": [ties.city.pk, ties.library.pk],
        "renewal_notice_days": "90",
    }
    refused = client.post("/partnerships/new/", form, HTTP_ACCEPT_LANGUAGE="ko")
    assert "자매도시·우호도시 협약은 지방정부(시) 사이에 맺습니다." in refused.content.decode()
    form["parties"] = [ties.city.pk, ties.foreign_city.pk]
    response = client.post("/partnerships/new/", form)
    agreement = Agreement.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/partnerships/{agreement.pk}/"
    assert (agreement.kind, agreement.title_ko, agreement.areas, agreement.status) == (
        "sister_city",
        "자매도시 결연",
        ["culture", "sports"],
        "proposed",
    )
    missing = client.post("/partnerships/new/", {**form, "title_ko": ""}).content.decode()
    assert "Give a title in Korean or English (or both)." in missing


def test_the_lifecycle_on_the_page(client, ties):
    agreement = make_agreement(ties, today=dt.date(2026, 1, 5))
    login(client, ties.staff)
    url = f"/partnerships/{agreement.pk}/status/"
    page = client.get(f"/partnerships/{agreement.pk}/").content.decode()
    assert '<option value="under_review">Under review</option>' in page and 'value="active"' not in page
    refused = client.post(
        url, {"to": "active", "on": "2026-02-01"}, HTTP_ACCEPT_LANGUAGE="ko"
    ).content.decode()
    assert "“제안” 상태의 협약은 “발효” 상태가 될 수 없습니다." in refused
    assert client.post(url, {"to": "under_review", "on": "2026-02-01", "note": "council"}).status_code == 302
    assert client.post(url, {"to": "signed", "on": "2026-03-12", "ends_on": "2029-03-11"}).status_code == 302
    agreement.refresh_from_db()
    assert (agreement.status, agreement.signed_on, agreement.ends_on) == (
        "signed",
        dt.date(2026, 3, 12),
        dt.date(2029, 3, 11),
    )
    history = client.get(f"/partnerships/{agreement.pk}/").context["agreement"].changes.all()
    assert [(c.to_status, c.on, c.by) for c in history] == [
        ("signed", dt.date(2026, 3, 12), ties.staff),
        ("under_review", dt.date(2026, 2, 1), ties.staff),
        ("proposed", dt.date(2026, 1, 5), ties.staff),
    ]


def test_signatories_obligations_and_links_on_the_page(client, ties):
    agreement = make_agreement(ties)
    login(client, ties.staff)
    base = f"/partnerships/{agreement.pk}"
    assert client.post(f"{base}/signatories/", {"person": ties.mayor.pk}).status_code == 302
    outsider = client.post(f"{base}/signatories/", {"person": ties.firm_ceo.pk}).content.decode()
    assert "Select a valid choice." in outsider  # only people of the parties are offered
    response = client.post(
        f"{base}/obligations/",
        {
            "type": "action",
            "title_en": "Send the plan",
            "party": ties.city.pk,
            "owner": ties.mayor.pk,
            "due": "2027-04-30",
        },
    )
    assert response.status_code == 302
    item = Obligation.objects.get()
    assert client.post(f"{base}/obligations/{item.pk}/done/", {"done": "1"}).status_code == 302
    item.refresh_from_db()
    assert item.done_on is not None
    neither = client.post(f"{base}/links/", {}).content.decode()
    assert "Choose either a meeting or a programme item." in neither
    assert [s.person for s in Signatory.objects.all()] == [ties.mayor]
    signatory = Signatory.objects.get()
    assert client.post(f"{base}/signatories/{signatory.pk}/remove/").status_code == 302
    assert Signatory.objects.count() == 0


def test_programme_pages(client, ties):
    agreement = make_agreement(ties)
    login(client, ties.staff)
    form = {
        "type": "sports_event",
        "title_ko": "청소년 축구 교류전",
        "direction": "inbound",
        "starts_on": "2027-07-20",
        "ends_on": "2027-07-19",
        "participants": [ties.mayor.pk],
        "mission": ties.mission.pk,
    }
    refused = client.post(f"/partnerships/{agreement.pk}/programmes/new/", form, HTTP_ACCEPT_LANGUAGE="ko")
    assert "종료일은 시작일보다 앞설 수 없습니다." in refused.content.decode()
    form["ends_on"] = "2027-07-27"
    response = client.post(f"/partnerships/{agreement.pk}/programmes/new/", form)
    programme = Programme.objects.get()
    assert response["Location"] == f"/partnerships/programmes/{programme.pk}/"
    assert (programme.area, programme.state, programme.headcount, programme.mission) == (
        "sports",
        "planned",
        1,
        ties.mission,
    )
    page = client.get(f"/partnerships/programmes/{programme.pk}/", HTTP_ACCEPT_LANGUAGE="ko").content.decode()
    assert "청소년 축구 교류전" in page and "상대 측이 우리를 방문" in page
    edit = client.post(f"/partnerships/programmes/{programme.pk}/edit/", {**form, "headcount": "24"})
    assert edit.status_code == 302
    programme.refresh_from_db()
    assert programme.headcount == 24


def test_programme_rules(ties):
    agreement = make_agreement(ties)
    data = {
        "type": "joint_research",
        "title_en": "Coupons",
        "starts_on": dt.date(2027, 4, 1),
        "ends_on": dt.date(2027, 9, 30),
    }
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as early:
        programmes.create_programme(
            agreement=agreement, data={**data, "state": "held"}, today=dt.date(2027, 3, 1)
        )
    assert early.value.message_dict == {
        "state": ["A programme that has not started yet cannot have been held."]
    }
    made = programmes.create_programme(
        agreement=agreement, data=data, participants=[ties.mayor, ties.firm_ceo]
    )
    assert (made.area, made.headcount) == ("academia", 2)
    domain.change_status(agreement=agreement, to="ended", on=dt.date(2027, 1, 11), today=dt.date(2027, 1, 11))
    with pytest.raises(ValidationError) as ended:
        programmes.update_programme(programme=made, data={"headcount": 9})
    assert ended.value.message_dict == {
        "__all__": ["The agreement has ended; no programmes can be added or changed under it."]
    }


def test_what_a_missions_results_count(ties):
    agreement = make_agreement(ties)
    base = {"starts_on": dt.date(2027, 3, 11), "ends_on": dt.date(2027, 3, 12), "mission": ties.mission}
    programmes.create_programme(
        agreement=agreement,
        data={**base, "type": "delegation_visit", "title_en": "Visit", "state": "held", "headcount": 9},
        today=dt.date(2027, 3, 13),
    )
    programmes.create_programme(
        agreement=agreement, data={**base, "type": "library_cooperation", "title_en": "Books", "headcount": 4}
    )
    programmes.create_programme(
        agreement=agreement,
        data={**base, "type": "sports_event", "title_en": "Off", "state": "cancelled", "headcount": 30},
    )
    programmes.create_programme(
        agreement=agreement, data={**base, "type": "sports_event", "title_en": "Elsewhere", "mission": None}
    )
    with CaptureQueriesContext(connection) as done:
        counted = queries.mission_programmes(ties.mission)
    assert len(done) == 1  # as its docstring says (a deferred mission_id once cost a query a programme)
    assert counted == {
        "programmes": 2,
        "held": 1,
        "participants": 13,
        "by_type": {"delegation_visit": 1, "library_cooperation": 1},
        "by_area": {"industry": 1, "library": 1},
    }
    agreement.mission = ties.mission
    agreement.save()
    assert queries.mission_agreements(ties.mission) == {"agreements": 1, "signed": 0}


def test_list_pages_make_the_same_number_of_queries_however_many_rows(client, ties):
    login(client, ties.staff)

    def grow(n):
        for i in range(n):
            other = OrganisationFactory(organiser=ties.organiser, name_en=f"Partner {i}")
            agreement = make_agreement(ties, ties.city, other, title_en=f"Agreement {i}")
            programmes.create_programme(
                agreement=agreement,
                data={
                    "type": "cultural_event",
                    "title_en": f"Event {i}",
                    "starts_on": dt.date(2027, 5, 1),
                    "ends_on": dt.date(2027, 5, 1),
                },
                participants=[ties.mayor],
            )

    grow(1)
    counts = {}
    for url in ("/partnerships/", "/api/partnerships/agreements", "/api/partnerships/programmes"):
        with CaptureQueriesContext(connection) as few:
            assert client.get(url).status_code == 200
        counts[url] = len(few)
    grow(7)
    for url, expected in counts.items():
        with CaptureQueriesContext(connection) as many:
            response = client.get(url)
        assert len(many) == expected, url
    assert response.json()[0]["participants"] == [ties.mayor.pk]
    detail = make_agreement(ties)

    def add_items(n):
        for i in range(n):
            domain.add_obligation(
                agreement=detail, data={"title_en": f"Step {i}", "due": dt.date(2027, 6, i + 1)}
            )
            programmes.create_programme(
                agreement=detail,
                data={
                    "type": "sports_event",
                    "title_en": f"Match {i}",
                    "starts_on": dt.date(2027, 5, 1),
                    "ends_on": dt.date(2027, 5, 1),
                },
                participants=[ties.mayor, ties.foreign_official],
            )

    add_items(1)
    with CaptureQueriesContext(connection) as one:
        client.get(f"/api/partnerships/agreements/{detail.pk}")
        client.get(f"/partnerships/{detail.pk}/")
    add_items(5)
    with CaptureQueriesContext(connection) as six:
        client.get(f"/api/partnerships/agreements/{detail.pk}")
        client.get(f"/partnerships/{detail.pk}/")
    assert len(six) == len(one)
