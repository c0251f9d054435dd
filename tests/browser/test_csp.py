"""Under the Content-Security-Policy, in a real Chromium: organiser staff walk the demo mission in full flight
(dashboard, profile with its suggestions, code suggestions, meetings and requests, the schedule with a
drag-and-drop move, the programme, agendas, the brochure, results with charts, partnerships and the network,
notifications, the API documentation) and switch the language.  Any policy violation (a securitypolicyviolation
event or the console's report of one), any other console error (a missing file, a failed request) and any
script error fails the test."""

import pytest

from gyoryu.demo.load import load_demo
from gyoryu.missions.models import Mission, Stop
from gyoryu.organizations.models import Organisation
from gyoryu.partnerships.models import Agreement
from tests.browser.conftest import screenshot
from tests.browser.test_roles import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def flight():
    """The demo as `gyoryu demo` makes it: programme, meetings, published schedule, outcomes, partnerships."""
    from gyoryu.demo.meetings import bring_to_life, plan_meetings, publish_first_schedule
    from gyoryu.demo.partnerships import bring_partnerships_to_life
    from gyoryu.demo.programme import plan_programme
    from gyoryu.matchmaking.cli import warm

    signins = {s["username"]: s["password"] for s in load_demo()}
    warm()
    mission = Mission.objects.get(organiser__slug="changwon")
    plan_programme(mission)
    plan_meetings(mission)
    schedule = publish_first_schedule(mission, time_limit=10)
    assert schedule.status == "published"
    bring_to_life(mission)
    bring_partnerships_to_life(mission)
    return signins, mission, schedule


def _drop(page, meeting: str, start: str, room: str) -> None:
    """The grid's HTML5 drag and drop, fed the events a drag produces (see test_meeting_path.py)."""
    page.evaluate(
        """([m, start, room]) => { const dt = new DataTransfer();
          const chip = document.querySelector(`.chip[data-meeting='${m}']`);
          const cell = document.querySelector(`td.slot[data-start='${start}'][data-room='${room}']`);
          chip.dispatchEvent(new DragEvent('dragstart', {dataTransfer: dt, bubbles: true}));
          cell.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));
          cell.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true})); }""",
        [meeting, start, room],
    )


def test_staff_walk_the_main_pages_without_a_policy_violation(live_server, open_page, flight):
    signins, mission, schedule = flight
    base, m = live_server.url, mission.pk
    page = open_page("ko")
    problems = []
    page.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))

    def visit(path: str):
        response = page.goto(f"{base}{path}")
        assert response.status == 200, path
        assert "default-src 'self'" in response.headers["content-security-policy"], path
        return response

    sign_in(page, base, "staff", signins["staff"], "ko")

    # the dashboard; a confirmation that is declined sends nothing (data-confirm, gyoryu.js)
    visit(f"/missions/{m}/")
    stops = Stop.objects.filter(mission=mission).count()
    asked = []
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    page.locator("form[data-confirm] button").first.click()  # returns once the dialog is answered
    assert asked == ["사절단에서 삭제할까요?"]
    assert page.url == f"{base}/missions/{m}/" and Stop.objects.filter(mission=mission).count() == stops

    # a profile: suggested partners arrive by htmx after the page
    boeing = Organisation.objects.get(name_en="The Boeing Company")
    visit(f"/organisations/{boeing.pk}/")
    page.get_by_test_id("suggestions").wait_for()

    # the profile form: suggested industry codes (htmx), one added to the codes field, one rejected
    firm = mission.delegation.filter(organisation__kind="company").first().organisation
    visit(f"/organisations/{firm.pk}/edit/")
    page.get_by_role("button", name="입력한 내용으로 산업 코드 제안받기").click()
    page.locator("#code-suggestions > *").first.wait_for()
    added = page.locator("[data-add-code]")
    if added.count():  # the KSIC tables are loaded (../shared/data); else the page says how to load them
        code = added.first.get_attribute("data-add-code")
        added.first.click()
        assert code in page.locator("#id_codes").input_value()
        before = page.locator("#code-suggestions li").count()
        page.locator("#code-suggestions [data-dismiss]").first.click()
        assert page.locator("#code-suggestions li").count() == before - 1

    for path in (f"/missions/{m}/meetings/", f"/missions/{m}/requests/", f"/missions/{m}/programme/"):
        visit(path)
    item = mission.programme.order_by("start").first()
    visit(f"/missions/{m}/programme/{item.pk}/")

    # the schedule: a move onto a taken table is refused with its reasons; a move to a free cell makes a draft
    visit(f"/missions/{m}/schedule/{schedule.number}/")
    chips = page.locator(".chip[draggable=true]")
    first, second = chips.nth(0), chips.nth(1)
    taken = second.locator("xpath=..")
    _drop(page, first.get_attribute("data-meeting"), taken.get_attribute("data-start"), taken.get_attribute("data-room"))
    page.locator("#move-errors li.error").first.wait_for()
    assert page.url == f"{base}/missions/{m}/schedule/{schedule.number}/"
    placement = schedule.placements.get(meeting_id=first.get_attribute("data-meeting"))
    table = page.locator("table.grid-table").filter(has=first)
    free = table.locator(f"td.slot[data-room='{placement.room_id}']:not(:has(.chip))")
    draft = f"/missions/{m}/schedule/{schedule.number + 1}/"
    for start in [free.nth(i).get_attribute("data-start") for i in range(free.count())]:
        # a free table may still be refused (a firm busy then, travel): try the next until one is taken
        page.evaluate("() => document.getElementById('move-errors').replaceChildren()")
        _drop(page, str(placement.meeting_id), start, str(placement.room_id))
        page.wait_for_function(
            "(draft) => location.pathname === draft || document.querySelector('#move-errors li') !== null", arg=draft
        )
        if page.url == f"{base}{draft}":
            break
    page.wait_for_url(f"{base}{draft}")
    page.get_by_test_id("changes").wait_for()
    screenshot(page, "csp-schedule-moved-ko")

    for path in (f"/missions/{m}/agenda/", f"/missions/{m}/brochure/", f"/followup/missions/{m}/today/"):
        visit(path)

    # results with charts drawn on the server (SVG)
    visit(f"/reports/missions/{m}/")
    assert page.locator("svg.chart").count() >= 3
    screenshot(page, "csp-results-ko")

    # partnerships, one agreement and the network drawn by Cytoscape.js
    visit("/partnerships/")
    visit(f"/partnerships/{Agreement.objects.filter(organiser=mission.organiser).first().pk}/")
    visit("/partnerships/network/")
    page.locator("#network[data-ready=true]").wait_for()
    assert int(page.locator("#network").get_attribute("data-nodes")) > 0
    assert page.evaluate("document.getElementById('__________cytoscape_stylesheet').tagName") == "LINK"
    screenshot(page, "csp-network-ko")
    visit("/notifications/")

    # the API documentation: Swagger UI, served from here, lists the operations
    visit("/api/docs")
    page.locator(".swagger-ui .opblock").first.wait_for()
    assert page.locator(".swagger-ui .opblock").count() >= 40
    screenshot(page, "csp-api-docs")

    # the language switch submits itself (data-autosubmit)
    visit(f"/missions/{m}/")
    page.locator("#lang-switch").select_option("en")
    page.get_by_role("heading", name="Delegation", exact=True).wait_for()
    assert page.locator("html").get_attribute("lang") == "en"

    assert page.csp_violations == []
    # the one error a browser reports: the refused move's answer, 409 Conflict (with its reasons, shown above)
    assert problems == ["console error: Failed to load resource: the server responded with a status of 409 (Conflict)"]
