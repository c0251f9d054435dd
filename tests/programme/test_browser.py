"""The programme in a real Chromium, in Korean and English, at desktop and phone widths: staff add a site tour,
a flight and a dinner, confirm them, see them on the itinerary, run the scheduler through the real job path
and see the 1:1 meetings planned around them; a stop that holds published meetings is removed only through
the rescheduler, after the page lists what it affects."""

import datetime as dt

import pytest

from gyoryu.accounts.models import Role
from gyoryu.meetings import domain as meetings
from gyoryu.notifications.models import Notification
from gyoryu.programme.models import ProgrammeItem
from gyoryu.scheduling.models import Schedule, TravelTime
from tests.browser.conftest import click_and_load, screenshot
from tests.browser.test_roles import sign_in
from tests.factories import MembershipFactory, OrganisationFactory, RoomFactory, TargetFactory, VenueFactory
from tests.programme.world import LA, programme_world
from tests.queue import run_tasks

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
WIDTHS = [("ko", 1280, 900), ("en", 1280, 900), ("ko", 390, 844), ("en", 390, 844)]
T = {
    "ko": {
        "add": "일정 항목 추가",
        "save": "저장",
        "confirm": "확정",
        "start": "시작",
        "publish": "이 일정표 공개",
        "tour": "공장 견학",
        "flight": "항공 KE023",
        "dinner": "환영 만찬",
        "go": "재조정하고 진행",
    },
    "en": {
        "add": "Add a programme item",
        "save": "Save",
        "confirm": "Confirm",
        "start": "Start",
        "publish": "Publish this schedule",
        "tour": "Factory tour",
        "flight": "Flight KE023",
        "dinner": "Welcome dinner",
        "go": "Go ahead and reschedule",
    },
}


def _world():
    w = programme_world()
    w.san_jose.day_start, w.san_jose.day_end = dt.time(9), dt.time(12)
    w.san_jose.lunch_start = w.san_jose.lunch_end = None
    w.san_jose.end_date = w.san_jose.start_date  # Monday 8 March 2027, six half-hour slots
    w.san_jose.save()
    w.seattle.start_date = w.seattle.end_date = dt.date(2027, 3, 9)
    w.seattle.save()
    RoomFactory(venue=w.hall, name="Table 1", capacity=4)
    w.factory = VenueFactory(
        stop=w.san_jose, name_en="Factory", name_ko="공장", address="1 Tech Way, San Jose"
    )
    TravelTime.objects.create(origin=w.hall, destination=w.factory, minutes=30)
    for k in "12":
        buyer = OrganisationFactory(organiser=w.mission.organiser, country="US", name_en=f"Buyer {k}")
        TargetFactory(mission=w.mission, organisation=buyer, stop=w.san_jose)
        for firm in (w.firm_a, w.firm_b):
            meetings.create_meeting(
                mission=w.mission, data={"requester": firm, "counterpart": buyer, "stop": w.san_jose}
            )
    w.staff = MembershipFactory(organiser=w.mission.organiser, role=Role.STAFF).user
    return w


def _no_overflow(page, width):
    if width <= 390:
        assert page.evaluate("document.documentElement.scrollWidth") <= width


def _add(page, base, w, lang, width, *, kind, fields, checks=(), radios=()):
    page.goto(f"{base}/missions/{w.mission.pk}/")
    page.get_by_role("link", name=T[lang]["add"]).click()
    page.locator("#id_kind").select_option(kind)
    for selector, value in fields:
        if selector in ("#id_stop", "#id_arrival_stop", "#id_venue", "#id_room"):
            page.locator(selector).select_option(str(value))
        else:
            page.locator(selector).fill(value)
    for name, value in radios:
        page.locator(f"input[name={name}][value='{value}']").check()
    for name, value in checks:
        page.locator(f"input[name={name}][value='{value}']").check()
    _no_overflow(page, width)
    page.get_by_role("button", name=T[lang]["save"]).click()
    page.wait_for_url(f"{base}/missions/{w.mission.pk}/programme/*/")
    click_and_load(page, page.get_by_role("button", name=T[lang]["confirm"], exact=True))
    assert page.locator("[data-testid=status]").first.inner_text() in ("확정", "Confirmed")
    _no_overflow(page, width)


@pytest.mark.parametrize(("lang", "width", "height"), WIDTHS)
def test_items_on_the_itinerary_and_meetings_planned_around_them(live_server, open_page, lang, width, height):
    w, base, t = _world(), live_server.url, T[lang]
    page = open_page(lang, width, height)
    sign_in(page, base, w.staff.username, "correct-horse", lang)
    title = "title_ko" if lang == "ko" else "title_en"
    _add(
        page,
        base,
        w,
        lang,
        width,
        kind="site_tour",
        fields=[
            (f"#id_{title}", t["tour"]),
            ("#id_stop", w.san_jose.pk),
            ("#id_start", "2027-03-08T10:00"),
            ("#id_end", "2027-03-08T11:00"),
            ("#id_venue", w.factory.pk),
        ],
        radios=[("place", "venue"), ("attendance", "firms")],
        checks=[("attending_organisations", w.firm_a.pk), ("interpreters", w.interpreter.pk)],
    )
    _add(
        page,
        base,
        w,
        lang,
        width,
        kind="flight",
        fields=[
            (f"#id_{title}", t["flight"]),
            ("#id_arrival_stop", w.san_jose.pk),
            ("#id_start", "2027-03-08T19:30"),
            ("#id_start_zone", "Asia/Seoul"),
            ("#id_end", "2027-03-08T12:55"),
        ],
        radios=[("place", "transit"), ("attendance", "people")],
        checks=[("attending_people", w.mayor.pk)],
    )
    _add(
        page,
        base,
        w,
        lang,
        width,
        kind="reception",
        fields=[
            (f"#id_{title}", t["dinner"]),
            ("#id_stop", w.san_jose.pk),
            ("#id_start", "2027-03-08T19:00"),
            ("#id_end", "2027-03-09T00:30"),
            ("#id_address", "170 S Market St, San Jose"),
        ],
        radios=[("place", "site"), ("attendance", "delegation")],
    )
    items = {i.kind: i for i in ProgrammeItem.objects.all()}
    assert set(items) == {"site_tour", "flight", "reception"} and {i.status for i in items.values()} == {
        "confirmed"
    }
    assert items["flight"].end - items["flight"].start == dt.timedelta(
        hours=10, minutes=25
    )  # PST until 14 March

    page.goto(f"{base}/missions/{w.mission.pk}/")
    day = page.locator(f"[data-testid='day-{w.san_jose.pk}-2027-03-08']")
    entries = day.locator("[data-testid=entry-item]")
    assert [e.locator("a").inner_text() for e in entries.all()] == [t["flight"], t["tour"], t["dinner"]]
    assert "19:30 Asia/Seoul → 12:55" in entries.first.inner_text().replace("\n", " ")
    assert "19:00–00:30 …" in entries.last.inner_text()
    _no_overflow(page, width)
    screenshot(page, f"programme-itinerary-{lang}-{width}")

    # the organiser runs the scheduler (the worker's job path) and publishes
    page.goto(f"{base}/missions/{w.mission.pk}/schedule/")
    page.get_by_role("button", name=t["start"]).click()
    page.wait_for_url(f"{base}/missions/{w.mission.pk}/schedule/1/")
    page.goto("about:blank")  # the page polls while the worker runs
    schedule = Schedule.objects.get(mission=w.mission)
    assert ("solve_schedule", {"schedule_id": schedule.pk}) in run_tasks()
    schedule.refresh_from_db()
    assert (schedule.status, schedule.unscheduled) == ("draft", [])
    page.goto(f"{base}/missions/{w.mission.pk}/schedule/1/")
    click_and_load(page, page.get_by_role("button", name=t["publish"]))
    firm_a = sorted(
        p.start.astimezone(LA).strftime("%H:%M")
        for p in schedule.placements.filter(meeting__requester=w.firm_a)
    )
    assert firm_a == ["09:00", "11:30"]  # the tour 10:00-11:00, 30 minutes from the hall each way
    page.goto(f"{base}/missions/{w.mission.pk}/")
    sessions = day.locator("[data-testid=entry-session]")
    assert sessions.count() >= 1
    texts = " ".join(s.inner_text() for s in sessions.all())
    assert ("상담 " if lang == "ko" else " meeting") in texts
    kinds = day.locator("[data-testid^=entry-]").evaluate_all("els => els.map(e => e.dataset.testid)")
    assert kinds[0] == "entry-item" and "entry-session" in kinds and kinds[-1] == "entry-item"
    _no_overflow(page, width)
    screenshot(page, f"programme-itinerary-with-meetings-{lang}-{width}")


@pytest.mark.parametrize(("lang", "width", "height"), [WIDTHS[0], WIDTHS[3]])
def test_removing_a_stop_with_published_meetings_goes_through_the_rescheduler(
    live_server, open_page, lang, width, height
):
    w, base, t = _world(), live_server.url, T[lang]
    from gyoryu.scheduling import domain as scheduling

    schedule = scheduling.request_schedule(mission=w.mission, time_limit=10)
    assert ("solve_schedule", {"schedule_id": schedule.pk}) in run_tasks()
    scheduling.publish(schedule=Schedule.objects.get(pk=schedule.pk))
    Notification.objects.all().delete()
    page = open_page(lang, width, height)
    sign_in(page, base, w.staff.username, "correct-horse", lang)
    page.goto(f"{base}/missions/{w.mission.pk}/")
    page.on("dialog", lambda dialog: dialog.accept())
    page.locator(f"form[action$='/stop/{w.san_jose.pk}/remove/'] button").click()
    affects = page.locator("[data-testid=affects]")
    affects.wait_for()
    assert affects.locator("li").count() == 4  # the four published meetings, listed
    assert w.mission.stops.filter(pk=w.san_jose.pk).exists()
    _no_overflow(page, width)
    screenshot(page, f"programme-stop-affects-{lang}-{width}")
    page.get_by_role("button", name=t["go"]).click()
    page.wait_for_url(f"{base}/missions/{w.mission.pk}/")
    assert not w.mission.stops.filter(pk=w.san_jose.pk).exists()
    assert Schedule.objects.get(mission=w.mission, status="published").number == 2
    told = set(Notification.objects.filter(kind="schedule_changed").values_list("person__name_en", flat=True))
    assert told >= {"CEO A", w.cto_a.name_en, "CEO B"}
