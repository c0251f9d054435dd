"""Removing or shortening a stop, removing a venue or rooms: refused with what it would affect, or
rescheduled with notices to exactly those concerned (issue 9, item 4)."""

import datetime as dt

import pytest

from gyoryu.meetings import domain as meetings
from gyoryu.missions import domain as missions
from gyoryu.notifications.models import Notification
from gyoryu.programme import domain as programme
from gyoryu.scheduling import domain as scheduling
from gyoryu.scheduling import queries
from gyoryu.scheduling.models import Schedule
from tests.factories import OrganisationFactory, PersonFactory, RoomFactory, TargetFactory, VenueFactory
from tests.programme.world import at, programme_world, visit
from tests.queue import run_tasks

pytestmark = pytest.mark.django_db


@pytest.fixture
def w():
    w = programme_world()
    for stop in (w.san_jose, w.seattle):
        stop.day_start, stop.day_end, stop.lunch_start, stop.lunch_end = dt.time(9), dt.time(11), None, None
    w.san_jose.end_date = dt.date(2027, 3, 9)  # Mon-Tue, four slots a day
    w.seattle.start_date = w.seattle.end_date = dt.date(2027, 3, 11)
    w.san_jose.save()
    w.seattle.save()
    w.annex = VenueFactory(stop=w.san_jose, name_en="Annex")
    RoomFactory(venue=w.annex, name="Annex 1", capacity=4)
    w.seattle_hall = VenueFactory(stop=w.seattle, name_en="Seattle Hall")
    RoomFactory(venue=w.seattle_hall, name="Seattle 1", capacity=4)
    w.buyers = []
    for k, stop in (("1", w.san_jose), ("2", w.san_jose), ("3", w.seattle)):
        buyer = OrganisationFactory(organiser=w.mission.organiser, country="US", name_en=f"Buyer {k}")
        PersonFactory(organisation=buyer, name_en=f"Contact {k}", languages=["en"])
        TargetFactory(mission=w.mission, organisation=buyer, stop=stop)
        meetings.create_meeting(
            mission=w.mission, data={"requester": w.firm_a, "counterpart": buyer, "stop": stop}
        )
        w.buyers.append(buyer)
    w.dinner = programme.create_item(
        mission=w.mission, data=visit(w, kind="reception", title_en="Dinner", start=at(9, 19), end=at(9, 21))
    )
    programme.confirm_item(item=w.dinner)
    schedule = scheduling.request_schedule(mission=w.mission, time_limit=10)
    assert ("solve_schedule", {"schedule_id": schedule.pk}) in run_tasks()
    schedule.refresh_from_db()
    scheduling.publish(schedule=schedule)
    Notification.objects.all().delete()
    return w


def test_removing_a_stop_with_published_meetings_is_refused_with_what_it_affects(w):
    with pytest.raises(missions.WouldAffect) as exc:
        missions.remove_stop(stop=w.san_jose)
    lines = exc.value.affected.lines()
    assert len(lines) == 3 and lines[-1] == "Reception or dinner “Dinner”, 2027-03-09 19:00 (Confirmed)"
    assert sorted(line.split(",")[0] for line in lines[:2]) == [
        "1:1 meeting Firm A – Buyer 1",
        "1:1 meeting Firm A – Buyer 2",
    ]
    assert str(exc.value) == "2 published meetings and 1 programme items"
    w.san_jose.refresh_from_db()
    assert queries.published(w.mission).placements.count() == 3
    assert Notification.objects.count() == 0


def test_removing_a_stop_through_the_rescheduler_tells_exactly_those_concerned(w):
    old = queries.published(w.mission)
    missions.remove_stop(stop=w.san_jose, reschedule=True)
    new = queries.published(w.mission)
    assert (new.number, new.base_id) == (old.number + 1, old.pk)
    assert [p.meeting.counterpart.name_en for p in new.placements.all()] == ["Buyer 3"]
    assert set(w.mission.meetings.values_list("counterpart__name_en", "status")) == {
        ("Buyer 1", "cancelled"),
        ("Buyer 2", "cancelled"),
        ("Buyer 3", "accepted"),
    }
    w.dinner.refresh_from_db()
    assert (w.dinner.status, w.dinner.stop, w.dinner.venue) == ("cancelled", None, None)
    told = {(n.kind, n.person.name_en if n.person else n.user.username) for n in Notification.objects.all()}
    schedule_notes = {who for kind, who in told if kind == "schedule_changed"}
    # firm A's people and the two San Jose buyers' contacts; not the Seattle buyer, whose meeting stays
    assert schedule_notes == {"CEO A", w.cto_a.name_en, "Contact 1", "Contact 2"}
    dinner_notes = {who for kind, who in told if kind == "programme_cancelled"}
    assert dinner_notes == {"Mayor", "CEO A", w.cto_a.name_en, "CEO B"}
    body = Notification.objects.filter(kind="schedule_changed", person__name_en="Contact 1").get().body
    assert "Firm A – Buyer 1: cancelled (was 2027-03-0" in body


def test_shortening_a_stop_moves_the_meetings_of_its_last_day(w):
    tuesday = w.mission.meetings.get(counterpart=w.buyers[1])
    meetings.update_meeting(meeting=tuesday, data={"fixed_start": at(9, 9)})
    pinned = scheduling.request_schedule(mission=w.mission, time_limit=10)
    assert ("solve_schedule", {"schedule_id": pinned.pk}) in run_tasks()
    scheduling.publish(schedule=Schedule.objects.get(pk=pinned.pk))
    Notification.objects.all().delete()
    with pytest.raises(missions.WouldAffect) as exc:
        missions.update_stop(stop=w.san_jose, data={"end_date": dt.date(2027, 3, 8)})
    first, second = exc.value.affected.lines()
    assert first.startswith("1:1 meeting Firm A – Buyer 2, 2027-03-09 09:00, ")
    assert second == "Reception or dinner “Dinner”, 2027-03-09 19:00 (Confirmed)"
    w.san_jose.refresh_from_db()
    assert w.san_jose.end_date == dt.date(2027, 3, 9)  # refused: nothing changed
    missions.update_stop(stop=w.san_jose, data={"end_date": dt.date(2027, 3, 8)}, reschedule=True)
    moved = queries.published(w.mission).placements.get(meeting=tuesday)
    assert moved.start.date() == dt.date(2027, 3, 8)
    body = Notification.objects.get(kind="schedule_changed", person__name_en="Contact 2").body
    assert "Firm A – Buyer 2: moved (was 2027-03-09 09:00" in body
    w.dinner.refresh_from_db()
    assert w.dinner.status == "cancelled"


def test_removing_a_venue_moves_its_meetings_to_another_venue(w):
    used = {p.room.venue_id for p in queries.published(w.mission).placements.select_related("room")}
    venue = w.hall if w.hall.pk in used else w.annex
    other = w.annex if venue == w.hall else w.hall
    with pytest.raises(missions.WouldAffect):
        missions.remove_venue(venue=venue)
    missions.remove_venue(venue=venue, reschedule=True)
    rooms = {
        p.room.venue_id
        for p in queries.published(w.mission).placements.select_related("room")
        if p.stop_id == w.san_jose.pk
    }
    assert rooms == {other.pk}
    assert Schedule.objects.filter(mission=w.mission, status="published").count() == 1


def test_removing_rooms_that_hold_nothing_needs_no_rescheduling(w):
    spare = RoomFactory(venue=w.seattle_hall, name="Spare", capacity=2)
    missions.save_venue(
        stop=w.seattle, venue=w.seattle_hall, data={"name_en": "Seattle Hall"}, rooms=[("Seattle 1", 4)]
    )
    assert not type(spare).objects.filter(pk=spare.pk).exists()
    assert Notification.objects.count() == 0
