"""Someone who works for two organisers picks the one they act for in the header, on a phone, in Korean."""

import pytest

from gyoryu.accounts.models import Role
from tests.browser.conftest import screenshot
from tests.factories import MembershipFactory
from tests.world import build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_header_selector_chooses_the_organiser_for_new_records(live_server, open_page):
    w = build_world()
    a, b = w.mission.organiser, w.other_mission.organiser
    a.name_ko, b.name_ko = "창원시 투자유치과", "경상남도 통상교류과"
    a.save()
    b.save()
    multi = MembershipFactory(organiser=a, role=Role.STAFF).user
    MembershipFactory(user=multi, organiser=b, role=Role.STAFF)
    page = open_page("ko", 390, 844)
    page.goto(f"{live_server.url}/login/")
    page.get_by_label("사용자 이름").fill(multi.username)
    page.get_by_label("비밀번호").fill("correct-horse")
    page.get_by_role("button", name="로그인").click()
    page.wait_for_url(f"{live_server.url}/missions/")
    page.get_by_role("link", name="새 사절단").click()  # a page that needs the organiser asks for it first
    page.wait_for_url(f"{live_server.url}/account/organiser/?next=%2Fmissions%2Fnew%2F")
    assert page.get_by_role("heading", name="어느 주최 기관으로 작업하시겠습니까?").is_visible()
    page.get_by_role("button", name="경상남도 통상교류과").click()
    page.wait_for_url(f"{live_server.url}/missions/new/")
    assert page.get_by_test_id("acting-for").inner_text() == "작성 기관: 경상남도 통상교류과 · 다른 주최 기관"
    switch = page.get_by_label("작업 기관", exact=True)
    assert switch.input_value() == b.slug
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"page is {width}px wide on a 390px phone"
    screenshot(page, "acting-organiser-phone-ko")
    switch.select_option(a.slug)  # the selector sends itself
    page.wait_for_function(f"document.querySelector('#organiser-switch').value === '{a.slug}'")
    page.get_by_test_id("acting-for").filter(has_text="창원시 투자유치과").wait_for()
    page.get_by_label("제목 (영어)").fill("Trade mission to Hanoi")
    page.get_by_role("button", name="저장").click()
    page.get_by_role("heading", name="Trade mission to Hanoi").wait_for()
    from gyoryu.missions.models import Mission

    assert Mission.objects.get(title_en="Trade mission to Hanoi").organiser == a
