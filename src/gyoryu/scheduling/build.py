"""From the database to the engine's Problem and back: slots in each stop's time zone, venues and rooms,
participants (organisations and the people who join), interpreters, requested meetings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from gyoryu.common import zones
from gyoryu.meetings.models import Meeting
from gyoryu.missions.models import Interpreter, Mission, Room, Stop
from gyoryu.scheduling import solver
from gyoryu.scheduling.commitments import commitments
from gyoryu.scheduling.models import TravelTime, Unavailability

EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def minutes(moment: dt.datetime) -> int:
    return int((moment - EPOCH).total_seconds() // 60)


def moment(value: int) -> dt.datetime:
    return EPOCH + dt.timedelta(minutes=value)


@dataclass
class Lookup:
    """Maps the engine's string ids back to database rows."""

    slots: dict[str, solver.Slot] = field(default_factory=dict)
    stop_of_slot: dict[str, Stop] = field(default_factory=dict)
    rooms: dict[str, Room] = field(default_factory=dict)
    interpreters: dict[str, Interpreter] = field(default_factory=dict)
    meetings: dict[str, Meeting] = field(default_factory=dict)
    busy: dict = field(default_factory=dict)  # engine id -> ProgrammeItem
    fixed_off: dict = field(default_factory=dict)  # engine id -> Meeting whose fixed time is no slot

    def slot_at(self, stop_id: int, start: dt.datetime) -> str | None:
        want = minutes(start)
        for sid, slot in self.slots.items():
            if slot.start == want and slot.stop == f"s{stop_id}":
                return sid
        return None


def meeting_days(stop: Stop) -> list[dt.date]:
    """The stop's days with 1:1 meetings: every day, Saturdays and Sundays only if the mission says so."""
    weekends = stop.mission.meetings_on_weekends
    out, day = [], stop.start_date
    while day <= stop.end_date:
        if weekends or day.weekday() < 5:
            out.append(day)
        day += dt.timedelta(days=1)
    return out


def stop_slots(stop: Stop) -> list[solver.Slot]:
    """Slots of a stop: each meeting day from day_start to day_end on the stop's clocks, lunch left out.

    Slots follow the wall clock (09:00, 09:30, ...) and are built only from wall times that exist: on the day
    clocks go forward the skipped times give no slot; on the day they go back a time shown twice gives two
    slots (the second with "b" in its id), and a slot never overlaps the one before it, so each moment
    belongs to one slot at most."""
    step = dt.timedelta(minutes=stop.slot_minutes)
    out: list[solver.Slot] = []
    for day in meeting_days(stop):
        t = dt.datetime.combine(day, stop.day_start)
        end_of_day = dt.datetime.combine(day, stop.day_end)
        lunch = None
        if stop.lunch_start and stop.lunch_end:
            lunch = (dt.datetime.combine(day, stop.lunch_start), dt.datetime.combine(day, stop.lunch_end))
        found = []  # (moment, wall time, second showing of that wall time, session)
        while t + step <= end_of_day:
            if lunch and t < lunch[1] and t + step > lunch[0]:
                t = lunch[1]
                continue
            session = "pm" if lunch and t >= lunch[1] else "am"
            found += [(utc, t, n, session) for n, utc in enumerate(zones.instants(t, stop.timezone))]
            t += step
        last_end = None
        for utc, wall, n, session in sorted(found):
            if last_end is not None and utc < last_end:
                continue  # would overlap the slot before (the clocks change inside a slot)
            last_end = utc + step
            out.append(
                solver.Slot(
                    id=f"s{stop.pk}:{day.isoformat()}:{wall:%H%M}" + ("b" if n else ""),
                    stop=f"s{stop.pk}",
                    day=f"s{stop.pk}:{day.isoformat()}",
                    start=minutes(utc),
                    end=minutes(utc + step),
                    session=session,
                )
            )
    return out


def _unavailable(slots: list[solver.Slot], periods: list[tuple[dt.datetime, dt.datetime]]) -> frozenset[str]:
    spans = [(minutes(a), minutes(b)) for a, b in periods]
    return frozenset(s.id for s in slots if any(s.start < b and s.end > a for a, b in spans))


@dataclass(frozen=True)
class Without:
    """Parts of the mission to leave out of a problem (ids): what is about to be removed, so that a schedule
    can be made and published without them before they go.  Meetings at a left-out stop are left out."""

    stops: frozenset[int] = frozenset()
    venues: frozenset[int] = frozenset()
    rooms: frozenset[int] = frozenset()
    items: frozenset[int] = frozenset()


def build_problem(
    mission: Mission, *, fairness: int | None = 2, without: Without | None = None
) -> tuple[solver.Problem, Lookup]:
    """The mission's accepted meetings as an engine Problem (reads only)."""
    look = Lookup()
    without = without or Without()
    stops = list(mission.stops.order_by("order").select_related("mission").prefetch_related("venues__rooms"))
    stops = [s for s in stops if s.pk not in without.stops]
    all_slots: list[solver.Slot] = []
    venues, travel = [], {}
    for stop in stops:
        slots = stop_slots(stop)
        all_slots += slots
        for slot in slots:
            look.slots[slot.id], look.stop_of_slot[slot.id] = slot, stop
        stop_venues = [v for v in stop.venues.all() if v.pk not in without.venues]
        for venue in stop_venues:
            kept = [r for r in venue.rooms.all() if r.pk not in without.rooms]
            rooms = tuple(solver.Room(id=f"r{r.pk}", capacity=r.capacity) for r in kept)
            look.rooms.update({f"r{r.pk}": r for r in kept})
            if rooms:
                venues.append(solver.Venue(id=f"v{venue.pk}", stop=f"s{stop.pk}", rooms=rooms))
        for a in stop_venues:
            for b in stop_venues:
                if a.pk != b.pk:
                    travel[(f"v{a.pk}", f"v{b.pk}")] = stop.travel_minutes
    for t in TravelTime.objects.filter(origin__stop__mission=mission):
        travel[(f"v{t.origin_id}", f"v{t.destination_id}")] = t.minutes
        travel[(f"v{t.destination_id}", f"v{t.origin_id}")] = t.minutes

    meetings = list(
        Meeting.objects.filter(mission=mission, status=Meeting.Status.ACCEPTED)
        .select_related("requester", "counterpart")
        .prefetch_related("members", "after")
    )
    away: dict[str, list] = {}
    for u in Unavailability.objects.filter(mission=mission):
        key = f"o{u.organisation_id}" if u.organisation_id else f"p{u.person_id}"
        away.setdefault(key, []).append((u.start, u.end))
    participants: dict[str, solver.Participant] = {}

    def participant(key: str, languages) -> None:
        if key not in participants:
            participants[key] = solver.Participant(
                id=key,
                languages=frozenset(languages),
                unavailable=_unavailable(all_slots, away.get(key, [])),
                max_per_day=mission.max_meetings_per_day,
            )

    meetings = [m for m in meetings if m.stop_id not in without.stops]
    accepted = {m.pk for m in meetings}
    engine_meetings = []
    for m in meetings:
        a, b = f"o{m.requester_id}", f"o{m.counterpart_id}"
        participant(a, m.requester.languages)
        participant(b, m.counterpart.languages)
        members = []
        for person in m.members.all():
            key = f"p{person.pk}"
            participant(key, person.languages)
            members.append((key, "b" if person.organisation_id == m.counterpart_id else "a"))
        on_a = sum(1 for _key, side in members if side == "a")
        allowed = frozenset(s.id for s in all_slots if m.stop_id is None or s.stop == f"s{m.stop_id}")
        mid = f"m{m.pk}"
        fixed = None
        if m.fixed_start and m.stop_id:  # at its own stop only: a meeting never moves stop by itself
            fixed = look.slot_at(m.stop_id, m.fixed_start)
        elif m.fixed_start:
            fixed = next((sid for sid, s in look.slots.items() if s.start == minutes(m.fixed_start)), None)
        if m.fixed_start and fixed is None:
            look.fixed_off[mid] = m  # its agreed time is no meeting slot (any more): placed freely, and said
        look.meetings[mid] = m
        engine_meetings.append(
            solver.Meeting(
                id=mid,
                a=a,
                b=b,
                members=tuple(members),
                priority=4 - m.priority,
                mutual=m.mutual,
                slots=allowed,
                fixed_slot=fixed,
                after=frozenset(f"m{x.pk}" for x in m.after.all() if x.pk in accepted),
                seats=max(1, on_a) + max(1, len(members) - on_a),
            )
        )

    interpreters = []
    for i in mission.interpreters.select_related("person"):
        pairs = frozenset(frozenset(p.split("-")) for p in i.language_pairs if "-" in p)
        days = set(i.available_days)
        unavailable = frozenset(s.id for s in all_slots if days and s.day.split(":", 1)[1] not in days)
        look.interpreters[f"i{i.pk}"] = i
        interpreters.append(solver.Interpreter(id=f"i{i.pk}", pairs=pairs, unavailable=unavailable))

    busy, look.busy = commitments(mission, leave_out=without.items)
    problem = solver.Problem(
        participants=tuple(participants.values()),
        slots=tuple(all_slots),
        venues=tuple(venues),
        meetings=tuple(engine_meetings),
        interpreters=tuple(interpreters),
        travel=travel,
        fairness=fairness,
        busy=busy,
    )
    return problem, look


def places_of(base, look: Lookup) -> tuple[dict, dict, dict]:
    """From a (published) schedule, per engine meeting id: (slot, venue) to keep, the confirmed ones' slots,
    and (slot, venue, room, interpreter) to restore tables and interpreters."""
    if base is None:
        return {}, {}, {}
    keep, confirmed, previous = {}, {}, {}
    for p in base.placements.select_related("room", "meeting"):
        mid = f"m{p.meeting_id}"
        slot = look.slot_at(p.stop_id, p.start)
        if mid in look.meetings and slot:
            keep[mid] = (slot, f"v{p.room.venue_id}")
            previous[mid] = (
                slot,
                f"v{p.room.venue_id}",
                f"r{p.room_id}",
                f"i{p.interpreter_id}" if p.interpreter_id else None,
            )
            if p.meeting.confirmed:
                confirmed[mid] = slot
    return keep, confirmed, previous


def placements_from(schedule, assignments, look: Lookup) -> list:
    """Unsaved Placement rows of ``schedule`` for the engine's assignments."""
    from gyoryu.scheduling.models import Placement

    return [
        Placement(
            schedule=schedule,
            meeting=look.meetings[a.meeting],
            stop=look.stop_of_slot[a.slot],
            start=moment(look.slots[a.slot].start),
            end=moment(look.slots[a.slot].end),
            room=look.rooms[a.room],
            interpreter=look.interpreters.get(a.interpreter) if a.interpreter else None,
        )
        for a in assignments
    ]
