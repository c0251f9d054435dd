"""Factories for tests: real rows in the real database, built through the model layer."""

import datetime as dt

import factory
from django.contrib.auth.models import User

from gyoryu.accounts.models import Membership, Organiser, Role
from gyoryu.missions.models import DelegationEntry, Interpreter, Mission, Room, Stop, Target, Venue
from gyoryu.organizations.models import IndustryCode, Organisation, Person


class OrganiserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organiser

    slug = factory.Sequence(lambda n: f"organiser-{n}")
    name_ko = factory.Sequence(lambda n: f"주최기관 {n}")
    name_en = factory.Sequence(lambda n: f"Organiser {n}")


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    organiser = factory.SubFactory(OrganiserFactory)
    kind = "company"
    name_ko = factory.Sequence(lambda n: f"회사 {n}")
    name_en = factory.Sequence(lambda n: f"Company {n}")
    country = "KR"


class IndustryCodeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IndustryCode

    organisation = factory.SubFactory(OrganisationFactory)
    scheme = "KSIC"
    code = "30310"


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    organisation = factory.SubFactory(OrganisationFactory)
    organiser = factory.LazyAttribute(
        lambda o: o.organisation.organiser if o.organisation else OrganiserFactory()
    )
    name_ko = factory.Sequence(lambda n: f"사람 {n}")
    name_en = factory.Sequence(lambda n: f"Person {n}")
    email = factory.Sequence(lambda n: f"person{n}@example.org")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.PostGenerationMethodCall("set_password", "correct-horse")

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    organiser = factory.SubFactory(OrganiserFactory)
    role = Role.STAFF

    @factory.post_generation
    def consented(obj, create, extracted, **kwargs):
        """Delegation members and partner guests have agreed to the privacy notice unless
        ``consented=False`` (they are asked before anything else, see privacy.middleware)."""
        if create and obj.role != Role.STAFF and extracted is not False:
            from gyoryu.privacy.domain import give_consent

            give_consent(user=obj.user, organiser_ids=[obj.organiser_id], language="en")


class MissionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Mission

    organiser = factory.SubFactory(OrganiserFactory)
    title_ko = factory.Sequence(lambda n: f"사절단 {n}")
    title_en = factory.Sequence(lambda n: f"Mission {n}")


class StopFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Stop

    mission = factory.SubFactory(MissionFactory)
    order = factory.Sequence(lambda n: n + 1)
    city_en = "San Jose"
    city_ko = "새너제이"
    country = "US"
    timezone = "America/Los_Angeles"
    start_date = dt.date(2027, 3, 8)
    end_date = dt.date(2027, 3, 10)


class VenueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Venue

    stop = factory.SubFactory(StopFactory)
    name_en = "Convention Center"


class RoomFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Room

    venue = factory.SubFactory(VenueFactory)
    name = factory.Sequence(lambda n: f"Room {n}")
    capacity = 6


class DelegationEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DelegationEntry

    mission = factory.SubFactory(MissionFactory)
    organisation = factory.SubFactory(
        OrganisationFactory, organiser=factory.SelfAttribute("..mission.organiser")
    )


class TargetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Target

    mission = factory.SubFactory(MissionFactory)
    organisation = factory.SubFactory(
        OrganisationFactory, organiser=factory.SelfAttribute("..mission.organiser"), country="US"
    )
    priority = 2


class InterpreterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Interpreter

    mission = factory.SubFactory(MissionFactory)
    person = factory.SubFactory(
        PersonFactory, organisation=None, organiser=factory.SelfAttribute("..mission.organiser")
    )
    language_pairs = ["ko-en"]
