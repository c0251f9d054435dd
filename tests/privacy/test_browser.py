"""In Chromium, Korean and English, desktop and a 390 px phone: a delegation member's first sign-in goes
through the privacy notice."""

import pytest

from gyoryu.accounts.models import Role
from gyoryu.common.bilingual import pick
from gyoryu.privacy.models import Consent
from tests.browser.conftest import screenshot
from tests.factories import MembershipFactory
from tests.world import build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
WORDS = {
    "ko": {"heading": "개인정보 수집·이용 안내", "agree": "동의하고 계속하기"},
    "en": {"heading": "Privacy notice", "agree": "Agree and continue"},
}


def sign_in(page, base, username):
    page.goto(f"{base}/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill("correct-horse")
    page.locator("form button[type=submit]").last.click()


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_first_sign_in_asks_for_consent(live_server, open_page, lang, width):
    w = build_world()
    newcomer = MembershipFactory(
        organiser=w.mission.organiser, role=Role.DELEGATE, organisation=w.firm, consented=False
    ).user
    words, base = WORDS[lang], live_server.url
    page = open_page(lang, width=width, height=900)
    sign_in(page, base, newcomer.username)
    page.wait_for_url("**/privacy/consent/**")
    notice = page.get_by_test_id("notice")
    assert notice.locator("h2").inner_text() == words["heading"]
    assert pick(w.mission.organiser, "name", lang) in notice.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    screenshot(page, f"privacy-consent-{lang}-{width}")
    page.goto(f"{base}/missions/{w.mission.pk}/")  # any other page leads back to the notice
    page.wait_for_url("**/privacy/consent/**")
    assert Consent.objects.filter(user=newcomer).count() == 0
    page.locator("input[name=agree]").check()
    page.get_by_role("button", name=words["agree"]).click()
    page.wait_for_url(f"{base}/missions/{w.mission.pk}/")
    [consent] = Consent.objects.filter(user=newcomer)
    assert (consent.language, consent.channel, consent.organiser_id) == (lang, "sign_in", w.mission.organiser_id)
    screenshot(page, f"privacy-consented-{lang}-{width}")
