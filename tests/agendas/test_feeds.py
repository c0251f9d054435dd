"""Calendar feeds read by a second iCalendar library (vobject): UIDs stay, SEQUENCE rises only for the event
that changed, removed meetings and cancelled items come as CANCELLED; secrets, revocation, query counts."""

import hashlib

import pytest
import vobject
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gyoryu.agendas import domain
from gyoryu.agendas.models import CalendarFeed
from gyoryu.meetings import domain as meetings
from gyoryu.programme import domain as programme
from gyoryu.scheduling import build as slots
from gyoryu.scheduling import domain as scheduling
from gyoryu.scheduling import queries as schedules
from gyoryu.scheduling.moves import MoveRefused, move_meeting
from tests.agendas.conftest import build, run

pytestmark = pytest.mark.django_db


def _read(client, raw: str) -> dict[str, dict]:
    response = client.get(f"/calendar/{raw}.ics")
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    cal = vobject.readOne(response.content.decode())
    out = {}
    for e in cal.vevent_list:
        out[e.uid.value] = {
            "sequence": int(e.sequence.value),
            "status": e.status.value,
            "summary": e.summary.value,
            "start": e.dtstart.value,
        }
    return out


def _move_one(w, meeting):
    """Move ``meeting`` by hand to the first free slot and table; publish the draft."""
    published = schedules.published(w.mission)
    placed = published.placements.get(meeting=meeting)
    for slot in slots.stop_slots(w.stop):
        start = slots.moment(slot.start)
        if start == placed.start:
            continue
        for room in w.hall.rooms.exclude(name="Hall"):
            try:
                draft = move_meeting(schedule=published, meeting=meeting, start=start, room=room)
            except MoveRefused:
                continue
            scheduling.publish(schedule=draft)
            return start
    raise AssertionError("no free slot to move the meeting to")


def test_sequence_rises_only_for_the_changed_event_and_removed_ones_come_cancelled(client, w):
    _feed, raw = domain.create_feed(mission=w.mission, owner="organisation", owner_id=w.firm_a.pk, lang="en")
    first = _read(client, raw)
    a_p1, a_p2 = w.made[0], w.made[1]
    uid = {m.pk: f"meeting-{m.pk}-m{w.mission.pk}@{w.mission.organiser.slug}.gyoryu" for m in w.made}
    roundtable = f"programme-{w.roundtable.pk}-m{w.mission.pk}@{w.mission.organiser.slug}.gyoryu"
    flight = f"programme-{w.flight.pk}-m{w.mission.pk}@{w.mission.organiser.slug}.gyoryu"
    assert set(first) == {uid[a_p1.pk], uid[a_p2.pk], roundtable, flight}
    assert {e["sequence"] for e in first.values()} == {0}
    assert {e["status"] for e in first.values()} == {"CONFIRMED"}

    # schedule version 2: one meeting moved by hand
    new_start = _move_one(w, a_p2)
    second = _read(client, raw)
    assert set(second) == set(first)
    assert second[uid[a_p2.pk]]["start"] == new_start
    assert {u: e["sequence"] for u, e in second.items()} == {
        uid[a_p1.pk]: 0,
        uid[a_p2.pk]: 1,
        roundtable: 0,
        flight: 0,
    }

    # a programme item edited: only it rises
    programme.update_item(item=w.roundtable, data={"title_en": "Roundtable and dinner with KSEA"})
    third = _read(client, raw)
    assert third[roundtable]["summary"] == "Roundtable and dinner with KSEA"
    assert {u: e["sequence"] for u, e in third.items()} == {
        uid[a_p1.pk]: 0,
        uid[a_p2.pk]: 1,
        roundtable: 1,
        flight: 0,
    }
    # read again with nothing changed: nothing rises
    assert _read(client, raw) == third

    # version 3: a meeting cancelled and the schedule run again; the roundtable cancelled
    meetings.cancel_meeting(meeting=a_p1)
    scheduling.publish(schedule=run(w.mission))
    programme.cancel_item(item=w.roundtable)
    fourth = _read(client, raw)
    assert set(fourth) == set(first)  # nothing lost, nothing duplicated
    assert (fourth[uid[a_p1.pk]]["status"], fourth[uid[a_p1.pk]]["sequence"]) == ("CANCELLED", 1)
    assert (fourth[roundtable]["status"], fourth[roundtable]["sequence"]) == ("CANCELLED", 2)
    assert fourth[flight] == third[flight]
    moved = fourth[uid[a_p2.pk]]
    assert moved["status"] == "CONFIRMED"
    assert moved["sequence"] == (1 if moved["start"] == new_start else 2)


def test_a_person_dropped_from_an_item_gets_it_cancelled_and_a_deleted_item_too(client, w):
    tour_uid = f"programme-{w.tour.pk}-m{w.mission.pk}@{w.mission.organiser.slug}.gyoryu"
    ceo_b = w.entries[1].travellers.order_by("pk").first()
    _feed, raw = domain.create_feed(mission=w.mission, owner="person", owner_id=ceo_b.pk, lang="ko")
    before = _read(client, raw)
    assert before[tour_uid]["status"] == "TENTATIVE"  # only planned
    assert before[tour_uid]["summary"] == "공장 견학"
    programme.update_item(item=w.tour, data={}, attending_organisations=[w.firm_a])
    after = _read(client, raw)
    assert (after[tour_uid]["status"], after[tour_uid]["sequence"]) == ("CANCELLED", 1)
    w.tour.delete()
    assert _read(client, raw)[tour_uid]["status"] == "CANCELLED"


def test_only_the_hash_is_stored_revoked_answers_410_unknown_404(client, w):
    feed, raw = domain.create_feed(mission=w.mission, owner="mission", owner_id=None, lang="en")
    assert feed.digest == hashlib.sha256(raw.encode()).hexdigest()
    stored = CalendarFeed.objects.filter(pk=feed.pk).values().get()
    assert raw not in [str(v) for v in stored.values()]
    assert client.get(f"/calendar/{raw}.ics").status_code == 200
    assert CalendarFeed.objects.get(pk=feed.pk).last_used is not None
    domain.revoke_feed(feed=feed)
    assert client.get(f"/calendar/{raw}.ics").status_code == 410
    assert client.get(f"/calendar/{raw[:-1]}x.ics").status_code == 404


@pytest.mark.parametrize("who", ["mission", "organisation"])
def test_feed_queries_do_not_grow_with_the_mission(client, db, who):
    counts = []
    for size in (1, 2):
        w = build(meetings_per_firm=size, firms=2 * size)
        owner_id = None if who == "mission" else w.firm_a.pk
        _feed, raw = domain.create_feed(mission=w.mission, owner=who, owner_id=owner_id, lang="en")
        client.get(f"/calendar/{raw}.ics")  # the first read records what was sent
        with CaptureQueriesContext(connection) as queries:
            events = _read(client, raw)
        counts.append((len(queries), len(events)))
    (few, n_few), (many, n_many) = counts
    assert n_many > n_few
    assert many == few


def test_a_feed_stops_when_its_makers_account_closes_or_long_after_the_mission(client, w):
    import datetime as dt

    from django.utils import timezone

    from gyoryu.agendas.queries import FEED_DAYS_AFTER_MISSION
    from tests.factories import UserFactory

    maker = UserFactory()
    feed, raw = domain.create_feed(mission=w.mission, owner="mission", owner_id=None, lang="en", user=maker)
    assert client.get(f"/calendar/{raw}.ics").status_code == 200
    maker.is_active = False  # e.g. a revoked guest link, an erased person
    maker.save()
    closed = client.get(f"/calendar/{raw}.ics")
    assert (closed.status_code, closed.content.decode()) == (
        410,
        "This calendar link no longer works: the account that made it was closed.",
    )
    _old, old_raw = domain.create_feed(mission=w.mission, owner="mission", owner_id=None, lang="en")
    assert client.get(f"/calendar/{old_raw}.ics").status_code == 200
    ended = timezone.localdate() - dt.timedelta(days=FEED_DAYS_AFTER_MISSION + 1)
    w.mission.stops.update(start_date=ended - dt.timedelta(days=2), end_date=ended)
    expired = client.get(f"/calendar/{old_raw}.ics")
    assert (expired.status_code, expired.content.decode()) == (
        410,
        f"This calendar link expired {FEED_DAYS_AFTER_MISSION} days after the mission.",
    )
