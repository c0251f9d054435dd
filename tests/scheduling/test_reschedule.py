"""Rescheduling changes as few published meetings as possible and says who must be told."""

from dataclasses import replace

from gyoryu.scheduling.solver import Assignment, Meeting, Participant, Problem, Room, Slot, Venue
from gyoryu.scheduling.solver.reschedule import reschedule
from gyoryu.scheduling.validate import validate_schedule

SLOTS = tuple(Slot(id=f"s{k}", stop="x", day="d", start=30 * k, end=30 * k + 30) for k in range(4))
VENUE = Venue(id="v", stop="x", rooms=(Room(id="t1"), Room(id="t2")))
PEOPLE = tuple(Participant(id=p) for p in "abcde")
MEETINGS = (
    Meeting(id="m1", a="a", b="b", required=True),
    Meeting(id="m2", a="a", b="c", required=True),
    Meeting(id="m3", a="d", b="e", required=True),
)
PUBLISHED = (
    Assignment(meeting="m1", slot="s0", venue="v", room="t1"),
    Assignment(meeting="m2", slot="s1", venue="v", room="t1"),
    Assignment(meeting="m3", slot="s2", venue="v", room="t2"),
)


def _problem(*, people=PEOPLE, meetings=MEETINGS):
    return Problem(participants=people, slots=SLOTS, venues=(VENUE,), meetings=meetings, fairness=None)


def _people(**unavailable):
    return tuple(replace(p, unavailable=frozenset(unavailable.get(p.id, ()))) for p in PEOPLE)


def test_new_unavailability_moves_only_the_meeting_concerned():
    problem = _problem(people=_people(c=["s1"]))
    out = reschedule(problem=problem, published=PUBLISHED, time_limit=10)
    assert validate_schedule(problem=problem, schedule=out.schedule).violations == []
    assert [(c.kind, c.meeting) for c in out.changes] == [("moved", "m2")]
    assert out.changes[0].notify == ("a", "c")
    assert sorted(out.notices) == ["a", "c"]
    slots = {a.meeting: a.slot for a in out.schedule.assignments}
    assert (slots["m1"], slots["m3"]) == ("s0", "s2")
    assert slots["m2"] in {"s2", "s3"}  # a is busy in s0, c cannot take s1


def test_added_and_cancelled_meetings_leave_the_rest_alone():
    meetings = (MEETINGS[0], MEETINGS[2], Meeting(id="m4", a="b", b="c", required=True))
    problem = _problem(meetings=meetings)
    out = reschedule(problem=problem, published=PUBLISHED, cancelled={"m2": ("a", "c")}, time_limit=10)
    assert [(c.kind, c.meeting) for c in out.changes] == [("cancelled", "m2"), ("added", "m4")]
    assert out.changes[0].notify == ("a", "c")
    assert out.changes[1].notify == ("b", "c")
    kept = {a.meeting: (a.slot, a.room) for a in out.schedule.assignments}
    assert (kept["m1"], kept["m3"]) == (("s0", "t1"), ("s2", "t2"))


def test_confirmed_meetings_stay_pinned_unless_impossible():
    problem = _problem(people=_people(c=["s1"]))
    out = reschedule(problem=problem, published=PUBLISHED, confirmed={"m1", "m2", "m3"}, time_limit=10)
    assert out.pins_released is True
    assert [(c.kind, c.meeting) for c in out.changes] == [("moved", "m2")]
    out = reschedule(
        problem=_problem(people=_people(e=["s0"])), published=PUBLISHED, confirmed={"m1"}, time_limit=10
    )
    assert (out.pins_released, out.changes) == (False, ())
