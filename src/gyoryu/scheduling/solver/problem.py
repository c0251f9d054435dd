"""Input and output of the scheduling engine, as plain frozen dataclasses (no Django, no solver).

A :class:`Problem` lists participants (firms, delegation members, buyers), the slots of every stop and day, the
venues with their rooms or tables, interpreters, and the meetings requested. :func:`gyoryu.scheduling.solver.solve`
turns it into a :class:`Schedule`. Identifiers are strings chosen by the caller (database primary keys do).

Times are minutes from any fixed origin (e.g. minutes since the mission's first midnight in UTC); each slot
also carries its stop's local ``day`` label so that breaks and daily caps follow the stop's time zone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Status = Literal["optimal", "feasible", "infeasible", "unknown", "invalid"]


@dataclass(frozen=True)
class Slot:
    """A time slot at a stop. ``day`` is the local date label (stop time zone); ``session`` e.g. "am"/"pm".

    Slots of the same ``(stop, day)`` form one sequence, ordered by ``start``: an idle slot between two meetings of
    a participant in that sequence is a break (lunch is not a slot, so a gap spanning lunch counts, as in the
    B2B literature).
    """

    id: str
    stop: str
    day: str
    start: int
    end: int
    session: str = ""


@dataclass(frozen=True)
class Room:
    """A room or table of a venue; ``capacity`` = seats."""

    id: str
    capacity: int = 2


@dataclass(frozen=True)
class Venue:
    """A place at a stop with rooms or tables."""

    id: str
    stop: str
    rooms: tuple[Room, ...]


@dataclass(frozen=True)
class Participant:
    """A firm or person who attends meetings.

    ``unavailable`` are slot ids they cannot take; ``languages`` the working languages (ISO codes);
    ``max_per_day`` caps their meetings per local day (``None`` = no cap).
    """

    id: str
    languages: frozenset[str] = frozenset()
    unavailable: frozenset[str] = frozenset()
    max_per_day: int | None = None


@dataclass(frozen=True)
class Interpreter:
    """An interpreter for the unordered language ``pairs`` (each a 2-element frozenset), free except ``unavailable``."""

    id: str
    pairs: frozenset[frozenset[str]]
    unavailable: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Meeting:
    """A requested meeting between ``a`` and ``b`` (participant ids).

    ``members`` are further participants who join on side ``a`` (delegation members) or ``b``, as
    ``((participant_id, "a"|"b"), ...)``; they must be free too. ``mutual`` says both sides asked for it;
    ``priority`` >= 1 weighs it (see :func:`meeting_weight`). ``required`` meetings must be held (the problem is
    infeasible otherwise). ``slots`` restricts the slots it may take (empty = any); ``venues`` the venues
    (empty = any venue of the slot's stop); ``fixed_slot`` pins it (fixed or confirmed meetings);
    ``after`` lists meeting ids that must end before this one starts; ``seats`` the people at the table
    (0 = one per attendee), which a room must seat.
    """

    id: str
    a: str
    b: str
    members: tuple[tuple[str, str], ...] = ()
    priority: int = 1
    mutual: bool = False
    required: bool = False
    slots: frozenset[str] = frozenset()
    venues: frozenset[str] = frozenset()
    fixed_slot: str | None = None
    after: frozenset[str] = frozenset()
    seats: int = 0

    @property
    def attendees(self) -> tuple[str, ...]:
        return (self.a, self.b, *(p for p, _side in self.members))

    @property
    def size(self) -> int:
        """Seats the meeting needs: ``seats`` when the caller knows how many people sit at the table (e.g. the
        people who join for each organisation), else one per attendee."""
        return self.seats or len(self.attendees)


def meeting_weight(meeting: Meeting) -> int:
    """Objective weight of holding ``meeting``: its priority, doubled when the request is mutual."""
    return meeting.priority * (2 if meeting.mutual else 1)


@dataclass(frozen=True)
class Busy:
    """Fixed time taken by something that is not a meeting of this problem (a visit, a tour, a flight):
    ``who`` (participant and interpreter ids) cannot meet from ``start`` to ``end`` (minutes, like slots),
    nor while going to or from it: ``venue`` is where it happens when that is a venue of the problem (then
    ``Problem.travel`` gives the minutes to each other venue, 0 to itself), else ``travel`` minutes are
    needed to or from any venue. ``label`` names it for explanations."""

    id: str
    who: frozenset[str]
    start: int
    end: int
    venue: str | None = None
    travel: int = 0
    label: str = ""


@dataclass(frozen=True)
class Problem:
    """Everything the engine needs. ``travel[(venue1, venue2)]`` = minutes (missing pairs: 0 within a stop,
    unreachable across stops). ``fairness`` = d: any two participants' break counts differ by at most d
    (``None`` = no fairness). ``minimise_breaks`` turns the second objective on.
    """

    participants: tuple[Participant, ...]
    slots: tuple[Slot, ...]
    venues: tuple[Venue, ...]
    meetings: tuple[Meeting, ...]
    interpreters: tuple[Interpreter, ...] = ()
    travel: dict[tuple[str, str], int] = field(default_factory=dict)
    fairness: int | None = 2
    minimise_breaks: bool = True
    busy: tuple[Busy, ...] = ()


@dataclass(frozen=True)
class Assignment:
    """Where and when one meeting is held; ``interpreter`` is ``None`` when the parties share a language."""

    meeting: str
    slot: str
    venue: str
    room: str
    interpreter: str | None = None


@dataclass(frozen=True)
class Schedule:
    """The engine's answer.

    ``objective`` = (priority-weighted meetings held, total breaks); ``bound`` the proven bound on the stage that
    was still open (weighted meetings when not all could be proven, else breaks) and ``gap`` its relative gap
    (0.0 when optimal). ``breaks`` per participant id. ``stage_status`` records each solver stage.
    """

    status: Status
    assignments: tuple[Assignment, ...]
    unscheduled: tuple[str, ...]
    breaks: dict[str, int]
    held_weight: int
    held_weight_bound: int
    total_breaks: int | None
    breaks_bound: int | None
    seconds: float
    stage_status: dict[str, str] = field(default_factory=dict)

    @property
    def gap(self) -> float:
        """Relative gap of the open stage (weighted meetings first, then breaks); 0.0 when both are proven."""
        if self.held_weight_bound > self.held_weight:
            return (self.held_weight_bound - self.held_weight) / max(1, self.held_weight_bound)
        if self.total_breaks is None or self.breaks_bound is None:
            return 0.0
        return (self.total_breaks - self.breaks_bound) / max(1, self.total_breaks)
