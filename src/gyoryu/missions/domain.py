"""Every state change of missions.  Each function is atomic: it succeeds whole or changes nothing."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max

from gyoryu.accounts.models import Organiser
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


@transaction.atomic
def update_stop(*, stop: Stop, data: dict) -> Stop:
    """Side effects: the Stop row is updated (its place in the itinerary stays)."""
    _apply(stop, data, STOP_FIELDS)
    return stop


@transaction.atomic
def remove_stop(*, stop: Stop) -> None:
    """Side effects: the stop, its venues and rooms are deleted; later stops move up."""
    mission, order = stop.mission, stop.order
    stop.delete()
    for later in mission.stops.filter(order__gt=order).order_by("order"):
        later.order -= 1
        later.save(update_fields=["order"])


@transaction.atomic
def save_venue(*, stop: Stop, data: dict, rooms: list[tuple[str, int]], venue: Venue | None = None) -> Venue:
    """Create or change a venue and set its rooms.  Side effects: Venue row; Room rows added, changed or
    removed to match ``rooms`` (name, seats)."""
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
