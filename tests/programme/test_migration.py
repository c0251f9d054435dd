"""Visits that were 1:1 meetings become programme items when the database is upgraded."""

import datetime as dt

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [
    ("meetings", "0002_meeting_answer_meeting_answered_meeting_answered_by_and_more"),
    ("programme", "0001_programme_items"),
    ("scheduling", "0001_initial"),
    ("missions", "0003_mission_max_pending_requests_mission_request_days"),
]
AFTER = [("meetings", "0003_remove_meeting_kind"), ("programme", "0002_visits_become_programme_items")]


@pytest.mark.django_db(transaction=True)
def test_a_published_visit_becomes_a_confirmed_official_visit():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    Organiser = old.get_model("accounts", "Organiser")
    Organisation, Person = (
        old.get_model("organizations", "Organisation"),
        old.get_model("organizations", "Person"),
    )
    Mission, Stop = old.get_model("missions", "Mission"), old.get_model("missions", "Stop")
    Venue, Room = old.get_model("missions", "Venue"), old.get_model("missions", "Room")
    Meeting = old.get_model("meetings", "Meeting")
    Schedule, Placement = old.get_model("scheduling", "Schedule"), old.get_model("scheduling", "Placement")
    organiser = Organiser.objects.create(slug="o", name_en="O")
    city = Organisation.objects.create(organiser=organiser, name_en="Changwon", country="KR")
    library = Organisation.objects.create(
        organiser=organiser, name_en="Library", name_ko="도서관", country="US"
    )
    mayor = Person.objects.create(organiser=organiser, organisation=city, name_en="Mayor")
    librarian = Person.objects.create(organiser=organiser, organisation=library, name_en="Librarian")
    mission = Mission.objects.create(organiser=organiser, title_en="M")
    stop = Stop.objects.create(
        mission=mission,
        order=1,
        city_en="Seattle",
        country="US",
        timezone="America/Los_Angeles",
        start_date=dt.date(2027, 3, 11),
        end_date=dt.date(2027, 3, 12),
    )
    room = Room.objects.create(venue=Venue.objects.create(stop=stop, name_en="Central"), name="Table 1")
    visit = Meeting.objects.create(mission=mission, requester=city, counterpart=library, kind="visit")
    visit.members.set([mayor, librarian])
    never = Meeting.objects.create(mission=mission, requester=city, counterpart=library, kind="visit")
    schedule = Schedule.objects.create(mission=mission, number=1, status="published")
    start = dt.datetime(2027, 3, 11, 18, 0, tzinfo=dt.UTC)
    Placement.objects.create(
        schedule=schedule,
        meeting=visit,
        start=start,
        end=start + dt.timedelta(minutes=30),
        stop=stop,
        room=room,
    )
    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    Item = new.get_model("programme", "ProgrammeItem")
    item = Item.objects.get()
    assert (
        item.kind,
        item.status,
        item.title_en,
        item.title_ko,
        item.start,
        item.room_id,
        item.attendance,
    ) == (
        "official_visit",
        "confirmed",
        "Visit: Library",
        "방문: 도서관",
        start,
        room.pk,
        "people",
    )
    assert list(item.attending_people.values_list("name_en", flat=True)) == ["Mayor"]
    assert list(item.host_people.values_list("name_en", flat=True)) == ["Librarian"]
    assert list(item.host_organisations.values_list("name_en", flat=True)) == ["Library"]
    NewMeeting = new.get_model("meetings", "Meeting")
    assert NewMeeting.objects.get(pk=visit.pk).status == "cancelled"
    assert NewMeeting.objects.get(pk=never.pk).status == "accepted"
    assert new.get_model("scheduling", "Placement").objects.count() == 0
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
