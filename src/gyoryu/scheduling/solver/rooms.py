"""Room (table) assignment after the solver placed meetings in (slot, venue). No side effects."""

from __future__ import annotations

from collections import defaultdict

from .busy import interpreter_unavailable
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


def assign_interpreters(
    *, problem: Problem, placed: dict[str, tuple[str, str]], pools: dict
) -> dict[str, str]:
    """Name an interpreter for each placed meeting of ``pools`` (meeting -> eligible ids): a maximum bipartite
    matching per slot among the interpreters free then (augmenting paths). Raises ``ValueError`` if short."""
    unavailable = interpreter_unavailable(problem)
    by_slot = defaultdict(list)
    for m in sorted(pools):
        if m in placed:
            by_slot[placed[m][0]].append(m)
    out = {}
    for s, meetings in by_slot.items():
        owner: dict[str, str] = {}

        def augment(m, seen, s=s, owner=owner):
            for i in sorted(pools[m]):
                if s in unavailable[i] or i in seen:
                    continue
                seen.add(i)
                if i not in owner or augment(owner[i], seen):
                    owner[i] = m
                    return True
            return False

        for m in meetings:
            if not augment(m, set()):
                raise ValueError(f"no interpreter left for meeting {m} in slot {s}")
        out.update({m: i for i, m in owner.items()})
    return out
