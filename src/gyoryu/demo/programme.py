"""The demo mission's programme: the real shape of a city delegation's trip around the 1:1 meetings.

Monday 8 March: the flight from Incheon lands at SFO, transfer, check-in, KOTRA briefing.  Tuesday: the San
Jose B2B day, then the KSEA roundtable and dinner.  Wednesday: the Siemens visit for the automation and display
firms and the officials while the others meet buyers; the evening flight to Seattle.  Thursday: the courtesy
call at Redmond City Hall with the council president and four council members, the agreement signing, then
B2B at the Seattle Central Library.  Friday: the Boeing tour, the Seattle Public Library meeting, B2B around
them.  Saturday: no meetings (the mission does not allow them at weekends); free time and the flight home.
Everything goes through the programme's domain functions, as a user's changes do.
"""

from __future__ import annotations

from gyoryu.demo.programme_data import COUNCIL, items
from gyoryu.missions.models import Mission
from gyoryu.organizations.domain import create_person
from gyoryu.organizations.models import Organisation, Person
from gyoryu.programme import domain
from gyoryu.scheduling.models import TravelTime


class _Setting:
    def __init__(self, mission: Mission):
        self.stops = list(mission.stops.order_by("order"))
        venues = {v.name_en: v for stop in self.stops for v in stop.venues.all()}
        self.kotra = venues["KOTRA Silicon Valley meeting rooms"]
        self.city_hall = venues["Redmond City Hall"]
        self.library = venues["Seattle Central Library"]
        self.chambers = self.city_hall.rooms.get(name="Council Chambers")
        self.library_room = self.library.rooms.get(name="Meeting Room 1")
        directory = Organisation.objects.filter(organiser=mission.organiser)
        self.org = {
            "ksea": directory.get(name_en__startswith="Korean-American Scientists"),
            "siemens": directory.get(name_en__startswith="Siemens"),
            "boeing": directory.get(name_en="The Boeing Company"),
            "redmond": directory.get(name_en="City of Redmond"),
        }
        self.person = {p.name_en: p for p in Person.objects.filter(organiser=mission.organiser)}
        interpreters = {i.person.name_en: i for i in mission.interpreters.select_related("person")}
        self.shin, self.cho = interpreters["Shin A-reum"], interpreters["Daniel Cho"]
        self.council = [
            self.person.get(en) or self._councillor(mission, ko, en, tko, ten) for ko, en, tko, ten in COUNCIL
        ]

    def _councillor(self, mission, ko, en, title_ko, title_en) -> Person:
        return create_person(
            organiser=mission.organiser,
            data={
                "organisation": self.org["redmond"],
                "name_ko": ko,
                "name_en": en,
                "title_ko": title_ko,
                "title_en": title_en,
                "languages": ["en"],
            },
        )


def plan_programme(mission: Mission) -> int:
    """Side effects: the Redmond council as people of the City of Redmond, travel times between the Seattle
    venues, and the programme items (confirmed, except the Saturday free time, still planned).  Returns how
    many items."""
    s = _Setting(mission)
    TravelTime.objects.get_or_create(origin=s.city_hall, destination=s.library, defaults={"minutes": 40})
    count = 0
    for fields, links in items(s):
        item = domain.create_item(mission=mission, data={"place": "transit", **fields}, **links)
        if item.kind != item.Kind.FREE_TIME:
            domain.confirm_item(item=item)
        count += 1
    return count
