"""When a meeting can be held: at a meeting slot of its stop, read on the stop's clocks.

A proposed or fixed time must be one of the slots the scheduler uses (``scheduling.build.stop_slots``): a
meeting day of the stop, within its meeting hours, lunch left out, on the slot grid, and a wall time that
exists (a daylight-saving change skips some).  A meeting with a stop keeps it: a time during another stop is
refused with the conflict named, never resolved by moving the meeting.  Reads only.
"""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from gyoryu.common import zones
from gyoryu.common.bilingual import pick


class TimeRefused(ValueError):
    """A time a meeting cannot be held at; the message (translated) says why and what would do."""


def _slots(stop):
    from gyoryu.scheduling.build import moment, stop_slots

    return [moment(s.start) for s in stop_slots(stop)]


def _local_day(moment: dt.datetime, stop) -> dt.date:
    return moment.astimezone(zones.zone(stop.timezone)).date()


def _days(stop) -> list[dt.date]:
    from gyoryu.scheduling.build import meeting_days

    return meeting_days(stop)


def stop_at(*, mission, moment: dt.datetime):
    """The stop with a meeting slot at ``moment``, else the stop whose day it is there, else None."""
    stops = list(mission.stops.order_by("order").select_related("mission"))
    for stop in stops:
        if moment in _slots(stop):
            return stop
    return next((s for s in stops if s.start_date <= _local_day(moment, s) <= s.end_date), None)


def stop_for_wall(*, meeting, wall: dt.datetime):
    """Whose clocks a wall time typed for ``meeting`` is read on: its stop, else the mission's stop whose
    dates hold that day (None when no stop does)."""
    if meeting.stop_id:
        return meeting.stop
    return (
        meeting.mission.stops.filter(start_date__lte=wall.date(), end_date__gte=wall.date())
        .order_by("order")
        .first()
    )


def from_wall(*, meeting, wall: dt.datetime) -> dt.datetime:
    """The moment of a wall-clock time typed for ``meeting`` (a datetime-local field), on the clocks of its
    stop (or of the stop that day).  TimeRefused when no stop is there that day or the clocks skip or repeat
    that time."""
    stop = stop_for_wall(meeting=meeting, wall=wall)
    if stop is None:
        raise TimeRefused(_("The proposed time is not on a day of the mission."))
    try:
        return zones.to_instant(wall.replace(tzinfo=None), stop.timezone, place=pick(stop, "city"))
    except zones.WallTimeError as exc:
        raise TimeRefused(str(exc)) from None


def check(*, meeting, moment: dt.datetime, stop=None) -> None:
    """Refuse (TimeRefused, with what would do) unless ``moment`` is a meeting slot of the meeting's stop
    (of ``stop`` for a meeting without one).  A time during another stop is refused with both named: the
    meeting is never moved to that stop by itself."""
    if meeting.stop_id:
        stop = meeting.stop
        if moment not in _slots(stop):
            other = stop_at(mission=meeting.mission, moment=moment)
            if other is not None and other.pk != stop.pk:
                raise TimeRefused(
                    _(
                        "%(meeting)s is to be met at %(stop)s (%(first)s to %(last)s); %(time)s is during "
                        "%(other)s. Propose a time at %(stop)s, or ask the organiser to change the meeting's "
                        "stop."
                    )
                    % {
                        "meeting": f"{pick(meeting.requester, 'name')} – {pick(meeting.counterpart, 'name')}",
                        "stop": pick(stop, "city"),
                        "first": stop.start_date.isoformat(),
                        "last": stop.end_date.isoformat(),
                        "time": zones.describe(moment, other.timezone, place=pick(other, "city")),
                        "other": pick(other, "city"),
                    }
                )
    place = pick(stop, "city")
    when = zones.describe(moment, stop.timezone, place=place)
    day = _local_day(moment, stop)
    days = _days(stop)
    if day not in days:
        raise TimeRefused(
            _("%(time)s is not a meeting day at %(stop)s. Meeting days there: %(days)s.")
            % {"time": when, "stop": place, "days": ", ".join(d.isoformat() for d in days) or "–"}
        )
    starts = [s for s in _slots(stop) if _local_day(s, stop) == day]
    if moment not in starts:
        tz = zones.zone(stop.timezone)
        raise TimeRefused(
            _(
                "%(time)s is not a meeting time at %(stop)s. Meetings there that day start at %(starts)s "
                "(local time)."
            )
            % {
                "time": when,
                "stop": place,
                "starts": ", ".join(s.astimezone(tz).strftime("%H:%M") for s in starts) or "–",
            }
        )
