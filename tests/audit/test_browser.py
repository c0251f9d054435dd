"""In Chromium, Korean and English, desktop and a 390 px phone: organiser staff read a mission's history on
its page (loaded after the page)."""

import pytest

from gyoryu.audit.context import acting
from gyoryu.missions import domain as missions
from tests.browser.conftest import screenshot
from tests.privacy.test_browser import sign_in
from tests.world import build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
WORDS = {
    "ko": {"history": "변경 기록", "changed": "변경", "status": "상태"},
    "en": {"history": "History", "changed": "changed", "status": "status"},
}


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_staff_read_the_history_on_the_missions_page(live_server, open_page, lang, width):
    w = build_world()
    with acting(via="web", username=w.staff.username):
        missions.update_mission(mission=w.mission, data={"status": "recruiting"})
    words, base = WORDS[lang], live_server.url
    page = open_page(lang, width=width, height=900)
    sign_in(page, base, w.staff.username)
    page.wait_for_url(f"{base}/missions/")
    page.goto(f"{base}/missions/{w.mission.pk}/")
    section = page.get_by_test_id("history-section")
    assert section.locator("h2").inner_text() == words["history"]
    first = section.get_by_test_id("history-entry").first  # loaded after the page (htmx)
    first.wait_for()
    assert words["changed"] in first.inner_text()
    change = first.locator("tr[data-field=status]")
    assert change.locator("th").inner_text() == words["status"]
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    section.scroll_into_view_if_needed()
    screenshot(page, f"history-mission-{lang}-{width}")
