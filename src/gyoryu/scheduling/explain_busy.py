"""Explanations that name programme items (fixed commitments): see the codes ``programme_busy`` and
``programme_narrowed`` in :mod:`gyoryu.scheduling.explain`.  No side effects besides CPU time."""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Conflict:
    """One reason a demand cannot be met: a ``code`` (see :mod:`.explain`) and JSON-ready ``params``."""

    code: str
    params: dict = field(default_factory=dict)


def _blockers(problem, index, free_index, m) -> tuple[list[str], list[str]]:
    """Commitments that take places ``m`` could have had, and the attendees (or interpreters) they take."""
    busy, who = set(), set()
    for place in free_index.cand[m.id]:
        if place in index.cand[m.id]:
            continue
        for pid in m.attendees:
            hit = index.busy_places.get(pid, {}).get(place)
            if hit:
                busy.add(hit)
                who.add(pid)
    if not busy and m.id in index.needs_interp:  # the interpreters are what the commitments took
        for b in problem.busy:
            if set(index.interp[m.id]) & b.who:
                busy.add(b.id)
                who |= set(index.interp[m.id]) & b.who
    return sorted(busy), sorted(who)


def busy_conflict(code, problem, index, free_index, m) -> Conflict:
    busy, who = _blockers(problem, index, free_index, m)
    return Conflict(code, {"meeting": m.id, "busy": busy, "participants": who})


def narrowed(*, problem, unscheduled) -> list[Conflict]:
    """For meetings that were possible but not held: those that lost at least half their possible times to
    commitments, naming them (the commitments made them hard to fit, even if other meetings took the rest)."""
    if not problem.busy:
        return []
    from .solver.index import build_index

    index, free_index = build_index(problem), build_index(replace(problem, busy=()))
    out = []
    for mid in unscheduled:
        m = index.meeting.get(mid)
        if m is None or not index.cand[mid]:
            continue
        slots = {s for s, _v in index.cand[mid]}
        before = {s for s, _v in free_index.cand[mid]}
        if len(before - slots) * 2 < len(before):
            continue
        busy, who = _blockers(problem, index, free_index, m)
        if busy:
            out.append(
                Conflict(
                    "programme_narrowed",
                    {
                        "meeting": mid,
                        "busy": busy,
                        "participants": who,
                        "lost": len(before - slots),
                        "left": len(slots),
                    },
                )
            )
    return out
