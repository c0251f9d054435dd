"""Fixed commitments outside the meetings (:class:`~.problem.Busy`) as places and slots people cannot take.

A slot at venue ``v`` clashes with a commitment when the slot, widened by the travel time between the
commitment's place and ``v``, overlaps it.  Participants are checked per (slot, venue), exactly; interpreters
per slot, with the longest travel to any venue of the slot's stop (their venue is chosen with the meeting's,
so the safe side is taken).  Pure: no side effects.
"""

from __future__ import annotations

from collections import defaultdict

from .problem import Busy, Problem, Slot


def margin(problem: Problem, busy: Busy, venue: str) -> int:
    """Minutes needed between the commitment and a meeting at ``venue``."""
    if busy.venue is None:
        return busy.travel
    if busy.venue == venue:
        return 0
    there = problem.travel.get((busy.venue, venue), problem.travel.get((venue, busy.venue)))
    return busy.travel if there is None else there


def clashes(problem: Problem, busy: Busy, slot: Slot, venue: str) -> bool:
    gap = margin(problem, busy, venue)
    return slot.start < busy.end + gap and busy.start < slot.end + gap


def by_who(problem: Problem) -> dict[str, list[Busy]]:
    out = defaultdict(list)
    for b in problem.busy:
        for who in b.who:
            out[who].append(b)
    return out


def blocked_places(problem: Problem) -> dict[str, dict[tuple[str, str], str]]:
    """participant id -> {(slot, venue): id of the first commitment that blocks it}."""
    if not problem.busy:
        return {}
    venues_at = defaultdict(list)
    for v in problem.venues:
        venues_at[v.stop].append(v.id)
    out: dict[str, dict[tuple[str, str], str]] = {}
    for who, items in by_who(problem).items():
        places = {}
        for s in problem.slots:
            for v in venues_at[s.stop]:
                hit = next((b.id for b in items if clashes(problem, b, s, v)), None)
                if hit is not None:
                    places[(s.id, v)] = hit
        out[who] = places
    return out


def interpreter_unavailable(problem: Problem) -> dict[str, frozenset[str]]:
    """interpreter id -> slots they cannot take (their own and those of their commitments)."""
    venues_at = defaultdict(list)
    for v in problem.venues:
        venues_at[v.stop].append(v.id)
    mine = by_who(problem)
    out = {}
    for i in problem.interpreters:
        extra = {
            s.id
            for s in problem.slots
            for b in mine.get(i.id, ())
            if any(clashes(problem, b, s, v) for v in venues_at[s.stop] or [None])
        }
        out[i.id] = i.unavailable | frozenset(extra)
    return out
