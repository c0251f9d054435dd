"""The product engine on B2B instances: known optima, proven infeasibility, both back ends agree."""

import json

import pytest

from gyoryu.scheduling.dzn import instance_from_text, load_instance, problem_from_instance
from gyoryu.scheduling.solver import solve
from gyoryu.scheduling.validate import validate_b2b

from .b2b_small import SMALL, variant


def _solve(text: str, *, fairness=2, backend="auto"):
    inst = instance_from_text(text, name="t")
    sched = solve(problem=problem_from_instance(inst, fairness=fairness), time_limit=20, backend=backend)
    if sched.assignments:
        rep = validate_b2b(
            instance=inst, slot_of={int(a.meeting): int(a.slot) for a in sched.assignments}, fairness=fairness
        )
        assert rep.violations == []
        assert rep.total_breaks == sched.total_breaks
    return sched


@pytest.mark.parametrize("backend", ["auto", "cpsat"])
def test_small_instance_optimum_is_one_break(backend):
    sched = _solve(SMALL, backend=backend)
    assert (sched.status, sched.total_breaks, sched.breaks_bound) == ("optimal", 1, 1)
    assert len(sched.assignments) == 4
    assert sorted(a.slot for a in sched.assignments) == ["1", "2", "3", "4"]
    assert sched.gap == 0.0


@pytest.mark.parametrize("backend", ["auto", "cpsat"])
def test_fairness_zero_is_proven_infeasible(backend):
    # participant 4 has one meeting (0 breaks), so d = 0 forbids the one break everybody else needs
    sched = _solve(SMALL, fairness=0, backend=backend)
    assert sched.status == "infeasible"
    assert sched.assignments == ()


@pytest.mark.parametrize("backend", ["auto", "cpsat"])
def test_forbidden_slots_and_a_second_table(backend):
    assert _solve(variant(forbidden="[{4}, {0}, {0}, {0}]"), backend=backend).total_breaks == 1
    sched = _solve(variant(forbidden="[{4}, {0}, {0}, {0}]", tables=2), backend=backend)
    assert (sched.status, sched.total_breaks) == ("optimal", 0)


@pytest.mark.parametrize("backend", ["auto", "cpsat"])
def test_fixed_meetings_are_kept(backend):
    sched = _solve(variant(fixed="[0, 0, 0, 2]"), backend=backend)
    assert (sched.status, sched.total_breaks) == ("optimal", 1)
    assert {a.meeting: a.slot for a in sched.assignments}["4"] == "2"


@pytest.mark.parametrize("backend", ["auto", "cpsat"])
def test_precedences_are_respected(backend):
    sched = _solve(variant(tables=2, precedences="[{3}, {1}, {}, {}]"), backend=backend)
    slot = {a.meeting: int(a.slot) for a in sched.assignments}
    assert slot["3"] < slot["1"] < slot["2"]
    assert sched.status == "optimal"


@pytest.mark.parametrize("backend", ["auto", "cpsat"])
@pytest.mark.parametrize(
    "text",
    [
        variant(precedences="[{4}, {}, {}, {1}]"),  # a cycle
        variant(fixed="[1, 1, 0, 0]"),  # participant 1 twice in slot 1
        variant(forbidden="[{1, 2}, {0}, {0}, {0}]"),  # 3 meetings, 2 free slots
    ],
    ids=["precedence-cycle", "fixed-clash", "too-few-slots"],
)
def test_impossible_variants_are_proven_infeasible(text, backend):
    assert _solve(text, backend=backend).status == "infeasible"


@pytest.mark.shared_data
@pytest.mark.parametrize("name", ["tic-12.original", "forumt-14crafe.original", "tic-13crafc.original"])
def test_shared_instances_reach_the_published_optimum(shared_data, name):
    reference = json.loads((shared_data / "b2b" / "reference.json").read_text())
    inst = load_instance(shared_data / "b2b" / f"{name}.dzn")
    sched = solve(problem=problem_from_instance(inst, fairness=2), time_limit=60)
    assert sched.status == "optimal"
    assert sched.total_breaks == reference[name]["optimum"]
    rep = validate_b2b(
        instance=inst, slot_of={int(a.meeting): int(a.slot) for a in sched.assignments}, fairness=2
    )
    assert rep.violations == []
    assert rep.total_breaks == reference[name]["optimum"]
