"""A small world of two organisers, used by permission tests of pages and API alike."""

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
    StopFactory,
    TargetFactory,
    UserFactory,
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
