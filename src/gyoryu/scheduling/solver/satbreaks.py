"""SAT back end for "pure" B2B problems: every meeting required, one venue of interchangeable tables, no
interpreters, caps or overlapping slots. This is the encoding of Bofill et al. (JAIR 2022): Booleans "meeting
in slot", used / held / end-of-break indicators per participant and slot, unary break counters, unary max and
min for fairness, and the two implied constraints (exactly |Mp| used slots per participant; at most
2 x tables busy people per slot). The total is minimised by lower-bound search: "total <= k" for
k = 0, 1, ... on one incremental SAT solver, so "optimal" and "infeasible" are proofs, and a time-out leaves the
status open. Needs PySAT (``python-sat``); all functions are pure except the CPU time they use.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace

from .index import Index


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
    status: str  # optimal | infeasible | unknown
    placed: dict[str, str]
    total: int | None
    bound: int
    seconds: float


class _Cnf:
    def __init__(self):
        from pysat.formula import IDPool

        self.pool = IDPool()
        self.clauses: list[list[int]] = []

    def var(self, *key) -> int:
        return self.pool.id(key)

    def add(self, clause) -> None:
        self.clauses.append(list(clause))

    def atmost(self, lits, k, wide=None) -> None:
        from pysat.card import CardEnc, EncType

        if len(lits) <= k:
            return
        if k == 0:
            for lit in lits:
                self.add([-lit])
            return
        enc = EncType.pairwise if k == 1 and len(lits) <= 6 else (wide or EncType.seqcounter)
        self.clauses.extend(CardEnc.atmost(lits, k, vpool=self.pool, encoding=enc).clauses)

    def equals(self, lits, k) -> None:
        from pysat.card import CardEnc, EncType

        self.clauses.extend(CardEnc.equals(lits, k, vpool=self.pool, encoding=EncType.seqcounter).clauses)


def _counter(cnf: _Cnf, key, lits: list[int], cap: int) -> list[int]:
    """Unary count with equivalence: ``out[k-1]`` <-> at least k of ``lits`` (k <= cap)."""
    prev: list = []
    for i, e in enumerate(lits, start=1):
        cur = []
        for k in range(1, min(i, cap) + 1):
            v = cnf.var("cnt", key, i, k)
            a = prev[k - 1] if k - 1 < len(prev) else None  # count of first i-1 >= k
            b = prev[k - 2] if k >= 2 else True  # count of first i-1 >= k-1
            if a is not None:
                cnf.add([-a, v])
            cnf.add([-b, -e, v] if b is not True else [-e, v])
            cnf.add([-v, e] + ([a] if a is not None else []))
            if b is not True:
                cnf.add([-v, b] + ([a] if a is not None else []))
            cur.append(v)
        prev = cur
    return prev


@dataclass(frozen=True)
class Variant:
    """One portfolio member: SAT solver name (PySAT), encoding of the tables-per-slot cardinality
    ("totalizer" or "seqcounter"), and whether to add the per-session floor of used slots."""

    solver: str = "cd19"
    tables: str = "totalizer"
    session_floor: bool = False
    direction: str = "up"


# measured on the 20 B2B instances (2 cores): the lower-bound search with the totalizer solves all of them; the
# second process searches down from schedules, which wins when the optimum is high (hard fixed/forbidden
# variants), and together they stop as soon as a schedule meets the bound
PORTFOLIO = (Variant(), Variant(direction="down"))


def _session_floor(cnf: _Cnf, p, meetings, index: Index, used) -> None:
    """Implied: a participant uses at least as many slots of a slot set as it has meetings confined to it."""
    from collections import Counter

    from pysat.card import CardEnc, EncType

    sets = Counter(frozenset(s for s, _v in index.cand[m]) for m in meetings)
    for slots, n in sets.items():
        lits = [used[(p, s)] for s in slots if (p, s) in used]
        if 1 < n < len(lits) and len(slots) < len(index.slot):
            cnf.clauses.extend(CardEnc.atleast(lits, n, vpool=cnf.pool, encoding=EncType.seqcounter).clauses)


def _span(cnf: _Cnf, p, index: Index, used, has_break: int) -> None:
    """Implied: without a break, every slot between the first and the last meeting of a sequence is used
    (``held`` before or at j and ``future`` at or after j imply ``used`` at j)."""
    for seq in index.sequences:
        fut = None
        futs = {}
        for s in reversed(seq):
            f = cnf.var("f", p, s)
            u = used.get((p, s))
            parts = [x for x in (fut, u) if x is not None]
            for x in parts:
                cnf.add([-x, f])
            cnf.add([-f, *parts])
            futs[s] = f
            fut = f
        for s in seq:
            u = used.get((p, s))
            cnf.add([has_break, -cnf.var("h", p, s), -futs[s]] + ([u] if u is not None else []))


def encode(problem, index: Index, variant: Variant = Variant()):
    """Return (cnf, x-literals by (meeting, slot), count outputs) for the pure problem."""
    from pysat.card import EncType

    wide = EncType.totalizer if variant.tables == "totalizer" else EncType.seqcounter
    cnf = _Cnf()
    venue = problem.venues[0]
    tables = len(venue.rooms)
    slot_of_x = {}
    at = {}
    for m in problem.meetings:
        lits = []
        for s, _v in index.cand[m.id]:
            lit = cnf.var("x", m.id, s)
            at[(m.id, s)] = lit
            slot_of_x[lit] = (m.id, s)
            lits.append(lit)
        cnf.add(lits)
        cnf.atmost(lits, 1)
    start = {s.id: s.start for s in problem.slots}
    end = {s.id: s.end for s in problem.slots}
    for m in problem.meetings:
        for q in m.after:
            for s in (s for s, _ in index.cand[m.id]):
                for s2 in (s2 for s2, _ in index.cand.get(q, ())):
                    if end[s2] > start[s]:
                        cnf.add([-at[(m.id, s)], -at[(q, s2)]])
    for s in problem.slots:
        cnf.atmost([at[(m.id, s.id)] for m in problem.meetings if (m.id, s.id) in at], tables, wide=wide)
    used = {}
    for p, meetings in index.attends.items():
        for s in problem.slots:
            lits = [at[(m, s.id)] for m in meetings if (m, s.id) in at]
            if not lits:
                continue
            u = cnf.var("u", p, s.id)
            used[(p, s.id)] = u
            for lit in lits:
                cnf.add([-lit, u])
            cnf.add([-u, *lits])
            cnf.atmost(lits, 1)
        cnf.equals([used[(p, s.id)] for s in problem.slots if (p, s.id) in used], len(meetings))
        if variant.session_floor:
            _session_floor(cnf, p, meetings, index, used)
    for s in problem.slots:
        cnf.atmost([used[(p, s.id)] for p in index.attends if (p, s.id) in used], 2 * tables)
    outs, counts = [], []
    hi = len(problem.slots)
    for p in (p.id for p in problem.participants):
        ends = []
        for seq in index.sequences:
            held = None
            lits = [used.get((p, s)) for s in seq]
            for j, u in enumerate(lits):
                h = cnf.var("h", p, seq[j])
                # held <-> held(prev) or used
                parts = [x for x in (held, u) if x is not None]
                for x in parts:
                    cnf.add([-x, h])
                cnf.add([-h, *parts])
                if j + 1 < len(lits) and lits[j + 1] is not None:
                    e = cnf.var("e", p, seq[j])
                    nxt = lits[j + 1]
                    cnf.add([-e, h])
                    cnf.add([-e, nxt])
                    if u is not None:
                        cnf.add([-e, -u])
                        cnf.add([e, u, -h, -nxt])
                    else:
                        cnf.add([e, -h, -nxt])
                    ends.append(e)
                held = h
        cap = max(0, len(index.attends.get(p, ())) - 1)
        out = _counter(cnf, p, ends, cap) if cap else []
        if out:
            _span(cnf, p, index, used, out[0])
        counts.append(out)
        outs.extend(out)
    d = problem.fairness
    if d is not None:
        mx = [cnf.var("max", k) for k in range(1, hi + 1)]
        mn = [cnf.var("min", k) for k in range(1, hi + 1)]
        for k in range(1, hi):
            cnf.add([-mx[k], mx[k - 1]])
            cnf.add([-mn[k], mn[k - 1]])
        for out in counts:
            for k, o in enumerate(out):
                cnf.add([-o, mx[k]])
                cnf.add([-mn[k], o])
            for k in range(len(out), hi):
                cnf.add([-mn[k]])
        for k in range(d, hi):
            cnf.add([-mx[k], mn[k - d]])
    _symmetry(cnf, problem, index, at)
    return cnf, slot_of_x, outs


def _symmetry(cnf, problem, index, at) -> None:
    if len(index.sequences) != 1 or any(p.unavailable for p in problem.participants):
        return
    if any(m.fixed_slot or m.after or m.slots for m in problem.meetings) or not problem.meetings:
        return
    seq = index.sequences[0]
    first = problem.meetings[0].id
    for s in seq[(len(seq) + 1) // 2 :]:
        if (first, s) in at:
            cnf.add([-at[(first, s)]])


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
