"""The general model: priorities, rooms, interpreters, travel, caps, days, progress callback."""

from gyoryu.scheduling.solver import (
    Interpreter,
    Meeting,
    Participant,
    Problem,
    Room,
    Slot,
    Venue,
    solve,
)
from gyoryu.scheduling.validate import validate_schedule


def _slots(n, *, stop="seoul", day="d1", start=540, length=30):
    return tuple(
        Slot(
            id=f"{stop}-{day}-{k}", stop=stop, day=day, start=start + k * length, end=start + (k + 1) * length
        )
        for k in range(n)
    )


def _check(problem, sched):
    rep = validate_schedule(problem=problem, schedule=sched)
    assert rep.violations == []
    assert rep.breaks == {p: b for p, b in sched.breaks.items()} or not sched.breaks
    return rep


def test_priorities_decide_what_is_left_out_when_slots_run_short():
    people = tuple(Participant(id=p) for p in "abcd")
    meetings = (
        Meeting(id="m1", a="a", b="b", priority=1),
        Meeting(id="m2", a="a", b="c", priority=3),
        Meeting(id="m3", a="a", b="d", priority=1, mutual=True),
    )
    problem = Problem(
        participants=people,
        slots=_slots(2),
        meetings=meetings,
        venues=(Venue(id="v", stop="seoul", rooms=(Room(id="t1"),)),),
    )
    sched = solve(problem=problem, time_limit=10)
    _check(problem, sched)
    assert sched.status == "optimal"
    assert sched.unscheduled == ("m1",)
    assert (sched.held_weight, sched.held_weight_bound) == (5, 5)
    assert sched.total_breaks == 0


def test_room_capacity_puts_the_big_meeting_in_the_big_room():
    people = tuple(Participant(id=p) for p in ["k1", "k2", "f1", "f2", "x"])
    meetings = (
        Meeting(id="big", a="k1", b="f1", members=(("k2", "a"), ("x", "b")), required=True),
        Meeting(id="small", a="k2", b="f2", required=True),
    )
    venue = Venue(id="v", stop="seoul", rooms=(Room(id="table", capacity=2), Room(id="hall", capacity=6)))
    problem = Problem(participants=people, slots=_slots(2), venues=(venue,), meetings=meetings)
    sched = solve(problem=problem, time_limit=10)
    _check(problem, sched)
    rooms = {a.meeting: a.room for a in sched.assignments}
    assert rooms["big"] == "hall"
    slots = {a.meeting: a.slot for a in sched.assignments}
    assert slots["big"] != slots["small"]  # k2 attends both


def test_interpreter_is_assigned_once_per_slot_and_only_for_the_right_pair():
    people = (
        Participant(id="kr1", languages=frozenset({"ko"})),
        Participant(id="kr2", languages=frozenset({"ko"})),
        Participant(id="vn", languages=frozenset({"vi"})),
        Participant(id="vn2", languages=frozenset({"vi"})),
        Participant(id="us", languages=frozenset({"en", "ko"})),
    )
    meetings = (
        Meeting(id="m1", a="kr1", b="vn", required=True),
        Meeting(id="m2", a="kr2", b="vn2", required=True),
        Meeting(id="m3", a="kr1", b="us", required=True),  # shares Korean: no interpreter
    )
    interpreters = (
        Interpreter(id="i-ko-vi", pairs=frozenset({frozenset({"ko", "vi"})})),
        Interpreter(id="i-ko-en", pairs=frozenset({frozenset({"ko", "en"})})),
    )
    venue = Venue(id="v", stop="seoul", rooms=(Room(id="t1"), Room(id="t2")))
    problem = Problem(
        participants=people, slots=_slots(3), venues=(venue,), meetings=meetings, interpreters=interpreters
    )
    sched = solve(problem=problem, time_limit=10)
    _check(problem, sched)
    got = {a.meeting: (a.slot, a.interpreter) for a in sched.assignments}
    assert got["m1"][1] == "i-ko-vi"
    assert got["m2"][1] == "i-ko-vi"
    assert got["m1"][0] != got["m2"][0]
    assert got["m3"][1] is None


def test_travel_time_between_venues_keeps_a_gap():
    people = tuple(Participant(id=p) for p in "abc")
    venues = (
        Venue(id="north", stop="seoul", rooms=(Room(id="n1"),)),
        Venue(id="south", stop="seoul", rooms=(Room(id="s1"),)),
    )
    meetings = (
        Meeting(id="m1", a="a", b="b", venues=frozenset({"north"}), required=True),
        Meeting(id="m2", a="a", b="c", venues=frozenset({"south"}), required=True),
    )
    problem = Problem(
        participants=people,
        slots=_slots(3),
        venues=venues,
        meetings=meetings,
        travel={("north", "south"): 20},
        fairness=None,
    )
    sched = solve(problem=problem, time_limit=10)
    _check(problem, sched)
    order = {a.meeting: int(a.slot.rsplit("-", 1)[1]) for a in sched.assignments}
    assert abs(order["m1"] - order["m2"]) == 2  # adjacent slots leave 0 minutes, travel needs 20
    assert sched.breaks["a"] == 1


def test_daily_cap_and_days_in_two_cities():
    people = (Participant(id="kr", max_per_day=1), Participant(id="p1"), Participant(id="p2"))
    slots = _slots(2, stop="hanoi", day="2026-03-02") + _slots(
        2, stop="hcmc", day="2026-03-04", start=4 * 1440
    )
    venues = (
        Venue(id="hanoi-hall", stop="hanoi", rooms=(Room(id="a"),)),
        Venue(id="hcmc-hall", stop="hcmc", rooms=(Room(id="b"),)),
    )
    meetings = (Meeting(id="m1", a="kr", b="p1"), Meeting(id="m2", a="kr", b="p2"))
    problem = Problem(participants=people, slots=slots, venues=venues, meetings=meetings)
    sched = solve(problem=problem, time_limit=10)
    _check(problem, sched)
    days = sorted(s.day for a in sched.assignments for s in slots if s.id == a.slot)
    assert days == ["2026-03-02", "2026-03-04"]
    assert sched.status == "optimal"


def test_progress_callback_reports_improving_answers():
    people = tuple(Participant(id=str(p)) for p in range(6))
    meetings = tuple(Meeting(id=f"m{a}{b}", a=str(a), b=str(b)) for a in range(3) for b in range(3, 6))
    problem = Problem(
        participants=people,
        slots=_slots(4),
        meetings=meetings,
        venues=(Venue(id="v", stop="seoul", rooms=(Room(id="t1"), Room(id="t2"))),),
    )
    events = []
    sched = solve(problem=problem, time_limit=10, on_progress=events.append)
    _check(problem, sched)
    assert sched.held_weight == 8  # 9 requests, 4 slots x 2 tables = 8 seats of time
    assert events and {e["stage"] for e in events} <= {"held", "breaks"}
    assert all(set(e) == {"stage", "objective", "bound", "seconds"} for e in events)
