"""In a real browser, in Korean and English, on a desktop and on a phone (390 px): organiser staff open the
value-chain map, see its gaps, accept a proposed placement, and add a suggested target (found by the
matching engine) to the next mission, then see it among that mission's targets.  ``walk_to_a_target`` is
also the last part of issue 11's walk in tests/partnerships/test_browser.py.  Screenshots are kept in
test-artifacts/screenshots/."""

import pytest

from gyoryu.matchmaking.service import engine_for
from gyoryu.valuechains import domain
from tests.browser.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WORDS = {
    "en": {
        "user": "User name",
        "password": "Password",
        "sign_in": "Sign in",
        "chains": "Value chains",
        "accept": "Accept",
        "add": "Add to mission targets",
        "no_local": "Gap: no local firm at this stage",
        "no_tie": "Gap: no local firm here is tied to a partner",
        "added": "added to the targets of",
        "targets": "Targets",
    },
    "ko": {
        "user": "사용자 이름",
        "password": "비밀번호",
        "sign_in": "로그인",
        "chains": "가치사슬",
        "accept": "수락",
        "add": "사절단 방문 대상에 추가",
        "no_local": "빈 단계: 이 단계에 지역 기업이 없음",
        "no_tie": "빈 단계: 이 단계의 지역 기업이 파트너와 연결되지 않음",
        "added": "방문 대상에 추가했습니다",
        "targets": "방문 대상",
    },
}


def no_overflow(page, width):
    if width <= 390:
        assert page.evaluate("document.documentElement.scrollWidth") <= width


def sign_in(page, base, user, lang):
    w = WORDS[lang]
    page.goto(f"{base}/login/")
    page.get_by_label(w["user"]).fill(user.username)
    page.get_by_label(w["password"]).fill("correct-horse")
    page.get_by_role("button", name=w["sign_in"]).click()
    page.wait_for_url(f"{base}/missions/")


def walk_to_a_target(page, base, *, lang, width, chain, gap_stage, gap, mission, tag) -> str:
    """From the navigation to the chain's map; the stage ``gap_stage`` shows ``gap``; its suggested
    targets arrive (htmx); the first is added to ``mission`` (the one chosen by default) and shows among
    its targets.  Returns the name added."""
    w = WORDS[lang]
    page.get_by_role("navigation").get_by_role("link", name=w["chains"], exact=True).click()
    page.get_by_test_id("chains").get_by_role(
        "link", name=chain.name_ko if lang == "ko" else chain.name_en
    ).click()
    page.wait_for_url(f"{base}/valuechains/{chain.pk}/")
    stage = page.get_by_test_id(f"stage-{gap_stage}")
    assert stage.get_attribute("data-gap") == gap
    assert stage.get_by_test_id("gap").inner_text() == w[gap]
    selected = page.get_by_test_id("mission-form").locator("select option:checked")
    assert selected.get_attribute("value") == str(mission.pk)
    suggestions = stage.get_by_test_id(f"suggestions-{gap_stage}")
    suggestions.get_by_test_id("suggestion").first.wait_for(timeout=60_000)
    no_overflow(page, width)
    screenshot(page, f"valuechains-map-{tag}")
    first = suggestions.get_by_test_id("suggestion").first
    name = first.locator("b").first.inner_text()
    first.get_by_role("button", name=w["add"]).click()
    page.get_by_role("status").filter(has_text=w["added"]).wait_for()
    assert name in page.get_by_role("status").inner_text()
    no_overflow(page, width)
    page.goto(f"{base}/missions/{mission.pk}/")
    targets = page.locator("section[aria-labelledby='h-targets']")
    assert targets.get_by_role("heading").inner_text() == w["targets"]
    assert targets.get_by_role("link", name=name, exact=True).count() == 1
    no_overflow(page, width)
    screenshot(page, f"valuechains-targets-{tag}")
    return name


@pytest.mark.parametrize(("lang", "width"), [("en", 1280), ("ko", 1280), ("en", 390), ("ko", 390)])
def test_map_gap_accept_and_add_a_suggested_target(live_server, open_page, mapped, lang, width):
    w, base, tag = WORDS[lang], live_server.url, f"{lang}-{width}"
    proposal = domain.place(stage=mapped.stages[3], organisation=mapped.lab, user=mapped.staff)
    engine_for(mapped.organiser.pk)  # the matching index, built once per process as `gyoryu serve` does
    page = open_page(lang, width=width, height=900 if width > 400 else 844)
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    sign_in(page, base, mapped.staff, lang)

    page.goto(f"{base}/valuechains/{mapped.chain.pk}/")
    materials = page.get_by_test_id("stage-4")
    assert materials.get_attribute("data-gap") == "no_tie"
    materials.get_by_test_id(f"proposal-{mapped.lab.pk}").get_by_role(
        "button", name=w["accept"], exact=True
    ).click()
    page.get_by_test_id("stage-4").get_by_test_id("partners").get_by_text(
        "Cascadia Composites Lab"
    ).wait_for()
    proposal.refresh_from_db()
    assert (proposal.status, proposal.decided_by) == ("accepted", mapped.staff)

    added = walk_to_a_target(
        page,
        base,
        lang=lang,
        width=width,
        chain=mapped.chain,
        gap_stage=1,
        gap="no_local",
        mission=mapped.next_mission,
        tag=tag,
    )
    assert added == "Cascade Aircraft"  # the partner already at the OEM stage comes first
    assert [t.organisation.name_en for t in mapped.next_mission.targets.all()] == ["Cascade Aircraft"]
    assert errors == []


def test_accepting_twice_in_two_tabs_tells_why(live_server, open_page, vc):
    """Two staff members decide the same proposal: the second is told it is already accepted."""
    proposal = domain.place(stage=vc.stages[2], organisation=vc.sejin, user=vc.staff)
    base = live_server.url
    pages = [open_page("en"), open_page("en")]
    for page in pages:
        sign_in(page, base, vc.staff, "en")
        page.goto(f"{base}/valuechains/{vc.chain.pk}/")
    for page in pages:
        page.get_by_test_id(f"proposal-{vc.sejin.pk}").get_by_role(
            "button", name="Accept", exact=True
        ).click()
        page.get_by_role("status").wait_for()
    assert pages[1].get_by_role("status").inner_text() == "This placement is already “Accepted”."
    proposal.refresh_from_db()
    assert proposal.changes.count() == 2
