"""Slots on days when the clocks change: built from wall times that exist, each moment once (issue 13, item 3).

Los Angeles and Seattle change on 2027-03-14 (02:00 -> 03:00) and 2027-11-07 (02:00 -> 01:00); Seoul keeps
KST on those days, and changed in 1988 (05-08 02:00 -> 03:00, 10-09 03:00 -> 02:00).  Stops open from 00:00
to 06:00 so that the change falls inside the meeting hours."""

import datetime as dt
import re
import zoneinfo

import pytest

from gyoryu.accounts.models import Role
from gyoryu.meetings.models import Meeting
from gyoryu.scheduling import build
from gyoryu.scheduling import domain as scheduling
from gyoryu.scheduling.models import Schedule
from tests.factories import (
    DelegationEntryFactory,
    MembershipFactory,
    MissionFactory,
    RoomFactory,
    StopFactory,
    TargetFactory,
    VenueFactory,
)
from tests.queue import run_tasks

pytestmark = pytest.mark.django_db

LA, SEOUL = "America/Los_Angeles", "Asia/Seoul"
NIGHT = {"day_start": dt.time(0), "day_end": dt.time(6), "lunch_start": None, "lunch_end": None}


def _stop(day: dt.date, zone: str, city: str, **over):
    mission = MissionFactory(meetings_on_weekends=True)
    return StopFactory(
        mission=mission, city_en=city, timezone=zone, start_date=day, end_date=day, **{**NIGHT, **over}
    )


def _labels(stop) -> list[str]:
    tz = zoneinfo.ZoneInfo(stop.timezone)
    return [build.moment(s.start).astimezone(tz).strftime("%H:%M %Z") for s in build.stop_slots(stop)]


def _each_moment_once_in_order(slots) -> None:
    starts = [s.start for s in slots]
    assert starts == sorted(set(starts))  # strictly increasing: no moment twice
    assert all(b.start >= a.end for a, b in zip(slots, slots[1:], strict=False))  # no overlap
    assert len({s.id for s in slots}) == len(slots)


def _hours(zone_name: str, *times: str) -> list[str]:
    return [f"{t} {zone_name}" for t in times]


@pytest.mark.parametrize("city", ["Los Angeles", "Seattle"])
def test_spring_forward_in_los_angeles_and_seattle_skips_the_missing_hour(city):
    stop = _stop(dt.date(2027, 3, 14), LA, city)
    slots = build.stop_slots(stop)
    assert _labels(stop) == _hours("PST", "00:00", "00:30", "01:00", "01:30") + _hours(
        "PDT", "03:00", "03:30", "04:00", "04:30", "05:00", "05:30"
    )
    _each_moment_once_in_order(slots)
    # 01:30 PST runs into 03:00 PDT: the day's meeting time is five hours, as the clocks on the wall say
    assert slots[-1].end - slots[0].start == 5 * 60


@pytest.mark.parametrize("city", ["Los Angeles", "Seattle"])
def test_fall_back_in_los_angeles_and_seattle_holds_the_repeated_hour_twice(city):
    stop = _stop(dt.date(2027, 11, 7), LA, city)
    slots = build.stop_slots(stop)
    assert _labels(stop) == (
        _hours("PDT", "00:00", "00:30", "01:00", "01:30")
        + _hours("PST", "01:00", "01:30", "02:00", "02:30", "03:00", "03:30", "04:00", "04:30", "05:00", "05:30")
    )
    _each_moment_once_in_order(slots)
    assert slots[-1].end - slots[0].start == 7 * 60
    assert [s.id.rsplit(":", 1)[1] for s in slots[2:6]] == ["0100", "0130", "0100b", "0130b"]


@pytest.mark.parametrize("day", [dt.date(2027, 3, 14), dt.date(2027, 11, 7)])
def test_seoul_keeps_its_clocks_when_america_changes(day):
    stop = _stop(day, SEOUL, "Seoul")
    assert _labels(stop) == _hours("KST", *(f"{h:02d}:{m:02d}" for h in range(6) for m in (0, 30)))
    _each_moment_once_in_order(build.stop_slots(stop))


def test_seoul_spring_1988_skips_the_missing_hour():
    stop = _stop(dt.date(1988, 5, 8), SEOUL, "Seoul")
    assert _labels(stop) == _hours("KST", "00:00", "00:30", "01:00", "01:30") + _hours(
        "KDT", "03:00", "03:30", "04:00", "04:30", "05:00", "05:30"
    )
    _each_moment_once_in_order(build.stop_slots(stop))


def test_seoul_autumn_1988_holds_the_repeated_hour_twice():
    stop = _stop(dt.date(1988, 10, 9), SEOUL, "Seoul")
    assert _labels(stop) == (
        _hours("KDT", "00:00", "00:30", "01:00", "01:30", "02:00", "02:30")
        + _hours("KST", "02:00", "02:30", "03:00", "03:30", "04:00", "04:30", "05:00", "05:30")
    )
    _each_moment_once_in_order(build.stop_slots(stop))


def test_ordinary_days_are_unchanged():
    stop = _stop(dt.date(2027, 3, 9), LA, "San Jose", day_start=dt.time(9), day_end=dt.time(12))
    assert [s.id for s in build.stop_slots(stop)] == [
        f"s{stop.pk}:2027-03-09:{h:02d}{m:02d}" for h in (9, 10, 11) for m in (0, 30)
    ]


def _night_mission(day: dt.date, partners: int):
    """A firm with ``partners`` accepted meetings on a night stop of one day, two tables."""
    stop = _stop(day, LA, "Los Angeles")
    mission = stop.mission
    rooms = [RoomFactory(venue=VenueFactory(stop=stop), name=f"Table {k}", capacity=4) for k in (1, 2)]
    firm = DelegationEntryFactory(mission=mission).organisation
    for _ in range(partners):
        Meeting.objects.create(
            mission=mission, requester=firm, counterpart=TargetFactory(mission=mission).organisation, stop=stop
        )
    return mission, stop, firm, rooms


def test_the_scheduler_never_books_one_moment_twice_on_the_spring_day():
    mission, stop, firm, _rooms = _night_mission(dt.date(2027, 3, 14), partners=12)
    schedule = scheduling.request_schedule(mission=mission, time_limit=10)
    run_tasks()
    schedule.refresh_from_db()
    starts = [p.start for p in schedule.placements.all()]
    assert len(starts) == len(set(starts)) == 10  # ten real half hours that night, each used once
    tz = zoneinfo.ZoneInfo(LA)
    assert not {s.astimezone(tz).strftime("%H:%M") for s in starts} & {"02:00", "02:30"}


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (
            dt.date(2027, 3, 14),
            ["00:00 PST", "00:30 PST", "01:00 PST", "01:30 PST", "03:00 PDT", "03:30 PDT", "04:00 PDT",
             "04:30 PDT", "05:00 PDT", "05:30 PDT"],
        ),
        (
            dt.date(2027, 11, 7),
            ["00:00 PDT", "00:30 PDT", "01:00 PDT", "01:30 PDT", "01:00 PST", "01:30 PST", "02:00 PST",
             "02:30 PST", "03:00 PST", "03:30 PST", "04:00 PST", "04:30 PST", "05:00 PST", "05:30 PST"],
        ),
    ],
)
def test_the_move_form_lists_each_moment_once_with_its_clock(client, day, expected):
    mission, stop, firm, rooms = _night_mission(day, partners=1)
    Schedule.objects.create(mission=mission, number=1, status=Schedule.Status.PUBLISHED)
    client.force_login(MembershipFactory(organiser=mission.organiser, role=Role.STAFF).user)
    page = client.get(f"/missions/{mission.pk}/schedule/1/").content.decode()
    select = re.search(r'<select name="start">(.*?)</select>', page, re.S).group(1)
    options = re.findall(r'<option value="([^"]+)">([^<]+)</option>', select)
    assert [re.search(r"\d\d/\d\d (.*)$", text).group(1) for _value, text in options] == expected
    values = [v for v, _text in options]
    assert len(values) == len(set(values))
    moments = [dt.datetime.fromisoformat(v) for v in values]
    assert moments == sorted(set(moments))
