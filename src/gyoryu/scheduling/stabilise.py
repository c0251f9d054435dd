"""After a rescheduling run: keep each unmoved meeting at its old table and with its old interpreter.

The engine keeps meetings at their slot and venue; within a venue, tables of enough seats are
interchangeable, and so are interpreters of the same pair for meetings in the same venue and slot (their
routes do not change).  Swapping them back spares people a notice about a change that is no change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace


def stabilise(
    *,
    assignments,
    previous: dict[str, tuple[str, str, str, str | None]],
    sizes: dict[str, int],
    capacity: dict[str, int],
    can_interpret: Callable[[str, str], bool],
):
    """``previous[meeting] = (slot, venue, room, interpreter)``; returns the assignments with rooms and
    interpreters swapped back where that is allowed.  Pure: no side effects."""
    out = {a.meeting: a for a in assignments}
    by_place: dict[tuple[str, str], list[str]] = {}
    for a in assignments:
        by_place.setdefault((a.slot, a.venue), []).append(a.meeting)
    for (slot, venue), ids in by_place.items():
        for mid in ids:
            old = previous.get(mid)
            if not old or (old[0], old[1]) != (slot, venue):
                continue
            _swap_room(out, ids, mid, old[2], sizes, capacity)
            if old[3] is not None:
                _swap_interpreter(out, ids, mid, old[3], can_interpret)
    return [out[a.meeting] for a in assignments]


def _fits(room: str, meeting: str, sizes, capacity) -> bool:
    return capacity.get(room, 0) >= sizes.get(meeting, 2)


def _swap_room(out, ids, mid, want, sizes, capacity) -> None:
    mine = out[mid]
    if mine.room == want or not _fits(want, mid, sizes, capacity):
        return
    holder = next((o for o in ids if out[o].room == want), None)
    if holder is None:
        out[mid] = replace(mine, room=want)
    elif _fits(mine.room, holder, sizes, capacity):
        out[holder], out[mid] = replace(out[holder], room=mine.room), replace(mine, room=want)


def _day(slot: str) -> str:
    return slot.rsplit(":", 1)[0]


def _free_here(out, interpreter: str, mine) -> bool:
    """The interpreter has nothing in this slot and works only at this venue that day (no new travel)."""
    theirs = [a for a in out.values() if a.interpreter == interpreter and _day(a.slot) == _day(mine.slot)]
    return all(a.slot != mine.slot and a.venue == mine.venue for a in theirs)


def _swap_interpreter(out, ids, mid, want, can_interpret) -> None:
    mine = out[mid]
    if mine.interpreter == want or mine.interpreter is None or not can_interpret(want, mid):
        return
    holder = next((o for o in ids if out[o].interpreter == want), None)
    if holder is None and _free_here(out, want, mine):
        out[mid] = replace(mine, interpreter=want)
    elif holder is not None and can_interpret(mine.interpreter, holder):
        out[holder], out[mid] = (
            replace(out[holder], interpreter=mine.interpreter),
            replace(mine, interpreter=want),
        )


def keep_places(result, problem, previous: dict):
    """``result`` with each meeting that stays at its old slot and venue back at its old table and with its
    old interpreter where allowed (see ``stabilise``)."""
    from gyoryu.scheduling.solver.index import can_interpret, side_languages

    if not previous:
        return result
    meetings = {m.id: m for m in problem.meetings}
    interpreters = {i.id: i for i in problem.interpreters}
    capacity = {r.id: r.capacity for v in problem.venues for r in v.rooms}

    def can(interpreter_id: str, meeting_id: str) -> bool:
        a, b = side_languages(problem, meetings[meeting_id])
        return interpreter_id in interpreters and can_interpret(interpreters[interpreter_id], a, b)

    assignments = stabilise(
        assignments=result.assignments,
        previous=previous,
        capacity=capacity,
        sizes={m.id: m.size for m in problem.meetings},
        can_interpret=can,
    )
    return replace(result, assignments=tuple(assignments))
