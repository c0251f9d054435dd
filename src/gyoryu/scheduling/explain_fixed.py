"""Meetings agreed for a fixed time (an accepted proposal, or a time the organiser set): which ones the
scheduler must hold then, and why a schedule does not.  Codes (see :mod:`.explain` for the others):

- ``fixed_not_a_slot``: the agreed time is not a meeting slot of the meeting's stop (any more: the stop's hours
  or days changed), so the meeting was placed like any other (``meeting``, ``at`` ISO time, ``stop`` id).
- ``fixed_taken``: held back because other meetings of the same people were placed then (``meeting``,
  ``slot``, ``meetings``).
- ``fixed_not_held``: the slot is free for its people, but no table, interpreter or travel time fits with the
  rest of the schedule (``meeting``, ``slot``).

No side effects besides CPU time.
"""

from __future__ import annotations

from dataclasses import replace

from .explain_busy import Conflict


def firm(problem, found: list[Conflict]):
    """``problem`` with every fixed meeting required, except those the static check already finds
    impossible (they stay pinned and optional, and are explained).  Returns (problem, changed)."""
    doubtful = set()
    for c in found:
        doubtful.add(c.params.get("meeting"))
        doubtful.update(c.params.get("meetings", ()))
    meetings = tuple(
        replace(m, required=True) if m.fixed_slot and m.id not in doubtful and not m.required else m
        for m in problem.meetings
    )
    changed = meetings != problem.meetings
    return (replace(problem, meetings=meetings) if changed else problem), changed


def fixed_conflicts(*, problem, look, result, found: list[Conflict]) -> list[Conflict]:
    """Why fixed meetings are not at their agreed time in ``result`` (those ``found`` explains already are
    left to it)."""
    explained = set()
    for c in found:
        explained.add(c.params.get("meeting"))
        explained.update(c.params.get("meetings", ()))
    out = [
        Conflict(
            "fixed_not_a_slot",
            {"meeting": mid, "at": m.fixed_start.isoformat(), "stop": m.stop_id},
        )
        for mid, m in sorted(look.fixed_off.items())
    ]
    placed = {a.meeting: a for a in result.assignments}
    by_id = {m.id: m for m in problem.meetings}
    for m in problem.meetings:
        if not m.fixed_slot or m.id in explained:
            continue
        held = placed.get(m.id)
        if held is not None and held.slot == m.fixed_slot:
            continue
        people = set(m.attendees)
        taken = sorted(
            a.meeting
            for a in result.assignments
            if a.slot == m.fixed_slot and a.meeting != m.id and people & set(by_id[a.meeting].attendees)
        )
        if taken:
            out.append(Conflict("fixed_taken", {"meeting": m.id, "slot": m.fixed_slot, "meetings": taken}))
        else:
            out.append(Conflict("fixed_not_held", {"meeting": m.id, "slot": m.fixed_slot}))
    return out
