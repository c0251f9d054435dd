"""Every calendar event of a mission, whoever's agenda it is on: meetings of the published schedule and
programme items, each with the agendas it belongs to (its audience).

An agenda is the events whose audience holds its key:

- ``mission``: the master agenda (everything);
- ``org:ID``: an organisation (both sides of its meetings; programme items it attends or hosts);
- ``person:ID``: a person (meetings they join, or, for a traveller of a firm none of whose people are named
  on a meeting, the firm's meetings; programme items they attend or host);
- ``interp:ID``: an interpreter (meetings and items they interpret);
- ``venue:ID``: a venue (what takes place there: its table plan).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict, dataclass, field

from gyoryu.agendas.outputs.agenda import AgendaItem

MASTER = "mission"


def key(who: str, pk: int | None = None) -> str:
    """The audience key of an agenda owner: key("organisation", 5) == "org:5"; key("mission") == "mission"."""
    prefix = {"organisation": "org", "person": "person", "interpreter": "interp", "venue": "venue"}
    return MASTER if who == "mission" else f"{prefix[who]}:{pk}"


@dataclass(frozen=True)
class Event:
    uid: str
    start: dt.datetime
    end: dt.datetime
    tz: str
    end_tz: str
    kind_ko: str
    kind_en: str
    title_ko: str
    title_en: str
    place_ko: str
    place_en: str
    address: str
    with_ko: str  # as the master agenda shows it
    with_en: str
    notes_ko: str = ""
    notes_en: str = ""
    interpreter: str = ""
    tentative: bool = False
    cancelled: bool = False
    audience: frozenset[str] = frozenset()
    # organisation id -> (with_ko, with_en) as that organisation's side sees it (meetings: the other side)
    sides: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def digest(self) -> str:
        """A hash of what the event shows (not of who sees it): when it changes, SEQUENCE rises."""
        face = {k: v for k, v in asdict(self).items() if k not in ("uid", "audience", "sides")}
        text = json.dumps(face, default=str, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode()).hexdigest()

    def snapshot(self) -> dict:
        """What a cancelled copy of the event needs once its meeting or item is gone (JSON)."""
        out = {k: v for k, v in asdict(self).items() if k not in ("audience", "sides")}
        out["start"], out["end"] = self.start.isoformat(), self.end.isoformat()
        return out


def item(event: Event, *, sequence: int, side: int | None = None, cancelled: bool = False) -> AgendaItem:
    """The event as one agenda shows it: from the side of organisation ``side`` when given."""
    with_ko, with_en = event.sides.get(side, (event.with_ko, event.with_en))
    return AgendaItem(
        uid=event.uid,
        sequence=sequence,
        start=event.start,
        end=event.end,
        tz=event.tz,
        end_tz=event.end_tz if event.end_tz != event.tz else "",
        kind_ko=event.kind_ko,
        kind_en=event.kind_en,
        title_ko=event.title_ko,
        title_en=event.title_en,
        place_ko=event.place_ko,
        place_en=event.place_en,
        address=event.address,
        with_ko=with_ko,
        with_en=with_en,
        notes_ko=event.notes_ko,
        notes_en=event.notes_en,
        interpreter=event.interpreter,
        tentative=event.tentative and not cancelled,
        cancelled=cancelled or event.cancelled,
    )


def from_snapshot(snapshot: dict, *, sequence: int) -> AgendaItem:
    """A cancelled copy of an event that is gone, from :meth:`Event.snapshot`."""
    data = {k: v for k, v in snapshot.items() if k in AgendaItem.__dataclass_fields__}
    data["start"] = dt.datetime.fromisoformat(snapshot["start"])
    data["end"] = dt.datetime.fromisoformat(snapshot["end"])
    data["end_tz"] = snapshot.get("end_tz") if snapshot.get("end_tz") != snapshot["tz"] else ""
    data.update(sequence=sequence, cancelled=True, tentative=False)
    return AgendaItem(**data)
