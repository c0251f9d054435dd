"""Reads of schedules: agendas per organisation, person, interpreter and venue; grids; what changed."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet

from gyoryu.common import zones
from gyoryu.scheduling.models import Placement, Schedule


def published(mission) -> Schedule | None:
    return mission.schedules.filter(status=Schedule.Status.PUBLISHED).first()


def placements(schedule: Schedule) -> QuerySet[Placement]:
    return (
        schedule.placements.select_related(
            "meeting__requester", "meeting__counterpart", "stop", "room__venue", "interpreter__person"
        )
        .prefetch_related("meeting__members")
        .order_by("start", "room__name")
    )


def for_organisation(schedule: Schedule, organisation_id: int) -> QuerySet[Placement]:
    return placements(schedule).filter(
        Q(meeting__requester_id=organisation_id) | Q(meeting__counterpart_id=organisation_id)
    )


def for_interpreter(schedule: Schedule, interpreter_id: int) -> QuerySet[Placement]:
    return placements(schedule).filter(interpreter_id=interpreter_id)


def for_venue(schedule: Schedule, venue_id: int) -> QuerySet[Placement]:
    return placements(schedule).filter(room__venue_id=venue_id)


def local(p: Placement) -> tuple[dt.datetime, dt.datetime]:
    tz = zoneinfo.ZoneInfo(p.stop.timezone)
    return p.start.astimezone(tz), p.end.astimezone(tz)


@dataclass
class Change:
    """One meeting whose place in the published schedule changes, and who must be told."""

    meeting: object
    kind: str  # added | moved | cancelled
    before: Placement | None
    after: Placement | None
    organisations: list = field(default_factory=list)
    people: list = field(default_factory=list)
    interpreters: list = field(default_factory=list)


def _same(a: Placement, b: Placement) -> bool:
    return (a.start, a.room_id, a.interpreter_id) == (b.start, b.room_id, b.interpreter_id)


def changes(old: Schedule | None, new: Schedule) -> list[Change]:
    """What publishing ``new`` over ``old`` changes, meeting by meeting, with exactly the people concerned:
    both organisations, the people who join, and the interpreters before and after."""
    before = {p.meeting_id: p for p in placements(old)} if old else {}
    after = {p.meeting_id: p for p in placements(new)}
    out = []
    for mid in sorted(set(before) | set(after)):
        b, a = before.get(mid), after.get(mid)
        if b and a and _same(b, a):
            continue
        kind = "added" if b is None else "cancelled" if a is None else "moved"
        meeting = (a or b).meeting
        interpreters = {x.interpreter for x in (a, b) if x and x.interpreter}
        out.append(
            Change(
                meeting=meeting,
                kind=kind,
                before=b,
                after=a,
                organisations=[meeting.requester, meeting.counterpart],
                people=list(meeting.members.all()),
                interpreters=sorted(interpreters, key=lambda i: i.pk),
            )
        )
    return out


def full_grid(schedule: Schedule) -> list[dict]:
    """Every slot of every day (rows) by every room of the stop's venues (columns), placements in their cells,
    so that a meeting can be dropped on any free cell."""
    from gyoryu.scheduling.build import moment, stop_slots

    placed = {(p.room_id, p.start): p for p in placements(schedule)}
    out = []
    for stop in (
        schedule.mission.stops.order_by("order").select_related("mission").prefetch_related("venues__rooms")
    ):
        rooms = [r for v in stop.venues.all() for r in v.rooms.all()]
        if not rooms:
            continue
        tz = zoneinfo.ZoneInfo(stop.timezone)
        days: dict = {}
        for slot in stop_slots(stop):
            start = moment(slot.start)
            local_start = start.astimezone(tz)
            label = local_start.strftime("%H:%M")
            if zones.day_changes(local_start.date(), stop.timezone):  # the clocks change: name the offset
                label += f" {zones.abbreviation(start, stop.timezone)}"
            row = {
                "time": label,
                "start": start.isoformat(),
                "cells": [{"room": r, "placement": placed.get((r.pk, start))} for r in rooms],
            }
            days.setdefault(local_start.date(), []).append(row)
        for date, rows in days.items():
            out.append({"stop": stop, "date": date, "rooms": rooms, "rows": rows})
    return out
