"""Random general problems (two venues with travel, rooms of several sizes, interpreters, members, caps,
optional meetings): every answer of the engine passes the independent validator."""

import random

import pytest

from gyoryu.scheduling.solver import Interpreter, Meeting, Participant, Problem, Room, Slot, Venue, solve
from gyoryu.scheduling.validate import validate_schedule


def _random_problem(seed: int) -> Problem:
    rng = random.Random(seed)
    langs = ["ko", "vi", "en"]
    people = tuple(
        Participant(
            id=f"p{k}",
            languages=frozenset(rng.sample(langs, rng.choice([1, 1, 2]))),
            unavailable=frozenset({f"d{rng.randint(0, 1)}s{rng.randint(0, 4)}"})
            if rng.random() < 0.3
            else frozenset(),
            max_per_day=rng.choice([None, None, 3]),
        )
        for k in range(8)
    )
    slots = tuple(
        Slot(
            id=f"d{d}s{k}", stop="x", day=f"d{d}", start=d * 1440 + 540 + 30 * k, end=d * 1440 + 570 + 30 * k
        )
        for d in range(2)
        for k in range(5)
    )
    venues = (
        Venue(id="north", stop="x", rooms=(Room(id="n1"), Room(id="n2", capacity=4))),
        Venue(id="south", stop="x", rooms=(Room(id="s1"),)),
    )
    meetings = []
    for k in range(12):
        a, b, c = rng.sample([p.id for p in people], 3)
        members = ((c, "a"),) if rng.random() < 0.2 else ()
        meetings.append(
            Meeting(
                id=f"m{k}",
                a=a,
                b=b,
                members=members,
                priority=rng.randint(1, 3),
                mutual=rng.random() < 0.3,
                venues=frozenset({rng.choice(["north", "south"])}) if rng.random() < 0.5 else frozenset(),
            )
        )
    interpreters = (
        Interpreter(id="i1", pairs=frozenset({frozenset({"ko", "vi"})})),
        Interpreter(id="i2", pairs=frozenset({frozenset({"ko", "vi"}), frozenset({"vi", "en"})})),
    )
    return Problem(
        participants=people,
        slots=slots,
        venues=venues,
        meetings=tuple(meetings),
        interpreters=interpreters,
        travel={("north", "south"): 15},
        fairness=rng.choice([None, 2]),
    )


@pytest.mark.parametrize("seed", range(6))
def test_engine_answers_pass_the_validator(seed):
    problem = _random_problem(seed)
    sched = solve(problem=problem, time_limit=10)
    assert sched.status in ("optimal", "feasible")
    rep = validate_schedule(problem=problem, schedule=sched)
    assert rep.violations == []
    assert rep.breaks == sched.breaks or problem.fairness is None and not problem.minimise_breaks
    assert sched.held_weight <= sched.held_weight_bound
