"""Sign in as each demo role in a real Chromium, in Korean and English, and open what that role may see."""

import re

import pytest
from playwright.sync_api import expect

from gyoryu.demo.load import load_demo
from gyoryu.missions.models import Mission
from tests.browser.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LABELS = {
    "en": {"signin": "Sign in", "targets": "Targets", "delegation": "Delegation", "orgs": "Organisations"},
    "ko": {"signin": "로그인", "targets": "방문 대상", "delegation": "대표단", "orgs": "기관"},
}


def sign_in(page, base, username, password, lang):
    page.goto(f"{base}/login/")
    page.get_by_label({"en": "User name", "ko": "사용자 이름"}[lang]).fill(username)
    page.get_by_label({"en": "Password", "ko": "비밀번호"}[lang]).fill(password)
    page.get_by_role("button", name=LABELS[lang]["signin"]).click()
    # a partner guest starts at the requests waiting for their answer, everyone else at the missions
    page.wait_for_url(f"{base}/missions/*/requests/" if username == "partner" else f"{base}/missions/")
    # the stylesheet and htmx are served (a page without them still "works" but is not what users get)
    assert (
        page.evaluate("getComputedStyle(document.querySelector('header.top')).backgroundColor")
        == "rgb(13, 39, 66)"
    )
    assert page.evaluate("typeof htmx") == "object"


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize(
    ("username", "sees_targets"), [("admin", True), ("staff", True), ("delegate", True), ("partner", False)]
)
def test_role_signs_in_and_sees_its_mission(live_server, open_page, username, sees_targets, lang):
    signins = {s["username"]: s for s in load_demo()}
    mission = Mission.objects.get(organiser__slug="changwon")
    title = mission.title_ko if lang == "ko" else mission.title_en
    page = open_page(lang)
    sign_in(page, live_server.url, username, signins[username]["password"], lang)
    page.get_by_role("link", name=title).click()
    page.wait_for_url(f"{live_server.url}/missions/{mission.pk}/")
    assert page.get_by_role("heading", name=LABELS[lang]["delegation"], exact=True).is_visible()
    assert page.get_by_role("heading", name=LABELS[lang]["targets"], exact=True).count() == (
        1 if sees_targets else 0
    )
    screenshot(page, f"dashboard-{username}-{lang}")
    other = Mission.objects.exclude(organiser__slug="changwon").get()
    response = page.goto(f"{live_server.url}/missions/{other.pk}/")
    assert response.status == (200 if username == "admin" else 404)
    page.goto(f"{live_server.url}/organisations/")
    assert page.get_by_role("heading", name=LABELS[lang]["orgs"], exact=True).is_visible()


def test_phone_width_directory_search_and_profile(live_server, open_page):
    from gyoryu.matchmaking.cli import warm

    signins = {s["username"]: s for s in load_demo()}
    warm()
    page = open_page("ko", 390, 844)
    sign_in(page, live_server.url, "staff", signins["staff"]["password"], "ko")
    page.goto(f"{live_server.url}/organisations/")
    everyone = page.locator("#results p.muted").inner_text()
    page.get_by_label("검색 (한국어 또는 영어)").fill("Boeing")
    expect(page.locator("#results p.muted")).not_to_have_text(everyone)  # htmx swapped the results in
    # the name match comes first; the engine's matches across languages (Boeing's suppliers) follow
    expect(page.locator("#results tbody tr").first).to_contain_text("Boeing")
    page.locator("#results tbody a").first.click()
    page.wait_for_url(re.compile(r"/organisations/\d+/$"))
    expect(page.get_by_role("heading", name="한국어")).to_be_visible()
    expect(page.get_by_role("heading", name="English")).to_be_visible()
    # the suggested partners (with their filter form) arrive after the page: measure once they are there
    page.get_by_test_id("suggestions").wait_for()
    assert page.title().startswith("Boeing") or page.title().startswith("보잉")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"page is {width}px wide on a 390px phone"
    screenshot(page, "profile-phone-ko")
