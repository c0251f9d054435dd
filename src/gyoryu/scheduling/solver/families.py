"""Constraint families: the extension point of the CP-SAT model.

A family is any object with a ``name`` and ``add(ctx)``, where ``ctx`` is the :class:`~.cpsat.Context` being
built (``ctx.model`` the CP-SAT model, ``ctx.index`` the candidates, ``ctx.x[(m, s, v)]`` the placement
literals, ``ctx.at(m, s)`` the literals of meeting ``m`` in slot ``s``, ``ctx.held[m]``, ``ctx.used[(p, s)]``).
``add`` only adds constraints or variables to ``ctx.model``; it must not change the other fields. The built-in
rules below go through the same interface; pass more with ``solve(families=[*DEFAULT_FAMILIES, mine])``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Protocol

from .index import travel_minutes


class ConstraintFamily(Protocol):
    name: str

    def add(self, ctx) -> None:  # pragma: no cover - interface
        """Add this family's constraints to ``ctx.model`` (side effect: mutates the model only)."""


class RoomCapacity:
    """At most as many meetings of size >= k in a slot and venue as rooms with capacity >= k (Hall's condition
    for nested room sizes, so a room assignment always exists)."""

    name = "room_capacity"

    def add(self, ctx) -> None:
        by_sv = defaultdict(list)
        for (m, s, v), lit in ctx.x.items():
            by_sv[(s, v)].append((ctx.index.meeting[m].size, lit))
        for (_s, v), items in by_sv.items():
            rooms = ctx.index.venue[v].rooms
            for k in sorted({size for size, _ in items}):
                cap = sum(1 for r in rooms if r.capacity >= k)
                lits = [lit for size, lit in items if size >= k]
                if len(lits) > cap:
                    ctx.model.Add(sum(lits) <= cap)


class Precedence:
    """``meeting.after``: when both are held, every meeting listed ends before this one starts."""

    name = "precedence"

    def add(self, ctx) -> None:
        slot = ctx.index.slot
        for m in ctx.problem.meetings:
            for q in m.after:
                if q not in ctx.index.meeting:
                    continue
                q_slots = {s for s, _v in ctx.index.cand[q]}
                for s in {s for s, _v in ctx.index.cand[m.id]}:
                    for s2 in q_slots:
                        if slot[s2].end > slot[s].start:
                            for a in ctx.at(m.id, s):
                                for b in ctx.at(q, s2):
                                    ctx.model.AddBoolOr([a.Not(), b.Not()])


class DailyCap:
    """``participant.max_per_day``: meetings per local day (per stop and day sequence)."""

    name = "daily_cap"

    def add(self, ctx) -> None:
        days = defaultdict(list)
        for s in ctx.problem.slots:
            days[s.day].append(s.id)
        for p in ctx.problem.participants:
            if p.max_per_day is None:
                continue
            for slots in days.values():
                lits = [ctx.used[(p.id, s)] for s in slots if (p.id, s) in ctx.used]
                if len(lits) > p.max_per_day:
                    ctx.model.Add(sum(lits) <= p.max_per_day)


def _conflicting_pairs(ctx, places):
    """Pairs of (slot, venue) places that one person cannot both attend: overlapping times, or a gap shorter
    than the travel time between the venues."""
    slot = ctx.index.slot
    out = []
    places = sorted(places, key=lambda sv: slot[sv[0]].start)
    for i, (s1, v1) in enumerate(places):
        for s2, v2 in places[i + 1 :]:
            if (s1, v1) == (s2, v2):
                continue
            a, b = slot[s1], slot[s2]
            if s1 == s2:
                out.append(((s1, v1), (s2, v2)))
                continue
            first, second, vf, vs = (a, b, v1, v2) if a.start <= b.start else (b, a, v2, v1)
            if second.start < first.end + travel_minutes(ctx.problem, vf, vs):
                out.append(((s1, v1), (s2, v2)))
    return out


class PersonPresence:
    """A participant attends one meeting at a time, with travel time between venues; same for interpreters."""

    name = "presence"

    def add(self, ctx) -> None:
        multi = len(ctx.problem.venues) > 1 or _overlapping_slots(ctx)
        if not multi:
            return  # one venue, disjoint slots: ctx.used already allows one meeting per slot
        for _p, meetings in ctx.index.attends.items():
            self._one_place(ctx, {m: [(m, s, v) for s, v in ctx.index.cand[m]] for m in meetings})
        for i in ctx.problem.interpreters:
            by_m = defaultdict(list)
            for (m, s, iid), lit in ctx.w.items():
                if iid == i.id:
                    by_m[m].append((m, s, None, lit))
            self._one_place(ctx, by_m, interp=True)

    def _one_place(self, ctx, by_meeting, interp=False) -> None:
        pres = defaultdict(list)
        for _m, items in by_meeting.items():
            for item in items:
                if interp:
                    m, s, _none, lit = item
                    venues = {v for s2, v in ctx.index.cand[m] if s2 == s}
                    for v in venues:
                        pres[(s, v)].append(ctx.both(lit, ctx.x[(m, s, v)]) if len(venues) > 1 else lit)
                else:
                    pres[(item[1], item[2])].append(ctx.x[item])
        lits = {}
        for place, group in pres.items():
            if len(group) == 1:
                lits[place] = group[0]
            else:
                b = ctx.model.NewBoolVar("")
                ctx.model.Add(sum(group) == b)
                lits[place] = b
        for p1, p2 in _conflicting_pairs(ctx, list(lits)):
            ctx.model.AddBoolOr([lits[p1].Not(), lits[p2].Not()])


def _overlapping_slots(ctx) -> bool:
    slots = sorted(ctx.problem.slots, key=lambda s: s.start)
    return any(b.start < a.end for a, b in zip(slots, slots[1:], strict=False))


class Interpreters:
    """A meeting whose sides share no language takes one eligible, available interpreter, who interprets one
    meeting per slot."""

    name = "interpreters"

    def add(self, ctx) -> None:
        if _pools(ctx) is not None:
            self._pooled(ctx, _pools(ctx))
            return
        per_is = defaultdict(list)
        for m in ctx.index.needs_interp:
            for s in {s for s, _v in ctx.index.cand[m]}:
                free = [i for i in ctx.index.interp[m] if s not in ctx.index.interpreter[i].unavailable]
                lits = []
                for i in free:
                    lit = ctx.model.NewBoolVar("")
                    ctx.w[(m, s, i)] = lit
                    per_is[(i, s)].append(lit)
                    lits.append(lit)
                ctx.model.Add(sum(lits) == sum(ctx.at(m, s)))
        for lits in per_is.values():
            if len(lits) > 1:
                ctx.model.AddAtMostOne(lits)

    def _pooled(self, ctx, pools) -> None:
        """Few distinct eligible sets ("types"): Hall's condition per slot over every union of types instead of
        one literal per interpreter, which is exact for a bipartite matching of meetings to interpreters;
        :func:`gyoryu.scheduling.solver.rooms.assign_interpreters` names them afterwards."""
        types = sorted(set(pools.values()), key=sorted)
        by = defaultdict(list)
        for m in ctx.index.needs_interp:
            t = types.index(pools[m])
            for s in {s for s, _v in ctx.index.cand[m]}:
                by[(t, s)].extend(ctx.at(m, s))
        for s in ctx.problem.slots:
            free = [
                frozenset(i for i in t if s.id not in ctx.index.interpreter[i].unavailable) for t in types
            ]
            for mask in range(1, 1 << len(types)):
                chosen = [t for t in range(len(types)) if mask >> t & 1]
                lits = [lit for t in chosen for lit in by.get((t, s.id), ())]
                cap = len(frozenset().union(*(free[t] for t in chosen)))
                if len(lits) > cap:
                    ctx.model.Add(sum(lits) <= cap)
        ctx.pooled_interpreters = True


MAX_INTERPRETER_TYPES = 8


def _pools(ctx):
    """Meeting -> eligible interpreter set when there are few distinct sets, one venue and no overlapping
    slots (then Hall's condition per slot is exact and cheap); ``None`` otherwise."""
    if len(ctx.problem.venues) > 1 or _overlapping_slots(ctx):
        return None
    pools = {m: frozenset(ctx.index.interp[m]) for m in ctx.index.needs_interp}
    if len(set(pools.values())) > MAX_INTERPRETER_TYPES:
        return None
    return pools


class SlotLoad:
    """Implied: busy people per slot at most the seats at the slot's venues (2 x tables in the B2B case)."""

    name = "slot_load"

    def add(self, ctx) -> None:
        by_slot = defaultdict(list)
        for (_p, s), lit in ctx.used.items():
            by_slot[s].append(lit)
        for s, lits in by_slot.items():
            stop = ctx.index.slot[s].stop
            seats = sum(r.capacity for v in ctx.problem.venues if v.stop == stop for r in v.rooms)
            if len(lits) > seats:
                ctx.model.Add(sum(lits) <= seats)


DEFAULT_FAMILIES: tuple[ConstraintFamily, ...] = (
    RoomCapacity(),
    Interpreters(),
    PersonPresence(),
    Precedence(),
    DailyCap(),
    SlotLoad(),
)
