"""In a real browser, in Korean and English, on a desktop and on a phone (390 px): organiser staff create an
agreement, move it through its lifecycle with a signed PDF, add an exchange programme and see the
relationship network (drawn by the vendored Cytoscape.js) and who already knows whom, then the value-chain
map with a gap and add a suggested target to the next mission (issue 11's whole walk).  Screenshots are
kept in test-artifacts/screenshots/."""

import datetime as dt

import pytest

from gyoryu.matchmaking import service
from gyoryu.organizations.domain import update_organisation
from gyoryu.partnerships.models import Agreement, Programme
from gyoryu.valuechains import domain as valuechains
from tests.browser.conftest import screenshot
from tests.factories import MissionFactory, StopFactory
from tests.partnerships.conftest import pdf_bytes
from tests.valuechains.test_browser import walk_to_a_target

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WORDS = {
    "en": {
        "user": "User name",
        "password": "Password",
        "sign_in": "Sign in",
        "new": "New agreement",
        "kind": "Kind of agreement",
        "title_ko": "Title (Korean)",
        "title_en": "Title (English)",
        "parties": "Parties",
        "areas": ["Industry", "Culture", "Sports", "Academia"],
        "save": "Save",
        "status": "New status",
        "end": "In force until",
        "change": "Change status",
        "upload": "Upload",
        "file": "PDF file",
        "doc_title": "Title",
        "add_programme": "Add a programme",
        "type": "Type of programme",
        "from": "From",
        "until": "Until",
        "headcount": "Number of participants",
        "save_programme": "Save programme",
        "network": "Relationship network",
        "labels": {"under_review": "Under review", "signed": "Signed", "active": "Active"},
        "not_pdf": "This file is not a PDF. Upload the agreement as a PDF file.",
        "ties": "Who already knows whom",
    },
    "ko": {
        "user": "사용자 이름",
        "password": "비밀번호",
        "sign_in": "로그인",
        "new": "새 협약",
        "kind": "협약 종류",
        "title_ko": "제목 (한국어)",
        "title_en": "제목 (영어)",
        "parties": "당사자",
        "areas": ["산업", "문화", "체육", "학술"],
        "save": "저장",
        "status": "새 상태",
        "end": "유효 기간 종료일",
        "change": "상태 변경",
        "upload": "올리기",
        "file": "PDF 파일",
        "doc_title": "제목",
        "add_programme": "프로그램 추가",
        "type": "프로그램 유형",
        "from": "시작",
        "until": "종료",
        "headcount": "참가 인원",
        "save_programme": "프로그램 저장",
        "network": "관계망",
        "labels": {"under_review": "검토 중", "signed": "서명 완료", "active": "발효"},
        "not_pdf": "PDF 파일이 아닙니다. 협약서를 PDF 파일로 올려 주세요.",
        "ties": "누가 누구를 이미 아는가",
    },
}


def no_overflow(page, width):
    if width <= 390:
        assert page.evaluate("document.documentElement.scrollWidth") <= width


def sign_in(page, base, user, w):
    page.goto(f"{base}/login/")
    page.get_by_label(w["user"]).fill(user.username)
    page.get_by_label(w["password"]).fill("correct-horse")
    page.get_by_role("button", name=w["sign_in"]).click()
    page.wait_for_url(f"{base}/missions/")


def move(page, w, to, end=None):
    form = page.get_by_test_id("status-form")
    form.get_by_label(w["status"]).select_option(to)
    if end:
        form.get_by_label(w["end"]).fill(end)
    form.get_by_role("button", name=w["change"]).click()
    page.get_by_test_id("status").filter(has_text=w["labels"][to]).wait_for()


@pytest.mark.parametrize(("lang", "width"), [("en", 1280), ("ko", 1280), ("en", 390), ("ko", 390)])
def test_agreement_lifecycle_programme_and_network(live_server, open_page, ties, tmp_path, lang, width):
    for org, ko in ((ties.city, "창원특례시"), (ties.foreign_city, "레드먼드시")):
        org.name_ko = ko
        org.save()
    chain, next_mission = value_chain(ties)
    w, base, tag = WORDS[lang], live_server.url, f"{lang}-{width}"
    page = open_page(lang, width=width, height=900 if width > 400 else 844)
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    sign_in(page, base, ties.staff, w)
    page.goto(f"{base}/partnerships/")
    page.get_by_role("link", name=w["new"]).click()
    page.get_by_label(w["kind"]).select_option("exchange")
    page.get_by_label(w["title_ko"]).fill("창원–레드먼드 교류협력 협약")
    page.get_by_label(w["title_en"]).fill("Changwon–Redmond exchange agreement")
    for area in w["areas"]:
        page.get_by_label(area, exact=True).check()
    names = ["창원특례시", "레드먼드시"] if lang == "ko" else ["Changwon", "City of Redmond"]
    page.get_by_label(w["parties"]).select_option(label=names)
    no_overflow(page, width)
    screenshot(page, f"partnerships-new-{tag}")
    page.get_by_role("button", name=w["save"], exact=True).click()
    page.get_by_test_id("status-history").wait_for()
    agreement = Agreement.objects.get()
    assert page.url == f"{base}/partnerships/{agreement.pk}/"
    move(page, w, "under_review")
    move(page, w, "signed", end=(dt.date.today() + dt.timedelta(days=3 * 365)).isoformat())

    bad, good = tmp_path / "scan.pdf", tmp_path / "signed.pdf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    good.write_bytes(pdf_bytes(pages=2))
    upload = page.get_by_test_id("upload-form")
    upload.get_by_label(w["file"]).set_input_files(str(bad))
    upload.get_by_role("button", name=w["upload"]).click()
    page.get_by_role("alert").filter(has_text=w["not_pdf"]).wait_for()
    upload = page.get_by_test_id("upload-form")
    upload.get_by_label(w["doc_title"], exact=True).fill("Signed agreement")
    upload.get_by_label(w["file"]).set_input_files(str(good))
    upload.get_by_role("button", name=w["upload"]).click()
    page.get_by_test_id("documents").get_by_role("link", name="Signed agreement").wait_for()
    move(page, w, "active")
    history = page.get_by_test_id("status-history").locator("li")
    assert history.count() == 4  # proposed, under review, signed, active
    no_overflow(page, width)
    screenshot(page, f"partnerships-detail-{tag}")
    agreement.refresh_from_db()
    assert (agreement.status, agreement.signed_on, agreement.documents.get().pages) == (
        "active",
        dt.date.today(),
        2,
    )
    href = page.get_by_test_id("documents").get_by_role("link").first.get_attribute("href")
    document = page.request.get(f"{base}{href}")
    assert (document.status, document.headers["content-type"]) == (200, "application/pdf")

    page.get_by_role("link", name=w["add_programme"]).click()
    page.get_by_label(w["type"]).select_option("sports_event")
    page.get_by_label(w["title_ko"]).fill("청소년 축구 교류전")
    page.get_by_label(w["title_en"]).fill("Youth football exchange")
    page.get_by_label(w["from"]).fill("2027-07-20")
    page.get_by_label(w["until"]).fill("2027-07-27")
    page.get_by_label(w["headcount"]).fill("24")
    no_overflow(page, width)
    page.get_by_role("button", name=w["save_programme"]).click()
    page.get_by_test_id("counts").wait_for()
    programme = Programme.objects.get()
    assert (programme.area, programme.headcount, programme.agreement_id) == ("sports", 24, agreement.pk)
    no_overflow(page, width)
    screenshot(page, f"partnerships-programme-{tag}")

    page.goto(f"{base}/partnerships/")
    page.get_by_role("link", name=w["network"]).click()
    graph = page.locator("#network[data-ready='true']")
    graph.wait_for()
    # the two cities (agreement and programme) and the firm that travelled in the city's delegation
    assert (graph.get_attribute("data-nodes"), graph.get_attribute("data-edges")) == ("3", "2")
    # tap the foreign city where Cytoscape drew it (scrolled to the middle of the window first): its ties
    # appear beside the graph
    where = (
        f"(() => {{ const p = window.gyoryuNetwork.$id('o{ties.foreign_city.pk}').renderedPosition();"
        " const b = document.getElementById('network').getBoundingClientRect();"
        " return [b.left + p.x, b.top + p.y]; })()"
    )
    x, y = page.evaluate(where)
    # scroll, and wait until the scroll event has been handled (Cytoscape keeps the container's position
    # until then, so an earlier click would land where the node was)
    page.evaluate(
        "(dy) => new Promise(done => {"
        " const max = document.documentElement.scrollHeight - window.innerHeight;"
        " const to = Math.min(Math.max(window.scrollY + dy, 0), max);"
        " if (Math.abs(to - window.scrollY) < 1) return done();"
        " window.addEventListener('scroll', () => requestAnimationFrame(() => done()), {once: true});"
        " window.scrollTo(0, to); })",
        y - page.viewport_size["height"] / 2,
    )
    x, y = page.evaluate(where)
    assert 0 < y < page.viewport_size["height"] and 0 < x < page.viewport_size["width"]
    page.mouse.click(x, y)
    ties_list = page.get_by_test_id("node-ties")
    ties_list.wait_for()
    assert ties_list.locator("li").count() == 1
    assert (names[0] if lang == "ko" else "Changwon") in ties_list.inner_text()
    no_overflow(page, width)
    screenshot(page, f"partnerships-network-{tag}")

    page.goto(f"{base}/missions/{ties.mission.pk}/")
    page.get_by_role("link", name=w["ties"]).click()
    card = page.get_by_test_id(f"target-{ties.foreign_city.pk}")
    assert card.locator("tbody tr").count() == 1
    no_overflow(page, width)
    screenshot(page, f"partnerships-ties-{tag}")

    # the delegation firm is on the chain's only stage, tied to no partner: a gap, and Acme Aero (the one
    # foreign company, not yet a target of the next mission) is the suggested target
    added = walk_to_a_target(
        page,
        base,
        lang=lang,
        width=width,
        chain=chain,
        gap_stage=1,
        gap="no_tie",
        mission=next_mission,
        tag=f"walk-{tag}",
    )
    assert added == (ties.partner.name_ko if lang == "ko" else "Acme Aero")
    assert [t.organisation for t in next_mission.targets.all()] == [ties.partner]
    assert errors == []


def value_chain(ties):
    """An aircraft chain with one stage where the delegation firm is accepted, profiles that the matching
    engine can compare, and the next mission (a stop in the US); the engine is indexed as `gyoryu serve`
    does at start."""
    update_organisation(
        organisation=ties.firm,
        data={"offers_en": "Precision machining of titanium aircraft engine parts", "country": "KR"},
    )
    update_organisation(
        organisation=ties.partner, data={"seeks_en": "Suppliers of machined aircraft engine parts"}
    )
    chain = valuechains.create_chain(
        organiser=ties.organiser,
        data={"sector": "aerospace", "name_ko": "항공기 가치사슬", "name_en": "Aircraft value chain"},
        stages=[{"name_ko": "2차 협력사", "name_en": "Tier 2 machined parts", "codes": ["KSIC 31322"]}],
    )
    placement = valuechains.place(stage=chain.stages.get(), organisation=ties.firm, user=ties.staff)
    valuechains.accept_placement(placement=placement, user=ties.staff)
    next_mission = MissionFactory(organiser=ties.organiser, title_en="Mission 2028", title_ko="2028 사절단")
    StopFactory(
        mission=next_mission, country="US", start_date=dt.date(2028, 4, 17), end_date=dt.date(2028, 4, 20)
    )
    service.reset()
    service.engine_for(ties.organiser.pk)
    return chain, next_mission
