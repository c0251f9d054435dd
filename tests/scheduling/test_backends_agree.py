"""The SAT portfolio and the CP-SAT model are independent encodings: on random small B2B instances (with
forbidden slots, fixed meetings and precedences) they must agree on status and optimum, and both answers must
pass the validator."""

import random

import pytest

from gyoryu.scheduling.dzn import B2BInstance, problem_from_instance
from gyoryu.scheduling.solver import solve
from gyoryu.scheduling.validate import validate_b2b


def _random_instance(seed: int) -> B2BInstance:
    rng = random.Random(seed)
    n, slots, morning = 7, 6, 3
    pairs = set()
    while len(pairs) < 11:
        a, b = rng.sample(range(1, n + 1), 2)
        pairs.add((min(a, b), max(a, b)))
    requested = tuple((a, b, rng.choice([1, 2, 3, 3, 3])) for a, b in sorted(pairs))
    forbidden = tuple(
        frozenset(rng.sample(range(1, slots + 1), 1)) if rng.random() < 0.2 else frozenset() for _ in range(n)
    )
    fixed = tuple(rng.randint(1, slots) if rng.random() < 0.08 else 0 for _ in requested)
    precedences = tuple(
        frozenset({rng.randint(1, k)}) if k > 1 and rng.random() < 0.1 else frozenset()
        for k in range(1, len(requested) + 1)
    )
    precedences = tuple(p - {k + 1} for k, p in enumerate(precedences))
    return B2BInstance(
        name=f"r{seed}",
        n_business=n,
        n_tables=2,
        n_slots=slots,
        n_morning=morning,
        requested=requested,
        forbidden=forbidden,
        fixed=fixed,
        precedences=precedences,
    )


@pytest.mark.parametrize("seed", range(12))
def test_sat_and_cpsat_agree(seed):
    inst = _random_instance(seed)
    answers = []
    for backend in ("auto", "cpsat"):
        sched = solve(problem=problem_from_instance(inst, fairness=1), time_limit=20, backend=backend)
        assert sched.status in ("optimal", "infeasible")
        if sched.assignments:
            rep = validate_b2b(
                instance=inst, slot_of={int(a.meeting): int(a.slot) for a in sched.assignments}, fairness=1
            )
            assert rep.violations == []
            assert rep.total_breaks == sched.total_breaks
        answers.append((sched.status, sched.total_breaks))
    assert answers[0] == answers[1]
