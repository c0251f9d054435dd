"""Constraint families are the extension point: a custom one goes through the same interface."""

from gyoryu.scheduling.solver import DEFAULT_FAMILIES, Meeting, Participant, Problem, Room, Slot, Venue, solve


class NotFirstSlot:
    """Example family: nobody meets in the first slot of a day (e.g. the opening ceremony)."""

    name = "not_first_slot"

    def add(self, ctx) -> None:
        for seq in ctx.index.sequences:
            for m in ctx.held:
                for lit in ctx.at(m, seq[0]):
                    ctx.model.Add(lit == 0)


def test_custom_family_is_applied_with_the_built_ins():
    slots = tuple(Slot(id=f"s{k}", stop="x", day="d", start=30 * k, end=30 * k + 30) for k in range(3))
    problem = Problem(
        participants=(Participant(id="a"), Participant(id="b")),
        slots=slots,
        venues=(Venue(id="v", stop="x", rooms=(Room(id="t"),)),),
        meetings=(
            Meeting(id="m1", a="a", b="b", required=True),
            Meeting(id="m2", a="a", b="b", required=True),
        ),
    )
    sched = solve(
        problem=problem, time_limit=10, families=[*DEFAULT_FAMILIES, NotFirstSlot()], backend="cpsat"
    )
    assert sorted(a.slot for a in sched.assignments) == ["s1", "s2"]
    assert (sched.status, sched.total_breaks) == ("optimal", 0)
    assert [f.name for f in DEFAULT_FAMILIES] == [
        "room_capacity",
        "interpreters",
        "presence",
        "precedence",
        "daily_cap",
        "slot_load",
    ]
