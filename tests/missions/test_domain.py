import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from gyoryu.missions import domain
from gyoryu.missions.forms import StopForm
from tests.factories import MissionFactory, OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db

SAN_JOSE = {
    "city_en": "San Jose",
    "country": "US",
    "timezone": "America/Los_Angeles",
    "start_date": dt.date(2027, 3, 8),
    "end_date": dt.date(2027, 3, 10),
}


def test_stops_keep_their_order_when_inserted_and_removed():
    mission = MissionFactory()
    seattle = domain.add_stop(mission=mission, data={**SAN_JOSE, "city_en": "Seattle"})
    san_jose = domain.add_stop(mission=mission, data=SAN_JOSE, order=1)
    la = domain.add_stop(mission=mission, data={**SAN_JOSE, "city_en": "LA"})
    assert list(mission.stops.values_list("city_en", "order")) == [("San Jose", 1), ("Seattle", 2), ("LA", 3)]
    domain.remove_stop(stop=san_jose)
    assert list(mission.stops.values_list("city_en", "order")) == [("Seattle", 1), ("LA", 2)]
    assert (seattle.pk, la.pk) == tuple(mission.stops.values_list("pk", flat=True))


def test_stop_form_refuses_unknown_time_zone_and_reversed_dates():
    form = StopForm(
        data={**SAN_JOSE, "timezone": "Mars/Olympus", "start_date": "2027-03-10", "end_date": "2027-03-08"},
        mission=MissionFactory(),
    )
    assert not form.is_valid()
    assert form.errors == {
        "timezone": ["“Mars/Olympus” is not a known time zone; use a name such as America/Los_Angeles."],
        "end_date": ["The stop ends before it starts."],
    }


def test_a_stop_ending_before_it_starts_is_refused_by_the_database_rules_too():
    with pytest.raises(ValidationError):
        domain.add_stop(mission=MissionFactory(), data={**SAN_JOSE, "end_date": dt.date(2027, 3, 1)})


def test_venue_rooms_are_replaced_to_match():
    mission = MissionFactory()
    stop = domain.add_stop(mission=mission, data=SAN_JOSE)
    venue = domain.save_venue(stop=stop, data={"name_en": "Hall"}, rooms=[("Room A", 8), ("Table 1", 4)])
    assert list(venue.rooms.values_list("name", "kind", "capacity")) == [
        ("Room A", "room", 8),
        ("Table 1", "table", 4),
    ]
    domain.save_venue(stop=stop, venue=venue, data={"name_en": "Hall"}, rooms=[("Table 1", 6)])
    assert list(venue.rooms.values_list("name", "capacity")) == [("Table 1", 6)]


def test_delegation_targets_and_interpreters_are_upserts():
    mission = MissionFactory()
    firm = OrganisationFactory(organiser=mission.organiser)
    ceo = PersonFactory(organisation=firm)
    domain.add_to_delegation(mission=mission, organisation=firm, travellers=[ceo])
    domain.add_to_delegation(mission=mission, organisation=firm, travellers=[])
    assert mission.delegation.count() == 1 and mission.delegation.get().travellers.count() == 0
    partner = OrganisationFactory(organiser=mission.organiser, country="US")
    domain.set_target(mission=mission, organisation=partner, priority=1)
    domain.set_target(mission=mission, organisation=partner, priority=3, notes="later")
    assert list(mission.targets.values_list("priority", "notes")) == [(3, "later")]
    interp = PersonFactory(organisation=None, organiser=mission.organiser)
    domain.set_interpreter(mission=mission, person=interp, language_pairs=["ko-en"])
    domain.set_interpreter(
        mission=mission, person=interp, language_pairs=["ko-en", "ko-ja"], available_days=["2027-03-08"]
    )
    assert list(mission.interpreters.values_list("language_pairs", "available_days")) == [
        (["ko-en", "ko-ja"], ["2027-03-08"])
    ]
