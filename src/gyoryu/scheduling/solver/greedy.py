"""A fast constructive schedule, used as the solver's starting hint and as a fallback answer.

Meetings go in order (required first, then by weight, then fewest candidate slots), each into the earliest
(slot, venue) where every attendee is free (with travel time), a room fits, an interpreter is free and the
daily caps hold. Meetings with precedences are left to the solver. Pure: no side effects.
"""

from __future__ import annotations

from collections import defaultdict

from .index import Index, travel_minutes
from .problem import meeting_weight


def greedy(*, problem, index: Index) -> dict[str, tuple[str, str, str, str | None]]:
    """meeting id -> (slot, venue, room, interpreter or None) for the meetings it could place."""
    slot = index.slot
    rooms_free = {}
    for v in problem.venues:
        for s in problem.slots:
            if s.stop == v.stop:
                rooms_free[(s.id, v.id)] = sorted(v.rooms, key=lambda r: (r.capacity, r.id))
    busy = defaultdict(list)  # person or interpreter -> [(slot, venue)]
    per_day = defaultdict(int)
    caps = {p.id: p.max_per_day for p in problem.participants}
    out = {}

    def free(who, s, v) -> bool:
        a = slot[s]
        for s2, v2 in busy[who]:
            b = slot[s2]
            first, second, vf, vs = (a, b, v, v2) if a.start <= b.start else (b, a, v2, v)
            if s == s2 or second.start < first.end + travel_minutes(problem, vf, vs):
                return False
        return True

    # most constrained first: required, heavier, then the attendee with the least slack (free slots minus
    # requests), then fewest candidate places
    slack = {}
    for pid, meetings in index.attends.items():
        free_slots = {s for m in meetings for s, _v in index.cand[m]}
        slack[pid] = len(free_slots) - len(meetings)
    order = sorted(
        (m for m in problem.meetings if not m.after),
        key=lambda m: (
            not m.required,
            -meeting_weight(m),
            min(slack.get(p, 0) for p in m.attendees),
            len(index.cand[m.id]),
            m.id,
        ),
    )
    has_successor = {q for m in problem.meetings for q in m.after}
    for m in order:
        if m.id in has_successor:
            continue
        for s, v in sorted(index.cand[m.id], key=lambda sv: (slot[sv[0]].start, sv[1])):
            day = slot[s].day
            if not all(free(p, s, v) for p in m.attendees):
                continue
            if any(caps.get(p) is not None and per_day[(p, day)] >= caps[p] for p in m.attendees):
                continue
            room = next((r for r in rooms_free[(s, v)] if r.capacity >= m.size), None)
            if room is None:
                continue
            interp = None
            if m.id in index.needs_interp:
                interp = next(
                    (
                        i
                        for i in index.interp[m.id]
                        if s not in index.interpreter[i].unavailable and free(i, s, v)
                    ),
                    None,
                )
                if interp is None:
                    continue
                busy[interp].append((s, v))
            rooms_free[(s, v)].remove(room)
            for p in m.attendees:
                busy[p].append((s, v))
                per_day[(p, day)] += 1
            out[m.id] = (s, v, room.id, interp)
            break
    return out
