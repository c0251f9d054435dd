import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from gyoryu.notifications.models import Notification
from gyoryu.programme import domain
from gyoryu.programme.models import ProgrammeItem
from tests.factories import MissionFactory
from tests.programme.world import LA, SEOUL, at, programme_world, visit

pytestmark = pytest.mark.django_db


@pytest.fixture
def w():
    return programme_world()


def errors(exc) -> dict:
    return {k: [str(m) for m in v] for k, v in exc.value.message_dict.items()}


def test_a_visit_takes_its_stops_zone_and_venue_address(w):
    item = domain.create_item(mission=w.mission, data=visit(w), host_people=[w.president])
    assert (item.status, item.revision, item.start_zone, item.end_zone) == (
        "planned",
        0,
        "America/Los_Angeles",
        "America/Los_Angeles",
    )
    assert item.address == "150 W San Carlos St"
    assert list(item.host_organisations.all()) == [w.redmond]  # the president's organisation hosts too


def test_end_after_start(w):
    with pytest.raises(ValidationError) as exc:
        domain.create_item(mission=w.mission, data=visit(w, end=at(9, 10)))
    assert errors(exc) == {"end": ["The item ends before it starts."]}
    assert ProgrammeItem.objects.count() == 0


def test_an_item_stays_within_its_stops_dates_but_may_run_past_midnight(w):
    with pytest.raises(ValidationError) as exc:
        domain.create_item(mission=w.mission, data=visit(w, start=at(7, 10), end=at(7, 11)))
    assert errors(exc) == {"start": ["2027-03-07 is outside the stop's dates (2027-03-08–2027-03-10)."]}
    dinner = domain.create_item(
        mission=w.mission, data=visit(w, kind="reception", start=at(10, 19), end=at(11, 0, 30))
    )
    assert dinner.end - dinner.start == dt.timedelta(hours=5, minutes=30)
    with pytest.raises(ValidationError) as exc:
        domain.create_item(mission=w.mission, data=visit(w, start=at(10, 19), end=at(12, 1)))
    assert errors(exc) == {
        "end": ["The item ends on 2027-03-12, after the stop's last day (2027-03-10) and the night after."]
    }


def test_a_flight_from_home_lands_at_the_first_stop_in_its_zone(w):
    flight = domain.create_item(
        mission=w.mission,
        data={
            "kind": "flight",
            "arrival_stop": w.san_jose,
            "title_en": "KE023 ICN-SFO",
            "start": dt.datetime(2027, 3, 8, 19, 30, tzinfo=SEOUL),
            "end": dt.datetime(2027, 3, 8, 13, 55, tzinfo=LA),
            "start_zone": "Asia/Seoul",
            "place": "venue",  # a flight is always in transit
            "venue": w.hall,
        },
    )
    assert (flight.place, flight.venue, flight.start_zone, flight.end_zone) == (
        "transit",
        None,
        "Asia/Seoul",
        "America/Los_Angeles",
    )
    assert flight.end - flight.start == dt.timedelta(hours=11, minutes=25)


def test_flight_zones_and_stops_are_checked(w):
    base = {"kind": "flight", "title_en": "AS 337", "start": at(10, 8), "end": at(10, 10)}
    with pytest.raises(ValidationError) as exc:
        domain.create_item(mission=w.mission, data={**base, "start_zone": "Asia/Seoul", "end_zone": "UTC"})
    assert errors(exc) == {"stop": ["A flight departs from a stop, lands at one, or both."]}
    with pytest.raises(ValidationError) as exc:
        domain.create_item(
            mission=w.mission,
            data={**base, "stop": w.san_jose, "arrival_stop": w.seattle, "start_zone": "Asia/Seoul"},
        )
    assert errors(exc) == {
        "start_zone": ["The departure zone is the departure stop's (America/Los_Angeles)."]
    }
    with pytest.raises(ValidationError) as exc:
        domain.create_item(mission=w.mission, data={**base, "stop": w.san_jose, "end_zone": "Mars/Olympus"})
    assert errors(exc) == {
        "end_zone": ["“Mars/Olympus” is not a known time zone; use a name such as America/Los_Angeles."]
    }
    with pytest.raises(ValidationError) as exc:
        domain.create_item(mission=w.mission, data={**base, "stop": w.san_jose, "arrival_stop": w.san_jose})
    assert errors(exc) == {"arrival_stop": ["A flight lands at another stop than it departs from."]}
    ok = domain.create_item(mission=w.mission, data={**base, "stop": w.san_jose, "arrival_stop": w.seattle})
    assert (ok.start_zone, ok.end_zone) == ("America/Los_Angeles", "America/Los_Angeles")


def test_place_rules(w):
    with pytest.raises(ValidationError) as exc:
        domain.create_item(mission=w.mission, data=visit(w, venue=None, room=None))
    assert errors(exc) == {"venue": ["Choose a venue of the stop, or another kind of place."]}
    with pytest.raises(ValidationError) as exc:
        domain.create_item(mission=w.mission, data=visit(w, stop=w.seattle, start=at(11, 9), end=at(11, 10)))
    assert errors(exc) == {"venue": ["That venue belongs to another stop."]}
    with pytest.raises(ValidationError) as exc:
        domain.create_item(mission=w.mission, data=visit(w, place="site", site=w.redmond))
    assert errors(exc) == {"address": ["Give the address of the site."]}
    site = domain.create_item(
        mission=w.mission, data=visit(w, place="site", site=w.redmond, address="15670 NE 85th St, Redmond")
    )
    assert (site.venue, site.room, site.site) == (None, None, w.redmond)


def test_a_stop_of_another_mission_is_refused(w):
    other = MissionFactory(organiser=w.mission.organiser)
    with pytest.raises(ValidationError) as exc:
        domain.create_item(mission=other, data=visit(w))
    assert errors(exc)["stop"] == ["That stop belongs to another mission."]


def test_attendance_choices_need_what_they_name(w):
    with pytest.raises(ValidationError) as exc:
        domain.create_item(mission=w.mission, data=visit(w, attendance="firms"))
    assert errors(exc) == {"attending_organisations": ["Choose the firms that attend."]}
    with pytest.raises(ValidationError) as exc:
        domain.create_item(
            mission=w.mission, data=visit(w, attendance="firms"), attending_organisations=[w.redmond]
        )
    assert errors(exc) == {
        "attending_organisations": [
            "Not in the delegation: Redmond. Partners who receive the delegation are hosts."
        ]
    }
    with pytest.raises(ValidationError) as exc:
        domain.create_item(mission=w.mission, data=visit(w, attendance="people"))
    assert errors(exc) == {"attending_people": ["Choose the people who attend."]}


def test_assigned_interpreters_raise_the_number_needed(w):
    item = domain.create_item(mission=w.mission, data=visit(w), interpreters=[w.interpreter])
    assert item.interpreters_needed == 1


def test_states_and_revisions(w):
    item = domain.create_item(mission=w.mission, data=visit(w))
    domain.update_item(item=item, data={"notes_en": "Bring business cards"})
    assert item.revision == 1
    domain.update_item(item=item, data={"notes_en": "Bring business cards"})
    assert item.revision == 1  # nothing a calendar shows changed
    domain.update_item(item=item, data={}, attending_people=[w.ceo_a])
    assert item.revision == 1  # attendees are not on the calendar entry itself
    domain.confirm_item(item=item)
    assert (item.status, item.revision) == ("confirmed", 2)
    with pytest.raises(domain.Refused, match="This item is already confirmed."):
        domain.confirm_item(item=item)
    domain.cancel_item(item=item)
    item.refresh_from_db()
    assert (item.status, item.revision) == ("cancelled", 3)
    with pytest.raises(domain.Refused, match="This item is already cancelled."):
        domain.cancel_item(item=item)
    with pytest.raises(domain.Refused, match="A cancelled item cannot be confirmed; add a new one instead."):
        domain.confirm_item(item=item)
    with pytest.raises(domain.Refused, match="A cancelled item cannot be changed; add a new one instead."):
        domain.update_item(item=item, data={"title_en": "Again"})


def test_cancelling_a_planned_item_tells_nobody(w):
    item = domain.create_item(mission=w.mission, data=visit(w))
    domain.cancel_item(item=item)
    assert Notification.objects.count() == 0


def test_cancelling_a_confirmed_item_tells_attendees_hosts_and_interpreters(w):
    item = domain.create_item(
        mission=w.mission,
        data=visit(w, attendance="firms"),
        attending_organisations=[w.firm_a],
        host_people=[w.president],
        interpreters=[w.interpreter],
    )
    domain.confirm_item(item=item)
    domain.cancel_item(item=item)
    told = sorted(Notification.objects.values_list("person__name_en", "language", "subject"))
    assert told == [
        ("CEO A", "ko", "취소: 예방"),
        ("Council President", "en", "Cancelled: Courtesy call"),
        (w.cto_a.name_en, "ko", "취소: 예방"),
        (w.interpreter.person.name_en, "en", "Cancelled: Courtesy call"),
    ]
    body = Notification.objects.get(person=w.president).body
    assert "“Courtesy call” of Mission" in body and "2027-03-09 10:00 – 2027-03-09 11:00" in body


def test_changing_a_confirmed_items_time_tells_those_concerned(w):
    item = domain.create_item(
        mission=w.mission, data=visit(w, attendance="people"), attending_people=[w.ceo_b]
    )
    domain.confirm_item(item=item)
    domain.update_item(item=item, data={"start": at(9, 14), "end": at(9, 15, 30)})
    assert item.revision == 2
    note = Notification.objects.get()
    assert (note.person, note.kind) == (w.ceo_b, "programme_changed")
    assert "2027-03-09 14:00 – 2027-03-09 15:30" in note.body


def test_zones_are_kept_per_item(w):
    item = domain.create_item(mission=w.mission, data=visit(w))
    assert item.start.astimezone(LA).hour == 10


def test_a_flight_may_leave_the_morning_after_and_land_the_evening_before(w):
    base = {"kind": "flight", "title_en": "AS 1977", "stop": w.san_jose, "arrival_stop": w.seattle}
    # San Jose 8-10 March, Seattle 10-12 March; move Seattle to 12-12 to test the evening before
    w.seattle.start_date = w.seattle.end_date = dt.date(2027, 3, 12)
    w.seattle.save()
    ok = domain.create_item(mission=w.mission, data={**base, "start": at(11, 19), "end": at(11, 21)})
    assert ok.pk
    with pytest.raises(ValidationError) as exc:
        domain.create_item(mission=w.mission, data={**base, "start": at(12, 8), "end": at(12, 10)})
    assert errors(exc) == {
        "start": [
            "The flight departs on 2027-03-12, outside the stop's dates (2027-03-08–2027-03-10) and the day after."
        ]
    }
    with pytest.raises(ValidationError) as exc:
        domain.create_item(mission=w.mission, data={**base, "start": at(10, 8), "end": at(10, 10)})
    assert errors(exc) == {
        "end": [
            "The flight lands on 2027-03-10, outside the arrival stop's dates (2027-03-12–2027-03-12) and the day "
            "before."
        ]
    }
