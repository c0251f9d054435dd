"""A small world of two organisers, used by permission tests of pages and API alike; and a small mission to
schedule."""

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth.models import User

from gyoryu.accounts.models import Role
from tests.factories import (
    DelegationEntryFactory,
    InterpreterFactory,
    MembershipFactory,
    MissionFactory,
    OrganisationFactory,
    OrganiserFactory,
    PersonFactory,
    RoomFactory,
    StopFactory,
    TargetFactory,
    UserFactory,
    VenueFactory,
)


@dataclass
class World:
    mission: object
    other_mission: object
    firm: object  # delegation firm with a delegate account
    firm2: object
    partner: object  # target with a guest account
    partner2: object
    unrelated: object  # in organiser A's directory, not in the mission
    other_org: object  # organiser B's
    firm_person: object
    firm2_person: object
    partner_person: object
    unrelated_person: object
    other_person: object
    interpreter: object
    admin: User
    staff: User
    delegate: User
    guest: User
    other_staff: User


def build_world() -> World:
    a, b = OrganiserFactory(slug="a"), OrganiserFactory(slug="b")
    mission = MissionFactory(organiser=a, title_en="Mission A", title_ko="사절단 A")
    StopFactory(mission=mission)
    other_mission = MissionFactory(organiser=b, title_en="Mission B", title_ko="사절단 B")
    firm = DelegationEntryFactory(mission=mission).organisation
    firm2 = DelegationEntryFactory(mission=mission).organisation
    partner = TargetFactory(mission=mission).organisation
    partner2 = TargetFactory(mission=mission).organisation
    unrelated = OrganisationFactory(organiser=a)
    other_org = DelegationEntryFactory(mission=other_mission).organisation
    interpreter = InterpreterFactory(mission=mission)
    staff = MembershipFactory(organiser=a, role=Role.STAFF).user
    delegate = MembershipFactory(organiser=a, role=Role.DELEGATE, organisation=firm).user
    guest = MembershipFactory(organiser=a, role=Role.GUEST, organisation=partner).user
    other_staff = MembershipFactory(organiser=b, role=Role.STAFF).user
    admin = UserFactory(is_superuser=True, is_staff=True)
    return World(
        mission=mission,
        other_mission=other_mission,
        firm=firm,
        firm2=firm2,
        partner=partner,
        partner2=partner2,
        unrelated=unrelated,
        other_org=other_org,
        firm_person=PersonFactory(organisation=firm),
        firm2_person=PersonFactory(organisation=firm2),
        partner_person=PersonFactory(organisation=partner),
        unrelated_person=PersonFactory(organisation=unrelated),
        other_person=PersonFactory(organisation=other_org),
        interpreter=interpreter,
        admin=admin,
        staff=staff,
        delegate=delegate,
        guest=guest,
        other_staff=other_staff,
    )


def build_small_mission():
    """A one-morning stop (9:00-11:00, two tables) where two Korean firms are to meet three American
    partners (6 accepted meetings), with two Korean-English interpreters: the solver places every meeting."""
    from gyoryu.meetings import domain as meetings

    m = MissionFactory(max_meetings_per_day=None)
    stop = StopFactory(
        mission=m,
        start_date=dt.date(2027, 3, 8),
        end_date=dt.date(2027, 3, 8),
        day_start=dt.time(9),
        day_end=dt.time(11),
        lunch_start=None,
        lunch_end=None,
    )
    venue = VenueFactory(stop=stop)
    RoomFactory(venue=venue, name="Table 1", capacity=4)
    RoomFactory(venue=venue, name="Table 2", capacity=4)
    firms = [DelegationEntryFactory(mission=m, organisation__languages=["ko"]).organisation for _ in range(2)]
    partners = [OrganisationFactory(organiser=m.organiser, country="US", languages=["en"]) for _ in range(3)]
    InterpreterFactory(mission=m, language_pairs=["ko-en"])
    InterpreterFactory(mission=m, language_pairs=["ko-en"])
    for f in firms:
        for p in partners:
            meetings.create_meeting(
                mission=m, data={"requester": f, "counterpart": p, "stop": stop, "priority": 2}
            )
    return m
