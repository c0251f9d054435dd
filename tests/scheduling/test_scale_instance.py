"""The schedule-scale generator is deterministic and its flow bound is a true upper bound."""

from gyoryu.bench.schedule_scale import flow_bound, make_fair
from gyoryu.scheduling.solver import Meeting, Participant, Problem, Room, Slot, Venue, solve
from gyoryu.scheduling.validate import validate_schedule


def test_generator_is_deterministic_and_consistent():
    a = make_fair(participants=60, requests=150, days=1, seed=7)
    b = make_fair(participants=60, requests=150, days=1, seed=7)
    assert a == b
    assert len(a.meetings) == 150
    assert len(a.slots) == 14
    assert len(a.venues[0].rooms) == 11  # ceil(150 / 14)


def test_flow_bound_counts_people_who_are_short_of_slots():
    slots = tuple(Slot(id=f"s{k}", stop="x", day="d", start=30 * k, end=30 * k + 30) for k in range(2))
    people = tuple(Participant(id=p) for p in ["k", "b1", "b2", "b3"])
    meetings = tuple(Meeting(id=f"m{k}", a="k", b=f"b{k}") for k in (1, 2, 3))
    problem = Problem(
        participants=people,
        slots=slots,
        venues=(Venue(id="v", stop="x", rooms=(Room(id="t"),) * 1),),
        meetings=meetings,
        fairness=None,
        minimise_breaks=False,
    )
    assert flow_bound(problem=problem) == 2  # k has 2 slots; 1 table x 2 slots


def test_small_fair_is_solved_within_its_bound():
    problem = make_fair(participants=60, requests=150, days=1, seed=7)
    sched = solve(problem=problem, time_limit=10)
    assert validate_schedule(problem=problem, schedule=sched).violations == []
    assert len(sched.assignments) <= flow_bound(problem=problem)
    assert len(sched.assignments) == sched.held_weight


def test_fair_with_fairness_and_breaks_stays_valid():
    from dataclasses import replace

    problem = replace(
        make_fair(participants=60, requests=150, days=1, seed=3), fairness=2, minimise_breaks=True
    )
    sched = solve(problem=problem, time_limit=8)
    assert validate_schedule(problem=problem, schedule=sched).violations == []
    assert sched.status in ("optimal", "feasible")
    assert sched.held_weight <= flow_bound(problem=problem)
