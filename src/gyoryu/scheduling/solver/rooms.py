"""Room (table) assignment after the solver placed meetings in (slot, venue). No side effects."""

from __future__ import annotations

from collections import defaultdict

from .problem import Problem


def assign_rooms(*, problem: Problem, placed: dict[str, tuple[str, str]]) -> dict[str, str]:
    """Give each placed meeting a room of its venue with enough seats, one meeting per room and slot.

    Largest meetings first, each into the smallest free room that fits: optimal for nested sizes, and the
    model's ``RoomCapacity`` family guarantees Hall's condition. Raises ``ValueError`` if a meeting has no room.
    """
    size = {m.id: m.size for m in problem.meetings}
    venues = {v.id: v for v in problem.venues}
    groups = defaultdict(list)
    for m, (s, v) in placed.items():
        groups[(s, v)].append(m)
    out = {}
    for (s, v), meetings in groups.items():
        free = sorted(venues[v].rooms, key=lambda r: (r.capacity, r.id))
        for m in sorted(meetings, key=lambda m: (-size[m], m)):
            room = next((r for r in free if r.capacity >= size[m]), None)
            if room is None:
                raise ValueError(f"no room left for meeting {m} at {v} in slot {s}")
            free.remove(room)
            out[m] = room.id
    return out
