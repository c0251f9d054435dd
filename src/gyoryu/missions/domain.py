"""Every state change of missions.  Each function is atomic: it succeeds whole or changes nothing."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max

from gyoryu.accounts.models import Organiser
from gyoryu.audit.domain import update_logged
from gyoryu.meetings.domain import cancel_meeting
from gyoryu.missions import impact
from gyoryu.missions.models import DelegationEntry, Interpreter, Mission, Room, Stop, Target, Venue

MISSION_FIELDS = (
    "title_ko",
    "title_en",
    "purpose_ko",
    "purpose_en",
    "status",
    "max_meetings_per_day",
    "fairness",
    "request_days",
    "max_pending_requests",
    "meetings_on_weekends",
)
STOP_FIELDS = (
    "city_ko",
    "city_en",
    "country",
    "timezone",
    "start_date",
    "end_date",
    "day_start",
    "day_end",
    "lunch_start",
    "lunch_end",
    "slot_minutes",
    "travel_minutes",
)


def _apply(obj, data: dict, fields) -> None:
    for key, value in data.items():
        if key in fields:
            setattr(obj, key, value)
    obj.full_clean()
    obj.save()


@transaction.atomic
def create_mission(*, organiser: Organiser, data: dict) -> Mission:
    """Side effects: one Mission row owned by the organiser."""
    mission = Mission(organiser=organiser)
    _apply(mission, data, MISSION_FIELDS)
    return mission


@transaction.atomic
def update_mission(*, mission: Mission, data: dict) -> Mission:
    """Side effects: the Mission row is updated."""
    _apply(mission, data, MISSION_FIELDS)
    return mission


@transaction.atomic
def add_stop(*, mission: Mission, data: dict, order: int | None = None) -> Stop:
    """Side effects: a Stop at the given place in the itinerary (later stops move one down), else at the end."""
    last = mission.stops.aggregate(m=Max("order"))["m"] or 0
    if order is None or order > last:
        order = last + 1
    else:
        for stop in mission.stops.filter(order__gte=order).order_by("-order"):
            stop.order += 1
            stop.save(update_fields=["order"])
    stop = Stop(mission=mission, order=order)
    _apply(stop, data, STOP_FIELDS)
    return stop


def update_stop(*, stop: Stop, data: dict, reschedule: bool = False, user=None) -> Stop:
    """Change a stop (its place in the itinerary stays).  When the change takes away slots of published
    meetings or dates of programme items, it is refused (``WouldAffect`` lists them) unless ``reschedule``:
    then the rescheduler moves those meetings as little as it can and publishes at once, the items outside
    the new dates are cancelled, and exactly those concerned are notified.  Side effects: the Stop row; with
    ``reschedule`` a published schedule and cancelled items, and notices.  If the rescheduler finds nothing,
    the stop is put back as it was and ``RescheduleFailed`` is raised."""
    affected = impact.of_stop_change(stop, {k: v for k, v in data.items() if k in STOP_FIELDS})
    if affected and not reschedule:
        raise WouldAffect(affected)
    before = {f: getattr(stop, f) for f in STOP_FIELDS}
    with transaction.atomic():
        _apply(stop, data, STOP_FIELDS)
    if affected:
        try:
            _reschedule(stop.mission, affected, user=user, without={})
        except Exception:
            with transaction.atomic():
                _apply(stop, before, STOP_FIELDS)
            raise
    return stop


def remove_stop(*, stop: Stop, reschedule: bool = False, user=None) -> None:
    """Remove a stop with its venues and rooms; later stops move up.  Refused (``WouldAffect`` lists them)
    when the published schedule has meetings there or programme items are there, unless ``reschedule``:
    then a schedule without the stop is made and published at once (everyone whose meeting is dropped or
    moves is told), the stop's meetings are cancelled, its items cancelled (their attendees and hosts told)
    and the stop removed.  Side effects: as said; cancelled items stay, without the stop, for calendars."""
    affected = impact.of_stop_removal(stop)
    if affected and not reschedule:
        raise WouldAffect(affected)
    _reschedule(stop.mission, affected, user=user, without={"stops": {stop.pk}})
    with transaction.atomic():
        _detach(stop=stop)
        if affected:
            for meeting in stop.mission.meetings.filter(stop=stop, status="accepted"):
                cancel_meeting(meeting=meeting)
        mission, order = stop.mission, stop.order
        stop.delete()
        for later in mission.stops.filter(order__gt=order).order_by("order"):
            later.order -= 1
            later.save(update_fields=["order"])


def remove_venue(*, venue: Venue, reschedule: bool = False, user=None) -> None:
    """Remove a venue and its rooms: refused or rescheduled like ``remove_stop`` (its meetings move to other
    venues where they can; its items are cancelled).  Side effects: as said."""
    affected = impact.of_venue_removal(venue)
    if affected and not reschedule:
        raise WouldAffect(affected)
    _reschedule(venue.stop.mission, affected, user=user, without={"venues": {venue.pk}})
    with transaction.atomic():
        _detach(venue=venue)
        venue.delete()


class WouldAffect(Exception):
    """A change that would take away published meetings or programme items; ``affected`` lists them."""

    def __init__(self, affected: impact.Affected):
        self.affected = affected
        super().__init__(affected.summary())


def _reschedule(mission, affected, *, user, without: dict) -> None:
    """Publish a schedule without the parts in ``without`` (when meetings are affected) and cancel the
    affected items (which tells their attendees and hosts)."""
    from gyoryu.programme.domain import cancel_item
    from gyoryu.scheduling.build import Without
    from gyoryu.scheduling.domain import reschedule_now

    if not affected:
        return
    if affected.placements:
        parts = {k: frozenset(v) for k, v in without.items()}
        leave_out = Without(**parts, items=frozenset(i.pk for i in affected.items))
        reschedule_now(mission=mission, user=user, without=leave_out)
    for item in affected.items:
        cancel_item(item=item)


def _detach(*, stop: Stop | None = None, venue: Venue | None = None, rooms=()) -> None:
    """Cancelled items keep their row (calendars show them as cancelled) but let go of what is removed."""
    from gyoryu.programme.models import ProgrammeItem

    items = ProgrammeItem.objects.filter(status=ProgrammeItem.Status.CANCELLED)
    if stop is not None:
        update_logged(items.filter(stop=stop), stop=None, venue=None, room=None)
        update_logged(items.filter(arrival_stop=stop), arrival_stop=None)
        update_logged(items.filter(venue__stop=stop), venue=None, room=None)
    if venue is not None:
        update_logged(items.filter(venue=venue), venue=None, room=None)
    if rooms:
        update_logged(items.filter(room__in=rooms), room=None)


def save_venue(
    *,
    stop: Stop,
    data: dict,
    rooms: list[tuple[str, int]],
    venue: Venue | None = None,
    reschedule: bool = False,
    user=None,
) -> Venue:
    """Create or change a venue and set its rooms.  Removing rooms that hold published meetings or programme
    items is refused (``WouldAffect``) unless ``reschedule`` (see ``remove_stop``).  Side effects: Venue row;
    Room rows added, changed or removed to match ``rooms`` (name, seats)."""
    names = {name for name, _seats in rooms}
    gone = [r for r in venue.rooms.all() if r.name not in names] if venue and venue.pk else []
    affected = impact.of_rooms_removal(venue, [r.pk for r in gone]) if gone else impact.Affected()
    if affected and not reschedule:
        raise WouldAffect(affected)
    _reschedule(stop.mission, affected, user=user, without={"rooms": {r.pk for r in gone}})
    with transaction.atomic():
        venue = venue or Venue()
        venue.stop = stop
        _apply(venue, data, ("name_ko", "name_en", "address", "host"))
        existing = {r.name: r for r in venue.rooms.all()}
        for name, seats in rooms:
            room = existing.pop(name, None) or Room(venue=venue, name=name)
            room.capacity = seats
            room.kind = Room.Kind.TABLE if name.lower().startswith(("table", "테이블")) else Room.Kind.ROOM
            room.full_clean()
            room.save()
        _detach(rooms=list(existing.values()))
        for room in existing.values():
            room.delete()
    return venue


@transaction.atomic
def add_to_delegation(*, mission: Mission, organisation, travellers=()) -> DelegationEntry:
    """Side effects: a DelegationEntry (or the existing one) with exactly these travellers."""
    entry, _ = DelegationEntry.objects.get_or_create(mission=mission, organisation=organisation)
    entry.travellers.set(travellers)
    return entry


@transaction.atomic
def remove_from_delegation(*, entry: DelegationEntry) -> None:
    """Side effects: the entry and its traveller links are deleted."""
    entry.delete()


@transaction.atomic
def set_target(
    *, mission: Mission, organisation, priority: int = 2, stop: Stop | None = None, notes: str = ""
) -> Target:
    """Side effects: a Target row created or updated for (mission, organisation)."""
    target, _ = Target.objects.get_or_create(mission=mission, organisation=organisation)
    target.priority, target.stop, target.notes = priority, stop, notes
    target.full_clean()
    target.save()
    return target


@transaction.atomic
def remove_target(*, target: Target) -> None:
    """Side effects: the Target row is deleted."""
    target.delete()


@transaction.atomic
def set_interpreter(
    *, mission: Mission, person, language_pairs: list[str], available_days: list[str] = ()
) -> Interpreter:
    """Side effects: an Interpreter row created or updated for (mission, person)."""
    interp, _ = Interpreter.objects.get_or_create(
        mission=mission, person=person, defaults={"language_pairs": language_pairs}
    )
    interp.language_pairs, interp.available_days = list(language_pairs), list(available_days)
    interp.full_clean()
    interp.save()
    return interp


@transaction.atomic
def remove_interpreter(*, interpreter: Interpreter) -> None:
    """Side effects: the Interpreter row is deleted."""
    interpreter.delete()
