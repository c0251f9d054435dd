"""Independent validators: re-check a schedule from the raw data, sharing no code with the solver.

Both functions return a :class:`Report` (violations as ``(code, params)`` tuples, the breaks per participant).
No side effects.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field


@dataclass
class Report:
    violations: list[tuple[str, dict]] = field(default_factory=list)
    breaks: dict = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return not self.violations

    @property
    def total_breaks(self) -> int:
        return sum(self.breaks.values())


def _count_breaks(positions: list[int]) -> int:
    """Idle gaps between consecutive used positions of one sequence."""
    pos = sorted(positions)
    return sum(1 for a, b in zip(pos, pos[1:], strict=False) if b > a + 1)


def validate_b2b(*, instance, slot_of: dict[int, int], fairness: int | None) -> Report:
    """Check a B2B benchmark answer. ``slot_of`` maps meeting number (1-based) to slot (1-based)."""
    rep = Report()
    v = rep.violations
    busy = defaultdict(list)
    per_slot = Counter()
    for k, (a, b, session) in enumerate(instance.requested, start=1):
        s = slot_of.get(k)
        if s is None:
            v.append(("meeting_unscheduled", {"meeting": k}))
            continue
        if not 1 <= s <= instance.n_slots:
            v.append(("slot_out_of_range", {"meeting": k, "slot": s}))
            continue
        if session == 1 and s > instance.n_morning or session == 2 and s <= instance.n_morning:
            v.append(("wrong_session", {"meeting": k, "slot": s, "session": session}))
        for p in (a, b):
            if instance.forbidden and s in instance.forbidden[p - 1]:
                v.append(("forbidden_slot", {"meeting": k, "participant": p, "slot": s}))
            busy[p].append(s)
        if instance.fixed and instance.fixed[k - 1] and instance.fixed[k - 1] != s:
            v.append(("fixed_moved", {"meeting": k, "slot": s, "fixed": instance.fixed[k - 1]}))
        per_slot[s] += 1
    for k, before in enumerate(instance.precedences or (), start=1):
        for q in before:
            if k in slot_of and q in slot_of and not slot_of[q] < slot_of[k]:
                v.append(("precedence", {"meeting": k, "before": q}))
    for s, n in sorted(per_slot.items()):
        if n > instance.n_tables:
            v.append(("tables_exceeded", {"slot": s, "meetings": n, "tables": instance.n_tables}))
    for p in range(1, instance.n_business + 1):
        slots = busy.get(p, [])
        for s, n in sorted(Counter(slots).items()):
            if n > 1:
                v.append(("double_booked", {"participant": p, "slot": s, "meetings": n}))
        rep.breaks[p] = _count_breaks(list(set(slots)))
    if fairness is not None and rep.breaks:
        hi, lo = max(rep.breaks.values()), min(rep.breaks.values())
        if hi - lo > fairness:
            v.append(("unfair", {"max": hi, "min": lo, "d": fairness}))
    return rep


def validate_schedule(*, problem, schedule) -> Report:
    """Check a product :class:`Schedule` against its :class:`Problem`: required meetings, slot restrictions,
    availability, fixed commitments (with travel), one meeting per person and interpreter at a time (with
    travel), rooms and seats, interpreter
    languages, daily caps, precedences, fairness; recomputes breaks per participant."""
    rep = Report()
    v = rep.violations
    slot = {s.id: s for s in problem.slots}
    meeting = {m.id: m for m in problem.meetings}
    person = {p.id: p for p in problem.participants}
    venue = {x.id: x for x in problem.venues}
    interp = {i.id: i for i in problem.interpreters}
    placed = {}
    rooms_used = Counter()
    people = defaultdict(list)
    interpreters = defaultdict(list)
    for a in schedule.assignments:
        m = meeting.get(a.meeting)
        if m is None or a.slot not in slot or a.venue not in venue:
            v.append(("unknown_reference", {"meeting": a.meeting}))
            continue
        if a.meeting in placed:
            v.append(("placed_twice", {"meeting": a.meeting}))
        placed[a.meeting] = a
        s, ven = slot[a.slot], venue[a.venue]
        if ven.stop != s.stop or (m.venues and a.venue not in m.venues):
            v.append(("wrong_venue", {"meeting": a.meeting, "venue": a.venue}))
        if m.slots and a.slot not in m.slots or m.fixed_slot and a.slot != m.fixed_slot:
            v.append(("slot_not_allowed", {"meeting": a.meeting, "slot": a.slot}))
        room = next((r for r in ven.rooms if r.id == a.room), None)
        if room is None or room.capacity < m.size:
            v.append(("room_too_small", {"meeting": a.meeting, "room": a.room}))
        rooms_used[(a.slot, a.venue, a.room)] += 1
        for pid in m.attendees:
            if pid in person and a.slot in person[pid].unavailable:
                v.append(("unavailable", {"meeting": a.meeting, "participant": pid, "slot": a.slot}))
            people[pid].append((s, a.venue, a.meeting))
        langs_a = set(person[m.a].languages) if m.a in person else set()
        langs_b = set(person[m.b].languages) if m.b in person else set()
        for pid, side in m.members:
            (langs_a if side == "a" else langs_b).update(person[pid].languages if pid in person else ())
        if langs_a and langs_b and not langs_a & langs_b:
            i = interp.get(a.interpreter) if a.interpreter else None
            ok = (
                i is not None
                and a.slot not in i.unavailable
                and any(
                    len(pair) == 2 and any(x in langs_a and (pair - {x}) <= langs_b for x in pair)
                    for pair in i.pairs
                )
            )
            if not ok:
                v.append(("interpreter_missing", {"meeting": a.meeting, "interpreter": a.interpreter}))
            else:
                interpreters[i.id].append((s, a.venue, a.meeting))
    for a in schedule.assignments:
        m, s = meeting.get(a.meeting), slot.get(a.slot)
        if m is None or s is None:
            continue
        for b in problem.busy:
            taken = (set(m.attendees) | {a.interpreter}) & set(b.who)
            if not taken:
                continue
            if b.venue == a.venue:
                gap = 0
            elif b.venue is None:
                gap = b.travel
            else:
                gap = problem.travel.get((b.venue, a.venue), problem.travel.get((a.venue, b.venue), b.travel))
            if s.start < b.end + gap and b.start < s.end + gap:
                v.append(("busy", {"meeting": a.meeting, "busy": b.id, "who": sorted(taken)}))
    for key, n in rooms_used.items():
        if n > 1:
            v.append(("room_double_booked", {"slot": key[0], "venue": key[1], "room": key[2]}))
    for m in problem.meetings:
        if m.required and m.id not in placed:
            v.append(("required_unscheduled", {"meeting": m.id}))
        for q in m.after:
            if m.id in placed and q in placed and slot[placed[q].slot].end > slot[placed[m.id].slot].start:
                v.append(("precedence", {"meeting": m.id, "before": q}))
    for who, kind in ((people, "participant"), (interpreters, "interpreter")):
        for pid, items in who.items():
            items.sort(key=lambda t: t[0].start)
            for i, (s1, v1, m1) in enumerate(items):
                for s2, v2, m2 in items[i + 1 :]:
                    gap = problem.travel.get((v1, v2), problem.travel.get((v2, v1), 0)) if v1 != v2 else 0
                    if s2.start < s1.end + gap:
                        v.append(("overlap", {kind: pid, "meetings": [m1, m2]}))
    for p in problem.participants:
        per_day = Counter(s.day for s, _v, _m in people.get(p.id, []))
        if p.max_per_day is not None:
            for day, n in per_day.items():
                if n > p.max_per_day:
                    v.append(("daily_cap", {"participant": p.id, "day": day, "meetings": n}))
        seqs = defaultdict(list)
        for s, _v, _m in people.get(p.id, []):
            seqs[(s.stop, s.day)].append(s.id)
        total = 0
        for (stop, day), ids in seqs.items():
            order = [
                x.id for x in sorted(problem.slots, key=lambda x: x.start) if x.stop == stop and x.day == day
            ]
            total += _count_breaks([order.index(i) for i in set(ids)])
        rep.breaks[p.id] = total
    if problem.fairness is not None and rep.breaks:
        hi, lo = max(rep.breaks.values()), min(rep.breaks.values())
        if hi - lo > problem.fairness:
            v.append(("unfair", {"max": hi, "min": lo, "d": problem.fairness}))
    return rep
