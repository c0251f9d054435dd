"""Reads about personal data: whose consent is missing, people's consents, who is due for erasure."""

from __future__ import annotations

import datetime as dt

from django.db.models import Max, Q

from gyoryu.accounts.queries import scope_for
from gyoryu.privacy.models import Consent
from gyoryu.privacy.notice import CURRENT


def organisers_asking(user) -> set[int]:
    """Organisers that ask the account's consent: those it is a delegation member or partner guest of, and
    not staff of."""
    scope = scope_for(user)
    return {org for org, _ in scope.delegate | scope.guest} - scope.staff_organisers


def organisers_needing_consent(user) -> list[int]:
    """Organisers for which a signed-in delegation member or partner guest has not (or no longer) agreed to
    the current notice.  Organiser staff and administrators are not asked (their employer's terms cover
    their work); nor is anyone for an organiser they are staff of."""
    scope = scope_for(user)
    if scope.is_admin:
        return []
    asked = organisers_asking(user)
    if not asked:
        return []
    given = set(
        Consent.objects.filter(
            user=user, version=CURRENT, withdrawn__isnull=True, organiser_id__in=asked
        ).values_list("organiser_id", flat=True)
    )
    return sorted(asked - given)


def managed_people(user):
    """People whose data the account may export and erase (``privacy.export_person`` as a list): its
    organisers' (staff), everyone's (admins)."""
    from gyoryu.organizations.models import Person

    scope = scope_for(user)
    if scope.is_admin:
        return Person.objects.all()
    return Person.objects.filter(organiser_id__in=scope.staff_organisers)


def consents_of_user(user):
    return Consent.objects.filter(user=user).select_related("organiser").order_by("-given", "-id")


def consents_of_person(person):
    cond = Q(person=person)
    if person.user_id:
        cond |= Q(user_id=person.user_id)
    return Consent.objects.filter(cond, organiser_id=person.organiser_id).order_by("-given", "-id")


def last_activity(people) -> dict[int, dt.date]:
    """The latest sign of activity of each person (ids of ``people``): the record made or changed, the
    account's last sign-in, the last day of a mission they travel with, interpret for, meet in or attend a
    programme item of, the end of an exchange programme they took part in, and open tasks or obligations
    they own (their due date).  People with none of these have their record's dates."""
    from gyoryu.followup.models import Task
    from gyoryu.meetings.models import Meeting
    from gyoryu.missions.models import DelegationEntry, Interpreter, Stop
    from gyoryu.partnerships.models import Obligation, Programme
    from gyoryu.programme.models import ProgrammeItem

    ids = people.values("pk")  # a subquery: any number of people
    latest: dict[int, dt.date] = {}

    def see(pid, day):
        if pid is None or day is None:
            return
        day = day.date() if isinstance(day, dt.datetime) else day
        if pid in latest and latest[pid] >= day:
            return
        latest[pid] = day

    for pid, created, updated, login in people.values_list(
        "pk", "created", "updated", "user__last_login"
    ):
        for day in (created, updated, login):
            see(pid, day)
    mission_end = dict(
        Stop.objects.values("mission_id").annotate(end=Max("end_date")).values_list("mission_id", "end")
    )
    links = [
        (DelegationEntry.travellers.through, "person_id", "delegationentry__mission_id"),
        (Meeting.members.through, "person_id", "meeting__mission_id"),
        (ProgrammeItem.attending_people.through, "person_id", "programmeitem__mission_id"),
        (ProgrammeItem.host_people.through, "person_id", "programmeitem__mission_id"),
    ]
    for through, person_field, mission_field in links:
        for pid, mission_id in through.objects.filter(**{f"{person_field}__in": ids}).values_list(
            person_field, mission_field
        ):
            see(pid, mission_end.get(mission_id))
    for pid, mission_id in Interpreter.objects.filter(person_id__in=ids).values_list("person_id", "mission_id"):
        see(pid, mission_end.get(mission_id))
    for pid, end in Programme.participants.through.objects.filter(person_id__in=ids).values_list(
        "person_id", "programme__ends_on"
    ):
        see(pid, end)
    for pid, due in Task.objects.filter(owner_id__in=ids, done=False).values_list("owner_id", "due"):
        see(pid, due)
    for pid, due in Obligation.objects.filter(owner_id__in=ids, done_on__isnull=True).values_list("owner_id", "due"):
        see(pid, due)
    return latest


def due_for_erasure(*, organiser_ids, months: int, today: dt.date):
    """People of these organisers whose last activity is more than ``months`` months before ``today``.

    Never: people already erased, people whose account is organiser staff (employees), and signatories of
    agreements (part of a signed document; staff may still erase them on request)."""
    from gyoryu.accounts.models import Membership, Role
    from gyoryu.organizations.models import Person
    from gyoryu.partnerships.models import Signatory

    cutoff = _months_before(today, months)
    staff_users = Membership.objects.filter(role=Role.STAFF).values("user_id")
    people = (
        Person.objects.filter(organiser_id__in=organiser_ids, erasure__isnull=True)
        .exclude(user_id__in=staff_users)
        .exclude(pk__in=Signatory.objects.values("person_id"))
    )
    latest = last_activity(people)
    due = [pid for pid, day in latest.items() if day < cutoff]
    return people.filter(pk__in=due).order_by("pk"), cutoff


def _months_before(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 - months
    year, month = day.year + month // 12, month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")
