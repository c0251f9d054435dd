"""Fixed commitments (programme items) in the engine: nobody meets while taken or travelling to and from."""

import pytest

from gyoryu.scheduling.explain import Conflict, check, narrowed
from gyoryu.scheduling.solver import (
    Busy,
    Interpreter,
    Meeting,
    Participant,
    Problem,
    Room,
    Slot,
    Venue,
    solve,
)
from gyoryu.scheduling.solver.index import build_index
from gyoryu.scheduling.validate import validate_schedule

# 9:00 ... 12:30 in half hours (minutes since midnight)
SLOTS = tuple(
    Slot(id=f"t{540 + 30 * k}", stop="x", day="d", start=540 + 30 * k, end=570 + 30 * k) for k in range(8)
)
HALL = Venue(id="hall", stop="x", rooms=(Room(id="h1"),))
ANNEX = Venue(id="annex", stop="x", rooms=(Room(id="a1"),))
TRAVEL = {("hall", "annex"): 30, ("annex", "hall"): 30}
TOUR = Busy(id="tour", who=frozenset({"a"}), start=600, end=660, venue="annex", travel=45)  # 10:00-11:00


def _places(problem, m="m"):
    return sorted(build_index(problem).cand[m])


def _problem(*busy, meetings=None, **kw):
    people = tuple(Participant(id=p) for p in "abc")
    meetings = meetings or (Meeting(id="m", a="a", b="b"),)
    return Problem(
        participants=people,
        slots=SLOTS,
        venues=(HALL, ANNEX),
        meetings=meetings,
        travel=TRAVEL,
        busy=busy,
        **kw,
    )


def test_a_commitment_takes_its_time_and_the_travel_to_each_venue():
    places = _places(_problem(TOUR))
    free_at = {v: sorted(s for s, v2 in places if v2 == v) for v in ("hall", "annex")}
    # at the annex itself: free right before and after; at the hall: 30 minutes away each way
    assert free_at["annex"] == ["t540", "t570", "t660", "t690", "t720", "t750"]
    assert free_at["hall"] == ["t540", "t690", "t720", "t750"]


def test_a_commitment_elsewhere_takes_its_own_travel_minutes():
    site = Busy(id="site", who=frozenset({"b"}), start=600, end=660, travel=45)
    places = _places(_problem(site))
    # 10:00-11:00 somewhere 45 minutes from every venue: free until 9:15 and from 11:45
    assert sorted({s for s, _v in places}) == ["t720", "t750"]


def test_the_solver_plans_meetings_around_commitments_and_the_validator_agrees():
    meetings = tuple(Meeting(id=f"m{p}", a="a", b=p, priority=2) for p in "bc")
    problem = _problem(
        TOUR, Busy(id="lunch", who=frozenset({"a"}), start=690, end=750, venue="hall"), meetings=meetings
    )
    sched = solve(problem=problem, time_limit=10)
    assert sched.status == "optimal" and sched.unscheduled == ()
    slots = sorted(a.slot for a in sched.assignments)
    assert slots == ["t540", "t570"]
    assert validate_schedule(problem=problem, schedule=sched).violations == []


def test_the_validator_finds_a_meeting_in_a_commitment():
    problem = _problem(TOUR)
    from gyoryu.scheduling.solver import Assignment, Schedule

    bad = Schedule(
        status="feasible",
        assignments=(Assignment(meeting="m", slot="t660", venue="hall", room="h1"),),
        unscheduled=(),
        breaks={},
        held_weight=1,
        held_weight_bound=1,
        total_breaks=0,
        breaks_bound=0,
        seconds=0.0,
    )
    assert validate_schedule(problem=problem, schedule=bad).violations == [
        ("busy", {"meeting": "m", "busy": "tour", "who": ["a"]})
    ]


def test_interpreters_are_taken_by_their_commitments():
    people = (
        Participant(id="kr", languages=frozenset({"ko"})),
        Participant(id="us", languages=frozenset({"en"})),
    )
    interp = Interpreter(id="i1", pairs=frozenset({frozenset({"ko", "en"})}))
    problem = Problem(
        participants=people,
        slots=SLOTS[:4],
        venues=(HALL,),
        meetings=(Meeting(id="m", a="kr", b="us", required=True),),
        interpreters=(interp,),
        busy=(Busy(id="call", who=frozenset({"i1"}), start=540, end=630, venue="hall"),),
    )
    sched = solve(problem=problem, time_limit=10)
    assert [(a.slot, a.interpreter) for a in sched.assignments] == [("t630", "i1")]
    blocked = Busy(id="call", who=frozenset({"i1"}), start=540, end=660, venue="hall")
    from dataclasses import replace

    assert check(problem=replace(problem, busy=(blocked,))) == [
        Conflict("programme_busy", {"meeting": "m", "busy": ["call"], "participants": ["i1"]})
    ]


def test_an_impossible_meeting_names_the_commitments():
    day = Busy(id="tour", who=frozenset({"a"}), start=540, end=780, venue="annex")
    assert check(problem=_problem(day)) == [
        Conflict("programme_busy", {"meeting": "m", "busy": ["tour"], "participants": ["a"]})
    ]


def test_meetings_squeezed_by_commitments_are_named_when_left_out():
    morning = Busy(id="tour", who=frozenset({"a"}), start=540, end=720, venue="hall")  # leaves 12:00, 12:30
    meetings = tuple(Meeting(id=f"m{p}", a="a", b=p) for p in "bc") + (Meeting(id="mx", a="a", b="c"),)
    problem = _problem(morning, meetings=meetings)
    sched = solve(problem=problem, time_limit=10)
    assert len(sched.unscheduled) == 1
    (left_out,) = sched.unscheduled
    assert narrowed(problem=problem, unscheduled=sched.unscheduled) == [
        Conflict(
            "programme_narrowed",
            {"meeting": left_out, "busy": ["tour"], "participants": ["a"], "lost": 6, "left": 2},
        )
    ]


@pytest.mark.parametrize("backend", ["auto", "cpsat"])
def test_seats_choose_the_room_a_large_meeting_never_takes_a_small_table(backend):
    """Twelve people (six a side) fit only the hall; two people take a table even when the hall is free."""
    people = tuple(Participant(id=p) for p in ("k", "u", "k2", "u2"))
    venue = Venue(id="v", stop="x", rooms=(Room(id="table", capacity=4), Room(id="hall", capacity=60)))
    meetings = (
        Meeting(id="big", a="k", b="u", seats=12, required=True),
        Meeting(id="small", a="k2", b="u2", required=True),
    )
    problem = Problem(participants=people, slots=SLOTS[:1], venues=(venue,), meetings=meetings)
    sched = solve(problem=problem, time_limit=10, backend=backend)
    assert {a.meeting: a.room for a in sched.assignments} == {"big": "hall", "small": "table"}
    assert validate_schedule(problem=problem, schedule=sched).violations == []
    crowded = Problem(
        participants=people,
        slots=SLOTS[:1],
        venues=(Venue(id="v", stop="x", rooms=(Room(id="table", capacity=4),)),),
        meetings=meetings[:1],
    )
    assert check(problem=crowded) == [
        Conflict("no_room_fits", {"meeting": "big", "size": 12, "largest_room": 4}),
    ]
