"""Time zones as people live them: wall-clock times that exist, and moments shown with their zone named.

A wall-clock time is what a clock on the wall shows at a place (a stop's "14:00").  Around a daylight-saving
change it may not exist (02:30 when clocks go from 02:00 to 03:00) or happen twice (01:30 when they go back);
``instants`` says which moments a wall time stands for, so that nothing is built from a time that never
happens and no moment is counted twice.  ``describe`` writes a moment for a reader: date, time, the zone's
abbreviation (KST, PST, PDT) and the place whose clock it is, e.g. "2027-03-09 14:00 PST (San Jose)".
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from django.conf import settings
from django.utils.translation import gettext as _

# Korean names of zones people in gyoryu read often (other zones show their IANA city)
ZONE_NAMES_KO = {
    "Asia/Seoul": "서울",
    "America/Los_Angeles": "로스앤젤레스",
    "America/New_York": "뉴욕",
    "America/Chicago": "시카고",
    "Europe/Berlin": "베를린",
    "Europe/London": "런던",
    "Europe/Paris": "파리",
    "Asia/Tokyo": "도쿄",
    "Asia/Shanghai": "상하이",
    "Asia/Singapore": "싱가포르",
    "Asia/Ho_Chi_Minh": "호찌민",
    "UTC": "UTC",
}


def zone(name: str) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(name)


def home_zone() -> str:
    """The home office's zone (setting ``time_zone``, e.g. Asia/Seoul)."""
    return str(settings.TIME_ZONE)


def instants(wall: dt.datetime, name: str) -> list[dt.datetime]:
    """The moments at which clocks in zone ``name`` show the naive time ``wall``: none when the clocks skip
    it (spring), two when they show it twice (autumn: the earlier first), else one."""
    tz = zone(name)
    out = []
    for fold in (0, 1):
        moment = wall.replace(tzinfo=tz, fold=fold)
        back = moment.astimezone(dt.UTC).astimezone(tz)
        if back.replace(tzinfo=None, fold=0) == wall.replace(fold=0):
            utc = moment.astimezone(dt.UTC)
            if all(utc != o for o in out):
                out.append(utc)
    return sorted(out)


class WallTimeError(ValueError):
    """A wall-clock time that does not exist, or happens twice, in a zone (the message says which)."""


def to_instant(wall: dt.datetime, name: str, *, place: str = "") -> dt.datetime:
    """The one moment of naive ``wall`` in zone ``name``; WallTimeError when the clocks skip it or show it
    twice (then the reader must say which: the message names both)."""
    found = instants(wall.replace(tzinfo=None), name)
    where = place or city(name)
    when = wall.strftime("%Y-%m-%d %H:%M")
    if not found:
        raise WallTimeError(
            _("%(time)s does not exist in %(place)s: the clocks skip it when daylight saving time begins.")
            % {"time": when, "place": where}
        )
    if len(found) > 1:
        raise WallTimeError(
            _("%(time)s happens twice in %(place)s (%(first)s, then %(second)s) when the clocks go back.")
            % {
                "time": when,
                "place": where,
                "first": found[0].astimezone(zone(name)).tzname(),
                "second": found[1].astimezone(zone(name)).tzname(),
            }
        )
    return found[0]


def city(name: str, lang: str | None = None) -> str:
    """A zone's place name for readers: "Seoul" / "서울"; "America/Los_Angeles" -> "Los Angeles"."""
    from gyoryu.common.bilingual import active_lang

    if (lang or active_lang()) == "ko" and name in ZONE_NAMES_KO:
        return ZONE_NAMES_KO[name]
    return name.rsplit("/", 1)[-1].replace("_", " ")


def abbreviation(moment: dt.datetime, name: str) -> str:
    """The zone's abbreviation at that moment (KST, PDT), or UTC±hh:mm where the zone has none."""
    local = moment.astimezone(zone(name))
    abbr = local.tzname() or ""
    if abbr and abbr[0] in "+-":
        return f"UTC{abbr}"
    return abbr


def describe(moment: dt.datetime | None, name: str, *, place: str = "", seconds: bool = False) -> str:
    """'2027-03-09 14:00 PST (San Jose)': the moment on the clocks of zone ``name``, the zone named by its
    abbreviation and a place (``place``, else the zone's city in the active language)."""
    if moment is None:
        return ""
    local = moment.astimezone(zone(name))
    text = local.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
    return f"{text} {abbreviation(moment, name)} ({place or city(name)})"


def day_changes(day: dt.date, name: str) -> bool:
    """Whether the zone's offset from UTC changes during that local day (a daylight-saving day)."""
    tz = zone(name)
    start = dt.datetime.combine(day, dt.time(0), tzinfo=tz)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=tz)
    return start.utcoffset() != end.utcoffset()
