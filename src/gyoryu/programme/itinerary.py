"""One itinerary: each day of each stop as a timeline of programme items and 1:1 meeting sessions.

A 1:1 session is a run of back-to-back published meetings at one venue (a new session starts after a gap,
e.g. lunch).  What a reader sees is scoped like everything else: staff see every item and meeting, others the
items they may see (:func:`gyoryu.programme.queries.visible_items`) and their own organisation's, person's or
interpreter's meetings.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass, field

from django.db.models import Q

from gyoryu.accounts.queries import scope_for
from gyoryu.programme.queries import visible_item_list


@dataclass
class Entry:
    """``kind`` "item" (``item`` set) or "session" (``venue``, ``placements``); times are local to the day's
    stop; ``before``/``after`` say the entry began the day before or goes on the next day."""

    kind: str
    start: dt.datetime
    end: dt.datetime
    item: object = None
    venue: object = None
    placements: list = field(default_factory=list)
    before: bool = False
    after: bool = False

    @property
    def count(self) -> int:
        return len(self.placements)


def _placements(user, mission) -> list:
    """The published placements the account may see, with no more than a session shows (times, stop,
    venue): the dashboard lists sessions, not their meetings."""
    from gyoryu.scheduling.models import Placement
    from gyoryu.scheduling.queries import published

    schedule = published(mission)
    if schedule is None:
        return []
    # not schedule.placements: the related manager reads each row's (here deferred) schedule_id, one query a row
    qs = Placement.objects.filter(schedule=schedule).select_related("room__venue")
    qs = qs.only("start", "end", "stop_id", "room__venue__name_ko", "room__venue__name_en")
    if not user.has_perm("missions.change_mission", mission):
        scope = scope_for(user)
        person = getattr(user, "person", None)
        cond = Q(meeting__requester_id__in=scope.own_orgs) | Q(meeting__counterpart_id__in=scope.own_orgs)
        if person is not None:
            cond |= Q(meeting__members=person) | Q(interpreter__person=person)
        qs = qs.filter(cond).distinct()
    return list(qs)


def _sessions(placements, tz, day) -> list[Entry]:
    out: list[Entry] = []
    for p in sorted(placements, key=lambda p: (p.room.venue_id, p.start)):
        start, end = p.start.astimezone(tz), p.end.astimezone(tz)
        if start.date() != day:
            continue
        last = out[-1] if out else None
        if last and last.venue.pk == p.room.venue_id and start <= last.end:
            last.end = max(last.end, end)
            last.placements.append(p)
        else:
            out.append(Entry("session", start, end, venue=p.room.venue, placements=[p]))
    return out


def fill(days: list[dict], *, user, mission) -> list[dict]:
    """Add ``entries`` (a time-ordered list of :class:`Entry`) to each itinerary day (stop, date)."""
    items = visible_item_list(user, mission)
    placements = _placements(user, mission)
    shown: set[int] = set()
    for d in days:
        stop, day = d["stop"], d["date"]
        tz = zoneinfo.ZoneInfo(stop.timezone)
        midnight = dt.datetime.combine(day, dt.time(0), tzinfo=tz)
        next_midnight = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=tz)
        entries = []
        for item in items:
            if stop.pk not in (item.stop_id, item.arrival_stop_id):
                continue
            if item.start < next_midnight and item.end > midnight:
                entries.append(_entry(item, tz, midnight, next_midnight))
                shown.add(item.pk)
        entries += _sessions([p for p in placements if p.stop_id == stop.pk], tz, day)
        d["entries"] = entries
    for item in items:  # e.g. a flight landing the evening before a stop's first day: on the nearest day
        near = [d for d in days if d["stop"].pk in (item.stop_id, item.arrival_stop_id)]
        if item.pk in shown or not near:
            continue
        local = item.end.astimezone(zoneinfo.ZoneInfo(near[0]["stop"].timezone)).date()
        d = min(near, key=lambda d: abs((d["date"] - local).days))
        tz = zoneinfo.ZoneInfo(d["stop"].timezone)
        midnight = dt.datetime.combine(d["date"], dt.time(0), tzinfo=tz)
        d["entries"].append(_entry(item, tz, midnight, midnight + dt.timedelta(days=1)))
    for d in days:
        midnight = dt.datetime.combine(d["date"], dt.time(0), tzinfo=zoneinfo.ZoneInfo(d["stop"].timezone))
        d["entries"].sort(key=lambda e: (max(e.start, midnight), e.kind != "item", e.end))
    return days


def _entry(item, tz, midnight, next_midnight) -> Entry:
    start, end = item.start.astimezone(tz), item.end.astimezone(tz)
    return Entry("item", start, end, item=item, before=start < midnight, after=end > next_midnight)
