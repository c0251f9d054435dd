"""On a phone (390 px), in Korean and English: the request matrix keeps names' words whole (Korean broke one
syllable per line), and a partner guest lands on the requests waiting for them, headed as theirs, with no
API link (issue 13, item 7).  Screenshots are kept in test-artifacts/screenshots/."""

import pytest

from gyoryu.accounts.models import Role
from gyoryu.meetings import domain
from tests.browser.conftest import screenshot
from tests.factories import (
    DelegationEntryFactory,
    MembershipFactory,
    MissionFactory,
    OrganisationFactory,
    StopFactory,
    TargetFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FIRMS = ["창원정밀공업", "한국항공우주 부품", "경남스마트팩토리솔루션", "대한메디칼"]
PARTNERS = ["보잉 코리아", "시애틀공공도서관재단", "Siemens Healthineers", "워싱턴대학교"]
SIGN_IN = {"en": ("User name", "Password", "Sign in"), "ko": ("사용자 이름", "비밀번호", "로그인")}

# For every word of every name in the matrix's headers: on how many lines it is drawn.
WORD_LINES = """() => {
  const out = [];
  for (const th of document.querySelectorAll('table.matrix th')) {
    const node = th.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) continue;
    const text = node.textContent;
    let from = 0;
    for (const word of text.split(/\\s+/).filter(Boolean)) {
      const start = text.indexOf(word, from);
      from = start + word.length;
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + word.length);
      const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
      out.push([word, lines.size]);
    }
  }
  return out;
}"""


def _world():
    mission = MissionFactory(title_ko="창원시 북미 경제사절단", title_en="Changwon North America mission")
    stop = StopFactory(mission=mission)
    organiser = mission.organiser
    firms = []
    for name in FIRMS:  # Korean names only: English pages fall back to them too
        org = OrganisationFactory(organiser=organiser, country="KR", name_ko=name, name_en="")
        DelegationEntryFactory(mission=mission, organisation=org)
        firms.append(org)
    partners = [
        TargetFactory(mission=mission, stop=stop, organisation__name_ko=name, organisation__name_en="").organisation
        for name in PARTNERS
    ]
    domain.request_meeting(mission=mission, requester=firms[0], counterpart=partners[0])
    staff = MembershipFactory(organiser=organiser, role=Role.STAFF).user
    guest = MembershipFactory(organiser=organiser, role=Role.GUEST, organisation=partners[0]).user
    return mission, staff, guest


def _sign_in(page, base, user, lang):
    name, password, button = SIGN_IN[lang]
    page.goto(f"{base}/login/")
    page.get_by_label(name).fill(user.username)
    page.get_by_label(password).fill("correct-horse")
    page.get_by_role("button", name=button).click()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_request_matrix_keeps_korean_names_whole_on_a_phone(live_server, open_page, lang):
    mission, staff, _guest = _world()
    page = open_page(lang, 390, 844)
    _sign_in(page, live_server.url, staff, lang)
    page.wait_for_url(f"{live_server.url}/missions/")
    page.goto(f"{live_server.url}/missions/{mission.pk}/requests/")
    page.get_by_test_id("matrix").wait_for()
    words = page.evaluate(WORD_LINES)
    assert {w for w, _n in words} >= {"창원정밀공업", "경남스마트팩토리솔루션", "시애틀공공도서관재단"}
    assert [w for w, lines in words if lines != 1] == []  # every word on one line
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # the table scrolls in its box
    screenshot(page, f"requests-matrix-390-{lang}")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_guest_lands_on_the_requests_to_them_without_an_api_link(live_server, open_page, lang):
    mission, _staff, guest = _world()
    page = open_page(lang, 390, 844)
    _sign_in(page, live_server.url, guest, lang)
    page.wait_for_url(f"{live_server.url}/missions/{mission.pk}/requests/")
    heading = {"ko": "받은 상담 요청", "en": "Requests to you"}[lang]
    assert page.get_by_role("heading", name=heading, exact=True).is_visible()
    assert page.get_by_test_id("requests-received").locator("li").count() == 1
    assert page.locator("header nav a", has_text="API").count() == 0
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(page, f"requests-guest-390-{lang}")
