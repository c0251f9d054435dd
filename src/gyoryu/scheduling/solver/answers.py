"""Turning solver states into :class:`Schedule` answers (CP-SAT, SAT back end, greedy). No side effects."""

from __future__ import annotations

import time
from collections import defaultdict

from .problem import Assignment, Schedule, meeting_weight
from .rooms import assign_interpreters, assign_rooms


def greedy_is_valid(problem, start) -> bool:
    """The greedy schedule is an answer only if it holds every required meeting and is fair."""
    if any(m.required and m.id not in start for m in problem.meetings):
        return False
    if problem.fairness is None:
        return True
    breaks = participant_breaks(problem=problem, placed={m: v[0] for m, v in start.items()})
    return max(breaks.values(), default=0) - min(breaks.values(), default=0) <= problem.fairness


def greedy_answer(problem, start, t0, stage_status, bound) -> Schedule:
    """The greedy schedule as an answer (when the solver found nothing better in time)."""
    assignments = tuple(
        Assignment(
            meeting=m.id,
            slot=start[m.id][0],
            venue=start[m.id][1],
            room=start[m.id][2],
            interpreter=start[m.id][3],
        )
        for m in problem.meetings
        if m.id in start
    )
    breaks = participant_breaks(problem=problem, placed={m: v[0] for m, v in start.items()})
    weight = sum(meeting_weight(m) for m in problem.meetings if m.id in start)
    stage_status = {**stage_status, "greedy": "feasible"}
    return Schedule(
        status="feasible",
        assignments=assignments,
        unscheduled=tuple(m.id for m in problem.meetings if m.id not in start),
        breaks=breaks,
        held_weight=weight,
        held_weight_bound=max(bound, weight),
        total_breaks=sum(breaks.values()),
        breaks_bound=None,
        seconds=round(time.time() - t0, 3),
        stage_status=stage_status,
    )


def sat_answer(problem, res, t0, status="optimal") -> Schedule:
    """A Schedule from the SAT back end's meeting -> slot map (single venue)."""
    venue = problem.venues[0].id
    placed = {m: (s, venue) for m, s in res.placed.items()}
    rooms = assign_rooms(problem=problem, placed=placed)
    assignments = tuple(
        Assignment(meeting=m.id, slot=placed[m.id][0], venue=venue, room=rooms[m.id])
        for m in problem.meetings
        if m.id in placed
    )
    breaks = participant_breaks(problem=problem, placed={m: s for m, (s, _v) in placed.items()})
    weight = sum(meeting_weight(m) for m in problem.meetings if m.id in placed)
    return Schedule(
        status=status,
        assignments=assignments,
        unscheduled=(),
        breaks=breaks,
        held_weight=weight,
        held_weight_bound=weight,
        total_breaks=sum(breaks.values()),
        breaks_bound=res.bound,
        seconds=round(time.time() - t0, 3),
        stage_status={"breaks": f"{status} (sat)"},
    )


def participant_breaks(*, problem, placed: dict[str, str]) -> dict[str, int]:
    """Breaks per participant of a meeting -> slot placement (idle gaps within each stop and day)."""
    order, seen = {}, defaultdict(int)
    for s in sorted(problem.slots, key=lambda s: (s.stop, s.day, s.start)):
        order[s.id] = ((s.stop, s.day), seen[(s.stop, s.day)])
        seen[(s.stop, s.day)] += 1
    pos = defaultdict(set)
    for m in problem.meetings:
        if m.id in placed:
            seq, j = order[placed[m.id]]
            for p in m.attendees:
                pos[(p, seq)].add(j)
    out = {p.id: 0 for p in problem.participants}
    for (p, _seq), js in pos.items():
        js = sorted(js)
        out[p] = out.get(p, 0) + sum(1 for a, b in zip(js, js[1:], strict=False) if b > a + 1)
    return out


def empty_answer(problem, status, t0, stage_status, bound) -> Schedule:
    return Schedule(
        status=status,
        assignments=(),
        unscheduled=tuple(m.id for m in problem.meetings),
        breaks={},
        held_weight=0,
        held_weight_bound=bound,
        total_breaks=None,
        breaks_bound=None,
        seconds=round(time.time() - t0, 3),
        stage_status=stage_status,
    )


def cpsat_answer(
    problem, ctx, solver, t0, status, held_value, held_bound, breaks_bound, stage_status
) -> Schedule:
    placed = {m: (s, v) for (m, s, v), lit in ctx.x.items() if solver.BooleanValue(lit)}
    interp = {m: i for (m, s, i), lit in ctx.w.items() if solver.BooleanValue(lit)}
    if ctx.pooled_interpreters:
        pools = {m: frozenset(ctx.index.interp[m]) for m in ctx.index.needs_interp}
        interp = assign_interpreters(problem=problem, placed=placed, pools=pools)
    rooms = assign_rooms(problem=problem, placed=placed)
    assignments = tuple(
        Assignment(
            meeting=m.id,
            slot=placed[m.id][0],
            venue=placed[m.id][1],
            room=rooms[m.id],
            interpreter=interp.get(m.id),
        )
        for m in problem.meetings
        if m.id in placed
    )
    breaks = {p: int(solver.Value(b)) for p, b in ctx.breaks.items()}
    weight = sum(meeting_weight(m) for m in problem.meetings if m.id in placed)
    return Schedule(
        status=status,
        assignments=assignments,
        unscheduled=tuple(m.id for m in problem.meetings if m.id not in placed),
        breaks=breaks,
        held_weight=weight,
        held_weight_bound=max(held_bound, weight),
        total_breaks=sum(breaks.values()) if breaks else None,
        breaks_bound=breaks_bound,
        seconds=round(time.time() - t0, 3),
        stage_status=stage_status,
    )
