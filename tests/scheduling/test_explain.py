"""Explanations name what conflicts with what, as codes and parameters."""

from gyoryu.scheduling.dzn import instance_from_text, problem_from_instance
from gyoryu.scheduling.explain import Conflict, check, explain_infeasible
from gyoryu.scheduling.solver import Interpreter, Meeting, Participant, Problem, Room, Slot, Venue

from .b2b_small import SMALL

SLOTS = tuple(Slot(id=f"s{k}", stop="x", day="d", start=30 * k, end=30 * k + 30) for k in range(2))
VENUE = Venue(id="v", stop="x", rooms=(Room(id="t1"), Room(id="t2")))


def _problem(people, meetings, **kw):
    return Problem(participants=tuple(people), slots=SLOTS, venues=(VENUE,), meetings=tuple(meetings), **kw)


def test_more_requests_than_slots():
    people = [Participant(id=p) for p in "abcd"]
    meetings = [Meeting(id=f"m{p}", a="a", b=p, required=True) for p in "bcd"]
    assert check(problem=_problem(people, meetings)) == [
        Conflict("too_many_requests", {"participant": "a", "required": 3, "available": 2})
    ]


def test_interpreter_pair_nobody_has():
    people = [
        Participant(id="kr", languages=frozenset({"ko"})),
        Participant(id="vn", languages=frozenset({"vi"})),
    ]
    interp = (Interpreter(id="i1", pairs=frozenset({frozenset({"ko", "en"})})),)
    problem = _problem(people, [Meeting(id="m", a="kr", b="vn", required=True)], interpreters=interp)
    assert check(problem=problem) == [
        Conflict("no_interpreter", {"meeting": "m", "languages_a": ["ko"], "languages_b": ["vi"]})
    ]


def test_interpreter_never_free_when_the_parties_are():
    people = [
        Participant(id="kr", languages=frozenset({"ko"})),
        Participant(id="vn", languages=frozenset({"vi"}), unavailable=frozenset({"s0"})),
    ]
    interp = (
        Interpreter(id="i1", pairs=frozenset({frozenset({"ko", "vi"})}), unavailable=frozenset({"s1"})),
    )
    problem = _problem(people, [Meeting(id="m", a="kr", b="vn")], interpreters=interp)
    assert check(problem=problem) == [
        Conflict("interpreter_unavailable", {"meeting": "m", "interpreters": ["i1"]})
    ]


def test_no_common_slot_fixed_clash_and_cycle():
    people = [
        Participant(id="a", unavailable=frozenset({"s0"})),
        Participant(id="b", unavailable=frozenset({"s1"})),
        Participant(id="c"),
        Participant(id="d"),
    ]
    meetings = [
        Meeting(id="ab", a="a", b="b"),
        Meeting(id="cd1", a="c", b="d", fixed_slot="s0"),
        Meeting(id="cd2", a="c", b="d", fixed_slot="s0"),
        Meeting(id="x", a="a", b="c", required=True, after=frozenset({"y"})),
        Meeting(id="y", a="b", b="d", required=True, after=frozenset({"x"})),
    ]
    got = check(problem=_problem(people, meetings))
    assert got == [
        Conflict("no_common_slot", {"meeting": "ab", "participants": ["a", "b"]}),
        Conflict("fixed_clash", {"meetings": ["cd1", "cd2"], "slot": "s0", "participant": "c"}),
        Conflict("fixed_clash", {"meetings": ["cd1", "cd2"], "slot": "s0", "participant": "d"}),
        Conflict("precedence_cycle", {"meetings": ["y", "x"]}),
    ]


def test_fairness_too_tight_is_found_by_relaxation():
    problem = problem_from_instance(instance_from_text(SMALL), fairness=0)
    assert check(problem=problem) == []
    assert explain_infeasible(problem=problem, time_limit=10) == [
        Conflict("relaxation", {"family": "fairness", "d": 0})
    ]
