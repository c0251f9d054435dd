"""An attendee opens their personal agenda in a real Chromium (ko and en, desktop and 390 px), sees the
programme items and meetings, downloads the PDF and the .ics, and makes a calendar link."""

import pytest
import vobject

from gyoryu.accounts.models import Role
from tests.agendas.conftest import build, member
from tests.browser.conftest import screenshot
from tests.browser.test_roles import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WORDS = {
    "en": {
        "roundtable": "Roundtable with KSEA",
        "flight": "KE023 Incheon – San Francisco",
        "my": "My agenda",
        "create": "Create a calendar link",
        "day": "Tue 9 Mar 2027",
    },
    "ko": {
        "roundtable": "KSEA 간담회",
        "flight": "KE023 인천 – 샌프란시스코",
        "my": "내 일정표",
        "create": "캘린더 링크 만들기",
        "day": "2027년 3월 9일 (화)",
    },
}


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_attendee_opens_personal_agenda_and_downloads_it(live_server, open_page, lang, width, tmp_path):
    w = build()
    user = member(w.mission.organiser, Role.DELEGATE, w.firm_a, person=w.ceo_a)
    user.set_password("correct-horse-9")
    user.save()
    words = WORDS[lang]
    page = open_page(lang, width=width)
    sign_in(page, live_server.url, user.username, "correct-horse-9", lang)
    page.goto(f"{live_server.url}/missions/{w.mission.pk}/")
    page.get_by_test_id("my-agenda").click()
    page.wait_for_url(f"**/agenda/person/{w.ceo_a.pk}/")
    agenda = page.get_by_test_id("agenda")
    items = agenda.locator("li.agenda-item")
    assert items.count() == 4
    titles = items.locator(".title").all_inner_texts()
    partner = w.partners[0].name_ko if lang == "ko" else w.partners[0].name_en
    firm = w.firm_a.name_ko if lang == "ko" else w.firm_a.name_en
    assert words["flight"] in titles and words["roundtable"] in titles
    assert f"{firm} – {partner}" in titles
    assert agenda.get_by_text(words["day"]).count() == 1
    assert agenda.locator("li.agenda-item.programme").count() == 2
    if width == 390:
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(page, f"agenda-person-{lang}-{width}")

    with page.expect_download() as pdf:
        page.get_by_test_id("agenda-pdf").click(modifiers=["Alt"])
    pdf_path = tmp_path / "agenda.pdf"
    pdf.value.save_as(pdf_path)
    assert pdf_path.read_bytes().startswith(b"%PDF")
    with page.expect_download() as ics:
        page.get_by_test_id("agenda-ics").click()
    ics_path = tmp_path / "agenda.ics"
    ics.value.save_as(ics_path)
    cal = vobject.readOne(ics_path.read_text(encoding="utf-8"))
    summaries = {e.summary.value for e in cal.vevent_list}
    assert words["roundtable"] in summaries and len(summaries) == 4

    page.get_by_role("button", name=words["create"]).click()
    url = page.get_by_test_id("feed-url").inner_text()
    assert url.startswith(f"{live_server.url}/calendar/")
    if width == 390:
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
