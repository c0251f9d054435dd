"""Pre-computation shared by the solver back ends and the explainer: which (meeting, slot, venue) triples are
possible, which interpreters fit which meeting, and the ordered slot sequences (stop, day). No side effects."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from .busy import blocked_places, interpreter_unavailable
from .problem import Interpreter, Meeting, Problem


def side_languages(problem: Problem, meeting: Meeting) -> tuple[frozenset[str], frozenset[str]]:
    """Working languages of side ``a`` and side ``b`` (union over their attendees)."""
    langs = {p.id: p.languages for p in problem.participants}
    a = set(langs.get(meeting.a, ()))
    b = set(langs.get(meeting.b, ()))
    for pid, side in meeting.members:
        (a if side == "a" else b).update(langs.get(pid, ()))
    return frozenset(a), frozenset(b)


def needs_interpreter(problem: Problem, meeting: Meeting) -> bool:
    """True when both sides know languages and share none."""
    a, b = side_languages(problem, meeting)
    return bool(a and b and not (a & b))


def can_interpret(interpreter: Interpreter, a: frozenset[str], b: frozenset[str]) -> bool:
    return any(
        len(pair) == 2 and any(x in a and (pair - {x}) <= b for x in pair) for pair in interpreter.pairs
    )


@dataclass
class Index:
    """Candidate structure of a :class:`Problem`.

    ``cand[m]`` = list of (slot_id, venue_id) a meeting may take; ``interp[m]`` = eligible interpreter ids (empty
    tuple when none is needed, ``None`` key absent); ``sequences`` = lists of slot ids ordered by start, one per
    (stop, day); ``attends[p]`` = meeting ids participant ``p`` attends.
    """

    problem: Problem
    cand: dict[str, list[tuple[str, str]]]
    interp: dict[str, tuple[str, ...]]
    needs_interp: set[str]
    sequences: list[list[str]]
    attends: dict[str, list[str]]
    slot: dict
    meeting: dict
    participant: dict
    venue: dict
    interpreter: dict
    busy_places: dict = None  # type: ignore[assignment]


def build_index(problem: Problem) -> Index:
    """Compute candidates: session/slot restrictions, unavailability, fixed slots, venue and room fit."""
    slot = {s.id: s for s in problem.slots}
    participant = {p.id: p for p in problem.participants}
    venue = {v.id: v for v in problem.venues}
    away = interpreter_unavailable(problem) if problem.busy else {}
    interpreter = {i.id: replace(i, unavailable=away[i.id]) if away else i for i in problem.interpreters}
    busy_places = blocked_places(problem)
    meeting = {m.id: m for m in problem.meetings}
    venues_at = defaultdict(list)
    for v in problem.venues:
        venues_at[v.stop].append(v)
    cand, interp, needs = {}, {}, set()
    attends = {p.id: [] for p in problem.participants}
    for m in problem.meetings:
        for pid in m.attendees:
            attends.setdefault(pid, []).append(m.id)
        blocked = set()
        for pid in m.attendees:
            if pid in participant:
                blocked |= participant[pid].unavailable
        eligible: tuple[str, ...] = ()
        if needs_interpreter(problem, m):
            needs.add(m.id)
            a, b = side_languages(problem, m)
            eligible = tuple(i.id for i in problem.interpreters if can_interpret(i, a, b))
        interp[m.id] = eligible
        out = []
        for s in problem.slots:
            if m.slots and s.id not in m.slots or s.id in blocked:
                continue
            if m.fixed_slot is not None and s.id != m.fixed_slot:
                continue
            if m.id in needs and not any(s.id not in interpreter[i].unavailable for i in eligible):
                continue
            for v in venues_at[s.stop]:
                if m.venues and v.id not in m.venues:
                    continue
                if busy_places and any((s.id, v.id) in busy_places.get(p, ()) for p in m.attendees):
                    continue
                if any(r.capacity >= m.size for r in v.rooms):
                    out.append((s.id, v.id))
        cand[m.id] = out
    seqs = defaultdict(list)
    for s in sorted(problem.slots, key=lambda s: (s.stop, s.day, s.start)):
        seqs[(s.stop, s.day)].append(s.id)
    return Index(
        problem=problem,
        cand=cand,
        interp=interp,
        needs_interp=needs,
        sequences=list(seqs.values()),
        attends=attends,
        slot=slot,
        meeting=meeting,
        participant=participant,
        venue=venue,
        interpreter=interpreter,
        busy_places=busy_places,
    )


def travel_minutes(problem: Problem, v1: str, v2: str) -> int:
    """Minutes to go from venue ``v1`` to ``v2`` (0 for the same venue or an unlisted pair)."""
    if v1 == v2:
        return 0
    return problem.travel.get((v1, v2), problem.travel.get((v2, v1), 0))
