"""Rescheduling after publication: change as few published meetings as possible and say who must be told.

The caller passes the new :class:`Problem` (added meetings in, cancelled ones out, new unavailability in the
participants), the published assignments and the confirmed meeting ids. Confirmed meetings are pinned to their
slot and venue; if that is impossible the run is repeated with them unpinned (``pins_released`` says so).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

from .problem import Assignment, Problem, Schedule


@dataclass(frozen=True)
class Change:
    """One change to tell people about. ``kind``: added, cancelled, dropped (could not be kept), moved (slot or
    venue), room, interpreter. ``before``/``after`` are the old and new assignments (``None`` when absent);
    ``notify`` the participant and interpreter ids concerned (attendees plus old and new interpreter)."""

    kind: str
    meeting: str
    before: Assignment | None
    after: Assignment | None
    notify: tuple[str, ...]


@dataclass(frozen=True)
class Rescheduled:
    """The new schedule, its changes, the changes per person to notify, and whether pins had to go."""

    schedule: Schedule
    changes: tuple[Change, ...]
    notices: dict[str, tuple[Change, ...]] = field(default_factory=dict)
    pins_released: bool = False


def _pinned(problem: Problem, published: dict[str, Assignment], confirmed: set[str]) -> Problem:
    meetings = []
    for m in problem.meetings:
        a = published.get(m.id)
        if a is not None and m.id in confirmed:
            m = replace(m, fixed_slot=a.slot, venues=frozenset({a.venue}))
        meetings.append(m)
    return replace(problem, meetings=tuple(meetings))


def reschedule(
    *,
    problem: Problem,
    published: list[Assignment] | tuple[Assignment, ...],
    confirmed: set[str] | frozenset[str] = frozenset(),
    cancelled: dict[str, tuple[str, ...]] | None = None,
    time_limit: float = 60.0,
    on_progress=None,
) -> Rescheduled:
    """Re-solve ``problem`` keeping ``published`` placements where possible (see module doc).

    ``cancelled`` maps cancelled meeting ids to their attendees (for the notices). Side effects: CPU time only.
    """
    from .engine import solve

    old = {a.meeting: a for a in published}
    keep = {m.id: (old[m.id].slot, old[m.id].venue) for m in problem.meetings if m.id in old}
    schedule = solve(
        problem=_pinned(problem, old, set(confirmed)),
        time_limit=time_limit / 2,
        keep=keep,
        on_progress=on_progress,
    )
    released = False
    if schedule.status in ("infeasible", "unknown") and confirmed:
        released = True
        schedule = solve(problem=problem, time_limit=time_limit / 2, keep=keep, on_progress=on_progress)
    schedule = replace(schedule, assignments=_stable_rooms(schedule.assignments, old, problem))
    changes = diff(problem=problem, published=old, schedule=schedule, cancelled=cancelled or {})
    notices = defaultdict(list)
    for ch in changes:
        for who in ch.notify:
            notices[who].append(ch)
    return Rescheduled(
        schedule=schedule,
        changes=changes,
        notices={k: tuple(v) for k, v in notices.items()},
        pins_released=released,
    )


def _stable_rooms(assignments, old, problem) -> tuple[Assignment, ...]:
    """Give unmoved meetings back their old room and interpreter when still free and fitting."""
    size = {m.id: m.size for m in problem.meetings}
    cap = {(v.id, r.id): r.capacity for v in problem.venues for r in v.rooms}
    out = {a.meeting: a for a in assignments}
    for a in assignments:
        b = old.get(a.meeting)
        if b is None or (a.slot, a.venue) != (b.slot, b.venue) or a.room == b.room:
            continue
        if cap.get((a.venue, b.room), 0) < size[a.meeting]:
            continue
        holder = next(
            (x for x in out.values() if (x.slot, x.venue, x.room) == (a.slot, a.venue, b.room)), None
        )
        if holder is None:
            out[a.meeting] = replace(a, room=b.room)
        elif cap[(a.venue, a.room)] >= size[holder.meeting]:
            out[holder.meeting] = replace(holder, room=a.room)
            out[a.meeting] = replace(a, room=b.room)
    for m, a in list(out.items()):
        b = old.get(m)
        if b is None or a.interpreter == b.interpreter or not a.interpreter or not b.interpreter:
            continue
        if (a.slot, a.venue) != (b.slot, b.venue):
            continue
        holder = next((x for x in out.values() if x.slot == a.slot and x.interpreter == b.interpreter), None)
        if holder is None:
            out[m] = replace(a, interpreter=b.interpreter)
    return tuple(out[a.meeting] for a in assignments)


def diff(
    *,
    problem: Problem,
    published: dict[str, Assignment],
    schedule: Schedule,
    cancelled: dict[str, tuple[str, ...]],
) -> tuple[Change, ...]:
    """Changes from ``published`` to ``schedule``, in meeting order, with whom to notify."""
    meetings = {m.id: m for m in problem.meetings}
    new = {a.meeting: a for a in schedule.assignments}
    changes = []

    def who(mid, *assignments) -> tuple[str, ...]:
        people = list(meetings[mid].attendees) if mid in meetings else list(cancelled.get(mid, ()))
        people += [a.interpreter for a in assignments if a is not None and a.interpreter]
        return tuple(dict.fromkeys(people))

    for mid, before in published.items():
        if mid not in meetings:
            changes.append(Change("cancelled", mid, before, None, who(mid, before)))
        elif mid not in new:
            changes.append(Change("dropped", mid, before, None, who(mid, before)))
    for m in problem.meetings:
        before, after = published.get(m.id), new.get(m.id)
        if after is None:
            continue
        if before is None:
            changes.append(Change("added", m.id, None, after, who(m.id, after)))
        elif (before.slot, before.venue) != (after.slot, after.venue):
            changes.append(Change("moved", m.id, before, after, who(m.id, before, after)))
        elif before.room != after.room:
            changes.append(Change("room", m.id, before, after, who(m.id, before, after)))
        elif before.interpreter != after.interpreter:
            changes.append(Change("interpreter", m.id, before, after, who(m.id, before, after)))
    return tuple(changes)
