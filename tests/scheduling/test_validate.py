"""The independent validators catch broken schedules."""

from gyoryu.scheduling.dzn import instance_from_text
from gyoryu.scheduling.solver import Assignment, Meeting, Participant, Problem, Room, Schedule, Slot, Venue
from gyoryu.scheduling.validate import validate_b2b, validate_schedule

from .b2b_small import SMALL, variant


def test_b2b_valid_schedule_and_break_count():
    inst = instance_from_text(SMALL)
    rep = validate_b2b(instance=inst, slot_of={1: 1, 2: 3, 3: 4, 4: 2}, fairness=2)
    assert rep.violations == []
    assert rep.breaks == {1: 1, 2: 0, 3: 0, 4: 0}


def test_b2b_catches_double_booking_tables_sessions_and_unfairness():
    inst = instance_from_text(variant(tables=1).replace("|1, 2, 3,", "|1, 2, 1,"))
    rep = validate_b2b(instance=inst, slot_of={1: 3, 2: 3, 3: 1, 4: 2}, fairness=0)
    codes = [code for code, _ in rep.violations]
    assert codes == ["wrong_session", "tables_exceeded", "double_booked", "unfair"]
    assert rep.violations[1] == ("tables_exceeded", {"slot": 3, "meetings": 2, "tables": 1})


def test_b2b_catches_forbidden_fixed_precedence_and_missing():
    inst = instance_from_text(
        variant(forbidden="[{1}, {0}, {0}, {0}]", fixed="[0, 0, 0, 4]", precedences="[{}, {1}, {}, {}]")
    )
    rep = validate_b2b(instance=inst, slot_of={1: 2, 2: 1, 3: 1}, fairness=None)
    assert [c for c, _ in rep.violations] == [
        "forbidden_slot",
        "forbidden_slot",
        "meeting_unscheduled",
        "precedence",
        "tables_exceeded",
        "double_booked",
    ]
    assert rep.violations[3] == ("precedence", {"meeting": 2, "before": 1})


def test_schedule_validator_catches_room_interpreter_and_overlap():
    slots = (
        Slot(id="s1", stop="x", day="d", start=0, end=30),
        Slot(id="s2", stop="x", day="d", start=30, end=60),
    )
    people = (
        Participant(id="a", languages=frozenset({"ko"})),
        Participant(id="b", languages=frozenset({"vi"})),
        Participant(id="c"),
    )
    venue = Venue(id="v", stop="x", rooms=(Room(id="r1"),))
    meetings = (
        Meeting(id="m1", a="a", b="b", required=True),
        Meeting(id="m2", a="a", b="c", required=True),
        Meeting(id="m3", a="b", b="c", required=True),
    )
    problem = Problem(participants=people, slots=slots, venues=(venue,), meetings=meetings, fairness=None)
    sched = Schedule(
        status="feasible",
        assignments=(
            Assignment(meeting="m1", slot="s1", venue="v", room="r1"),
            Assignment(meeting="m2", slot="s1", venue="v", room="r1"),
        ),
        unscheduled=("m3",),
        breaks={},
        held_weight=2,
        held_weight_bound=3,
        total_breaks=0,
        breaks_bound=0,
        seconds=0.0,
    )
    rep = validate_schedule(problem=problem, schedule=sched)
    assert [c for c, _ in rep.violations] == [
        "interpreter_missing",
        "room_double_booked",
        "required_unscheduled",
        "overlap",
    ]
    assert rep.violations[3] == ("overlap", {"participant": "a", "meetings": ["m1", "m2"]})
