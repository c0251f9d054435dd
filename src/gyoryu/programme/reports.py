"""The programme's part of a mission's result report, through ``gyoryu.reports.registry`` (registered in
``ProgrammeConfig.ready``): the confirmed items that have taken place — official visits, tours, roundtables,
signing ceremonies, receptions, briefings — counted by kind and listed.  Travel and free time are not results.
A mission without such items gets neither lines nor a table.

Scoping: the items the account may see (``queries.visible_items``).  Filters that apply: stop, delegation firm
(items the firm attends or hosts), partner country (a host organisation of that country) and period (the item's
local date at its stop).  Industry does not apply to an item and leaves the list as it is.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.translation import gettext as _

from gyoryu.common.bilingual import pick
from gyoryu.programme import queries
from gyoryu.programme.models import ProgrammeItem

Kind = ProgrammeItem.Kind
COUNTED = (Kind.OFFICIAL_VISIT, Kind.SITE_TOUR, Kind.ROUNDTABLE, Kind.SIGNING, Kind.RECEPTION, Kind.BRIEFING)


def held_items(ctx) -> list[ProgrammeItem]:
    """Confirmed items of the counted kinds that took place by the report's day (``ctx.today``, the end of
    that day in UTC), seen by ``ctx.user``, within ``ctx.filters``."""
    if "programme" in ctx.cache:
        return ctx.cache["programme"]
    by = dt.datetime.combine(ctx.today + dt.timedelta(days=1), dt.time(0), tzinfo=dt.UTC)
    qs = queries.visible_items(ctx.user, ctx.mission).filter(
        status=ProgrammeItem.Status.CONFIRMED, kind__in=COUNTED, end__lte=by
    )
    items = list(queries.with_people(qs.select_related("stop")).order_by("start", "id"))
    f = ctx.filters
    if f is not None and f.stop:
        items = [i for i in items if i.stop_id == f.stop]
    if f is not None and f.firm:
        mine = {i.pk for i in queries.items_for(mission=ctx.mission, organisation_id=f.firm)}
        items = [i for i in items if i.pk in mine]
    if f is not None and f.country:
        items = [i for i in items if any(o.country == f.country for o in i.host_organisations.all())]
    if f is not None and (f.date_from or f.date_to):
        items = [i for i in items if _within(_local_day(i), f.date_from, f.date_to)]
    ctx.cache["programme"] = items
    return items


def _local_day(item: ProgrammeItem):
    return timezone.localtime(item.start, timezone=_zone(item)).date()


def _zone(item: ProgrammeItem):
    import zoneinfo

    return zoneinfo.ZoneInfo(item.start_zone or (item.stop.timezone if item.stop else "UTC"))


def _within(day, first, last) -> bool:
    return (first is None or day >= first) and (last is None or day <= last)


def summary(ctx):
    from gyoryu.reports.registry import Line

    items = held_items(ctx)
    if not items:  # a mission without a programme (a B2B fair) gets no empty lines
        return []
    lines = [Line("programme_held", _("Programme items held"), count=len(items))]
    for kind in COUNTED:
        n = sum(i.kind == kind for i in items)
        if n:
            lines.append(Line(f"programme_{kind}", str(Kind(kind).label), count=n))
    return lines


def tables(ctx):
    from gyoryu.reports.registry import Column, Table

    rows = [
        {
            "day": _local_day(i),
            "time": f"{timezone.localtime(i.start, timezone=_zone(i)):%H:%M}",
            "kind": str(Kind(i.kind).label),
            "title": pick(i, "title"),
            "hosts": ", ".join(pick(o, "name") for o in i.host_organisations.all()),
            "stop": pick(i.stop, "city") if i.stop else "",
            "items": 1,
        }
        for i in held_items(ctx)
    ]
    if not rows:
        return []
    columns = [
        Column("day", _("Day"), "date"),
        Column("time", _("Time (local)")),
        Column("kind", _("Kind")),
        Column("title", _("Programme item")),
        Column("hosts", _("Hosts")),
        Column("stop", _("Stop")),
        Column("items", _("Items"), "count"),
    ]
    return [
        Table(
            "programme",
            _("Programme: visits, tours, roundtables and ceremonies"),
            columns,
            rows,
            compact=("day", "kind", "title", "hosts"),
        )
    ]


def register() -> None:
    from gyoryu.reports.registry import Contributor
    from gyoryu.reports.registry import register as add

    add(Contributor("programme", order=450, summary=summary, tables=tables))
