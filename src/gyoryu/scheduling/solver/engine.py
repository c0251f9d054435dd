"""``solve``: the product's scheduling engine (lexicographic: weighted meetings held, then breaks)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace

from .answers import cpsat_answer, empty_answer, greedy_answer, greedy_is_valid, sat_answer
from .cpsat import build_model
from .families import DEFAULT_FAMILIES
from .greedy import greedy
from .index import build_index
from .problem import Problem, Schedule, meeting_weight

Progress = Callable[[dict], None]


def _params(solver, *, seconds: float, workers: int, stage: str) -> None:
    solver.parameters.max_time_in_seconds = max(0.01, seconds)
    solver.parameters.num_workers = workers
    if stage == "breaks" and workers == 2:
        # measured on the B2B set: core-guided search proves the lower bounds, quick restarts find schedules
        solver.parameters.subsolvers.append("core")
        solver.parameters.subsolvers.append("quick_restart")


def _callback(on_progress: Progress | None, stage: str, t0: float):
    from ortools.sat.python import cp_model

    class _Cb(cp_model.CpSolverSolutionCallback):
        def on_solution_callback(self) -> None:
            if on_progress is not None:
                on_progress(
                    {
                        "stage": stage,
                        "objective": int(self.ObjectiveValue()),
                        "bound": int(self.BestObjectiveBound()),
                        "seconds": round(time.time() - t0, 3),
                    }
                )

    return _Cb()


def solve(
    *,
    problem: Problem,
    time_limit: float = 60.0,
    on_progress: Progress | None = None,
    families: Sequence = DEFAULT_FAMILIES,
    workers: int = 2,
    hint: dict[str, tuple[str, str]] | None = None,
    keep: dict[str, tuple[str, str]] | None = None,
    backend: str = "auto",
) -> Schedule:
    """Schedule ``problem`` within ``time_limit`` seconds.

    Stage 1 maximises the priority-weighted meetings held (skipped when every meeting is required); stage 2 keeps
    that total and minimises breaks under fairness. ``on_progress`` is called with a dict (stage, objective,
    bound, seconds) at each improving answer. ``hint`` maps meeting ids to (slot, venue) to start from;
    ``keep`` maps meeting ids to placements to change as little as possible (rescheduling: after the weighted
    meetings held, the number of kept meetings that move is minimised, before breaks). ``backend``: "auto" runs the SAT portfolio
    of :mod:`.satbreaks` on pure B2B problems (falling back to CP-SAT for the last 30 % of the time if it has
    not finished), "cpsat" never does. Side effects: CPU time; the SAT portfolio starts child processes.
    """
    from ortools.sat.python import cp_model

    t0 = time.time()
    index = build_index(problem)
    sat_bound, sat_found = 0, None
    default_rules = tuple(families) == tuple(DEFAULT_FAMILIES)  # the SAT back end knows only the built-ins
    if backend == "auto" and default_rules and not keep and not hint and _sat_ready(problem, index):
        from .satbreaks import solve_pure

        res = solve_pure(problem=problem, time_limit=time_limit * 0.7, on_progress=on_progress)
        if res.status == "infeasible":
            return empty_answer(problem, "infeasible", t0, {"breaks": "infeasible (sat)"}, 0)
        if res.status == "optimal":
            return sat_answer(problem, res, t0)
        sat_bound = res.bound
        if res.placed:
            sat_found = res
            venue = problem.venues[0].id
            hint = {m: (sl, venue) for m, sl in res.placed.items()}
    ctx = build_model(problem=problem, index=index, families=families)
    model = ctx.model
    weight = {m.id: meeting_weight(m) for m in problem.meetings}
    held_expr = sum(weight[m] * ctx.held[m] for m in ctx.held)
    total_weight = sum(weight.values())
    stage_status: dict[str, str] = {}
    start = greedy(problem=problem, index=index) if not hint and not keep else {}
    if start:
        # a complete hint: the greedy schedule, every other placement off
        for key, lit in ctx.x.items():
            model.AddHint(lit, start.get(key[0], (None, None))[:2] == key[1:])
        for (m, s, i), lit in ctx.w.items():
            model.AddHint(lit, start.get(m, (None, None, None, None))[0] == s and start[m][3] == i)
        for m, lit in ctx.held.items():
            model.AddHint(lit, m in start)
        busy = {(p, start[m][0]) for m in start for p in index.meeting[m].attendees}
        for key, lit in ctx.used.items():
            model.AddHint(lit, key in busy)
    if hint:
        for m, (s, v) in hint.items():
            if (m, s, v) in ctx.x:
                model.AddHint(ctx.x[(m, s, v)], 1)
    solver = cp_model.CpSolver()
    if keep:
        for m, (sl, v) in keep.items():
            if (m, sl, v) in ctx.x:
                model.AddHint(ctx.x[(m, sl, v)], 1)
    held_value, held_bound = total_weight, total_weight
    last_good, use_greedy = None, False  # the best answer so far: a solver with a solution, or the greedy one
    if any(not m.required for m in problem.meetings):
        model.Maximize(held_expr)
        solver = cp_model.CpSolver()
        budget = time_limit - (time.time() - t0)
        _params(
            solver, seconds=budget * (0.6 if problem.minimise_breaks else 1.0), workers=workers, stage="held"
        )
        st = solver.Solve(model, _callback(on_progress, "held", t0))
        stage_status["held"] = solver.StatusName(st).lower()
        if st == cp_model.INFEASIBLE:
            return empty_answer(problem, "infeasible", t0, stage_status, total_weight)
        if st not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            if start and greedy_is_valid(problem, start):
                return greedy_answer(problem, start, t0, stage_status, int(solver.BestObjectiveBound()))
            return empty_answer(problem, "unknown", t0, stage_status, int(solver.BestObjectiveBound()))
        held_value = int(round(solver.ObjectiveValue()))
        held_bound = int(round(solver.BestObjectiveBound()))
        greedy_weight = sum(weight[m] for m in start) if greedy_is_valid(problem, start) else 0
        if greedy_weight > held_value:  # the solver lost the hint: keep the better greedy schedule
            if not keep and (not problem.minimise_breaks or not ctx.breaks):
                return greedy_answer(problem, start, t0, stage_status, held_bound)
            held_value, use_greedy, last_good = greedy_weight, True, None
        else:
            _hint_from(model, ctx, solver)
            last_good = solver
        model.Add(held_expr >= held_value)
        if not keep and (not problem.minimise_breaks or not ctx.breaks):
            return cpsat_answer(
                problem,
                ctx,
                solver,
                t0,
                "optimal" if st == cp_model.OPTIMAL else "feasible",
                held_value,
                held_bound,
                None,
                stage_status,
            )
    moved_expr = None
    if keep:
        stays = [ctx.x[(m, s, v)] for m, (s, v) in keep.items() if (m, s, v) in ctx.x]
        moved_expr = len(keep) - sum(stays)
        model.Minimize(moved_expr)
        solver = cp_model.CpSolver()
        _params(solver, seconds=(time_limit - (time.time() - t0)) / 2, workers=workers, stage="keep")
        st = solver.Solve(model, _callback(on_progress, "keep", t0))
        stage_status["keep"] = solver.StatusName(st).lower()
        if st in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            model.Add(moved_expr <= int(solver.ObjectiveValue()))
            _hint_from(model, ctx, solver)
            last_good, use_greedy = solver, False
        elif st == cp_model.INFEASIBLE:
            return empty_answer(problem, "infeasible", t0, stage_status, total_weight)
        if not problem.minimise_breaks or not ctx.breaks:
            ok = st == cp_model.OPTIMAL and stage_status.get("held", "optimal") == "optimal"
            return cpsat_answer(
                problem,
                ctx,
                solver,
                t0,
                "optimal" if ok else "feasible",
                held_value,
                held_bound,
                None,
                stage_status,
            )
    model.Minimize(sum(ctx.breaks.values()))
    last = last_good
    solver = cp_model.CpSolver()
    _params(solver, seconds=time_limit - (time.time() - t0), workers=workers, stage="breaks")
    st = solver.Solve(model, _callback(on_progress, "breaks", t0))
    stage_status["breaks"] = solver.StatusName(st).lower()
    if st == cp_model.INFEASIBLE:
        if last is None:
            return empty_answer(problem, "infeasible", t0, stage_status, total_weight)
        status = "optimal" if stage_status.get("held") == "optimal" else "feasible"
        return cpsat_answer(problem, ctx, last, t0, status, held_value, held_bound, None, stage_status)
    if sat_found is not None and (
        st not in (cp_model.OPTIMAL, cp_model.FEASIBLE) or solver.ObjectiveValue() > sat_found.total
    ):
        return sat_answer(problem, replace(sat_found, bound=sat_bound), t0, status="feasible")
    if st not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        if last is not None:
            return cpsat_answer(
                problem, ctx, last, t0, "feasible", held_value, held_bound, None, stage_status
            )
        if use_greedy:
            return greedy_answer(problem, start, t0, stage_status, held_bound)
        return empty_answer(problem, "unknown", t0, stage_status, total_weight)
    proven = st == cp_model.OPTIMAL and stage_status.get("held", "optimal") == "optimal"
    bound = max(sat_bound, int(round(solver.BestObjectiveBound())))
    proven = proven or (sat_bound >= int(round(solver.ObjectiveValue())))
    return cpsat_answer(
        problem,
        ctx,
        solver,
        t0,
        "optimal" if proven else "feasible",
        held_value,
        held_bound,
        bound,
        stage_status,
    )


def _sat_ready(problem, index) -> bool:
    from .satbreaks import applicable

    try:
        import pysat  # noqa: F401
    except ImportError:
        return False
    return applicable(problem, index)


def _hint_from(model, ctx, solver) -> None:
    model.ClearHints()
    for lit in ctx.x.values():
        model.AddHint(lit, solver.BooleanValue(lit))
