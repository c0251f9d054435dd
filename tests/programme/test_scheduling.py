"""Confirmed programme items are busy time in the product's scheduler, with travel; explanations name them."""

import datetime as dt

import pytest

from gyoryu.meetings import domain as meetings
from gyoryu.programme import domain
from gyoryu.scheduling import build, queries
from gyoryu.scheduling import domain as scheduling
from gyoryu.scheduling.models import TravelTime
from tests.factories import OrganisationFactory, RoomFactory, TargetFactory, VenueFactory
from tests.programme.world import LA, at, programme_world, visit
from tests.queue import run_tasks

pytestmark = pytest.mark.django_db


@pytest.fixture
def w():
    w = programme_world()
    w.san_jose.day_start, w.san_jose.day_end = dt.time(9), dt.time(12)
    w.san_jose.lunch_start = w.san_jose.lunch_end = None
    w.san_jose.end_date = w.san_jose.start_date  # one day, Monday 8 March 2027: 9:00-12:00, six slots
    w.san_jose.save()
    w.seattle.start_date = w.seattle.end_date = dt.date(2027, 3, 9)
    w.seattle.save()
    w.table = RoomFactory(venue=w.hall, name="Table 1", capacity=4)
    w.buyers = [
        OrganisationFactory(organiser=w.mission.organiser, country="US", name_en=f"Buyer {k}") for k in "12"
    ]
    for buyer in w.buyers:
        TargetFactory(mission=w.mission, organisation=buyer, stop=w.san_jose)
        for firm in (w.firm_a, w.firm_b):
            meetings.create_meeting(
                mission=w.mission, data={"requester": firm, "counterpart": buyer, "stop": w.san_jose}
            )
    return w


def _solve(mission):
    schedule = scheduling.request_schedule(mission=mission, time_limit=10)
    assert ("solve_schedule", {"schedule_id": schedule.pk}) in run_tasks()
    schedule.refresh_from_db()
    return schedule


def _local_starts(schedule, org):
    return sorted(
        p.start.astimezone(LA).strftime("%H:%M") for p in queries.for_organisation(schedule, org.pk)
    )


def test_meetings_are_planned_around_a_confirmed_tour_with_travel(w):
    factory = VenueFactory(stop=w.san_jose, name_en="Factory")
    TravelTime.objects.create(origin=w.hall, destination=factory, minutes=30)
    tour = domain.create_item(
        mission=w.mission,
        data=visit(
            w,
            kind="site_tour",
            title_en="Factory tour",
            start=at(8, 10),
            end=at(8, 11),
            venue=factory,
            room=None,
            attendance="firms",
        ),
        attending_organisations=[w.firm_a],
    )
    domain.confirm_item(item=tour)
    schedule = _solve(w.mission)
    assert schedule.unscheduled == []
    # 10:00-11:00 at the factory, 30 minutes from the hall: firm A meets only at 9:00 and 11:30
    assert _local_starts(schedule, w.firm_a) == ["09:00", "11:30"]
    assert len(_local_starts(schedule, w.firm_b)) == 2


def test_a_planned_item_is_not_busy_time(w):
    domain.create_item(mission=w.mission, data=visit(w, start=at(8, 9), end=at(8, 12)))
    problem, _look = build.build_problem(w.mission)
    assert problem.busy == ()


def test_a_confirmed_item_that_takes_the_whole_day_is_named_in_both_languages(w):
    item = domain.create_item(
        mission=w.mission,
        data=visit(
            w,
            title_en="Siemens visit",
            title_ko="지멘스 방문",
            start=at(8, 8),
            end=at(8, 13),
            attendance="people",
        ),
        attending_people=[w.ceo_b],
    )
    domain.confirm_item(item=item)
    # firm B's CEO joins both its meetings
    for m in w.mission.meetings.filter(requester=w.firm_b):
        meetings.update_meeting(meeting=m, data={}, members=[w.ceo_b])
    schedule = _solve(w.mission)
    assert len(schedule.unscheduled) == 2
    busy = [e for e in schedule.explanation if e["code"] == "programme_busy"]
    assert [e["en"] for e in busy] == [
        f"Firm B – Buyer {k} cannot be held: whenever both sides would be free, Firm B, CEO B are at “Siemens "
        "visit” (2027-03-08 08:00) or on the way."
        for k in "12"
    ]
    assert busy[0]["ko"].startswith(f"{w.firm_b.name_ko} – {w.buyers[0].name_ko}")
    assert "“지멘스 방문” (2027-03-08 08:00)" in busy[0]["ko"]


def test_people_at_the_table_choose_the_room(w):
    m = w.mission.meetings.filter(requester=w.firm_a).first()
    meetings.update_meeting(meeting=m, data={}, members=[w.ceo_a, w.cto_a])
    problem, look = build.build_problem(w.mission)
    seats = {look.meetings[x.id].pk: x.size for x in problem.meetings}
    assert seats[m.pk] == 3  # two of firm A and someone of the buyer
    assert set(seats.values()) == {2, 3}


def test_no_meetings_at_weekends_unless_the_mission_says_so(w):
    w.san_jose.start_date, w.san_jose.end_date = dt.date(2027, 3, 12), dt.date(2027, 3, 15)  # Fri-Mon
    w.san_jose.save()
    days = lambda: sorted({s.day.split(":")[1] for s in build.stop_slots(w.san_jose)})  # noqa: E731
    assert days() == ["2027-03-12", "2027-03-15"]
    w.mission.meetings_on_weekends = True
    w.mission.save()
    w.san_jose.refresh_from_db()
    assert days() == ["2027-03-12", "2027-03-13", "2027-03-14", "2027-03-15"]
