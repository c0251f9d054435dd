"""Explanations for impossible demands, as data (a code plus parameters) that the web app translates.

:func:`check` finds conflicts without solving (fast, run before every solve); :func:`explain_infeasible` adds
what a solver-based relaxation shows when :func:`check` finds nothing (which family of demands, once dropped,
makes the problem feasible). Codes:

- ``no_common_slot``: the attendees of a meeting share no available slot (``meeting``, ``participants``).
- ``no_room_fits``: no room at an allowed venue seats the meeting (``meeting``, ``size``, ``largest_room``).
- ``no_interpreter``: the sides share no language and no interpreter covers the pair (``meeting``,
  ``languages_a``, ``languages_b``).
- ``interpreter_unavailable``: interpreters exist but none is free when the parties are (``meeting``,
  ``interpreters``).
- ``fixed_slot_unavailable``: a fixed meeting's slot is blocked for an attendee (``meeting``, ``slot``,
  ``participant``).
- ``fixed_clash``: two fixed meetings of one participant in the same slot (``meetings``, ``slot``,
  ``participant``).
- ``too_many_requests``: a participant has more required meetings than available slots or than the daily caps
  allow (``participant``, ``required``, ``available``).
- ``precedence_cycle``: required meetings that must each come before the next (``meetings``).
- ``rooms_short``: more required meetings than room-slots (``required``, ``room_slots``).
- ``programme_busy``: the attendees would have common time, but fixed commitments (programme items: visits,
  tours, flights ...) take all of it, with travel to and from them (``meeting``, ``busy``, ``participants``).
- ``programme_narrowed``: an unscheduled meeting lost most of its possible times to commitments (``meeting``,
  ``busy``, ``lost``, ``left``); see :func:`narrowed`.
- ``relaxation``: found by the solver: dropping ``family`` (fairness, precedences, fixed, daily_caps) makes the
  problem feasible (``family``, plus ``d`` for fairness).

No side effects besides CPU time.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

from .explain_busy import Conflict, busy_conflict, narrowed

__all__ = ["Conflict", "check", "explain_infeasible", "narrowed", "summary"]


def check(*, problem) -> list[Conflict]:
    """Static conflicts of ``problem`` (required meetings for capacity rules; every meeting for the others)."""
    from .solver.index import build_index, side_languages

    index = build_index(problem)
    free_index = build_index(replace(problem, busy=())) if problem.busy else index
    out: list[Conflict] = []
    person = index.participant
    slot_ids = [s.id for s in problem.slots]
    for m in problem.meetings:
        if index.cand[m.id]:
            continue
        if free_index.cand[m.id]:
            out.append(busy_conflict("programme_busy", problem, index, free_index, m))
            continue
        free = set(m.slots or slot_ids)
        for pid in m.attendees:
            if pid in person:
                free -= person[pid].unavailable
        if m.fixed_slot:
            for pid in m.attendees:
                if pid in person and m.fixed_slot in person[pid].unavailable:
                    out.append(
                        Conflict(
                            "fixed_slot_unavailable",
                            {"meeting": m.id, "slot": m.fixed_slot, "participant": pid},
                        )
                    )
            continue
        if not free:
            out.append(Conflict("no_common_slot", {"meeting": m.id, "participants": list(m.attendees)}))
            continue
        if m.id in index.needs_interp:
            eligible = index.interp[m.id]
            if not eligible:
                a, b = side_languages(problem, m)
                out.append(
                    Conflict(
                        "no_interpreter",
                        {"meeting": m.id, "languages_a": sorted(a), "languages_b": sorted(b)},
                    )
                )
                continue
            if all(free <= index.interpreter[i].unavailable for i in eligible):
                out.append(
                    Conflict("interpreter_unavailable", {"meeting": m.id, "interpreters": list(eligible)})
                )
                continue
        venues = [v for v in problem.venues if not m.venues or v.id in m.venues]
        largest = max((r.capacity for v in venues for r in v.rooms), default=0)
        if largest < m.size:
            out.append(Conflict("no_room_fits", {"meeting": m.id, "size": m.size, "largest_room": largest}))
    out += _fixed_clashes(problem)
    out += _overloaded(problem, index)
    out += _cycles(problem)
    required = sum(1 for m in problem.meetings if m.required)
    room_slots = sum(len(v.rooms) for v in problem.venues for s in problem.slots if s.stop == v.stop)
    if required > room_slots:
        out.append(Conflict("rooms_short", {"required": required, "room_slots": room_slots}))
    return out


def _fixed_clashes(problem) -> list[Conflict]:
    at = defaultdict(list)
    for m in problem.meetings:
        if m.fixed_slot:
            for pid in m.attendees:
                at[(pid, m.fixed_slot)].append(m.id)
    return [
        Conflict("fixed_clash", {"meetings": ms, "slot": s, "participant": p})
        for (p, s), ms in at.items()
        if len(ms) > 1
    ]


def _overloaded(problem, index) -> list[Conflict]:
    out = []
    days = defaultdict(list)
    for s in problem.slots:
        days[s.day].append(s.id)
    for p in problem.participants:
        # meetings without any candidate are reported on their own
        required = [m for m in index.attends.get(p.id, ()) if index.meeting[m].required and index.cand[m]]
        if not required:
            continue
        reachable = {s for m in required for s, _v in index.cand[m]}
        available = len(reachable)
        if p.max_per_day is not None:
            available = sum(min(p.max_per_day, len(reachable & set(ids))) for ids in days.values())
        if len(required) > available:
            out.append(
                Conflict(
                    "too_many_requests",
                    {"participant": p.id, "required": len(required), "available": available},
                )
            )
    return out


def _cycles(problem) -> list[Conflict]:
    required = {m.id: m for m in problem.meetings if m.required}
    graph = {m: [q for q in required[m].after if q in required] for m in required}
    state: dict[str, int] = {}
    out, seen = [], set()

    def visit(node, path):
        state[node] = 1
        path.append(node)
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                cycle = path[path.index(nxt) :]
                key = frozenset(cycle)
                if key not in seen:
                    seen.add(key)
                    out.append(Conflict("precedence_cycle", {"meetings": list(reversed(cycle))}))
            elif nxt not in state:
                visit(nxt, path)
        path.pop()
        state[node] = 2

    for node in graph:
        if node not in state:
            visit(node, [])
    return out


def explain_infeasible(*, problem, time_limit: float = 20.0) -> list[Conflict]:
    """:func:`check`, and when it finds nothing, the first relaxation that the solver proves feasible."""
    found = check(problem=problem)
    if found:
        return found
    from .solver import solve

    relaxations = [
        ("fairness", {"d": problem.fairness}, replace(problem, fairness=None)),
        (
            "precedences",
            {},
            replace(problem, meetings=tuple(replace(m, after=frozenset()) for m in problem.meetings)),
        ),
        (
            "fixed",
            {},
            replace(problem, meetings=tuple(replace(m, fixed_slot=None) for m in problem.meetings)),
        ),
        (
            "daily_caps",
            {},
            replace(problem, participants=tuple(replace(p, max_per_day=None) for p in problem.participants)),
        ),
    ]
    per = time_limit / len(relaxations)
    for family, params, relaxed in relaxations:
        if relaxed == problem:
            continue
        sched = solve(problem=replace(relaxed, minimise_breaks=False), time_limit=per)
        if sched.status in ("optimal", "feasible"):
            return [Conflict("relaxation", {"family": family, **params})]
    return []


def summary(conflicts: list[Conflict]) -> Counter:
    """How many conflicts of each code (for a headline)."""
    return Counter(c.code for c in conflicts)
