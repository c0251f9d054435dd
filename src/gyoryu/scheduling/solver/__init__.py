"""The scheduling engine (pure Python; OR-Tools CP-SAT is imported only when solving).

Public API: :func:`solve`, the input dataclasses of :mod:`.problem` and the constraint-family interface of
:mod:`.families`.
"""

from .families import DEFAULT_FAMILIES, ConstraintFamily
from .problem import (
    Assignment,
    Busy,
    Interpreter,
    Meeting,
    Participant,
    Problem,
    Room,
    Schedule,
    Slot,
    Venue,
    meeting_weight,
)


def solve(**kwargs):
    """See :func:`gyoryu.scheduling.solver.engine.solve` (imported lazily)."""
    from .engine import solve as _solve

    return _solve(**kwargs)


__all__ = [
    "DEFAULT_FAMILIES",
    "Assignment",
    "Busy",
    "ConstraintFamily",
    "Interpreter",
    "Meeting",
    "Participant",
    "Problem",
    "Room",
    "Schedule",
    "Slot",
    "Venue",
    "meeting_weight",
    "solve",
]
