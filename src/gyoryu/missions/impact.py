"""What removing or shortening a stop, or removing a venue or rooms, would affect: the published schedule's
meetings there and the programme items there (cancelled items do not count).  Reads only."""

from __future__ import annotations

import copy
import zoneinfo
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext as _

from gyoryu.common.bilingual import pick


@dataclass
class Affected:
    placements: list = field(default_factory=list)  # of the published schedule
    items: list = field(default_factory=list)  # programme items, not cancelled

    def __bool__(self) -> bool:
        return bool(self.placements or self.items)

    def lines(self) -> list[str]:
        """One sentence per meeting and item, in the active language, with local times."""
        out = []
        for p in self.placements:
            when = p.start.astimezone(zoneinfo.ZoneInfo(p.stop.timezone)).strftime("%Y-%m-%d %H:%M")
            out.append(
                _("1:1 meeting %(a)s – %(b)s, %(when)s, %(room)s")
                % {
                    "a": pick(p.meeting.requester, "name"),
                    "b": pick(p.meeting.counterpart, "name"),
                    "when": when,
                    "room": p.room.name,
                }
            )
        for item in self.items:
            when = item.start.astimezone(zoneinfo.ZoneInfo(item.start_zone)).strftime("%Y-%m-%d %H:%M")
            out.append(
                _("%(kind)s “%(title)s”, %(when)s (%(status)s)")
                % {
                    "kind": item.get_kind_display(),
                    "title": pick(item, "title"),
                    "when": when,
                    "status": item.get_status_display(),
                }
            )
        return out

    def summary(self) -> str:
        return _("%(meetings)d published meetings and %(items)d programme items") % {
            "meetings": len(self.placements),
            "items": len(self.items),
        }


def _published_placements(mission, cond: Q) -> list:
    from gyoryu.scheduling.queries import placements, published

    schedule = published(mission)
    return list(placements(schedule).filter(cond)) if schedule else []


def _items(mission, cond: Q) -> list:
    from gyoryu.programme.models import ProgrammeItem

    qs = ProgrammeItem.objects.filter(mission=mission).exclude(status=ProgrammeItem.Status.CANCELLED)
    return list(qs.filter(cond).select_related("stop", "arrival_stop", "venue", "room").order_by("start"))


def of_stop_removal(stop) -> Affected:
    return Affected(
        _published_placements(stop.mission, Q(stop=stop)),
        _items(stop.mission, Q(stop=stop) | Q(arrival_stop=stop)),
    )


def of_venue_removal(venue) -> Affected:
    mission = venue.stop.mission
    return Affected(_published_placements(mission, Q(room__venue=venue)), _items(mission, Q(venue=venue)))


def of_rooms_removal(venue, room_ids) -> Affected:
    mission = venue.stop.mission
    return Affected(
        _published_placements(mission, Q(room_id__in=room_ids)), _items(mission, Q(room_id__in=room_ids))
    )


def of_stop_change(stop, data: dict) -> Affected:
    """Meetings whose slot the changed stop no longer has (dates, hours, lunch, slot length) and items that
    would fall outside its dates."""
    from gyoryu.programme.rules import check
    from gyoryu.scheduling.build import minutes, stop_slots

    changed = copy.copy(stop)
    for key, value in data.items():
        if hasattr(changed, key) and key not in ("id", "pk", "mission"):
            setattr(changed, key, value)
    starts = {s.start for s in stop_slots(changed)}
    placements = [
        p for p in _published_placements(stop.mission, Q(stop=stop)) if minutes(p.start) not in starts
    ]
    items = []
    for item in _items(stop.mission, Q(stop=stop) | Q(arrival_stop=stop)):
        if item.stop_id == stop.pk:
            item.stop = changed
        if item.arrival_stop_id == stop.pk:
            item.arrival_stop = changed
        try:
            check(item)
        except ValidationError:
            items.append(item)
    return Affected(placements, items)
