"""The whole path of a meeting in a real Chromium: request, accept, schedule, publish, move — then check-in,
outcome, lead and the follow-up answer — in Korean and English, at desktop and phone widths."""

import pytest

from gyoryu.demo.load import load_demo
from gyoryu.matchmaking.cli import warm
from gyoryu.meetings.models import Meeting
from gyoryu.missions.models import Mission
from gyoryu.organizations.models import Organisation
from tests.browser.conftest import click_and_load, screenshot
from tests.browser.test_roles import sign_in
from tests.queue import run_tasks

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

T = {
    "ko": {
        "request": "상담 요청",
        "message": "메시지 (편한 언어로)",
        "send": "요청 보내기",
        "accept": "수락",
        "start": "시작",
        "publish": "이 일정표 공개",
        "move": "옮기기",
    },
    "en": {
        "request": "Request a meeting",
        "message": "Message, in your own language",
        "send": "Send the request",
        "accept": "Accept",
        "start": "Start",
        "publish": "Publish this schedule",
        "move": "Move",
    },
}


def _publish_latest(page, base, mission, t):
    schedule = mission.schedules.order_by("-number").first()
    page.goto(f"{base}/missions/{mission.pk}/schedule/{schedule.number}/")
    click_and_load(page, page.get_by_role("button", name=t["publish"]))
    schedule.refresh_from_db()
    assert schedule.status == "published"
    return schedule


@pytest.mark.parametrize(("lang", "width", "height"), [("ko", 1280, 900), ("en", 390, 844)])
def test_request_accept_schedule_publish_move(live_server, open_page, lang, width, height):
    t, base = T[lang], live_server.url
    signins = {s["username"]: s["password"] for s in load_demo()}
    warm()  # as the demo does: profile pages then show suggestions at once instead of embedding on first view
    mission = Mission.objects.get(organiser__slug="changwon")
    boeing = Organisation.objects.get(name_en="The Boeing Company")

    # 1. the delegation firm asks Boeing for a meeting, from Boeing's profile in the directory
    page = open_page(lang, width, height)
    sign_in(page, base, "delegate", signins["delegate"], lang)
    page.goto(f"{base}/organisations/{boeing.pk}/")
    page.locator("a[href*='/requests/new/']").first.click()
    page.get_by_label(t["message"]).fill(
        "AS9100D 인증 엔진 부품 공급 논의" if lang == "ko" else "Engine parts, AS9100D"
    )
    page.get_by_role("button", name=t["send"]).click()
    page.wait_for_url(f"{base}/missions/{mission.pk}/requests/")
    meeting = Meeting.objects.get(counterpart=boeing)
    assert meeting.status == "requested"
    screenshot(page, f"path-1-request-{lang}-{width}")

    # 2. Boeing's guest accepts
    partner = open_page(lang, width, height)
    sign_in(partner, base, "partner", signins["partner"], lang)
    partner.goto(f"{base}/missions/{mission.pk}/requests/")
    click_and_load(
        partner,
        partner.locator(f"[data-testid=request-{meeting.pk}]").get_by_role("button", name=t["accept"], exact=True),
    )
    meeting.refresh_from_db()
    assert meeting.status == "accepted"
    screenshot(partner, f"path-2-accepted-{lang}-{width}")

    # 3. the organiser makes the schedule (the worker runs it) and publishes it
    staff = open_page(lang, width, height)
    sign_in(staff, base, "staff", signins["staff"], lang)
    staff.goto(f"{base}/missions/{mission.pk}/schedule/")
    staff.get_by_role("button", name=t["start"]).click()
    staff.wait_for_url(f"{base}/missions/{mission.pk}/schedule/1/")
    assert staff.get_by_text(
        "waiting for the worker" if lang == "en" else "작업 처리기를 기다리는 중"
    ).is_visible()
    staff.goto("about:blank")  # the page polls while the worker runs; the test's in-memory database is shared
    assert [name for name, _ in run_tasks()].count("solve_schedule") == 1
    published = _publish_latest(staff, base, mission, t)
    placement = published.placements.get(meeting=meeting)
    screenshot(staff, f"path-3-published-{lang}-{width}")

    # 4. the organiser moves the meeting: by drag and drop on a desktop, by the move form on a phone
    chip = staff.locator(f".chip[data-meeting='{meeting.pk}']")
    day = staff.locator("table.grid-table").filter(has=chip)
    free = day.locator(f"td.slot[data-room='{placement.room_id}']:not(:has(.chip))").first
    new_start = free.get_attribute("data-start")
    if width > 600:
        # HTML5 drag and drop, as a person does it: press on the meeting, move over the free cell, release
        # the grid's own drag-and-drop handlers, fed the events a drag produces (Playwright's mouse-driven
        # drag does not deliver HTML5 drop events in this headless Chromium)
        staff.evaluate(
            """([m, start, room]) => { const dt = new DataTransfer();
              const chip = document.querySelector(`.chip[data-meeting='${m}']`);
              const cell = document.querySelector(`td.slot[data-start='${start}'][data-room='${room}']`);
              chip.dispatchEvent(new DragEvent('dragstart', {dataTransfer: dt, bubbles: true}));
              cell.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));
              cell.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true})); }""",
            [meeting.pk, new_start, str(placement.room_id)],
        )
        staff.wait_for_url(f"{base}/missions/{mission.pk}/schedule/2/")
    else:
        staff.locator("select[name=meeting]").select_option(str(meeting.pk))
        staff.locator("select[name=start]").select_option(new_start)
        staff.locator("select[name=room]").select_option(str(placement.room_id))
        staff.get_by_role("button", name=t["move"], exact=True).click()
        staff.wait_for_url(f"{base}/missions/{mission.pk}/schedule/2/")
    moved = _publish_latest(staff, base, mission, t).placements.get(meeting=meeting)
    assert moved.start.isoformat() == new_start
    screenshot(staff, f"path-4-moved-{lang}-{width}")

    # 5. on the day, on a phone or a laptop: the firm checks in with one tap and records the outcome
    from gyoryu.followup import domain as followup
    from gyoryu.followup.models import CheckIn, Lead, Outcome

    for currency, usd, krw in (("USD", "1", "1380"), ("KRW", "0.000725", "1")):
        followup.set_rate(mission=mission, currency=currency, usd_per_unit=usd, krw_per_unit=krw)
    page.goto(f"{base}/followup/missions/{mission.pk}/today/")
    row = page.locator(f"#meeting-{meeting.pk}")
    row.locator("button[name=status][value=held]").click()
    page.locator(f"#meeting-{meeting.pk} [aria-pressed=true]").wait_for()  # htmx swapped the row
    screenshot(page, f"path-5-checked-in-{lang}-{width}")
    page.locator(f"#meeting-{meeting.pk} a[href$='/outcome/']").click()
    page.locator("#id_interest").select_option("high")
    page.locator("#id_consultation_amount").fill("250000")
    page.locator("#id_expected_contract_amount").fill("1200000")
    page.locator("#id_mou_signed").check()
    page.locator("#id_products_discussed").fill(
        "Inconel engine casings" if lang == "en" else "인코넬 엔진 케이싱"
    )
    page.locator("#id_next_step").fill("Send samples" if lang == "en" else "샘플 발송")
    screenshot(page, f"path-6-outcome-{lang}-{width}")
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url(f"{base}/followup/missions/{mission.pk}/today/**")
    outcome = Outcome.objects.get(meeting=meeting)
    assert (outcome.interest, str(outcome.consultation_amount), outcome.consultation_currency) == (
        "high",
        "250000.00",
        "USD",
    )
    lead = Lead.objects.get(meeting=meeting)
    assert lead.stage == "contacted" and CheckIn.objects.filter(lead=lead).count() == 3

    # 6. the organiser moves the lead on in the pipeline
    staff.goto(f"{base}/followup/leads/{lead.pk}/")
    staff.locator("#id_stage").select_option("sample_quotation")
    click_and_load(staff, staff.locator(f"form[action='/followup/leads/{lead.pk}/stage/'] button[type=submit]"))
    lead.refresh_from_db()
    assert lead.stage == "sample_quotation"
    staff.goto(f"{base}/followup/missions/{mission.pk}/pipeline/")
    screenshot(staff, f"path-7-pipeline-{lang}-{width}")

    # 7. two months later the firm answers the check-in from the e-mail's link, without a password
    checkin = CheckIn.objects.filter(lead=lead).order_by("due").first()
    token = followup.issue_checkin_link(checkin=checkin, today=checkin.due)
    anonymous = open_page(lang, width, height)
    anonymous.goto(f"{base}/followup/answer/{token}/")
    anonymous.locator("input[name=stage][value=negotiation]").check()
    anonymous.locator("input[name=consent]").check()  # the privacy notice, agreed to with the answer
    screenshot(anonymous, f"path-8-answer-{lang}-{width}")
    click_and_load(anonymous, anonymous.locator("form button[type=submit]").last)
    screenshot(anonymous, f"path-9-answered-{lang}-{width}")
    checkin.refresh_from_db()
    lead.refresh_from_db()
    assert checkin.answered_at is not None and lead.stage == "negotiation"
