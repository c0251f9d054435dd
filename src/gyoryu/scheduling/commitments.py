"""Confirmed programme items as the engine's fixed commitments (:class:`solver.Busy`): who is taken, when,
where, and how long it takes to get there and back.

Who: organisations that attend or host as a whole (``o<id>``), the people who attend or host by name
(``p<id>``), the assigned interpreters (``i<id>``); see :mod:`gyoryu.programme.queries`.  Where: the item's
venue when it is one of the mission's venues (travel to other venues from ``TravelTime`` or the stop's travel
minutes), else (a partner's site, in transit) the stop's travel minutes to and from any venue.
"""

from __future__ import annotations

from gyoryu.programme.models import ProgrammeItem
from gyoryu.programme.queries import attendee_keys, delegation_of, host_keys, with_people
from gyoryu.scheduling import solver


def minutes_of(moment) -> int:
    from gyoryu.scheduling.build import minutes

    return minutes(moment)


def confirmed_items(mission) -> list[ProgrammeItem]:
    qs = ProgrammeItem.objects.filter(mission=mission, status=ProgrammeItem.Status.CONFIRMED)
    return list(with_people(qs).order_by("start", "id"))


def commitments(
    mission, *, leave_out=frozenset()
) -> tuple[tuple[solver.Busy, ...], dict[str, ProgrammeItem]]:
    """The mission's confirmed items (but those in ``leave_out``) as engine commitments, and engine id -> item
    (for explanations)."""
    items = [i for i in confirmed_items(mission) if i.pk not in leave_out]
    delegation = delegation_of(mission) if items else {}
    out, lookup = [], {}
    for item in items:
        att, hosts = attendee_keys(item, delegation=delegation), host_keys(item)
        who = {f"o{o}" for o in att.whole_organisation_ids | hosts.whole_organisation_ids}
        who |= {f"p{p}" for p in att.person_ids | hosts.person_ids}
        who |= {f"i{i.pk}" for i in item.interpreters.all()}
        if not who:
            continue
        stop = item.stop or item.arrival_stop
        bid = f"b{item.pk}"
        lookup[bid] = item
        out.append(
            solver.Busy(
                id=bid,
                who=frozenset(who),
                start=minutes_of(item.start),
                end=minutes_of(item.end),
                venue=f"v{item.venue_id}"
                if item.place == ProgrammeItem.Place.VENUE and item.venue_id
                else None,
                travel=stop.travel_minutes if stop else 0,
                label=item.title_en or item.title_ko,
            )
        )
    return tuple(out), lookup
