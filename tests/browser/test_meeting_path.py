"""The whole path of a meeting in a real Chromium: request, accept, schedule, publish, move — then check-in,
outcome, lead and the follow-up answer — in Korean and English, at desktop and phone widths."""

import pytest

from gyoryu.common import jobs
from gyoryu.demo.load import load_demo
from gyoryu.meetings.models import Meeting
from gyoryu.missions.models import Mission
from gyoryu.organizations.models import Organisation
from tests.browser.conftest import screenshot
from tests.browser.test_roles import sign_in

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
    page.get_by_role("button", name=t["publish"]).click()
    page.wait_for_load_state()
    schedule.refresh_from_db()
    assert schedule.status == "published"
    return schedule


@pytest.mark.parametrize(("lang", "width", "height"), [("ko", 1280, 900), ("en", 390, 844)])
def test_request_accept_schedule_publish_move(live_server, open_page, lang, width, height):
    t, base = T[lang], live_server.url
    signins = {s["username"]: s["password"] for s in load_demo()}
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
    partner.locator(f"[data-testid=request-{meeting.pk}]").get_by_role(
        "button", name=t["accept"], exact=True
    ).click()
    partner.wait_for_load_state()
    meeting.refresh_from_db()
    assert meeting.status == "accepted"
    screenshot(partner, f"path-2-accepted-{lang}-{width}")

    # 3. the organiser makes the schedule (the worker runs it) and publishes it
    staff = open_page(lang, width, height)
    sign_in(staff, base, "staff", signins["staff"], lang)
    staff.goto(f"{base}/missions/{mission.pk}/schedule/")
    staff.get_by_role("button", name=t["start"]).click()
    staff.wait_for_url(f"{base}/missions/{mission.pk}/schedule/1/")
    assert jobs.run_pending() == 1
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
