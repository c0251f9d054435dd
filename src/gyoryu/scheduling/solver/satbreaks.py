"""SAT back end for "pure" B2B problems: every meeting required, one venue of interchangeable tables, no
interpreters, caps or overlapping slots, with the encoding of :mod:`.satencode` (Bofill et al., JAIR 2022).

The total of breaks is minimised by a portfolio of processes on one incremental SAT solver each: a lower-bound
search ("total <= k" for k = 0, 1, ...) and a descending search (a schedule, then "total <= best - 1"). Only
proofs give "optimal" and "infeasible"; a time-out returns the best schedule as "feasible" (or "unknown").
Needs PySAT (``python-sat``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace

from .index import Index
from .satencode import Variant, encode


def applicable(problem, index: Index) -> bool:
    """True when the problem is a pure B2B problem this back end decides exactly."""
    if len(problem.venues) != 1 or index.needs_interp or not problem.minimise_breaks:
        return False
    if any(not m.required or m.members for m in problem.meetings):
        return False
    if any(p.max_per_day is not None for p in problem.participants):
        return False
    slots = sorted(problem.slots, key=lambda s: s.start)
    if any(b.start < a.end for a, b in zip(slots, slots[1:], strict=False)):
        return False
    return all(r.capacity >= 2 for r in problem.venues[0].rooms)


@dataclass
class SatResult:
    """Outcome: status (optimal | feasible | infeasible | unknown), meeting -> slot, total breaks, proven lower
    bound, seconds."""

    status: str
    placed: dict[str, str]
    total: int | None
    bound: int
    seconds: float


# measured on the 20 B2B instances (2 cores): the lower-bound search with the totalizer solves all of them; the
# second process searches down from schedules, which wins when the optimum is high (hard fixed/forbidden
# variants), and together they stop as soon as a schedule meets the bound
PORTFOLIO = (Variant(), Variant(direction="down"))


def _search(*, problem, variant: Variant, send) -> None:
    """Search in this process. ``variant.direction`` "up": "total <= k" for k = 0, 1, ... (each UNSAT answer
    raises the proven bound, sent as ("bound", k)); "down": any schedule, then "total <= best - 1" until UNSAT
    (each schedule sent as ("solution", SatResult)). Ends with ("done", SatResult)."""
    from pysat.card import ITotalizer
    from pysat.solvers import Solver

    from .index import build_index

    t0 = time.time()
    cnf, slot_of_x, outs = encode(problem, build_index(problem), variant)

    def answer(model, status, bound):
        placed = {slot_of_x[v][0]: slot_of_x[v][1] for v in model if v > 0 and v in slot_of_x}
        total = sum(1 for v in outs if model[v - 1] > 0)
        return SatResult(status, placed, total, bound, round(time.time() - t0, 3))

    with Solver(name=variant.solver, bootstrap_with=cnf.clauses) as sat:
        tot = None
        if outs:
            tot = ITotalizer(lits=outs, ubound=min(len(outs), 64), top_id=cnf.pool.top)
            for c in tot.cnf.clauses:
                sat.add_clause(c)
        rhs = tot.rhs if tot is not None else []
        if variant.direction == "down":
            best = None
            while True:
                limit = None if best is None else best.total - 1
                if limit is not None and (limit < 0 or limit >= len(rhs)):
                    status = "optimal" if limit is not None and limit < 0 else "feasible"
                    send(
                        ("done", replace(best, status=status, bound=best.total if status == "optimal" else 0))
                    )
                    return
                if sat.solve(assumptions=[] if limit is None else [-rhs[limit]]):
                    best = answer(sat.get_model(), "feasible", 0)
                    send(("solution", best))
                    continue
                if best is None:
                    send(("done", SatResult("infeasible", {}, None, 0, round(time.time() - t0, 3))))
                else:
                    send(("done", replace(best, status="optimal", bound=best.total)))
                return
        k = 0
        while True:
            assumptions = [-rhs[k]] if k < len(rhs) else []
            if sat.solve(assumptions=assumptions):
                found = answer(sat.get_model(), "feasible", k)
                status = "optimal" if found.total <= k else "feasible"
                send(("done", replace(found, status=status)))
                return
            if not assumptions or not sat.get_core():
                # unsatisfiable without the bound: the demands themselves conflict
                send(("done", SatResult("infeasible", {}, None, k, round(time.time() - t0, 3))))
                return
            k += 1
            send(("bound", k))


def _worker(conn, problem, variant) -> None:
    try:
        _search(problem=problem, variant=variant, send=conn.send)
    except Exception as exc:  # reported to the parent, which falls back
        conn.send(("error", repr(exc)))
    finally:
        conn.close()


def solve_pure(*, problem, time_limit: float, portfolio=PORTFOLIO, on_progress=None) -> SatResult:
    """Run each :class:`Variant` of ``portfolio`` in its own process (a portfolio on several cores). Stops at the
    first proof (optimal or infeasible) or when the best schedule found meets the best lower bound; on time-out
    returns the best schedule as "feasible" (or "unknown" without one). Side effects: starts and terminates
    child processes (fork where available); CPU time."""
    import multiprocessing as mp
    from multiprocessing.connection import wait

    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    t0 = time.time()
    procs, conns, bound, best = [], {}, 0, None

    def report(objective):
        if on_progress is not None:
            on_progress(
                {
                    "stage": "breaks",
                    "objective": objective,
                    "bound": bound,
                    "seconds": round(time.time() - t0, 3),
                }
            )

    try:
        for variant in portfolio:
            parent, child = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_worker, args=(child, problem, variant), daemon=True)
            proc.start()
            child.close()
            procs.append(proc)
            conns[parent] = variant
        while conns:
            remaining = time_limit - (time.time() - t0)
            if remaining <= 0:
                break
            for conn in wait(list(conns), timeout=remaining):
                try:
                    kind, value = conn.recv()
                except EOFError:
                    del conns[conn]
                    continue
                if kind == "bound" and value > bound:
                    bound = value
                    report(None if best is None else best.total)
                elif kind == "solution" and (best is None or value.total < best.total):
                    best = value
                    report(best.total)
                elif kind == "done" and value.status in ("optimal", "infeasible"):
                    return replace(value, bound=max(value.bound, bound), seconds=round(time.time() - t0, 3))
                elif kind in ("done", "error"):
                    if kind == "done" and value.placed and (best is None or value.total < best.total):
                        best = value
                    del conns[conn]
                if best is not None and best.total <= bound:
                    return replace(best, status="optimal", bound=bound, seconds=round(time.time() - t0, 3))
        if best is not None:
            return replace(best, status="feasible", bound=bound, seconds=round(time.time() - t0, 3))
        return SatResult("unknown", {}, None, bound, round(time.time() - t0, 3))
    finally:
        for proc in procs:
            if proc.is_alive():
                proc.terminate()
        for proc in procs:
            proc.join(timeout=5)
