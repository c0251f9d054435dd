"""In Chromium, Korean and English, desktop and a 390 px phone: open the results, filter, download XLSX and PDF."""

import io
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from tests.browser.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
WORDS = {
    "ko": {"apply": "적용", "xlsx": "엑셀 (한국어)", "pdf": "PDF (한국어)", "country": "상대국",
           "firms_sheet": "기업별 성과"},
    "en": {"apply": "Apply", "xlsx": "Excel (English)", "pdf": "PDF (English)", "country": "Partner country",
           "firms_sheet": "Results by delegation firm"},
}


def sign_in(page, base, user):
    page.goto(f"{base}/login/")
    page.locator("input[name=username]").fill(user.username)
    page.locator("input[name=password]").fill("correct-horse")
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url(f"{base}/missions/")


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_results_filter_and_download(live_server, open_page, results, lang, width):
    words = WORDS[lang]
    base = live_server.url
    page = open_page(lang, width=width, height=900)
    sign_in(page, base, results.staff)
    page.goto(f"{base}/reports/missions/{results.a.pk}/")
    tile = page.get_by_test_id("kpi-consultation").locator("b")
    assert tile.inner_text() == "USD 101,333"
    assert page.locator("svg.chart").count() == 4
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    name = f"reports-dashboard-{lang}-{width}"
    screenshot(page, name)
    page.get_by_test_id("filters").locator("select[name=country]").select_option("DE")
    page.get_by_role("button", name=words["apply"]).click()
    page.wait_for_url("**country=DE**")
    assert page.get_by_test_id("kpi-consultation").locator("b").inner_text() == "USD 100,000"
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    screenshot(page, f"{name}-filtered")
    with page.expect_download() as info:
        page.get_by_role("link", name=words["xlsx"]).click()
    data = Path(info.value.path()).read_bytes()
    sheet = CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_name(words["firms_sheet"]).to_python()
    header = sheet[3]
    total = [r for r in sheet[4:] if any(v != "" for v in r)][-1]
    assert total[header.index("상담액 (USD)" if lang == "ko" else "Consultation amount (USD)")] == 100000.0
    with page.expect_download() as info:
        page.get_by_role("link", name=words["pdf"]).click()
    assert Path(info.value.path()).read_bytes()[:5] == b"%PDF-"
    assert info.value.suggested_filename == f"gyoryu-report-{results.a.pk}-{lang}.pdf"


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_firm_sheet_on_a_phone(live_server, open_page, results, lang):
    base = live_server.url
    page = open_page(lang, width=390, height=844)
    sign_in(page, base, results.delegate1)
    page.goto(f"{base}/reports/missions/{results.a.pk}/firms/{results.firm1.pk}/")
    assert page.get_by_test_id("kpi-consultations").locator("b").inner_text() == "2"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(page, f"reports-firm-{lang}-390")
