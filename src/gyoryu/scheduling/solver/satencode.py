"""CNF encoding of pure B2B problems (Bofill et al., JAIR 2022): placement Booleans, used / held /
end-of-break indicators, unary break counters, fairness by unary max and min, implied constraints. Pure."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .index import Index


@dataclass(frozen=True)
class Variant:
    """One portfolio member: SAT solver name (PySAT), encoding of the tables-per-slot cardinality
    ("totalizer" or "seqcounter"), whether to add the per-session floor of used slots, and the search
    direction ("up" = lower-bound search, "down" = improving schedules)."""

    solver: str = "cd19"
    tables: str = "totalizer"
    session_floor: bool = False
    direction: str = "up"


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


def _session_floor(cnf: _Cnf, p, meetings, index: Index, used) -> None:
    """Implied: a participant uses at least as many slots of a slot set as it has meetings confined to it."""
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
    if len(index.sequences) != 1 or any(p.unavailable for p in problem.participants) or problem.busy:
        return
    if any(m.fixed_slot or m.after or m.slots for m in problem.meetings) or not problem.meetings:
        return
    seq = index.sequences[0]
    first = problem.meetings[0].id
    for s in seq[(len(seq) + 1) // 2 :]:
        if (first, s) in at:
            cnf.add([-at[(first, s)]])
