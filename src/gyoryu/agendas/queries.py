"""Reads of agendas: whose agenda a page is (who may see it: ``agendas.view_agenda``), and the agenda itself (master, organisation,
person, interpreter, venue) from the published schedule and the programme, in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation

from gyoryu.agendas import domain, events, meeting_events, programme_events
from gyoryu.agendas.models import AgendaSettings, CalendarFeed, SentEvent
from gyoryu.agendas.outputs.agenda import Agenda
from gyoryu.common.bilingual import pick
from gyoryu.missions.models import Venue
from gyoryu.organizations.models import Organisation, Person
from gyoryu.scheduling.queries import published

WHO = ("mission", "organisation", "person", "interpreter", "venue")
HOME_NAMES = {"Asia/Seoul": "서울"}


@dataclass(frozen=True)
class Owner:
    who: str
    pk: int | None
    name_ko: str
    name_en: str
    side: int | None  # the organisation whose side of a meeting the agenda takes
    user_id: int | None  # the account of the person (or interpreter), if any

    @property
    def key(self) -> str:
        return events.key(self.who, self.pk)


def owner(mission, who: str, pk: int | None) -> Owner | None:
    """Whose agenda it is, or None when there is no such organisation, person, interpreter or venue at the
    mission's organiser."""
    if who == "mission":
        with translation.override("ko"):
            ko = translation.gettext("Master agenda")
        with translation.override("en"):
            en = translation.gettext("Master agenda")
        return Owner(who, None, ko, en, None, None)
    if who == "organisation":
        org = Organisation.objects.filter(pk=pk, organiser_id=mission.organiser_id).first()
        return org and Owner(who, org.pk, pick(org, "name", "ko"), pick(org, "name", "en"), org.pk, None)
    if who == "person":
        p = Person.objects.filter(pk=pk, organiser_id=mission.organiser_id).first()
        return p and Owner(
            who, p.pk, pick(p, "name", "ko"), pick(p, "name", "en"), p.organisation_id, p.user_id
        )
    if who == "interpreter":
        i = mission.interpreters.select_related("person").filter(pk=pk).first()
        if i is None:
            return None
        return Owner(
            who, i.pk, pick(i.person, "name", "ko"), pick(i.person, "name", "en"), None, i.person.user_id
        )
    if who == "venue":
        v = Venue.objects.filter(pk=pk, stop__mission=mission).first()
        return v and Owner(who, v.pk, pick(v, "name", "ko"), pick(v, "name", "en"), None, None)
    return None


def master_for_delegation(mission) -> bool:
    return AgendaSettings.objects.filter(mission=mission, delegation_sees_master=True).exists()


def mission_events(mission, schedule) -> list[events.Event]:
    travelling = meeting_events.travellers(mission)
    return meeting_events.events(mission, schedule, travelling=travelling) + programme_events.events(mission)


def home_zone() -> tuple[str, str, str]:
    """(IANA zone, Korean name, English name) of the home office: the configured time zone."""
    zone = str(settings.TIME_ZONE)
    en = zone.rsplit("/", 1)[-1].replace("_", " ")
    return zone, HOME_NAMES.get(zone, en), en


def agenda(*, mission, who_: Owner, schedule="published", home: bool = False) -> Agenda:
    """The agenda of ``who_``: every event whose audience holds its key, plus cancelled copies of events it
    had and has no more.  ``schedule`` defaults to the published one; any other (a draft, for staff) is a
    preview: nothing is recorded and sequences are what publishing it would give."""
    preview = schedule != "published"
    schedule = published(mission) if schedule == "published" else schedule
    current = mission_events(mission, schedule)
    if preview:
        rows = {r.uid: r for r in SentEvent.objects.filter(mission=mission)}
        sequences = {e.uid: _would_be(rows.get(e.uid), e) for e in current}
    else:
        rows = domain.record(mission=mission, events=current)
        sequences = {uid: r.sequence for uid, r in rows.items()}
    key = who_.key
    mine = [e for e in current if key in e.audience]
    held = {e.uid for e in mine}
    items = [events.item(e, sequence=sequences.get(e.uid, 0), side=who_.side) for e in mine]
    for uid, row in rows.items():
        if uid in held or key not in row.audience or not row.snapshot:
            continue
        # gone from this agenda: cancelled everywhere (sequence already raised) or only for this owner
        bump = 0 if row.cancelled else 1
        items.append(events.from_snapshot(row.snapshot, sequence=row.sequence + bump))
    items.sort(key=lambda i: (i.start, i.uid))
    zone, home_ko, home_en = home_zone() if home else ("", "", "")
    return Agenda(
        owner_ko=who_.name_ko,
        owner_en=who_.name_en,
        mission_ko=pick(mission, "title", "ko"),
        mission_en=pick(mission, "title", "en"),
        version=schedule.number if schedule else 0,
        items=tuple(items),
        home_tz=zone,
        home_ko=home_ko,
        home_en=home_en,
    )


def _would_be(row: SentEvent | None, event: events.Event) -> int:
    if row is None:
        return 0
    return row.sequence + (row.digest != event.digest or row.cancelled != event.cancelled)


def feeds(mission, who_: Owner):
    """The calendar feeds of one agenda, newest first."""
    return CalendarFeed.objects.filter(mission=mission, owner=who_.who, owner_id=who_.pk).select_related(
        "created_by"
    )


def directory(mission) -> dict:
    """Every agenda of the mission, for organiser staff: delegation firms with their travellers, partners
    with the people who join their meetings or programme items, interpreters and venues."""
    from django.db.models import Q

    from gyoryu.meetings.models import Meeting
    from gyoryu.programme.models import ProgrammeItem

    firms = list(mission.delegation.select_related("organisation").prefetch_related("travellers"))
    partners = [t.organisation for t in mission.targets.select_related("organisation")]
    items = ProgrammeItem.objects.filter(mission=mission)
    joining = Person.objects.filter(organisation_id__in=[p.pk for p in partners]).filter(
        Q(pk__in=Meeting.members.through.objects.filter(meeting__mission=mission).values("person_id"))
        | Q(pk__in=items.values("host_people"))
        | Q(pk__in=items.values("attending_people"))
    )
    people: dict[int, list] = {}
    for p in joining.order_by("name_en", "name_ko"):
        people.setdefault(p.organisation_id, []).append(p)
    return {
        "firms": firms,
        "partners": [(org, people.get(org.pk, [])) for org in partners],
        "interpreters": list(mission.interpreters.select_related("person")),
        "venues": list(Venue.objects.filter(stop__mission=mission).order_by("stop__order", "name_en")),
    }


FEED_DAYS_AFTER_MISSION = 180  # a calendar link stops this long after the mission's last day


def feed_refusal(feed: CalendarFeed, today) -> str:
    """Why a calendar link no longer works, or "" while it does: revoked; its maker's account closed (a
    revoked guest, an erased person); or the mission ended more than FEED_DAYS_AFTER_MISSION days ago."""
    import datetime as dt

    from django.db.models import Max
    from django.utils.translation import gettext as _

    if feed.revoked is not None:
        return _("This calendar link was revoked.")
    if feed.created_by_id is not None and not feed.created_by.is_active:
        return _("This calendar link no longer works: the account that made it was closed.")
    last = feed.mission.stops.aggregate(last=Max("end_date"))["last"]
    if last is not None and today > last + dt.timedelta(days=FEED_DAYS_AFTER_MISSION):
        return _("This calendar link expired %(days)s days after the mission.") % {"days": FEED_DAYS_AFTER_MISSION}
    return ""
