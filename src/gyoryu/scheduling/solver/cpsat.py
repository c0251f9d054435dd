"""The CP-SAT model: placement literals, the break encoding of the B2B literature, fairness, and the families.

Break encoding (Bofill et al., JAIR 2022, carried to CP-SAT): per participant and slot of a (stop, day) sequence,
``used`` (has a meeting), ``start`` (used here, not in the previous slot of the sequence); breaks of a participant
= starts - sequences used. ``start`` is exact (both directions), so fairness cannot be met with invented breaks.
Implied constraints: the number of used slots of a participant equals its meetings held, busy people per slot at
most the seats (``SlotLoad``), and first/last-slot windows tying idle slots to breaks.
"""

from __future__ import annotations

from collections import defaultdict

from .index import Index


class Context:
    """The model under construction (see :mod:`.families` for the fields families may read)."""

    def __init__(self, *, model, problem, index: Index):
        self.model, self.problem, self.index = model, problem, index
        self.x: dict = {}
        self.w: dict = {}
        self.held: dict = {}
        self.used: dict = {}
        self.breaks: dict = {}
        self.pooled_interpreters = False
        self._at = defaultdict(list)

    def at(self, m: str, s: str) -> list:
        """Literals placing meeting ``m`` in slot ``s`` (one per candidate venue)."""
        return self._at[(m, s)]

    def both(self, a, b):
        """A new literal equal to ``a and b``."""
        c = self.model.NewBoolVar("")
        self.model.AddBoolAnd([a, b]).OnlyEnforceIf(c)
        self.model.AddBoolOr([a.Not(), b.Not()]).OnlyEnforceIf(c.Not())
        return c


def build_model(*, problem, index: Index, families, pin: dict | None = None):
    """Create the CP-SAT model (side effect: none besides the returned objects). ``pin`` maps meeting ids to
    (slot, venue) placements kept as soft preferences by the caller. Returns the :class:`Context`."""
    from ortools.sat.python import cp_model

    model = cp_model.CpModel()
    ctx = Context(model=model, problem=problem, index=index)
    for m in problem.meetings:
        lits = []
        for s, v in index.cand[m.id]:
            lit = model.NewBoolVar(f"x[{m.id},{s},{v}]")
            ctx.x[(m.id, s, v)] = lit
            ctx._at[(m.id, s)].append(lit)
            lits.append(lit)
        held = model.NewBoolVar(f"held[{m.id}]")
        ctx.held[m.id] = held
        model.Add(sum(lits) == held)
        if m.required:
            model.Add(held == 1)
    _used(ctx)
    for family in families:
        family.add(ctx)
    _breaks(ctx)
    _symmetry(ctx)
    return ctx


def _used(ctx: Context) -> None:
    model, index = ctx.model, ctx.index
    for p, meetings in index.attends.items():
        by_slot = defaultdict(list)
        for m in meetings:
            for s in dict.fromkeys(s for s, _v in index.cand[m]):  # each slot once, whatever its venues
                by_slot[s].extend(ctx.at(m, s))
        for s, lits in by_slot.items():
            u = model.NewBoolVar(f"used[{p},{s}]")
            model.Add(sum(lits) == u)
            ctx.used[(p, s)] = u
        model.Add(sum(ctx.used[(p, s)] for s in by_slot) == sum(ctx.held[m] for m in meetings))


def _breaks(ctx: Context) -> None:
    model, problem = ctx.model, ctx.problem
    if not problem.minimise_breaks and problem.fairness is None:
        return
    counts = []
    for p in problem.participants:
        starts, seq_used = [], []
        for seq in ctx.index.sequences:
            lits = [ctx.used.get((p.id, s)) for s in seq]
            if sum(1 for u in lits if u is not None) < 2:
                seq_used.append(None)
                starts.append([u for u in lits if u is not None])
                continue
            any_used = model.NewBoolVar("")
            present = [u for u in lits if u is not None]
            model.AddMaxEquality(any_used, present)
            seq_used.append(any_used)
            st = []
            for j, u in enumerate(lits):
                if u is None:
                    continue
                prev = lits[j - 1] if j > 0 else None
                if prev is None:
                    st.append(u)
                    continue
                b = model.NewBoolVar("")
                model.AddImplication(b, u)
                model.AddImplication(b, prev.Not())
                model.AddBoolOr([b, u.Not(), prev])
                st.append(b)
            starts.append(st)
            _window(ctx, lits, st, any_used)
        terms = [(st, su) for st, su in zip(starts, seq_used, strict=True) if su is not None]
        n = sum(len(st) for st, _ in terms)
        count = model.NewIntVar(0, max(0, n), f"breaks[{p.id}]")
        model.Add(count == sum(sum(st) - su for st, su in terms))
        ctx.breaks[p.id] = count
        counts.append(count)
    d = problem.fairness
    if d is not None and counts:
        hi = max(1, len(problem.slots))
        mx, mn = model.NewIntVar(0, hi, "max_breaks"), model.NewIntVar(0, hi, "min_breaks")
        model.AddMaxEquality(mx, counts)
        model.AddMinEquality(mn, counts)
        model.Add(mx - mn <= d)


def _window(ctx: Context, lits, starts, any_used) -> None:
    """Implied: idle slots between a participant's first and last meeting of a sequence are 0 exactly when
    it has no break there, and at least its number of breaks."""
    model = ctx.model
    n = len(lits)
    first, last = model.NewIntVar(0, n - 1, ""), model.NewIntVar(0, n - 1, "")
    for j, u in enumerate(lits):
        if u is not None:
            model.Add(first <= j).OnlyEnforceIf(u)
            model.Add(last >= j).OnlyEnforceIf(u)
    present = [u for u in lits if u is not None]
    idle = model.NewIntVar(0, n, "")
    model.Add(last - first + 1 == sum(present) + idle).OnlyEnforceIf(any_used)
    brk = sum(starts) - any_used
    model.Add(idle >= brk)
    model.Add(idle <= n * brk)


def _symmetry(ctx: Context) -> None:
    """Time reversal maps a schedule to one with the same breaks when there is one sequence and nothing in the
    data is asymmetric (no unavailability, fixed slots, precedences, travel, slot restrictions unless all
    meetings share them). Then the first meeting is put in the first half."""
    problem, index = ctx.problem, ctx.index
    if len(index.sequences) != 1 or len(problem.venues) != 1 or not problem.meetings:
        return
    if any(p.unavailable for p in problem.participants) or any(i.unavailable for i in problem.interpreters):
        return
    if problem.busy:
        return
    if any(m.fixed_slot or m.after or m.slots or m.venues for m in problem.meetings):
        return
    seq = index.sequences[0]
    if len(seq) < 2:
        return
    first = problem.meetings[0].id
    half = (len(seq) + 1) // 2
    for s in seq[half:]:
        for lit in ctx.at(first, s):
            ctx.model.Add(lit == 0)
