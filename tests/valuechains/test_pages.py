"""The value-chain pages for organiser staff: list, new chain, the map with its gaps, deciding proposals,
suggested targets and adding one to a mission; a fixed number of queries however many chains or firms."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gyoryu.valuechains import domain
from gyoryu.valuechains.models import Chain, Placement
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client, vc):
    client.force_login(vc.staff)
    return client


def text(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_new_chain_from_the_template_and_refusals_in_korean(staff, vc):
    page = staff.get("/valuechains/new/", HTTP_ACCEPT_LANGUAGE="ko")
    assert "새 가치사슬" in page.content.decode()
    bad = staff.post(
        "/valuechains/new/", {"sector": "wearables", "home_country": "Korea"}, HTTP_ACCEPT_LANGUAGE="ko"
    )
    assert bad.status_code == 200
    assert "KR, US 같은 두 글자 ISO 국가 코드를 쓰세요." in bad.content.decode()
    assert Chain.objects.count() == 1
    ok = staff.post(
        "/valuechains/new/",
        {"sector": "wearables", "name_ko": "웨어러블", "home_country": "kr", "from_template": "on"},
    )
    chain = Chain.objects.get(name_ko="웨어러블")
    assert ok.url == f"/valuechains/{chain.pk}/"
    assert [s.name_en for s in chain.stages.order_by("order")] == [
        "Sensors and chips",
        "Device design and manufacturing (ODM)",
        "Apps and data services",
        "Brands and retail channels",
    ]


def test_the_map_shows_stages_firms_ties_and_gaps(staff, mapped):
    page = staff.get(f"/valuechains/{mapped.chain.pk}/")
    html = page.content.decode()
    assert re.findall(r'data-testid="stage-(\d)" data-gap="(\w*)"', html) == [
        ("1", "no_local"),
        ("2", "no_local"),
        ("3", ""),
        ("4", "no_tie"),
    ]
    body = text(page)
    assert "3 gaps" in body
    assert "Sejin Aerotech ↔ Puget Structures agreement · 2027-01-10" in body
    assert "CeraCarbon no partner tie yet" in body
    assert html.count('hx-trigger="load"') == 3 + 1  # suggestions for each gap and the history, loaded after the page
    assert html.count('data-testid="suggestions-slot-') == 3
    ko = text(staff.get(f"/valuechains/{mapped.chain.pk}/", HTTP_ACCEPT_LANGUAGE="ko"))
    assert "빈 단계: 이 단계에 지역 기업이 없음" in ko
    assert "세진에어로텍 ↔ Puget Structures 협약 · 2027-01-10" in ko


def test_deciding_a_proposal_on_the_page(staff, vc):
    placement = domain.place(stage=vc.stages[3], organisation=vc.lab, user=vc.staff)
    url = f"/valuechains/{vc.chain.pk}/placements/{placement.pk}/"
    response = staff.post(url, {"decision": "reject", "note": ""}, follow=True)
    assert "Give the reason for rejecting the placement." in text(response)
    staff.post(url, {"decision": "accept", "note": "Composite testing partner"})
    placement.refresh_from_db()
    assert (placement.status, placement.note, placement.decided_by) == (
        "accepted",
        "Composite testing partner",
        vc.staff,
    )
    again = staff.post(url, {"decision": "accept"}, follow=True)
    assert "This placement is already “Accepted”." in text(again)


def test_the_chain_keeps_a_history_for_its_staff_only(client, staff, vc):
    """Stages, their codes and placements are recorded on the chain's page (who decided what, before and
    after, with labels in the reader's language); delegates, guests and other organisers never see it."""
    placement = domain.place(stage=vc.stages[3], organisation=vc.lab, user=vc.staff)
    staff.post(
        f"/valuechains/{vc.chain.pk}/placements/{placement.pk}/", {"decision": "accept", "note": "Tests"}
    )
    page = staff.get(f"/valuechains/{vc.chain.pk}/").content.decode()
    assert f'hx-get="/history/chain/{vc.chain.pk}/recent/"' in page
    rows = staff.get(f"/history/chain/{vc.chain.pk}/", HTTP_ACCEPT_LANGUAGE="en").context["rows"]
    decided = rows[0]
    assert (decided.actor, decided.via, decided.what) == (vc.staff.username, "web page", "placement")
    assert [(c.label, c.before, c.after) for c in decided.changes if c.label in ("status", "reason")] == [
        ("status", "Proposed", "Accepted"),
        ("reason", "—", "Tests"),
    ]
    assert {r.what for r in rows} >= {"placement", "stage", "industry code of a stage", "value chain"}
    ko = staff.get(f"/history/chain/{vc.chain.pk}/", HTTP_ACCEPT_LANGUAGE="ko").context["rows"]
    assert ko[0].what == "배치" and ("상태", "제안", "수락됨") in [
        (c.label, c.before, c.after) for c in ko[0].changes
    ]
    for user in (vc.delegate, vc.guest, vc.other_staff):
        client.force_login(user)
        assert client.get(f"/history/chain/{vc.chain.pk}/").status_code == 404
        page = client.get(f"/valuechains/{vc.chain.pk}/")
        assert 'data-testid="history-section"' not in page.content.decode()


def test_suggestions_fragment_and_add_to_mission_targets(staff, mapped):
    stage = mapped.stages[0]
    fragment = staff.get(
        f"/valuechains/{mapped.chain.pk}/stages/{stage.pk}/suggestions/?mission={mapped.next_mission.pk}",
        HTTP_HX_REQUEST="true",
    )
    html = fragment.content.decode()
    assert "<html" not in html
    names = re.findall(r'<li data-testid="suggestion">\s*<a href="/organisations/\d+/"><b>([^<]+)</b>', html)
    assert names[0] == "Cascade Aircraft"
    assert "Sejin Aerotech" not in names and "Changwon" not in names
    added = staff.post(
        f"/valuechains/{mapped.chain.pk}/stages/{stage.pk}/targets/",
        {"mission": mapped.next_mission.pk, "organisation": mapped.cascade.pk},
        follow=True,
    )
    assert "Cascade Aircraft added to the targets of Mission 2028." in text(added)
    dashboard = text(staff.get(f"/missions/{mapped.next_mission.pk}/"))
    assert "Cascade Aircraft" in dashboard
    twice = staff.post(
        f"/valuechains/{mapped.chain.pk}/stages/{stage.pk}/targets/",
        {"mission": mapped.next_mission.pk, "organisation": mapped.cascade.pk},
        follow=True,
    )
    assert "Cascade Aircraft is already a target of this mission." in text(twice)
    assert mapped.next_mission.targets.count() == 1


def test_the_next_mission_is_chosen_by_default(staff, mapped):
    page = staff.get(f"/valuechains/{mapped.chain.pk}/").content.decode()
    selected = re.search(r'<option value="(\d+)" selected>', page)
    assert int(selected.group(1)) == mapped.next_mission.pk


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_list_and_map_take_a_fixed_number_of_queries(staff, mapped):
    before_list = _queries(staff, "/valuechains/")
    before_map = _queries(staff, f"/valuechains/{mapped.chain.pk}/")
    for n in range(3):
        domain.create_chain(
            organiser=mapped.organiser,
            data={"sector": "displays", "name_en": f"Displays {n}"},
            stages=[{"name_en": "Panels", "codes": ["KSIC 2621"]}, {"name_en": "Modules"}],
        )
    for n in range(4):
        firm = OrganisationFactory(organiser=mapped.organiser, name_en=f"Local firm {n}", country="KR")
        partner = OrganisationFactory(organiser=mapped.organiser, name_en=f"Partner {n}", country="US")
        for org, order in ((firm, 4), (partner, 1)):
            p = domain.place(stage=mapped.stages[order - 1], organisation=org, user=mapped.staff)
            domain.accept_placement(placement=p, user=mapped.staff)
    assert Placement.objects.count() == 12
    assert _queries(staff, "/valuechains/") == before_list
    assert _queries(staff, f"/valuechains/{mapped.chain.pk}/") == before_map
